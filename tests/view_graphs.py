"""Graphs for the tests of the HTML views (kg.view): a small hand-made one, and a synthetic one
the size of a large corpus. Every name, place and sentence is invented."""
from __future__ import annotations

import datetime as dt
import random

import rdflib
from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from kg.namespace import ARTICLE, ASSERTION, ENTITY, KG

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
WIKIDATA = "http://www.wikidata.org/entity/"

# slug -> (types, label, alt labels, roles, wikidata id)
ENTITIES = {
    "mira-test": ([KG.Person], "Mira Okonkwo-Lind", ["Okonkwo-Lind"], ["foreign minister"], None),
    "tarn-council": ([KG.Organization], "Tarn Council", ["the Council"], [], "Q4242"),
    "velmora": ([KG.Place, KG.Country], "Velmora", [], [], "Q31"),
    "quillport": ([KG.Place, KG.City], "Quillport", [], [], None),
    "ashfolk": ([KG.Group], "Ashfolk", [], [], None),
    "joren-test": ([KG.Person], "Joren Åberg-Ruiz", ["Aberg"], [], None),
    "idle-person": ([KG.Person], "Idle Nobody", [], [], None),  # in no assertion
}

ARTICLES = {
    "000_a": ("First article", dt.date(2024, 3, 4), "https://example.org/news/1"),
    "001_b": ("Second article", dt.date(2024, 3, 5), None),
    "002_c": ("Third article", dt.date(2024, 4, 20), None),
}

# (id, subject, predicate, object, status, evidence, article, confidence, event date, place)
ASSERTIONS = [
    ("a1", "mira-test", KG.metWith, "tarn-council", KG.Occurred,
     "Mira Okonkwo-Lind met the Tarn Council in Quillport on Monday.", "001_b", "0.9", dt.date(2024, 3, 4), "quillport"),
    ("a2", "tarn-council", KG.metWith, "mira-test", KG.Occurred,
     "The Tarn Council held talks with Okonkwo-Lind.", "000_a", "0.7", None, None),
    ("a3", "mira-test", KG.visited, "quillport", KG.Occurred,
     "Okonkwo-Lind visited Quillport.", "000_a", "0.8", None, None),
    ("a4", "mira-test", KG.visited, "quillport", KG.Planned,
     "Okonkwo-Lind will return to Quillport in May.", "001_b", "0.6", None, None),
    ("a5", "velmora", KG.criticized, "ashfolk", KG.Negated,
     "Velmora did not condemn the Ashfolk.", "000_a", "0.5", None, None),
    ("a6", "ashfolk", KG.criticized, "tarn-council", KG.Occurred,
     "The Ashfolk denounced the Tarn Council.", "001_b", "0.85", None, None),
    ("a7", "joren-test", KG.visited, "velmora", KG.Requested,
     "Velmora asked Joren Åberg-Ruiz to visit.", "002_c", "0.6", None, None),
]


def triples(extra_entities=None, extra_assertions=None) -> list[tuple]:
    entities = {**ENTITIES, **(extra_entities or {})}
    out = []
    for slug, (types, label, alts, roles, qid) in entities.items():
        e = ENTITY[slug]
        out += [(e, RDF.type, t) for t in types]
        out.append((e, RDFS.label, Literal(label)))
        out += [(e, SKOS.altLabel, Literal(a)) for a in alts]
        out += [(e, KG.role, Literal(r)) for r in roles]
        if qid:
            out.append((e, OWL.sameAs, URIRef(WIKIDATA + qid)))
    for doc, (title, date, source) in ARTICLES.items():
        a = ARTICLE[doc]
        out += [
            (a, RDF.type, KG.Article),
            (a, DCTERMS.identifier, Literal(doc)),
            (a, DCTERMS.title, Literal(title)),
            (a, DCTERMS.date, Literal(date, datatype=XSD.date)),
        ]
        if source:
            out.append((a, DCTERMS.source, Literal(source)))
    for aid, s, p, o, status, ev, doc, conf, event_date, place in ASSERTIONS + list(extra_assertions or []):
        x = ASSERTION[aid]
        out += [
            (x, RDF.type, KG.Assertion),
            (x, RDF.subject, ENTITY[s]),
            (x, RDF.predicate, p),
            (x, RDF.object, ENTITY[o]),
            (x, KG.status, status),
            (x, KG.evidence, Literal(ev)),
            (x, KG.confidence, Literal(conf, datatype=XSD.decimal)),
            (x, PROV.wasDerivedFrom, ARTICLE[doc]),
        ]
        if event_date:
            out.append((x, KG.eventDate, Literal(event_date, datatype=XSD.date)))
        if place:
            out.append((x, KG.location, ENTITY[place]))
        if status == KG.Occurred:
            out.append((ENTITY[s], p, ENTITY[o]))
    return out


