"""The last pipeline stage: write the graph as Turtle and as self-contained HTML pages.

``write_outputs(graph, out_dir)`` writes ``graph.ttl``, ``graph.html`` (the network view) and
``facts.html`` (every fact in a sortable, searchable table). Every file is written atomically
(temp file in the same directory, fsync, ``os.replace``), so a crash or an error never leaves a
half-written or clobbered output behind.

The HTML pages are made by ``kg.view`` (offline, escaped, physics off; see its docstring);
``entity_network``, ``write_html`` and ``embedded_network_data`` are re-exported here.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import rdflib

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


def write_outputs(graph: rdflib.Graph, out_dir: Path, max_nodes: int = DEFAULT_MAX_NODES) -> tuple[Path, Path]:
    """Write ``out_dir/graph.ttl``, ``out_dir/graph.html`` (at most ``max_nodes`` entities drawn)
    and ``out_dir/facts.html``; return the paths of the first two."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    ttl = out_dir / "graph.ttl"
    page = out_dir / "graph.html"
    write_turtle(graph, ttl)
    write_html(graph, page, max_nodes=max_nodes, facts_path=out_dir / FACTS_FILE)
    from kg.formats import write_standard_formats  # here: kg.formats imports this module

    write_standard_formats(graph, out_dir)  # graph.nt, graph.jsonld, graph.graphml beside graph.ttl
    return ttl, page
