"""The scorer: small invented graphs and gold files, exact numbers."""
from __future__ import annotations

import io
import json
from urllib.parse import quote

import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace
from rdflib.namespace import DCTERMS, PROV

from kg.evaluate import (
    GoldRow,
    Prediction,
    evaluate,
    load_entities,
    load_gold,
    predictions_from_graph,
    run_eval,
    score,
)
import kg.namespace as ns

EX = Namespace("https://example.org/test/")
PREDICATE = {"MET_WITH": ns.KG.metWith, "CRITICIZED": ns.KG.criticized, "VISITED": ns.KG.visited}
STATUS = {"occurred": ns.KG.Occurred, "planned": ns.KG.Planned, "requested": ns.KG.Requested, "negated": ns.KG.Negated}

ENTITIES = {
    "Zoë Várkonyi": {"type": "Person", "aliases": ["Várkonyi", "Zoe Varkonyi", "the Minister of Tides"]},
    "Bram Oduya": {"type": "Person", "aliases": ["Oduya", "Bram Oduya"]},
    "Calder Reach": {"type": "Place", "aliases": ["Calder Reach", "Calder"]},
    "Ilse Marrow": {"type": "Person", "aliases": ["Marrow"]},
}


class GraphBuilder:
    """Builds a graph the way the contract describes it: articles, labelled entities, assertions."""

    def __init__(self):
        self.graph = Graph()
        self._n = 0

    def entity(self, label: str):
        node = EX["entity/" + quote(label, safe="")]
        self.graph.add((node, RDFS.label, Literal(label)))
        return node

    def article(self, doc: str):
        node = EX["article/" + doc]
        self.graph.add((node, RDF.type, ns.KG.Article))
        self.graph.add((node, DCTERMS.identifier, Literal(doc)))
        return node

    def assertion(self, doc, subject, relation, obj, status="occurred", evidence="Some sentence."):
        self._n += 1
        node = EX[f"assertion/{self._n}"]
        g = self.graph
        g.add((node, RDF.type, ns.KG.Assertion))
        g.add((node, RDF.subject, self.entity(subject)))
        g.add((node, RDF.predicate, PREDICATE[relation]))
        g.add((node, RDF.object, self.entity(obj)))
        g.add((node, ns.KG.status, STATUS[status]))
        g.add((node, PROV.wasDerivedFrom, self.article(doc)))
        g.add((node, ns.KG.evidence, Literal(evidence)))
        return self


def gold_row(doc, subjects, relation, objects, status="occurred", grade="must", evidence="Gold sentence."):
    return {
        "doc": doc,
        "subject": subjects if isinstance(subjects, list) else [subjects],
        "relation": relation,
        "object": objects if isinstance(objects, list) else [objects],
        "status": status,
        "grade": grade,
        "evidence": evidence,
    }


@pytest.fixture
def write(tmp_path):
    """Writes graph, gold rows and entities to tmp_path and returns their paths."""

    def _write(builder: GraphBuilder, gold: list[dict], entities: dict = ENTITIES):
        graph_path = tmp_path / "graph.ttl"
        builder.graph.serialize(graph_path, format="turtle")
        gold_path = tmp_path / "t.gold.jsonl"
        gold_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold), encoding="utf-8")
        entities_path = tmp_path / "t.entities.json"
        entities_path.write_text(json.dumps(entities, ensure_ascii=False), encoding="utf-8")
        return graph_path, gold_path, entities_path

    return _write


def run(write, builder, gold, entities=ENTITIES):
    graph_path, gold_path, entities_path = write(builder, gold, entities)
    return evaluate(graph_path, gold_path, entities_path)


def counts(row):
    return (row.tp, row.predicted, row.found, row.gold_must)


# --------------------------------------------------------------------------- matching


def test_correct_match_scores_one(write):
    b = GraphBuilder().assertion("d1", "Zoë Várkonyi", "VISITED", "Calder Reach")
    report = run(write, b, [gold_row("d1", "Zoë Várkonyi", "VISITED", "Calder Reach")])
    row = report.row("VISITED", "occurred")
    assert counts(row) == (1, 1, 1, 1)
    assert (row.precision, row.recall, row.f1) == (1.0, 1.0, 1.0)
    assert report.false_positives == [] and report.misses == []


def test_wrong_document_does_not_match(write):
    b = GraphBuilder().assertion("d2", "Zoë Várkonyi", "VISITED", "Calder Reach")
    report = run(write, b, [gold_row("d1", "Zoë Várkonyi", "VISITED", "Calder Reach")])
    assert counts(report.row("VISITED", "occurred")) == (0, 1, 0, 1)
    assert [p.doc for p in report.false_positives] == ["d2"]


