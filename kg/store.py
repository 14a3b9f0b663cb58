"""Oxigraph for graphs that outgrow rdflib's in-memory store.

kg builds its graph with rdflib (:mod:`kg.graph`), which is convenient and fast enough for
thousands of articles. Past a few hundred thousand triples its Turtle writer, parser and SPARQL
engine take tens of seconds where Oxigraph (``pyoxigraph``, a Rust store) takes one or two.
This module moves a graph into Oxigraph, writes Turtle with it and answers SPARQL with it,
returning rdflib objects where callers expect them:

* :func:`store_of` (rdflib graph -> Oxigraph store), :func:`load` (Turtle file -> store);
* :func:`turtle_bytes` / :func:`write_turtle`: deterministic Turtle, the same bytes for the same
  triples whatever order they were added in (triples sorted, grouped by subject);
* :func:`query`: a SPARQL query over a store, as an ``rdflib.query.Result``;
* :func:`should_use_oxigraph`: the size above which ``kg query`` switches by itself.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.query import Result
from rdflib.term import BNode, Literal, URIRef, Variable

from kg.atomic import atomic_write_bytes

# Turtle files larger than this are queried with Oxigraph by `kg query --store auto`
AUTO_THRESHOLD_BYTES = 20 * 1024 * 1024

_TURTLE = ox.RdfFormat.TURTLE
_NTRIPLES = ox.RdfFormat.N_TRIPLES


# --------------------------------------------------------------------------- terms


def to_ox(term):
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(_bnode_id(str(term)))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def _bnode_id(value: str) -> str:
    return value if value.replace("_", "").isalnum() else "b" + value.encode("utf-8").hex()


def to_rdflib(term):
    """A pyoxigraph term as an rdflib term (None stays None)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value if term.datatype is not None else None
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            datatype = None
        return Literal(term.value, datatype=URIRef(datatype) if datatype else None)
    raise TypeError(f"not an Oxigraph term: {term!r}")


# --------------------------------------------------------------------------- stores


def triples_of(graph: rdflib.Graph) -> Iterator[ox.Triple]:
    for s, p, o in graph:
        yield ox.Triple(to_ox(s), to_ox(p), to_ox(o))


def store_of(graph: rdflib.Graph) -> ox.Store:
    """An in-memory Oxigraph store holding the triples of ``graph`` (in its default graph)."""
    store = ox.Store()
    default = ox.DefaultGraph()
    store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, default) for t in triples_of(graph))
    return store


def load(path: Path | str, format: ox.RdfFormat | None = None) -> ox.Store:
    """An in-memory Oxigraph store with the RDF file at ``path`` (format from its extension)."""
    store = ox.Store()
    path = Path(path)
    store.bulk_load(path=str(path), format=format or ox.RdfFormat.from_extension(path.suffix.lstrip(".")) or _TURTLE)
    return store


# --------------------------------------------------------------------------- Turtle


def prefixes_of(graph: rdflib.Graph) -> dict[str, str]:
    """The namespace bindings of an rdflib graph, for Oxigraph's serializer."""
    return {prefix: str(namespace) for prefix, namespace in graph.namespaces() if prefix}


def turtle_bytes(source: rdflib.Graph | ox.Store | Iterable[ox.Triple], prefixes: dict[str, str] | None = None) -> bytes:
    """Turtle for the triples of ``source``, deterministic: the triples are sorted (as N-Triples
    lines), so the same triples give the same bytes whatever order they were added in."""
    if isinstance(source, rdflib.Graph):
        prefixes = prefixes_of(source) if prefixes is None else prefixes
        triples: Iterable[ox.Triple] = triples_of(source)
        lines = ox.serialize(triples, format=_NTRIPLES)
    elif isinstance(source, ox.Store):
        lines = source.dump(format=_NTRIPLES, from_graph=ox.DefaultGraph())
    else:
        lines = ox.serialize(source, format=_NTRIPLES)
    ordered = lines.split(b"\n")  # one triple a line (N-Triples escapes line breaks), no duplicates
    ordered.sort()
    while ordered and not ordered[0]:
        ordered.pop(0)  # the empty string after the last newline sorts first
    data = b"\n".join(ordered) + b"\n" if ordered else b""
    # only the prefixes the triples use, as rdflib does
    used = {k: v for k, v in sorted((prefixes or {}).items()) if b"<" + v.encode("utf-8") in data}
    return ox.serialize(ox.parse(data, format=_NTRIPLES), format=_TURTLE, prefixes=used)


def write_turtle(source: rdflib.Graph | ox.Store, path: Path, prefixes: dict[str, str] | None = None) -> None:
    """Write :func:`turtle_bytes` to ``path`` atomically (:func:`kg.atomic.atomic_write_bytes`)."""
    atomic_write_bytes(Path(path), turtle_bytes(source, prefixes))


# --------------------------------------------------------------------------- SPARQL


def query(store: ox.Store, sparql: str) -> Result:
    """Run a SPARQL query with Oxigraph; the answer as an rdflib Result (SELECT, ASK, CONSTRUCT)."""
    answer = store.query(sparql)
    if isinstance(answer, (bool, getattr(ox, "QueryBoolean", bool))):
        result = Result("ASK")
        result.askAnswer = bool(answer)
        return result
    if isinstance(answer, ox.QuerySolutions):
        result = Result("SELECT")
        names = [v.value for v in answer.variables]
        result.vars = [Variable(n) for n in names]
        rows = []
        for solution in answer:
            row = {}
            for name in names:
                value = solution[name]
                if value is not None:
                    row[Variable(name)] = to_rdflib(value)
            rows.append(row)
        result.bindings = rows
        return result
    graph = rdflib.Graph()
    for triple in answer:
        graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
    result = Result("CONSTRUCT")
    result.graph = graph
    return result


def should_use_oxigraph(path: Path) -> bool:
    """Whether a graph file is large enough for Oxigraph to answer faster than rdflib."""
    try:
        return Path(path).stat().st_size > AUTO_THRESHOLD_BYTES
    except OSError:
        return False
