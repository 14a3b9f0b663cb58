"""Oxigraph behind kg: the same triples, deterministic Turtle, the same query answers as rdflib."""
from __future__ import annotations

import csv
import io
import random
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg import store
from kg.cli import main
from kg.namespace import KG

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"


def sample_graph() -> Graph:
    graph = Graph()
    graph.bind("kg", KG._NS)
    people = [URIRef(f"https://w3id.org/kg-news/id/entity/P{i}") for i in range(6)]
    for i, person in enumerate(people):
        graph.add((person, RDF.type, KG.Person))
        graph.add((person, RDFS.label, Literal(f"Person {i} «Zoë» \"quoted\"\nline")))
    for a, b in [(0, 1), (1, 2), (2, 3), (0, 4)]:
        graph.add((people[a], KG.metWith, people[b]))
        graph.add((people[b], KG.metWith, people[a]))
    graph.add((people[0], KG.confidence, Literal(Decimal("0.9"), datatype=XSD.decimal)))
    graph.add((people[0], KG.eventDate, Literal("2022-04-27", datatype=XSD.date)))
    graph.add((people[0], RDFS.comment, Literal("bonjour", lang="fr")))
    graph.add((people[5], KG.role, BNode("b0")))
    return graph


def test_terms_round_trip():
    for term in sample_graph().all_nodes():
        assert store.to_rdflib(store.to_ox(term)) == term


def test_turtle_is_the_same_graph_and_deterministic(tmp_path):
    graph = sample_graph()
    store.write_turtle(graph, tmp_path / "a.ttl")
    assert isomorphic(Graph().parse(tmp_path / "a.ttl", format="turtle"), graph)
    # the same triples added in another order give the same bytes
    shuffled = Graph()
    triples = list(graph)
    random.Random(3).shuffle(triples)
    for prefix, namespace in graph.namespaces():
        shuffled.bind(prefix, namespace, override=True)
    for triple in triples:
        shuffled.add(triple)
    store.write_turtle(shuffled, tmp_path / "b.ttl")
    assert (tmp_path / "a.ttl").read_bytes() == (tmp_path / "b.ttl").read_bytes()
    text = (tmp_path / "a.ttl").read_text(encoding="utf-8")
    assert "@prefix kg: <https://w3id.org/kg-news/ontology#> ." in text
    assert "brick:" not in text  # only the prefixes the triples use


def test_from_a_store_and_from_a_file(tmp_path):
    graph = sample_graph()
    graph.remove((None, KG.role, None))  # blank node labels are not kept across a file
    graph.serialize(tmp_path / "g.ttl", format="turtle")
    loaded = store.load(tmp_path / "g.ttl")
    assert len(loaded) == len(graph)
    assert store.turtle_bytes(loaded, store.prefixes_of(graph)) == store.turtle_bytes(graph)


QUERIES = [
    """PREFIX kg: <https://w3id.org/kg-news/ontology#>
    SELECT ?a (COUNT(DISTINCT ?c) AS ?n) WHERE { ?a kg:metWith ?b . ?b kg:metWith ?c . FILTER(?c != ?a) }
    GROUP BY ?a ORDER BY DESC(?n) ?a""",
    """PREFIX kg: <https://w3id.org/kg-news/ontology#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT ?a ?b WHERE { ?x kg:metWith ?y . ?x rdfs:label ?a . ?y rdfs:label ?b . FILTER(?a < ?b) } ORDER BY ?a ?b""",
    "SELECT ?s ?o WHERE { ?s <https://w3id.org/kg-news/ontology#confidence> ?o }",
]


@pytest.mark.parametrize("sparql", QUERIES)
def test_select_answers_match_rdflib(sparql):
    graph = sample_graph()
    expected = [tuple(row) for row in graph.query(sparql)]
    got = [tuple(row) for row in store.query(store.store_of(graph), sparql)]
    assert got == expected


def test_ask_and_construct():
    graph = sample_graph()
    oxstore = store.store_of(graph)
    assert store.query(oxstore, "ASK { ?s a <https://w3id.org/kg-news/ontology#Person> }").askAnswer is True
    assert store.query(oxstore, "ASK { ?s a <urn:nothing> }").askAnswer is False
    built = store.query(oxstore, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").graph
    assert isomorphic(built, graph)


def test_auto_threshold(tmp_path, monkeypatch):
    small = tmp_path / "small.ttl"
    small.write_text("")
    assert not store.should_use_oxigraph(small)
    monkeypatch.setattr(store, "AUTO_THRESHOLD_BYTES", -1)
    assert store.should_use_oxigraph(small)
    assert not store.should_use_oxigraph(tmp_path / "missing.ttl")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The bundled articles built twice: Turtle by rdflib and by Oxigraph."""
    from kg.pipeline import build
    from kg.settings import Settings

    rdf_out, ox_out = tmp_path_factory.mktemp("rdflib"), tmp_path_factory.mktemp("oxigraph")
    build([ARTICLES], rdf_out, Settings(use_cache=False, progress=False))
    build([ARTICLES], ox_out, Settings(use_cache=False, progress=False, store="oxigraph"))
    return rdf_out / "graph.ttl", ox_out / "graph.ttl"


def test_build_with_oxigraph_writes_the_same_graph(built):
    rdflib_ttl, oxigraph_ttl = built
    assert isomorphic(Graph().parse(rdflib_ttl), Graph().parse(oxigraph_ttl))
    assert "@prefix kg: <https://w3id.org/kg-news/ontology#> ." in oxigraph_ttl.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["who-met-whom", "most-connected", "who-criticized-whom", "where-did-they-go"])
def test_kg_query_gives_the_same_csv_with_either_store(built, name, capsys):
    rdflib_ttl, _ = built
    if not (ROOT / "queries" / f"{name}.rq").is_file():
        pytest.skip(f"no saved query {name}")
    answers = []
    for engine in ("rdflib", "oxigraph"):
        assert main(["query", name, "--graph", str(rdflib_ttl), "--format", "csv", "--store", engine]) == 0
        answers.append([_unordered_lists(row) for row in csv.reader(io.StringIO(capsys.readouterr().out))])
    assert answers[0] == answers[1]
    assert len(answers[0]) > 1


def _unordered_lists(row: list[str]) -> list[str]:
    """A GROUP_CONCAT's order is the engine's own (SPARQL gives none): "a | b" and "b | a" agree."""
    return [" | ".join(sorted(cell.split(" | "))) for cell in row]


def test_kg_query_oxigraph_errors(built, tmp_path, capsys):
    rdflib_ttl, _ = built
    assert main(["query", "SELEC ?x", "--graph", str(rdflib_ttl), "--store", "oxigraph"]) == 2
    assert "does not parse" in capsys.readouterr().err
    assert main(["query", "ASK {}", "--graph", str(tmp_path / "none.ttl"), "--store", "oxigraph"]) == 2
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle")
    assert main(["query", "ASK {}", "--graph", str(bad), "--store", "oxigraph"]) == 1


def test_a_million_triples_is_the_benchmarks_business_not_the_tests():
    # the scale test lives in benchmarks/store_bench.py; here, a small synthetic graph has kg's shape
    from benchmarks.synthetic import synthetic_graph

    graph = synthetic_graph(3000)
    assert 2500 < len(graph) < 4000
    assert set(graph.subjects(RDF.type, KG.Assertion))
    oxstore = ox.Store()
    oxstore.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in store.triples_of(graph))
    assert len(oxstore) == len(graph)
