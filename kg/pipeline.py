"""The whole path: read -> clean -> annotate -> resolve -> extract -> build graph -> export.

The per-article stages (clean to extract) turn each article into a small
:class:`~kg.records.DocResult`; only those are kept, never the spaCy ``Doc``, so memory stays flat
however many articles there are. Articles travel in chunks of ``Settings.chunk_size``:

* results already in the cache (:mod:`kg.cache`) are taken from it;
* the others are processed by an engine: here (``processes=1``), in a pool of worker processes
  (``processes=N``), or on a Dask cluster (``engine="dask"``, :mod:`kg.distributed`). Chunks come
  back in input order, so the graph is the same whatever ran them.

Then entities are merged across articles and the graph is built and written.
"""
from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
import shutil
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, Graph

from kg.annotate import annotate, load_pipeline, model_id
from kg.cache import ResultCache, default_cache_dir
from kg.clean import clean
from kg.export import write_outputs
from kg.extract import extract_facts
from kg.graph import build_graph
from kg.namespace import KG
from kg.read import ARTICLE_SUFFIXES, ReadReport, read_articles
from kg.records import Article, DocResult
from kg.resolve import merge_entities, mentions_of, resolve_document
from kg.settings import Settings

log = logging.getLogger("kg.pipeline")


@dataclass(frozen=True)
class BuildSummary:
    articles: int
    entities: int
    assertions: int
    turtle: Path
    html: Path
    read: ReadReport | None = None  # what reading skipped and why
    written: bool = True  # False: nothing usable, or strict and something skipped; old outputs kept
    processed: int = 0  # articles that went through the NLP stages in this build
    cached: int = 0  # articles whose results came from the cache


@dataclass
class RunStats:
    """What a run of the per-article stages did."""

    processed: int = 0
    cached: int = 0
    failed: int = 0
    nlp: dict = field(default_factory=dict)  # kg.annotate counters (tokens, parsed_tokens, ...) and seconds per stage
    inputs: "hashlib._Hash" = field(default_factory=lambda: hashlib.sha256())  # of every article's cache key, in order


# --------------------------------------------------------------------------- per-article stages

_PIPELINES = threading.local()  # one spaCy pipeline per thread (Dask threads share a process)


def pipeline_for(settings: Settings):
    """The spaCy pipeline of ``settings.model`` (with ``settings.blas``), loaded once per process and thread."""
    loaded = getattr(_PIPELINES, "by_model", None)
    if loaded is None:
        loaded = _PIPELINES.by_model = {}
    key = (settings.model, settings.blas)
    if key not in loaded:
        loaded[key] = load_pipeline(settings)
    return loaded[key]


Outcome = DocResult | tuple[str, str]  # a result, or (doc_id, error message)


def process_articles(articles: list[Article], settings: Settings, nlp=None, stats: dict | None = None) -> list[Outcome]:
    """Clean, annotate, resolve and extract each article; one outcome per article, in order.

    An article on which an internal error occurs gives ``(doc_id, message)`` instead of a result,
    so that one bug does not lose the other articles. This is the function every engine runs.
    """
    if not articles:
        return []
    nlp = nlp or pipeline_for(settings)
    outcomes: list[Outcome] = []
    timing = {"seconds_nlp": 0.0, "seconds_resolve": 0.0, "seconds_extract": 0.0}
    start = time.perf_counter()
    cleaned = [clean(article) for article in articles]
    for doc in annotate(nlp, cleaned, batch_size=max(1, len(cleaned)), parse=settings.parse, stats=stats):
        article = doc._.article.article
        resolved = time.perf_counter()
        timing["seconds_nlp"] += resolved - start
        try:
            resolve_document(doc)
            mentions = mentions_of(doc)
            extracted = time.perf_counter()
            timing["seconds_resolve"] += extracted - resolved
            outcomes.append(DocResult(article=article, entities=doc._.entities, mentions=mentions, facts=extract_facts(doc)))
            timing["seconds_extract"] += time.perf_counter() - extracted
        except Exception as error:  # a bug met on one article must not lose the others
            log.debug("internal error on article %s", article.doc_id, exc_info=True)  # the traceback: --verbose
            outcomes.append((article.doc_id, f"{type(error).__name__}: {error}"))
        start = time.perf_counter()
    if stats is not None:
        for name, value in timing.items():
            stats[name] = stats.get(name, 0.0) + value
    return outcomes


