"""Stage 1: read article files into :class:`~kg.records.Article` records.

Inputs are files or folders. Folders are walked recursively, in order of relative path, for
``.txt``, ``.md``, ``.html``/``.htm`` and ``.jsonl`` files; symlinked folders are followed
unless they lead back to a folder being walked (a symlink loop), and hidden files and folders
(names starting with ``.``) are left out. A file named explicitly is read whatever its
extension (``.html``/``.htm`` as HTML, ``.jsonl`` as JSON lines, anything else as text).

What ``Article.text`` is, and so what every offset kg reports points into:

* ``.txt``, ``.md`` (and other text): the file's text exactly as Python's
  ``Path.read_text(encoding=...)`` gives it for the detected encoding: universal newlines, and a
  UTF-8 byte order mark dropped, as ``encoding="utf-8-sig"`` does. Encodings: UTF-8 (with or
  without a BOM), UTF-16 and UTF-32 with a BOM; otherwise cp1252, then Latin-1, each with a
  warning naming the file. Front matter is kept in the text; :mod:`kg.clean` blanks it.
* ``.html``, ``.htm``: the main text that trafilatura extracts; title, date and source come from
  the page's metadata.
* ``.jsonl``: the ``text`` field of each record (one JSON object a line, with ``id``, ``title``,
  ``date``, ``source`` and ``text``); ``id`` is the article's identifier.

Anything that cannot be used is skipped with a one-line message naming the file (and the line,
for JSON lines) and the reason, logged on the ``kg.read`` logger and recorded in a
:class:`ReadReport`; the rest is read. Only a missing input path is an error (:class:`InputError`).
"""
from __future__ import annotations

import codecs
import datetime as dt
import errno
import hashlib
import io
import json
import logging
import os
import re
import stat
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dateutil import parser as date_parser

from kg.records import Article

log = logging.getLogger("kg.read")

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

# A file (for JSON lines: a record's line) larger than this is skipped. Settings.max_bytes.
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# An article text longer than this is skipped: spaCy's own limit (Language.max_length), beyond
# which its parser needs several GB of memory.
MAX_CHARS = 1_000_000

# Datelines are looked for among this many non-blank lines at the top of the body...
DATELINE_WINDOW = 15
# ...and only on lines shorter than this (a dateline is a short line that is a date).
DATELINE_MAX_CHARS = 80


class InputError(Exception):
    """An input path given to :func:`read_articles` does not exist."""


class BadFileError(Exception):
    """A file or record that cannot be used as an article.

    ``reason`` is a short fixed category ("empty file", "binary file", ...) that summaries count;
    ``detail`` says more about this case.
    """

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason} ({detail})" if detail else reason)
        self.reason = reason
        self.detail = detail


# --------------------------------------------------------------------------- the report


