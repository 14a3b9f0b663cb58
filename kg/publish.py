"""``kg publish``: load the graph into an external SPARQL 1.1 store over the Graph Store HTTP
Protocol (https://www.w3.org/TR/sparql11-http-rdf-update/).

``kg publish --endpoint http://HOST:7878/store`` sends ``output/graph.ttl`` as Turtle to the
store's graph store endpoint: ``PUT URL?default`` replaces the default graph, ``--named-graph IRI``
targets ``URL?graph=IRI`` instead, and ``--append`` uses ``POST`` (adds the triples, keeps what is
there). An endpoint URL that already carries ``?default`` or ``?graph=`` is used as given.
The file is streamed, not read into memory. Oxigraph (``oxigraph serve``), Apache Jena Fuseki
(``/DATASET/data``), GraphDB and Virtuoso speak this protocol.

Credentials, where the store wants them, come from the environment, never the command line:
``KG_PUBLISH_USER`` and ``KG_PUBLISH_PASSWORD`` (HTTP basic authentication).
"""
from __future__ import annotations

import base64
import os
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

CONTENT_TYPES = {".ttl": "text/turtle", ".nt": "application/n-triples", ".rdf": "application/rdf+xml",
                 ".jsonld": "application/ld+json", ".nq": "application/n-quads", ".trig": "application/trig"}


class PublishError(RuntimeError):
    """The store refused the graph or could not be reached."""


@dataclass(frozen=True)
class Published:
    url: str
    method: str
    status: int
    bytes: int


def target_url(endpoint: str, named_graph: str | None = None) -> str:
    """The graph store URL for the default graph or a named graph."""
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise PublishError(f"not an http(s) URL: {endpoint!r}")
    query = urllib.parse.parse_qs(parts.query, keep_blank_values=True)
    if named_graph is None and ("default" in query or "graph" in query):
        return endpoint
    params = [(k, v) for k, vs in query.items() if k not in {"default", "graph"} for v in vs]
    if named_graph is not None:
        params.append(("graph", named_graph))
        encoded = urllib.parse.urlencode(params)
    else:
        encoded = "&".join(filter(None, [urllib.parse.urlencode(params), "default"]))
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, encoded, ""))


def publish(
    graph: Path,
    endpoint: str,
    named_graph: str | None = None,
    append: bool = False,
    timeout: float = 300.0,
) -> Published:
    """Send the RDF file ``graph`` to the graph store at ``endpoint``; raise PublishError if refused."""
    graph = Path(graph)
    url = target_url(endpoint, named_graph)
    method = "POST" if append else "PUT"
    size = graph.stat().st_size
    headers = {
        "Content-Type": CONTENT_TYPES.get(graph.suffix.lower(), "text/turtle"),
        "Content-Length": str(size),
        "User-Agent": "kg-publish",
    }
    user, password = os.environ.get("KG_PUBLISH_USER"), os.environ.get("KG_PUBLISH_PASSWORD")
    if user:
        token = base64.b64encode(f"{user}:{password or ''}".encode("utf-8")).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    with graph.open("rb") as body:
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                status = response.status
        except urllib.error.HTTPError as error:
            detail = " ".join(error.read(500).decode("utf-8", "replace").split())
            raise PublishError(f"{method} {url}: HTTP {error.code} {error.reason}" + (f": {detail}" if detail else "")) from None
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise PublishError(f"{method} {url}: {reason}") from None
    return Published(url=url, method=method, status=status, bytes=size)