def _process_chunk_with_stats(articles: list[Article], settings: Settings) -> tuple[list[Outcome], dict]:
    stats: dict = {}
    return process_articles(articles, settings, stats=stats), stats


# --------------------------------------------------------------------------- engines


class LocalEngine:
    """Runs chunks here, or in a pool of ``processes`` worker processes, in order."""

    def __init__(self, settings: Settings, processes: int = 1):
        self.settings = settings
        self.processes = max(1, processes)
        self._pool = None

    def map(self, chunks: Iterable[list[Article]]) -> Iterator[tuple[list[Outcome], dict]]:
        if self.processes == 1:
            for chunk in chunks:
                yield _process_chunk_with_stats(chunk, self.settings) if chunk else ([], {})
            return
        pending: deque = deque()
        window = 2 * self.processes
        for chunk in chunks:
            if chunk:
                pending.append(self._submit(chunk))
            else:
                pending.append(None)
            while len(pending) > window:
                yield self._take(pending.popleft())
        while pending:
            yield self._take(pending.popleft())

    def _submit(self, chunk):
        if self._pool is None:  # started on first need: a cached build starts no worker
            self._pool = _pool_context().Pool(self.processes)
        return self._pool.apply_async(_process_chunk_with_stats, (chunk, self.settings))

    @staticmethod
    def _take(job):
        return ([], {}) if job is None else job.get()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None


def _pool_context():
    """Fork where there is fork (fast, and no re-import of the caller's main module), else spawn."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods and sys.platform != "darwin" else "spawn")


def make_engine(settings: Settings):
    if settings.engine == "dask":
        from kg.distributed import DaskEngine

        return DaskEngine(settings, settings.scheduler)
    if settings.engine != "local":
        raise ValueError(f"unknown engine {settings.engine!r} (local or dask)")
    processes = settings.processes or os.cpu_count() or 1
    return LocalEngine(settings, processes)


# --------------------------------------------------------------------------- driving a run


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_articles(
    articles: Iterable[Article],
    settings: Settings = Settings(),
    cache: ResultCache | None = None,
    report: ReadReport | None = None,
    progress: Callable[[int], None] | None = None,
    stats: RunStats | None = None,
) -> Iterator[DocResult]:
    """The results of the per-article stages for ``articles``, in order, from ``cache`` where it
    has them and from the configured engine otherwise (results it makes go into ``cache``)."""
    stats = stats if stats is not None else RunStats()
    engine = make_engine(settings)
    waiting: deque = deque()  # per chunk: [(article, key, cached result or None)]

    def to_process() -> Iterator[list[Article]]:
        for chunk in _chunks(articles, max(1, settings.chunk_size)):
            entries = []
            for article in chunk:
                key = cache.key(article) if cache is not None else None
                stats.inputs.update((key or "").encode("ascii") + b"\n")
                entries.append((article, key, cache.get(key, article) if key is not None else None))
            waiting.append(entries)
            yield [article for article, _key, hit in entries if hit is None]

    try:
        for outcomes, nlp_stats in engine.map(to_process()):
            entries = waiting.popleft()
            made = iter(outcomes)
            for article, key, hit in entries:
                if hit is not None:
                    stats.cached += 1
                    result: Outcome = hit
                else:
                    result = next(made)
                    if isinstance(result, DocResult):
                        stats.processed += 1
                        if cache is not None:
                            cache.put(key, result)
                if isinstance(result, DocResult):
                    if progress is not None:
                        progress(1)
                    yield result
                else:
                    stats.failed += 1
                    doc_id, message = result
                    (report or ReadReport()).skip(
                        article.path or Path(doc_id), "internal error", f"article {doc_id}: {message}"
                    )
                    if progress is not None:
                        progress(1)
            for name, value in nlp_stats.items():
                stats.nlp[name] = stats.nlp.get(name, 0) + value
    finally:
        engine.close()


def make_cache(settings: Settings, out_dir: Path | None) -> ResultCache | None:
    """The result cache a build uses: ``settings.cache_dir``, else ``.kg-cache/`` beside the output
    folder; None with ``use_cache=False``, or when there is neither."""
    if not settings.use_cache or (out_dir is None and not settings.cache_dir):
        return None
    directory = Path(settings.cache_dir) if settings.cache_dir else default_cache_dir(out_dir)
    return ResultCache(directory, model=_model_name(settings), parse=settings.parse, blas=settings.blas)


def _model_name(settings: Settings) -> str:
    """The model's name and version, without loading it when its package metadata says it."""
    from importlib import metadata

    from kg.settings import DEFAULT_MODELS

    for name in ((settings.model,) if settings.model else DEFAULT_MODELS):
        for dist in (name, name.replace("_", "-")):
            try:
                return f"{name}-{metadata.version(dist)}"
            except metadata.PackageNotFoundError:
                continue
    return model_id(pipeline_for(settings))


