import codecs
import datetime as dt
import logging
from pathlib import Path

import pytest

from kg.read import InputError, ReadReport, parse_dateline, read_article, read_articles

CORPUS = Path(__file__).resolve().parent.parent / "data" / "articles"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


# --------------------------------------------------------------------------- front matter

FRONT = """---
title: "Mayor Quill opens the Harbour Bridge"
date: 2021-06-15
source: 'Gazette of Ordan'
author: Someone Else
---
Mayor Quill opens the Harbour Bridge

Mayor Tobin Quill met engineer Vera Slate in Ordan on Monday.
"""


def test_front_matter_fields_are_parsed(tmp_path):
    a = read_article(write(tmp_path / "fm_01.md", FRONT))
    assert a.doc_id == "fm_01"
    assert a.title == "Mayor Quill opens the Harbour Bridge"
    assert a.date == dt.date(2021, 6, 15)
    assert type(a.date) is dt.date
    assert a.source == "Gazette of Ordan"


def test_front_matter_is_kept_in_text(tmp_path):
    path = write(tmp_path / "fm.txt", FRONT)
    a = read_article(path)
    assert a.text == FRONT
    assert a.text == path.read_text(encoding="utf-8")


def test_unclosed_front_matter_is_not_front_matter(tmp_path):
    a = read_article(write(tmp_path / "x.txt", "---\ntitle: Not really\nBody line here.\n"))
    assert a.title == "title: Not really"  # the fence line is no title
    assert a.source is None
    assert a.text.startswith("---\ntitle")


def test_front_matter_without_date_falls_back_to_dateline(tmp_path):
    text = "---\ntitle: Harbour news\n---\nHarbour news from Ordan today\nJune 3, 2020\n\nBody.\n"
    a = read_article(write(tmp_path / "x.txt", text))
    assert a.title == "Harbour news"
    assert a.date == dt.date(2020, 6, 3)


# --------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Wednesday, April 27th 2022 - 09:40 UTC", dt.date(2022, 4, 27)),
        ("Montevideo, March 29th 2024 - 05:52 UTC", dt.date(2024, 3, 29)),
        ("April 26, 2022", dt.date(2022, 4, 26)),
        ("2022-04-26", dt.date(2022, 4, 26)),
        ("Published: 3 Sept. 2021 at 10:15 am", dt.date(2021, 9, 3)),
        # sentences that mention a date are not datelines
        ("Guterres met Putin on April 26, 2022 in Moscow.", None),
        ("The talks of April 26, 2022", None),
        ("Full article", None),
        ("", None),
    ],
)
def test_parse_dateline(line, expected):
    assert parse_dateline(line) == expected


def test_headline_above_last_dateline_wins(tmp_path):
    text = (
        "Ordan Daily, en Español\n\n"
        "Port Vell, March 29th 2024 - 05:52 UTC\n\n\u00a0\n\n"
        "Minister Alvo Renn visits the northern dams\n\n"
        "Wednesday, April 27th 2022 - 09:40 UTC\n"
        "Minister Alvo Renn went north. He met Ida Marr on May 2, 2022.\n"
    )
    a = read_article(write(tmp_path / "x.txt", text))
    assert a.title == "Minister Alvo Renn visits the northern dams"
    assert a.date == dt.date(2022, 4, 27)


def test_headline_is_the_line_above_the_dateline(tmp_path):
    text = "The Ordan Morning Star\n\nCouncil of Sorr approves the new dam\nApril 26, 2022\n\nBody.\n"
    a = read_article(write(tmp_path / "x.txt", text))
    assert a.title == "Council of Sorr approves the new dam"
    assert a.date == dt.date(2022, 4, 26)


def test_sentence_above_dateline_is_no_headline(tmp_path):
    text = "Council news from Sorr today\n\nThe council met at noon.\nApril 26, 2022\n"
    a = read_article(write(tmp_path / "x.txt", text))
    assert a.title == "Council news from Sorr today"


