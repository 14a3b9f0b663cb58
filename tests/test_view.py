"""Tests for kg.view: the entity network, the network page and the facts page, read as files.
(tests/browser/ opens the same pages in Chromium.)"""
from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import networkx as nx
import pytest
import pyvis

from kg.export import embedded_network_data as exported_embedded_network_data
from kg.export import entity_network as exported_entity_network
from kg.export import write_html as exported_write_html
from kg.export import write_outputs
from kg.namespace import ENTITY
from kg.settings import Settings
from kg.view import (
    DEFAULT_MAX_NODES,
    collect_facts,
    embedded_facts_data,
    embedded_network_data,
    embedded_view_data,
    entity_network,
    layout,
    write_facts_html,
    write_html,
)
from view_graphs import IMG, SCRIPT, hostile_graph, make_graph, synthetic_graph

REMOTE = re.compile(
    r"""<(?:script|link|img|iframe|source|embed|object)\b[^>]*\b(?:src|href|data)\s*=\s*["']?(?:https?:)?//"""
    r"""|url\(\s*["']?(?:https?:)?//|@import""",
    re.I,
)


def iri(slug: str) -> str:
    return str(ENTITY[slug])


class PageParser(HTMLParser):
    """The elements, attributes and <script> bodies of a page, as a browser's parser splits them."""

    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str | None]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._script: dict | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [(tag, k, v) for k, v in attrs]
        if tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            attrs, body = self.scripts[-1]
            self.scripts[-1] = (attrs, body + data)


def parse(page: str) -> PageParser:
    parser = PageParser()
    parser.feed(page)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    out = tmp_path_factory.mktemp("pages")
    write_html(make_graph(), out / "graph.html", facts_path=out / "facts.html")
    return out


