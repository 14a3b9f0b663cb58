"""Property-based tests (hypothesis): any Unicode text as an article builds, the Turtle parses (rdflib
and pyoxigraph), offsets point into the text, and two builds of the same input give the same bytes.
Reading never fails on any bytes: a file is read or skipped with a reason.

The spaCy pipeline is loaded once for the module; the per-article stages are driven directly.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pyoxigraph
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, Graph
from rdflib.namespace import DCTERMS

from kg.annotate import annotate, load_pipeline
from kg.clean import clean
from kg.export import write_turtle
from kg.extract import extract_facts
from kg.namespace import KG
from kg.pipeline import build_knowledge_graph
from kg.read import ReadReport, read_articles
from kg.records import Article, DocResult
from kg.resolve import mentions_of, resolve_document

PROPERTY_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)

# Words that make the extractors fire, mixed with what hostile text is made of.
FRAGMENTS = [
    "Envoy Pella Grint", "Mayor Kal Brun", "President Anna Berg", "Ida O'Marr", "met", "met with",
    "criticized", "visited", "will visit", "did not meet", "in Sorr", "in Paris", "France", "the UN",
    "on Monday", ".", ",", "\n", "\r\n", "\n\n", "---\ntitle: x\n---\n", '"', "'", "\\", "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>", "\u202e", "\u200f", "\U0001F600", "\u2028", "\x0c", "\x00", "&amp;", "#?/%",
    "Zoë", "Путин", "北京", "A.B. Corp", "AB Corp",
]
PEOPLE = ["Envoy Pella Grint", "Mayor Kal Brun", "President Anna Berg", "Minister Ida O'Marr", "Zoë Ng",
          'Tomas "Tom" Vik', "Emmanuel Macron", "Vladimir Putin"]
VERBS = ["met", "met with", "criticized", "visited", "will visit", "did not meet", "condemned", "held talks with"]
PLACES = ["Paris", "France", "Sorr", "Moscow", "the UN"]
noise = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8))
sentence = st.builds(
    "{} {} {}{}{} {}.".format,
    st.sampled_from(PEOPLE), st.sampled_from(VERBS), st.sampled_from(PEOPLE + PLACES),
    st.sampled_from(["", " in Paris", " in Sorr"]), st.sampled_from(["", " on Monday"]), noise,
)
news_like = st.lists(st.one_of(sentence, noise), max_size=12).map(
    lambda parts: "Headline about the talks\n\n" + " ".join(parts)
)
any_text = st.one_of(st.text(max_size=300), news_like)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def per_article(nlp, article: Article) -> DocResult:
    (doc,) = annotate(nlp, [clean(article)])
    resolve_document(doc)
    return DocResult(article=article, entities=doc._.entities, mentions=mentions_of(doc), facts=extract_facts(doc))


def turtle_of(nlp, articles: list[Article], path: Path) -> bytes:
    graph = build_knowledge_graph([per_article(nlp, a) for a in articles])
    write_turtle(graph, path)
    return path.read_bytes()


@PROPERTY_SETTINGS
@given(text=any_text, doc_id=st.text(min_size=1, max_size=20))
def test_any_text_builds_valid_deterministic_turtle(nlp, text, doc_id):
    article = Article(doc_id, text, title=text[:40] or None, date=dt.date(2024, 1, 2), source=text[-20:] or None)
    with tempfile.TemporaryDirectory() as folder:
        first = turtle_of(nlp, [article], Path(folder) / "a.ttl")
        second = turtle_of(nlp, [article], Path(folder) / "b.ttl")
    assert first == second

    graph = Graph().parse(data=first.decode("utf-8"), format="turtle")
    quads = list(pyoxigraph.parse(first, format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(graph)
    assert {str(o) for o in graph.objects(None, DCTERMS.identifier)} == {doc_id}
    for node in graph.subjects(RDF.type, KG.Assertion):
        start, end = int(graph.value(node, KG.charStart)), int(graph.value(node, KG.charEnd))
        assert text[start:end] == str(graph.value(node, KG.evidence))


@PROPERTY_SETTINGS
@given(texts=st.lists(news_like, min_size=2, max_size=3))
def test_several_articles_build_the_same_bytes_twice(nlp, texts):
    articles = [Article(f"doc{i}", t) for i, t in enumerate(texts)]
    with tempfile.TemporaryDirectory() as folder:
        assert turtle_of(nlp, articles, Path(folder) / "a.ttl") == turtle_of(nlp, articles, Path(folder) / "b.ttl")


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl"]))
def test_any_bytes_are_read_or_skipped_with_a_reason(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        report = ReadReport()
        articles = list(read_articles([folder], report))
        assert report.files == 1
        assert articles or report.skipped
        for problem in report.skipped + report.warnings:
            assert "\n" not in problem.message and problem.reason
        for article in articles:
            article.text.encode("utf-8")  # no lone surrogates
            article.doc_id.encode("utf-8")
            if suffix in (".txt", ".md"):
                assert article.text == path.read_text(encoding=_encoding_of(data, report))


def _encoding_of(data: bytes, report: ReadReport) -> str:
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if report.warnings:
        return "cp1252" if "cp1252" in report.warnings[0].message else "latin-1"
    return "utf-8-sig"


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=400))
def test_any_utf8_text_file_reads_as_read_text_gives_it(text):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.txt"
        path.write_text(text, encoding="utf-8")
        report = ReadReport()
        articles = list(read_articles([path], report))
        if articles:
            assert articles[0].text == path.read_text(encoding="utf-8-sig")
        else:
            assert len(report.skipped) == 1


@settings(max_examples=200, deadline=None)
@given(text=any_text)
def test_clean_keeps_every_offset(text):
    cleaned = clean(Article("t", text)).text
    assert len(cleaned) == len(text)
    for original, kept in zip(text, cleaned):
        assert kept == original or (kept == " " and original not in "\r\n")
