"""kg.graph: every assertion points to the fact it states (kg:fact), shared by all reports of it."""
from rdflib import RDF, RDFS, Literal

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


def _visit(doc_id: str, places: dict[str, tuple[str, EntityType]], place: str) -> DocResult:
    """An article in which Olek Varnay visited ``place``, naming ``places`` (key -> label, type)."""
    text = "Olek Varnay visited it."
    entities = {"a": LocalEntity(key="a", label="Olek Varnay", type=EntityType.PERSON, forms={"Olek Varnay"})}
    entities.update({key: LocalEntity(key=key, label=label, type=etype, forms={label}) for key, (label, etype) in places.items()})
    return DocResult(article=Article(doc_id=doc_id, text=text), entities=entities,
                     mentions=[(0, 11, "a")] + [(12, 19, key) for key in places],
                     facts=[Fact(doc_id, Relation.VISITED, "a", place, Status.OCCURRED, text, 0, len(text), 0.9, "test")])


def test_a_capital_lies_in_its_country_and_a_visit_there_rolls_up_to_it():
    results = [
        _visit("one", {"ankara": ("Ankara", EntityType.CITY)}, "ankara"),
        _visit("two", {"turkey": ("Turkey", EntityType.COUNTRY), "oslo": ("Oslo", EntityType.CITY)}, "oslo"),
    ]
    entities, local_to_id = merge_entities(results)
    graph = build_graph(results, entities, local_to_id)
    located = {(str(graph.value(s, RDFS.label)), str(graph.value(o, RDFS.label))) for s, o in graph.subject_objects(KG.locatedIn)}
    assert located == {("Ankara", "Turkey")}  # Oslo's country is named by no article: no node for it
    # a visit to the capital is no second assertion, but a query that follows the link finds the country
    assert not any(graph.value(a, RDF.object) == graph.value(predicate=RDFS.label, object=Literal("Turkey"))
                   for a in graph.subjects(RDF.type, KG.Assertion))
    rows = graph.query("""SELECT ?country WHERE { ?who kg:visited/kg:locatedIn* ?country . ?country a kg:Country }""",
                       initNs={"kg": KG._NS})
    assert {str(graph.value(row[0], RDFS.label)) for row in rows} == {"Turkey"}
