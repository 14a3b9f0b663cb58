"""Hostile and broken input (issue 7): every bad article gets a one-line message naming it, the
rest is read, and nothing in an article's text or names can break the Turtle, the IRIs or the page.

The reading tests need no NLP; the graph tests build from hand-made per-article results, and one
test runs the whole pipeline over a folder of hostile articles.
"""
from __future__ import annotations

import codecs
import datetime as dt
import json
import logging
import os
import re
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS

from kg.export import write_outputs, write_turtle
from kg.namespace import ENTITY, KG
from kg.pipeline import build_knowledge_graph
from kg.read import InputError, ReadReport, read_articles
from kg.records import Article, DocResult, EntityType, Fact, LocalEntity, Relation, Status

GOOD = "Envoy Pella Grint visits Sorr\n\nEnvoy Pella Grint met Mayor Kal Brun in Sorr on Monday.\n"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def read(inputs, **kw) -> tuple[list[Article], ReadReport]:
    report = ReadReport()
    return list(read_articles(inputs, report, **kw)), report


def one_skip(report: ReadReport):
    assert len(report.skipped) == 1, [p.message for p in report.skipped]
    return report.skipped[0]


# --------------------------------------------------------------------------- bad files


BAD_FILES = [
    ("empty.txt", b"", "empty file"),
    ("blank.md", b"  \n\t\r\n \n", "whitespace-only file"),
    ("nul.txt", b"Title line\n\x00\x01\x02 binary junk\n", "binary file"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary file"),
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "binary file"),
    ("controls.txt", b"\x01\x02\x03\x04\x05\x06\x07\x08 text with controls\n", "binary file"),
    ("garbage.txt", b"Title\n\x81\x8d\x8f\x90\x9d bytes\n", "undecodable text"),
    ("bad16.txt", codecs.BOM_UTF16_LE + b"A\x00B\x00\x00\xd8", "undecodable text"),  # lone surrogate
    ("only_front.md", b"---\ntitle: Nothing below\n---\n\n", "no text"),
    ("page.html", b"<html><head><title>Empty</title></head><body><script>x()</script><div> </div></body></html>", "no text"),
    ("nothing.html", b"", "empty file"),
    ("lines.jsonl", b"\n\n   \n", "whitespace-only file"),
]


@pytest.mark.parametrize("name, data, reason", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_gets_one_line_naming_it_and_the_rest_is_read(tmp_path, caplog, name, data, reason):
    write(tmp_path / name, data)
    write(tmp_path / "zz_good.txt", GOOD)
    with caplog.at_level(logging.INFO, logger="kg.read"):
        articles, report = read([tmp_path])
    assert [a.doc_id for a in articles] == ["zz_good"]
    problem = one_skip(report)
    assert (problem.path.name, problem.reason) == (name, reason)
    lines = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(lines) == 1 and "\n" not in lines[0]
    assert name in lines[0] and reason in lines[0]


def test_file_over_the_size_limit_is_skipped(tmp_path):
    write(tmp_path / "big.txt", "Big title here\n" + "word " * 400)
    write(tmp_path / "small.txt", GOOD)
    articles, report = read([tmp_path], max_bytes=1000)
    assert [a.doc_id for a in articles] == ["small"]
    problem = one_skip(report)
    assert problem.reason == "too large" and "big.txt" in problem.message and "limit" in problem.message


def test_default_size_limit_is_5_mb(tmp_path):
    write(tmp_path / "big.txt", b"a" * (5 * 1024 * 1024 + 1))
    write(tmp_path / "ok.txt", GOOD)
    articles, report = read([tmp_path])
    assert [a.doc_id for a in articles] == ["ok"]
    assert one_skip(report).reason == "too large"


def test_text_over_the_nlp_limit_is_skipped(tmp_path):
    write(tmp_path / "long.txt", "Long title here\n" + "x" * 2000)
    articles, report = read([tmp_path], max_chars=1000)
    assert articles == [] and one_skip(report).reason == "too large"


def test_unreadable_file(tmp_path, monkeypatch):
    # Tests run as root, whom chmod does not lock out: make opening fail as it would for a user.
    locked = write(tmp_path / "locked.txt", GOOD)
    write(tmp_path / "open.txt", GOOD.replace("Monday", "Tuesday"))
    real = Path.open

    def open_(self, *args, **kwargs):
        if self.name == locked.name:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_)
    articles, report = read([tmp_path])
    assert [a.doc_id for a in articles] == ["open"]
    problem = one_skip(report)
    assert problem.reason == "unreadable" and "Permission denied" in problem.message


