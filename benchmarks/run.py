"""``make bench``: how fast kg is on a real corpus, against spaCy itself, and how its store scales.

    python -m benchmarks.run [--corpus PATH] [--out benchmarks/results.json] [--limit N] [--skip-store]

One run measures, and writes to ``benchmarks/results.json`` (after every step, so a partial run
keeps what it measured):

1. raw ``nlp.pipe`` of the full English pipeline over the corpus texts, one process
   (:mod:`benchmarks.raw_spacy`: the loop only, model loading not counted), as spaCy ships it
   (blis multiplies the matrices), and again with numpy's BLAS as kg uses it (the like-for-like
   figure: what kg's selective parsing and light stages save, apart from the faster BLAS);
2. ``kg build`` end to end, one process, cold (empty cache): reading, NLP, entities, facts, graph
   and every output file, model loading included; its graph.ttl is kept;
3. the same build again, unchanged corpus (everything from the cache), and the build after one
   article is added (its cache entry removed: only it is processed);
4. 1 and 2 again with two processes (``n_process=2``; ``--processes 2``), and whether the two
   graph.ttl files are byte-identical;
5. rdflib against Oxigraph on a synthetic graph of a million triples (:mod:`benchmarks.store_bench`);
6. the quality guard: extraction scores on the seed and dev gold sets with the parser on every
   sentence and only on selected ones.

Throughput is words (whitespace-separated, of the article files as kg reads them) and articles
per second of wall-clock time; peak memory is the sampled peak of the whole process tree
(:mod:`benchmarks.measure`). The machine's load average is recorded: numbers from a busy machine
are slower and noisier.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from benchmarks.measure import last_json_line, load_average, machine, run

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "benchmarks" / "results.json"
CORPUS_CANDIDATES = (ROOT.parent / "shared" / "corpus" / "news-articles", Path("/work/shared/corpus/news-articles"))


def find_corpus(given: str | None) -> Path:
    """The corpus folder: as given (or $KG_BENCH_CORPUS), else ../shared/corpus/news-articles
    beside the repository, else /work/shared/corpus/news-articles; its ``news/`` subfolder when it
    has one (the articles; the readme and licence beside it are not news)."""
    candidates = [Path(given)] if given else (
        [Path(os.environ["KG_BENCH_CORPUS"])] if os.environ.get("KG_BENCH_CORPUS") else list(CORPUS_CANDIDATES)
    )
    for candidate in candidates:
        if candidate.is_dir():
            return candidate / "news" if (candidate / "news").is_dir() else candidate
    raise SystemExit(f"no corpus found (tried {', '.join(map(str, candidates))}); pass --corpus PATH")


def limited_corpus(corpus: Path, limit: int, folder: Path) -> Path:
    """A folder of symbolic links to the first ``limit`` articles (for quick runs)."""
    from kg.read import read_articles

    target = folder / "corpus"
    target.mkdir()
    for article in list(read_articles([corpus]))[:limit]:
        (target / article.path.name).symlink_to(article.path.resolve())
    return target


class Bench:
    def __init__(self, out: Path):
        self.out = out
        self.results: dict = {}

    def save(self) -> None:
        self.out.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.out.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(self.results, indent=2, sort_keys=False) + "\n")
        os.replace(tmp, self.out)


def say(text: str) -> None:
    print(text, flush=True)


# Every build of a run gets the same hash seed, so that two builds differ only in what is
# measured (processes, cache) and not in the iteration order of Python sets.
HASH_SEED = os.environ.get("PYTHONHASHSEED") or "0"
ENV = {**os.environ, "PYTHONHASHSEED": HASH_SEED}


def snapshot_code(work: Path) -> None:
    """Run every measured command on a copy of the kg package taken now: an edit to the source
    tree during the run (which changes kg's code version, and so every cache key) must not
    change what is measured."""
    source = work / "src"
    shutil.copytree(ROOT / "kg", source / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    ENV["PYTHONPATH"] = os.pathsep.join(filter(None, [str(source), str(ROOT), os.environ.get("PYTHONPATH", "")]))


def kg_build(corpus: Path, out: Path, cache: Path | None, processes: int, extra: list[str] | None = None):
    command = [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "--processes", str(processes)]
    command += ["--cache-dir", str(cache)] if cache is not None else ["--no-cache"]
    done = run(command + (extra or []), cwd=ROOT, env=ENV)
    if done.returncode != 0:
        raise SystemExit(f"kg build failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return done


def build_counts(stderr: str) -> dict:
    """processed / cached / parsed share from the build's log line."""
    import re

    found = {}
    match = re.search(r"processed (\d+) articles, (\d+) from the cache", stderr)
    if match:
        found = {"processed": int(match.group(1)), "cached": int(match.group(2))}
    match = re.search(r"parsed ([\d.]+)% of (\d+) tokens", stderr)
    if match:
        found["parsed_token_share"] = round(float(match.group(1)) / 100, 3)
        found["tokens"] = int(match.group(2))
    match = re.search(r"seconds per stage, summed over workers: NLP ([\d.]+), entities ([\d.]+), facts ([\d.]+)", stderr)
    if match:
        found["stage_seconds"] = {"nlp": float(match.group(1)), "entities": float(match.group(2)),
                                  "facts": float(match.group(3))}
    return found


def rates(words: int, articles: int, seconds: float) -> dict:
    return {"words_per_s": round(words / seconds, 1), "articles_per_s": round(articles / seconds, 2)}


def measure_throughput(bench: Bench, corpus: Path, work: Path, words: int, articles: int, processes: int,
                       rounds: int = 1) -> Path:
    """Raw spaCy, then kg, ``rounds`` times in turn; each side's fastest round is reported (on a
    shared machine the speed drifts by a quarter within minutes, and alternating the two sides
    gives both the same weather), and every round's figures are kept beside it."""
    key = f"{processes}_process" + ("es" if processes > 1 else "")
    out = work / f"out-{processes}"
    spacy_rounds, same_blas_rounds, kg_rounds = [], [], []
    for round_number in range(1, rounds + 1):
        tag = f" (round {round_number} of {rounds})" if rounds > 1 else ""
        say(f"\n== {processes} process(es): raw nlp.pipe of the full spaCy pipeline{tag}")
        raw = run([sys.executable, "-m", "benchmarks.raw_spacy", str(corpus), "--processes", str(processes)], cwd=ROOT, env=ENV)
        if raw.returncode != 0:
            raise SystemExit(f"raw spaCy run failed:\n{raw.stderr[-3000:]}")
        raw_info = last_json_line(raw.stdout)
        spacy = {**raw.as_dict(), **raw_info, **rates(words, articles, raw_info["loop_wall_s"])}
        say(f"   spaCy: {spacy['words_per_s']:.0f} words/s, {spacy['articles_per_s']:.2f} articles/s, "
            f"peak {raw.peak_rss_mb:.0f} MB")
        say(f"== {processes} process(es): the same with numpy's BLAS, as kg multiplies{tag}")
        raw = run([sys.executable, "-m", "benchmarks.raw_spacy", str(corpus), "--processes", str(processes),
                   "--blas", "numpy"], cwd=ROOT, env=ENV)
        if raw.returncode != 0:
            raise SystemExit(f"raw spaCy run (numpy BLAS) failed:\n{raw.stderr[-3000:]}")
        raw_info = last_json_line(raw.stdout)
        same_blas = {**raw.as_dict(), **raw_info, **rates(words, articles, raw_info["loop_wall_s"])}
        say(f"   spaCy, numpy BLAS: {same_blas['words_per_s']:.0f} words/s, peak {raw.peak_rss_mb:.0f} MB")
        say(f"== {processes} process(es): kg build, end to end, cold{tag}")
        cache = work / f"cache-{processes}"
        shutil.rmtree(cache, ignore_errors=True)  # every round cold
        done = kg_build(corpus, out, cache, processes, ["--verbose"])  # verbose: seconds per stage
        kg = {**done.as_dict(), **rates(words, articles, done.wall_s), **build_counts(done.stderr)}
        if "stage_seconds" in kg:
            kg["nlp_stage_words_per_s"] = round(words / kg["stage_seconds"]["nlp"] * processes, 1)
        say(f"   kg:    {kg['words_per_s']:.0f} words/s, {kg['articles_per_s']:.2f} articles/s, peak {done.peak_rss_mb:.0f} MB")
        say(f"   kg end to end / raw spaCy, this round: {kg['words_per_s'] / spacy['words_per_s']:.3f}x; "
            f"/ raw spaCy with numpy's BLAS: {kg['words_per_s'] / same_blas['words_per_s']:.3f}x")
        spacy_rounds.append(spacy)
        same_blas_rounds.append(same_blas)
        kg_rounds.append(kg)
    spacy = max(spacy_rounds, key=lambda r: r["words_per_s"])
    same_blas = max(same_blas_rounds, key=lambda r: r["words_per_s"])
    kg = max(kg_rounds, key=lambda r: r["words_per_s"])
    ratio = round(kg["words_per_s"] / spacy["words_per_s"], 3)
    ratio_same_blas = round(kg["words_per_s"] / same_blas["words_per_s"], 3)
    if rounds > 1:
        say(f"   fastest rounds: kg end to end / raw spaCy: {ratio}x; / raw spaCy with numpy's BLAS: {ratio_same_blas}x")
    bench.results[key] = {
        "spacy_nlp_pipe": spacy, "spacy_nlp_pipe_numpy_blas": same_blas, "kg_build": kg,
        "ratio_kg_to_spacy": ratio, "ratio_kg_to_spacy_numpy_blas": ratio_same_blas,
        "rounds": [{"spacy_words_per_s": s["words_per_s"], "spacy_numpy_blas_words_per_s": b["words_per_s"],
                    "kg_words_per_s": k["words_per_s"], "ratio": round(k["words_per_s"] / s["words_per_s"], 3),
                    "ratio_numpy_blas": round(k["words_per_s"] / b["words_per_s"], 3)}
                   for s, b, k in zip(spacy_rounds, same_blas_rounds, kg_rounds)],
    }
    bench.save()
    return out


def measure_incremental(bench: Bench, corpus: Path, work: Path, cold_s: float) -> None:
    from kg.cache import ResultCache
    from kg.pipeline import _model_name
    from kg.read import read_articles
    from kg.settings import Settings

    say("\n== incremental: rebuild of the unchanged corpus")
    cache = work / "cache-1"
    warm = kg_build(corpus, work / "out-1", cache, 1)
    warm_info = {**warm.as_dict(), **build_counts(warm.stderr), "share_of_cold": round(warm.wall_s / cold_s, 3)}
    say(f"   {warm.wall_s:.1f} s ({warm_info['share_of_cold']:.3f} of the cold build), "
        f"processed {warm_info.get('processed')}, from cache {warm_info.get('cached')}")
    say("== incremental: one article added")
    settings = Settings()
    keys = ResultCache(cache, model=_model_name(settings), parse=settings.parse, code=_snapshot_code_version(work))
    last = list(read_articles([corpus]))[-1]
    copy = work / "cache-add-one"
    shutil.copytree(cache, copy)
    keys.directory = copy
    keys.path(keys.key(last)).unlink()
    added = kg_build(corpus, work / "out-add-one", copy, 1)
    added_info = {**added.as_dict(), **build_counts(added.stderr), "added_article": last.doc_id,
                  "share_of_cold": round(added.wall_s / cold_s, 3)}
    say(f"   {added.wall_s:.1f} s, processed {added_info.get('processed')}, from cache {added_info.get('cached')}")
    same = (work / "out-1" / "graph.ttl").read_bytes() == (work / "out-add-one" / "graph.ttl").read_bytes()
    bench.results["incremental"] = {
        "cold_build_s": cold_s,
        "unchanged_rebuild": warm_info,
        "one_article_added": added_info,
        "unchanged_rebuild_under_a_tenth_of_cold": warm.wall_s < cold_s / 10,
        "graph_after_adding_equals_cold_build": same,
    }
    bench.save()


def _snapshot_code_version(work: Path) -> str:
    """The code version of the copy the builds run (kg.cache.code_version of work/src/kg)."""
    import subprocess

    done = subprocess.run([sys.executable, "-c", "from kg.cache import code_version; print(code_version())"],
                          env=ENV, cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def measure_quality(bench: Bench) -> None:
    from kg.evaluate import evaluate
    from kg.pipeline import build
    from kg.settings import Settings

    say("\n== quality guard: parser on every sentence vs on selected sentences")
    sets = {
        "seeds": (ROOT / "data" / "articles", ROOT / "tests/fixtures/seeds.gold.jsonl", ROOT / "tests/fixtures/seeds.entities.json"),
        "dev": (ROOT / "tests/fixtures/dev/articles", ROOT / "tests/fixtures/dev.gold.jsonl",
                ROOT / "tests/fixtures/dev.entities.json"),
        "heldout": (ROOT / "tests/fixtures/heldout/articles", ROOT / "tests/fixtures/heldout/heldout.gold.jsonl",
                    ROOT / "tests/fixtures/heldout/heldout.entities.json"),
    }
    quality = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, (articles, gold, entities) in sets.items():
            quality[name] = {}
            for mode in ("all", "selective"):
                out = Path(folder) / f"{name}-{mode}"
                build([articles], out, Settings(parse=mode, use_cache=False, progress=False))
                report = evaluate(out / "graph.ttl", gold, entities)
                quality[name][mode] = {
                    status: {"precision": round(row.precision, 3), "recall": round(row.recall, 3), "f1": round(row.f1, 3)}
                    for status in ("occurred", "non-occurred", "ALL")
                    for row in [report.row("ALL", status)]
                }
            delta = round(quality[name]["selective"]["occurred"]["f1"] - quality[name]["all"]["occurred"]["f1"], 3)
            quality[name]["occurred_f1_selective_minus_all"] = delta
            say(f"   {name}: occurred F1 all {quality[name]['all']['occurred']['f1']}, "
                f"selective {quality[name]['selective']['occurred']['f1']} ({delta:+})")
    bench.results["quality_guard"] = quality
    bench.save()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=None, help="folder of articles (default: ../shared/corpus/news-articles)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles (a quick run)")
    parser.add_argument("--skip-store", action="store_true", help="leave out the rdflib/Oxigraph comparison")
    parser.add_argument("--skip-quality", action="store_true", help="leave out the quality guard")
    parser.add_argument("--store-triples", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=2, help="one-process runs of each side, in turn (the fastest is kept)")
    args = parser.parse_args(argv)

    from kg.read import read_articles

    bench = Bench(args.out)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as folder:
        work = Path(folder)
        snapshot_code(work)
        corpus = find_corpus(args.corpus)
        if args.limit:
            corpus = limited_corpus(corpus, args.limit, work)
        texts = [a.text for a in read_articles([corpus])]
        words, articles = sum(len(t.split()) for t in texts), len(texts)
        del texts
        bench.results = {
            "machine": machine(),
            "started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "load_average_at_start": load_average(),
            "corpus": {"path": str(corpus), "articles": articles, "words": words},
        }
        bench.save()
        say(f"corpus {corpus}: {articles} articles, {words} words; machine {bench.results['machine']}")
        measure_throughput(bench, corpus, work, words, articles, 1, rounds=args.rounds)
        measure_incremental(bench, corpus, work, bench.results["1_process"]["kg_build"]["wall_s"])
        measure_throughput(bench, corpus, work, words, articles, 2)
        one, two = bench.results["1_process"], bench.results["2_processes"]
        same = (work / "out-1" / "graph.ttl").read_bytes() == (work / "out-2" / "graph.ttl").read_bytes()
        bench.results["parallel"] = {
            "kg_speedup_2_vs_1": round(one["kg_build"]["wall_s"] / two["kg_build"]["wall_s"], 3),
            "spacy_speedup_2_vs_1": round(one["spacy_nlp_pipe"]["loop_wall_s"] / two["spacy_nlp_pipe"]["loop_wall_s"], 3),
            "graph_identical_1_vs_2_processes": same,
            "kg_peak_rss_mb": max(one["kg_build"]["peak_rss_mb"], two["kg_build"]["peak_rss_mb"]),
        }
        bench.save()
        say(f"\n== two processes vs one: kg {bench.results['parallel']['kg_speedup_2_vs_1']}x, "
            f"spaCy {bench.results['parallel']['spacy_speedup_2_vs_1']}x; graph.ttl identical: {same}")
    if not args.skip_store:
        from benchmarks import store_bench

        say(f"\n== store: rdflib vs Oxigraph on {args.store_triples} synthetic triples")
        bench.results["store"] = store_bench.run(args.store_triples, rdflib_limit_s=60.0, oxigraph_limit_s=30.0,
                                                 log=lambda t: say("   " + t))
        bench.save()
    if not args.skip_quality:
        measure_quality(bench)
    bench.results["load_average_at_end"] = load_average()
    bench.results["finished"] = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    bench.save()
    say(f"\nresults: {args.out}")
    print(summary(bench.results))
    return 0


def summary(results: dict) -> str:
    lines = ["", "summary"]
    for key in ("1_process", "2_processes"):
        if key in results:
            r = results[key]
            lines.append(
                f"  {key.replace('_', ' ')}: kg {r['kg_build']['words_per_s']:.0f} words/s "
                f"({r['kg_build']['articles_per_s']:.2f} articles/s, peak {r['kg_build']['peak_rss_mb']:.0f} MB) vs "
                f"spaCy nlp.pipe {r['spacy_nlp_pipe']['words_per_s']:.0f} words/s "
                f"(peak {r['spacy_nlp_pipe']['peak_rss_mb']:.0f} MB): {r['ratio_kg_to_spacy']}x; "
                f"vs spaCy with numpy's BLAS {r['spacy_nlp_pipe_numpy_blas']['words_per_s']:.0f} words/s: "
                f"{r['ratio_kg_to_spacy_numpy_blas']}x"
            )
    if "parallel" in results:
        p = results["parallel"]
        lines.append(f"  two processes: kg {p['kg_speedup_2_vs_1']}x one, spaCy {p['spacy_speedup_2_vs_1']}x; "
                     f"identical output: {p['graph_identical_1_vs_2_processes']}")
    if "incremental" in results:
        i = results["incremental"]
        lines.append(f"  unchanged rebuild: {i['unchanged_rebuild']['wall_s']} s = {i['unchanged_rebuild']['share_of_cold']} "
                     f"of the cold build; one article added: processed {i['one_article_added'].get('processed')}, "
                     f"{i['one_article_added']['wall_s']} s")
    if "store" in results:
        s = results["store"]
        lines.append(f"  store ({s['triples']} triples): Turtle export rdflib {s['rdflib_export_turtle_s']} s, "
                     f"Oxigraph {s['oxigraph_export_turtle_s']} s; slowest Oxigraph query {s['oxigraph_slowest_query_s']} s")
    if "quality_guard" in results:
        for name, q in results["quality_guard"].items():
            lines.append(f"  quality {name}: occurred F1 all {q['all']['occurred']['f1']}, "
                         f"selective {q['selective']['occurred']['f1']}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
