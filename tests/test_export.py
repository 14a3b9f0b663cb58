"""Tests for kg.export: Turtle and HTML output, atomic writes, the entity network."""
from __future__ import annotations

import datetime as dt
import os
import random
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import rdflib
from rdflib import RDF, RDFS, Literal
from rdflib.namespace import DCTERMS, PROV, SKOS

import pyvis
from kg import export
from kg.export import (
    atomic_write_text,
    embedded_network_data,
    entity_network,
    write_html,
    write_outputs,
    write_turtle,
)
import kg.namespace as kgns
from kg.namespace import ARTICLE, ASSERTION, ENTITY


SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
REMOTE = re.compile(r"""<(?:script|link)[^>]+(?:src|href)=["'](https?:)?//""", re.I)

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


def hostile_graph() -> rdflib.Graph:
    """Names and evidence carrying markup, as untrusted article text might."""
    evil_person = ENTITY["evil"]
    x = ASSERTION["evil1"]
    extra = [
        (evil_person, RDF.type, kgns.KG.Person),
        (evil_person, RDFS.label, Literal(f"Eve {SCRIPT}")),
        (evil_person, SKOS.altLabel, Literal(f"Eve {IMG} href")),
        (evil_person, kgns.KG.role, Literal(f"</script>{SCRIPT}")),
        (ARTICLE["002_evil"], DCTERMS.title, Literal(f"Title {IMG}")),
        (ARTICLE["002_evil"], DCTERMS.date, Literal(dt.date(2024, 3, 6), datatype=rdflib.XSD.date)),
        (x, RDF.type, kgns.KG.Assertion),
        (x, RDF.subject, evil_person),
        (x, RDF.predicate, kgns.KG.criticized),
        (x, RDF.object, ENTITY["velmora"]),
        (x, kgns.KG.status, kgns.KG.Occurred),
        (x, kgns.KG.evidence, Literal(f"Eve said {SCRIPT} and {IMG} & more.")),
        (x, PROV.wasDerivedFrom, ARTICLE["002_evil"]),
    ]
    return make_graph(extra=extra)


class PageParser(HTMLParser):
    """Collects the element names and the <script> bodies of a page, as a browser splits them."""

    def __init__(self):
        super().__init__()
        self.tags: set[str] = set()
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


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

    monkeypatch.setattr(export.os, step, boom)
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


# ----------------------------------------------------------------------------- entity network


def test_entity_network_nodes():
    net = entity_network(make_graph())
    expected = {str(ENTITY[s]) for s in ENTITIES if s != "idle-person"}
    assert set(net.nodes) == expected
    mira = net.nodes[str(ENTITY["mira-test"])]
    assert mira == {
        "label": "Mira Okonkwo-Lind",
        "type": "Person",
        "alt_labels": ["Okonkwo-Lind"],
        "roles": ["foreign minister"],
    }
    types = {net.nodes[str(ENTITY[s])]["type"] for s in ("velmora", "quillport", "ashfolk", "tarn-council")}
    assert types == {"Country", "City", "Group", "Organization"}
    assert net.nodes[str(ENTITY["velmora"])]["type"] == "Country"  # not its superclass Place
    assert net.nodes[str(ENTITY["quillport"])]["type"] == "City"


def test_entity_network_edges():
    net = entity_network(make_graph())
    # a1 and a2 are the same symmetric meeting; a3/a4 differ in status; a5, a6.
    assert net.number_of_edges() == 5
    summary = sorted(
        (u.rsplit("/", 1)[1], d["relation"], v.rsplit("/", 1)[1], d["status"], len(d["evidence"]))
        for u, v, d in net.edges(data=True)
    )
    assert summary == [
        ("ashfolk", "criticized", "tarn-council", "occurred", 1),
        ("mira-test", "metWith", "tarn-council", "occurred", 2),
        ("mira-test", "visited", "quillport", "occurred", 1),
        ("mira-test", "visited", "quillport", "planned", 1),
        ("velmora", "criticized", "ashfolk", "negated", 1),
    ]
    met = net.get_edge_data(str(ENTITY["mira-test"]), str(ENTITY["tarn-council"]))["metWith|occurred"]
    # sorted by article date: the 4 March article first
    assert met["evidence"] == [
        {
            "evidence": "The Tarn Council held talks with Okonkwo-Lind.",
            "article_title": "First article",
            "article_date": "2024-03-04",
            "article_id": "000_a",
            "event_date": None,
            "confidence": 0.7,
            "assertion": str(ASSERTION["a2"]),
        },
        {
            "evidence": "Mira Okonkwo-Lind met the Tarn Council on Monday.",
            "article_title": "Second article",
            "article_date": "2024-03-05",
            "article_id": "001_b",
            "event_date": "2024-03-04",
            "confidence": 0.9,
            "assertion": str(ASSERTION["a1"]),
        },
    ]


def test_entity_network_does_not_depend_on_triple_order():
    def dump(net):
        return (list(net.nodes(data=True)), list(net.edges(keys=True, data=True)))

    assert dump(entity_network(make_graph(seed=11))) == dump(entity_network(make_graph(seed=12)))


# ----------------------------------------------------------------------------- HTML


def test_html_is_offline_and_inlines_vis_network(tmp_path):
    path = tmp_path / "graph.html"
    write_html(make_graph(), path)
    page = path.read_text(encoding="utf-8")
    assert not REMOTE.search(page)
    assert "bootstrap" not in page.lower()
    assert not re.search(r"""url\(\s*["']?(?:https?:)?//""", page)
    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    vis_js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    vis_css = (lib / "vis-network.css").read_text(encoding="utf-8")
    # the library's code itself (its trailing source-map comment aside) is in the page
    assert vis_js.split("//# sourceMappingURL")[0].strip()[-5000:] in page
    assert vis_css.strip()[:2000] in page
    assert "new vis.Network(" in page
    assert listing(tmp_path) == ["graph.html"]


