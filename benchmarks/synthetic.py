"""A synthetic graph shaped like kg's output, of any size.

Random per-article results (:class:`kg.records.DocResult`: entities, mentions, facts with
statuses, dates, places and evidence sentences) over pools of people, organizations and places,
turned into RDF by kg's own graph stage (:func:`kg.graph.build_graph`), so every triple has the
shape a real build gives: articles, entities with labels, types and roles, mentions, one
assertion per fact with its provenance, direct edges, events.
"""
from __future__ import annotations

import datetime as dt
import random

from rdflib import Graph

from kg.graph import build_graph
from kg.namespace import ENTITY
from kg.records import Article, DocResult, Entity, EntityType, Fact, LocalEntity, Relation, Status

_SYLLABLES = ["ka", "lo", "mi", "ra", "te", "su", "no", "vi", "da", "ze", "po", "el", "an", "or", "is", "ul"]
_WORDS = ("the minister said talks with officials would continue after a meeting on trade and security "
          "in the capital while critics condemned the plan and urged leaders to visit the region").split()
_STATUSES = [Status.OCCURRED] * 6 + [Status.PLANNED] * 2 + [Status.REQUESTED, Status.NEGATED]


def _name(rng: random.Random, parts: int) -> str:
    return " ".join("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).title() for _ in range(parts))


def entity_pool(rng: random.Random, persons: int, organizations: int, places: int) -> list[Entity]:
    pool: list[Entity] = []
    for i in range(persons):
        label = f"{_name(rng, 2)} {i}"
        pool.append(Entity(id=f"person-{i}", label=label, type=EntityType.PERSON, alt_labels={label.split()[1]},
                           roles={rng.choice(["President of X", "Foreign Minister of Y", "Chief of Z"])}))
    for i in range(organizations):
        pool.append(Entity(id=f"org-{i}", label=f"{_name(rng, 1)} Organization {i}", type=EntityType.ORGANIZATION))
    for i in range(places):
        kind = EntityType.COUNTRY if i % 3 == 0 else EntityType.CITY
        pool.append(Entity(id=f"place-{i}", label=f"{_name(rng, 1)} {i}", type=kind))
    return pool


def article_results(rng: random.Random, number: int, pool: list[Entity], facts_per_article: int = 14):
    """``number`` synthetic DocResults, and the map from (doc_id, local key) to entity id."""
    people = [e for e in pool if e.type is EntityType.PERSON]
    actors = people + [e for e in pool if e.type is EntityType.ORGANIZATION]
    places = [e for e in pool if e.type in (EntityType.COUNTRY, EntityType.CITY)]
    local_to_id: dict[tuple[str, str], str] = {}
    results = []
    base = dt.date(2022, 1, 1)
    for n in range(number):
        doc_id = f"{n:06d}_{rng.getrandbits(48):012x}"
        chosen = rng.sample(actors, 8) + rng.sample(places, 3)
        entities = {}
        for entity in chosen:
            key = f"{entity.type.value.lower()}:{entity.id}"
            entities[key] = LocalEntity(key=key, label=entity.label, type=entity.type, forms={entity.label})
            local_to_id[(doc_id, key)] = entity.id
        keys = list(entities)
        actor_keys, place_keys = keys[:8], keys[8:]
        date = base + dt.timedelta(days=rng.randrange(700))
        facts, offset = [], 0
        text_parts = []
        for _ in range(facts_per_article):
            sentence = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(15, 35))).capitalize() + "."
            start, end = offset, offset + len(sentence)
            text_parts.append(sentence)
            offset = end + 1
            relation = rng.choice([Relation.MET_WITH, Relation.MET_WITH, Relation.CRITICIZED, Relation.VISITED])
            subject = rng.choice(actor_keys)
            obj = rng.choice(place_keys) if relation is Relation.VISITED else rng.choice([k for k in actor_keys if k != subject])
            facts.append(Fact(
                doc_id=doc_id, relation=relation, subject=subject, object=obj, status=rng.choice(_STATUSES),
                evidence=sentence, char_start=start, char_end=end, confidence=round(rng.uniform(0.5, 0.95), 2),
                extractor=f"{relation.value.lower()}.synthetic",
                event_date=date - dt.timedelta(days=rng.randrange(3)) if rng.random() < 0.4 else None,
                location=rng.choice(place_keys) if relation is Relation.MET_WITH and rng.random() < 0.3 else None,
            ))
        text = " ".join(text_parts)
        mentions = [(i * 7, i * 7 + 5, key) for i, key in enumerate(keys)]
        article = Article(doc_id=doc_id, text=text, title=f"Synthetic article {n}", date=date,
                          source=f"https://example.org/news/{n}")
        results.append(DocResult(article=article, entities=entities, mentions=mentions, facts=facts))
    return results, local_to_id


def synthetic_graph(target_triples: int = 1_000_000, seed: int = 7) -> Graph:
    """An rdflib graph shaped like kg's output with about ``target_triples`` triples."""
    rng = random.Random(seed)
    scale = max(1, target_triples // 1000)
    pool = entity_pool(rng, persons=max(20, scale * 5), organizations=max(10, scale), places=max(12, scale))
    entities = {e.id: e for e in pool}
    sample, sample_map = article_results(random.Random(seed + 1), 40, pool)
    graph = build_graph(sample, entities, sample_map)
    entity_triples = sum(1 for s, _p, _o in graph if str(s).startswith(str(ENTITY)))
    per_article = (len(graph) - entity_triples) / 40
    per_entity = 5  # type(s), label, alt labels, roles
    rng = random.Random(seed + 2)
    number = max(1, round((target_triples - per_entity * len(pool)) / per_article))
    results, local_to_id = article_results(rng, number, pool)
    return build_graph(results, entities, local_to_id)
