"""`kg publish`: the graph into a SPARQL 1.1 store over the Graph Store HTTP Protocol, tested
against a real Oxigraph server that the test starts on loopback."""
from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from kg.cli import main
from kg.publish import PublishError, publish, target_url


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _oxigraph() -> str:
    from kg.serve import ServeError, oxigraph_binary

    try:
        return oxigraph_binary()
    except ServeError:
        pytest.skip("the oxigraph server (PyPI package `oxigraph`) is not installed")


@pytest.fixture
def server(tmp_path):
    """An Oxigraph server on 127.0.0.1 with an empty store; yields its base URL."""
    port = _free_port()
    process = subprocess.Popen(
        [_oxigraph(), "serve", "--location", str(tmp_path / "store"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                _count(base)
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"oxigraph did not start: {process.stderr.read().decode()[-500:]}") from None
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _count(base: str, graph: str | None = None) -> int:
    pattern = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    query = urllib.parse.urlencode({"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"})
    request = urllib.request.Request(f"{base}/query?{query}", headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=5) as response:
        data = json.load(response)
    return int(data["results"]["bindings"][0]["n"]["value"])


def _graph_file(path: Path, people: int) -> Path:
    graph = Graph()
    kg = "https://w3id.org/kg-news/ontology#"
    for i in range(people):
        node = URIRef(f"https://w3id.org/kg-news/id/entity/P{i}")
        graph.add((node, RDF.type, URIRef(kg + "Person")))
        graph.add((node, RDFS.label, Literal(f"Person {i} — Zoë")))
    graph.serialize(path, format="turtle")
    return path


def test_target_urls():
    assert target_url("http://h:7878/store") == "http://h:7878/store?default"
    assert target_url("http://h:7878/store", "http://example.org/g") == "http://h:7878/store?graph=http%3A%2F%2Fexample.org%2Fg"
    assert target_url("http://h/ds/data?graph=urn:x") == "http://h/ds/data?graph=urn:x"
    assert target_url("https://h/ds/data?default") == "https://h/ds/data?default"
    with pytest.raises(PublishError):
        target_url("ftp://h/store")


def test_put_replaces_the_default_graph(server, tmp_path):
    done = publish(_graph_file(tmp_path / "big.ttl", 10), f"{server}/store")
    assert done.method == "PUT" and 200 <= done.status < 300
    assert _count(server) == 20
    publish(_graph_file(tmp_path / "small.ttl", 3), f"{server}/store")
    assert _count(server) == 6  # replaced, not added


def test_append_and_named_graphs(server, tmp_path):
    graph_iri = "http://example.org/kg/news"
    publish(_graph_file(tmp_path / "a.ttl", 2), f"{server}/store", named_graph=graph_iri)
    publish(_graph_file(tmp_path / "b.ttl", 5), f"{server}/store", named_graph=graph_iri, append=True)
    assert _count(server, graph_iri) == 10  # P0, P1 twice are the same triples: 5 people, 2 triples each
    assert _count(server) == 0  # the default graph is untouched


def test_the_command_line(server, tmp_path, capsys):
    from kg.pipeline import build
    from kg.settings import Settings

    root = Path(__file__).resolve().parents[1]
    build([root / "data" / "articles"], tmp_path / "out", Settings(progress=False, cache_dir=str(tmp_path / "cache")))
    turtle = tmp_path / "out" / "graph.ttl"
    assert main(["publish", "--endpoint", f"{server}/store", "--graph", str(turtle)]) == 0
    assert "HTTP 20" in capsys.readouterr().err
    assert _count(server) == len(Graph().parse(turtle, format="turtle"))


def test_refusals_and_unreachable_stores_fail_cleanly(server, tmp_path, capsys):
    turtle = _graph_file(tmp_path / "g.ttl", 1)
    assert main(["publish", "--endpoint", f"{server}/no-such-service", "--graph", str(turtle)]) == 1
    assert "HTTP 404" in capsys.readouterr().err
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <<<")
    assert main(["publish", "--endpoint", f"{server}/store", "--graph", str(bad)]) == 1
    assert "HTTP 400" in capsys.readouterr().err
    port = _free_port()  # nothing listens there
    assert main(["publish", "--endpoint", f"http://127.0.0.1:{port}/store", "--graph", str(turtle)]) == 1
    assert "kg publish:" in capsys.readouterr().err
    assert main(["publish", "--endpoint", f"{server}/store", "--graph", str(tmp_path / "missing.ttl")]) == 2


def test_credentials_come_from_the_environment(monkeypatch, tmp_path):
    seen = {}

    class Response:
        status = 204

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    def fake_urlopen(request, timeout):
        seen.update(request.headers)
        seen["body"] = request.data.read()
        return Response()

    monkeypatch.setenv("KG_PUBLISH_USER", "ann")
    monkeypatch.setenv("KG_PUBLISH_PASSWORD", "secret")
    monkeypatch.setattr(urllib.request, "urlopen", fake_urlopen)
    turtle = _graph_file(tmp_path / "g.ttl", 1)
    publish(turtle, "http://store.invalid/store")
    assert seen["Authorization"] == "Basic YW5uOnNlY3JldA=="
    assert seen["Content-type"] == "text/turtle"
    assert seen["body"] == turtle.read_bytes()
