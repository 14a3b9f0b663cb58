"""End to end: build the bundled articles and check the outputs against the contract."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import DCTERMS, PROV, XSD

from kg.evaluate import evaluate
from kg.namespace import KG
from kg.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"
FIXTURES = ROOT / "tests" / "fixtures"
RELATIONS = {KG.metWith, KG.criticized, KG.visited}
STATUSES = {KG.Occurred, KG.Planned, KG.Requested, KG.Negated}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    build([ARTICLES], out)
    return out


@pytest.fixture(scope="module")
def graph(built) -> Graph:
    g = Graph()
    g.parse(built / "graph.ttl", format="turtle")
    return g


def test_every_article_is_a_node_with_mentions(graph):
    ids = {str(graph.value(a, DCTERMS.identifier)): a for a in graph.subjects(RDF.type, KG.Article)}
    assert set(ids) == {p.stem for p in ARTICLES.glob("*.txt")}
    for node in ids.values():
        assert graph.value(node, DCTERMS.title) is not None
        assert any(True for _ in graph.objects(node, KG.mentions))
    dated = graph.value(ids["000_023752088918db96"], DCTERMS.date)
    assert dated == Literal("2022-04-27", datatype=XSD.date)


def test_kg_prefix_is_bound_to_the_ontology_namespace(graph):
    assert str(dict(graph.namespaces())["kg"]) == str(KG._NS)


def test_assertions_carry_full_provenance(graph):
    assertions = list(graph.subjects(RDF.type, KG.Assertion))
    assert len(assertions) >= 20
    texts = {p.stem: p.read_text(encoding="utf-8") for p in ARTICLES.glob("*.txt")}
    for node in assertions:
        assert graph.value(node, RDF.predicate) in RELATIONS
        assert graph.value(node, KG.status) in STATUSES
        for end in (RDF.subject, RDF.object):
            assert graph.value(graph.value(node, end), RDFS.label) is not None
        article = graph.value(node, PROV.wasDerivedFrom)
        text = texts[str(graph.value(article, DCTERMS.identifier))]
        start, end = int(graph.value(node, KG.charStart)), int(graph.value(node, KG.charEnd))
        assert text[start:end] == str(graph.value(node, KG.evidence))
        assert 0 < float(graph.value(node, KG.confidence)) <= 1
        assert str(graph.value(node, KG.extractor))


def test_direct_edges_exactly_for_occurred_assertions(graph):
    occurred = set()
    for node in graph.subjects(KG.status, KG.Occurred):
        s, p, o = (graph.value(node, x) for x in (RDF.subject, RDF.predicate, RDF.object))
        occurred.add((s, p, o))
        if p == KG.metWith:
            occurred.add((o, p, s))
    direct = {(s, p, o) for p in RELATIONS for s, o in graph.subject_objects(p)}
    assert direct == occurred
    assert {p for _s, p, _o in direct} == RELATIONS


def test_one_node_per_person_across_articles(graph):
    labels = [str(graph.value(n, RDFS.label)) for n in graph.subjects(RDF.type, KG.Person)]
    surnames = [label.split()[-1].casefold() for label in labels]
    assert len(surnames) == len(set(surnames)), labels


def test_build_is_deterministic(built, tmp_path):
    build([ARTICLES], tmp_path)
    assert (tmp_path / "graph.ttl").read_bytes() == (built / "graph.ttl").read_bytes()


def test_the_blas_does_not_change_the_graph(built, tmp_path):
    """``kg build --blas blis`` (spaCy's own matrix products) writes the graph the default does."""
    from kg.cli import main

    assert main(["build", str(ARTICLES), "--out", str(tmp_path), "--blas", "blis", "--no-cache", "--quiet"]) == 0
    assert (tmp_path / "graph.ttl").read_bytes() == (built / "graph.ttl").read_bytes()


def test_page_needs_no_network(built):
    page = (built / "graph.html").read_text(encoding="utf-8")
    assert not re.findall(r"<(?:script|link)[^>]+(?:src|href)=[\"'](?:https?:)?//", page)
    assert "vis.Network" in page or "new vis" in page


def test_seed_gold_occurred_f1(built):
    report = evaluate(built / "graph.ttl", FIXTURES / "seeds.gold.jsonl", FIXTURES / "seeds.entities.json")
    occurred = report.row("ALL", "occurred")
    assert occurred.f1 >= 0.70, report


@pytest.mark.parametrize("text, expected", [
    # "each" as a subject is a word for two persons: its sentence is parsed
    ("Maria Kovacs met Tomas Berg in 2016. Each has publicly criticized the other since.",
     {("CRITICIZED", "Maria Kovacs", "Tomas Berg"), ("CRITICIZED", "Tomas Berg", "Maria Kovacs")}),
    # two surnames joined by a hyphen, tagged as one name, are two mentions: their sentence is parsed
    ("Maria Kovacs is the governor and Tomas Berg is the mayor. A Kovacs-Berg meeting took place on Monday.",
     {("MET_WITH", "Maria Kovacs", "Tomas Berg")}),
    # "been to" a place, like "in" one, chooses the sentence
    ("Maria Kovacs is campaigning for reelection and has been to Colombia and Uruguay.",
     {("VISITED", "Maria Kovacs", "Colombia"), ("VISITED", "Maria Kovacs", "Uruguay")}),
    # a town the recognizer misses after "to" or "in" is a mention: its sentence is parsed
    ("Tomas Berg went to Shkoder last week.", {("VISITED", "Tomas Berg", "Shkoder")}),
])
def test_sentences_with_a_fact_are_parsed_in_selective_mode(text, expected):
    """The pipeline parses only the sentences the selector chooses; these facts need their
    sentence chosen (the extractor tests parse every sentence)."""
    import datetime as dt

    from kg.pipeline import process_articles
    from kg.records import Article
    from kg.settings import Settings

    (result,) = process_articles([Article("t", text, date=dt.date(2024, 3, 5))], Settings(use_cache=False, progress=False, parse="selective"))
    labels = {key: e.label for key, e in result.entities.items()}
    found = {(f.relation.name, labels[f.subject], labels[f.object]) for f in result.facts}
    found |= {(r, o, s) for r, s, o in found if r == "MET_WITH"}  # a meeting either way round
    assert expected <= found
