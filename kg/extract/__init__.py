"""Stage 5: relation extraction. Each relation is one module of rules registered by name."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.extract import criticized, met_with, visited  # noqa: F401  (registers the extractors)
from kg.extract.base import EXTRACTORS
from kg.records import Fact


def extract_facts(doc: Doc) -> list[Fact]:
    """Every relation mention the registered extractors find in a resolved ``Doc``, deduplicated:
    one fact per (relation, subject, object, status, sentence), keeping the most confident rule."""
    best: dict[tuple, Fact] = {}
    for name in sorted(EXTRACTORS):
        for fact in EXTRACTORS[name](doc):
            key = (fact.relation, fact.subject, fact.object, fact.status, fact.char_start)
            if fact.relation.value == "MET_WITH":
                key = (fact.relation, *sorted((fact.subject, fact.object)), fact.status, fact.char_start)
            if key not in best or fact.confidence > best[key].confidence:
                best[key] = fact
    return sorted(best.values(), key=lambda f: (f.char_start, f.relation.value, f.subject, f.object, f.status.value))