def test_unreadable_jsonl(tmp_path, monkeypatch):
    locked = write(tmp_path / "locked.jsonl", json.dumps({"id": "x", "text": GOOD}) + "\n")
    real = Path.open

    def open_(self, *args, **kwargs):
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_)
    articles, report = read([tmp_path])
    assert articles == [] and one_skip(report).reason == "unreadable"


def test_symlink_loops_and_broken_links(tmp_path):
    write(tmp_path / "good.txt", GOOD)
    os.symlink("loop_b.txt", tmp_path / "loop_a.txt")
    os.symlink("loop_a.txt", tmp_path / "loop_b.txt")
    os.symlink("self.txt", tmp_path / "self.txt")
    (tmp_path / "sub").mkdir()
    os.symlink("..", tmp_path / "sub" / "up")
    os.symlink("missing.txt", tmp_path / "dangling.txt")
    articles, report = read([tmp_path])
    assert [a.doc_id for a in articles] == ["good"]
    reasons = {p.path.name: p.reason for p in report.skipped}
    assert reasons == {
        "loop_a.txt": "symlink loop",
        "loop_b.txt": "symlink loop",
        "self.txt": "symlink loop",
        "up": "symlink loop",
        "dangling.txt": "broken symlink",
    }


def test_symlink_loop_named_explicitly_is_skipped_not_a_usage_error(tmp_path):
    os.symlink("self.txt", tmp_path / "self.txt")
    good = write(tmp_path / "good.txt", GOOD)
    articles, report = read([tmp_path / "self.txt", good])
    assert [a.doc_id for a in articles] == ["good"]
    assert one_skip(report).reason == "symlink loop"


def test_symlinked_folder_is_followed_once(tmp_path):
    write(tmp_path / "real" / "a.txt", GOOD)
    os.symlink("real", tmp_path / "link")
    articles, report = read([tmp_path])
    assert [a.doc_id for a in articles] == ["a"]
    assert report.skipped == []


def test_pipe_is_not_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would wait for a writer forever
    write(tmp_path / "good.txt", GOOD)
    articles, report = read([tmp_path])
    assert [a.doc_id for a in articles] == ["good"]
    assert one_skip(report).reason == "not a regular file"


def test_missing_input_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="nowhere"):
        read_articles([tmp_path / "nowhere"])


def test_messages_are_one_line_even_for_hostile_file_names(tmp_path, caplog):
    write(tmp_path / "evil\nname\r\x1b[31m.txt", b"")
    with caplog.at_level(logging.WARNING, logger="kg.read"):
        read([tmp_path])
    (message,) = [r.getMessage() for r in caplog.records]
    assert "\n" not in message and "\r" not in message and "\x1b" not in message
    assert "evil\\nname" in message


def test_file_name_that_is_not_utf8(tmp_path):
    name = os.fsdecode(b"caf\xe9.txt")  # a Latin-1 file name on a UTF-8 system
    write(tmp_path / name, GOOD)
    (article,), report = read([tmp_path])
    assert article.doc_id == "caf\ufffd"
    article.doc_id.encode("utf-8")  # no lone surrogates reach the graph


# --------------------------------------------------------------------------- duplicates


