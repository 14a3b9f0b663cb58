"""The ``kg`` command line: build, query, eval."""
from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
from pathlib import Path

from rdflib import Graph
from rdflib.query import Result

from kg.settings import Settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
DEFAULT_GRAPH = Path("output/graph.ttl")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description="Build and query a knowledge graph of news articles.")
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="build graph.ttl and graph.html from articles")
    build.add_argument("inputs", nargs="*", type=Path, default=[Path("data/articles")], help="files or folders of articles")
    build.add_argument("--out", type=Path, default=Path("output"), help="output folder (default: output/)")
    build.add_argument("--model", default=Settings().model, help="spaCy pipeline package to use")
    build.add_argument("--quiet", action="store_true", help="print warnings only")

    query = commands.add_parser("query", help="run a SPARQL query against a graph")
    query.add_argument("query", help="a SPARQL string or the path of a .rq file")
    query.add_argument("--graph", type=Path, default=DEFAULT_GRAPH)
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")

    evaluate = commands.add_parser("eval", help="score a graph against a gold file")
    evaluate.add_argument("--gold", type=Path, required=True)
    evaluate.add_argument("--entities", type=Path, required=True)
    evaluate.add_argument("--graph", type=Path, default=DEFAULT_GRAPH)
    evaluate.add_argument("--verbose", action="store_true", help="list false positives and misses")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING if getattr(args, "quiet", False) else logging.INFO,
        format="%(levelname)s: %(message)s",
    )
    handler = {"build": _build, "query": _query, "eval": _eval}[args.command]
    return handler(args)


def _build(args: argparse.Namespace) -> int:
    from kg.annotate import ModelNotFound
    from kg.pipeline import build
    from kg.read import InputError

    try:
        summary = build(args.inputs, args.out, Settings(model=args.model))
    except InputError as error:
        print(f"kg build: {error}", file=sys.stderr)
        return EXIT_USAGE
    except ModelNotFound as error:
        print(f"kg build: {error}", file=sys.stderr)
        return EXIT_FAILED
    if summary.articles == 0:
        print("kg build: no usable article in the input", file=sys.stderr)
        return EXIT_FAILED
    logging.getLogger("kg").info(
        "built %s and %s: %d articles, %d assertions",
        summary.turtle, summary.html, summary.articles, summary.assertions,
    )
    return EXIT_OK


def _load_graph(path: Path) -> Graph | None:
    if not path.is_file():
        print(f"kg: no graph at {path} (run `kg build` first)", file=sys.stderr)
        return None
    graph = Graph()
    graph.parse(path, format="turtle")
    return graph


def _query(args: argparse.Namespace) -> int:
    text = args.query
    if text.endswith(".rq"):
        path = Path(text)
        if not path.is_file():
            print(f"kg query: no query file {path}", file=sys.stderr)
            return EXIT_USAGE
        text = path.read_text(encoding="utf-8")
    graph = _load_graph(args.graph)
    if graph is None:
        return EXIT_USAGE
    try:
        result = graph.query(text)
    except Exception as error:  # rdflib raises pyparsing errors for bad SPARQL
        print(f"kg query: the query does not parse: {error}", file=sys.stderr)
        return EXIT_USAGE
    print_result(result, args.format, sys.stdout)
    return EXIT_OK


def print_result(result: Result, fmt: str, stream) -> None:
    """Print a SPARQL result as an aligned table, CSV or JSON (SPARQL 1.1 results JSON for SELECT)."""
    if result.type == "ASK":
        print(json.dumps(bool(result.askAnswer)) if fmt == "json" else str(bool(result.askAnswer)), file=stream)
        return
    if result.type == "CONSTRUCT" or result.type == "DESCRIBE":
        print(result.graph.serialize(format="turtle"), file=stream)
        return
    names = [str(v) for v in result.vars]
    rows = [["" if value is None else str(value) for value in row] for row in result]
    if fmt == "json":
        print(result.serialize(format="json").decode("utf-8"), file=stream)
    elif fmt == "csv":
        writer = csv.writer(stream)
        writer.writerow(names)
        writer.writerows(rows)
    else:
        widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
        print("  ".join(n.ljust(w) for n, w in zip(names, widths)), file=stream)
        print("  ".join("-" * w for w in widths), file=stream)
        for row in rows:
            print("  ".join(v.ljust(w) for v, w in zip(row, widths)), file=stream)
        print(f"({len(rows)} rows)", file=stream)


def _eval(args: argparse.Namespace) -> int:
    from kg.evaluate import run_eval

    for path in (args.gold, args.entities, args.graph):
        if not path.is_file():
            print(f"kg eval: no file {path}", file=sys.stderr)
            return EXIT_USAGE
    run_eval(args.gold, args.entities, args.graph, verbose=args.verbose)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
