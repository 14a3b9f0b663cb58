"""The last pipeline stage: write the graph as Turtle and as a self-contained HTML page.

``write_outputs(graph, out_dir)`` writes ``graph.ttl`` and ``graph.html``. Both files are
written atomically (temp file in the same directory, fsync, ``os.replace``), so a crash or an
error never leaves a half-written or clobbered output behind.

The HTML page is a pyvis / vis-network view of ``entity_network(graph)``. It works offline:
vis-network's JS and CSS are inlined and every remote ``<script src>`` / ``<link href>`` that
pyvis's template adds (Bootstrap) is removed. Article text is untrusted, so names and evidence
only ever reach the page as data inside JSON that cannot close its ``<script>`` element
(``<``, ``>``, ``&`` and ``'`` are ``\\u00XX``-escaped), and vis-network 9 shows string titles
with ``innerText`` and draws labels on a canvas, so they are never parsed as markup.
"""
from __future__ import annotations

import html
import json
import os
import re
import tempfile
from pathlib import Path

import networkx as nx
import rdflib
from pyvis.network import Network
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.namespace import KG

__all__ = [
    "atomic_write_text",
    "write_turtle",
    "entity_network",
    "write_html",
    "write_outputs",
    "embedded_network_data",
    "TYPE_COLOURS",
    "RELATION_STYLES",
]

KG_NS = str(KG._NS)

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
    "metWith": ("met with", "#1f77b4", False),
    "criticized": ("criticized", "#d62728", True),
    "visited": ("visited", "#2ca02c", True),
}
_OTHER_RELATION_COLOUR = "#7f7f7f"
_SYMMETRIC = {KG.metWith}
OCCURRED = "occurred"


# --------------------------------------------------------------------------- atomic writing


def atomic_write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically.

    The text goes to a temporary file in the same directory, which is flushed, fsynced and then
    moved over ``path`` with ``os.replace``. Readers see the old file or the new one, never a
    partial one; if anything fails, the temporary file is removed and the old file is untouched.
    """
    path = Path(path)
    directory = path.parent
    directory.mkdir(parents=True, exist_ok=True)
    data = text.encode(encoding)  # fail before touching the disk on unencodable text
    fd, tmp_name = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates 0600; give the output the permissions a plain open() would.
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise
    _fsync_dir(directory)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_dir(directory: Path) -> None:
    """Make the rename durable; best effort (not every platform can open a directory)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- Turtle


def write_turtle(graph: rdflib.Graph, path: Path) -> None:
    """Serialize ``graph`` as Turtle to ``path``, atomically.

    The output is deterministic: rdflib's Turtle serializer sorts prefixes, subjects, predicates
    and objects, so the same set of triples gives the same bytes whatever the insertion order
    (blank nodes aside, whose labels rdflib does not canonicalize). The ``kg:`` prefix is always
    bound to the ontology namespace.
    """
    graph.bind("kg", KG._NS, override=True, replace=True)
    text = graph.serialize(format="turtle", encoding=None)
    if isinstance(text, bytes):  # pragma: no cover - rdflib returns str when encoding is None
        text = text.decode("utf-8")
    atomic_write_text(Path(path), text)


# --------------------------------------------------------------------------- entity network


def _text(term) -> str:
    return str(term) if term is not None else ""


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


def _first(graph: rdflib.Graph, subject, predicate):
    """The smallest value of ``predicate`` on ``subject`` (deterministic when there are several)."""
    values = sorted(graph.objects(subject, predicate), key=lambda v: (str(v), repr(v)))
    return values[0] if values else None


def _entity_type(graph: rdflib.Graph, entity) -> str:
    types = set(graph.objects(entity, RDF.type))
    for cls, name in _TYPE_PRIORITY:
        if cls in types:
            return name
    return UNKNOWN_TYPE


def _status_name(term) -> str:
    return _local_name(term).lower() if term is not None else "unknown"


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


