"""Stage 6: the RDF graph. Articles, entities, mentions, one kg:Assertion per relation mention,
and a direct edge for every relation that at least one assertion reports as occurred."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from decimal import Decimal
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from kg import gazetteer
from kg.events import Report, group_events, report_of
from kg.namespace import ARTICLE, ASSERTION, ENTITY, EVENT, FACT, KG
from kg.records import DocResult, Entity, EntityType, Fact, Relation, Status

PREDICATES = {Relation.MET_WITH: KG.metWith, Relation.CRITICIZED: KG.criticized, Relation.VISITED: KG.visited}
STATUSES = {
    Status.OCCURRED: KG.Occurred,
    Status.PLANNED: KG.Planned,
    Status.REQUESTED: KG.Requested,
    Status.NEGATED: KG.Negated,
}
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"
CLASSES = {
    EntityType.PERSON: (KG.Person,),
    EntityType.ORGANIZATION: (KG.Organization,),
    EntityType.PLACE: (KG.Place,),
    EntityType.COUNTRY: (KG.Place, KG.Country),
    EntityType.CITY: (KG.Place, KG.City),
    EntityType.GROUP: (KG.Group,),
}


def article_iri(doc_id: str) -> URIRef:
    return ARTICLE[quote(doc_id, safe="")]


def entity_iri(entity_id: str) -> URIRef:
    return ENTITY[quote(entity_id, safe="")]


def assertion_iri(fact: Fact, subject_id: str, object_id: str) -> URIRef:
    """Stable across runs: a hash of what the assertion says and where."""
    key = "\x1f".join(
        (fact.doc_id, fact.relation.value, subject_id, object_id, fact.status.value, str(fact.char_start), fact.extractor)
    )
    return ASSERTION[hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]]


def fact_iri(relation: Relation, subject_id: str, object_id: str) -> URIRef:
    """The fact an assertion states, whatever its article, status or wording: every report of the
    same subject, relation and object points to it (a meeting in either order: kg:metWith is
    symmetric). Grouping reports by one link, instead of joining three properties of each
    assertion, keeps "reported by several" fast on large graphs."""
    ends = sorted((subject_id, object_id)) if relation is Relation.MET_WITH else (subject_id, object_id)
    key = "\x1f".join((relation.value, *ends))
    return FACT[hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]]


def new_graph() -> Graph:
    graph = Graph()
    for prefix, namespace in (
        ("kg", KG._NS),
        ("dcterms", DCTERMS),
        ("prov", PROV),
        ("skos", SKOS),
        ("owl", OWL),
        ("entity", ENTITY),
        ("article", ARTICLE),
        ("assertion", ASSERTION),
        ("event", EVENT),
    ):
        graph.bind(prefix, namespace, override=True)
    return graph


def build_graph(
    results: Iterable[DocResult], entities: dict[str, Entity], local_to_id: dict[tuple[str, str], str]
) -> Graph:
    """In: per-article results and the corpus-wide entities they were merged into. Out: the graph."""
    graph = new_graph()
    reported: list[tuple[URIRef, Report]] = []
    results = list(results)
    # an entity the articles only imply (a capital's country) is in the graph when a fact uses it,
    # or when a place in the graph lies in it
    used = {local_to_id[(r.article.doc_id, key)] for r in results for _s, _e, key in r.mentions}
    for result in results:
        for fact in result.facts:
            keys = (fact.subject, fact.object, fact.location)
            used.update(local_to_id[(fact.doc_id, key)] for key in keys if key)
    located = _countries_of_places(entities, used)
    used.update(located.values())
    for entity in entities.values():
        if entity.id in used:
            _add_entity(graph, entity)
    for place_id, country_id in located.items():
        graph.add((entity_iri(place_id), KG.locatedIn, entity_iri(country_id)))
    for result in results:
        article = result.article
        node = article_iri(article.doc_id)
        graph.add((node, RDF.type, KG.Article))
        graph.add((node, DCTERMS.identifier, Literal(article.doc_id)))
        if article.title:
            graph.add((node, DCTERMS.title, Literal(article.title)))
        if article.date:
            graph.add((node, DCTERMS.date, Literal(article.date.isoformat(), datatype=XSD.date)))
        if article.source:
            graph.add((node, DCTERMS.source, Literal(article.source)))
        for _start, _end, key in result.mentions:
            graph.add((node, KG.mentions, entity_iri(local_to_id[(article.doc_id, key)])))
        for fact in result.facts:
            subject_id = local_to_id[(article.doc_id, fact.subject)]
            object_id = local_to_id[(article.doc_id, fact.object)]
            if subject_id == object_id:
                continue
            assertion = _add_assertion(graph, fact, node, subject_id, object_id, local_to_id)
            location_id = local_to_id[(fact.doc_id, fact.location)] if fact.location else None
            reported.append((assertion, report_of(fact, subject_id, object_id, location_id, article.date)))
    _add_events(graph, reported, entities)
    return graph


def _add_events(graph: Graph, reported: list[tuple[URIRef, Report]], entities: dict[str, Entity]) -> None:
    """One node per real-world meeting or visit, linked from every assertion that reports it."""
    for event in group_events([report for _node, report in reported]):
        node = EVENT[event.id]
        graph.add((node, RDF.type, KG[event.kind]))
        if event.kind == "Visit":
            traveller, destination = event.participants
            participants, place = (traveller,), destination
        else:
            participants, place = event.participants, event.location
        names = " and ".join(entities[p].label for p in participants)
        where = {"Visit": " to ", "Meeting": " in "}[event.kind]
        label = f"{event.kind} of {names}" + (f"{where}{entities[place].label}" if place else "")
        graph.add((node, RDFS.label, Literal(label + (f", {event.date.isoformat()}" if event.date else ""))))
        for participant in participants:
            graph.add((node, KG.participant, entity_iri(participant)))
        if place:
            graph.add((node, KG.place, entity_iri(place)))
        if event.date:
            graph.add((node, KG.date, Literal(event.date.isoformat(), datatype=XSD.date)))
        for index in event.reports:
            graph.add((reported[index][0], KG.event, node))


def _countries_of_places(entities: dict[str, Entity], used: set[str]) -> dict[str, str]:
    """In: the corpus-wide entities and the ids of those the graph holds. Out: place id -> country
    id, for each capital city and seat of government held ("Moscow", "the White House") whose
    country is an entity too: what ``kg:locatedIn`` links, so that a visit to a city is a visit
    to its country for a query that follows the link, without a second assertion."""
    countries = {entity.label: entity.id for entity in entities.values() if entity.type is EntityType.COUNTRY}
    located = {}
    for entity_id in sorted(used):
        entity = entities.get(entity_id)
        if entity is None or entity.type not in (EntityType.CITY, EntityType.PLACE):
            continue
        country = gazetteer.country_of_capital(entity.label) if entity.type is EntityType.CITY else gazetteer.country_of_seat(entity.label)
        if country is not None and country.name in countries and countries[country.name] != entity_id:
            located[entity_id] = countries[country.name]
    return located


def _add_entity(graph: Graph, entity: Entity) -> None:
    node = entity_iri(entity.id)
    for cls in CLASSES[entity.type]:
        graph.add((node, RDF.type, cls))
    graph.add((node, RDFS.label, Literal(entity.label)))
    for alt in entity.alt_labels:
        graph.add((node, SKOS.altLabel, Literal(alt)))
    for role in entity.roles:
        graph.add((node, KG.role, Literal(role)))
    qid = wikidata_qid(entity)
    if qid:
        graph.add((node, OWL.sameAs, URIRef(WIKIDATA_ENTITY + qid)))


def wikidata_qid(entity: Entity) -> str | None:
    """The Wikidata id of a country, capital or international organization, from the shipped lexicons.

    Looked up by type, so that a person or a body is never linked to a place of the same name (nor a
    place to a body); the label may be any spelling the lexicon knows ("Russian Federation", "U.N.").
    """
    if entity.type is EntityType.COUNTRY:
        found = gazetteer.country_by_name(entity.label)
        qid = found.qid if found else None
    elif entity.type is EntityType.CITY:
        found = gazetteer.country_of_capital(entity.label)
        qid = found.capital_qid if found else None
    elif entity.type is EntityType.ORGANIZATION:
        found = gazetteer.organization_by_name(entity.label)
        qid = found.qid if found else None
    else:
        return None
    return qid


def _add_assertion(
    graph: Graph, fact: Fact, article: URIRef, subject_id: str, object_id: str, local_to_id: dict
) -> URIRef:
    node = assertion_iri(fact, subject_id, object_id)
    subject, obj, predicate = entity_iri(subject_id), entity_iri(object_id), PREDICATES[fact.relation]
    graph.add((node, RDF.type, KG.Assertion))
    graph.add((node, RDF.subject, subject))
    graph.add((node, RDF.predicate, predicate))
    graph.add((node, RDF.object, obj))
    graph.add((node, KG.fact, fact_iri(fact.relation, subject_id, object_id)))
    graph.add((node, KG.status, STATUSES[fact.status]))
    graph.add((node, PROV.wasDerivedFrom, article))
    graph.add((node, KG.evidence, Literal(fact.evidence)))
    graph.add((node, KG.charStart, Literal(fact.char_start, datatype=XSD.integer)))
    graph.add((node, KG.charEnd, Literal(fact.char_end, datatype=XSD.integer)))
    graph.add((node, KG.confidence, Literal(Decimal(str(fact.confidence)), datatype=XSD.decimal)))
    graph.add((node, KG.extractor, Literal(fact.extractor)))
    if fact.event_date:
        graph.add((node, KG.eventDate, Literal(fact.event_date.isoformat(), datatype=XSD.date)))
    if fact.location:
        graph.add((node, KG.location, entity_iri(local_to_id[(fact.doc_id, fact.location)])))
    if fact.status is Status.OCCURRED:
        graph.add((subject, predicate, obj))
        if fact.relation is Relation.MET_WITH:
            graph.add((obj, predicate, subject))  # symmetric: both directions, for queries without a reasoner
    return node