def count_inputs(inputs: Iterable[Path | str]) -> int | None:
    """How many article files the inputs hold (for the progress bar), or None if unknown."""
    total = 0
    for item in inputs:
        path = Path(item)
        if path.is_file():
            total += 1
        elif path.is_dir():
            for folder, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in files:
                    if name.startswith("."):
                        continue
                    suffix = os.path.splitext(name)[1].lower()
                    if suffix in {".jsonl", ".ndjson"}:
                        return None
                    if suffix in ARTICLE_SUFFIXES:
                        total += 1
        else:
            return None
    return total


class _Progress:
    """A progress bar on stderr (articles, rate, time left) when it is a terminal and not quiet."""

    def __init__(self, total: int | None, enabled: bool):
        self.bar = None
        if enabled:
            from tqdm import tqdm

            tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked
            width = shutil.get_terminal_size((100, 20)).columns  # a terminal that says 0 columns gets 100
            self.bar = tqdm(total=total, unit="article", desc="kg build", file=sys.stderr, ncols=min(width, 120),
                            mininterval=0.5)

    def __call__(self, n: int) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def process(
    inputs: Iterable[Path | str],
    settings: Settings = Settings(),
    report: ReadReport | None = None,
    out_dir: Path | None = None,
    stats: RunStats | None = None,
) -> list[DocResult]:
    """Run the per-article stages over every readable article under ``inputs``.

    ``report`` (a :class:`kg.read.ReadReport`) collects what was read, skipped and why. Results
    come from the cache beside ``out_dir`` (see :func:`make_cache`) where it has them.
    """
    inputs = list(inputs)
    report = report if report is not None else ReadReport()
    articles = read_articles(inputs, report, max_bytes=settings.max_bytes)  # checks the inputs first
    stats = stats if stats is not None else RunStats()
    cache = make_cache(settings, out_dir)
    progress = _Progress(count_inputs(inputs) if settings.progress else None,
                         settings.progress and sys.stderr.isatty())
    try:
        results = list(run_articles(articles, settings, cache, report, progress, stats))
    finally:
        progress.close()
    tokens = stats.nlp.get("tokens", 0)
    if stats.processed:
        log.debug(
            "seconds per stage, summed over workers: NLP %.1f, entities %.1f, facts %.1f",
            stats.nlp.get("seconds_nlp", 0.0), stats.nlp.get("seconds_resolve", 0.0), stats.nlp.get("seconds_extract", 0.0),
        )
    log.info(
        "processed %d articles, %d from the cache%s%s",
        stats.processed, stats.cached, f", {stats.failed} failed" if stats.failed else "",
        f"; parsed {100 * stats.nlp.get('parsed_tokens', 0) / tokens:.1f}% of {tokens} tokens" if tokens else "",
    )
    return results


def build_knowledge_graph(results: list[DocResult]) -> Graph:
    """Merge entities across articles and build the RDF graph."""
    entities, local_to_id = merge_entities(results)
    return build_graph(results, entities, local_to_id)


OXIGRAPH_ABOVE_TRIPLES = 50_000  # store="auto": rdflib writes smaller graphs, Oxigraph larger ones