def entity_network(graph: rdflib.Graph) -> nx.MultiDiGraph:
    """Turn the RDF graph into a network of entities linked by their asserted relations.

    In: an rdflib graph as the graph stage builds it (entities with ``rdf:type``, ``rdfs:label``,
    ``skos:altLabel`` and ``kg:role``; ``kg:Assertion`` nodes with ``rdf:subject``,
    ``rdf:predicate``, ``rdf:object``, ``kg:status``, ``kg:evidence``, ``kg:confidence``,
    ``kg:eventDate`` and ``prov:wasDerivedFrom`` an article with ``dcterms:title``,
    ``dcterms:date`` and ``dcterms:identifier``).

    Out: a ``networkx.MultiDiGraph`` whose

    * nodes are the IRIs (as strings) of the entities that take part in at least one
      ``kg:Assertion``, with attributes ``label`` (``rdfs:label``, else the IRI's local name),
      ``type`` (the most specific of Person, Organization, Country, City, Place, Group, else
      ``"Entity"``), ``alt_labels`` (sorted ``skos:altLabel`` values other than the label) and
      ``roles`` (sorted ``kg:role`` values);
    * edges are one per (subject, predicate, object, status), keyed ``"<relation>|<status>"``,
      with attributes ``relation`` (the predicate's local name: ``metWith``, ``criticized``,
      ``visited``), ``status`` (``occurred``, ``planned``, ``requested``, ``negated``) and
      ``evidence``: a list of dicts with keys ``evidence``, ``article_title``, ``article_date``,
      ``article_id``, ``event_date`` (ISO strings or None), ``confidence`` (float or None) and
      ``assertion`` (the assertion's IRI), sorted by article date, title, id, event date,
      sentence, confidence and assertion.

    ``kg:metWith`` is symmetric, so its two directions are one edge, from the entity with the
    smaller IRI to the other. Nodes and edges are added in sorted order, so the result does not
    depend on the order of the triples.
    """
    edges: dict[tuple[str, str, str, str], list[dict]] = {}
    entities: dict[str, object] = {}

    for assertion in graph.subjects(RDF.type, KG.Assertion, unique=True):
        subj = _first(graph, assertion, RDF.subject)
        pred = _first(graph, assertion, RDF.predicate)
        obj = _first(graph, assertion, RDF.object)
        if subj is None or pred is None or obj is None:
            continue
        if isinstance(subj, Literal) or isinstance(obj, Literal):
            continue
        s_id, o_id = str(subj), str(obj)
        if pred in _SYMMETRIC and o_id < s_id:
            s_id, o_id = o_id, s_id
            subj, obj = obj, subj
        entities[s_id] = subj
        entities[o_id] = obj
        relation = _local_name(pred)
        status = _status_name(_first(graph, assertion, KG.status))

        sentence = _text(_first(graph, assertion, KG.evidence))
        confidence = _confidence(_first(graph, assertion, KG.confidence))
        event_date = _date_text(_first(graph, assertion, KG.eventDate))
        articles = sorted(graph.objects(assertion, PROV.wasDerivedFrom), key=str) or [None]
        bucket = edges.setdefault((s_id, relation, o_id, status), [])
        for article in articles:
            title = _first(graph, article, DCTERMS.title) if article is not None else None
            date = _first(graph, article, DCTERMS.date) if article is not None else None
            ident = _first(graph, article, DCTERMS.identifier) if article is not None else None
            bucket.append(
                {
                    "evidence": sentence,
                    "article_title": str(title) if title is not None else None,
                    "article_date": _date_text(date),
                    "article_id": str(ident) if ident is not None else None,
                    "event_date": event_date,
                    "confidence": confidence,
                    "assertion": str(assertion),
                }
            )

    net = nx.MultiDiGraph()
    for node_id in sorted(entities):
        term = entities[node_id]
        labels = sorted(str(v) for v in graph.objects(term, RDFS.label))
        label = labels[0] if labels else _local_name(term)
        alt = sorted({str(v) for v in graph.objects(term, SKOS.altLabel)} - {label})
        roles = sorted({str(v) for v in graph.objects(term, KG.role)})
        net.add_node(
            node_id,
            label=label,
            type=_entity_type(graph, term),
            alt_labels=alt,
            roles=roles,
        )
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


# --------------------------------------------------------------------------- HTML

_REMOTE_LINK = re.compile(r"""<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?//[^>]*>""", re.I)
_REMOTE_SCRIPT = re.compile(
    r"""<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?//[^>]*>\s*</script\s*>""", re.I
)
_REMOTE_ANY = re.compile(
    r"""<(?:script|link|img|iframe|source|embed|object)\b[^>]*\b(?:src|href|data)\s*=\s*["']?(?:https?:)?//"""
    r"""|url\(\s*["']?(?:https?:)?//|@import""",
    re.I,
)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>\s*", re.I)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)  # pyvis leaves a commented-out vis.js link
_DATASET_JSON = re.compile(r"new vis\.DataSet\((.*?)\);\n", re.S)

_LEGEND_CSS = """
#kg-legend { font: 13px/1.4 system-ui, sans-serif; margin: 8px 0; }
#kg-legend span.item { display: inline-block; margin-right: 14px; white-space: nowrap; }
#kg-legend span.dot { display: inline-block; width: 12px; height: 12px; border-radius: 50%;
  vertical-align: middle; margin-right: 4px; }
#kg-legend span.line { display: inline-block; width: 24px; height: 0; border-top: 3px solid;
  vertical-align: middle; margin-right: 4px; }
#kg-legend span.dashed { border-top-style: dashed; border-color: #555; }
#mynetwork { float: none !important; }
"""

