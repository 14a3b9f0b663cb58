"""Nothing lost: a build interrupted half-way (Ctrl-C, or killed outright) leaves the previous
outputs and cache byte-identical and readable, and Ctrl-C ends with exit code 130 and one line,
no traceback.

A real build of the bundled articles makes the "previous" outputs and cache. Each test then starts
``kg build`` on a corpus of copies of those articles (each copy its own id and text) with the same
output folder and cache, and signals it once half of the copies have their results in the cache.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph

from kg.cache import ResultCache

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"
KG = Path(sys.executable).parent / "kg"
COPIES = 12


def run_env(cache: Path) -> dict[str, str]:
    return {**os.environ, "KG_CACHE_DIR": str(cache)}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for copy in range(COPIES):
        for path in sorted(ARTICLES.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            (folder / f"{path.stem}_copy{copy:02d}.txt").write_text(
                text + f"\nThis is edition {copy} of the report.\n", encoding="utf-8"
            )
    return folder


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A previous build: output folder ``out`` and cache ``cache``."""
    root = tmp_path_factory.mktemp("previous")
    done = subprocess.run(
        [str(KG), "build", str(ARTICLES), "--out", str(root / "out"), "--quiet"],
        env=run_env(root / "cache"), capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert (root / "out" / "graph.ttl").is_file() and (root / "out" / "graph.html").is_file()
    assert entries(root / "cache"), "the previous build should have filled the cache"
    return root


@pytest.fixture
def previous(template, tmp_path) -> tuple[Path, Path, dict[Path, bytes]]:
    """A copy of the previous build, and the bytes of every file in it."""
    shutil.copytree(template / "out", tmp_path / "out")
    shutil.copytree(template / "cache", tmp_path / "cache")
    snapshot = {p: p.read_bytes() for p in sorted(tmp_path.rglob("*")) if p.is_file()}
    return tmp_path / "out", tmp_path / "cache", snapshot


def entries(cache: Path) -> list[Path]:
    return sorted(cache.rglob("*.pkl")) if cache.is_dir() else []


def start_and_signal(corpus: Path, out: Path, cache: Path, signum: int) -> tuple[int, str]:
    """Run ``kg build`` and send ``signum`` once half the articles are done; return (code, stderr)."""
    total = len(list(corpus.iterdir()))
    before = len(entries(cache))
    process = subprocess.Popen(
        [str(KG), "build", str(corpus), "--out", str(out)],
        env=run_env(cache), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    try:
        deadline = time.monotonic() + 300
        while len(entries(cache)) - before < total // 2:
            assert process.poll() is None, "the build ended before it got half-way:\n" + process.stderr.read()
            assert time.monotonic() < deadline, "the build did not get half-way"
            time.sleep(0.05)
        assert process.poll() is None, "the build finished before it could be interrupted"
        process.send_signal(signum)
        _out, err = process.communicate(timeout=60)
        return process.returncode, err
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def assert_previous_intact(out: Path, cache: Path, snapshot: dict[Path, bytes]) -> None:
    for path, data in snapshot.items():
        assert path.read_bytes() == data, f"{path} changed"
    assert sorted(out.iterdir()) == sorted(p for p in snapshot if p.parent == out), "temporary files left behind"
    ttl = (out / "graph.ttl").read_bytes()
    assert len(Graph().parse(data=ttl.decode("utf-8"), format="turtle")) > 0
    assert len(list(pyoxigraph.parse(ttl, format=pyoxigraph.RdfFormat.TURTLE))) > 0
    readable = ResultCache(cache, model="", parse="")  # get() needs only the folder
    for entry in entries(cache):
        assert readable.get(entry.stem) is not None, f"cache entry {entry} does not load"


def test_ctrl_c_half_way_exits_130_cleanly_and_keeps_previous_outputs(corpus, previous):
    out, cache, snapshot = previous
    code, stderr = start_and_signal(corpus, out, cache, signal.SIGINT)
    assert code == 130
    assert "Traceback" not in stderr
    assert stderr.strip().splitlines()[-1] == "kg build: interrupted; the previous outputs are left as they were"
    assert_previous_intact(out, cache, snapshot)
    assert not list(cache.rglob("*.tmp")), "Ctrl-C left a temporary cache file"


def test_kill_half_way_keeps_previous_outputs(corpus, previous):
    out, cache, snapshot = previous
    code, _stderr = start_and_signal(corpus, out, cache, signal.SIGKILL)
    assert code == -signal.SIGKILL
    assert_previous_intact(out, cache, snapshot)