def show_path(path: Path | str) -> str:
    """A path for a one-line message: control characters and undecodable bytes escaped."""
    text = str(path)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(show_path(part) for part in str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class Problem:
    """One file or record that was skipped, or read with a warning."""

    path: Path
    reason: str
    detail: str = ""
    line: int | None = None

    @property
    def where(self) -> str:
        return show_path(self.path) + (f":{self.line}" if self.line is not None else "")

    @property
    def message(self) -> str:
        detail = f" ({_one_line(self.detail)})" if self.detail else ""
        return f"{self.where}: {self.reason}{detail}"


@dataclass
class ReadReport:
    """What reading saw: how many files and articles, and each file or record skipped and why.

    Pass one to :func:`read_articles` and read it once the articles are consumed.
    """

    files: int = 0  # files opened (a JSON lines file counts once)
    articles: int = 0  # articles read
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    ignored: list[Path] = field(default_factory=list)  # hidden files and folders

    def skip(self, path: Path, reason: str, detail: str = "", line: int | None = None) -> None:
        problem = Problem(Path(path), reason, detail, line)
        self.skipped.append(problem)
        log.warning("skipped %s", problem.message)

    def warn(self, path: Path, reason: str, detail: str = "", line: int | None = None) -> None:
        problem = Problem(Path(path), reason, detail, line)
        self.warnings.append(problem)
        log.warning("%s", problem.message)

    def ignore(self, path: Path) -> None:
        self.ignored.append(Path(path))
        log.info("ignored %s: hidden", show_path(path))

    def skipped_by_reason(self) -> Counter:
        return Counter(p.reason for p in self.skipped)

    def summary(self) -> str:
        """One line: ``read 12 articles from 14 files; skipped 3 (2 empty file, 1 duplicate text); ...``."""
        parts = [f"read {_count(self.articles, 'article')} from {_count(self.files, 'file')}"]
        if self.skipped:
            reasons = ", ".join(f"{n} {r}" for r, n in sorted(self.skipped_by_reason().items(), key=_by_count))
            parts.append(f"skipped {len(self.skipped)} ({reasons})")
        else:
            parts.append("skipped none")
        if self.warnings:
            reasons = ", ".join(f"{n} {r}" for r, n in sorted(Counter(p.reason for p in self.warnings).items(), key=_by_count))
            parts.append(f"{_count(len(self.warnings), 'warning')} ({reasons})")
        if self.ignored:
            parts.append(f"ignored {len(self.ignored)} hidden")
        return "; ".join(parts)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


# --------------------------------------------------------------------------- lines


def iter_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, line)`` for each ``\\n``-separated line; ``end`` excludes the newline."""
    start = 0
    n = len(text)
    while start <= n:
        nl = text.find("\n", start)
        end = n if nl < 0 else nl
        if nl < 0 and start == n:
            return
        yield start, end, text[start:end]
        if nl < 0:
            return
        start = nl + 1


# --------------------------------------------------------------------------- front matter

_FENCE = re.compile(r"---[ \t]*")
_KEY_VALUE = re.compile(r"\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*")


def front_matter_span(text: str) -> tuple[int, int] | None:
    """``(0, end)`` of a front matter block at the very top of ``text``, or None.

    The block is a ``---`` line, any lines, and a closing ``---`` line; ``end`` is just past
    the closing line's newline. Without a closing fence there is no front matter.
    """
    lines = iter_lines(text)
    first = next(lines, None)
    if first is None or not _FENCE.fullmatch(first[2]):
        return None
    for _start, end, line in lines:
        if _FENCE.fullmatch(line):
            return 0, min(end + 1, len(text))
    return None


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def parse_front_matter(text: str) -> tuple[dict[str, str], int]:
    """The front matter's ``key: value`` pairs (keys lower-cased) and where the body starts."""
    span = front_matter_span(text)
    if span is None:
        return {}, 0
    fields: dict[str, str] = {}
    block = text[: span[1]]
    for _start, _end, line in list(iter_lines(block))[1:-1]:
        m = _KEY_VALUE.fullmatch(line)
        if m:
            fields.setdefault(m.group(1).lower(), _unquote(m.group(2)))
    return fields, span[1]


def _parse_date_value(value: str) -> dt.date | None:
    value = str(value).strip()
    if not value or len(value) > 100:
        return None
    try:
        return date_parser.parse(value, default=dt.datetime(2000, 1, 1)).date()
    except (ValueError, OverflowError, TypeError, ArithmeticError):
        return None


# --------------------------------------------------------------------------- datelines

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d{2}"
_WEEKDAY = r"(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_DATE_CORE = (
    rf"(?P<core>{_MONTH}\s+{_DAY},?\s+{_YEAR}"  # April 27th 2022, April 26, 2022
    rf"|{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"  # 27 April 2022
    rf"|{_YEAR}-\d{{1,2}}-\d{{1,2}}"  # 2022-04-26
    rf"|{_YEAR}/\d{{1,2}}/\d{{1,2}})"  # 2022/04/26
)
# "Published:", "Updated on" ...
_LABEL = r"(?:(?:published|updated|last\s+updated|posted|date)(?:\s+on)?\s*:?\s*)?"
# Up to two comma-ended prefixes of at most four words: a place and/or a weekday.
_PREFIX = r"(?:[\w.'’-]+(?:\s+[\w.'’-]+){0,3}\s*,\s*){0,2}"
# A time after the date: "- 09:40 UTC", "at 9.40 am", ", 10:15 (GMT+3)".
_TIME = (
    r"(?:\s*(?:[-–—|,·•]|\bat\b)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:\(?[a-z]{2,5}(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?)?)?"
)
_DATELINE = re.compile(
    rf"{_LABEL}{_PREFIX}{_LABEL}(?:{_WEEKDAY},?\s+)?{_DATE_CORE}{_TIME}\s*\.?",
    re.IGNORECASE,
)