def test_duplicate_id_second_is_skipped(tmp_path):
    write(tmp_path / "a" / "story.txt", GOOD)
    write(tmp_path / "b" / "story.md", "Another story entirely\n\nKal Brun visited Ordan.\n")
    articles, report = read([tmp_path])
    assert [(a.doc_id, a.path.parent.name) for a in articles] == [("story", "a")]
    problem = one_skip(report)
    assert problem.reason == "duplicate id" and problem.path.parent.name == "b"
    assert "a/story.txt" in problem.message


def test_same_text_twice_is_kept_once(tmp_path):
    write(tmp_path / "first.txt", GOOD)
    write(tmp_path / "second.txt", GOOD.replace("\n", "\r\n") + "\n\n")  # whitespace aside, the same
    write(tmp_path / "third.md", "---\ntitle: Other front matter\n---\n" + GOOD)  # same body
    articles, report = read([tmp_path])
    assert [a.doc_id for a in articles] == ["first"]
    assert [(p.path.name, p.reason) for p in report.skipped] == [
        ("second.txt", "duplicate text"),
        ("third.md", "duplicate text"),
    ]
    assert "first.txt" in report.skipped[0].message


def test_file_reached_twice_is_no_duplicate(tmp_path):
    good = write(tmp_path / "good.txt", GOOD)
    articles, report = read([tmp_path, good, tmp_path / "." / "good.txt"])
    assert len(articles) == 1 and report.skipped == []


# --------------------------------------------------------------------------- JSON lines


