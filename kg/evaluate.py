"""Score a graph's assertions against a gold file (see "Gold files" in the contract).

A predicted row is ``(doc, subject, relation, object, status)`` taken from one ``kg:Assertion``:
``doc`` is the ``dcterms:identifier`` of the article it was derived from, ``subject`` and ``object``
are the ``rdfs:label`` of its ends, mapped to a canonical name of the entities file when the label
equals that name or one of its surface forms (ignoring case and accents). Several assertions of the
same row count once; for ``MET_WITH`` the two orders are the same row.

Precision is the share of predicted rows that match some gold row (``must`` or ``may``); recall is
the share of ``must`` gold rows that some predicted row matches. Every (relation, status) cell is
scored on its own, then micro-averaged over the occurred and the non-occurred statuses and overall.
"""
from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import rdflib
from rdflib import RDF, RDFS
from rdflib.namespace import DCTERMS, PROV

from kg.namespace import KG

RELATIONS = ("MET_WITH", "CRITICIZED", "VISITED")
STATUSES = ("occurred", "planned", "requested", "negated")
GRADES = ("must", "may")
SYMMETRIC = frozenset({"MET_WITH"})
OCCURRED = "occurred"
ALL = "ALL"
NON_OCCURRED = "non-occurred"

_PREDICATE_RELATION = {KG.metWith: "MET_WITH", KG.criticized: "CRITICIZED", KG.visited: "VISITED"}
_STATUS_NAME = {KG.Occurred: "occurred", KG.Planned: "planned", KG.Requested: "requested", KG.Negated: "negated"}


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class GoldRow:
    doc: str
    subjects: tuple[str, ...]
    relation: str
    objects: tuple[str, ...]
    status: str
    grade: str
    evidence: str = ""


@dataclass(frozen=True)
class EntitySpec:
    name: str
    type: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Prediction:
    doc: str
    subject: str
    relation: str
    object: str
    status: str
    evidence: str = field(default="", compare=False)
    confidence: float = field(default=0.0, compare=False)

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        return (self.doc, self.subject, self.relation, self.object, self.status)