def parse_dateline(line: str) -> dt.date | None:
    """The date of a line that is essentially a date (a dateline), else None.

    A dateline is short and consists of a date with an optional place or weekday prefix
    and an optional time; a sentence that merely mentions a date is not one.
    """
    line = line.strip()
    if not line or len(line) >= DATELINE_MAX_CHARS:
        return None
    m = _DATELINE.fullmatch(line)
    if not m:
        return None
    core = re.sub(r"\s+of\s+", " ", m.group("core"), flags=re.IGNORECASE)
    return _parse_date_value(core)


def is_dateline(line: str) -> bool:
    return parse_dateline(line) is not None


# --------------------------------------------------------------------------- title and date


def _clean_title(line: str) -> str:
    """A title from a line: Markdown heading marks dropped; "" when no letter or digit is left."""
    title = line.strip().lstrip("#").strip()
    return title if any(c.isalnum() for c in title) else ""


def _is_headline(line: str) -> bool:
    from kg.clean import is_furniture  # kg.clean imports this module

    return (
        bool(_clean_title(line))
        and len(line.split()) >= 4
        and not line.rstrip().endswith(".")
        and not is_dateline(line)
        and not is_furniture(line)
    )


def guess_title_and_date(body: str) -> tuple[str | None, dt.date | None]:
    """Title and date of an article body without front matter.

    The date is that of the last dateline among the first non-blank lines (a page header's
    print date may come first, the article's own date comes under its headline). The title
    is the headline just above that dateline, else the first non-blank line that is neither
    a dateline nor page furniture, else the first non-blank line.
    """
    from kg.clean import is_furniture  # kg.clean imports this module

    early = [line.strip() for _s, _e, line in iter_lines(body) if line.strip()]
    if not early:
        return None, None
    early = early[:DATELINE_WINDOW]
    datelines = [(i, d) for i, line in enumerate(early) if (d := parse_dateline(line))]
    date = datelines[-1][1] if datelines else None

    if datelines:
        j = datelines[-1][0] - 1
        while j >= 0 and is_dateline(early[j]):
            j -= 1
        if j >= 0 and _is_headline(early[j]):
            return _clean_title(early[j]), date
    for line in early:
        if not is_dateline(line) and not is_furniture(line) and _clean_title(line):
            return _clean_title(line), date
    return _clean_title(early[0]) or None, date


# --------------------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Signatures of common binary formats (none of them starts a plausible article).
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
)
# Control characters that do not occur in text (tabs, line and form feeds do).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# More control characters than this share of the text: not text.
MAX_CONTROL_SHARE = 0.01
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _text_as_read(data: bytes, encoding: str) -> str:
    """``data`` decoded the way ``Path.read_text(encoding=...)`` decodes a file."""
    with io.TextIOWrapper(io.BytesIO(data), encoding=encoding, errors="strict") as f:
        return f.read()


def _too_many_controls(text: str) -> int:
    """How many control characters ``text`` has when that is too many for text, else 0."""
    n = len(_CONTROL.findall(text))
    return n if n > MAX_CONTROL_SHARE * len(text) else 0


