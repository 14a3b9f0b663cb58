"""The last pipeline stage: write the graph as Turtle and as self-contained HTML pages.

``write_outputs(graph, out_dir)`` writes ``graph.ttl``, ``graph.html`` (the network view) and
``facts.html`` (every fact in a sortable, searchable table). Every file is written atomically
(temp file in the same directory, fsync, ``os.replace``), so a crash or an error never leaves a
half-written or clobbered output behind.

The HTML pages are made by ``kg.view`` (offline, escaped, physics off; see its docstring);
``entity_network``, ``write_html`` and ``embedded_network_data`` are re-exported here.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import rdflib

from kg.atomic import atomic_write_text
from kg.namespace import KG
from kg.view import (
    DEFAULT_MAX_NODES,
    FACTS_FILE,
    RELATION_STYLES,
    TYPE_COLOURS,
    embedded_network_data,
    entity_network,
    write_facts_html,
    write_html,
)

__all__ = [
    "atomic_write_text",
    "write_turtle",
    "entity_network",
    "write_html",
    "write_facts_html",
    "write_outputs",
    "embedded_network_data",
    "TYPE_COLOURS",
    "RELATION_STYLES",
]


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


def write_outputs(
    graph: rdflib.Graph,
    out_dir: Path,
    max_nodes: int = DEFAULT_MAX_NODES,
    turtle_writer: Callable[[rdflib.Graph, Path], None] = write_turtle,
) -> tuple[Path, Path]:
    """Write ``out_dir/graph.ttl`` (with ``turtle_writer``: rdflib's by default, or Oxigraph's
    for large graphs), ``out_dir/graph.html`` (at most ``max_nodes`` entities drawn),
    ``out_dir/facts.html`` and the other formats; return the paths of the first two."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    ttl = out_dir / "graph.ttl"
    page = out_dir / "graph.html"
    graph.bind("kg", KG._NS, override=True, replace=True)
    turtle_writer(graph, ttl)
    write_html(graph, page, max_nodes=max_nodes, facts_path=out_dir / FACTS_FILE)
    from kg.formats import write_standard_formats  # here: kg.formats imports this module

    write_standard_formats(graph, out_dir)  # graph.nt, graph.jsonld, graph.graphml beside graph.ttl
    return ttl, page
