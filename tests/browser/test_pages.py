"""graph.html and facts.html in a real browser (headless Chromium, network cut): they load from
file:// without fetching anything, draw what the data says, show evidence on hover and click,
filter, search, and show hostile article text as text without running any of it."""
from __future__ import annotations

import re
import time
import unicodedata
from pathlib import Path

import pytest
import rdflib

from kg.export import entity_network
from kg.view import DEFAULT_MAX_NODES, embedded_view_data, write_html

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "data" / "articles"
IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "<script>alert(1)</script>"

HOSTILE_ARTICLE = f"""---
title: Talks {SCRIPT} in Geneva {IMG}
date: 2024-05-02
---
Leaders meet in Geneva

UN Secretary-General Antonio Guterres met with Russian President Vladimir Putin in Moscow on Tuesday, aides said {IMG} {SCRIPT}.

Putin criticized the {SCRIPT} sanctions imposed by the European Union {IMG}.
"""


# ----------------------------------------------------------------------------- outputs under test


@pytest.fixture(scope="module")
def bundled(tmp_path_factory) -> Path:
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("bundled")
    build([ARTICLES], out)
    return out


@pytest.fixture(scope="module")
def bundled_data(bundled) -> dict:
    return embedded_view_data((bundled / "graph.html").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    from kg.pipeline import build

    root = tmp_path_factory.mktemp("hostile")
    (root / "in").mkdir()
    (root / "in" / "001_hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    build([root / "in"], root / "out")
    return root / "out"


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Path:
    from view_graphs import synthetic_graph

    out = tmp_path_factory.mktemp("big")
    write_html(synthetic_graph(entities=3000, assertions=10000, articles=2091), out / "graph.html",
               facts_path=out / "facts.html")
    return out


# ----------------------------------------------------------------------------- helpers

COUNTS = """() => ({
  nodes: kgView.nodes.length,
  edges: kgView.edges.length,
  visibleNodes: kgView.nodes.get({filter: n => !n.hidden}).length,
  visibleEdges: kgView.edges.get({filter: e => !e.hidden}).length,
})"""

# A straight edge whose midpoint picks that edge and no node: where a user would click it.
CLICKABLE_EDGE = """(wanted) => {
  const v = kgView, box = document.getElementById('kg-network').getBoundingClientRect();
  const order = v.data.edges.map((e, i) => i).sort((a, b) => v.data.evidence[b].length - v.data.evidence[a].length);
  for (const i of order) {
    const e = v.data.edges[i];
    if (e.smooth !== false || (wanted && !wanted.includes(e.id))) continue;
    const p = v.network.getPositions([e.from, e.to]);
    const dom = v.network.canvasToDOM({x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2});
    if (dom.x < 5 || dom.y < 5 || dom.x > box.width - 5 || dom.y > box.height - 5) continue;
    if (v.network.getEdgeAt(dom) === e.id && v.network.getNodeAt(dom) === undefined) {
      return {id: e.id, x: box.left + dom.x, y: box.top + dom.y};
    }
  }
  return null;
}"""

NODE_AT = """(id) => {
  const v = kgView, box = document.getElementById('kg-network').getBoundingClientRect();
  const dom = v.network.canvasToDOM(v.network.getPositions([id])[id]);
  return {x: box.left + dom.x, y: box.top + dom.y, hit: v.network.getNodeAt(dom)};
}"""

DRAWN_PIXELS = """() => {
  const canvas = document.querySelector('#kg-network canvas');
  const ctx = canvas.getContext('2d');
  const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  let drawn = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3] > 0 && (pixels[i] < 240 || pixels[i + 1] < 240 || pixels[i + 2] < 240)) drawn++;
  return drawn;
}"""


def assert_clean(opened, page_url: str | None = None):
    assert opened.remote_requests() == [] and opened.blocked == [], opened.requests
    assert opened.errors == [], opened.errors
    assert opened.dialogs == [], opened.dialogs
    if page_url:
        assert opened.requests == [page_url]


def folded(text: str) -> str:
    """As the pages compare names: accents dropped, lower case."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).lower()


def card_text(page) -> str:
    return page.inner_text("#kg-card")


# ----------------------------------------------------------------------------- the bundled graph


def test_bundled_page_opens_offline_and_draws_the_whole_network(open_page, bundled, bundled_data):
    opened = open_page(bundled / "graph.html")
    page = opened.page
    assert_clean(opened, (bundled / "graph.html").resolve().as_uri())
    net = entity_network(rdflib.Graph().parse(bundled / "graph.ttl", format="turtle"))
    assert 10 <= net.number_of_nodes() <= DEFAULT_MAX_NODES
    counts = page.evaluate(COUNTS)
    assert counts == {
        "nodes": net.number_of_nodes(), "edges": net.number_of_edges(),
        "visibleNodes": net.number_of_nodes(), "visibleEdges": net.number_of_edges(),
    }
    assert page.evaluate(DRAWN_PIXELS) > 5000  # the canvas really has a network on it
    # positions come from Python and stay put: no physics
    before = page.evaluate("() => kgView.network.getPositions()")
    page.wait_for_timeout(600)
    assert page.evaluate("() => kgView.network.getPositions()") == before
    for node in bundled_data["nodes"]:
        assert before[str(node["id"])] == {"x": node["x"], "y": node["y"]}
    # labels legible at the default zoom: even the smallest is drawn at 12 px or more
    smallest = page.evaluate("() => Math.min(...kgView.nodes.get().map(n => n.font.size)) * kgView.network.getScale()")
    assert smallest >= 11.9
    # nothing was left out, so no notice; the legend lists types and relations
    assert not page.is_visible("#kg-left-out")
    legend = page.inner_text("#kg-controls")
    for word in ("met with", "criticized", "visited", "occurred", "planned", "Person", "City"):
        assert word in legend
    assert page.get_attribute("#kg-facts-link", "href") == "facts.html"
    assert page.evaluate("() => document.querySelectorAll('script[src], link[href^=http], img').length") == 0


def test_hovering_then_clicking_an_edge_shows_its_evidence(open_page, bundled):
    opened = open_page(bundled / "graph.html")
    page = opened.page
    target = page.evaluate(CLICKABLE_EDGE, None)
    assert target, "no edge of the bundled graph can be clicked on its own"
    edge = page.evaluate("(id) => kgView.data.edges.find(e => e.id === id)", target["id"])
    evidence = page.evaluate("(id) => kgView.data.evidence[kgView.data.edges.findIndex(e => e.id === id)]", target["id"])
    labels = page.evaluate("(ids) => ids.map(id => kgView.nodes.get(id).label)", [edge["from"], edge["to"]])

    page.mouse.move(target["x"], target["y"])
    page.wait_for_selector("#kg-tip:not([hidden])", timeout=5000)
    tip = page.inner_text("#kg-tip")
    assert labels[0] in tip and labels[1] in tip and edge["status"] in tip
    assert " ".join(evidence[0]["text"].split())[:60] in " ".join(tip.split())

    page.mouse.click(target["x"], target["y"])
    page.wait_for_selector("#kg-card .kg-edge-card", timeout=5000)
    text = " ".join(card_text(page).split())
    assert labels[0] in text and labels[1] in text and edge["status"] in text
    for item in evidence:  # every sentence, with its article's title and date
        assert " ".join(item["text"].split()) in text
        if item["title"]:
            assert " ".join(item["title"].split()) in text
        if item["date"]:
            assert item["date"] in text
        if item["place"]:
            assert item["place"] in text
        if item["event_date"]:
            assert item["event_date"] in text
    assert page.evaluate("() => kgView.network.getSelectedEdges()") == [target["id"]]
    assert_clean(opened)


def test_clicking_an_entity_shows_its_card_and_links_to_its_facts(open_page, bundled, bundled_data):
    opened = open_page(bundled / "graph.html")
    page = opened.page
    hub = max(bundled_data["cards"], key=lambda c: c["degree"])
    node_id = bundled_data["nodes"][bundled_data["cards"].index(hub)]["id"]
    spot = page.evaluate(NODE_AT, node_id)
    assert spot["hit"] == node_id
    page.mouse.click(spot["x"], spot["y"])
    page.wait_for_selector("#kg-card .kg-entity-card", timeout=5000)
    text = card_text(page)
    assert hub["label"] in text and hub["type"] in text
    for name in hub["alt"] + hub["roles"]:
        assert name in text
    assert "Facts" in text or "FACTS" in text
    assert f"linked to {hub['degree']} entities" in text
    # a Wikidata link when the entity has one (owl:sameAs), else none
    with_qid = [c for c in bundled_data["cards"] if c["wikidata"]]
    links = page.eval_on_selector_all("#kg-card a.kg-wikidata", "els => els.map(a => a.href)")
    assert links == ([f"https://www.wikidata.org/wiki/{hub['wikidata']}"] if hub["wikidata"] else [])
    if with_qid:
        other = with_qid[0]
        page.evaluate("(id) => kgView.showEntity(id)", bundled_data["nodes"][bundled_data["cards"].index(other)]["id"])
        assert page.get_attribute("#kg-card a.kg-wikidata", "href") == f"https://www.wikidata.org/wiki/{other['wikidata']}"
        page.evaluate("(id) => kgView.showEntity(id)", node_id)
    # the card's link opens the facts table filtered on the entity
    page.click("#kg-card a.kg-facts-jump")
    page.wait_for_url(re.compile(r"facts\.html#entity="))
    page.wait_for_selector("body[data-kg-ready]", state="attached")
    assert hub["label"] in page.inner_text("#kg-entity-filter")
    rows = page.eval_on_selector_all("#kg-facts tbody tr", "rows => rows.map(r => r.cells[0].innerText + ' ' + r.cells[2].innerText)")
    assert len(rows) == min(hub["facts"], 100)
    assert all(hub["label"] in row for row in rows)
    page.click("#kg-entity-filter button")
    assert len(page.eval_on_selector_all("#kg-facts tbody tr", "rows => rows")) == min(bundled_data["meta"]["facts_total"], 100)
    assert_clean(opened)


def test_filters_hide_what_they_should(open_page, bundled, bundled_data):
    opened = open_page(bundled / "graph.html")
    page = opened.page
    hidden_edges = "() => kgView.edges.get({filter: e => e.hidden}).map(e => e.id).sort((a, b) => a - b)"
    hidden_nodes = "() => kgView.nodes.get({filter: n => n.hidden}).map(n => n.id).sort((a, b) => a - b)"
    edges, nodes = bundled_data["edges"], bundled_data["nodes"]
    node_type = {n["id"]: n["type"] for n in nodes}

    def only_linked_by(pred):
        keep = {e[end] for e in edges if not pred(e) for end in ("from", "to")}
        return sorted(n["id"] for n in nodes if n["id"] not in keep)

    # relation
    page.uncheck("input[data-filter=relation][value=criticized]")
    crit = lambda e: e["relation"] == "criticized"  # noqa: E731
    assert page.evaluate(hidden_edges) == sorted(e["id"] for e in edges if crit(e))
    assert page.evaluate(hidden_nodes) == only_linked_by(crit)
    page.check("input[data-filter=relation][value=criticized]")
    assert page.evaluate(hidden_edges) == [] and page.evaluate(hidden_nodes) == []

    # status: hide everything that did not (yet) happen
    for status in ("planned", "requested", "negated"):
        if page.locator(f"input[data-filter=status][value={status}]").count():
            page.uncheck(f"input[data-filter=status][value={status}]")
    not_occurred = lambda e: e["status"] != "occurred"  # noqa: E731
    assert page.evaluate(hidden_edges) == sorted(e["id"] for e in edges if not_occurred(e))
    assert page.evaluate(hidden_nodes) == only_linked_by(not_occurred)
    page.click("#kg-reset")
    assert page.evaluate(hidden_edges) == []

    # entity type: no cities, nor their links
    page.uncheck("input[data-filter=type][value=City]")
    city = lambda e: "City" in (node_type[e["from"]], node_type[e["to"]])  # noqa: E731
    assert page.evaluate(hidden_edges) == sorted(e["id"] for e in edges if city(e))
    assert set(page.evaluate(hidden_nodes)) >= {n["id"] for n in nodes if n["type"] == "City"}
    assert "Showing" in page.inner_text("#kg-visible")
    page.click("#kg-reset")

    # dates: a range after every date, undated facts excluded, hides every link
    dates = bundled_data["dates"]
    assert dates, "the bundled articles are dated"
    page.uncheck("#kg-undated")
    page.fill("#kg-date-from", dates["max"])
    page.dispatch_event("#kg-date-from", "change")
    dated_last = set()
    for i, e in enumerate(edges):
        if any((item["event_date"] or item["date"]) == dates["max"] for item in bundled_data["evidence"][i]):
            dated_last.add(e["id"])
    assert page.evaluate(hidden_edges) == sorted(e["id"] for e in edges if e["id"] not in dated_last)
    page.click("#kg-reset")
    assert page.evaluate(COUNTS)["visibleEdges"] == len(edges)
    assert_clean(opened)


def test_search_finds_an_entity_by_another_name_and_focuses_it(open_page, bundled, bundled_data):
    opened = open_page(bundled / "graph.html")
    page = opened.page

    candidates = [(c, a) for c in bundled_data["cards"] for a in c["alt"] if folded(a) not in folded(c["label"])]
    card, alt = candidates[0] if candidates else next((c, c["alt"][0]) for c in bundled_data["cards"] if c["alt"])
    node_id = bundled_data["nodes"][bundled_data["cards"].index(card)]["id"]
    page.fill("#kg-search", alt)
    page.wait_for_selector("#kg-search-results:not([hidden]) li")
    assert card["label"] in page.inner_text("#kg-search-results")
    page.press("#kg-search", "Enter")
    page.wait_for_selector("#kg-card .kg-entity-card")
    assert card["label"] in card_text(page)
    assert page.evaluate("() => kgView.network.getSelectedNodes()") == [node_id]
    # accents do not matter
    page.fill("#kg-search", folded(card["label"]).upper())
    assert card["label"] in page.inner_text("#kg-search-results")
    assert_clean(opened)


def test_facts_page_is_offline_sortable_and_searchable(open_page, bundled, bundled_data):
    opened = open_page(bundled / "facts.html")
    page = opened.page
    assert_clean(opened, (bundled / "facts.html").resolve().as_uri())
    total = bundled_data["meta"]["facts_total"]
    rows = lambda: page.eval_on_selector_all(  # noqa: E731
        "#kg-facts tbody tr", "rows => rows.map(r => Array.from(r.cells).map(c => c.innerText))")
    assert len(rows()) == min(total, 100)
    assert f"of {total} matching facts" in page.inner_text("#kg-shown")
    # sort by subject, both ways
    page.click("th[data-col=subject] button")
    subjects = [r[0] for r in rows()]
    assert subjects == sorted(subjects, key=folded)
    assert page.get_attribute("th[data-col=subject]", "aria-sort") == "ascending"
    page.click("th[data-col=subject] button")
    assert page.get_attribute("th[data-col=subject]", "aria-sort") == "descending"
    assert [folded(r[0]) for r in rows()] == sorted(map(folded, subjects), reverse=True)
    # search: every row shown matches every word, in any column
    page.fill("#kg-q", "putin moscow")
    shown = rows()
    assert 0 < len(shown) < total
    for row in shown:
        assert "putin" in " ".join(row).lower() and "moscow" in " ".join(row).lower()
    page.select_option("#kg-status", "occurred")
    assert all(r[3] == "occurred" for r in rows())
    page.fill("#kg-q", "no such words anywhere")
    assert rows() == [] and "No fact matches" in page.inner_text("#kg-shown")
    assert page.get_attribute("#kg-graph-link", "href") == "graph.html"
    assert_clean(opened)


# ----------------------------------------------------------------------------- hostile article text


def test_hostile_article_is_shown_as_text_and_runs_nothing(open_page, hostile):
    opened = open_page(hostile / "graph.html")
    page = opened.page
    data = embedded_view_data((hostile / "graph.html").read_text(encoding="utf-8"))
    hostile_edges = [e["id"] for i, e in enumerate(data["edges"])
                     if any(IMG in item["text"] for item in data["evidence"][i])]
    assert hostile_edges, "the hostile corpus should give a fact whose evidence holds the markup"
    target = page.evaluate(CLICKABLE_EDGE, hostile_edges)
    assert target
    page.mouse.move(target["x"], target["y"])
    page.wait_for_selector("#kg-tip:not([hidden])")
    page.mouse.click(target["x"], target["y"])
    page.wait_for_selector("#kg-card .kg-edge-card")
    text = card_text(page)
    assert IMG in text and SCRIPT in text  # shown, as text
    assert f"Talks {SCRIPT} in Geneva {IMG}" in text  # the article's title too
    page.fill("#kg-search", "putin")
    page.press("#kg-search", "Enter")
    page.wait_for_timeout(200)
    assert page.evaluate("() => document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.evaluate("() => document.scripts.length") == 3  # data, vis-network, the page's own
    assert not page.evaluate("() => Array.from(document.querySelectorAll('*')).some("
                             "el => Array.from(el.attributes).some(a => a.name.startsWith('on')))")

    facts = open_page(hostile / "facts.html")
    fpage = facts.page
    fpage.fill("#kg-q", "alert")
    cells = fpage.inner_text("#kg-facts tbody")
    assert IMG in cells and SCRIPT in cells
    assert fpage.evaluate("() => document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert fpage.evaluate("() => document.scripts.length") == 2
    for each in (opened, facts):
        page.wait_for_timeout(100)
        assert_clean(each)


# ----------------------------------------------------------------------------- a corpus-sized graph


def test_corpus_sized_graph_opens_with_the_most_connected_and_says_what_is_left_out(open_page, big):
    started = time.monotonic()
    opened = open_page(big / "graph.html")
    seconds = time.monotonic() - started
    page = opened.page
    data = embedded_view_data((big / "graph.html").read_text(encoding="utf-8"))
    counts = page.evaluate(COUNTS)
    assert counts["nodes"] == DEFAULT_MAX_NODES == data["meta"]["entities_shown"]
    assert counts["edges"] == data["meta"]["links_shown"] > 1000
    notice = page.inner_text("#kg-left-out")
    left_out = data["meta"]["entities_left_out"]
    assert page.is_visible("#kg-left-out") and f"{left_out:,} entities" in notice and left_out > 2000
    assert page.evaluate(DRAWN_PIXELS) > 5000
    # an entity that was left out is still found, and said to be left out
    omitted = data["omitted"][-1][0]
    page.fill("#kg-search", omitted)
    assert "not in this view" in page.inner_text("#kg-search-results")
    page.press("#kg-search", "Enter")
    assert "Not drawn" in card_text(page)
    assert_clean(opened)
    print(f"corpus-sized page ready in {seconds:.2f} s")
