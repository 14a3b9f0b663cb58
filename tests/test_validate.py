"""ontology/shapes.ttl and `kg validate`: the export of the bundled articles conforms; a copy broken
on purpose does not, and each break is reported in plain words."""
from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from kb_bundled import bundled_graph, bundled_output
from kg.cli import main
from kg.namespace import KG, RESOURCE_BASE
from kg.validate import SHAPES, describe, validate_file, validate_graph

EVENT = RESOURCE_BASE + "event/"


def _copy() -> Graph:
    graph = Graph()
    for prefix, namespace in bundled_graph().namespaces():
        graph.bind(prefix, namespace, override=True)
    for triple in bundled_graph():
        graph.add(triple)
    return graph


def _assertions(graph: Graph, predicate=None, status=None) -> list[URIRef]:
    found = sorted(graph.subjects(RDF.type, KG.Assertion))
    if predicate is not None:
        found = [a for a in found if graph.value(a, RDF.predicate) == predicate]
    if status is not None:
        found = [a for a in found if graph.value(a, KG.status) == status]
    return found


def _qname(graph: Graph, node) -> str:
    return graph.namespace_manager.normalizeUri(node)


def test_shapes_cover_articles_entities_assertions_and_events():
    shapes = Graph().parse(SHAPES, format="turtle")
    sh = URIRef("http://www.w3.org/ns/shacl#targetClass")
    targets = set(shapes.objects(None, sh))
    assert {KG.Article, KG.Person, KG.Organization, KG.Place, KG.Group, KG.Assertion, KG.Event, KG.Meeting} <= targets


def test_the_shapes_are_valid_shacl():
    from pyshacl import validate

    shapes = Graph().parse(SHAPES, format="turtle")
    # meta_shacl checks the shapes graph against the SHACL-for-SHACL shapes first (it raises if invalid)
    conforms, _results, _text = validate(Graph(), shacl_graph=shapes, meta_shacl=True, inference="none", advanced=True)
    assert conforms


@pytest.mark.parametrize("name", ["graph.ttl", "graph.nt", "graph.jsonld"])
def test_the_bundled_export_conforms(name):
    report = validate_file(bundled_output() / name)
    assert report.conforms, "\n".join(str(v) for v in report.violations)
    assert report.violations == ()


def test_kg_validate_says_it_conforms_and_exits_0(capsys):
    path = bundled_output() / "graph.ttl"
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "conforms" in out and "does not" not in out


def test_kg_validate_without_a_graph_is_a_usage_error(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "missing.ttl")]) == 2
    assert "missing.ttl" in capsys.readouterr().err


def test_a_broken_copy_is_reported_violation_by_violation(tmp_path, capsys):
    graph = _copy()
    no_evidence, bad_confidence, inverted, bad_status, blank_evidence = _assertions(graph)[:5]
    graph.remove((no_evidence, KG.evidence, None))
    graph.set((bad_confidence, KG.confidence, Literal(Decimal("2.5"), datatype=XSD.decimal)))
    end = int(graph.value(inverted, KG.charEnd))
    graph.set((inverted, KG.charStart, Literal(end + 10, datatype=XSD.integer)))
    graph.set((bad_status, KG.status, URIRef(str(KG._NS) + "Perhaps")))
    graph.set((blank_evidence, KG.evidence, Literal("   ")))
    broken = tmp_path / "broken.ttl"
    broken.write_text(graph.serialize(format="turtle"), encoding="utf-8")

    assert main(["validate", str(broken)]) == 1
    out = capsys.readouterr().out
    assert "does not conform" in out
    lines = out.splitlines()

    def reported(node, path: str, words: str) -> bool:
        prefix = f"- {_qname(graph, node)} ("
        return any(line.startswith(prefix) and f"— {path}:" in line and words in line for line in lines)

    assert reported(no_evidence, "kg:evidence", "evidence sentence")
    assert reported(blank_evidence, "kg:evidence", "not empty")
    assert reported(bad_confidence, "kg:confidence", "from 0 to 1")
    assert reported(bad_confidence, "kg:confidence", "\"2.5\"")
    assert reported(inverted, "kg:charStart", "charStart must not be greater than charEnd")
    assert reported(bad_status, "kg:status", "kg:Occurred, kg:Planned, kg:Requested or kg:Negated")
    # The focus is named in words: the assertion's subject, relation and object by label.
    subject = str(graph.value(graph.value(no_evidence, RDF.subject), RDFS.label))
    assert any(subject in line for line in lines if _qname(graph, no_evidence) in line)