def _write(graph: Graph, out_dir: Path, settings: Settings) -> tuple[Path, Path]:
    """The outputs; with ``store="oxigraph"`` (or "auto" and a large graph), graph.ttl is written
    by Oxigraph (:mod:`kg.store`): the same triples, sorted, in a fraction of the time."""
    use_oxigraph = settings.store == "oxigraph" or (settings.store == "auto" and len(graph) > OXIGRAPH_ABOVE_TRIPLES)
    if not use_oxigraph:
        return write_outputs(graph, out_dir, max_nodes=settings.max_nodes)
    from kg import store

    return write_outputs(graph, out_dir, max_nodes=settings.max_nodes, turtle_writer=store.write_turtle)


def build(inputs: Iterable[Path | str], out_dir: Path, settings: Settings = Settings()) -> BuildSummary:
    """Build ``out_dir/graph.ttl`` and ``out_dir/graph.html`` from the articles under ``inputs``.

    When no article is usable, or ``settings.strict`` and something was skipped, nothing is written.
    """
    report = ReadReport()
    stats = RunStats()
    out_dir = Path(out_dir)
    results = process(inputs, settings, report, out_dir=out_dir, stats=stats)
    if not results or (settings.strict and report.skipped):
        return BuildSummary(len(results), 0, 0, out_dir / "graph.ttl", out_dir / "graph.html", report, written=False,
                            processed=stats.processed, cached=stats.cached)
    fingerprint = _fingerprint(settings, stats, len(results)) if settings.use_cache else None
    done = _up_to_date(out_dir, fingerprint)
    if done is not None:
        log.info("the outputs in %s are up to date: nothing changed since they were built", out_dir)
        return BuildSummary(
            articles=len(results), entities=done["entities"], assertions=done["assertions"],
            turtle=out_dir / "graph.ttl", html=out_dir / "graph.html", read=report,
            processed=stats.processed, cached=stats.cached,
        )
    graph = build_knowledge_graph(results)
    turtle, html = _write(graph, out_dir, settings)
    summary = BuildSummary(
        articles=len(results),
        entities=len({e for r in results for e in r.entities}),
        assertions=len(set(graph.subjects(RDF.type, KG.Assertion))),
        turtle=turtle,
        html=html,
        read=report,
        processed=stats.processed,
        cached=stats.cached,
    )
    if fingerprint is not None:
        _record(out_dir, fingerprint, summary)
    return summary


# --------------------------------------------------------------------------- up-to-date outputs

MANIFEST = ".kg-build.json"


def _fingerprint(settings: Settings, stats: RunStats, articles: int) -> str:
    """What the outputs depend on: every article's cache key (content, model, mode, code) in
    order, how many were usable, and the settings that shape the outputs."""
    from kg.cache import code_version

    shaping = {"max_nodes": settings.max_nodes, "store": settings.store, "parse": settings.parse, "articles": articles}
    digest = stats.inputs.copy()
    digest.update(json.dumps([code_version(), shaping], sort_keys=True).encode("utf-8"))
    return digest.hexdigest()


def _files(out_dir: Path) -> dict[str, str]:
    """sha256 of every output file (the visible files directly in ``out_dir``)."""
    found = {}
    for path in sorted(out_dir.iterdir()) if out_dir.is_dir() else []:
        if path.is_file() and not path.name.startswith("."):
            found[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def _up_to_date(out_dir: Path, fingerprint: str | None) -> dict | None:
    """The manifest of the last build into ``out_dir`` if it was made from exactly the same inputs
    and its output files are all there, unchanged; else None."""
    if fingerprint is None:
        return None
    try:
        manifest = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("fingerprint") != fingerprint:
        return None
    outputs = manifest.get("outputs") or {}
    if "graph.ttl" not in outputs or any(_files(out_dir).get(name) != digest for name, digest in outputs.items()):
        return None
    return manifest


def _record(out_dir: Path, fingerprint: str, summary: BuildSummary) -> None:
    from kg.atomic import atomic_write_text

    manifest = {
        "fingerprint": fingerprint,
        "outputs": _files(out_dir),
        "entities": summary.entities,
        "assertions": summary.assertions,
    }
    try:
        atomic_write_text(out_dir / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    except OSError as error:
        log.warning("could not record the build in %s: %s", out_dir / MANIFEST, error)
