"""Standard formats written beside ``graph.ttl``, for tools other than a Turtle reader.

* ``graph.nt``: N-Triples, one triple a line, lines sorted (the same triples give the same bytes);
* ``graph.jsonld``: JSON-LD, compacted with an ``@context`` that maps the prefixes the graph uses;
* ``graph.graphml``: the entity network of :func:`kg.export.entity_network` as GraphML, for Gephi,
  Cytoscape or yEd. GraphML allows only scalar attributes, so lists are flattened to strings.

Every file is written atomically with :func:`kg.atomic.atomic_write_text`.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import OWL

from kg.atomic import atomic_write_text
from kg.export import entity_network

__all__ = [
    "NTRIPLES",
    "JSONLD",
    "GRAPHML",
    "write_ntriples",
    "write_jsonld",
    "write_graphml",
    "graphml_network",
    "jsonld_context",
    "write_standard_formats",
]

NTRIPLES, JSONLD, GRAPHML = "graph.nt", "graph.jsonld", "graph.graphml"
LIST_SEPARATOR = " | "
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def write_ntriples(graph: rdflib.Graph, path: Path) -> None:
    """``graph`` as N-Triples, with its lines sorted so that the file is deterministic."""
    text = graph.serialize(format="nt", encoding=None)
    # split on "\n" only: str.splitlines() would also split inside literals holding \x0c, \x85, \u2028...
    lines = sorted({line for line in text.split("\n") if line.strip()})
    atomic_write_text(Path(path), "".join(line + "\n" for line in lines))


def jsonld_context(graph: rdflib.Graph) -> dict[str, str]:
    """The prefixes bound in ``graph`` whose namespace holds an IRI or datatype of the graph, by prefix."""
    iris = {str(term) for triple in graph for term in triple if isinstance(term, URIRef)}
    iris |= {str(term.datatype) for term in graph.objects() if isinstance(term, Literal) and term.datatype}
    context = {}
    for prefix, namespace in sorted(graph.namespaces()):
        ns = str(namespace)
        if prefix and any(iri.startswith(ns) for iri in iris):
            context[prefix] = ns
    return context


def _sort_json(value):
    """Sort the JSON-LD's node list and value lists so that the output is deterministic."""
    if isinstance(value, dict):
        return {key: _sort_json(item) for key, item in value.items()}
    if isinstance(value, list):
        items = [_sort_json(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return value


def write_jsonld(graph: rdflib.Graph, path: Path) -> None:
    """``graph`` as compacted JSON-LD whose ``@context`` maps the prefixes it uses."""
    context = jsonld_context(graph)
    text = graph.serialize(format="json-ld", context=context, auto_compact=True, encoding=None)
    data = json.loads(text)
    if "@context" not in data:  # pragma: no cover - rdflib keeps the context it was given
        data = {"@context": context, **data}
    data = {key: (value if key == "@context" else _sort_json(value)) for key, value in data.items()}
    atomic_write_text(Path(path), json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n")


def graphml_network(graph: rdflib.Graph) -> nx.MultiDiGraph:
    """The entity network with scalar attributes only, as GraphML needs.

    Nodes (keyed by IRI): ``label``, ``type``, ``iri``, ``alt_labels`` and ``roles`` (joined with
    " | ") and ``wikidata`` (the ``owl:sameAs`` Wikidata IRI, or ""). Edges: ``relation``
    (``metWith``, ``criticized``, ``visited``), ``status``, ``count`` (how many assertions report
    it), ``articles`` (their article ids), ``evidence`` (their sentences), ``confidence`` (the
    highest) and ``label`` (relation and status, for tools that show an edge label).
    """
    network = entity_network(graph)
    flat = nx.MultiDiGraph()
    for node, attrs in network.nodes(data=True):
        same = sorted(str(o) for o in graph.objects(URIRef(node), OWL.sameAs) if "wikidata.org/" in str(o))
        flat.add_node(
            node,
            label=attrs["label"],
            type=attrs["type"],
            iri=node,
            alt_labels=LIST_SEPARATOR.join(attrs.get("alt_labels", [])),
            roles=LIST_SEPARATOR.join(attrs.get("roles", [])),
            wikidata=same[0] if same else "",
        )
    for source, target, key, attrs in network.edges(keys=True, data=True):
        evidence = attrs.get("evidence", [])
        confidences = [item["confidence"] for item in evidence if item.get("confidence") is not None]
        flat.add_edge(
            source,
            target,
            key=key,
            relation=attrs["relation"],
            status=attrs["status"],
            label=f'{attrs["relation"]} ({attrs["status"]})',
            count=len(evidence),
            articles=LIST_SEPARATOR.join(sorted({item["article_id"] or "" for item in evidence})),
            evidence=LIST_SEPARATOR.join(item["evidence"] for item in evidence),
            confidence=max(confidences) if confidences else 0.0,
        )
    return flat


def write_graphml(graph: rdflib.Graph, path: Path) -> None:
    """The entity network of ``graph`` as GraphML (see :func:`graphml_network`)."""
    text = "\n".join(nx.generate_graphml(graphml_network(graph), prettyprint=True)) + "\n"
    text = _NOT_XML.sub("\ufffd", text)  # control characters from article text: not allowed in XML 1.0
    atomic_write_text(Path(path), text)


def write_standard_formats(graph: rdflib.Graph, out_dir: Path) -> tuple[Path, Path, Path]:
    """Write ``graph.nt``, ``graph.jsonld`` and ``graph.graphml`` into ``out_dir``; return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = (out_dir / NTRIPLES, out_dir / JSONLD, out_dir / GRAPHML)
    write_ntriples(graph, paths[0])
    write_jsonld(graph, paths[1])
    write_graphml(graph, paths[2])
    return paths