def test_met_with_matches_in_swapped_order(write):
    b = GraphBuilder().assertion("d1", "Bram Oduya", "MET_WITH", "Zoë Várkonyi")
    report = run(write, b, [gold_row("d1", "Zoë Várkonyi", "MET_WITH", "Bram Oduya")])
    row = report.row("MET_WITH", "occurred")
    assert counts(row) == (1, 1, 1, 1)
    assert row.f1 == 1.0


def test_criticized_does_not_match_in_swapped_order(write):
    b = GraphBuilder().assertion("d1", "Bram Oduya", "CRITICIZED", "Zoë Várkonyi")
    report = run(write, b, [gold_row("d1", "Zoë Várkonyi", "CRITICIZED", "Bram Oduya")])
    row = report.row("CRITICIZED", "occurred")
    assert counts(row) == (0, 1, 0, 1)
    assert (row.precision, row.recall, row.f1) == (0.0, 0.0, 0.0)


def test_any_listed_name_matches(write):
    b = GraphBuilder().assertion("d1", "Ilse Marrow", "CRITICIZED", "Bram Oduya")
    gold = [gold_row("d1", ["Zoë Várkonyi", "Ilse Marrow"], "CRITICIZED", "Bram Oduya")]
    assert counts(run(write, b, gold).row("CRITICIZED", "occurred")) == (1, 1, 1, 1)


def test_status_mismatch_is_a_false_positive_and_a_miss(write):
    b = GraphBuilder().assertion("d1", "Zoë Várkonyi", "MET_WITH", "Bram Oduya", status="planned")
    report = run(write, b, [gold_row("d1", "Zoë Várkonyi", "MET_WITH", "Bram Oduya", status="occurred")])
    assert counts(report.row("MET_WITH", "planned")) == (0, 1, 0, 0)
    assert counts(report.row("MET_WITH", "occurred")) == (0, 0, 0, 1)
    assert counts(report.row("ALL", "occurred")) == (0, 0, 0, 1)
    assert counts(report.row("ALL", "non-occurred")) == (0, 1, 0, 0)
    assert counts(report.overall) == (0, 1, 0, 1)
    assert [(p.subject, p.status) for p in report.false_positives] == [("Bram Oduya", "planned")]
    assert [(g.subjects, g.status) for g in report.misses] == [(("Zoë Várkonyi",), "occurred")]


def test_may_row_is_neither_a_miss_nor_a_false_positive(write):
    gold = [
        gold_row("d1", "Zoë Várkonyi", "VISITED", "Calder Reach", grade="must"),
        gold_row("d1", "Bram Oduya", "VISITED", "Calder Reach", grade="may"),
    ]
    only_must = GraphBuilder().assertion("d1", "Zoë Várkonyi", "VISITED", "Calder Reach")
    report = run(write, only_must, gold)
    assert counts(report.row("VISITED", "occurred")) == (1, 1, 1, 1)
    assert report.misses == []

    both = GraphBuilder().assertion("d1", "Zoë Várkonyi", "VISITED", "Calder Reach")
    both.assertion("d1", "Bram Oduya", "VISITED", "Calder Reach")
    report = run(write, both, gold)
    row = report.row("VISITED", "occurred")
    assert counts(row) == (2, 2, 1, 1)
    assert (row.precision, row.recall) == (1.0, 1.0)
    assert report.false_positives == []


def test_unmatched_prediction_lowers_precision_and_f1(write):
    b = GraphBuilder().assertion("d1", "Zoë Várkonyi", "VISITED", "Calder Reach")
    b.assertion("d1", "Ilse Marrow", "VISITED", "Calder Reach")
    report = run(write, b, [gold_row("d1", "Zoë Várkonyi", "VISITED", "Calder Reach")])
    row = report.row("VISITED", "occurred")
    assert counts(row) == (1, 2, 1, 1)
    assert row.precision == 0.5 and row.recall == 1.0
    assert row.f1 == pytest.approx(2 / 3)
    assert [p.subject for p in report.false_positives] == ["Ilse Marrow"]


# --------------------------------------------------------------------------- labels