_STOP_PHYSICS_JS = """
              if (network) {
                  network.once("stabilizationIterationsDone", function () {
                      network.setOptions({physics: false});
                  });
              }
"""


def _legend_html() -> str:
    esc = html.escape
    types = "".join(
        f'<span class="item"><span class="dot" style="background:{esc(colour)}"></span>'
        f"{esc(name)}</span>"
        for name, colour in TYPE_COLOURS.items()
        if name != UNKNOWN_TYPE
    )
    relations = "".join(
        f'<span class="item"><span class="line" style="border-color:{esc(colour)}"></span>'
        f"{esc(label)}{' &rarr;' if arrow else ''}</span>"
        for label, colour, arrow in RELATION_STYLES.values()
    )
    dashed = (
        '<span class="item"><span class="line dashed"></span>'
        "planned / requested / negated</span>"
    )
    return (
        '<div id="kg-legend"><div><strong>Entities:</strong> '
        f"{types}</div><div><strong>Relations:</strong> {relations}{dashed}</div></div>"
    )


def _node_title(attrs: dict) -> str:
    lines = [attrs["label"], f"Type: {attrs['type']}"]
    if attrs["alt_labels"]:
        lines.append("Other names: " + "; ".join(attrs["alt_labels"]))
    if attrs["roles"]:
        lines.append("Roles: " + "; ".join(attrs["roles"]))
    return "\n".join(lines)


def _relation_label(relation: str) -> str:
    return RELATION_STYLES.get(relation, (relation, "", True))[0]


def _edge_title(net: nx.MultiDiGraph, source: str, target: str, attrs: dict) -> str:
    relation = _relation_label(attrs["relation"])
    lines = [
        f"{net.nodes[source]['label']} {relation} {net.nodes[target]['label']}",
        f"Status: {attrs['status']}",
    ]
    for item in attrs["evidence"]:
        source_bits = [item["article_title"] or item["article_id"] or "unknown article"]
        if item["article_date"]:
            source_bits.append(item["article_date"])
        extra = []
        if item["event_date"]:
            extra.append(f"event date {item['event_date']}")
        if item["confidence"] is not None:
            extra.append(f"confidence {item['confidence']:.2f}")
        lines.append("")
        lines.append(f"\u201c{item['evidence']}\u201d")
        tail = f"  \u2014 {', '.join(source_bits)}"
        if extra:
            tail += f" ({', '.join(extra)})"
        lines.append(tail)
    return "\n".join(lines)


def _vis_options() -> dict:
    return {
        "physics": {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -8000,
                "centralGravity": 0.3,
                "springLength": 160,
                "springConstant": 0.04,
                "damping": 0.09,
                "avoidOverlap": 0.1,
            },
            "stabilization": {"enabled": True, "iterations": 1000, "updateInterval": 50, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 150},
        "edges": {"smooth": {"enabled": True, "type": "dynamic"}, "font": {"size": 11, "align": "middle"}},
        "nodes": {"font": {"size": 14}},
    }


class _OfflineNetwork(Network):
    """pyvis's Network, minus two behaviours of 0.3.2 that do not suit kg.

    * ``add_edge`` checks ``source in self.get_nodes()``, a list: a linear scan per edge.
      ``node_map`` (kept by ``add_node``) answers the same question in constant time.
    * ``generate_html`` switches to a custom popup that sets ``innerHTML`` from a node's title
      as soon as any title contains the text "href" (and hides every vis tooltip, edges'
      included). Titles here are untrusted plain text, so the page is always rendered with
      vis-network's own tooltip, which shows a string title with ``innerText``.
    """

    def get_nodes(self):
        return self.node_map.keys()

    def generate_html(self, name="index.html", local=True, notebook=False):
        template = self.templateEnv.get_template(self.path)
        nodes, edges, heading, height, width, options = self.get_network_data()
        physics_enabled = bool(self.options.get("physics", {}).get("enabled", True))
        self.html = template.render(
            height=height,
            width=width,
            nodes=nodes,
            edges=edges,
            heading=heading,
            options=options,
            physics_enabled=physics_enabled,
            use_DOT=False,
            dot_lang="",
            widget=False,
            bgcolor=self.bgcolor,
            conf=False,
            tooltip_link=False,
            neighborhood_highlight=False,
            select_menu=False,
            filter_menu=False,
            notebook=False,
            cdn_resources="in_line",
        )
        return self.html


