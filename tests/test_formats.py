"""Standard formats beside graph.ttl (N-Triples, JSON-LD, GraphML), another SPARQL engine
(pyoxigraph) agreeing with rdflib on every saved question, and the Wikidata links out."""
from __future__ import annotations

import json
from decimal import Decimal

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import OWL, RDF, XSD, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kb_bundled import bundled_graph, bundled_output, saved_query_paths
from kg import gazetteer
from kg.export import entity_network
from kg.formats import graphml_network, jsonld_context, write_jsonld, write_ntriples
from kg.graph import WIKIDATA_ENTITY, wikidata_qid
from kg.namespace import KG
from kg.records import Entity, EntityType

NUMERIC = {str(XSD.integer), str(XSD.decimal), str(XSD.double), str(XSD.float), str(XSD.int), str(XSD.long)}
LIST_SEPARATOR = " | "  # what the saved queries use in GROUP_CONCAT, whose order SPARQL leaves open


def test_every_format_is_written_beside_graph_ttl():
    out = bundled_output()
    for name in ("graph.ttl", "graph.html", "graph.nt", "graph.jsonld", "graph.graphml"):
        assert (out / name).is_file() and (out / name).stat().st_size > 0, name
    assert not list(out.glob(".*.tmp")), "atomic writes leave no temporary file"


@pytest.mark.parametrize("name, fmt", [("graph.nt", "nt"), ("graph.jsonld", "json-ld")])
def test_ntriples_and_jsonld_hold_the_same_triples_as_turtle(name, fmt):
    other = Graph().parse(bundled_output() / name, format=fmt)
    assert len(other) == len(bundled_graph())
    assert isomorphic(other, bundled_graph())


def test_ntriples_is_sorted_and_deterministic(tmp_path):
    text = (bundled_output() / "graph.nt").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines == sorted(lines) and len(lines) == len(bundled_graph())
    write_ntriples(bundled_graph(), tmp_path / "again.nt")
    assert (tmp_path / "again.nt").read_text(encoding="utf-8") == text


def test_jsonld_has_a_context_mapping_the_prefixes(tmp_path):
    data = json.loads((bundled_output() / "graph.jsonld").read_text(encoding="utf-8"))
    context = data["@context"]
    assert context["kg"] == str(KG._NS)
    for prefix in ("rdf", "rdfs", "dcterms", "prov", "skos", "xsd", "entity", "article", "assertion"):
        assert prefix in context, prefix
    assert jsonld_context(bundled_graph()) == context
    types = {t for node in data["@graph"] for t in ([node["@type"]] if isinstance(node.get("@type"), str) else node.get("@type", []))}
    assert "kg:Assertion" in types and "kg:Article" in types, "IRIs are compacted with the context"
    write_jsonld(bundled_graph(), tmp_path / "again.jsonld")
    assert (tmp_path / "again.jsonld").read_text(encoding="utf-8") == (bundled_output() / "graph.jsonld").read_text(
        encoding="utf-8"
    )


def test_graphml_is_the_entity_network_with_scalar_attributes():
    loaded = nx.read_graphml(bundled_output() / "graph.graphml", force_multigraph=True)
    network = entity_network(bundled_graph())
    assert loaded.is_directed()
    assert set(loaded.nodes) == set(network.nodes)
    assert loaded.number_of_edges() == network.number_of_edges()
    for node, attrs in loaded.nodes(data=True):
        assert attrs["label"] == network.nodes[node]["label"]
        assert attrs["type"] == network.nodes[node]["type"]
    relations, statuses = set(), set()
    for source, target, attrs in loaded.edges(data=True):
        relations.add(attrs["relation"])
        statuses.add(attrs["status"])
        assert int(attrs["count"]) >= 1
        assert attrs["evidence"] and attrs["articles"]
        assert 0 < float(attrs["confidence"]) <= 1
    assert relations == {"metWith", "criticized", "visited"}
    assert "occurred" in statuses and len(statuses) >= 2
    flat = graphml_network(bundled_graph())
    for _node, attrs in flat.nodes(data=True):
        assert all(isinstance(v, (str, int, float)) for v in attrs.values())
    for _s, _t, attrs in flat.edges(data=True):
        assert all(isinstance(v, (str, int, float)) for v in attrs.values())
    counts = sorted(attrs["count"] for _s, _t, attrs in flat.edges(data=True))
    assert counts == sorted(len(attrs["evidence"]) for _s, _t, attrs in network.edges(data=True))