def make_graph(seed: int | None = None, extra: list[tuple] = (), **kwargs) -> rdflib.Graph:
    ts = triples(**kwargs) + list(extra)
    if seed is not None:
        random.Random(seed).shuffle(ts)
    g = rdflib.Graph()
    for t in ts:
        g.add(t)
    return g


def hostile_graph() -> rdflib.Graph:
    """Names, roles, titles and evidence carrying markup, as untrusted article text might."""
    extra_entities = {
        "evil": ([KG.Person], f"Eve {SCRIPT}", [f"Eve {IMG}"], [f"{IMG} minister"], None),
    }
    extra_assertions = [
        ("evil1", "evil", KG.criticized, "ashfolk", KG.Occurred,
         f"Eve said {SCRIPT} and {IMG} & more.", "002_c", "0.9", None, None),
    ]
    g = make_graph(extra_entities=extra_entities, extra_assertions=extra_assertions)
    g.set((ARTICLE["002_c"], DCTERMS.title, Literal(f"Title {IMG}")))
    return g


def synthetic_graph(entities: int = 3000, assertions: int = 10000, articles: int = 2091, seed: int = 5) -> rdflib.Graph:
    """A corpus-sized graph: hubs and a long tail (Zipf-like), three relations, four statuses."""
    rng = random.Random(seed)
    g = rdflib.Graph()
    add = g.add
    kinds = [(KG.Person,), (KG.Organization,), (KG.Place, KG.Country), (KG.Place, KG.City), (KG.Group,)]
    slugs = [f"e{i:05d}" for i in range(entities)]
    places = [s for i, s in enumerate(slugs) if i % 5 in (2, 3)]
    for i, slug in enumerate(slugs):
        e = ENTITY[slug]
        for t in kinds[i % 5]:
            add((e, RDF.type, t))
        add((e, RDFS.label, Literal(f"Name {i:05d}")))
        if i % 7 == 0:
            add((e, SKOS.altLabel, Literal(f"Alias {i:05d}")))
    start = dt.date(2020, 1, 1)
    for i in range(articles):
        a = ARTICLE[f"{i:04d}_synthetic"]
        add((a, RDF.type, KG.Article))
        add((a, DCTERMS.identifier, Literal(f"{i:04d}_synthetic")))
        add((a, DCTERMS.title, Literal(f"Synthetic article {i}")))
        add((a, DCTERMS.date, Literal(start + dt.timedelta(days=i % 900), datatype=XSD.date)))
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(entities)]
    place_weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(places))]
    subjects = rng.choices(slugs, weights, k=assertions)
    objects = rng.choices(slugs, weights, k=assertions)
    visited = rng.choices(places, place_weights, k=assertions)
    statuses = [KG.Occurred] * 6 + [KG.Planned, KG.Planned, KG.Requested, KG.Negated]
    for i in range(assertions):
        relation = (KG.metWith, KG.criticized, KG.visited)[i % 3]
        s = subjects[i]
        o = visited[i] if relation == KG.visited else objects[i]
        if s == o:
            continue
        x = ASSERTION[f"s{i:06d}"]
        status = rng.choice(statuses)
        add((x, RDF.type, KG.Assertion))
        add((x, RDF.subject, ENTITY[s]))
        add((x, RDF.predicate, relation))
        add((x, RDF.object, ENTITY[o]))
        add((x, KG.status, status))
        add((x, KG.evidence, Literal(f"Sentence {i} says that {s} and {o} did something.")))
        add((x, KG.confidence, Literal("0.8", datatype=XSD.decimal)))
        add((x, PROV.wasDerivedFrom, ARTICLE[f"{rng.randrange(articles):04d}_synthetic"]))
        if status == KG.Occurred:
            add((ENTITY[s], relation, ENTITY[o]))
    return g
