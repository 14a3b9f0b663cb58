"""Tests for kg.export: Turtle output, atomic writes, write_outputs. The HTML views and the entity
network are tested in tests/test_view.py and tests/browser/."""
from __future__ import annotations

import datetime as dt
import os
import random
from pathlib import Path

import pytest
import rdflib
from rdflib import RDF, RDFS, Literal
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg import atomic
from kg.export import (
    atomic_write_text,
    embedded_network_data,
    write_outputs,
    write_turtle,
)
import kg.namespace as kgns
from kg.namespace import ARTICLE, ASSERTION, ENTITY

# Invented people, bodies and places.
ENTITIES = {
    "mira-test": (kgns.KG.Person, "Mira Okonkwo-Lind", ["Okonkwo-Lind"], ["foreign minister"]),
    "tarn-council": (kgns.KG.Organization, "Tarn Council", ["the Council"], []),
    "velmora": ([kgns.KG.Place, kgns.KG.Country], "Velmora", [], []),
    "quillport": ([kgns.KG.Place, kgns.KG.City], "Quillport", [], []),
    "ashfolk": (kgns.KG.Group, "Ashfolk", [], []),
    "idle-person": (kgns.KG.Person, "Idle Nobody", [], []),  # in no assertion
}

ARTICLES = {
    "001_b": ("Second article", dt.date(2024, 3, 5)),
    "000_a": ("First article", dt.date(2024, 3, 4)),
}

# (id, subject, predicate, object, status, evidence, article, confidence, event date)
ASSERTIONS = [
    ("a1", "mira-test", kgns.KG.metWith, "tarn-council", kgns.KG.Occurred,
     "Mira Okonkwo-Lind met the Tarn Council on Monday.", "001_b", "0.9", dt.date(2024, 3, 4)),
    ("a2", "tarn-council", kgns.KG.metWith, "mira-test", kgns.KG.Occurred,
     "The Tarn Council held talks with Okonkwo-Lind.", "000_a", "0.7", None),
    ("a3", "mira-test", kgns.KG.visited, "quillport", kgns.KG.Occurred,
     "Okonkwo-Lind visited Quillport.", "000_a", "0.8", None),
    ("a4", "mira-test", kgns.KG.visited, "quillport", kgns.KG.Planned,
     "Okonkwo-Lind will return to Quillport in May.", "001_b", "0.6", None),
    ("a5", "velmora", kgns.KG.criticized, "ashfolk", kgns.KG.Negated,
     "Velmora did not condemn the Ashfolk.", "000_a", "0.5", None),
    ("a6", "ashfolk", kgns.KG.criticized, "tarn-council", kgns.KG.Occurred,
     "The Ashfolk denounced the Tarn Council.", "001_b", "0.85", None),
]


def triples() -> list[tuple]:
    out = []
    for slug, (types, label, alts, roles) in ENTITIES.items():
        e = ENTITY[slug]
        for t in types if isinstance(types, list) else [types]:
            out.append((e, RDF.type, t))
        out.append((e, RDFS.label, Literal(label)))
        out += [(e, SKOS.altLabel, Literal(a)) for a in alts]
        out += [(e, kgns.KG.role, Literal(r)) for r in roles]
    for doc, (title, date) in ARTICLES.items():
        a = ARTICLE[doc]
        out += [
            (a, RDF.type, kgns.KG.Article),
            (a, DCTERMS.identifier, Literal(doc)),
            (a, DCTERMS.title, Literal(title)),
            (a, DCTERMS.date, Literal(date, datatype=rdflib.XSD.date)),
        ]
    for aid, s, p, o, status, ev, doc, conf, event_date in ASSERTIONS:
        x = ASSERTION[aid]
        out += [
            (x, RDF.type, kgns.KG.Assertion),
            (x, RDF.subject, ENTITY[s]),
            (x, RDF.predicate, p),
            (x, RDF.object, ENTITY[o]),
            (x, kgns.KG.status, status),
            (x, kgns.KG.evidence, Literal(ev)),
            (x, kgns.KG.confidence, Literal(conf, datatype=rdflib.XSD.decimal)),
            (x, PROV.wasDerivedFrom, ARTICLE[doc]),
        ]
        if event_date:
            out.append((x, kgns.KG.eventDate, Literal(event_date, datatype=rdflib.XSD.date)))
        if status == kgns.KG.Occurred and p == kgns.KG.metWith:
            out.append((ENTITY[s], p, ENTITY[o]))
    return out


