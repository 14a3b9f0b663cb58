"""`kg serve`: Oxigraph's read-only SPARQL 1.1 Protocol endpoint over the graph, queried over HTTP
on a free loopback port, refusing updates, and stopped by the test."""
from __future__ import annotations

import json
import os
import select
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest

from kb_bundled import ROOT, bundled_graph, bundled_output
from kg.cli import main
from kg.serve import Endpoint, ServeError, oxigraph_binary

HOST = "127.0.0.1"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
INSERT = "INSERT DATA { <urn:kg:test:s> <urn:kg:test:p> <urn:kg:test:o> }"
TIMEOUT = 10


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _get(url: str, query: str) -> dict:
    request = urllib.request.Request(
        url + "?" + urllib.parse.urlencode({"query": query}), headers={"Accept": "application/sparql-results+json"}
    )
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        assert response.status == 200
        return json.load(response)


def _post(url: str, query: str) -> dict:
    request = urllib.request.Request(
        url,
        data=query.encode("utf-8"),
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        return json.load(response)


def _count(url: str) -> int:
    return int(_get(url, COUNT)["results"]["bindings"][0]["n"]["value"])


def _port_is_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((HOST, port)) == 0


@pytest.fixture(scope="module")
def endpoint():
    port = _free_port()
    with Endpoint(bundled_output() / "graph.ttl", HOST, port) as running:
        yield running
    assert not _port_is_open(port), "the server is stopped"
    assert not running.location.exists(), "its temporary store is deleted"


def test_the_server_is_oxigraphs():
    assert os.path.basename(oxigraph_binary()) == "oxigraph"


def test_it_answers_sparql_over_http(endpoint):
    assert endpoint.url == f"http://{HOST}:{endpoint.port}/query"
    assert _count(endpoint.url) == len(bundled_graph())


def test_it_answers_a_saved_question_as_rdflib_does(endpoint):
    text = (ROOT / "queries" / "who-met-whom.rq").read_text(encoding="utf-8")
    served = _post(endpoint.url, text)
    local = bundled_graph().query(text)
    assert served["head"]["vars"] == [str(v) for v in local.vars]
    pairs = {(b["person"]["value"], b["other"]["value"]) for b in served["results"]["bindings"]}
    assert pairs == {(str(r[0]), str(r[1])) for r in local}
    assert pairs


@pytest.mark.parametrize(
    "path, content_type, body",
    [
        ("/update", "application/sparql-update", INSERT.encode()),
        ("/update", "application/x-www-form-urlencoded", urllib.parse.urlencode({"update": INSERT}).encode()),
        ("/store?default", "application/n-triples", b"<urn:kg:test:s> <urn:kg:test:p> <urn:kg:test:o> .\n"),
    ],
)
def test_updates_are_refused(endpoint, path, content_type, body):
    before = _count(endpoint.url)
    url = endpoint.url.rsplit("/", 1)[0] + path
    request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type}, method="POST")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=TIMEOUT)
    assert refused.value.code in (403, 405), refused.value.read()
    assert _count(endpoint.url) == before
    assert _get(endpoint.url, "ASK { <urn:kg:test:s> ?p ?o }")["boolean"] is False


def test_a_missing_graph_is_reported(tmp_path, capsys):
    with pytest.raises(ServeError):
        Endpoint(tmp_path / "none.ttl", HOST, _free_port())
    assert main(["serve", str(tmp_path / "none.ttl"), "--port", str(_free_port())]) == 2
    assert "none.ttl" in capsys.readouterr().err


@pytest.mark.parametrize("stop", ["terminate", "ctrl-c"])
def test_kg_serve_runs_until_it_is_stopped(stop):
    port = _free_port()
    url = f"http://{HOST}:{port}/query"
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", str(bundled_output() / "graph.ttl"), "--port", str(port), "--host", HOST],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as in a terminal
    )
    try:
        ready, _, _ = select.select([process.stdout], [], [], 60)
        assert ready, "kg serve said nothing within 60 s"
        first = process.stdout.readline()
        assert url in first, (first, process.stderr.read() if process.poll() is not None else "")
        assert _count(url) == len(bundled_graph())
        if stop == "terminate":
            process.send_signal(signal.SIGTERM)
        else:  # a terminal's Ctrl-C: SIGINT to the whole process group, the server included
            os.killpg(process.pid, signal.SIGINT)
        out, _err = process.communicate(timeout=15)
        assert process.returncode == 0
        assert "stopped" in out
        assert not _port_is_open(port)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
