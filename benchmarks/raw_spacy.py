"""The baseline: raw ``nlp.pipe`` of the full English pipeline over the corpus texts.

    python -m benchmarks.raw_spacy CORPUS [--processes N] [--limit N] [--blas blis|numpy]

Reads the articles as kg does (:func:`kg.read.read_articles`), loads the model kg uses with all
its default components (tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner), and times
``nlp.pipe`` over the texts with spaCy's defaults (``n_process`` as asked). Model loading and
reading are not timed; the loop is. Prints one JSON line.

``--blas numpy`` multiplies matrices as kg does by default (:func:`kg.annotate.use_blas`) instead
of with spaCy's blis: the like-for-like baseline, which shows what kg's own design saves.
"""
from __future__ import annotations

import argparse
import importlib
import json
import time

from kg.read import read_articles
from kg.settings import DEFAULT_MODELS


def load_model():
    for name in DEFAULT_MODELS:
        try:
            return name, importlib.import_module(name).load()
        except ImportError:
            continue
    raise SystemExit("no spaCy English model installed")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--blas", choices=("blis", "numpy"), default="blis")
    args = parser.parse_args(argv)
    texts = [a.text for a in read_articles([args.corpus])]
    if args.limit:
        texts = texts[: args.limit]
    name, nlp = load_model()
    if args.blas != "blis":
        from kg.annotate import use_blas

        use_blas(nlp, args.blas)
    for _ in nlp.pipe(texts[:2]):  # warm up
        pass
    words = sum(len(t.split()) for t in texts)
    tokens = 0
    cpu = time.process_time()
    start = time.perf_counter()
    for doc in nlp.pipe(texts, n_process=args.processes):
        tokens += len(doc)
    wall = time.perf_counter() - start
    print(json.dumps({
        "model": f"{name}-{nlp.meta.get('version')}",
        "components": nlp.pipe_names,
        "articles": len(texts),
        "words": words,
        "tokens": tokens,
        "processes": args.processes,
        "blas": args.blas,
        "loop_wall_s": round(wall, 3),
        "loop_cpu_s_main": round(time.process_time() - cpu, 3),
    }))


if __name__ == "__main__":
    main()