def _names(value: object, what: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{where}: {what!r} must be a non-empty string or list of strings")
    return tuple(v.strip() for v in value)


def load_gold(path: str | Path) -> list[GoldRow]:
    """Read a ``*.gold.jsonl`` file; blank lines are skipped, malformed ones raise ``ValueError``."""
    rows: list[GoldRow] = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{where}: not JSON ({error.msg})") from None
            if not isinstance(record, dict):
                raise ValueError(f"{where}: expected a JSON object")
            missing = [k for k in ("doc", "subject", "relation", "object", "status", "grade") if k not in record]
            if missing:
                raise ValueError(f"{where}: missing {', '.join(missing)}")
            relation, status, grade = record["relation"], record["status"], record["grade"]
            if relation not in RELATIONS:
                raise ValueError(f"{where}: unknown relation {relation!r}")
            if status not in STATUSES:
                raise ValueError(f"{where}: unknown status {status!r}")
            if grade not in GRADES:
                raise ValueError(f"{where}: unknown grade {grade!r}")
            rows.append(
                GoldRow(
                    doc=str(record["doc"]),
                    subjects=_names(record["subject"], "subject", where),
                    relation=relation,
                    objects=_names(record["object"], "object", where),
                    status=status,
                    grade=grade,
                    evidence=str(record.get("evidence", "")),
                )
            )
    return rows


def load_entities(path: str | Path) -> dict[str, EntitySpec]:
    """Read a ``*.entities.json`` file: canonical name -> ``{"type": ..., "aliases": [...]}``."""
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a JSON object of canonical names")
    entities: dict[str, EntitySpec] = {}
    for name, spec in data.items():
        spec = spec or {}
        if not isinstance(spec, dict):
            raise ValueError(f"{path}: entry {name!r} must be an object")
        aliases = spec.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [aliases]
        entities[name] = EntitySpec(name=name, type=str(spec.get("type", "")), aliases=tuple(aliases))
    return entities


# --------------------------------------------------------------------------- label mapping


def normalize(text: str) -> str:
    """Case- and accent-insensitive key: NFKD, combining marks dropped, casefolded, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


class LabelMapper:
    """Maps a graph label to the canonical name whose name or surface form equals it.

    A canonical name wins over another entity's alias; between two entities sharing an alias the
    first in the file wins (and the clash is listed in ``ambiguous``). Unknown labels map to themselves.
    """

    def __init__(self, entities: dict[str, EntitySpec] | None = None):
        self._index: dict[str, str] = {}
        self.ambiguous: dict[str, list[str]] = {}
        entities = entities or {}
        for name in entities:
            self._index.setdefault(normalize(name), name)
        for spec in entities.values():
            for alias in spec.aliases:
                key = normalize(alias)
                owner = self._index.setdefault(key, spec.name)
                if owner != spec.name and normalize(owner) != key:
                    clash = self.ambiguous.setdefault(alias, [owner])
                    if spec.name not in clash:
                        clash.append(spec.name)

    def __call__(self, label: str) -> str:
        return self._index.get(normalize(label), label)

    def knows(self, label: str) -> bool:
        return normalize(label) in self._index


# --------------------------------------------------------------------------- predictions


def _local_name(term: rdflib.term.Node) -> str:
    text = str(term)
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
    return text


def _label(graph: rdflib.Graph, node: rdflib.term.Node, mapper: LabelMapper) -> str:
    labels = sorted(str(l) for l in graph.objects(node, RDFS.label))
    if not labels:
        return str(node)  # unlabelled: can never match, counts against precision
    known = [l for l in labels if mapper.knows(l)]
    return mapper((known or labels)[0])


def _doc(graph: rdflib.Graph, assertion: rdflib.term.Node) -> str:
    ids = sorted(
        str(identifier)
        for article in graph.objects(assertion, PROV.wasDerivedFrom)
        for identifier in graph.objects(article, DCTERMS.identifier)
    )
    if ids:
        return ids[0]
    articles = sorted(str(a) for a in graph.objects(assertion, PROV.wasDerivedFrom))
    return articles[0] if articles else ""


def _ordered(relation: str, subject: str, obj: str) -> tuple[str, str]:
    if relation in SYMMETRIC and obj < subject:
        return obj, subject
    return subject, obj


def predictions_from_graph(
    graph: rdflib.Graph, entities: dict[str, EntitySpec] | None = None
) -> list[Prediction]:
    """Unique predicted rows of every ``kg:Assertion`` in ``graph``, sorted.

    With ``entities``, labels are mapped to canonical names before rows are de-duplicated, so two
    nodes labelled ``Müller`` and ``José Müller`` give one row. ``MET_WITH`` rows are stored
    with their two names in sorted order. The evidence kept is that of the first assertion seen.
    """
    mapper = LabelMapper(entities)
    rows: dict[tuple[str, ...], Prediction] = {}
    for assertion in sorted(set(graph.subjects(RDF.type, KG.Assertion)), key=lambda n: (type(n).__name__, str(n))):
        predicate = graph.value(assertion, RDF.predicate)
        subject = graph.value(assertion, RDF.subject)
        obj = graph.value(assertion, RDF.object)
        status = graph.value(assertion, KG.status)
        relation = _PREDICATE_RELATION.get(predicate, _local_name(predicate) if predicate is not None else "?")
        status_name = _STATUS_NAME.get(status, _local_name(status).lower() if status is not None else "?")
        s = _label(graph, subject, mapper) if subject is not None else "?"
        o = _label(graph, obj, mapper) if obj is not None else "?"
        s, o = _ordered(relation, s, o)
        evidence = graph.value(assertion, KG.evidence)
        confidence = graph.value(assertion, KG.confidence)
        row = Prediction(
            _doc(graph, assertion), s, relation, o, status_name, str(evidence or ""),
            float(confidence) if confidence is not None else 0.0,
        )
        known = rows.setdefault(row.key, row)
        if row.confidence > known.confidence:
            rows[row.key] = Prediction(*known.key, known.evidence, row.confidence)  # a row is as sure as its surest assertion
    return sorted(rows.values(), key=lambda p: p.key)


# --------------------------------------------------------------------------- scoring


def _in(name: str, names: Iterable[str]) -> bool:
    key = normalize(name)
    return any(normalize(n) == key for n in names)


def matches(prediction: Prediction, gold: GoldRow) -> bool:
    if (prediction.doc, prediction.relation, prediction.status) != (gold.doc, gold.relation, gold.status):
        return False
    if _in(prediction.subject, gold.subjects) and _in(prediction.object, gold.objects):
        return True
    return gold.relation in SYMMETRIC and _in(prediction.object, gold.subjects) and _in(prediction.subject, gold.objects)


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


@dataclass(frozen=True)
class ScoreRow:
    relation: str  # a relation, or "ALL"
    status: str  # a status, "non-occurred" or "ALL"
    tp: int  # predicted rows that match a gold row (any grade)
    predicted: int
    found: int  # must gold rows that some prediction matches
    gold_must: int

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.found, self.gold_must)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    rows: list[ScoreRow]
    false_positives: list[Prediction]
    misses: list[GoldRow]
    ambiguous_aliases: dict[str, list[str]] = field(default_factory=dict)

    def row(self, relation: str, status: str) -> ScoreRow:
        for row in self.rows:
            if (row.relation, row.status) == (relation, status):
                return row
        raise KeyError((relation, status))

    @property
    def overall(self) -> ScoreRow:
        return self.row(ALL, ALL)

    def format(self, verbose: bool = False) -> str:
        return format_report(self, verbose=verbose)

    def __str__(self) -> str:
        return self.format()


def _sort_key(value: str, order: tuple[str, ...]) -> tuple[int, str]:
    return (order.index(value), "") if value in order else (len(order), value)


def score(predictions: list[Prediction], gold: list[GoldRow], ambiguous: dict[str, list[str]] | None = None) -> Report:
    """Score unique, already-mapped predicted rows against gold rows."""
    unique = list({p.key: p for p in predictions}.values())
    hit = [any(matches(p, g) for g in gold) for p in unique]
    found = [g.grade == "must" and any(matches(p, g) for p in unique) for g in gold]

    def cell(relation_ok, status_ok, relation: str, status: str) -> ScoreRow:
        preds = [h for p, h in zip(unique, hit) if relation_ok(p.relation) and status_ok(p.status)]
        musts = [f for g, f in zip(gold, found) if g.grade == "must" and relation_ok(g.relation) and status_ok(g.status)]
        return ScoreRow(relation, status, sum(preds), len(preds), sum(musts), len(musts))

    cells = {(p.relation, p.status) for p in unique} | {(g.relation, g.status) for g in gold}
    rows = [
        cell(lambda r, rel=rel: r == rel, lambda s, st=st: s == st, rel, st)
        for rel, st in sorted(cells, key=lambda c: (_sort_key(c[0], RELATIONS), _sort_key(c[1], STATUSES)))
    ]
    anything = lambda _: True  # noqa: E731
    rows.append(cell(anything, lambda s: s == OCCURRED, ALL, OCCURRED))
    rows.append(cell(anything, lambda s: s != OCCURRED, ALL, NON_OCCURRED))
    rows.append(cell(anything, anything, ALL, ALL))

    false_positives = sorted((p for p, h in zip(unique, hit) if not h), key=lambda p: p.key)
    misses = [g for g, f in zip(gold, found) if g.grade == "must" and not f]
    return Report(rows, false_positives, misses, dict(ambiguous or {}))


def evaluate(graph_path: str | Path, gold_path: str | Path, entities_path: str | Path) -> Report:
    entities = load_entities(entities_path)
    graph = rdflib.Graph()
    graph.parse(str(graph_path))
    predictions = predictions_from_graph(graph, entities)
    return score(predictions, load_gold(gold_path), LabelMapper(entities).ambiguous)


# --------------------------------------------------------------------------- output


def _table(header: list[str], body: list[list[str]], right: set[int]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    return [line(header), line(["-" * w for w in widths]), *(line(r) for r in body)]


def format_report(report: Report, verbose: bool = False) -> str:
    header = ["relation", "status", "tp", "predicted", "found", "gold(must)", "precision", "recall", "F1"]
    body = []
    for i, row in enumerate(report.rows):
        if row.relation == ALL and (i == 0 or report.rows[i - 1].relation != ALL):
            body.append([""] * len(header))
        body.append(
            [
                row.relation,
                row.status,
                str(row.tp),
                str(row.predicted),
                str(row.found),
                str(row.gold_must),
                f"{row.precision:.3f}" if row.predicted else "-",
                f"{row.recall:.3f}" if row.gold_must else "-",
                f"{row.f1:.3f}",
            ]
        )
    lines = _table(header, body, right=set(range(2, len(header))))
    lines = [l if l.strip() else "" for l in lines]
    if verbose:
        lines += ["", f"False positives ({len(report.false_positives)}):"]
        lines += [
            f"  {p.doc}  {p.subject} --{p.relation}--> {p.object}  [{p.status}]" + (f"\n      {p.evidence}" if p.evidence else "")
            for p in report.false_positives
        ]
        lines += ["", f"Missed must rows ({len(report.misses)}):"]
        lines += [
            f"  {g.doc}  {' | '.join(g.subjects)} --{g.relation}--> {' | '.join(g.objects)}  [{g.status}]"
            + (f"\n      {g.evidence}" if g.evidence else "")
            for g in report.misses
        ]
        if report.ambiguous_aliases:
            lines += ["", "Aliases shared by several entities (first one used):"]
            lines += [f"  {a}: {', '.join(names)}" for a, names in sorted(report.ambiguous_aliases.items())]
    return "\n".join(lines) + "\n"


def run_eval(gold: Path, entities: Path, graph: Path, verbose: bool = False, stream: TextIO = sys.stdout) -> Report:
    """``kg eval``: score ``graph`` and print the table (and, verbose, the errors) to ``stream``."""
    report = evaluate(graph, gold, entities)
    stream.write(report.format(verbose=verbose))
    split = confidence_split(graph, gold, entities)
    stream.write(
        f"\nby confidence: top half precision {split.top_precision:.3f} ({split.top_rows} rows), "
        f"bottom half {split.bottom_precision:.3f} ({split.bottom_rows} rows)\n"
    )
    return report


@dataclass(frozen=True)
class ConfidenceSplit:
    """Precision of the more and the less confident half of the predicted rows."""

    top_precision: float
    top_rows: int
    bottom_precision: float
    bottom_rows: int


def confidence_split(graph_path: str | Path, gold_path: str | Path, entities_path: str | Path) -> ConfidenceSplit:
    """Rank predicted rows by ``kg:confidence`` and measure the precision of each half.

    If confidence means something, the top half is clearly more precise than the bottom half.
    """
    graph = rdflib.Graph()
    graph.parse(str(graph_path), format="turtle")
    gold = load_gold(gold_path)
    predictions = predictions_from_graph(graph, load_entities(entities_path))
    ranked = sorted(predictions, key=lambda p: (-p.confidence, p.key))
    half = (len(ranked) + 1) // 2
    top, bottom = ranked[:half], ranked[half:]

    def precision(rows: list[Prediction]) -> float:
        return _ratio(sum(any(matches(p, g) for g in gold) for p in rows), len(rows))

    return ConfidenceSplit(precision(top), len(top), precision(bottom), len(bottom))