def make_graph(seed: int | None = None, extra: list[tuple] = ()) -> rdflib.Graph:
    ts = triples() + list(extra)
    prefixes = [("skos", SKOS), ("prov", PROV), ("dcterms", DCTERMS), ("kg", kgns.KG._NS)]
    if seed is not None:
        rng = random.Random(seed)
        rng.shuffle(ts)
        rng.shuffle(prefixes)
    g = rdflib.Graph()
    for prefix, ns in prefixes:
        g.bind(prefix, ns)
    for t in ts:
        g.add(t)
    return g


def listing(directory: Path) -> list[str]:
    return sorted(os.listdir(directory))


# ----------------------------------------------------------------------------- Turtle


def test_turtle_round_trips_and_binds_kg(tmp_path):
    g = rdflib.Graph()  # kg: not bound by the caller
    for t in triples():
        g.add(t)
    path = tmp_path / "graph.ttl"
    write_turtle(g, path)
    text = path.read_text(encoding="utf-8")
    assert "@prefix kg: <https://w3id.org/kg-news/ontology#> ." in text
    back = rdflib.Graph().parse(path, format="turtle")
    assert set(back) == set(g)
    assert len(back) == len(triples())


def test_turtle_is_byte_identical_across_insertion_orders(tmp_path):
    first, second = tmp_path / "one.ttl", tmp_path / "two.ttl"
    write_turtle(make_graph(seed=1), first)
    write_turtle(make_graph(seed=2), second)
    assert first.read_bytes() == second.read_bytes()
    write_turtle(make_graph(seed=3), first)  # overwrite in place: still the same bytes
    assert first.read_bytes() == second.read_bytes()


def test_turtle_write_leaves_no_temp_files(tmp_path):
    write_turtle(make_graph(), tmp_path / "graph.ttl")
    write_turtle(make_graph(seed=5), tmp_path / "graph.ttl")
    assert listing(tmp_path) == ["graph.ttl"]


def test_failed_serialization_keeps_old_file(tmp_path, monkeypatch):
    path = tmp_path / "graph.ttl"
    path.write_text("old content\n", encoding="utf-8")

    def boom(self, *args, **kwargs):
        raise RuntimeError("serializer exploded")

    monkeypatch.setattr(rdflib.Graph, "serialize", boom)
    with pytest.raises(RuntimeError, match="exploded"):
        write_turtle(make_graph(), path)
    assert path.read_text(encoding="utf-8") == "old content\n"
    assert listing(tmp_path) == ["graph.ttl"]


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_failure_after_temp_file_keeps_old_file_and_cleans_up(tmp_path, monkeypatch, step):
    path = tmp_path / "graph.html"
    path.write_text("old page", encoding="utf-8")

    def boom(*args, **kwargs):
        raise OSError(f"{step} failed")

    monkeypatch.setattr(atomic.os, step, boom)
    with pytest.raises(OSError, match=step):
        atomic_write_text(path, "new page")
    assert path.read_text(encoding="utf-8") == "old page"
    assert listing(tmp_path) == ["graph.html"]


def test_atomic_write_replaces_content_with_normal_permissions(tmp_path):
    path = tmp_path / "sub" / "out.txt"
    old_umask = os.umask(0o022)
    try:
        atomic_write_text(path, "first \u00e9")
        assert path.read_bytes() == "first \u00e9".encode("utf-8")
        assert path.stat().st_mode & 0o777 == 0o644  # not mkstemp's 0600
        atomic_write_text(path, "second")
    finally:
        os.umask(old_umask)
    assert path.read_text(encoding="utf-8") == "second"
    assert listing(path.parent) == ["out.txt"]


def test_write_outputs(tmp_path):
    out = tmp_path / "out"
    ttl, page = write_outputs(make_graph(), out)
    assert (ttl, page) == (out / "graph.ttl", out / "graph.html")
    assert {"facts.html", "graph.html", "graph.ttl"} <= set(listing(out))
    assert not [name for name in listing(out) if name.endswith(".tmp")]
    assert set(rdflib.Graph().parse(ttl, format="turtle")) == set(make_graph())
    assert len(embedded_network_data(page.read_text(encoding="utf-8"))[0]) == 5