def decode(data: bytes) -> tuple[str, str]:
    """Decode a file's bytes; return the text and the encoding used.

    A UTF-32/16 byte order mark decides; else UTF-8 (a BOM dropped), else cp1252, else Latin-1.
    Raises :class:`BadFileError` for binary data (a known binary signature, NUL bytes, or many
    control characters) and for bytes that read as none of these encodings.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = _text_as_read(data, encoding)
            except UnicodeDecodeError as e:
                raise BadFileError("undecodable text", f"invalid {encoding.upper()}: {e.reason}") from None
            if n := _too_many_controls(text):
                raise BadFileError("binary file", f"{n} control characters")
            return text, encoding
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BadFileError("binary file", what)
    if b"\x00" in data:
        hint = "; UTF-16 without a byte order mark?" if _looks_like_utf16(data) else ""
        raise BadFileError("binary file", f"contains NUL bytes{hint}")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = _text_as_read(data, encoding)
        except UnicodeDecodeError:
            continue
        if n := _too_many_controls(text):
            raise BadFileError("binary file", f"{n} control characters")
        return text, encoding.removesuffix("-sig")
    text = _text_as_read(data, "latin-1")  # decodes any bytes: C1 controls tell it was not Latin-1
    if _too_many_controls(text):
        raise BadFileError("undecodable text", "not UTF-8, UTF-16, cp1252 or Latin-1")
    return text, "latin-1"


def _looks_like_utf16(data: bytes) -> bool:
    sample = data[:4096]
    half = len(sample) // 2
    return half > 0 and max(sample[0::2].count(0), sample[1::2].count(0)) > 0.8 * half


_FALLBACK_NAMES = {"cp1252": "cp1252", "latin-1": "Latin-1"}


def _scrub(text: str) -> tuple[str, int]:
    """``text`` with lone surrogates (unencodable) replaced by U+FFFD, and how many there were."""
    return _LONE_SURROGATE.subn("\ufffd", text)


def _article_id(stem: str) -> str:
    """A file name's stem as an identifier: bytes that were not UTF-8 become U+FFFD."""
    return stem.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


# --------------------------------------------------------------------------- reading files