def _build_pyvis(graph: rdflib.Graph) -> Network:
    net = entity_network(graph)
    # directed=True: pyvis de-duplicates edges of an undirected Network (with a linear scan per
    # edge), which would drop parallel edges such as a planned and an occurred visit. Arrows are
    # then set per edge.
    vis = _OfflineNetwork(height="800px", width="100%", directed=True, cdn_resources="in_line")
    vis.options = _vis_options()
    ids: dict[str, int] = {}
    for index, (node, attrs) in enumerate(net.nodes(data=True)):
        ids[node] = index
        vis.add_node(
            index,
            label=attrs["label"],
            title=_node_title(attrs),
            color=TYPE_COLOURS.get(attrs["type"], TYPE_COLOURS[UNKNOWN_TYPE]),
            shape="dot",
            size=12 + min(net.degree(node), 20),
        )
    for source, target, attrs in net.edges(data=True):
        label, colour, arrow = RELATION_STYLES.get(
            attrs["relation"], (attrs["relation"], _OTHER_RELATION_COLOUR, True)
        )
        occurred = attrs["status"] == OCCURRED
        vis.add_edge(
            ids[source],
            ids[target],
            label=label if occurred else f"{label} ({attrs['status']})",
            title=_edge_title(net, source, target, attrs),
            color=colour,
            arrows={"to": {"enabled": arrow}},
            dashes=not occurred,
            width=1 + min(len(attrs["evidence"]), 5),
        )
    return vis


def _check_dataset_json(page: str) -> None:
    """The embedded node/edge JSON must not be able to end its <script> element."""
    blobs = _DATASET_JSON.findall(page)
    if len(blobs) != 2:
        raise RuntimeError("unexpected pyvis template: node/edge data not found")
    for blob in blobs:
        if any(ch in blob for ch in "<>&"):
            raise RuntimeError("unescaped markup characters in the embedded graph data")


def _render_html(graph: rdflib.Graph) -> str:
    vis = _build_pyvis(graph)
    page = vis.generate_html()
    if "innerHTML = nodeData" in page:  # see _OfflineNetwork
        raise RuntimeError("pyvis template would render titles as HTML")
    _check_dataset_json(page)
    # No network: drop Bootstrap (and anything else remote) from the template.
    page = _REMOTE_LINK.sub("", page)
    page = _REMOTE_SCRIPT.sub("", page)
    page = _EMPTY_HEADING.sub("", page)
    page = _HTML_COMMENT.sub("", page)
    page = page.replace("//# sourceMappingURL=vis-network.min.js.map", "")
    if _REMOTE_ANY.search(page):
        raise RuntimeError("the HTML page still references a remote resource")
    if "new vis.Network" not in page or "vis-network" not in page:
        raise RuntimeError("vis-network is not inlined in the page")
    page = page.replace(
        "</head>",
        f'<title>kg entity network</title>\n<style type="text/css">{_LEGEND_CSS}</style>\n</head>',
        1,
    )
    page = re.sub(r"(<body>)", lambda m: m.group(1) + "\n" + _legend_html(), page, count=1)
    marker = "drawGraph();\n"
    if marker not in page:
        raise RuntimeError("unexpected pyvis template: drawGraph() call not found")
    head, _, tail = page.rpartition(marker)
    page = head + marker + _STOP_PHYSICS_JS + tail
    if not page.lstrip().lower().startswith("<!doctype"):
        page = "<!DOCTYPE html>\n" + page
    return page


def write_html(graph: rdflib.Graph, path: Path) -> None:
    """Write an offline, self-contained pyvis page of ``entity_network(graph)`` to ``path``.

    Nodes are coloured by entity type; edges are coloured and labelled by relation, with arrows
    for criticized and visited, dashed when the status is not ``occurred``. Hovering a node shows
    its name, type, other names and roles; hovering an edge shows every evidence sentence with
    its article's title and date. Physics runs until the layout stabilizes, then stops.
    """
    atomic_write_text(Path(path), _render_html(graph))


def write_outputs(graph: rdflib.Graph, out_dir: Path) -> tuple[Path, Path]:
    """Write ``out_dir/graph.ttl`` and ``out_dir/graph.html``; return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    ttl = out_dir / "graph.ttl"
    page = out_dir / "graph.html"
    write_turtle(graph, ttl)
    write_html(graph, page)
    return ttl, page


def embedded_network_data(page: str) -> tuple[list[dict], list[dict]]:
    """Parse the node and edge lists back out of a page written by ``write_html`` (for tests)."""
    blobs = _DATASET_JSON.findall(page)
    if len(blobs) != 2:
        raise ValueError("node/edge data not found in the page")
    return json.loads(blobs[0]), json.loads(blobs[1])
