"""ontology/kg.ttl: an OWL 2 ontology that documents every term, declares every kg: term the export
uses, aligns honestly with PROV-O, Dublin Core, SKOS, schema.org and SEM, and is consistent with the
export of the bundled articles under OWL RL."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, PROV, SKOS

from kb_bundled import bundled_graph
from kg.namespace import KG, ONTOLOGY_IRI

ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology" / "kg.ttl"
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
KG_NS = ONTOLOGY_IRI + "#"
PROPERTY_KINDS = {OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
# Terms of RDF, RDFS and OWL themselves that an OWL tool knows without a declaration.
BUILT_IN = {RDF.type, RDFS.label, OWL.sameAs, RDF.subject, RDF.predicate, RDF.object}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def _kg_terms(graph: Graph) -> set[URIRef]:
    return {t for t in graph.all_nodes() if isinstance(t, URIRef) and str(t).startswith(KG_NS)} | {
        p for p in graph.predicates() if str(p).startswith(KG_NS)
    }


def _declared(ontology: Graph, kinds) -> set[URIRef]:
    return {s for kind in kinds for s in ontology.subjects(RDF.type, kind) if isinstance(s, URIRef)}


def test_it_is_an_owl_ontology_with_a_description(ontology):
    node = URIRef(ONTOLOGY_IRI)
    assert (node, RDF.type, OWL.Ontology) in ontology
    for predicate in (RDFS.label, RDFS.comment, OWL.versionInfo):
        assert ontology.value(node, predicate) is not None


def test_every_term_has_label_and_comment(ontology):
    terms = {t for t in ontology.subjects() if isinstance(t, URIRef) and str(t).startswith(KG_NS)}
    assert len(terms) >= 30
    for term in terms:
        labels = [v for v in ontology.objects(term, RDFS.label) if isinstance(v, Literal) and str(v).strip()]
        comments = [v for v in ontology.objects(term, RDFS.comment) if isinstance(v, Literal) and str(v).strip()]
        assert labels, f"{term} has no rdfs:label"
        assert comments, f"{term} has no rdfs:comment"


def test_every_property_has_one_domain_and_one_range_of_the_right_kind(ontology):
    classes = _declared(ontology, {OWL.Class})
    properties = {p for p in _declared(ontology, {OWL.ObjectProperty, OWL.DatatypeProperty}) if str(p).startswith(KG_NS)}
    assert {KG.metWith, KG.criticized, KG.visited, KG.status, KG.evidence, KG.event} <= properties
    for prop in properties:
        domains, ranges = list(ontology.objects(prop, RDFS.domain)), list(ontology.objects(prop, RDFS.range))
        assert len(domains) == 1 and len(ranges) == 1, f"{prop}: domain {domains}, range {ranges}"
        assert domains[0] in classes, f"{prop}: domain {domains[0]} is not a declared class"
        if (prop, RDF.type, OWL.DatatypeProperty) in ontology:
            assert str(ranges[0]).startswith(str(XSD)), f"{prop}: a datatype property's range is an XSD datatype"
        else:
            assert ranges[0] in classes, f"{prop}: range {ranges[0]} is not a declared class"


def test_no_term_is_declared_as_two_incompatible_kinds(ontology):
    """OWL 2 DL forbids a name that is both a class and a property, or an object and a datatype property."""
    for term in _kg_terms(ontology):
        kinds = set(ontology.objects(term, RDF.type)) & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
        assert len(kinds) <= 1, f"{term} is declared as {kinds}"


def test_every_term_the_export_uses_is_declared(ontology):
    export = bundled_graph()
    declared = _declared(ontology, {OWL.Class, OWL.NamedIndividual, *PROPERTY_KINDS})
    used = _kg_terms(export)
    assert {KG.Assertion, KG.Article, KG.Person, KG.metWith, KG.status, KG.Occurred, KG.evidence} <= used
    missing = used - declared
    assert not missing, f"used in the export but not declared in ontology/kg.ttl: {sorted(missing)}"
    # Every property of the export is known to an OWL tool: declared here, or built into RDF/RDFS/OWL.
    undeclared = {p for p in export.predicates() if p not in BUILT_IN} - _declared(ontology, PROPERTY_KINDS)
    assert not undeclared, f"properties of the export with no declaration: {sorted(undeclared)}"
    for cls in set(export.objects(None, RDF.type)):
        assert cls in declared, f"class {cls} of the export is not declared"


def test_contract_axioms(ontology):
    assert (KG.metWith, RDF.type, OWL.SymmetricProperty) in ontology
    assert (KG.Assertion, RDFS.subClassOf, RDF.Statement) in ontology
    members = set(Collection(ontology, ontology.value(KG.Status, OWL.oneOf)))
    assert members == {KG.Occurred, KG.Planned, KG.Requested, KG.Negated}
    for status in members:
        assert (status, RDF.type, OWL.NamedIndividual) in ontology
        assert (status, RDF.type, KG.Status) in ontology


def test_alignments_to_prov_dc_skos_and_schema(ontology):
    assert (KG.Person, OWL.equivalentClass, SCHEMA.Person) in ontology
    for ours, theirs in (
        (KG.Organization, SCHEMA.Organization),
        (KG.Place, SCHEMA.Place),
        (KG.Country, SCHEMA.Country),
        (KG.City, SCHEMA.City),
        (KG.Assertion, PROV.Entity),
        (KG.Article, PROV.Entity),
        (KG.Status, SKOS.Concept),
    ):
        assert (ours, RDFS.subClassOf, theirs) in ontology, f"{ours} ⊑ {theirs}"
    assert (PROV.wasDerivedFrom, RDF.type, OWL.ObjectProperty) in ontology
    for term in (DCTERMS.identifier, DCTERMS.title, DCTERMS.date, DCTERMS.source, SKOS.altLabel):
        assert (term, RDF.type, OWL.AnnotationProperty) in ontology


def test_event_classes_and_the_event_property(ontology):
    assert (KG.Event, RDFS.subClassOf, SEM.Event) in ontology
    for cls in (KG.Meeting, KG.Visit, KG.Criticism):
        assert (cls, RDFS.subClassOf, KG.Event) in ontology
    for cls in (KG.Meeting, KG.Visit):
        assert (cls, RDFS.subClassOf, SCHEMA.Event) in ontology
    assert ontology.value(KG.event, RDFS.domain) == KG.Assertion
    assert ontology.value(KG.event, RDFS.range) == KG.Event


def _owl_rl_errors(graph: Graph) -> list[str]:
    from owlrl import DeductiveClosure, OWLRL_Semantics

    DeductiveClosure(OWLRL_Semantics).expand(graph)
    err = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")
    return sorted(str(graph.value(node, err.error)) for node in graph.subjects(RDF.type, err.ErrorMessage))


def test_ontology_and_export_are_consistent_under_owl_rl(ontology):
    combined = Graph()
    for triple in ontology:
        combined.add(triple)
    for triple in bundled_graph():
        combined.add(triple)
    assert _owl_rl_errors(combined) == []
    # The disjointness axioms have teeth: an entity typed both person and place is an error.
    person = next(bundled_graph().subjects(RDF.type, KG.Person))
    broken = Graph()
    for triple in ontology:
        broken.add(triple)
    broken.add((person, RDF.type, KG.Person))
    broken.add((person, RDF.type, KG.Place))
    assert _owl_rl_errors(broken), "an individual in two disjoint classes should be reported"


def test_the_ontology_has_no_blank_node_terms_with_labels(ontology):
    """Only named terms carry labels: a labelled blank node would be a term nobody can refer to."""
    assert not [s for s in ontology.subjects(RDFS.label) if isinstance(s, BNode)]
