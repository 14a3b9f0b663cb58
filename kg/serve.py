"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a graph, served by Oxigraph.

The server is Oxigraph's own (the ``oxigraph`` command from the PyPI package of the same name):
the graph is loaded into a fresh on-disk store with ``oxigraph load``, which is then served with
``oxigraph serve-read-only``. Queries go to ``http://HOST:PORT/query`` (GET ``?query=`` or POST,
as the SPARQL 1.1 Protocol says); the server refuses updates, and the store is a temporary copy
that is deleted when the server stops, so the graph file itself is never touched.
"""
from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
READY_TIMEOUT = 30.0  # seconds to wait for the server to answer after it starts
_PROBE = "ASK {}"


class ServeError(RuntimeError):
    """The endpoint could not be started."""


def oxigraph_binary() -> str:
    """The ``oxigraph`` command: beside this Python (a venv's bin/), else on the PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise ServeError("the Oxigraph server is not installed: `pip install oxigraph` provides the `oxigraph` command")


def bind_address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def endpoint_url(host: str, port: int) -> str:
    """The SPARQL query endpoint's URL."""
    return f"http://{bind_address(host, port)}/query"


def load_store(graph: Path, location: Path, binary: str | None = None) -> None:
    """Load the RDF file ``graph`` (syntax from its extension) into an Oxigraph store at ``location``."""
    binary = binary or oxigraph_binary()
    done = subprocess.run(
        [binary, "load", "--location", str(location), "--file", str(graph)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise ServeError(f"oxigraph could not load {graph}: {detail[-1] if detail else 'exit ' + str(done.returncode)}")


class Endpoint:
    """A running read-only endpoint. Use as a context manager, or call :meth:`stop`."""

    def __init__(self, graph: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, quiet: bool = True):
        graph = Path(graph)
        if not graph.is_file():
            raise ServeError(f"no graph at {graph} (run `kg build` first)")
        self.graph, self.host, self.port = graph, host, port
        self.url = endpoint_url(host, port)
        binary = oxigraph_binary()
        self._tmp = tempfile.TemporaryDirectory(prefix="kg-serve-")
        self.location = Path(self._tmp.name) / "store"
        self.process: subprocess.Popen | None = None
        self._log = open(Path(self._tmp.name) / "server.log", "w+", encoding="utf-8")  # noqa: SIM115
        try:
            load_store(graph, self.location, binary)
            # Oxigraph's messages go to a log file (a pipe nobody reads could fill up and block it).
            self.process = subprocess.Popen(
                [binary, "serve-read-only", "--location", str(self.location), "--bind", bind_address(host, port)],
                stdin=subprocess.DEVNULL,
                stdout=self._log if quiet else None,
                stderr=self._log if quiet else None,
            )
            self._wait_until_ready()
        except BaseException:
            self.stop()
            raise

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + READY_TIMEOUT
        probe = self.url + "?" + urllib.parse.urlencode({"query": _PROBE})
        while True:
            assert self.process is not None
            if self.process.poll() is not None:
                self._log.seek(0)
                error = self._log.read().strip().splitlines()
                reason = error[-1] if error else f"exit {self.process.returncode}"
                raise ServeError(f"the Oxigraph server stopped at once: {reason}")
            try:
                with urllib.request.urlopen(probe, timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            if time.monotonic() > deadline:
                raise ServeError(f"the Oxigraph server did not answer at {self.url} within {READY_TIMEOUT:.0f} s")
            time.sleep(0.1)

    def wait(self) -> int:
        """Block until the server exits; return its exit code."""
        assert self.process is not None
        return self.process.wait()

    def stop(self) -> None:
        """Stop the server and delete its store. Safe to call twice."""
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self._log.close()
        self._tmp.cleanup()

    def __enter__(self) -> Endpoint:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def serve(graph: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> int:
    """Serve ``graph`` until interrupted (Ctrl-C or SIGTERM); the exit code for ``kg serve``."""

    def _terminate(_signum, _frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        with Endpoint(graph, host, port, quiet=True) as endpoint:
            print(f"kg serve: read-only SPARQL endpoint for {graph} at {endpoint.url} (Ctrl-C stops it)", flush=True)
            code = endpoint.wait()
        if code < 0 or code == 128 + signal.SIGINT:  # Ctrl-C reaches the server too: a normal stop
            print("kg serve: stopped", flush=True)
            return 0
        print(f"kg serve: the Oxigraph server exited with code {code}", file=sys.stderr)
        return 1
    except ServeError as error:
        print(f"kg serve: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # the endpoint has stopped its server and deleted its store on the way out
        print("kg serve: stopped", flush=True)
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