def test_jsonl_records_and_bad_lines(tmp_path, caplog):
    lines = [
        json.dumps({"id": "r1", "title": "Envoy visits Sorr", "date": "2022-05-01",
                    "source": "https://example.org/r1", "text": "Envoy Pella Grint met Kal Brun in Sorr."}),
        '{"id": "r2", "text": "broken',  # malformed
        "[1, 2, 3]",  # not an object
        json.dumps({"id": "r3", "title": "No text"}),
        json.dumps({"id": "r4", "text": "  \n "}),
        json.dumps({"id": "r5", "text": 42}),
        "",  # blank lines are fine
        json.dumps({"id": "r1", "text": "A different text, but the same id."}),
        json.dumps({"id": "r6", "text": "Envoy Pella Grint met Kal Brun in Sorr."}),  # same text as r1
        json.dumps({"id": "r7", "text": "Kal Brun visited Ordan.\r\nHe left.", "date": "soon"}),
        json.dumps({"id": 8, "text": "Numeric ids are fine: Ida Marr visited Sorr."}),
        json.dumps({"id": ["x"], "text": "An id that is a list."}),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    with caplog.at_level(logging.WARNING, logger="kg.read"):
        articles, report = read([path])
    assert [a.doc_id for a in articles] == ["r1", "r7", "8"]
    first = articles[0]
    assert (first.title, first.date, first.source) == ("Envoy visits Sorr", dt.date(2022, 5, 1), "https://example.org/r1")
    assert first.text == "Envoy Pella Grint met Kal Brun in Sorr."
    assert articles[1].text == "Kal Brun visited Ordan.\r\nHe left."  # the record's text, as it is
    assert articles[1].date is None
    skipped = [(p.line, p.reason) for p in report.skipped]
    assert skipped == [
        (2, "malformed JSON"),
        (3, "malformed JSON"),
        (4, "no text"),
        (5, "no text"),
        (6, "no text"),
        (8, "duplicate id"),
        (9, "duplicate text"),
        (12, "bad id"),
    ]
    for line, _reason in skipped:
        assert any(f"feed.jsonl:{line}:" in r.getMessage() for r in caplog.records)
    assert [(p.line, p.reason) for p in report.warnings] == [(10, "date not understood")]


def test_jsonl_line_over_the_limit_is_skipped_and_the_next_read(tmp_path):
    big = json.dumps({"id": "big", "text": "word " * 500})
    small = json.dumps({"id": "small", "text": "Kal Brun visited Ordan."})
    path = write(tmp_path / "feed.jsonl", big + "\n" + small + "\n")
    articles, report = read([path], max_bytes=200)
    assert [a.doc_id for a in articles] == ["small"]
    assert [(p.line, p.reason) for p in report.skipped] == [(1, "too large")]


def test_jsonl_bom_missing_id_surrogates_and_bad_utf8(tmp_path):
    data = (
        codecs.BOM_UTF8
        + b'{"text": "No id here: Kal Brun visited Ordan."}\n'
        + b'{"id": "s", "title": "T\\ud800", "text": "Lone \\udc00 surrogate: Ida Marr met Kal Brun."}\n'
        + b'{"id": "latin", "text": "caf\xe9"}\n'
    )
    path = write(tmp_path / "feed.jsonl", data)
    articles, report = read([path])
    assert [a.doc_id for a in articles] == ["feed-1", "s"]
    assert articles[1].text == "Lone \ufffd surrogate: Ida Marr met Kal Brun."  # same length: offsets hold
    assert articles[1].title == "T\ufffd"
    assert [(p.line, p.reason) for p in report.skipped] == [(3, "undecodable text")]
    assert [(p.line, p.reason) for p in report.warnings] == [(1, "no id"), (2, "invalid Unicode")]


def test_jsonl_title_and_date_fall_back_to_the_text(tmp_path):
    path = write(tmp_path / "f.jsonl", json.dumps({"id": "x", "text": "Council of Sorr meets again\nApril 26, 2022\n\nBody."}))
    (a,), _ = read([path])
    assert a.title == "Council of Sorr meets again" and a.date == dt.date(2022, 4, 26)


# --------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}">
<title>Leaders meet in Geneva | Example News</title>
<meta property="og:title" content="Leaders meet in Geneva">
<meta property="article:published_time" content="2024-05-02T10:00:00Z">
<link rel="canonical" href="https://example.org/news/123">
<script>document.title = "pwned";</script>
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Leaders meet in Geneva</h1>
<p>Foreign Minister Anna Berg met President Tomas Vik in Geneva on Tuesday, officials said.
The two discussed trade, energy and security for more than an hour in the city's old town.</p>
<p>Berg later criticized the council for its delays. &lt;script&gt;alert("x")&lt;/script&gt;
She visited Bern on Wednesday, where she met {name} for talks about the caf\u00e9 trade.</p>
<script>alert("inline")</script>
</article>
<footer>Copyright 2024 Example News. All rights reserved.</footer>
</body></html>
"""


def test_html_main_text_and_metadata(tmp_path):
    write(tmp_path / "geneva.html", PAGE.format(charset="utf-8", name="Zoë Ng"))
    (a,), report = read([tmp_path])
    assert a.doc_id == "geneva"
    assert a.title == "Leaders meet in Geneva"
    assert a.date == dt.date(2024, 5, 2)
    assert a.source == "https://example.org/news/123"
    assert "Anna Berg met President Tomas Vik" in a.text and "Zoë Ng" in a.text
    assert '<script>alert("x")</script>' in a.text  # the article's words, as text
    for chrome in ("Home", "World", "pwned", "inline", "All rights reserved"):
        assert chrome not in a.text
    assert report.skipped == [] and report.warnings == []


def test_html_in_a_declared_legacy_charset(tmp_path):
    path = write(tmp_path / "legacy.htm", PAGE.format(charset="windows-1252", name="Zoë Ng").encode("cp1252"))
    (a,), report = read([path])
    assert "Zoë Ng" in a.text and "café" in a.text
    assert report.warnings == []


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_offsets_point_into_the_text_a_reader_of_the_file_sees(tmp_path, encoding):
    text = "Señor Brun talks\r\nMayor Brun met Ida Marr \u200f\u202e in Sorr 😀.\n"
    path = write(tmp_path / "x.txt", text.encode(encoding))
    (a,), report = read([path])
    assert a.text == path.read_text(encoding=encoding)
    assert report.warnings == []


def test_summary_counts_read_skipped_and_why(tmp_path):
    write(tmp_path / "a.txt", GOOD)
    write(tmp_path / "b.txt", GOOD)
    write(tmp_path / "c.txt", b"")
    write(tmp_path / "d.txt", b"")
    write(tmp_path / "e.txt", "Caf\xe9 news today\nKal Brun visited Ordan.\n".encode("cp1252"))
    _, report = read([tmp_path])
    assert report.summary() == (
        "read 2 articles from 5 files; skipped 3 (2 empty file, 1 duplicate text); 1 warning (1 not UTF-8)"
    )


# --------------------------------------------------------------------------- nothing gets in

HOSTILE = [
    '<script>alert("x")</script>',
    "<img src=x onerror=alert(1)>",
    "Anna \"Quote\" O'Neill",
    "Back\\slash \\u0041 \\n",
    "Line\nbreak\r\nand\rreturns",
    "\u202eRTL override\u200f mark",
    "Emoji 😀👩‍👩‍👧 Corp",
    "IRI <reserved> #?&=/%:;@[]{}|^` chars",
    "\"\"\" triple quotes '''",
    "tab\tform\x0cfeed and \x01 control",
    "]]></script><!--",
]


def _results(names: list[tuple[str, EntityType]], doc_id: str, text: str) -> list[DocResult]:
    entities = {f"e{i}": LocalEntity(f"e{i}", name, etype, {name}) for i, (name, etype) in enumerate(names)}
    keys = list(entities)
    facts = [
        Fact(doc_id, Relation.MET_WITH if i % 2 else Relation.CRITICIZED, a, b,
             Status.OCCURRED if i % 3 else Status.PLANNED, text, 0, len(text), 0.9, "test.rule")
        for i, (a, b) in enumerate(zip(keys, keys[1:]))
    ]
    article = Article(doc_id, text, title=text[:80], date=dt.date(2024, 1, 2), source=text[-50:])
    return [DocResult(article, entities, [(0, 1, k) for k in keys], facts)]


def is_entity(node) -> bool:
    return str(node).startswith(str(ENTITY))


def _parse_both(path: Path) -> Graph:
    data = path.read_bytes()
    quads = list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.TURTLE))
    graph = Graph().parse(data=data.decode("utf-8"), format="turtle")
    assert len(quads) == len(graph) > 0
    return graph


def test_hostile_names_and_text_give_valid_turtle_and_exact_round_trip(tmp_path):
    names = [(n, EntityType.PERSON if i % 2 else EntityType.ORGANIZATION) for i, n in enumerate(HOSTILE)]
    text = " | ".join(HOSTILE)
    doc_id = 'id with spaces/slashes?#<>"{}|\\^`%41 and 😀'
    graph = build_knowledge_graph(_results(names, doc_id, text))
    write_turtle(graph, tmp_path / "g.ttl")
    parsed = _parse_both(tmp_path / "g.ttl")
    assert {str(o) for s, o in parsed.subject_objects(RDFS.label) if is_entity(s)} == set(HOSTILE)
    assert {str(o) for o in parsed.objects(None, KG.evidence)} == {text}
    assert {str(o) for o in parsed.objects(None, DCTERMS.identifier)} == {doc_id}
    # every IRI is a valid IRI: pyoxigraph checks them when it builds a NamedNode
    for term in {t for triple in parsed for t in triple if isinstance(t, URIRef)}:
        pyoxigraph.NamedNode(str(term))
        assert not re.search(r"[\s<>\"{}|\\^`]", str(term)), term


def test_names_that_slug_alike_get_distinct_iris():
    names = [
        ("Jordan", EntityType.PERSON),
        ("Jordan", EntityType.COUNTRY),
        ("AT&T", EntityType.ORGANIZATION),
        ("AT T", EntityType.ORGANIZATION),
        ("北京大学", EntityType.ORGANIZATION),
        ("清华大学", EntityType.ORGANIZATION),
        ("人民日报", EntityType.ORGANIZATION),
        ("!!!", EntityType.GROUP),
    ]
    graph = build_knowledge_graph(_results(names, "doc", "Some text."))
    labelled = {}
    for node, label in graph.subject_objects(RDFS.label):
        if is_entity(node):
            labelled.setdefault(node, set()).add(str(label))
    assert sorted(len(labels) for labels in labelled.values()) == [1] * len(names)
    assert len(labelled) == len(names)
    jordans = [n for n, labels in labelled.items() if labels == {"Jordan"}]
    assert len({frozenset(graph.objects(n, RDF.type)) for n in jordans}) == 2


def test_hostile_names_never_reach_the_page_as_markup(tmp_path):
    names = [(n, EntityType.PERSON) for n in HOSTILE]
    text = " | ".join(HOSTILE)
    graph = build_knowledge_graph(_results(names, "<b>doc</b>", text))
    write_outputs(graph, tmp_path / "hostile")
    benign = build_knowledge_graph(_results([(f"Name {i}", EntityType.PERSON) for i in range(len(HOSTILE))], "d", "t"))
    write_outputs(benign, tmp_path / "benign")
    pages = sorted(p.name for p in (tmp_path / "hostile").glob("*.html"))
    assert "graph.html" in pages
    for name in pages:
        page = (tmp_path / "hostile" / name).read_text(encoding="utf-8")
        for raw in ("<script>alert", "<img", "]]></script>", "<b>doc</b>", "<!--"):
            assert raw not in page, (name, raw)
        benign_page = (tmp_path / "benign" / name).read_text(encoding="utf-8")
        tags = re.compile(r"<(script|img|iframe|object|embed|svg|math)\b", re.I)
        assert sorted(tags.findall(page)) == sorted(tags.findall(benign_page)), name


def test_every_output_file_parses_with_hostile_text(tmp_path):
    import xml.etree.ElementTree as ET

    names = [(n, EntityType.PERSON if i % 2 else EntityType.ORGANIZATION) for i, n in enumerate(HOSTILE)]
    text = " | ".join(HOSTILE) + " \x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029 separators"
    graph = build_knowledge_graph(_results(names, "doc\u2028id", text))
    out = tmp_path / "out"
    write_outputs(graph, out)
    checked = set()
    for path in sorted(out.iterdir()):
        data = path.read_bytes()
        if path.suffix == ".ttl":
            _parse_both(path)
        elif path.suffix == ".nt":
            assert len(list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_TRIPLES))) == len(graph)
            assert len(Graph().parse(data=data.decode("utf-8"), format="nt")) == len(graph)
        elif path.suffix == ".jsonld":
            json.loads(data)
        elif path.suffix == ".graphml":
            ET.fromstring(data)
        else:
            continue
        checked.add(path.suffix)
    assert ".ttl" in checked


# --------------------------------------------------------------------------- the whole pipeline

HOSTILE_ARTICLE = (
    "Mayor \u201cKal\u201d Brun meets envoy in Sorr \u202e\U0001F600\r\n\r\n"
    'Mayor Kal Brun met Envoy Pella Grint in Sorr on Monday. <script>alert("x")</script>\r\n'
    "Envoy Pella Grint criticized Minister Ida O'Marr over the \\ dam <img src=x onerror=alert(1)>.\r\n"
    "Minister Ida O'Marr visited Ordan on Tuesday, \u200fofficials\u200f said \U0001F44D.\r\n"
)


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    from kg.pipeline import build

    root = tmp_path_factory.mktemp("hostile")
    inputs = root / "in"
    write(inputs / "utf8.txt", HOSTILE_ARTICLE)
    write(inputs / "bom.md", codecs.BOM_UTF8 + HOSTILE_ARTICLE.replace("Sorr", "Ordan").encode("utf-8"))
    write(inputs / "wide.txt", HOSTILE_ARTICLE.replace("Monday", "Friday").encode("utf-16"))
    write(inputs / "legacy.txt", "Mayor Kal Brun met Envoy Pella Grint in Caf\xe9 Sorr.\n".encode("cp1252"))
    write(inputs / "page.html", PAGE.format(charset="utf-8", name="Ida O'Marr"))
    write(inputs / "feed.jsonl", "\n".join([
        json.dumps({"id": "feed/1?#<x>", "title": "<b>Bold</b> title", "date": "2024-02-03",
                    "source": "javascript:alert(1)", "text": HOSTILE_ARTICLE.replace("Monday", "Sunday")}),
        "{broken",
        json.dumps({"id": "feed-2"}),
    ]) + "\n")
    write(inputs / "empty.txt", b"")
    write(inputs / "binary.md", b"\x00\x01\x02\x03")
    write(inputs / "zz_copy.txt", HOSTILE_ARTICLE)  # the same text as utf8.txt
    out = root / "out"
    return inputs, out, build([inputs], out)


def test_hostile_folder_builds_good_articles_and_reports_bad_ones(hostile_build):
    inputs, out, summary = hostile_build
    assert summary.written and summary.articles == 6
    assert [(p.path.name, p.line, p.reason) for p in summary.read.skipped] == [
        ("binary.md", None, "binary file"),
        ("empty.txt", None, "empty file"),
        ("feed.jsonl", 2, "malformed JSON"),
        ("feed.jsonl", 3, "no text"),
        ("zz_copy.txt", None, "duplicate text"),
    ]
    graph = _parse_both(out / "graph.ttl")
    ids = {str(graph.value(a, DCTERMS.identifier)) for a in graph.subjects(RDF.type, KG.Article)}
    assert ids == {"utf8", "bom", "wide", "legacy", "page", "feed/1?#<x>"}


def test_hostile_folder_offsets_point_into_the_analysed_text(hostile_build):
    inputs, out, _summary = hostile_build
    texts = {
        "utf8": (inputs / "utf8.txt").read_text(encoding="utf-8"),
        "bom": (inputs / "bom.md").read_text(encoding="utf-8-sig"),
        "wide": (inputs / "wide.txt").read_text(encoding="utf-16"),
        "feed/1?#<x>": json.loads((inputs / "feed.jsonl").read_text(encoding="utf-8").splitlines()[0])["text"],
    }
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    checked = 0
    for node in graph.subjects(RDF.type, KG.Assertion):
        article = graph.value(node, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))
        doc = str(graph.value(article, DCTERMS.identifier))
        start, end = int(graph.value(node, KG.charStart)), int(graph.value(node, KG.charEnd))
        if doc in texts:
            assert texts[doc][start:end] == str(graph.value(node, KG.evidence))
            checked += 1
    assert checked >= 4


def test_an_internal_error_on_one_article_loses_only_that_article(tmp_path, monkeypatch):
    import kg.pipeline

    write(tmp_path / "a.txt", GOOD)
    write(tmp_path / "b.txt", "Trigger the bug here\n\nMayor Kal Brun visited Ordan on Friday.\n")
    real = kg.pipeline.extract_facts

    def flaky(doc):
        if "Trigger the bug" in doc.text:
            raise IndexError("an extractor bug")
        return real(doc)

    monkeypatch.setattr(kg.pipeline, "extract_facts", flaky)
    report = ReadReport()
    results = kg.pipeline.process([tmp_path], report=report)
    assert [r.article.doc_id for r in results] == ["a"]
    problem = one_skip(report)
    assert problem.path.name == "b.txt" and problem.reason == "internal error" and "an extractor bug" in problem.message
