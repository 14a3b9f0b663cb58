"""The same graph whatever runs the per-article stages: one process, two, or a Dask cluster."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline import LocalEngine, build, make_engine, run_articles
from kg.read import read_articles
from kg.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"


def settings(**changes) -> Settings:
    # chunks of two articles: with five articles every worker gets some
    return Settings(use_cache=False, progress=False, chunk_size=2, **changes)


@pytest.fixture(scope="module")
def one_process(tmp_path_factory) -> bytes:
    out = tmp_path_factory.mktemp("one")
    build([ARTICLES], out, settings(processes=1))
    return (out / "graph.ttl").read_bytes()


def test_two_processes_give_the_same_bytes_as_one(one_process, tmp_path):
    summary = build([ARTICLES], tmp_path, settings(processes=2))
    assert summary.processed == len(list(ARTICLES.glob("*.txt")))
    assert (tmp_path / "graph.ttl").read_bytes() == one_process


def test_chunk_size_does_not_change_the_output(one_process, tmp_path):
    build([ARTICLES], tmp_path, Settings(use_cache=False, progress=False, chunk_size=32))
    assert (tmp_path / "graph.ttl").read_bytes() == one_process


def test_results_come_back_in_input_order_from_a_pool():
    articles = list(read_articles([ARTICLES]))
    results = list(run_articles(articles, settings(processes=2)))
    assert [r.article.doc_id for r in results] == [a.doc_id for a in articles]


def test_a_pool_starts_only_when_there_is_work():
    engine = LocalEngine(settings(), processes=2)
    assert list(engine.map([[], []])) == [([], {}), ([], {})]
    assert engine._pool is None
    engine.close()


def test_processes_zero_means_one_per_core():
    import os

    engine = make_engine(settings(processes=0))
    assert engine.processes == (os.cpu_count() or 1)
    engine.close()


def test_dask_cluster_gives_the_same_bytes(one_process, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        summary = build([ARTICLES], tmp_path, settings(engine="dask", scheduler=cluster.scheduler_address))
    assert summary.processed == len(list(ARTICLES.glob("*.txt")))
    assert (tmp_path / "graph.ttl").read_bytes() == one_process


def test_dask_engine_through_the_command_line(one_process, tmp_path):
    distributed = pytest.importorskip("distributed")
    from kg.cli import main

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        code = main(["build", str(ARTICLES), "--out", str(tmp_path), "--no-cache", "--quiet",
                     "--engine", "dask", "--scheduler", cluster.scheduler_address])
    assert code == 0
    assert (tmp_path / "graph.ttl").read_bytes() == one_process
