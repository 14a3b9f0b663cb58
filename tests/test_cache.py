"""Incremental builds: per-article results cached by content, model, pipeline mode and code version."""
from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import pytest

from kg import atomic
from kg import cache as cache_module
from kg.cache import ResultCache, code_version, default_cache_dir
from kg.cli import main
from kg.pipeline import build
from kg.read import read_articles
from kg.records import Article, DocResult
from kg.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"


def settings(cache_dir: Path, **changes) -> Settings:
    return Settings(cache_dir=str(cache_dir), progress=False, **changes)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The bundled articles but the last, and the last aside (to be added later)."""
    folder = tmp_path_factory.mktemp("corpus")
    files = sorted(ARTICLES.glob("*.txt"))
    for path in files[:-1]:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def cold(corpus, tmp_path_factory):
    """A cold build of the corpus: (summary, output folder, cache folder)."""
    work = tmp_path_factory.mktemp("cold")
    summary = build([corpus], work / "out", settings(work / "cache"))
    return summary, work / "out", work / "cache"


def test_a_cold_build_processes_every_article_and_fills_the_cache(cold, corpus):
    summary, _out, cache_dir = cold
    count = len(list(corpus.glob("*.txt")))
    assert (summary.processed, summary.cached) == (count, 0)
    entries = list(cache_dir.rglob("*.pkl"))
    assert len(entries) == count
    assert not list(cache_dir.rglob("*.tmp")), "a temporary file was left behind"


def test_an_unchanged_rebuild_processes_nothing_and_gives_the_same_bytes(cold, corpus, tmp_path):
    summary, out, cache_dir = cold
    again = build([corpus], tmp_path / "out", settings(cache_dir))
    assert (again.processed, again.cached) == (0, summary.processed)
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (out / "graph.ttl").read_bytes()


def test_adding_one_article_processes_only_that_article(cold, corpus, tmp_path, caplog):
    summary, _out, cache_dir = cold
    grown = tmp_path / "grown"
    shutil.copytree(corpus, grown)
    added = sorted(ARTICLES.glob("*.txt"))[-1]
    shutil.copy(added, grown / added.name)
    with caplog.at_level(logging.INFO, logger="kg.pipeline"):
        incremental = build([grown], tmp_path / "out", settings(shutil.copytree(cache_dir, tmp_path / "cache")))
    assert (incremental.processed, incremental.cached) == (1, summary.processed)
    assert f"processed 1 articles, {summary.processed} from the cache" in caplog.text
    # the same graph as a cold build of all the articles
    full = build([grown], tmp_path / "full", Settings(use_cache=False, progress=False))
    assert full.processed == summary.processed + 1
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (tmp_path / "full" / "graph.ttl").read_bytes()


def test_an_edited_article_is_processed_again(cold, corpus, tmp_path):
    summary, _out, cache_dir = cold
    edited = tmp_path / "edited"
    shutil.copytree(corpus, edited)
    first = sorted(edited.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nA new closing line.\n", encoding="utf-8")
    again = build([edited], tmp_path / "out", settings(shutil.copytree(cache_dir, tmp_path / "cache")))
    assert (again.processed, again.cached) == (1, summary.processed - 1)


def test_no_cache_forces_a_full_build_and_leaves_the_cache_alone(cold, corpus, tmp_path):
    summary, _out, cache_dir = cold
    before = sorted(p.stat().st_mtime_ns for p in cache_dir.rglob("*.pkl"))
    forced = build([corpus], tmp_path / "out", settings(cache_dir, use_cache=False))
    assert (forced.processed, forced.cached) == (summary.processed, 0)
    assert sorted(p.stat().st_mtime_ns for p in cache_dir.rglob("*.pkl")) == before


def test_cli_no_cache_and_cache_dir(corpus, tmp_path, caplog):
    args = ["build", str(corpus), "--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "cache")]
    with caplog.at_level(logging.INFO, logger="kg.pipeline"):
        assert main(args) == 0
        assert main(args) == 0
        assert main(args + ["--no-cache"]) == 0
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("processed ")]
    count = len(list(corpus.glob("*.txt")))
    assert lines[0].startswith(f"processed {count} articles, 0 from the cache")
    assert lines[1].startswith(f"processed 0 articles, {count} from the cache")
    assert lines[2].startswith(f"processed {count} articles, 0 from the cache")


def test_the_default_cache_sits_beside_the_output_folder(tmp_path):
    assert default_cache_dir(tmp_path / "output") == tmp_path / ".kg-cache"
    assert ".kg-cache/" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()


# --------------------------------------------------------------------------- keys and entries


def _result(doc_id: str = "a", text: str = "Some text.") -> DocResult:
    return DocResult(article=Article(doc_id, text), entities={}, mentions=[], facts=[])


def test_keys_change_with_content_model_mode_blas_and_code(tmp_path):
    article = Article("a", "Some text.", title="T")
    base = ResultCache(tmp_path, model="m-1", parse="selective", code="c1")
    key = base.key(article)
    assert key == ResultCache(tmp_path, model="m-1", parse="selective", code="c1").key(article)
    assert key != base.key(Article("a", "Some text!", title="T"))
    assert key != base.key(Article("a", "Some text.", title="Other"))
    assert key != base.key(Article("b", "Some text.", title="T"))
    assert key != ResultCache(tmp_path, model="m-2", parse="selective", code="c1").key(article)
    assert key != ResultCache(tmp_path, model="m-1", parse="all", code="c1").key(article)
    assert key != ResultCache(tmp_path, model="m-1", parse="selective", code="c2").key(article)
    assert key != ResultCache(tmp_path, model="m-1", parse="selective", code="c1", blas="blis").key(article)
    # where the file was read from does not matter: a moved corpus stays cached
    assert key == base.key(Article("a", "Some text.", title="T", path=Path("/elsewhere/a.txt")))


def test_code_version_hashes_the_package_sources_and_lexicons(monkeypatch, tmp_path):
    package = tmp_path / "kg"
    (package / "lexicons").mkdir(parents=True)
    (package / "a.py").write_text("x = 1\n")
    (package / "lexicons" / "l.json").write_text("{}")
    monkeypatch.setattr(cache_module, "_PACKAGE", package)
    code_version.cache_clear()
    try:
        first = code_version()
        code_version.cache_clear()
        (package / "lexicons" / "l.json").write_text('{"a": 1}')
        second = code_version()
        code_version.cache_clear()
        (package / "a.py").write_text("x = 2\n")
        third = code_version()
    finally:
        code_version.cache_clear()
    assert len({first, second, third}) == 3


def test_code_version_changes_with_the_data_packages_tables_come_from(monkeypatch, tmp_path):
    """A new GeoNames release can move a town to another country: cached results go stale."""
    package = tmp_path / "kg"
    package.mkdir()
    (package / "a.py").write_text("x = 1\n")
    monkeypatch.setattr(cache_module, "_PACKAGE", package)
    releases = iter(["3.0.2", "3.1.0"])
    monkeypatch.setattr(cache_module, "version", lambda name: next(releases))
    code_version.cache_clear()
    try:
        first = code_version()
        code_version.cache_clear()
        second = code_version()
    finally:
        code_version.cache_clear()
    assert first != second


def test_a_hit_carries_the_current_article(tmp_path):
    store = ResultCache(tmp_path, model="m", parse="selective", code="c")
    stored = _result()
    store.put("k" * 64, stored)
    moved = Article("a", "Some text.", path=Path("/new/place/a.txt"))
    assert store.get("k" * 64, moved).article == moved
    assert store.get("k" * 64).article == stored.article


def test_corrupt_or_foreign_entries_are_misses(tmp_path):
    store = ResultCache(tmp_path, model="m", parse="selective", code="c")
    key = "ab" * 32
    store.put(key, _result())
    path = store.path(key)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # truncated
    assert store.get(key) is None
    path.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))  # one bit flipped
    assert store.get(key) is None
    path.write_bytes(b"not a cache entry at all")
    assert store.get(key) is None
    store.put(key, _result())  # rewritten
    assert store.get(key) is not None


def test_writes_are_atomic_and_failures_only_warn(tmp_path, monkeypatch, caplog):
    store = ResultCache(tmp_path / "cache", model="m", parse="selective", code="c")
    key = "cd" * 32
    store.put(key, _result(text="first"))

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with caplog.at_level(logging.WARNING, logger="kg.cache"):
        store.put(key, _result(text="second"))  # does not raise
    monkeypatch.undo()
    assert "could not write the cache entry" in caplog.text
    assert store.get(key).article.text == "first"  # the old entry is intact
    assert not [p for p in (tmp_path / "cache").rglob("*") if p.suffix == ".tmp"]


def test_an_unwritable_cache_folder_does_not_stop_a_build(tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    summary = build([ARTICLES], tmp_path / "out", settings(blocker))
    assert summary.processed == len(list(ARTICLES.glob("*.txt")))
    assert (tmp_path / "out" / "graph.ttl").is_file()


def test_cached_results_are_the_results(cold, corpus):
    _summary, _out, cache_dir = cold
    store = ResultCache(cache_dir, model=_model(), parse=Settings().parse)
    for article in read_articles([corpus]):
        result = store.get(store.key(article), article)
        assert isinstance(result, DocResult) and result.article == article


def _model() -> str:
    from kg.pipeline import _model_name

    return _model_name(Settings())


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_entries_are_not_left_world_writable(cold):
    _summary, _out, cache_dir = cold
    for path in cache_dir.rglob("*.pkl"):
        assert not path.stat().st_mode & 0o002
