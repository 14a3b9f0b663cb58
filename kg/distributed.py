"""Past one machine: the per-article stages on a Dask distributed cluster.

``kg build --engine dask --scheduler tcp://HOST:8786`` sends chunks of articles to the cluster's
workers, each of which runs :func:`kg.pipeline.process_articles` with its own spaCy pipeline
(loaded once per worker thread), and takes the results back in input order. Everything else
stays on the machine that runs ``kg build``: reading, the result cache (only articles it does not
have are sent), merging entities, building and writing the graph. So the output is the same as
the local engine's, byte for byte.

Workers need kg and the spaCy model installed (the same versions as the client: the cache key
and the results depend on them); ``dask[distributed]`` is the ``cluster`` extra of kg
(``pip install 'kg[cluster]'``). Without ``--scheduler``, a local cluster of ``--processes``
workers is started for the build and stopped after it.
"""
from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator

from kg.records import Article
from kg.settings import Settings

log = logging.getLogger("kg.distributed")


class DaskUnavailable(RuntimeError):
    """dask.distributed is not installed."""


def _distributed():
    try:
        import distributed
    except ImportError as error:  # pragma: no cover - the test extra installs it
        raise DaskUnavailable(
            "the Dask engine needs dask.distributed: pip install 'dask[distributed]' (or kg[cluster])"
        ) from error
    return distributed


def _quiet_dask_logs() -> None:
    """Dask's INFO chatter (workers starting, comms closing) is not kg's progress report."""
    for name in list(logging.root.manager.loggerDict):
        if name.split(".")[0] in {"distributed", "tornado"}:
            logger = logging.getLogger(name)
            if logger.level in (logging.NOTSET, logging.DEBUG, logging.INFO):
                logger.setLevel(logging.WARNING)


class DaskEngine:
    """Runs chunks of articles on a Dask cluster; results come back in input order.

    ``scheduler``: the scheduler's address; None starts a local cluster. ``client``: an existing
    ``distributed.Client`` to use instead (it is left open).
    """

    def __init__(self, settings: Settings, scheduler: str | None = None, client=None, window: int | None = None):
        distributed = _distributed()
        _quiet_dask_logs()
        self.settings = settings
        self._cluster = None
        self._own_client = client is None
        if client is not None:
            self.client = client
        elif scheduler:
            self.client = distributed.Client(scheduler)
        else:
            workers = settings.processes or os.cpu_count() or 1
            self._cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                     host="127.0.0.1", dashboard_address=None)
            self.client = distributed.Client(self._cluster)
        _quiet_dask_logs()
        workers = len(self.client.scheduler_info().get("workers", {})) or 1
        self.window = window or 2 * workers  # chunks in flight: keeps workers busy, memory bounded
        log.info("Dask engine: %d worker(s) at %s", workers, self.client.scheduler.address)

    def map(self, chunks: Iterable[list[Article]]) -> Iterator[tuple[list, dict]]:
        from kg.pipeline import _process_chunk_with_stats

        pending: deque = deque()
        for chunk in chunks:
            pending.append(
                self.client.submit(_process_chunk_with_stats, chunk, self.settings, pure=False) if chunk else None
            )
            while len(pending) > self.window:
                yield self._take(pending.popleft())
        while pending:
            yield self._take(pending.popleft())

    @staticmethod
    def _take(future):
        if future is None:
            return [], {}
        try:
            return future.result()
        finally:
            future.release()

    def close(self) -> None:
        if self._own_client:
            self.client.close()
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