@pytest.fixture(scope="module")
def page(pages) -> str:
    return (pages / "graph.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def data(page) -> dict:
    return embedded_view_data(page)


# ----------------------------------------------------------------------------- entity network


def test_kg_export_still_offers_the_html_functions():
    assert exported_write_html is write_html
    assert exported_entity_network is entity_network
    assert exported_embedded_network_data is embedded_network_data


def test_entity_network_nodes():
    net = entity_network(make_graph())
    assert set(net.nodes) == {iri(s) for s in view_graphs_entities() if s != "idle-person"}
    assert net.nodes[iri("mira-test")] == {
        "label": "Mira Okonkwo-Lind",
        "type": "Person",
        "alt_labels": ["Okonkwo-Lind"],
        "roles": ["foreign minister"],
        "wikidata": None,
    }
    types = {slug: net.nodes[iri(slug)]["type"] for slug in ("velmora", "quillport", "ashfolk", "tarn-council")}
    assert types == {"velmora": "Country", "quillport": "City", "ashfolk": "Group", "tarn-council": "Organization"}
    assert net.nodes[iri("tarn-council")]["wikidata"] == "Q4242"  # from owl:sameAs wikidata:Q4242
    assert net.nodes[iri("velmora")]["wikidata"] == "Q31"


def view_graphs_entities():
    from view_graphs import ENTITIES

    return ENTITIES


def test_entity_network_edges_and_evidence():
    net = entity_network(make_graph())
    summary = sorted(
        (u.rsplit("/", 1)[1], d["relation"], v.rsplit("/", 1)[1], d["status"], len(d["evidence"]))
        for u, v, d in net.edges(data=True)
    )
    # a1 and a2 are one symmetric meeting; a3/a4 differ in status.
    assert summary == [
        ("ashfolk", "criticized", "tarn-council", "occurred", 1),
        ("joren-test", "visited", "velmora", "requested", 1),
        ("mira-test", "metWith", "tarn-council", "occurred", 2),
        ("mira-test", "visited", "quillport", "occurred", 1),
        ("mira-test", "visited", "quillport", "planned", 1),
        ("velmora", "criticized", "ashfolk", "negated", 1),
    ]
    met = net.get_edge_data(iri("mira-test"), iri("tarn-council"))["metWith|occurred"]
    assert met["evidence"] == [  # sorted by article date
        {
            "evidence": "The Tarn Council held talks with Okonkwo-Lind.",
            "article_title": "First article",
            "article_date": "2024-03-04",
            "article_id": "000_a",
            "article_source": "https://example.org/news/1",
            "event_date": None,
            "place": None,
            "confidence": 0.7,
            "assertion": "https://w3id.org/kg-news/id/assertion/a2",
        },
        {
            "evidence": "Mira Okonkwo-Lind met the Tarn Council in Quillport on Monday.",
            "article_title": "Second article",
            "article_date": "2024-03-05",
            "article_id": "001_b",
            "article_source": None,
            "event_date": "2024-03-04",
            "place": "Quillport",
            "confidence": 0.9,
            "assertion": "https://w3id.org/kg-news/id/assertion/a1",
        },
    ]


def test_entity_network_does_not_depend_on_triple_order():
    def dump(net):
        return (list(net.nodes(data=True)), list(net.edges(keys=True, data=True)))

    assert dump(entity_network(make_graph(seed=11))) == dump(entity_network(make_graph(seed=12)))


def test_collect_facts_one_row_per_assertion_and_article():
    entities, facts = collect_facts(make_graph())
    assert len(facts) == 7
    assert {f["assertion"].rsplit("/", 1)[1] for f in facts} == {f"a{i}" for i in range(1, 8)}
    assert "idle-person" not in {e.rsplit("/", 1)[1] for e in entities}
    a1 = next(f for f in facts if f["assertion"].endswith("/a1"))
    assert (a1["subject"], a1["object"]) == (iri("mira-test"), iri("tarn-council"))  # smaller IRI first
    assert a1["place"] == "Quillport"


# ----------------------------------------------------------------------------- the network page


def test_page_is_self_contained_and_inlines_vis_network(page):
    assert not REMOTE.search(page)
    assert "bootstrap" not in page.lower() and "cdn.jsdelivr" not in page.lower()
    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    vis_js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    vis_css = (lib / "vis-network.css").read_text(encoding="utf-8")
    assert vis_js.split("//# sourceMappingURL")[0].strip()[-5000:] in page
    assert vis_css.strip()[:2000] in page
    assert "sourceMappingURL" not in page
    parsed = parse(page)
    assert not [(t, k, v) for t, k, v in parsed.attrs if k in ("src", "href") and t in ("script", "link", "img")
                and not (v or "").startswith("data:")]
    # every script is inline; a Content-Security-Policy forbids fetching anything and runs only them
    executable = [body for attrs, body in parsed.scripts if attrs.get("type") != "application/json"]
    assert len(executable) == 2 and "new vis.Network(" in executable[1]
    csp = next(v for t, k, v in parsed.attrs if t == "meta" and k == "content" and "default-src" in (v or ""))
    assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    for body in executable:
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
        assert f"'sha256-{digest}'" in csp


def test_page_holds_every_node_and_edge_with_positions(data):
    net = entity_network(make_graph())
    nodes, edges = data["nodes"], data["edges"]
    assert len(nodes) == net.number_of_nodes() == 6
    assert len(edges) == net.number_of_edges() == 6
    assert sorted(n["label"] for n in nodes) == sorted(d["label"] for _, d in net.nodes(data=True))
    for n in nodes:  # positions computed in Python: the browser never lays anything out
        assert isinstance(n["x"], int) and isinstance(n["y"], int)
        assert "title" not in n  # no vis-network tooltips (they can render HTML)
    assert all("title" not in e for e in edges)
    assert len({(n["x"], n["y"]) for n in nodes}) == len(nodes)
    meta = data["meta"]
    assert (meta["entities_total"], meta["entities_shown"], meta["entities_left_out"]) == (6, 6, 0)
    assert meta["facts_total"] == meta["facts_shown"] == 7


def test_page_styles_relations_statuses_types_and_sizes(data):
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    by = {(labels[e["from"]], e["relation"], labels[e["to"]], e["status"]): e for e in data["edges"]}
    met = by[("Mira Okonkwo-Lind", "metWith", "Tarn Council", "occurred")]
    visit = by[("Mira Okonkwo-Lind", "visited", "Quillport", "occurred")]
    planned = by[("Mira Okonkwo-Lind", "visited", "Quillport", "planned")]
    requested = by[("Joren Åberg-Ruiz", "visited", "Velmora", "requested")]
    negated = by[("Velmora", "criticized", "Ashfolk", "negated")]
    criticized = by[("Ashfolk", "criticized", "Tarn Council", "occurred")]
    # arrows for directed relations only
    assert met["arrows"]["to"]["enabled"] is False
    assert all(e["arrows"]["to"]["enabled"] is True for e in (visit, planned, negated, criticized))
    # solid when it happened, a distinct dash pattern per other status
    assert (met["dashes"], visit["dashes"], criticized["dashes"]) == (False, False, False)
    assert len({str(planned["dashes"]), str(requested["dashes"]), str(negated["dashes"])}) == 3
    assert all(isinstance(e["dashes"], list) for e in (planned, requested, negated))
    # colour per relation
    assert len({met["color"]["color"], visit["color"]["color"], criticized["color"]["color"]}) == 3
    assert visit["color"]["color"] == planned["color"]["color"] and negated["color"]["color"] == criticized["color"]["color"]
    # width by number of distinct source articles: the meeting is reported by two
    assert (met["sources"], visit["sources"]) == (2, 1)
    assert met["width"] > visit["width"]
    # the parallel visits (occurred, planned) fan out instead of being drawn on top of each other
    assert visit["smooth"] != planned["smooth"]
    # node colour per type, size by number of linked entities
    nodes = {n["label"]: n for n in data["nodes"]}
    colours = {label: nodes[label]["color"]["background"] for label in nodes}
    assert len({colours["Mira Okonkwo-Lind"], colours["Tarn Council"], colours["Velmora"], colours["Ashfolk"],
                colours["Quillport"]}) == 5
    assert colours["Mira Okonkwo-Lind"] == colours["Joren Åberg-Ruiz"]  # both Person
    assert nodes["Tarn Council"]["size"] > nodes["Quillport"]["size"]  # 2 neighbours against 1
    assert nodes["Tarn Council"]["font"]["size"] >= nodes["Quillport"]["font"]["size"] >= 14
    # legend entries (the filters) list only what is there, with counts
    assert [t["name"] for t in data["types"]] == ["Person", "Organization", "Country", "City", "Group"]
    assert {r["name"]: (r["label"], r["directed"], r["count"]) for r in data["relations"]} == {
        "metWith": ("met with", False, 1), "criticized": ("criticized", True, 2), "visited": ("visited", True, 3),
    }
    assert [s["name"] for s in data["statuses"]] == ["occurred", "planned", "requested", "negated"]


def test_cards_have_names_roles_wikidata_counts_and_evidence(data):
    cards = {c["label"]: c for c in data["cards"]}
    mira = cards["Mira Okonkwo-Lind"]
    assert (mira["alt"], mira["roles"], mira["type"], mira["wikidata"]) == (
        ["Okonkwo-Lind"], ["foreign minister"], "Person", None)
    assert mira["counts"] == [
        ["metWith", "with", "occurred", 2], ["visited", "out", "occurred", 1], ["visited", "out", "planned", 1],
    ]
    assert (mira["degree"], mira["facts"], mira["articles"]) == (2, 4, 2)
    assert cards["Tarn Council"]["wikidata"] == "Q4242"
    assert cards["Tarn Council"]["counts"] == [["metWith", "with", "occurred", 2], ["criticized", "in", "occurred", 1]]
    # each card sits beside its node
    assert [c["label"] for c in data["cards"]] == [n["label"] for n in data["nodes"]]
    # edge evidence: every sentence with its article's title and date, the event date and place
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    index = next(i for i, e in enumerate(data["edges"])
                 if e["relation"] == "metWith" and labels[e["from"]] == "Mira Okonkwo-Lind")
    assert data["evidence"][index] == [
        {"text": "The Tarn Council held talks with Okonkwo-Lind.", "title": "First article", "date": "2024-03-04",
         "article": "000_a", "source": "https://example.org/news/1", "event_date": None, "place": None,
         "confidence": 0.7},
        {"text": "Mira Okonkwo-Lind met the Tarn Council in Quillport on Monday.", "title": "Second article",
         "date": "2024-03-05", "article": "001_b", "source": None, "event_date": "2024-03-04",
         "place": "Quillport", "confidence": 0.9},
    ]
    # the date filter's range: event dates, else article dates
    assert data["dates"] == {"min": "2024-03-04", "max": "2024-04-20"}


def test_page_is_deterministic(tmp_path):
    first, second = tmp_path / "one.html", tmp_path / "two.html"
    write_html(make_graph(seed=21), first)
    write_html(make_graph(seed=22), second)
    assert first.read_bytes() == second.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.html", "two.html"]  # no facts page asked for


def test_pages_link_to_each_other(pages, data):
    assert data["meta"]["facts_href"] == "facts.html"
    assert 'href="facts.html"' in (pages / "graph.html").read_text(encoding="utf-8")
    facts = (pages / "facts.html").read_text(encoding="utf-8")
    assert 'href="graph.html"' in facts
    assert embedded_facts_data(facts)["graph_href"] == "graph.html"


def test_page_without_any_fact(tmp_path):
    import rdflib

    write_html(rdflib.Graph(), tmp_path / "graph.html", facts_path=tmp_path / "facts.html")
    data = embedded_view_data((tmp_path / "graph.html").read_text(encoding="utf-8"))
    assert (data["nodes"], data["edges"], data["dates"]) == ([], [], None)
    assert embedded_facts_data((tmp_path / "facts.html").read_text(encoding="utf-8"))["rows"] == []


# ----------------------------------------------------------------------------- escaping


def test_markup_in_names_titles_and_evidence_never_reaches_the_page_raw(tmp_path):
    write_html(hostile_graph(), tmp_path / "graph.html", facts_path=tmp_path / "facts.html")
    for name in ("graph.html", "facts.html"):
        page = (tmp_path / name).read_text(encoding="utf-8")
        for raw in (SCRIPT, IMG, "alert(1)</script>", "<img", "<!--"):
            assert raw not in page, (name, raw)
        parsed = parse(page)
        assert "img" not in parsed.tags and "iframe" not in parsed.tags
        # the data cannot end its <script> element early: one JSON block, the page's own scripts
        data_blocks = [body for attrs, body in parsed.scripts if attrs.get("type") == "application/json"]
        assert len(data_blocks) == 1 and not re.search(r"[<>&']", data_blocks[0])
        assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in data_blocks[0]
        # and the page's own JavaScript never turns data into markup
        for _attrs, body in parsed.scripts[1 if name == "facts.html" else 2:]:
            assert "innerHTML" not in body and "insertAdjacentHTML" not in body and "document.write" not in body
    # the text survives as data
    data = embedded_view_data((tmp_path / "graph.html").read_text(encoding="utf-8"))
    eve = next(c for c in data["cards"] if c["label"].startswith("Eve"))
    assert (eve["label"], eve["alt"], eve["roles"]) == (f"Eve {SCRIPT}", [f"Eve {IMG}"], [f"{IMG} minister"])
    texts = [item["text"] for ev in data["evidence"] for item in ev]
    titles = [item["title"] for ev in data["evidence"] for item in ev]
    assert f"Eve said {SCRIPT} and {IMG} & more." in texts and f"Title {IMG}" in titles
    rows = embedded_facts_data((tmp_path / "facts.html").read_text(encoding="utf-8"))["rows"]
    assert any(r[0] == f"Eve {SCRIPT}" and r[10] == f"Eve said {SCRIPT} and {IMG} & more." for r in rows)


def test_only_web_links_and_wikidata_ids_are_kept(tmp_path):
    from rdflib import Literal, URIRef
    from rdflib.namespace import DCTERMS, OWL

    from kg.namespace import ARTICLE

    g = make_graph()
    g.set((ARTICLE["000_a"], DCTERMS.source, Literal("javascript:alert(1)")))
    g.add((ENTITY["ashfolk"], OWL.sameAs, URIRef("http://example.org/not-wikidata")))
    g.add((ENTITY["quillport"], OWL.sameAs, URIRef("https://www.wikidata.org/wiki/Q9\"><b>")))
    entities, facts = collect_facts(g)
    assert {f["article_source"] for f in facts} == {None}
    assert entities[iri("ashfolk")]["wikidata"] is None and entities[iri("quillport")]["wikidata"] is None


# ----------------------------------------------------------------------------- the facts page


def test_facts_page_lists_every_fact(pages):
    table = embedded_facts_data((pages / "facts.html").read_text(encoding="utf-8"))
    cols = table["columns"]
    assert cols[:12] == ["subject", "relation", "object", "status", "date", "place", "article", "article_date",
                         "article_id", "source", "evidence", "confidence"]
    rows = [dict(zip(cols, r)) for r in table["rows"]]
    assert len(rows) == 7
    a1 = next(r for r in rows if r["evidence"].startswith("Mira Okonkwo-Lind met"))
    assert a1 == {
        "subject": "Mira Okonkwo-Lind", "relation": "met with", "object": "Tarn Council", "status": "occurred",
        "date": "2024-03-04", "place": "Quillport", "article": "Second article", "article_date": "2024-03-05",
        "article_id": "001_b", "source": None, "evidence": "Mira Okonkwo-Lind met the Tarn Council in Quillport on Monday.",
        "confidence": 0.9, "subject_type": "Person", "object_type": "Organization",
        "subject_iri": iri("mira-test"), "object_iri": iri("tarn-council"),
    }
    assert table["relations"] == ["criticized", "met with", "visited"]
    assert table["statuses"] == ["occurred", "planned", "requested", "negated"]
    # rows in article order
    assert [r["article_date"] for r in rows] == sorted(r["article_date"] for r in rows)


def test_write_facts_html_alone(tmp_path):
    write_facts_html(make_graph(), tmp_path / "facts.html")
    page = (tmp_path / "facts.html").read_text(encoding="utf-8")
    assert len(embedded_facts_data(page)["rows"]) == 7
    assert not REMOTE.search(page) and "graph.html" not in page


def test_write_outputs_writes_both_pages(tmp_path):
    ttl, page = write_outputs(make_graph(), tmp_path, max_nodes=3)
    assert page == tmp_path / "graph.html" and (tmp_path / "facts.html").is_file()
    data = embedded_view_data(page.read_text(encoding="utf-8"))
    assert data["meta"]["entities_shown"] == 3 and data["meta"]["entities_left_out"] == 3
    assert len(embedded_facts_data((tmp_path / "facts.html").read_text(encoding="utf-8"))["rows"]) == 7


# ----------------------------------------------------------------------------- big corpora


@pytest.fixture(scope="module")
def big_graph():
    return synthetic_graph(entities=3000, assertions=10000, articles=2091)


def test_big_graph_shows_the_most_connected_and_says_how_many_are_left_out(big_graph, tmp_path):
    write_html(big_graph, tmp_path / "graph.html", facts_path=tmp_path / "facts.html")
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    data = embedded_view_data(page)
    net = entity_network(big_graph)
    assert net.number_of_nodes() > 2000
    meta = data["meta"]
    assert len(data["nodes"]) == meta["entities_shown"] == DEFAULT_MAX_NODES
    left_out = net.number_of_nodes() - DEFAULT_MAX_NODES
    assert meta["entities_left_out"] == left_out
    assert f"Showing the 300 most connected of {net.number_of_nodes():,} entities: {left_out:,} entities" in page
    # the shown ones are the most connected: none left out has more linked entities
    degree = {n: len(set(net.successors(n)) | set(net.predecessors(n))) for n in net}
    shown = {c["iri"] for c in data["cards"]}
    assert min(degree[n] for n in shown) >= max(degree[n] for n in net if n not in shown)
    # every edge between two shown entities is there, and no other
    expected = sum(1 for u, v in net.edges() if u in shown and v in shown)
    assert len(data["edges"]) == meta["links_shown"] == expected
    # left-out entities stay searchable by name
    assert len(data["omitted"]) == left_out
    # the facts table keeps every fact
    rows = embedded_facts_data((tmp_path / "facts.html").read_text(encoding="utf-8"))["rows"]
    assert len(rows) == meta["facts_total"] == sum(len(d["evidence"]) for _, _, d in net.edges(data=True))


def test_max_nodes_zero_draws_everything(tmp_path):
    write_html(make_graph(), tmp_path / "graph.html", max_nodes=0)
    data = embedded_view_data((tmp_path / "graph.html").read_text(encoding="utf-8"))
    assert data["meta"]["entities_shown"] == 6 and data["omitted"] == []


def test_layout_separates_components_and_is_repeatable():
    g = nx.Graph()
    g.add_edges_from([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("x", "y")])
    nodes = sorted([*g.nodes, "lonely"])
    first = layout(nodes, list(g.edges))
    assert first == layout(nodes, list(reversed(list(g.edges))))
    assert set(first) == set(nodes)
    assert len(set(first.values())) == len(nodes)

    def box(members):
        xs = [first[n][0] for n in members]
        ys = [first[n][1] for n in members]
        return min(xs), max(xs), min(ys), max(ys)

    boxes = [box("abcd"), box("xy"), box(["lonely"])]
    for i, (ax0, ax1, ay0, ay1) in enumerate(boxes):
        for bx0, bx1, by0, by1 in boxes[i + 1:]:
            assert ax1 < bx0 or bx1 < ax0 or ay1 < by0 or by1 < ay0  # no two components overlap


# ----------------------------------------------------------------------------- the setting


def test_max_nodes_setting_and_command_line_option():
    from kg.cli import _parser

    assert Settings().max_nodes == DEFAULT_MAX_NODES == 300
    assert _parser().parse_args(["build"]).max_nodes == DEFAULT_MAX_NODES
    assert _parser().parse_args(["build", "--max-nodes", "50"]).max_nodes == 50


def test_build_threads_max_nodes_to_the_page(monkeypatch, tmp_path):
    import kg.pipeline as pipeline

    seen = {}

    def fake_write_outputs(graph, out_dir, max_nodes=DEFAULT_MAX_NODES):
        seen["max_nodes"] = max_nodes
        return out_dir / "graph.ttl", out_dir / "graph.html"

    monkeypatch.setattr(pipeline, "write_outputs", fake_write_outputs)
    monkeypatch.setattr(pipeline, "process", lambda *args, **kwargs: [SimpleNamespace(entities={})])
    monkeypatch.setattr(pipeline, "build_knowledge_graph", lambda results: make_graph())
    pipeline.build([tmp_path], tmp_path, Settings(max_nodes=7))
    assert seen == {"max_nodes": 7}
