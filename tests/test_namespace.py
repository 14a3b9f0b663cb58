"""kg/namespace.py and ontology/kg.ttl must agree term for term."""
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.namespace import KG, ONTOLOGY_IRI

ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology" / "kg.ttl"


def _declared() -> tuple[Graph, set[URIRef]]:
    graph = Graph().parse(ONTOLOGY, format="turtle")
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual}
    terms = {s for kind in kinds for s in graph.subjects(RDF.type, kind) if isinstance(s, URIRef)}
    return graph, terms


def test_every_namespace_term_is_declared_with_label_and_comment():
    graph, declared = _declared()
    names = [n for n in KG.__annotations__]
    assert names
    for name in names:
        term = KG[name]
        assert term in declared, f"{term} is not declared in ontology/kg.ttl"
        assert graph.value(term, RDFS.label) is not None
        assert graph.value(term, RDFS.comment) is not None


def test_every_ontology_term_is_in_the_namespace():
    _graph, declared = _declared()
    ours = {t for t in declared if str(t).startswith(ONTOLOGY_IRI + "#")}
    assert ours == {KG[n] for n in KG.__annotations__}


def test_met_with_is_symmetric_and_assertion_is_a_statement():
    graph, _ = _declared()
    assert (KG.metWith, RDF.type, OWL.SymmetricProperty) in graph
    assert (KG.Assertion, RDFS.subClassOf, RDF.Statement) in graph
