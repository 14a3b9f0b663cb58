"""The HTML views of the graph: an offline network page and a facts table.

``write_html(graph, path, max_nodes=300, facts_path=None)`` writes ``graph.html``, a vis-network
(pyvis) view of the entities and their relations; with ``facts_path`` it also writes the facts
table (``facts.html``) and links the two pages. ``write_facts_html(graph, path)`` writes the
table alone.

What the pages guarantee:

* **Offline.** Every script and stylesheet is inline (vis-network 9.1.2 comes from the copy
  bundled with pyvis); nothing is fetched when a page opens. A Content-Security-Policy allows no
  fetches at all and runs only the page's own scripts (by SHA-256 hash), so even injected markup
  could neither load nor run anything.
* **Escaped.** Names, roles, titles and evidence are untrusted article text. They reach a page
  only as JSON in a ``<script type="application/json">`` element, with ``<``, ``>``, ``&`` and
  ``'`` written as ``\\u003c`` etc. so the data cannot end its element, and the page's own
  JavaScript (``kg/templates/*.js``) builds every card, list and table cell with
  ``createElement`` and ``textContent``, never ``innerHTML``. vis-network's own tooltips (which
  can render HTML) are not used: no node or edge has a ``title``.
* **Fast.** Positions are computed once here (each connected component laid out with
  networkx's ``spring_layout`` and a fixed seed, refined with ``kamada_kawai_layout`` when small,
  then packed in rows), physics is off, and only the ``max_nodes`` most connected entities are
  drawn; the page says how many were left out and still finds them by name. Nodes and edges are
  filled directly (never pyvis's quadratic ``from_nx``).
* **Deterministic.** The same triples give the same bytes, whatever their order.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import os
import re
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import quote

import networkx as nx
import pyvis
import rdflib
from pyvis.network import Network
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from kg.namespace import KG

__all__ = [
    "DEFAULT_MAX_NODES",
    "TYPE_COLOURS",
    "RELATION_STYLES",
    "STATUSES",
    "collect_facts",
    "entity_network",
    "network_view",
    "write_html",
    "write_facts_html",
    "render_graph_page",
    "render_facts_page",
    "embedded_view_data",
    "embedded_network_data",
    "embedded_facts_data",
]

DEFAULT_MAX_NODES = 300
FACTS_FILE = "facts.html"

TEMPLATES = Path(__file__).with_name("templates")
VIS_LIB = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"

# Most specific first: subclasses before their superclass; unrelated classes in a fixed order.
_TYPE_PRIORITY: tuple[tuple[URIRef, str], ...] = (
    (KG.Country, "Country"),
    (KG.City, "City"),
    (KG.Person, "Person"),
    (KG.Organization, "Organization"),
    (KG.Group, "Group"),
    (KG.Place, "Place"),
)
UNKNOWN_TYPE = "Entity"

TYPE_COLOURS: dict[str, str] = {
    "Person": "#4e79a7",
    "Organization": "#f28e2b",
    "Country": "#59a14f",
    "City": "#8cd17d",
    "Place": "#76b7b2",
    "Group": "#b07aa1",
    UNKNOWN_TYPE: "#bab0ac",
}

# relation local name -> (label, colour, directed arrow?)
RELATION_STYLES: dict[str, tuple[str, str, bool]] = {
    "metWith": ("met with", "#1f5f99", False),
    "criticized": ("criticized", "#d62728", True),
    "visited": ("visited", "#b8860b", True),
}
_OTHER_RELATION_COLOUR = "#7f7f7f"
_SYMMETRIC = {KG.metWith}

OCCURRED = "occurred"
STATUSES = ("occurred", "planned", "requested", "negated")
# vis-network dash patterns; occurred facts are solid lines.
_DASHES: dict[str, list[int] | bool] = {
    "occurred": False,
    "planned": [8, 6],
    "requested": [2, 5],
    "negated": [12, 4, 2, 4],
}
_UNKNOWN_DASHES = [4, 4]

_WIKIDATA = re.compile(r"^https?://(?:www\.)?wikidata\.org/(?:entity|wiki)/(Q[1-9][0-9]*)$")
_WEB_URL = re.compile(r"^https?://[^\s<>\"']+$", re.I)

# ----------------------------------------------------------------------------- reading the graph


def _local_name(term) -> str:
    s = str(term)
    for sep in ("#", "/"):
        if sep in s:
            s = s.rsplit(sep, 1)[1]
    return s


def _date_text(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if hasattr(value, "isoformat"):
            return value.isoformat()
    return str(term)


def _confidence(term) -> float | None:
    if term is None:
        return None
    try:
        return float(term.toPython() if isinstance(term, Literal) else term)
    except (TypeError, ValueError):
        return None


def _smallest(values):
    """The smallest of ``values`` (deterministic when a property has several), else None."""
    values = sorted(values, key=lambda v: (str(v), repr(v)))
    return values[0] if values else None


def _entity_type(types: set) -> str:
    for cls, name in _TYPE_PRIORITY:
        if cls in types:
            return name
    return UNKNOWN_TYPE


def _status_name(term) -> str:
    return _local_name(term).lower() if term is not None else "unknown"


def _wikidata_id(graph: rdflib.Graph, entity) -> str | None:
    ids = []
    for other in graph.objects(entity, OWL.sameAs):
        match = _WIKIDATA.match(str(other))
        if match:
            ids.append(match.group(1))
    return min(ids, key=lambda q: (len(q), q)) if ids else None


def _entity_info(graph: rdflib.Graph, term) -> dict:
    labels = sorted(str(v) for v in graph.objects(term, RDFS.label))
    label = labels[0] if labels else _local_name(term)
    return {
        "label": label,
        "type": _entity_type(set(graph.objects(term, RDF.type))),
        "alt_labels": sorted({str(v) for v in graph.objects(term, SKOS.altLabel)} - {label}),
        "roles": sorted({str(v) for v in graph.objects(term, KG.role)}),
        "wikidata": _wikidata_id(graph, term),
    }


def collect_facts(graph: rdflib.Graph) -> tuple[dict[str, dict], list[dict]]:
    """Read every ``kg:Assertion`` of ``graph`` once.

    Returns ``(entities, facts)``. ``entities`` maps the IRI of every entity that is the subject
    or object of an assertion to its ``label``, ``type``, ``alt_labels``, ``roles`` and
    ``wikidata`` (a Q-id from ``owl:sameAs``, or None). ``facts`` holds one dict per assertion
    and source article, sorted, with keys ``assertion``, ``subject``, ``relation``, ``object``,
    ``status``, ``evidence``, ``confidence``, ``event_date``, ``place`` (label of the
    ``kg:location``) and ``article_id``, ``article_title``, ``article_date``, ``article_source``.
    ``kg:metWith`` is symmetric: its subject is the entity with the smaller IRI.
    """
    articles: dict[object, tuple] = {}
    labels: dict[object, str] = {}
    entities: dict[str, object] = {}
    facts: list[dict] = []

    def article_info(article) -> tuple:
        if article is None:
            return (None, None, None, None)
        if article not in articles:
            title = _smallest(graph.objects(article, DCTERMS.title))
            date = _smallest(graph.objects(article, DCTERMS.date))
            ident = _smallest(graph.objects(article, DCTERMS.identifier))
            source = _smallest(graph.objects(article, DCTERMS.source))
            source = str(source) if source is not None and _WEB_URL.match(str(source)) else None
            articles[article] = (
                str(ident) if ident is not None else None,
                str(title) if title is not None else None,
                _date_text(date),
                source,
            )
        return articles[article]

    def label_of(term) -> str:
        if term not in labels:
            labels[term] = _smallest(str(v) for v in graph.objects(term, RDFS.label)) or _local_name(term)
        return labels[term]

    for assertion in graph.subjects(RDF.type, KG.Assertion, unique=True):
        props: dict = defaultdict(list)
        for p, o in graph.predicate_objects(assertion):
            props[p].append(o)
        subj = _smallest(props[RDF.subject])
        pred = _smallest(props[RDF.predicate])
        obj = _smallest(props[RDF.object])
        if subj is None or pred is None or obj is None:
            continue
        if isinstance(subj, Literal) or isinstance(obj, Literal):
            continue
        if pred in _SYMMETRIC and str(obj) < str(subj):
            subj, obj = obj, subj
        entities[str(subj)] = subj
        entities[str(obj)] = obj
        place = _smallest(props[KG.location])
        common = {
            "assertion": str(assertion),
            "subject": str(subj),
            "relation": _local_name(pred),
            "object": str(obj),
            "status": _status_name(_smallest(props[KG.status])),
            "evidence": str(_smallest(props[KG.evidence]) or ""),
            "confidence": _confidence(_smallest(props[KG.confidence])),
            "event_date": _date_text(_smallest(props[KG.eventDate])),
            "place": label_of(place) if place is not None and not isinstance(place, Literal) else None,
        }
        for article in sorted(props[PROV.wasDerivedFrom], key=str) or [None]:
            ident, title, date, source = article_info(article)
            facts.append(
                {
                    **common,
                    "article_id": ident,
                    "article_title": title,
                    "article_date": date,
                    "article_source": source,
                }
            )
    facts.sort(key=_fact_key)
    return {iri: _entity_info(graph, entities[iri]) for iri in sorted(entities)}, facts


def _fact_key(fact: dict) -> tuple:
    return (
        fact["subject"],
        fact["relation"],
        fact["object"],
        fact["status"],
        fact["article_date"] or "",
        fact["article_title"] or "",
        fact["article_id"] or "",
        fact["event_date"] or "",
        fact["evidence"],
        -1.0 if fact["confidence"] is None else fact["confidence"],
        fact["assertion"],
    )


def _evidence_item(fact: dict) -> dict:
    return {
        "evidence": fact["evidence"],
        "article_title": fact["article_title"],
        "article_date": fact["article_date"],
        "article_id": fact["article_id"],
        "article_source": fact["article_source"],
        "event_date": fact["event_date"],
        "place": fact["place"],
        "confidence": fact["confidence"],
        "assertion": fact["assertion"],
    }


def _evidence_key(item: dict) -> tuple:
    return (
        item["article_date"] or "",
        item["article_title"] or "",
        item["article_id"] or "",
        item["event_date"] or "",
        item["evidence"],
        -1.0 if item["confidence"] is None else item["confidence"],
        item["assertion"],
    )


def _network(entities: dict[str, dict], facts: list[dict]) -> nx.MultiDiGraph:
    edges: dict[tuple[str, str, str, str], list[dict]] = defaultdict(list)
    for fact in facts:
        edges[(fact["subject"], fact["relation"], fact["object"], fact["status"])].append(_evidence_item(fact))
    net = nx.MultiDiGraph()
    for iri in sorted(entities):
        net.add_node(iri, **entities[iri])
    for (s_id, relation, o_id, status) in sorted(edges):
        net.add_edge(
            s_id,
            o_id,
            key=f"{relation}|{status}",
            relation=relation,
            status=status,
            evidence=sorted(edges[(s_id, relation, o_id, status)], key=_evidence_key),
        )
    return net


def entity_network(graph: rdflib.Graph) -> nx.MultiDiGraph:
    """Turn the RDF graph into a network of entities linked by their asserted relations.

    Out: a ``networkx.MultiDiGraph`` whose

    * nodes are the IRIs (as strings) of the entities that take part in at least one
      ``kg:Assertion``, with attributes ``label`` (``rdfs:label``, else the IRI's local name),
      ``type`` (the most specific of Person, Organization, Country, City, Place, Group, else
      ``"Entity"``), ``alt_labels`` (sorted ``skos:altLabel`` values other than the label),
      ``roles`` (sorted ``kg:role`` values) and ``wikidata`` (the Q-id of an ``owl:sameAs``
      Wikidata IRI, or None);
    * edges are one per (subject, predicate, object, status), keyed ``"<relation>|<status>"``,
      with attributes ``relation`` (the predicate's local name: ``metWith``, ``criticized``,
      ``visited``), ``status`` (``occurred``, ``planned``, ``requested``, ``negated``) and
      ``evidence``: one dict per assertion and source article with keys ``evidence``,
      ``article_title``, ``article_date``, ``article_id``, ``article_source``, ``event_date``,
      ``place`` (the label of its ``kg:location``), ``confidence`` and ``assertion``, sorted by
      article date, title, id, event date, sentence, confidence and assertion.

    ``kg:metWith`` is symmetric, so its two directions are one edge, from the entity with the
    smaller IRI to the other. Nodes and edges are added in sorted order, so the result does not
    depend on the order of the triples.
    """
    return _network(*collect_facts(graph))


# ----------------------------------------------------------------------------- the network view


def _degrees(net: nx.MultiDiGraph) -> dict[str, int]:
    """Number of distinct entities each entity is linked to, whatever the relation or direction."""
    return {n: len(set(net.successors(n)) | set(net.predecessors(n)) - {n}) for n in net}


def _select(net: nx.MultiDiGraph, degree: dict[str, int], fact_count: dict[str, int], max_nodes: int) -> list[str]:
    """The ``max_nodes`` most connected entities (all when ``max_nodes`` <= 0), in IRI order."""
    nodes = list(net.nodes)
    if 0 < max_nodes < len(nodes):
        ranked = sorted(nodes, key=lambda n: (-degree[n], -fact_count[n], net.nodes[n]["label"], n))
        nodes = ranked[:max_nodes]
    return sorted(nodes)


_KAMADA_KAWAI_MAX = 150
# From this size on networkx's spring_layout switches to a sparse solver that loops in Python
# (about 20 s for 2,600 nodes); _large_spring_layout does the same Fruchterman-Reingold steps
# with numpy in blocks (about 2 s).
_NETWORKX_SPRING_MAX = 500


def _large_spring_layout(graph: nx.Graph, k: float, seed: int, scale: float, iterations: int = 50) -> dict:
    """Fruchterman-Reingold force-directed positions, as ``nx.spring_layout`` computes them
    (same forces, cooling and seed-determined start), vectorised for thousands of nodes."""
    import numpy as np

    nodes = list(graph)
    n = len(nodes)
    index = {node: i for i, node in enumerate(nodes)}
    ends = np.array([(index[u], index[v]) for u, v in graph.edges()], dtype=np.int64).reshape(-1, 2)
    pos = np.random.RandomState(seed).rand(n, 2)
    temperature = max(pos.max(axis=0) - pos.min(axis=0)) * 0.1
    cooling = temperature / (iterations + 1)
    block = max(1, 8_000_000 // max(n, 1))
    iterations = iterations if n <= 4000 else max(10, iterations * 4000 // n)
    k2 = np.float32(k * k)
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        x = pos[:, 0].astype(np.float32)
        y = pos[:, 1].astype(np.float32)
        for start in range(0, n, block):  # repulsion k^2 / d between every pair
            dx = x[start:start + block, None] - x[None, :]
            dy = y[start:start + block, None] - y[None, :]
            force = k2 / np.maximum(dx * dx + dy * dy, np.float32(1e-6))
            disp[start:start + block, 0] += (dx * force).sum(axis=1)
            disp[start:start + block, 1] += (dy * force).sum(axis=1)
        if len(ends):  # attraction d^2 / k along every link
            delta = pos[ends[:, 0]] - pos[ends[:, 1]]
            pull = delta * (np.sqrt((delta * delta).sum(axis=1)) / k)[:, None]
            np.add.at(disp, ends[:, 0], -pull)
            np.add.at(disp, ends[:, 1], pull)
        length = np.maximum(np.sqrt((disp * disp).sum(axis=1)), 0.01)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    pos = nx.rescale_layout(pos, scale=scale)
    return {node: pos[i] for i, node in enumerate(nodes)}


def _component_radius(size: int) -> float:
    return 0.0 if size <= 1 else 80.0 * math.sqrt(size) + 40.0


def layout(nodes: list[str], links: list[tuple[str, str]], seed: int = 7) -> dict[str, tuple[int, int]]:
    """Positions in pixels: each connected component laid out with networkx's ``spring_layout``
    (fixed seed), largest first, then packed in rows so that no component overlaps another."""
    whole = nx.Graph()
    whole.add_nodes_from(sorted(nodes))
    whole.add_edges_from(sorted({tuple(sorted(pair)) for pair in links if pair[0] != pair[1]}))
    components = sorted((sorted(c) for c in nx.connected_components(whole)), key=lambda c: (-len(c), c[0]))
    placed: list[tuple[dict[str, tuple[float, float]], float, float]] = []
    for component in components:
        if len(component) == 1:
            pos = {component[0]: (0.0, 0.0)}
        else:
            sub = nx.Graph()
            sub.add_nodes_from(component)
            sub.add_edges_from(sorted(e for e in whole.subgraph(component).edges()))
            radius = _component_radius(len(component))
            k = 1.6 / math.sqrt(len(component))
            if len(component) < _NETWORKX_SPRING_MAX:
                raw = nx.spring_layout(sub, k=k, seed=seed, scale=radius, iterations=100)
            else:
                raw = _large_spring_layout(sub, k=k, seed=seed, scale=radius)
            if len(component) <= _KAMADA_KAWAI_MAX:  # evens out a small component's spacing
                raw = nx.kamada_kawai_layout(sub, pos=raw, scale=radius)
            pos = {n: (float(x), float(y)) for n, (x, y) in raw.items()}
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        min_x, min_y = min(xs), min(ys)
        pos = {n: (x - min_x, y - min_y) for n, (x, y) in pos.items()}
        placed.append((pos, max(xs) - min_x, max(ys) - min_y))

    if not placed:
        return {}
    gap = 150.0
    total_area = sum((w + gap) * (h + gap) for _, w, h in placed)
    row_limit = max(placed[0][1], math.sqrt(total_area))  # about square overall
    out: dict[str, tuple[float, float]] = {}
    rows: list[list[tuple[dict, float, float, float]]] = [[]]
    x = 0.0
    for pos, w, h in placed:
        if rows[-1] and x + w > row_limit:
            rows.append([])
            x = 0.0
        rows[-1].append((pos, x, w, h))
        x += w + gap
    y = 0.0
    for row in rows:
        row_width = row[-1][1] + row[-1][2]
        row_height = max(h for _, _, _, h in row)
        shift = (row_limit - row_width) / 2.0
        for pos, x0, _w, h in row:
            dy = (row_height - h) / 2.0
            for n, (px, py) in pos.items():
                out[n] = (round(px + x0 + shift), round(py + y + dy))  # whole pixels, as vis reports them
        y += row_height + gap
    return out


def _zoom_out(positions: dict[str, tuple[float, float]], view: float = 850.0) -> float:
    """About how far the page will zoom out to fit the layout on screen (1: not at all)."""
    if not positions:
        return 1.0
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    return max(1.0, (max(xs) - min(xs)) / view, (max(ys) - min(ys)) / view)


def _font_size(share: float, zoom_out: float) -> int:
    """Label size in layout units. The best connected entities get labels that still read at
    about 16-20 px once the page has zoomed out to fit; the least connected keep 16 units, which
    vis-network stops drawing below 7 px on screen, so their labels appear as one zooms in."""
    top = max(22.0, 18.0 * zoom_out)
    return round(16 + (top - 16) * share * share)


def _count_key(item) -> tuple:
    (relation, way, status), _n = item
    relations = list(RELATION_STYLES)
    return (
        relations.index(relation) if relation in relations else len(relations),
        relation,
        ("with", "out", "in").index(way),
        STATUSES.index(status) if status in STATUSES else len(STATUSES),
        status,
    )


def _darker(colour: str, factor: float = 0.7) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * factor) for c in (r, g, b)))


def _relation_style(relation: str) -> tuple[str, str, bool]:
    return RELATION_STYLES.get(relation, (relation, _OTHER_RELATION_COLOUR, True))


def _edge_width(articles: int) -> float:
    return round(min(1.5 + 2.0 * math.log2(max(articles, 1)), 9.0), 2)


class _ViewNetwork(Network):
    """pyvis's Network, used as a plain container for vis-network node and edge options.

    ``add_edge`` in pyvis 0.3.2 checks ``source in self.get_nodes()``, a list: a linear scan per
    edge. ``node_map`` (kept by ``add_node``) answers the same question in constant time.
    """

    def get_nodes(self):
        return self.node_map.keys()


def network_view(graph: rdflib.Graph, max_nodes: int = DEFAULT_MAX_NODES, facts_href: str | None = None) -> dict:
    """Everything the network page shows, as JSON-ready data (see ``kg/templates/graph.js``)."""
    entities, facts = collect_facts(graph)
    return _network_view(entities, facts, max_nodes, facts_href)


def _network_view(entities: dict, facts: list[dict], max_nodes: int, facts_href: str | None) -> dict:
    net = _network(entities, facts)
    degree = _degrees(net)
    fact_count: Counter = Counter()
    counts: dict[str, Counter] = defaultdict(Counter)
    article_sets: dict[str, set] = defaultdict(set)
    for fact in facts:
        s, o, rel, status = fact["subject"], fact["object"], fact["relation"], fact["status"]
        fact_count[s] += 1
        fact_count[o] += 1
        symmetric = not _relation_style(rel)[2]
        counts[s][(rel, "with" if symmetric else "out", status)] += 1
        counts[o][(rel, "with" if symmetric else "in", status)] += 1
        for n in (s, o):
            article_sets[n].add(fact["article_id"])

    shown = _select(net, degree, fact_count, max_nodes)
    shown_set = set(shown)
    edges = [(u, v, d) for u, v, d in net.edges(data=True) if u in shown_set and v in shown_set]
    positions = layout(shown, [(u, v) for u, v, _ in edges])
    max_degree = max([degree[n] for n in shown] or [1]) or 1
    zoom_out = _zoom_out(positions)

    vis = _ViewNetwork(directed=True, cdn_resources="in_line")
    ids = {iri: index for index, iri in enumerate(shown)}
    cards = []
    for iri in shown:
        attrs = net.nodes[iri]
        share = math.sqrt(degree[iri] / max_degree)
        colour = TYPE_COLOURS.get(attrs["type"], TYPE_COLOURS[UNKNOWN_TYPE])
        x, y = positions[iri]
        vis.add_node(
            ids[iri],
            label=attrs["label"],
            shape="dot",
            color={
                "background": colour,
                "border": _darker(colour),
                "highlight": {"background": colour, "border": "#111111"},
                "hover": {"background": colour, "border": "#111111"},
            },
            size=round((10 + 22 * share) * math.sqrt(zoom_out), 1),
            font={"size": _font_size(share, zoom_out)},
            x=x,
            y=y,
            type=attrs["type"],
        )
        cards.append(
            {
                "iri": iri,
                "label": attrs["label"],
                "alt": attrs["alt_labels"],
                "type": attrs["type"],
                "roles": attrs["roles"],
                "wikidata": attrs["wikidata"],
                "degree": degree[iri],
                "facts": fact_count[iri],
                "articles": len(article_sets[iri] - {None}),
                "counts": [[rel, way, status, n] for (rel, way, status), n in sorted(counts[iri].items(), key=_count_key)],
            }
        )

    # Parallel links between the same two entities are drawn as arcs that fan out.
    bundles: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, (u, v, _d) in enumerate(edges):
        bundles[tuple(sorted((u, v)))].append(index)
    smooth: dict[int, object] = {}
    for (low, _high), members in bundles.items():
        for rank, index in enumerate(members):
            offset = rank - (len(members) - 1) / 2.0
            if offset == 0:
                smooth[index] = False
                continue
            clockwise = offset > 0
            if edges[index][0] != low:  # drawn the other way round: mirror the bend
                clockwise = not clockwise
            smooth[index] = {
                "enabled": True,
                "type": "curvedCW" if clockwise else "curvedCCW",
                "roundness": round(min(0.18 * abs(offset), 0.6), 2),
            }

    fade = 1.0 if len(edges) <= 600 else 0.6  # a dense view reads better with lighter links
    evidence = []
    for index, (u, v, d) in enumerate(edges):
        label, colour, directed = _relation_style(d["relation"])
        occurred = d["status"] == OCCURRED
        sources = len({item["article_id"] or item["assertion"] for item in d["evidence"]})
        vis.add_edge(
            ids[u],
            ids[v],
            id=index,
            relation=d["relation"],
            status=d["status"],
            sources=sources,
            color={"color": colour, "highlight": colour, "hover": colour,
                   "opacity": round((1.0 if occurred else 0.75) * fade, 2)},
            width=round(_edge_width(sources) * math.sqrt(zoom_out), 2),
            dashes=_DASHES.get(d["status"], _UNKNOWN_DASHES),
            arrows={"to": {"enabled": directed, "scaleFactor": 0.6}},
            smooth=smooth[index],
            text=label if occurred else f"{label} ({d['status']})",
        )
        evidence.append(
            [
                {
                    "text": item["evidence"],
                    "title": item["article_title"],
                    "date": item["article_date"],
                    "article": item["article_id"],
                    "source": item["article_source"],
                    "event_date": item["event_date"],
                    "place": item["place"],
                    "confidence": item["confidence"],
                }
                for item in d["evidence"]
            ]
        )

    dates = sorted(
        {item["event_date"] or item["date"] for ev in evidence for item in ev} - {None}
    )
    omitted = [
        [net.nodes[n]["label"], net.nodes[n]["alt_labels"], net.nodes[n]["type"], fact_count[n], n]
        for n in sorted(set(net.nodes) - shown_set, key=lambda n: (-degree[n], net.nodes[n]["label"], n))
    ]
    types_present = Counter(net.nodes[n]["type"] for n in shown)
    relations_present = Counter(d["relation"] for _, _, d in edges)
    statuses_present = Counter(d["status"] for _, _, d in edges)
    nodes_out, edges_out, *_rest = vis.get_network_data()
    return {
        "meta": {
            "entities_total": net.number_of_nodes(),
            "entities_shown": len(shown),
            "entities_left_out": net.number_of_nodes() - len(shown),
            "links_total": net.number_of_edges(),
            "links_shown": len(edges),
            "facts_total": len(facts),
            "facts_shown": sum(len(d["evidence"]) for _, _, d in edges),
            "articles_total": len({f["article_id"] for f in facts} - {None}),
            "max_nodes": max_nodes,
            "facts_href": facts_href,
        },
        "types": [
            {"name": name, "colour": colour, "count": types_present[name]}
            for name, colour in TYPE_COLOURS.items()
            if types_present[name]
        ],
        "relations": [
            {"name": rel, "label": _relation_style(rel)[0], "colour": _relation_style(rel)[1],
             "directed": _relation_style(rel)[2], "count": relations_present[rel]}
            for rel in [*RELATION_STYLES, *sorted(set(relations_present) - set(RELATION_STYLES))]
            if relations_present[rel]
        ],
        "statuses": [
            {"name": status, "dashes": _DASHES.get(status, _UNKNOWN_DASHES), "count": statuses_present[status]}
            for status in [*STATUSES, *sorted(set(statuses_present) - set(STATUSES))]
            if statuses_present[status]
        ],
        "dates": {"min": dates[0], "max": dates[-1]} if dates else None,
        "nodes": nodes_out,
        "edges": edges_out,
        "cards": cards,
        "evidence": evidence,
        "omitted": omitted,
    }


# ----------------------------------------------------------------------------- the facts table


def facts_table(entities: dict, facts: list[dict], graph_href: str | None = None) -> dict:
    """Every fact as a row for the facts page (see ``kg/templates/facts.js``)."""
    columns = [
        "subject", "relation", "object", "status", "date", "place",
        "article", "article_date", "article_id", "source", "evidence", "confidence",
        "subject_type", "object_type", "subject_iri", "object_iri",
    ]
    rows = []
    for fact in sorted(facts, key=_table_key(entities)):
        s, o = entities[fact["subject"]], entities[fact["object"]]
        rows.append(
            [
                s["label"],
                _relation_style(fact["relation"])[0],
                o["label"],
                fact["status"],
                fact["event_date"],
                fact["place"],
                fact["article_title"],
                fact["article_date"],
                fact["article_id"],
                fact["article_source"],
                fact["evidence"],
                fact["confidence"],
                s["type"],
                o["type"],
                fact["subject"],
                fact["object"],
            ]
        )
    return {
        "columns": columns,
        "rows": rows,
        "relations": sorted({r[1] for r in rows}),
        "statuses": [s for s in STATUSES if any(r[3] == s for r in rows)]
        + sorted({r[3] for r in rows} - set(STATUSES)),
        "graph_href": graph_href,
    }


def _table_key(entities: dict):
    def key(fact: dict) -> tuple:
        return (
            fact["article_date"] or "",
            fact["article_id"] or "",
            entities[fact["subject"]]["label"],
            fact["relation"],
            entities[fact["object"]]["label"],
            fact["status"],
            fact["evidence"],
            fact["assertion"],
        )

    return key


# ----------------------------------------------------------------------------- rendering

_SCRIPT_DATA = re.compile(
    r'<script type="application/json" id="kg-data">(.*?)</script>', re.S
)
_PLACEHOLDER = re.compile(r"@@([A-Z_]+)@@")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _json_for_html(data) -> str:
    """JSON that cannot end the element it sits in: ``<``, ``>``, ``&``, ``'`` are \\u-escaped.

    These characters only ever occur inside JSON strings, where the escapes mean the same."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return re.sub("[<>&'\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group(0)], text)


def _asset(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


def _vis_library() -> tuple[str, str]:
    js = (VIS_LIB / "vis-network.min.js").read_text(encoding="utf-8")
    js = js.replace("//# sourceMappingURL=vis-network.min.js.map", "").rstrip() + "\n"
    css = (VIS_LIB / "vis-network.css").read_text(encoding="utf-8")
    css = re.sub(r"/\*# sourceMappingURL=[^*]*\*/", "", css)
    return js, css


def _script_hash(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii") + "'"


def _csp(scripts: list[str]) -> str:
    """No fetches of any kind; only the page's own scripts run (inline handlers never do)."""
    return "; ".join(
        [
            "default-src 'none'",
            "script-src " + " ".join(_script_hash(s) for s in scripts),
            "style-src 'unsafe-inline'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


def _render(template: str, scripts: list[str], values: dict[str, str]) -> str:
    """Fill ``@@NAME@@`` placeholders in one pass (values are never re-scanned)."""
    for body in scripts:
        if re.search(r"</script|<!--", body, re.I):
            raise RuntimeError("an inline script could end its own element")
    for name in ("CSS", "VIS_CSS"):
        if "</style" in values.get(name, "").lower():
            raise RuntimeError("an inline stylesheet could end its own element")
    values = {**values, "CSP": html.escape(_csp(scripts), quote=True)}
    found = _PLACEHOLDER.findall(template)
    if sorted(found) != sorted(set(values)):
        raise RuntimeError(f"template placeholders {sorted(found)} do not match {sorted(values)}")
    page = _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)
    _check_offline(page)
    return page


_REMOTE = re.compile(
    r"""<(?:script|link|img|iframe|source|embed|object|audio|video)\b[^>]*\b(?:src|href|data)\s*=\s*["']?(?:https?:)?//"""
    r"""|url\(\s*["']?(?:https?:)?//|@import""",
    re.I,
)


def _check_offline(page: str) -> None:
    if _REMOTE.search(page):
        raise RuntimeError("the HTML page references a remote resource")


def _summary_text(meta: dict) -> tuple[str, str]:
    """The page's headline counts and, when entities were left out, a sentence that says so."""
    summary = (
        f"{meta['entities_shown']:,} entities · {meta['links_shown']:,} links · "
        f"{meta['facts_shown']:,} facts from {meta['articles_total']:,} articles"
    )
    if not meta["entities_left_out"]:
        return summary, ""
    left_out = (
        f"Showing the {meta['entities_shown']:,} most connected of {meta['entities_total']:,} entities: "
        f"{meta['entities_left_out']:,} entities and "
        f"{meta['facts_total'] - meta['facts_shown']:,} of {meta['facts_total']:,} facts are left out of this view "
        "(all of them are in graph.ttl and the facts table; kg build --max-nodes N shows more)."
    )
    return summary, left_out


def render_graph_page(data: dict) -> str:
    vis_js, vis_css = _vis_library()
    own_js = _asset("graph.js")
    summary, left_out = _summary_text(data["meta"])
    href = data["meta"]["facts_href"]
    facts_link = (
        f'<a id="kg-facts-link" href="{html.escape(href, quote=True)}">Facts table &rarr;</a>' if href else ""
    )
    return _render(
        _asset("graph.html"),
        [vis_js, own_js],
        {
            "VIS_CSS": vis_css,
            "CSS": _asset("common.css") + _asset("graph.css"),
            "SUMMARY": html.escape(summary),
            "LEFT_OUT": html.escape(left_out),
            "LEFT_OUT_HIDDEN": "" if left_out else " hidden",
            "FACTS_LINK": facts_link,
            "DATA": _json_for_html(data),
            "VIS_JS": vis_js,
            "JS": own_js,
        },
    )


def render_facts_page(table: dict) -> str:
    own_js = _asset("facts.js")
    href = table["graph_href"]
    graph_link = f'<a id="kg-graph-link" href="{html.escape(href, quote=True)}">&larr; Network view</a>' if href else ""
    return _render(
        _asset("facts.html"),
        [own_js],
        {
            "CSS": _asset("common.css") + _asset("facts.css"),
            "COUNT": html.escape(f"{len(table['rows']):,} facts"),
            "GRAPH_LINK": graph_link,
            "DATA": _json_for_html(table),
            "JS": own_js,
        },
    )


def _atomic_write(path: Path, text: str) -> None:
    from kg.atomic import atomic_write_text

    atomic_write_text(Path(path), text)


def _relative_href(target: Path, page: Path) -> str:
    rel = os.path.relpath(Path(target).resolve(), Path(page).resolve().parent)
    return quote(Path(rel).as_posix())


def write_html(
    graph: rdflib.Graph,
    path: Path,
    max_nodes: int = DEFAULT_MAX_NODES,
    facts_path: Path | None = None,
) -> None:
    """Write the offline network page of ``graph`` to ``path``, atomically.

    Entities are coloured by type and sized by how many entities they are linked to; links are
    coloured by relation, with arrows for directed relations, dashed or dotted unless the fact
    occurred, and as wide as their number of source articles. Clicking shows a card with the
    entity's names, roles, Wikidata id and counts, or the link's every evidence sentence with its
    article. Only the ``max_nodes`` most connected entities are drawn (all when 0); the page says
    how many were left out. With ``facts_path``, the facts table is written there too (also
    atomically) and the two pages link to each other.
    """
    entities, facts = collect_facts(graph)
    path = Path(path)
    facts_href = _relative_href(facts_path, path) if facts_path is not None else None
    page = render_graph_page(_network_view(entities, facts, max_nodes, facts_href))
    if facts_path is not None:
        table = facts_table(entities, facts, graph_href=_relative_href(path, facts_path))
        _atomic_write(Path(facts_path), render_facts_page(table))
    _atomic_write(path, page)


def write_facts_html(graph: rdflib.Graph, path: Path, graph_href: str | None = None) -> None:
    """Write the facts table of ``graph`` (every assertion, sortable and searchable) to ``path``."""
    entities, facts = collect_facts(graph)
    _atomic_write(Path(path), render_facts_page(facts_table(entities, facts, graph_href)))


# ----------------------------------------------------------------------------- reading pages back


def embedded_view_data(page: str) -> dict:
    """The JSON data of a page written by ``write_html`` or ``write_facts_html`` (for tests)."""
    blobs = _SCRIPT_DATA.findall(page)
    if len(blobs) != 1:
        raise ValueError("no kg data in the page")
    return json.loads(blobs[0])


def embedded_network_data(page: str) -> tuple[list[dict], list[dict]]:
    """The vis-network node and edge lists of a page written by ``write_html``."""
    data = embedded_view_data(page)
    return data["nodes"], data["edges"]


def embedded_facts_data(page: str) -> dict:
    return embedded_view_data(page)