@pytest.mark.parametrize("label", ["VÁRKONYI", "zoe varkonyi", "Zoe Várkonyi", "THE MINISTER OF TIDES"])
def test_labels_map_to_canonical_names_ignoring_case_and_accents(write, label):
    b = GraphBuilder().assertion("d1", label, "VISITED", "calder")
    report = run(write, b, [gold_row("d1", "Zoë Várkonyi", "VISITED", "Calder Reach")])
    assert counts(report.row("VISITED", "occurred")) == (1, 1, 1, 1)


def test_unmapped_label_stays_and_counts_against_precision(write):
    b = GraphBuilder().assertion("d1", "Zoë", "VISITED", "Calder Reach")
    report = run(write, b, [gold_row("d1", "Zoë Várkonyi", "VISITED", "Calder Reach")])
    assert counts(report.row("VISITED", "occurred")) == (0, 1, 0, 1)
    assert [p.subject for p in report.false_positives] == ["Zoë"]


def test_canonical_name_wins_over_another_entitys_alias(write):
    entities = {**ENTITIES, "Marrow": {"type": "Place", "aliases": []}}
    b = GraphBuilder().assertion("d1", "Zoë Várkonyi", "VISITED", "Marrow")
    report = run(write, b, [gold_row("d1", "Zoë Várkonyi", "VISITED", "Marrow")], entities)
    assert counts(report.row("VISITED", "occurred")) == (1, 1, 1, 1)


# --------------------------------------------------------------------------- de-duplication


def test_duplicate_assertions_count_once(write):
    b = GraphBuilder()
    b.assertion("d1", "Zoë Várkonyi", "MET_WITH", "Bram Oduya", evidence="First.")
    b.assertion("d1", "Zoë Várkonyi", "MET_WITH", "Bram Oduya", evidence="Second.")
    b.assertion("d1", "Oduya", "MET_WITH", "Várkonyi", evidence="Third, other order and forms.")
    report = run(write, b, [gold_row("d1", "Zoë Várkonyi", "MET_WITH", "Bram Oduya")])
    assert counts(report.row("MET_WITH", "occurred")) == (1, 1, 1, 1)


def test_duplicate_false_positives_count_once(write):
    b = GraphBuilder()
    b.assertion("d1", "Ilse Marrow", "CRITICIZED", "Bram Oduya")
    b.assertion("d1", "Marrow", "CRITICIZED", "Oduya")
    report = run(write, b, [gold_row("d1", "Zoë Várkonyi", "CRITICIZED", "Bram Oduya")])
    assert counts(report.row("CRITICIZED", "occurred")) == (0, 1, 0, 1)
    assert len(report.false_positives) == 1


def test_same_fact_in_two_documents_counts_twice(write):
    b = GraphBuilder()
    b.assertion("d1", "Zoë Várkonyi", "VISITED", "Calder Reach")
    b.assertion("d2", "Zoë Várkonyi", "VISITED", "Calder Reach")
    report = run(write, b, [gold_row("d1", "Zoë Várkonyi", "VISITED", "Calder Reach")])
    assert counts(report.row("VISITED", "occurred")) == (1, 2, 1, 1)


def test_predictions_from_graph_reads_the_contract_terms():
    b = GraphBuilder().assertion("d9", "Calder", "VISITED", "Oduya", status="negated", evidence="Nope.")
    b.assertion("d9", "Calder", "VISITED", "Oduya", status="negated", evidence="Again.")
    rows = predictions_from_graph(b.graph)
    assert [r.key for r in rows] == [("d9", "Calder", "VISITED", "Oduya", "negated")]
    mapped = predictions_from_graph(b.graph, load_entities_dict(ENTITIES))
    assert [r.key for r in mapped] == [("d9", "Calder Reach", "VISITED", "Bram Oduya", "negated")]
    assert mapped[0].evidence in {"Nope.", "Again."}


def load_entities_dict(data):
    from kg.evaluate import EntitySpec

    return {name: EntitySpec(name, spec["type"], tuple(spec["aliases"])) for name, spec in data.items()}


# --------------------------------------------------------------------------- groups