def test_html_holds_every_node_and_edge(tmp_path):
    g = make_graph()
    net = entity_network(g)
    path = tmp_path / "graph.html"
    write_html(g, path)
    nodes, edges = embedded_network_data(path.read_text(encoding="utf-8"))
    assert len(nodes) == net.number_of_nodes() == 5
    assert len(edges) == net.number_of_edges() == 5
    labels = {n["id"]: n["label"] for n in nodes}
    assert sorted(labels.values()) == sorted(d["label"] for _, d in net.nodes(data=True))

    by_label = {(labels[e["from"]], e["label"], labels[e["to"]]): e for e in edges}
    met = by_label[("Mira Okonkwo-Lind", "met with", "Tarn Council")]
    visit = by_label[("Mira Okonkwo-Lind", "visited", "Quillport")]
    planned = by_label[("Mira Okonkwo-Lind", "visited (planned)", "Quillport")]
    negated = by_label[("Velmora", "criticized (negated)", "Ashfolk")]
    assert met["arrows"]["to"]["enabled"] is False
    assert visit["arrows"]["to"]["enabled"] is True and negated["arrows"]["to"]["enabled"] is True
    assert (met["dashes"], visit["dashes"], planned["dashes"], negated["dashes"]) == (False, False, True, True)
    assert len({met["color"], visit["color"], negated["color"]}) == 3
    assert visit["color"] == planned["color"]
    # edge tooltip: relation, status, every evidence sentence with its article's title and date
    assert "Status: occurred" in met["title"]
    for sentence, title, date in [
        ("The Tarn Council held talks with Okonkwo-Lind.", "First article", "2024-03-04"),
        ("Mira Okonkwo-Lind met the Tarn Council on Monday.", "Second article", "2024-03-05"),
    ]:
        assert sentence in met["title"] and f"{title}, {date}" in met["title"]
    # node tooltip: name, type, other names
    mira = next(n for n in nodes if n["label"] == "Mira Okonkwo-Lind")
    assert mira["title"].splitlines()[:3] == ["Mira Okonkwo-Lind", "Type: Person", "Other names: Okonkwo-Lind"]
    colours = {n["label"]: n["color"] for n in nodes}
    assert len({colours["Mira Okonkwo-Lind"], colours["Tarn Council"], colours["Velmora"], colours["Ashfolk"]}) == 4


def test_html_has_legend_and_stops_physics(tmp_path):
    path = tmp_path / "graph.html"
    write_html(make_graph(), path)
    page = path.read_text(encoding="utf-8")
    legend = page[page.index('<div id="kg-legend">'):]
    legend = legend[: legend.index("</div></div>")]
    for word in ("Person", "Organization", "Country", "City", "Place", "Group", "met with", "criticized", "visited"):
        assert word in legend
    assert '"solver": "barnesHut"' in page
    assert re.search(r'"stabilization": \{"enabled": true', page)
    assert re.search(r'stabilizationIterationsDone", function \(\) \{\s*network\.setOptions\(\{physics: false\}\)', page)


def test_html_is_deterministic(tmp_path):
    first, second = tmp_path / "one.html", tmp_path / "two.html"
    write_html(make_graph(seed=21), first)
    write_html(make_graph(seed=22), second)
    assert first.read_bytes() == second.read_bytes()


def test_markup_in_names_and_evidence_never_reaches_the_page_raw(tmp_path):
    path = tmp_path / "graph.html"
    write_html(hostile_graph(), path)
    page = path.read_text(encoding="utf-8")
    for raw in (SCRIPT, IMG, "alert(1)</script>", "<img src=x", "</script><script>"):
        assert raw not in page
    # parsed as a browser would: the data cannot end its <script> early or add elements
    parsed = PageParser()
    parsed.feed(page)
    assert parsed.tags <= {"html", "head", "meta", "script", "style", "title", "body", "div", "span", "strong"}
    data_scripts = [body for body in parsed.scripts if "new vis.DataSet(" in body]
    assert len(data_scripts) == 1
    assert data_scripts[0].count("new vis.DataSet(") == 2 and "network.setOptions({physics: false})" in data_scripts[0]
    # the text survives as data, escaped inside the JSON ...
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page
    nodes, edges = embedded_network_data(page)
    eve = next(n for n in nodes if n["label"].startswith("Eve"))
    assert eve["label"] == f"Eve {SCRIPT}"
    assert f"Eve {IMG} href" in eve["title"]
    assert any(f"Eve said {SCRIPT} and {IMG} & more." in e["title"] for e in edges)
    # ... and is shown as text: a title containing "href" must not switch pyvis to its
    # innerHTML popup
    assert "innerHTML = nodeData" not in page
    assert ".vis-tooltip {\n            display:none" not in page


def test_write_outputs(tmp_path):
    out = tmp_path / "out"
    ttl, page = write_outputs(make_graph(), out)
    assert (ttl, page) == (out / "graph.ttl", out / "graph.html")
    assert listing(out) == ["graph.html", "graph.ttl"]
    assert set(rdflib.Graph().parse(ttl, format="turtle")) == set(make_graph())
    assert len(embedded_network_data(page.read_text(encoding="utf-8"))[0]) == 5