def test_relation_ends_and_direct_edges_are_checked():
    graph = _copy()
    meeting = _assertions(graph, KG.metWith, KG.Occurred)[0]
    place = next(graph.subjects(RDF.type, KG.Place))
    graph.set((meeting, RDF.subject, place))  # a place cannot meet; the old direct edge loses its assertion
    person = next(graph.subjects(RDF.type, KG.Person))
    graph.add((person, KG.visited, person))  # a direct edge with no assertion, to a non-place
    graph.add((next(graph.subjects(RDF.type, KG.Group)), KG.role, Literal("chair")))  # a role of a non-person
    report = validate_graph(graph)
    assert not report.conforms
    meeting_name = _qname(graph, meeting)
    messages = [(v.focus, v.message) for v in report.violations]
    assert any(f.startswith(meeting_name) and "kg:metWith assertion are persons or organizations" in m for f, m in messages)
    edges = [v for v in report.violations if "needs at least one assertion of it with status kg:Occurred" in v.message]
    assert {v.focus for v in edges} >= {"kg:visited", "kg:metWith"}
    person_label = str(graph.value(person, RDFS.label))
    assert any(v.focus == "kg:visited" and person_label in v.value and person_label in v.message for v in edges)
    lost = [v for v in report.violations if "needs its direct edge" in v.message]
    assert [v.focus for v in lost] == ["kg:Occurred"] and meeting_name in lost[0].value
    assert any("only a person has roles" in m for _f, m in messages)


def test_events_are_checked(tmp_path):
    graph = _copy()
    meeting_assertion = _assertions(graph, KG.metWith)[0]
    visit_assertion = _assertions(graph, KG.visited)[0]
    good, wrong_kind, orphan = URIRef(EVENT + "good"), URIRef(EVENT + "wrong"), URIRef(EVENT + "orphan")
    # the export already groups assertions into events: detach these two to test events built here
    for assertion in (meeting_assertion, visit_assertion):
        for event in list(graph.objects(assertion, KG.event)):
            graph.remove((assertion, KG.event, event))
            if not any(True for _ in graph.subjects(KG.event, event)):
                graph.remove((event, None, None))
    for event in (good, wrong_kind, orphan):
        graph.add((event, KG.participant, graph.value(meeting_assertion, RDF.subject)))
    graph.add((good, RDF.type, KG.Meeting))
    graph.add((meeting_assertion, KG.event, good))
    assert validate_graph(graph).conforms, "a meeting reported by a metWith assertion is fine"

    graph.add((wrong_kind, RDF.type, KG.Meeting))
    graph.add((visit_assertion, KG.event, wrong_kind))  # a visit assertion cannot report a meeting
    graph.add((orphan, RDF.type, KG.Visit))  # no assertion reports it
    report = validate_graph(graph)
    assert not report.conforms
    by_focus = {}
    for violation in report.violations:
        by_focus.setdefault(violation.focus, []).append(violation)
    wrong = by_focus[describe(graph, wrong_kind)]
    assert any(v.path == "^kg:event/rdf:predicate" and "kg:metWith" in v.message for v in wrong)
    lonely = by_focus[describe(graph, orphan)]
    assert any(v.path == "^kg:event" and "at least one" in v.message for v in lonely)
    assert describe(graph, good) not in by_focus


def test_describe_names_nodes_in_words():
    graph = bundled_graph()
    person = next(graph.subjects(RDF.type, KG.Person))
    assert str(graph.value(person, RDFS.label)) in describe(graph, person)
    article = next(graph.subjects(RDF.type, KG.Article))
    assert describe(graph, article).startswith("article ")