def test_occurred_and_non_occurred_are_scored_separately():
    gold = [
        GoldRow("d1", ("A",), "MET_WITH", ("B",), "occurred", "must"),
        GoldRow("d1", ("A",), "VISITED", ("P",), "occurred", "must"),
        GoldRow("d1", ("A",), "VISITED", ("Q",), "planned", "must"),
        GoldRow("d1", ("A",), "VISITED", ("R",), "requested", "must"),
    ]
    preds = [
        Prediction("d1", "A", "MET_WITH", "B", "occurred"),
        Prediction("d1", "A", "VISITED", "Q", "planned"),
        Prediction("d1", "A", "VISITED", "S", "planned"),
    ]
    report = score(preds, gold)
    assert [(r.relation, r.status) for r in report.rows] == [
        ("MET_WITH", "occurred"),
        ("VISITED", "occurred"),
        ("VISITED", "planned"),
        ("VISITED", "requested"),
        ("ALL", "occurred"),
        ("ALL", "non-occurred"),
        ("ALL", "ALL"),
    ]
    assert counts(report.row("ALL", "occurred")) == (1, 1, 1, 2)
    assert counts(report.row("ALL", "non-occurred")) == (1, 2, 1, 2)
    assert counts(report.overall) == (2, 3, 2, 4)
    assert report.overall.precision == pytest.approx(2 / 3)
    assert report.overall.recall == 0.5
    assert report.overall.f1 == pytest.approx(4 / 7)


def test_no_predictions_and_no_gold_scores_zero():
    report = score([], [])
    assert [(r.relation, r.status) for r in report.rows] == [("ALL", "occurred"), ("ALL", "non-occurred"), ("ALL", "ALL")]
    assert (report.overall.precision, report.overall.recall, report.overall.f1) == (0.0, 0.0, 0.0)


# --------------------------------------------------------------------------- files and output


def test_load_gold_reads_fields_and_rejects_bad_rows(tmp_path):
    path = tmp_path / "g.gold.jsonl"
    row = gold_row("d1", ["Zoë Várkonyi", "Zoe"], "MET_WITH", "Bram Oduya", grade="may", evidence="E.")
    path.write_text(json.dumps(row) + "\n\n", encoding="utf-8")
    assert load_gold(path) == [GoldRow("d1", ("Zoë Várkonyi", "Zoe"), "MET_WITH", ("Bram Oduya",), "occurred", "may", "E.")]

    path.write_text(json.dumps({**row, "status": "happened"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r":1: unknown status"):
        load_gold(path)
    path.write_text(json.dumps(row) + "\n" + json.dumps({k: v for k, v in row.items() if k != "object"}) + "\n")
    with pytest.raises(ValueError, match=r":2: missing object"):
        load_gold(path)


def test_load_entities(tmp_path):
    path = tmp_path / "e.json"
    path.write_text(json.dumps(ENTITIES, ensure_ascii=False), encoding="utf-8")
    entities = load_entities(path)
    assert set(entities) == set(ENTITIES)
    assert entities["Calder Reach"].type == "Place"
    assert entities["Zoë Várkonyi"].aliases == ("Várkonyi", "Zoe Varkonyi", "the Minister of Tides")


def test_run_eval_prints_an_aligned_table(write):
    b = GraphBuilder().assertion("d1", "Zoë Várkonyi", "VISITED", "Calder Reach")
    b.assertion("d1", "Ilse Marrow", "VISITED", "Calder Reach")
    graph_path, gold_path, entities_path = write(b, [gold_row("d1", "Zoë Várkonyi", "VISITED", "Calder Reach")])
    out = io.StringIO()
    report = run_eval(gold_path, entities_path, graph_path, stream=out)
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["relation", "status", "tp", "predicted", "found", "gold(must)", "precision", "recall", "F1"]
    visited = next(l for l in lines if l.startswith("VISITED"))
    assert visited.split() == ["VISITED", "occurred", "1", "2", "1", "1", "0.500", "1.000", "0.667"]
    assert len(visited) == len(lines[1])  # the rule under the header is as wide as the rows
    assert "False positives" not in out.getvalue()
    assert report.row("VISITED", "occurred").tp == 1


def test_run_eval_verbose_lists_false_positives_and_misses(write):
    b = GraphBuilder().assertion("d1", "Ilse Marrow", "CRITICIZED", "Bram Oduya", evidence="Marrow slammed Oduya.")
    gold = [gold_row("d1", "Zoë Várkonyi", "MET_WITH", "Bram Oduya", evidence="Várkonyi met Oduya.")]
    graph_path, gold_path, entities_path = write(b, gold)
    out = io.StringIO()
    run_eval(gold_path, entities_path, graph_path, verbose=True, stream=out)
    text = out.getvalue()
    fp_part, miss_part = text.split("False positives (1):")[1].split("Missed must rows (1):")
    assert "d1  Ilse Marrow --CRITICIZED--> Bram Oduya  [occurred]" in fp_part
    assert "Marrow slammed Oduya." in fp_part
    assert "d1  Zoë Várkonyi --MET_WITH--> Bram Oduya  [occurred]" in miss_part
    assert "Várkonyi met Oduya." in miss_part