def test_no_dateline_means_no_date_and_first_line_title(tmp_path):
    text = "Envoy Pella Grint arrives in Sorr\n\nOn April 26, 2022 the envoy met Kal Brun.\n"
    a = read_article(write(tmp_path / "x.txt", text))
    assert a.title == "Envoy Pella Grint arrives in Sorr"
    assert a.date is None


def test_dateline_deep_in_body_is_ignored(tmp_path):
    lines = ["Headline about the Sorr council vote"] + [f"Paragraph {i}." for i in range(20)]
    lines.append("April 26, 2022")
    a = read_article(write(tmp_path / "x.txt", "\n".join(lines) + "\n"))
    assert a.date is None


def test_markdown_heading_marker_is_stripped_from_title(tmp_path):
    a = read_article(write(tmp_path / "x.md", "# Envoy visits Sorr\n\nText.\n"))
    assert a.title == "Envoy visits Sorr"


# --------------------------------------------------------------------------- decoding


def test_utf8_bom_is_stripped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + "Café talks in Sorr\nBody.\n".encode("utf-8"))
    a = read_article(path)
    assert a.text == "Café talks in Sorr\nBody.\n"
    assert a.text == path.read_text(encoding="utf-8-sig")  # what the README says offsets point into
    assert a.title == "Café talks in Sorr"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-16-le"])
def test_utf16_with_bom(tmp_path, encoding):
    text = "Señor Brun talks\nBody text.\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    elif encoding == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    path = tmp_path / "u16.txt"
    path.write_bytes(data)
    a = read_article(path)
    assert a.text == text
    assert a.title == "Señor Brun talks"


def test_cp1252_fallback_warns_naming_the_file(tmp_path, caplog):
    path = tmp_path / "legacy.txt"
    path.write_bytes("Brun\u2019s café visit\nIt was fine.\n".encode("cp1252"))
    report = ReadReport()
    with caplog.at_level(logging.WARNING, logger="kg.read"):
        (a,) = read_articles([path], report)
    assert a.text == "Brun\u2019s café visit\nIt was fine.\n"
    assert a.text == path.read_text(encoding="cp1252")
    assert [p.reason for p in report.warnings] == ["not UTF-8"]
    assert "legacy.txt" in caplog.text and "cp1252" in caplog.text


def test_latin1_fallback_for_bytes_cp1252_lacks(tmp_path, caplog):
    # 0x81 is undefined in cp1252; in Latin-1 it is a (rare) control character
    text = "Caf\u00e9 talks in Sorr\n" + "Mayor Brun met Ida Marr in Sorr on Monday. " * 4 + "\x81\n"
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("latin-1"))
    report = ReadReport()
    with caplog.at_level(logging.WARNING, logger="kg.read"):
        (a,) = read_articles([path], report)
    assert a.text == path.read_text(encoding="latin-1")
    assert "latin.txt" in caplog.text and "Latin-1" in caplog.text


def test_text_matches_read_text_for_crlf(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Line one of Sorr\r\nLine two\r\n")
    a = read_article(path)
    assert a.text == path.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- bad files


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n", "whitespace"),
        ("binary.txt", b"PK\x03\x04\x00\x00abc", "binary"),
        ("garbage.txt", b"Title\n\x81\x8d\x8f bytes\n", "undecodable"),
    ],
)
def test_bad_files_are_skipped_with_warning(tmp_path, caplog, name, data, reason):
    (tmp_path / name).write_bytes(data)
    write(tmp_path / "good.txt", "Good title here\nBody.\n")
    with caplog.at_level(logging.WARNING, logger="kg.read"):
        articles = list(read_articles([tmp_path]))
    assert [a.doc_id for a in articles] == ["good"]
    warnings = [r for r in caplog.records if r.name == "kg.read" and r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert name in warnings[0].getMessage()
    assert reason in warnings[0].getMessage()


def test_unreadable_file_is_skipped_with_warning(tmp_path, caplog, monkeypatch):
    # Tests run as root, which chmod cannot lock out: make opening the file fail as it would.
    bad = write(tmp_path / "a_locked.txt", "Locked\n")
    write(tmp_path / "b_ok.txt", "Fine title\n")
    real = Path.open

    def open_(self, *args, **kwargs):
        if self.name == bad.name:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_)
    with caplog.at_level(logging.WARNING, logger="kg.read"):
        articles = list(read_articles([tmp_path]))
    assert [a.doc_id for a in articles] == ["b_ok"]
    assert "a_locked.txt" in caplog.text and "unreadable" in caplog.text
    assert "Permission denied" in caplog.text


