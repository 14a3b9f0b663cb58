"""Extraction quality that must not slip: the seed gold, the dev set, the held-out sets.

The floors sit a little under the figures measured when they were set (README, "Extraction
quality"), so a change that loses facts fails here. The held-out sets were annotated
independently; "heldout" is kept clean: its errors are not read, only its scores ("fresh" and
"fresh2" were, until their misses were read).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDFS, Graph
from rdflib.namespace import SKOS

from kg.evaluate import confidence_split, evaluate, load_entities, normalize
from kg.pipeline import build_knowledge_graph, process

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ROOT = FIXTURES.parents[1]
SETS = {
    "seed": (ROOT / "data" / "articles", FIXTURES / "seeds.gold.jsonl", FIXTURES / "seeds.entities.json"),
    "dev": (FIXTURES / "dev" / "articles", FIXTURES / "dev.gold.jsonl", FIXTURES / "dev.entities.json"),
    "dev2": (
        FIXTURES / "dev2" / "articles",
        FIXTURES / "dev2" / "dev2.gold.jsonl",
        FIXTURES / "dev2" / "dev2.entities.json",
    ),
    "heldout": (
        FIXTURES / "heldout" / "articles",
        FIXTURES / "heldout" / "heldout.gold.jsonl",
        FIXTURES / "heldout" / "heldout.entities.json",
    ),
    "fresh": (
        FIXTURES / "fresh" / "articles",
        FIXTURES / "fresh" / "fresh.gold.jsonl",
        FIXTURES / "fresh" / "fresh.entities.json",
    ),
    "fresh2": (
        FIXTURES / "fresh2" / "articles",
        FIXTURES / "fresh2" / "fresh2.gold.jsonl",
        FIXTURES / "fresh2" / "fresh2.entities.json",
    ),
}


@pytest.fixture(scope="module")
def graphs(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("quality")
    paths = {}
    for name, (articles, _gold, _entities) in SETS.items():
        graph = build_knowledge_graph(process([articles]))
        paths[name] = out / f"{name}.ttl"
        graph.serialize(paths[name], format="turtle")
    return paths


def _report(graphs, name):
    _articles, gold, entities = SETS[name]
    return evaluate(graphs[name], gold, entities)


def test_seed_gold(graphs):
    report = _report(graphs, "seed")
    occurred = report.row("ALL", "occurred")
    assert occurred.precision >= 0.9 and occurred.recall >= 0.9, report.format()
    assert report.row("ALL", "non-occurred").f1 >= 0.85, report.format()


# per set: occurred F1, occurred precision, non-occurred F1 (None: not held); first measured
# before any rule was tuned on them: dev2 at occurred F1 0.406, fresh 0.372, fresh2 0.466
FLOORS = {
    "dev": (0.85, 0.92, 0.88),
    "dev2": (0.75, 0.95, 0.85),
    "heldout": (0.72, 0.91, 0.48),
    "fresh": (0.70, 0.92, 0.80),
    "fresh2": (0.60, 0.70, None),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_set_keeps_its_floors(graphs, name):
    occurred_f1, occurred_precision, other_f1 = FLOORS[name]
    report = _report(graphs, name)
    assert report.row("ALL", "occurred").f1 >= occurred_f1, report.format()
    assert report.row("ALL", "occurred").precision >= occurred_precision, report.format()
    if other_f1 is not None:
        assert report.row("ALL", "non-occurred").f1 >= other_f1, report.format()


def test_confidence_ranks_facts_on_the_dev_set(graphs):
    _articles, gold, entities = SETS["dev"]
    split = confidence_split(graphs["dev"], gold, entities)
    assert split.top_precision > split.bottom_precision, split


def test_no_seed_entity_is_split_and_none_merged(graphs):
    """Each gold entity is one node; no node stands for two gold entities."""
    graph = Graph().parse(graphs["seed"], format="turtle")
    spec = load_entities(SETS["seed"][2])
    owner = {normalize(alias): name for name, entity in spec.items() for alias in (name, *entity.aliases)}
    nodes_of: dict[str, set] = {}
    for node, label in graph.subject_objects(RDFS.label):
        names = {owner.get(normalize(str(label)))}
        names |= {owner.get(normalize(str(alt))) for alt in graph.objects(node, SKOS.altLabel)}
        canonical = owner.get(normalize(str(label)))
        if canonical is not None:
            nodes_of.setdefault(canonical, set()).add(node)
        known = {n for n in names if n is not None}
        assert len(known) <= 1 or canonical is None, f"{label} merges {sorted(known)}"
    split = {name: nodes for name, nodes in nodes_of.items() if len(nodes) > 1}
    assert not split, split
