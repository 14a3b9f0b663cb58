"""One event, many reports: meetings and visits that several assertions report become one event.

Two assertions report the same meeting when they name the same participants, nothing tells
them apart (their dates agree or one has none; their places agree or one has none) and
something ties them: the same date, publication within a week, the same place, or the same
article. A
visit is the same when traveller and destination agree under the same conditions. Planned and
occurred reports of one event join it, so a query can list what was announced and what
happened.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field

from kg.records import Fact, Relation, Status

# How far apart two reports without an event date may be published and still tell of one event.
_UNDATED_WINDOW = dt.timedelta(days=7)
_EVENT_KINDS = {Relation.MET_WITH: "Meeting", Relation.VISITED: "Visit"}


@dataclass
class Event:
    """A real-world meeting or visit and the assertions (by index into the input) that report it."""

    id: str
    kind: str  # "Meeting" or "Visit"
    participants: tuple[str, ...]  # entity ids
    date: dt.date | None = None
    location: str | None = None  # entity id
    reports: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Report:
    """What events need of an assertion: who, when, where, and when the article appeared."""

    relation: Relation
    participants: tuple[str, ...]
    status: Status
    event_date: dt.date | None
    published: dt.date | None
    location: str | None
    doc_id: str


def report_of(fact: Fact, subject_id: str, object_id: str, location_id: str | None, published: dt.date | None) -> Report:
    participants = (subject_id, object_id)
    if fact.relation is Relation.MET_WITH:
        participants = tuple(sorted(participants))
    return Report(fact.relation, participants, fact.status, fact.event_date, published, location_id, fact.doc_id)


def group_events(reports: list[Report]) -> list[Event]:
    """Group assertion reports into events.

    In: one :class:`Report` per assertion. Out: events, each listing the indices of its reports;
    criticism and negated or requested reports form no event. Deterministic: the same reports
    give the same events with the same ids.
    """
    by_parties: dict[tuple, list[int]] = defaultdict(list)
    for index, report in enumerate(reports):
        if report.relation in _EVENT_KINDS and report.status in {Status.OCCURRED, Status.PLANNED}:
            by_parties[(report.relation, report.participants)].append(index)
    events: list[Event] = []
    for (relation, participants), indices in sorted(by_parties.items(), key=lambda kv: (kv[0][0].value, kv[0][1])):
        ordered = sorted(indices, key=lambda i: _order(reports[i]))
        groups: list[Event] = []
        for index in ordered:
            report = reports[index]
            for event in groups:
                if all(_compatible(report, reports[other]) for other in event.reports):
                    event.reports.append(index)
                    event.date = event.date or report.event_date
                    event.location = event.location or report.location
                    break
            else:
                groups.append(
                    Event(
                        id="",
                        kind=_EVENT_KINDS[relation],
                        participants=participants,
                        date=report.event_date,
                        location=report.location,
                        reports=[index],
                    )
                )
        for event in groups:
            event.id = _event_id(event, reports)
        events.extend(groups)
    return events


def _order(report: Report) -> tuple:
    return (report.event_date or dt.date.max, report.published or dt.date.max, report.location or "", report.doc_id)


def _compatible(a: Report, b: Report) -> bool:
    """Nothing tells the two apart, and something ties them together: a date or a place."""
    if a.location and b.location and a.location != b.location:
        return False
    if a.event_date and b.event_date:
        return a.event_date == b.event_date
    first, second = (a.event_date or a.published), (b.event_date or b.published)
    if first and second:
        return abs(first - second) <= _UNDATED_WINDOW
    return bool(a.location and a.location == b.location) or a.doc_id == b.doc_id


def _event_id(event: Event, reports: list[Report]) -> str:
    docs = sorted({reports[i].doc_id for i in event.reports})
    key = "\x1f".join((event.kind, *event.participants, str(event.date), str(event.location), *docs))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
