"""The ``kg`` command line: build, query, eval."""
from __future__ import annotations

import argparse
import csv
import json
import logging
import re
import signal
import sys
from pathlib import Path

from rdflib import Graph
from rdflib.query import Result

from kg.settings import Settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143  # 128 + SIGINT or SIGTERM, as shells report them
DEFAULT_GRAPH = Path("output/graph.ttl")
QUERIES = Path(__file__).resolve().parents[1] / "queries"  # the saved questions of this checkout
SAVED_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")  # `kg query NAME` runs queries/NAME.rq


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description="Build and query a knowledge graph of news articles.")
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="build graph.ttl and graph.html from articles")
    build.add_argument("inputs", nargs="*", type=Path, default=[Path("data/articles")], help="files or folders of articles")
    build.add_argument("--out", type=Path, default=Path("output"), help="output folder (default: output/)")
    build.add_argument("--model", default=Settings().model, help="spaCy pipeline package to use")
    build.add_argument(
        "--max-nodes", type=int, default=Settings().max_nodes, metavar="N",
        help="graph.html draws the N most connected entities (default: %(default)s; 0: all)",
    )
    build.add_argument("--quiet", action="store_true", help="print warnings only")
    build.add_argument("--verbose", action="store_true", help="also name each article as it is read")
    build.add_argument(
        "--strict", action="store_true", help="exit 1 and write nothing when any file or record was skipped"
    )
    build.add_argument(
        "--max-bytes", type=byte_size, default=Settings().max_bytes, metavar="SIZE",
        help="skip files (JSON lines: lines) larger than this: bytes, or with kB, MB, GB (default: 5MB)",
    )

    _add_scale_options(build)

    query = commands.add_parser("query", help="run a SPARQL query against a graph")
    query.add_argument("query", help="a SPARQL string, the path of a .rq file, or the name of a saved query in queries/")
    query.add_argument("--graph", type=Path, default=DEFAULT_GRAPH)
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")
    query.add_argument("--store", choices=("auto", "rdflib", "oxigraph"), default="auto",
                       help="answer with rdflib or Oxigraph (auto: Oxigraph for graphs over 20 MB)")

    evaluate = commands.add_parser("eval", help="score a graph against a gold file")
    evaluate.add_argument("--gold", type=Path, required=True)
    evaluate.add_argument("--entities", type=Path, required=True)
    evaluate.add_argument("--graph", type=Path, default=DEFAULT_GRAPH)
    evaluate.add_argument("--verbose", action="store_true", help="list false positives and misses")

    validate = commands.add_parser("validate", help="check a graph against the SHACL shapes (ontology/shapes.ttl)")
    validate.add_argument("graph", nargs="?", type=Path, default=DEFAULT_GRAPH, help="default: output/graph.ttl")
    validate.add_argument("--shapes", type=Path, default=None, help="a SHACL file (default: ontology/shapes.ttl)")

    serve = commands.add_parser("serve", help="serve a graph as a read-only SPARQL endpoint (Oxigraph)")
    serve.add_argument("graph", nargs="?", type=Path, default=DEFAULT_GRAPH, help="default: output/graph.ttl")
    serve.add_argument("--port", type=int, default=7878)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    publish = commands.add_parser("publish", help="load the graph into a SPARQL store (Graph Store HTTP Protocol)")
    publish.add_argument("--endpoint", required=True, metavar="URL",
                         help="the store's graph store URL, e.g. http://localhost:7878/store")
    publish.add_argument("--graph", type=Path, default=DEFAULT_GRAPH, help="default: output/graph.ttl")
    publish.add_argument("--named-graph", metavar="IRI", default=None, help="into this named graph (default: the default graph)")
    publish.add_argument("--append", action="store_true", help="add to what the graph holds (POST) instead of replacing it (PUT)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING if getattr(args, "quiet", False) else logging.INFO,
        format="%(levelname)s: %(message)s",
    )
    if getattr(args, "verbose", False) and args.command == "build":
        logging.getLogger("kg").setLevel(logging.DEBUG)
    handler = {"build": _build, "query": _query, "eval": _eval, "validate": _validate, "serve": _serve,
               "publish": _publish}[args.command]
    if args.command == "build":
        signal.signal(signal.SIGTERM, _terminated)
    try:
        return handler(args)
    except UserError as error:
        print(f"kg {args.command}: {error}", file=sys.stderr)
        return error.code
    except KeyboardInterrupt as interrupt:
        kept = "; the previous outputs are left as they were" if args.command == "build" else ""
        print(f"kg {args.command}: interrupted{kept}", file=sys.stderr)
        return EXIT_TERMINATED if isinstance(interrupt, _Terminated) else EXIT_INTERRUPTED
    except BrokenPipeError:  # `kg query ... | head`
        sys.stderr.close()
        return EXIT_OK


