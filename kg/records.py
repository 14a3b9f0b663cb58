"""The small records that flow between pipeline stages.

read -> Article; clean -> CleanArticle; annotate -> spaCy Doc; resolve -> DocEntities;
extract -> Fact; the graph stage consumes Articles, Entities and Facts.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path


class EntityType(str, Enum):
    PERSON = "Person"
    ORGANIZATION = "Organization"
    PLACE = "Place"
    COUNTRY = "Country"
    CITY = "City"
    GROUP = "Group"


class Relation(str, Enum):
    MET_WITH = "MET_WITH"
    CRITICIZED = "CRITICIZED"
    VISITED = "VISITED"


class Status(str, Enum):
    OCCURRED = "occurred"
    PLANNED = "planned"
    REQUESTED = "requested"
    NEGATED = "negated"


@dataclass(frozen=True)
class Article:
    """One input document. ``text`` is the file's text: every offset kg reports points into it."""

    doc_id: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    source: str | None = None
    path: Path | None = None


@dataclass(frozen=True)
class CleanArticle:
    """An article with front matter and page furniture blanked out.

    ``text`` has exactly the length of ``article.text``: removed characters become spaces
    (newlines are kept), so offsets into it are offsets into the original.
    """

    article: Article
    text: str


@dataclass
class LocalEntity:
    """An entity as one article knows it: every surface form it used and what it said of it."""

    key: str  # unique within the article
    label: str  # fullest name in the article
    type: EntityType
    forms: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Fact:
    """One relation mention in one article, with its provenance."""

    doc_id: str
    relation: Relation
    subject: str  # LocalEntity.key
    object: str  # LocalEntity.key
    status: Status
    evidence: str
    char_start: int
    char_end: int
    confidence: float
    extractor: str
    event_date: dt.date | None = None
    location: str | None = None  # LocalEntity.key of a place


@dataclass
class DocResult:
    """What the per-article stages produce for one article."""

    article: Article
    entities: dict[str, LocalEntity]
    mentions: list[tuple[int, int, str]]  # (char_start, char_end, LocalEntity.key)
    facts: list[Fact]


@dataclass
class Entity:
    """One real-world entity across the whole corpus."""

    id: str  # stable slug, the local part of its IRI
    label: str
    type: EntityType
    alt_labels: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