# --------------------------------------------------------------------------- inputs


def test_folder_recursion_order_and_extensions(tmp_path):
    write(tmp_path / "b.txt", "B title\n")
    write(tmp_path / "a" / "z.md", "AZ title\n")
    write(tmp_path / "a" / "sub" / "c.txt", "ASC title\n")
    write(tmp_path / "a.txt", "A title\n")
    write(tmp_path / "notes.json", '{"x": 1}\n')
    write(tmp_path / "image.png", "not an article\n")
    write(tmp_path / ".hidden" / "h.txt", "Hidden title\n")
    report = ReadReport()
    ids = [a.doc_id for a in read_articles([tmp_path], report)]
    assert ids == ["c", "z", "a", "b"]  # a/sub/c, a/z, a.txt, b.txt
    assert sorted(p.path.name for p in report.skipped) == ["image.png", "notes.json"]
    assert {p.reason for p in report.skipped} == {"unsupported file type"}
    assert [p.name for p in report.ignored] == [".hidden"]


def test_explicit_file_with_other_extension_is_read(tmp_path):
    path = write(tmp_path / "story.text", "Explicit story title\n")
    assert [a.doc_id for a in read_articles([path])] == ["story"]


def test_inputs_keep_their_order_and_accept_strings(tmp_path):
    one = write(tmp_path / "one.txt", "One title\n")
    two = write(tmp_path / "two.txt", "Two title\n")
    ids = [a.doc_id for a in read_articles([str(two), one])]
    assert ids == ["two", "one"]


def test_file_reached_twice_is_read_once(tmp_path):
    one = write(tmp_path / "one.txt", "One title\n")
    assert [a.doc_id for a in read_articles([tmp_path, one])] == ["one"]


def test_missing_path_raises_input_error(tmp_path):
    write(tmp_path / "ok.txt", "Fine\n")
    missing = tmp_path / "nowhere" / "gone.txt"
    with pytest.raises(InputError, match="gone.txt"):
        read_articles([tmp_path, missing])  # raised before anything is read


def test_article_records_path(tmp_path):
    path = write(tmp_path / "p.txt", "Title line\n")
    assert read_article(path).path == path


# --------------------------------------------------------------------------- the corpus


def test_corpus_000_title_and_date():
    a = read_article(CORPUS / "000_023752088918db96.txt")
    assert a.doc_id == "000_023752088918db96"
    assert a.title == "No progress after Guterres meeting with Putin in Moscow"
    assert a.date == dt.date(2022, 4, 27)


def test_corpus_001_title_and_no_date():
    a = read_article(CORPUS / "001_273cdc0455b614d6.txt")
    assert a.title == "Guterres meets with Putin in Russia to discuss Ukraine"
    assert a.date is None


def test_corpus_texts_are_the_files_text():
    articles = list(read_articles([CORPUS]))
    assert [a.doc_id[:3] for a in articles] == ["000", "001", "002", "003", "004"]
    for a in articles:
        assert a.text == a.path.read_text(encoding="utf-8")
        first = next(line.strip() for line in a.text.splitlines() if line.strip())
        if a.doc_id != "000_023752088918db96":
            assert a.title == first
            assert a.date is None