def _size(n: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("kB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


def _os_problem(error: OSError, path: Path) -> BadFileError:
    if error.errno == errno.ELOOP:
        return BadFileError("symlink loop")
    if error.errno == errno.ENOENT and os.path.islink(path):
        return BadFileError("broken symlink", f"no {show_path(os.readlink(path))}")
    if error.errno == errno.ENOENT:
        return BadFileError("unreadable", "it vanished while kg was reading")
    if error.errno == errno.EISDIR:
        return BadFileError("not a regular file", "a folder")
    return BadFileError("unreadable", error.strerror or str(error))


def _regular_file_size(path: Path) -> int:
    """The size of ``path``; raises :class:`BadFileError` unless it is a regular file."""
    try:
        st = path.stat()
    except OSError as e:
        raise _os_problem(e, path) from None
    if stat.S_ISDIR(st.st_mode):
        raise BadFileError("not a regular file", "a folder")
    if not stat.S_ISREG(st.st_mode):
        raise BadFileError("not a regular file", "a device, pipe or socket")
    return st.st_size


def _too_large(size: int, limit: int) -> BadFileError:
    return BadFileError("too large", f"{_size(size)}; the limit is {_size(limit)}, see --max-bytes")


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; else :class:`BadFileError`."""
    size = _regular_file_size(path)  # before opening: opening a pipe would wait for a writer
    if size > max_bytes:
        raise _too_large(size, max_bytes)
    try:
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as e:
        raise _os_problem(e, path) from None
    if len(data) > max_bytes:
        raise _too_large(len(data), max_bytes)
    return data


def _check_length(text: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise BadFileError("too large", f"{len(text):,} characters; kg analyses at most {max_chars:,} per article")


def _date_or_warn(value, path: Path, report: ReadReport | None, what: str, line: int | None = None):
    if value in (None, ""):
        return None
    date = _parse_date_value(str(value)) if isinstance(value, (str, int)) else None
    if date is None and report is not None:
        report.warn(path, "date not understood", f"{what} {str(value)[:40]!r} ignored", line)
    return date


def _with_guesses(article: Article, body_start: int = 0) -> Article:
    """Fill in a missing title or date from the headline and dateline of the text."""
    if article.title and article.date:
        return article
    guessed_title, guessed_date = guess_title_and_date(article.text[body_start:])
    return Article(
        doc_id=article.doc_id,
        text=article.text,
        title=article.title or guessed_title or None,
        date=article.date or guessed_date,
        source=article.source,
        path=article.path,
    )


def text_article(
    path: Path, data: bytes, report: ReadReport | None = None, max_chars: int = MAX_CHARS
) -> Article:
    """A ``.txt``/``.md`` (or other text) file's bytes as an article; front matter read."""
    if not data:
        raise BadFileError("empty file")
    text, encoding = decode(data)
    if not text.strip():
        raise BadFileError("whitespace-only file")
    _check_length(text, max_chars)
    fields, body_start = parse_front_matter(text)
    if not text[body_start:].strip():
        raise BadFileError("no text", "front matter only")
    if encoding in _FALLBACK_NAMES and report is not None:
        report.warn(path, "not UTF-8", f"read as {_FALLBACK_NAMES[encoding]}")
    title = _clean_title(fields["title"]) if fields.get("title") else None
    date = _date_or_warn(fields.get("date"), path, report, "front matter date")
    source = fields.get("source") or None
    article = Article(
        doc_id=_article_id(path.stem), text=text, title=title or None, date=date, source=source, path=path
    )
    return _with_guesses(article, body_start)


_META_CHARSET = re.compile(
    rb"""(?:<meta[^>]{0,200}?charset|<\?xml[^>]{0,100}?encoding)\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I
)


def _decode_html(data: bytes) -> tuple[str, str]:
    """An HTML page's text: a byte order mark, else a declared ``<meta charset>`` or XML encoding,
    else :func:`decode`."""
    if not any(data.startswith(bom) for bom, _ in _BOMS) and not data.startswith(codecs.BOM_UTF8):
        m = _META_CHARSET.search(data[:4096])
        if m:
            try:
                declared = codecs.lookup(m.group(1).decode("ascii")).name
                if b"\x00" not in data and not declared.startswith(("utf-16", "utf-32")):
                    return _text_as_read(data, declared), "declared"
            except (LookupError, UnicodeDecodeError):
                pass
    return decode(data)


def _extract_html(page: str):
    """trafilatura's main text and metadata of a page (a ``Document``), or None."""
    import trafilatura  # slow to import; only HTML needs it

    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        return trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False, include_images=False, deduplicate=False
        )
    except Exception as e:  # lxml and trafilatura raise many kinds; one page must not stop the build
        raise BadFileError("unparsable HTML", f"{type(e).__name__}: {e}") from None


def html_article(
    path: Path, data: bytes, report: ReadReport | None = None, max_chars: int = MAX_CHARS
) -> Article:
    """An HTML page's main text (through trafilatura) as an article; title, date, source from its metadata."""
    if not data:
        raise BadFileError("empty file")
    page, encoding = _decode_html(data)
    if not page.strip():
        raise BadFileError("whitespace-only file")
    doc = _extract_html(page)
    text = (doc.text or "") if doc is not None else ""
    if not text.strip():
        raise BadFileError("no text", "no main text found in the page")
    text, _ = _scrub(text)
    _check_length(text, max_chars)
    if encoding in _FALLBACK_NAMES and report is not None:
        report.warn(path, "not UTF-8", f"read as {_FALLBACK_NAMES[encoding]}")
    title = _clean_title(_scrub(doc.title)[0]) if doc.title else None
    date = _parse_date_value(doc.date) if doc.date else None
    source = doc.url or doc.sitename or None
    article = Article(
        doc_id=_article_id(path.stem),
        text=text,
        title=title or None,
        date=date,
        source=_scrub(source)[0] if source else None,
        path=path,
    )
    return _with_guesses(article)


def _bounded_lines(f, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)`` for each line of a binary file; ``None`` for a line over ``limit`` bytes."""
    lineno = 0
    while True:
        chunk = f.readline(limit + 1)
        if not chunk:
            return
        lineno += 1
        if len(chunk) > limit and not chunk.endswith(b"\n"):
            while chunk and not chunk.endswith(b"\n"):  # skip the rest of the long line
                chunk = f.readline(1 << 20)
            yield lineno, None
            continue
        yield lineno, chunk


def _string_field(record: dict, key: str, path: Path, line: int, report: ReadReport | None) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        if report is not None:
            report.warn(path, f"{key} not understood", f"a JSON {type(value).__name__}, ignored", line)
        return None
    return _scrub(value)[0].strip() or None


def jsonl_articles(
    path: Path,
    report: ReadReport | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = MAX_CHARS,
) -> Iterator[Article]:
    """The articles of a JSON lines file (see :func:`jsonl_records`)."""
    for article, _line in jsonl_records(path, report, max_bytes, max_chars):
        yield article


def jsonl_records(
    path: Path,
    report: ReadReport | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = MAX_CHARS,
) -> Iterator[tuple[Article, int]]:
    """``(article, line number)`` for each record of a JSON lines file: one JSON object a line,
    with ``id``, ``title``, ``date``, ``source`` and ``text``.

    A line that cannot be used (malformed JSON, not an object, no text, over ``max_bytes``) is
    reported with its line number and skipped; blank lines are allowed. Raises
    :class:`BadFileError` for a file that cannot be read at all.
    """
    report = report if report is not None else ReadReport()
    _regular_file_size(path)
    try:
        f = path.open("rb")
    except OSError as e:
        raise _os_problem(e, path) from None
    with f:
        blank = True
        try:
            for lineno, raw in _bounded_lines(f, max_bytes):
                if raw is None:
                    report.skip(path, "too large", f"line over {_size(max_bytes)}, see --max-bytes", lineno)
                    blank = False
                    continue
                if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8):]
                if not raw.strip():
                    continue
                blank = False
                try:
                    article = _jsonl_record(path, lineno, raw, report, max_chars)
                except BadFileError as e:
                    report.skip(path, e.reason, e.detail, lineno)
                    continue
                yield article, lineno
        except OSError as e:
            raise _os_problem(e, path) from None
        if blank:
            raise BadFileError("empty file" if f.tell() == 0 else "whitespace-only file")


def _jsonl_record(path: Path, lineno: int, raw: bytes, report: ReadReport, max_chars: int) -> Article:
    if b"\x00" in raw:
        raise BadFileError("binary file", "contains NUL bytes")
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise BadFileError("undecodable text", f"not UTF-8: {e.reason} at byte {e.start}") from None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise BadFileError("malformed JSON", f"{e.msg} at column {e.colno}") from None
    except RecursionError:
        raise BadFileError("malformed JSON", "nested too deeply") from None
    if not isinstance(record, dict):
        raise BadFileError("malformed JSON", f"a JSON {type(record).__name__}, not an object")
    text = record.get("text")
    if not isinstance(text, str):
        raise BadFileError("no text", 'no "text" field' if text is None else f'"text" is a JSON {type(text).__name__}')
    if not text.strip():
        raise BadFileError("no text", '"text" is empty')
    _check_length(text, max_chars)
    raw_id = record.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int, type(None))):
        raise BadFileError("bad id", f'"id" is a JSON {type(raw_id).__name__}, not a string')
    doc_id = _scrub(str(raw_id))[0].strip() if raw_id is not None else ""
    if not doc_id:
        doc_id = f"{_article_id(path.stem)}-{lineno}"
        report.warn(path, "no id", f"using {doc_id!r}", lineno)
    text, bad = _scrub(text)
    if bad:
        report.warn(path, "invalid Unicode", f"{bad} lone surrogate(s) in the text replaced by U+FFFD", lineno)
    title = _string_field(record, "title", path, lineno, report)
    article = Article(
        doc_id=doc_id,
        text=text,
        title=_clean_title(title) or None if title else None,
        date=_date_or_warn(record.get("date"), path, report, "date", lineno),
        source=_string_field(record, "source", path, lineno, report),
        path=path,
    )
    return _with_guesses(article)


def read_article(path: Path, report: ReadReport | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one ``.txt``/``.md``/``.html`` (or other text) file.

    Raises :class:`BadFileError` when it cannot be used as an article. (``.jsonl`` files hold many
    articles: see :func:`jsonl_articles`.)
    """
    path = Path(path)
    data = read_bytes(path, max_bytes)
    if path.suffix.lower() in HTML_SUFFIXES:
        return html_article(path, data, report)
    return text_article(path, data, report)


def _articles_in(path: Path, report: ReadReport, max_bytes: int, max_chars: int) -> Iterator[tuple[Article, int | None]]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from jsonl_records(path, report, max_bytes, max_chars)
        return
    data = read_bytes(path, max_bytes)
    if suffix in HTML_SUFFIXES:
        yield html_article(path, data, report, max_chars), None
    else:
        yield text_article(path, data, report, max_chars), None


# --------------------------------------------------------------------------- inputs


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _files_under(folder: Path, report: ReadReport, ancestors: frozenset, visited: set) -> Iterator[Path]:
    """Article files under ``folder``, depth first in name order; everything else reported."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        report.skip(folder, "unreadable", e.strerror or str(e))
        return
    for entry in entries:
        path = Path(entry.path)
        if _is_hidden(entry.name):
            report.ignore(path)
            continue
        try:
            st = os.stat(entry.path)  # follows symlinks
        except OSError as e:
            problem = _os_problem(e, path)
            report.skip(path, problem.reason, problem.detail)
            continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in ancestors:
                report.skip(path, "symlink loop", "leads back to a folder that contains it")
            elif key not in visited:
                visited.add(key)
                yield from _files_under(path, report, ancestors | {key}, visited)
        elif not stat.S_ISREG(st.st_mode):
            report.skip(path, "not a regular file", "a device, pipe or socket")
        elif path.suffix.lower() in ARTICLE_SUFFIXES:
            yield path
        else:
            report.skip(path, "unsupported file type", "kg reads " + ", ".join(sorted(ARTICLE_SUFFIXES)))


def _files(path: Path, report: ReadReport) -> Iterator[Path]:
    """The files an input path stands for: itself, or the article files under a folder."""
    try:
        st = path.stat()
    except OSError as e:
        problem = _os_problem(e, path)
        report.skip(path, problem.reason, problem.detail)
        return
    if stat.S_ISDIR(st.st_mode):
        key = (st.st_dev, st.st_ino)
        yield from _files_under(path, report, frozenset({key}), {key})
    else:
        yield path


def _file_key(path: Path):
    try:
        st = path.stat()
        return st.st_dev, st.st_ino
    except OSError:
        return str(path.absolute())


def _text_key(article: Article) -> str:
    """What makes two articles the same text: their bodies, whitespace aside."""
    _fields, body_start = parse_front_matter(article.text)
    body = " ".join(article.text[body_start:].split())
    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()


def read_articles(
    inputs: Iterable[Path | str],
    report: ReadReport | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = MAX_CHARS,
) -> Iterator[Article]:
    """Articles from files and folders, in input order (folders by relative path).

    Every input is checked before anything is read: a missing one raises :class:`InputError`.
    A file reached twice is read once. Files and records that cannot be used are skipped, each
    with a one-line message on the ``kg.read`` logger, and recorded in ``report``: among them a
    second article with an id already read, and an article whose text was already read under
    another id (the first is kept).
    """
    paths = [Path(p) for p in inputs]
    for p in paths:
        if not os.path.lexists(p):
            raise InputError(f"input path does not exist: {show_path(p)}")
    return _read_all(paths, report if report is not None else ReadReport(), max_bytes, max_chars)


def _read_all(paths: list[Path], report: ReadReport, max_bytes: int, max_chars: int) -> Iterator[Article]:
    seen_files: set = set()
    ids: dict[str, str] = {}
    texts: dict[str, str] = {}
    for p in paths:
        for file in _files(p, report):
            key = _file_key(file)
            if key in seen_files:
                continue
            seen_files.add(key)
            report.files += 1
            try:
                for article, line in _articles_in(file, report, max_bytes, max_chars):
                    where = show_path(file) + (f":{line}" if line is not None else "")
                    if article.doc_id in ids:
                        report.skip(file, "duplicate id", f"{article.doc_id!r}, already read from {ids[article.doc_id]}", line)
                        continue
                    digest = _text_key(article)
                    if digest in texts:
                        report.skip(file, "duplicate text", f"the same text as {texts[digest]}", line)
                        continue
                    ids[article.doc_id] = where
                    texts[digest] = where
                    report.articles += 1
                    log.debug("read %s", where)
                    yield article
            except BadFileError as e:
                report.skip(file, e.reason, e.detail)
