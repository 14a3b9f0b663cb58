"""Check a graph against the SHACL shapes of ``ontology/shapes.ttl`` and say what is wrong in plain words.

``validate_file(path)`` parses a graph (Turtle, N-Triples, JSON-LD, by extension) and runs pyshacl with
the shapes; the :class:`Report` it returns lists one :class:`Violation` per SHACL result, each naming
the node at fault by its label (or its prefixed IRI), the property path, the shape's message and the
offending value. ``format_report`` turns it into the text ``kg validate`` prints.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, PROV, SH

from kg.namespace import KG

ROOT = Path(__file__).resolve().parents[1]
SHAPES = ROOT / "ontology" / "shapes.ttl"

_FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".owl": "xml"}
_MAX_VALUE = 80


@dataclass(frozen=True)
class Violation:
    """One SHACL result, in words: which node, which property, what is wrong, with which value."""

    severity: str  # "Violation", "Warning" or "Info"
    focus: str
    path: str
    message: str
    value: str
    shape: str

    def __str__(self) -> str:
        where = f"{self.focus} — {self.path}" if self.path else self.focus
        value = f" (value: {self.value})" if self.value else ""
        prefix = "" if self.severity == "Violation" else f"[{self.severity.lower()}] "
        return f"{prefix}{where}: {self.message}{value}"


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: tuple[Violation, ...]


def parse_graph(path: Path) -> Graph:
    """Parse an RDF file, choosing the syntax from its extension (Turtle when unknown)."""
    path = Path(path)
    graph = Graph()
    graph.parse(path, format=_FORMATS.get(path.suffix.lower(), "turtle"))
    return graph


def load_shapes(shapes: Path | Graph = SHAPES) -> Graph:
    return shapes if isinstance(shapes, Graph) else Graph().parse(Path(shapes), format="turtle")


def validate_graph(data: Graph, shapes: Path | Graph = SHAPES) -> Report:
    """Run the shapes over ``data`` (no inference: the export states every type it relies on)."""
    from pyshacl import validate  # imported here: it takes a moment and only this command needs it

    conforms, results, _text = validate(
        data,
        shacl_graph=load_shapes(shapes),
        inference="none",
        abort_on_first=False,
        allow_warnings=False,
        advanced=True,
    )
    if not isinstance(results, Graph):  # pyshacl reports a broken shapes graph this way
        raise ValueError(f"the shapes cannot be used: {results}")
    violations = sorted(
        {_violation(data, results, node) for node in results.subjects(RDF.type, SH.ValidationResult)},
        key=lambda v: (v.focus, v.path, v.message, v.value, v.shape),
    )
    return Report(conforms=bool(conforms), violations=tuple(violations))


def validate_file(path: Path, shapes: Path | Graph = SHAPES) -> Report:
    return validate_graph(parse_graph(path), shapes)


def format_report(report: Report, graph_path: Path | str) -> str:
    """The text ``kg validate`` prints: a verdict, then one line per violation."""
    if report.conforms:
        return f"{graph_path} conforms to the kg shapes"
    count = len(report.violations)
    lines = [f"{graph_path} does not conform to the kg shapes: {count} problem{'s' if count != 1 else ''}"]
    lines += [f"- {violation}" for violation in report.violations]
    return "\n".join(lines)


# --------------------------------------------------------------------------- describing nodes


def _violation(data: Graph, results: Graph, node) -> Violation:
    severity = results.value(node, SH.resultSeverity)
    messages = sorted({str(m) for m in results.objects(node, SH.resultMessage)})
    value = results.value(node, SH.value)
    path = results.value(node, SH.resultPath)
    shape = results.value(node, SH.sourceShape)
    focus = results.value(node, SH.focusNode)
    return Violation(
        severity=_local(severity) if severity is not None else "Violation",
        focus=describe(data, focus),
        path=_path_text(data, results, path) if path is not None else "",
        message="; ".join(messages) or _local(results.value(node, SH.sourceConstraintComponent) or "constraint"),
        value=_value_text(data, value) if value is not None and value != focus else "",
        shape=_qname(data, shape) if isinstance(shape, URIRef) else "",
    )


def describe(data: Graph, node) -> str:
    """A node as a person would name it: its label, an article's id and title, an assertion's triple."""
    if node is None:
        return "(no node)"
    if isinstance(node, Literal):
        return _literal_text(node)
    name = _qname(data, node) if isinstance(node, URIRef) else "a blank node"
    if (node, RDF.type, KG.Assertion) in data:
        parts = [_label(data, data.value(node, end)) for end in (RDF.subject, RDF.predicate, RDF.object)]
        article = data.value(data.value(node, PROV.wasDerivedFrom), DCTERMS.identifier)
        where = f", article {article}" if article is not None else ""
        return f"{name} ({' '.join(parts)}{where})"
    if (node, RDF.type, KG.Article) in data:
        identifier = data.value(node, DCTERMS.identifier)
        return f"article {identifier}" if identifier is not None else f"article {name}"
    label = data.value(node, RDFS.label)
    return f'"{label}" ({name})' if label is not None else name


def _label(data: Graph, node) -> str:
    if node is None:
        return "?"
    label = data.value(node, RDFS.label)
    if label is not None:
        return str(label)
    return _local(node) if isinstance(node, URIRef) else str(node)


def _value_text(data: Graph, value) -> str:
    if isinstance(value, Literal):
        return _literal_text(value)
    if isinstance(value, URIRef):
        return describe(data, value)
    return "a blank node"


def _literal_text(value: Literal) -> str:
    text = str(value)
    if len(text) > _MAX_VALUE:
        text = text[: _MAX_VALUE - 1] + "…"
    shown = f'"{text}"'
    if value.datatype is not None:
        shown += f" ({_local(value.datatype)})"
    return shown


def _path_text(data: Graph, results: Graph, path) -> str:
    """A SHACL property path in SPARQL-like syntax: ``kg:evidence``, ``^kg:event/rdf:predicate``."""
    if isinstance(path, URIRef):
        return _qname(data, path)
    if isinstance(path, BNode):
        if (path, RDF.first, None) in results:
            return "/".join(_path_text(data, results, step) for step in Collection(results, path))
        for predicate, template in (
            (SH.inversePath, "^{}"),
            (SH.zeroOrMorePath, "{}*"),
            (SH.oneOrMorePath, "{}+"),
            (SH.zeroOrOnePath, "{}?"),
        ):
            inner = results.value(path, predicate)
            if inner is not None:
                return template.format(_path_text(data, results, inner))
        alternatives = results.value(path, SH.alternativePath)
        if alternatives is not None:
            return "(" + "|".join(_path_text(data, results, a) for a in Collection(results, alternatives)) + ")"
    return str(path)


def _qname(graph: Graph, iri) -> str:
    try:
        return graph.namespace_manager.normalizeUri(iri) if isinstance(iri, URIRef) else str(iri)
    except Exception:  # an IRI that cannot be split into a prefix and a local name
        return f"<{iri}>"


def _local(term) -> str:
    text = str(term)
    for separator in ("#", "/"):
        text = text.rsplit(separator, 1)[-1]
    return text
