"""The command line as a user meets it: exit codes (0 built, 1 nothing usable or --strict and
something skipped, 2 usage error), one-line messages, and never a Python traceback for a user's
mistake. Every test runs the installed console script in a subprocess."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

KG = Path(sys.executable).parent / "kg"
GOOD = "Envoy Pella Grint visits Sorr\n\nEnvoy Pella Grint met Mayor Kal Brun in Sorr on Monday.\n"
TURTLE = """@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://example.org/a> kg:metWith <https://example.org/b> ; rdfs:label "A" .
"""


def kg(*args: str, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [str(KG), *args], capture_output=True, text=True, cwd=cwd, timeout=timeout, stdin=subprocess.DEVNULL
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert "Traceback" not in result.stdout, result.stdout
    return result


def last_line(result: subprocess.CompletedProcess) -> str:
    return result.stderr.strip().splitlines()[-1]


@pytest.fixture
def graph_file(tmp_path) -> Path:
    path = tmp_path / "graph.ttl"
    path.write_text(TURTLE, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- usage errors: exit 2


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("frobnicate",),
        ("build", "--no-such-option"),
        ("build", "--max-bytes", "lots", "."),
        ("build", "--max-bytes", "0", "."),
        ("query",),
        ("query", "SELECT * {}", "--format", "xml"),
        ("eval", "--gold", "x.jsonl"),
    ],
)
def test_bad_arguments_exit_2_with_usage(args):
    result = kg(*args)
    assert result.returncode == 2
    assert "usage:" in result.stderr


def test_missing_input_path_is_a_usage_error(tmp_path):
    (tmp_path / "ok.txt").write_text(GOOD)
    result = kg("build", str(tmp_path), str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"kg build: input path does not exist: {tmp_path / 'nowhere'}"
    assert not (tmp_path / "out").exists()


def test_out_that_is_a_file_is_a_usage_error(tmp_path):
    (tmp_path / "ok.txt").write_text(GOOD)
    (tmp_path / "out").write_text("not a folder")
    result = kg("build", str(tmp_path / "ok.txt"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "is a file" in last_line(result)
    assert (tmp_path / "out").read_text() == "not a folder"


@pytest.mark.parametrize("query", ["SELEC ?x WHERE { ?x ?y ?z }", "SELECT * WHERE { ?s ?p }", "PREFIX : SELECT"])
def test_malformed_sparql_exits_2(graph_file, query):
    result = kg("query", query, "--graph", str(graph_file))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("kg query: the query does not parse")


def test_missing_graph_and_query_file_exit_2(tmp_path, graph_file):
    result = kg("query", "SELECT * WHERE { ?s ?p ?o }", "--graph", str(tmp_path / "none.ttl"))
    assert result.returncode == 2 and "no graph" in result.stderr
    result = kg("query", str(tmp_path / "missing.rq"), "--graph", str(graph_file))
    assert result.returncode == 2 and "missing.rq" in result.stderr
    bad_rq = tmp_path / "bad.rq"
    bad_rq.write_bytes(b"SELECT \xff\xfe")
    result = kg("query", str(bad_rq), "--graph", str(graph_file))
    assert result.returncode == 2 and "bad.rq" in result.stderr


def test_malformed_gold_file_exits_2(tmp_path, graph_file):
    gold = tmp_path / "bad.gold.jsonl"
    gold.write_text('{"doc": "x"\n')
    entities = tmp_path / "e.json"
    entities.write_text("{}")
    result = kg("eval", "--gold", str(gold), "--entities", str(entities), "--graph", str(graph_file))
    assert result.returncode == 2
    assert "bad.gold.jsonl:1" in last_line(result)


# --------------------------------------------------------------------------- unreadable graphs: exit 1


@pytest.mark.parametrize(
    "content",
    [
        b"this is not turtle at all <<<",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00",
        b'<https://example.org/a> <https://example.org/p> "caf\xe9" .\n',  # not UTF-8
        TURTLE.encode()[:-20],  # truncated
    ],
    ids=["not-turtle", "binary", "latin1", "truncated"],
)
def test_unreadable_graph_for_query_exits_1(tmp_path, content):
    graph = tmp_path / "graph.ttl"
    graph.write_bytes(content)
    result = kg("query", "SELECT * WHERE { ?s ?p ?o }", "--graph", str(graph))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith(f"kg query: cannot read the graph {graph}")


def test_graph_that_is_a_folder_or_pipe(tmp_path):
    os.mkfifo(tmp_path / "pipe.ttl")
    for graph in (tmp_path, tmp_path / "pipe.ttl"):
        result = kg("query", "SELECT * WHERE { ?s ?p ?o }", "--graph", str(graph), timeout=30)
        assert result.returncode == 2 and "no graph" in result.stderr


def test_good_query_exits_0(graph_file):
    result = kg("query", "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }", "--graph", str(graph_file), "--format", "csv")
    assert result.returncode == 0
    assert result.stdout.splitlines() == ["l", "A"]


# --------------------------------------------------------------------------- builds


@pytest.fixture
def previous(tmp_path) -> tuple[Path, dict[str, bytes]]:
    """An output folder holding a previous build's files."""
    out = tmp_path / "out"
    out.mkdir()
    files = {"graph.ttl": TURTLE.encode(), "graph.html": b"<!DOCTYPE html><title>previous</title>\n"}
    for name, data in files.items():
        (out / name).write_bytes(data)
    return out, files


def unchanged(out: Path, files: dict[str, bytes]) -> bool:
    return all((out / name).read_bytes() == data for name, data in files.items()) and not any(
        p.name.endswith(".tmp") for p in out.iterdir()
    )


def test_nothing_usable_exits_1_and_keeps_previous_outputs(tmp_path, previous):
    out, files = previous
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02")
    (inputs / "broken.jsonl").write_text("{not json\n")
    result = kg("build", str(inputs), "--out", str(out))
    assert result.returncode == 1
    for name in ("empty.txt", "binary.txt", "broken.jsonl:1"):
        assert name in result.stderr
    assert "read 0 articles from 3 files; skipped 3" in result.stderr
    assert last_line(result) == "kg build: no usable article in the input; nothing written"
    assert unchanged(out, files)


def test_build_with_skips_exits_0_and_strict_exits_1(tmp_path, previous):
    out, files = previous
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(GOOD)
    (inputs / "empty.md").write_bytes(b"")
    strict = kg("build", str(inputs), "--out", str(out), "--strict", "--quiet")
    assert strict.returncode == 1
    assert "skipped " in strict.stderr and "empty.md: empty file" in strict.stderr
    assert "--strict" in last_line(strict)
    assert unchanged(out, files)

    result = kg("build", str(inputs), "--out", str(out))
    assert result.returncode == 0
    summary = [line for line in result.stderr.splitlines() if line.startswith("kg build: read")]
    assert summary == ["kg build: read 1 article from 2 files; skipped 1 (1 empty file)"]
    assert (out / "graph.ttl").read_bytes() != files["graph.ttl"]


def test_max_bytes_option(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(GOOD)
    (tmp_path / "in" / "long.txt").write_text(GOOD + "More words here. " * 100)
    result = kg("build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--max-bytes", "1kB")
    assert result.returncode == 0
    assert "long.txt: too large (1.7 kB; the limit is 1.0 kB" in result.stderr
