"""Stage 1: read article files into :class:`~kg.records.Article` records.

Inputs are files or folders. Folders are walked recursively (without following
symlinked folders) for ``.txt`` and ``.md`` files, in order of relative path; a file named
explicitly is read whatever its extension.

``Article.text`` is the file's text exactly as Python's ``Path.read_text`` gives it for
the detected encoding (universal newlines, as ``read_text`` does), so every offset kg
reports points into the text a reader of the file sees. Front matter is kept in the
text; :mod:`kg.clean` blanks it before NLP.

Files that cannot be used (empty, binary, undecodable, unreadable) are logged on the
``kg.read`` logger and skipped; only a missing input path is an error.
"""
from __future__ import annotations

import codecs
import datetime as dt
import io
import logging
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from dateutil import parser as date_parser

from kg.records import Article

log = logging.getLogger("kg.read")

ARTICLE_SUFFIXES = frozenset({".txt", ".md"})

# Datelines are looked for among this many non-blank lines at the top of the body...
DATELINE_WINDOW = 15
# ...and only on lines shorter than this (a dateline is a short line that is a date).
DATELINE_MAX_CHARS = 80


class InputError(Exception):
    """An input path given to :func:`read_articles` does not exist."""


class BadFileError(Exception):
    """A file that cannot be used as an article; the message says why."""


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
    try:
        return date_parser.parse(value, default=dt.datetime(2000, 1, 1)).date()
    except (ValueError, OverflowError):
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


def _text_as_read(data: bytes, encoding: str) -> str:
    """``data`` decoded the way ``Path.read_text(encoding=...)`` decodes a file."""
    with io.TextIOWrapper(io.BytesIO(data), encoding=encoding, errors="strict") as f:
        return f.read()


def decode(data: bytes) -> str:
    """Decode a file's bytes: a UTF-32/16 BOM, else UTF-8 (BOM dropped), else cp1252.

    Raises :class:`BadFileError` for binary data (NUL bytes) or bytes that decode as neither.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _text_as_read(data, encoding)
            except UnicodeDecodeError as e:
                raise BadFileError(f"invalid {encoding} text ({e.reason})") from None
    if b"\x00" in data:
        raise BadFileError("binary file (contains NUL bytes)")
    try:
        return _text_as_read(data, "utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return _text_as_read(data, "cp1252")
    except UnicodeDecodeError:
        raise BadFileError("undecodable: neither UTF-8 nor cp1252") from None


# --------------------------------------------------------------------------- reading


def read_article(path: Path) -> Article:
    """Read one file. Raises :class:`BadFileError` when it cannot be used as an article."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise BadFileError(f"unreadable ({e.strerror or e})") from None
    if not data:
        raise BadFileError("empty file")
    text = decode(data)
    if not text.strip():
        raise BadFileError("whitespace-only file")

    fields, body_start = parse_front_matter(text)
    title = _clean_title(fields["title"]) if fields.get("title") else None
    date = None
    if fields.get("date"):
        date = _parse_date_value(fields["date"])
        if date is None:
            log.warning("%s: front matter date %r is not a date; ignored", path, fields["date"])
    source = fields.get("source") or None

    if title is None or date is None:
        guessed_title, guessed_date = guess_title_and_date(text[body_start:])
        title = title or guessed_title
        date = date or guessed_date

    return Article(
        doc_id=path.stem, text=text, title=title or None, date=date, source=source, path=path
    )


def _files_in(folder: Path) -> list[Path]:
    found: list[tuple[tuple[str, ...], Path]] = []
    for dirpath, _dirnames, filenames in os.walk(folder):
        for name in filenames:
            file = Path(dirpath, name)
            if file.suffix.lower() in ARTICLE_SUFFIXES and file.is_file():
                found.append((file.relative_to(folder).parts, file))
    return [file for _key, file in sorted(found)]


def read_articles(inputs: Iterable[Path | str]) -> Iterator[Article]:
    """Articles from files and folders, in input order (folders by relative path).

    Every input is checked before anything is read: a missing one raises :class:`InputError`.
    A file reached twice is read once. Unusable files are logged and skipped.
    """
    paths = [Path(p) for p in inputs]
    for p in paths:
        if not p.exists():
            raise InputError(f"input path does not exist: {p}")
    return _read_all(paths)


def _read_all(paths: list[Path]) -> Iterator[Article]:
    seen: set[Path] = set()
    for p in paths:
        for file in _files_in(p) if p.is_dir() else [p]:
            key = file.resolve()
            if key in seen:
                continue
            seen.add(key)
            try:
                yield read_article(file)
            except BadFileError as e:
                log.warning("skipping %s: %s", file, e)
