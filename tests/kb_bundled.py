"""The bundled articles, built once per test session for the knowledge-base tests.

``bundled_output()`` builds ``data/articles`` into a temporary folder the first time it is called
and returns that folder (graph.ttl, graph.nt, graph.jsonld, graph.graphml, graph.html). Tests share
it, so they must only read it: a test that changes a graph works on a copy.
"""
from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"
QUERIES = ROOT / "queries"


@cache
def bundled_output() -> Path:
    from kg.pipeline import build

    out = Path(tempfile.mkdtemp(prefix="kg-bundled-"))
    atexit.register(shutil.rmtree, out, True)
    build([ARTICLES], out)
    return out


@cache
def bundled_graph():
    """The bundled graph.ttl parsed with rdflib (shared: do not change it)."""
    from rdflib import Graph

    return Graph().parse(bundled_output() / "graph.ttl", format="turtle")


def saved_query_paths() -> list[Path]:
    return sorted(QUERIES.glob("*.rq"))