class UserError(Exception):
    """A mistake or a problem of the user's files: printed as one line, no traceback."""

    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code


class _Terminated(KeyboardInterrupt):
    """SIGTERM: unwound like Ctrl-C, so that temporary files are removed."""


def _terminated(signum, frame):
    raise _Terminated


_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*", re.I)


def byte_size(text: str) -> int:
    """``5000000``, ``500kB``, ``5MB``, ``1.5GB`` -> bytes (k, M, G are powers of 1024)."""
    m = _SIZE.fullmatch(text)
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 5MB or 500kB)")
    unit = (m.group(2) or "b")[0].lower()
    size = int(float(m.group(1)) * {"b": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[unit])
    if size <= 0:
        raise argparse.ArgumentTypeError(f"the size must be positive: {text!r}")
    return size


def _build(args: argparse.Namespace) -> int:
    from kg.annotate import ModelNotFound
    from kg.pipeline import build
    from kg.read import InputError

    if args.out.exists() and not args.out.is_dir():
        raise UserError(f"--out {args.out} is a file, not a folder")
    settings = Settings(model=args.model, max_bytes=args.max_bytes, strict=args.strict, max_nodes=args.max_nodes,
                        **_scale_settings(args))
    try:
        summary = build(args.inputs, args.out, settings)
    except InputError as error:
        raise UserError(str(error)) from None
    except ModelNotFound as error:
        raise UserError(str(error), EXIT_FAILED) from None
    except OSError as error:  # the outputs could not be written; the old ones are untouched
        raise UserError(f"cannot write to {args.out}: {error.strerror or error}", EXIT_FAILED) from None
    if summary.read is not None:
        print(f"kg build: {summary.read.summary()}", file=sys.stderr)
    if summary.articles == 0:
        print("kg build: no usable article in the input; nothing written", file=sys.stderr)
        return EXIT_FAILED
    if not summary.written:
        print("kg build: --strict and something was skipped; nothing written", file=sys.stderr)
        return EXIT_FAILED
    logging.getLogger("kg").info(
        "built %s and %s: %d articles, %d assertions",
        summary.turtle, summary.html, summary.articles, summary.assertions,
    )
    return EXIT_OK


def _add_scale_options(build: argparse.ArgumentParser) -> None:
    """Options of `kg build` for large corpora: cache, processes, parse mode, Dask, Oxigraph."""
    build.add_argument("--no-cache", action="store_true", help="process every article again (ignore .kg-cache/)")
    build.add_argument("--cache-dir", type=Path, default=None, help="where per-article results are kept "
                       "(default: .kg-cache/ beside the output folder)")
    build.add_argument("--processes", type=int, default=Settings().processes, metavar="N",
                       help="worker processes for the NLP stages (default: 1; 0: one per core)")
    build.add_argument("--parse", choices=("selective", "all"), default=Settings().parse,
                       help="parse only the sentences where a fact can be (default) or every sentence")
    build.add_argument("--blas", choices=("numpy", "blis"), default=Settings().blas,
                       help="multiply the networks' matrices with numpy's BLAS (default, faster) or blis "
                       "(spaCy's default)")
    build.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="run the per-article stages here or on a Dask cluster")
    build.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="the Dask scheduler, e.g. tcp://10.0.0.5:8786 (default: a local cluster)")
    build.add_argument("--store", choices=("auto", "rdflib", "oxigraph"), default="auto",
                       help="write graph.ttl with rdflib or Oxigraph (auto: Oxigraph above 50,000 triples)")


def _scale_settings(args: argparse.Namespace) -> dict:
    if args.processes < 0:
        raise UserError("--processes must be 0 or more")
    return {
        "use_cache": not args.no_cache,
        "cache_dir": str(args.cache_dir) if args.cache_dir else Settings().cache_dir,
        "processes": args.processes,
        "parse": args.parse,
        "blas": args.blas,
        "engine": args.engine,
        "scheduler": args.scheduler,
        "store": args.store,
        "progress": not args.quiet,
    }


def _load_graph(path: Path) -> Graph | None:
    if not path.is_file():
        print(f"kg: no graph at {path} (run `kg build` first)", file=sys.stderr)
        return None
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as error:  # unreadable, not UTF-8, or not Turtle: rdflib raises many kinds
        message = " ".join(str(error).split())[:300]
        raise UserError(f"cannot read the graph {path}: {message}", EXIT_FAILED) from None
    return graph


