"""kg.graph: every assertion points to the fact it states (kg:fact), shared by all reports of it."""
from rdflib import RDF, RDFS

from kg.graph import build_graph
from kg.namespace import KG
from kg.records import Article, DocResult, EntityType, Fact, LocalEntity, Relation, Status
from kg.resolve import merge_entities

PEOPLE = {"a": "Olek Varnay", "b": "Tomas Berin", "c": "Ines Dorr"}


def _result(doc_id: str, facts: list[tuple[Relation, str, str, Status]]) -> DocResult:
    text = "Olek Varnay met Tomas Berin and Ines Dorr."
    entities = {key: LocalEntity(key=key, label=name, type=EntityType.PERSON, forms={name}) for key, name in PEOPLE.items()}
    return DocResult(
        article=Article(doc_id=doc_id, text=text),
        entities=entities,
        mentions=[(0, 11, "a"), (16, 27, "b"), (32, 41, "c")],
        facts=[
            Fact(doc_id, relation, subject, obj, status, text, 0, len(text), 0.9, "test")
            for relation, subject, obj, status in facts
        ],
    )


def _facts_by_report(results: list[DocResult]) -> dict[tuple, set]:
    entities, local_to_id = merge_entities(results)
    graph = build_graph(results, entities, local_to_id)
    found: dict[tuple, set] = {}
    for assertion in graph.subjects(RDF.type, KG.Assertion):
        (fact,) = graph.objects(assertion, KG.fact)
        key = (graph.value(assertion, RDF.predicate), str(graph.value(graph.value(assertion, RDF.subject), RDFS.label)),
               str(graph.value(graph.value(assertion, RDF.object), RDFS.label)))
        found.setdefault(key, set()).add(fact)
    return found


def test_reports_of_one_fact_share_it_whatever_the_article_status_or_order_of_a_meeting():
    results = [
        _result("one", [(Relation.MET_WITH, "a", "b", Status.OCCURRED), (Relation.CRITICIZED, "a", "c", Status.OCCURRED)]),
        _result("two", [(Relation.MET_WITH, "b", "a", Status.PLANNED), (Relation.CRITICIZED, "a", "c", Status.NEGATED)]),
    ]
    found = _facts_by_report(results)
    meeting = found[(KG.metWith, "Olek Varnay", "Tomas Berin")] | found[(KG.metWith, "Tomas Berin", "Olek Varnay")]
    assert len(meeting) == 1
    assert len(found[(KG.criticized, "Olek Varnay", "Ines Dorr")]) == 1


def test_different_facts_have_different_nodes():
    results = [_result("one", [
        (Relation.CRITICIZED, "a", "b", Status.OCCURRED),
        (Relation.CRITICIZED, "b", "a", Status.OCCURRED),  # criticism has a direction
        (Relation.MET_WITH, "a", "b", Status.OCCURRED),
        (Relation.MET_WITH, "a", "c", Status.OCCURRED),
    ])]
    found = _facts_by_report(results)
    nodes = [node for facts in found.values() for node in facts]
    assert len(nodes) == len(set(nodes)) == 4