# --------------------------------------------------------------------------- another engine


def _normalize(value: str | None, datatype: str | None):
    if value is None:
        return None
    if datatype in NUMERIC:
        return ("number", str(Decimal(value).normalize()))
    if LIST_SEPARATOR in value:
        return ("list", tuple(sorted(value.split(LIST_SEPARATOR))))
    return (datatype or str(XSD.string), value)


def _rdflib_term(term):
    if term is None:
        return None
    if isinstance(term, Literal):
        return _normalize(str(term), str(term.datatype) if term.datatype else None)
    return ("iri", str(term))


def _oxigraph_term(term):
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return _normalize(term.value, term.datatype.value)
    return ("iri", term.value)


@pytest.fixture(scope="module")
def oxigraph_store() -> ox.Store:
    store = ox.Store()
    store.load(path=str(bundled_output() / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    return store


def test_pyoxigraph_loads_the_turtle_and_the_ntriples(oxigraph_store):
    assert len(oxigraph_store) == len(bundled_graph())
    other = ox.Store()
    other.load(path=str(bundled_output() / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)
    assert len(other) == len(bundled_graph())


@pytest.mark.parametrize("path", saved_query_paths(), ids=lambda p: p.stem)
def test_pyoxigraph_and_rdflib_give_the_same_answers(path, oxigraph_store):
    text = path.read_text(encoding="utf-8")
    ours = bundled_graph().query(text)
    names = [str(v) for v in ours.vars]
    ours_rows = [tuple(_rdflib_term(row[i]) for i in range(len(names))) for row in ours]
    theirs = oxigraph_store.query(text)
    assert [v.value for v in theirs.variables] == names
    theirs_rows = [tuple(_oxigraph_term(solution[name]) for name in names) for solution in theirs]
    assert ours_rows, f"{path.stem} returns no row"
    assert len(theirs_rows) == len(ours_rows)
    assert set(theirs_rows) == set(ours_rows)


# --------------------------------------------------------------------------- links out


def test_countries_capitals_and_organizations_link_to_wikidata():
    graph = bundled_graph()
    links = {s: str(o) for s, o in graph.subject_objects(OWL.sameAs)}
    assert all(iri.startswith(WIKIDATA_ENTITY + "Q") for iri in links.values())
    countries = set(graph.subjects(RDF.type, KG.Country))
    assert countries and countries <= set(links), "every country of the bundled articles is in the lexicon"
    assert set(graph.subjects(RDF.type, KG.City)) & set(links)
    assert set(graph.subjects(RDF.type, KG.Organization)) & set(links)
    for node in set(graph.subjects(RDF.type, KG.Person)) | set(graph.subjects(RDF.type, KG.Group)):
        assert node not in links
    for country in countries:
        label = str(graph.value(country, URIRef("http://www.w3.org/2000/01/rdf-schema#label")))
        assert links[country] == WIKIDATA_ENTITY + gazetteer.country_by_name(label).qid


def test_wikidata_ids_come_from_the_lexicon_by_type():
    france = gazetteer.country_by_name("France")
    assert wikidata_qid(Entity("x", "France", EntityType.COUNTRY)) == france.qid
    assert wikidata_qid(Entity("x", france.capital, EntityType.CITY)) == france.capital_qid
    nato = gazetteer.organization_by_name("NATO")
    assert wikidata_qid(Entity("x", "NATO", EntityType.ORGANIZATION)) == nato.qid
    # A person or group never gets a place's id, nor a body a country's.
    assert wikidata_qid(Entity("x", "Georgia", EntityType.PERSON)) is None
    assert wikidata_qid(Entity("x", "France", EntityType.GROUP)) is None
    assert wikidata_qid(Entity("x", "France", EntityType.ORGANIZATION)) is None
    assert wikidata_qid(Entity("x", "Nowhere-in-particular", EntityType.COUNTRY)) is None