def saved_queries() -> dict[str, Path]:
    """Saved questions by name: ``queries/NAME.rq`` of the current folder, then of the kg checkout."""
    found: dict[str, Path] = {}
    for folder in (Path("queries"), QUERIES):
        if folder.is_dir():
            for path in sorted(folder.glob("*.rq")):
                found.setdefault(path.stem, path)
    return dict(sorted(found.items()))


def _query(args: argparse.Namespace) -> int:
    text = args.query
    if SAVED_NAME.fullmatch(text) and not Path(text).is_file():
        saved = saved_queries()
        if text not in saved:
            names = ", ".join(saved) or "none"
            print(f"kg query: no saved query named {text!r} (saved: {names})", file=sys.stderr)
            return EXIT_USAGE
        text = str(saved[text])
    if text.endswith(".rq"):
        path = Path(text)
        if not path.is_file():
            print(f"kg query: no query file {path}", file=sys.stderr)
            return EXIT_USAGE
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise UserError(f"cannot read the query file {path}: {error}") from None
    if _use_oxigraph(args):
        return _query_oxigraph(args, text)
    graph = _load_graph(args.graph)
    if graph is None:
        return EXIT_USAGE
    try:
        result = graph.query(text)
    except Exception as error:  # rdflib raises pyparsing errors for bad SPARQL
        print(f"kg query: the query does not parse: {error}", file=sys.stderr)
        return EXIT_USAGE
    try:
        print_result(result, args.format, sys.stdout)
    except BrokenPipeError:
        raise
    except Exception as error:  # rdflib evaluates lazily: errors can come while printing
        raise UserError(f"the query failed: {' '.join(str(error).split())[:300]}", EXIT_FAILED) from None
    return EXIT_OK


def _use_oxigraph(args: argparse.Namespace) -> bool:
    from kg.store import should_use_oxigraph

    store = getattr(args, "store", "rdflib")
    return store == "oxigraph" or (store == "auto" and should_use_oxigraph(args.graph))


def _query_oxigraph(args: argparse.Namespace, text: str) -> int:
    """`kg query` answered by Oxigraph (kg.store): the same output, faster on large graphs."""
    from kg import store

    if not args.graph.is_file():
        print(f"kg: no graph at {args.graph} (run `kg build` first)", file=sys.stderr)
        return EXIT_USAGE
    try:
        loaded = store.load(args.graph)
    except (OSError, SyntaxError, ValueError) as error:
        raise UserError(f"cannot read the graph {args.graph}: {' '.join(str(error).split())[:300]}", EXIT_FAILED) from None
    try:
        result = store.query(loaded, text)
    except SyntaxError as error:
        print(f"kg query: the query does not parse: {error}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as error:
        raise UserError(f"the query failed: {' '.join(str(error).split())[:300]}", EXIT_FAILED) from None
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
        rows = [[" ".join(value.split()) for value in row] for row in rows]  # one line per row
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
    try:
        run_eval(args.gold, args.entities, args.graph, verbose=args.verbose)
    except (OSError, ValueError) as error:  # a malformed gold or entities file (json errors are ValueErrors)
        raise UserError(" ".join(str(error).split())[:300]) from None
    except Exception as error:  # the graph does not parse
        raise UserError(f"cannot read the graph {args.graph}: {' '.join(str(error).split())[:300]}", EXIT_FAILED) from None
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from kg.validate import SHAPES, format_report, validate_file

    shapes = args.shapes or SHAPES
    for path in (args.graph, shapes):
        if not path.is_file():
            print(f"kg validate: no file {path}" + (" (run `kg build` first)" if path == args.graph else ""), file=sys.stderr)
            return EXIT_USAGE
    try:
        report = validate_file(args.graph, shapes)
    except Exception as error:  # a file that does not parse, or unusable shapes
        print(f"kg validate: {error}", file=sys.stderr)
        return EXIT_USAGE
    print(format_report(report, args.graph))
    return EXIT_OK if report.conforms else EXIT_FAILED


def _serve(args: argparse.Namespace) -> int:
    from kg.serve import serve

    if not args.graph.is_file():
        print(f"kg serve: no graph at {args.graph} (run `kg build` first)", file=sys.stderr)
        return EXIT_USAGE
    return serve(args.graph, host=args.host, port=args.port)


def _publish(args: argparse.Namespace) -> int:
    from kg.publish import PublishError, publish

    if not args.graph.is_file():
        print(f"kg publish: no graph at {args.graph} (run `kg build` first)", file=sys.stderr)
        return EXIT_USAGE
    try:
        done = publish(args.graph, args.endpoint, named_graph=args.named_graph, append=args.append)
    except PublishError as error:
        raise UserError(str(error), EXIT_FAILED) from None
    print(f"kg publish: {done.method} {done.url}: HTTP {done.status}, {done.bytes} bytes of {args.graph}", file=sys.stderr)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
