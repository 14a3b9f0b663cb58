"""The kg ontology's terms, in one place. ``tests/test_namespace.py`` checks them against ``ontology/kg.ttl``."""
from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/kg-news/ontology"
# Entities, articles and assertions live under this base; their local parts are stable slugs.
RESOURCE_BASE = Namespace("https://w3id.org/kg-news/id/")


class KG(DefinedNamespace):
    """Classes, properties and individuals declared in ``ontology/kg.ttl``."""

    _NS = Namespace(ONTOLOGY_IRI + "#")

    Article: URIRef
    Entity: URIRef
    Person: URIRef
    Organization: URIRef
    Place: URIRef
    Country: URIRef
    City: URIRef
    Group: URIRef
    Assertion: URIRef
    Fact: URIRef
    Status: URIRef
    Occurred: URIRef
    Planned: URIRef
    Requested: URIRef
    Negated: URIRef
    Event: URIRef
    Meeting: URIRef
    Visit: URIRef
    Criticism: URIRef
    metWith: URIRef
    criticized: URIRef
    visited: URIRef
    mentions: URIRef
    status: URIRef
    evidence: URIRef
    charStart: URIRef
    charEnd: URIRef
    confidence: URIRef
    extractor: URIRef
    eventDate: URIRef
    location: URIRef
    role: URIRef
    event: URIRef
    fact: URIRef
    participant: URIRef
    date: URIRef
    place: URIRef
    locatedIn: URIRef


ARTICLE = Namespace(str(RESOURCE_BASE) + "article/")
ENTITY = Namespace(str(RESOURCE_BASE) + "entity/")
ASSERTION = Namespace(str(RESOURCE_BASE) + "assertion/")
EVENT = Namespace(str(RESOURCE_BASE) + "event/")
FACT = Namespace(str(RESOURCE_BASE) + "fact/")
