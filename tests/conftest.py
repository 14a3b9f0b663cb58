"""Shared fixtures: the spaCy pipeline (loaded once) and helpers that run one invented sentence
through annotate -> resolve -> extract."""
from __future__ import annotations

import datetime as dt
import signal

import pytest

DEFAULT_DATE = dt.date(2022, 4, 27)  # a Wednesday


def pytest_configure(config):
    """Hear Ctrl-C as a terminal does. A shell that starts the tests in the background (``pytest
    &``) hands them SIGINT ignored, which every ``kg`` process they start would inherit: the tests
    that press Ctrl-C on ``kg build`` and ``kg serve`` would then see it ignored. A handler set
    here becomes the default again in those processes."""
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(scope="session")
def nlp():
    from kg.annotate import load_pipeline

    return load_pipeline()


@pytest.fixture
def doc_of(nlp):
    """``doc_of(text, date=None)``: the parsed and resolved spaCy Doc of ``text``."""
    from kg.records import Article, CleanArticle
    from kg.resolve import resolve_document

    def run(text: str, date: dt.date | None = DEFAULT_DATE, doc_id: str = "t"):
        article = Article(doc_id, text, date=date)
        doc = nlp(text)
        doc._.article = CleanArticle(article, text)
        resolve_document(doc)
        return doc

    return run


@pytest.fixture
def raw_facts_of(doc_of):
    """``raw_facts_of(text, date=None)``: (doc, list of kg.records.Fact)."""
    from kg.extract import extract_facts

    def run(text: str, date: dt.date | None = None):
        doc = doc_of(text, date or DEFAULT_DATE)
        return doc, extract_facts(doc)

    return run


@pytest.fixture
def facts_of(raw_facts_of):
    """``facts_of(text, date=None)``: [(relation, subject label, object label, status), ...]."""

    def run(text: str, date: dt.date | None = None):
        doc, facts = raw_facts_of(text, date)
        entities = doc._.entities
        return [
            (f.relation.value, entities[f.subject].label, entities[f.object].label, f.status.value)
            for f in facts
        ]

    return run
