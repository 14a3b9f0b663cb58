"""Dates in article text resolved against the publication date, and the dates facts carry."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.dates import resolve_date

WED = dt.date(2022, 4, 27)  # a Wednesday


@pytest.mark.parametrize(
    "text, future, expected",
    [
        ("Tuesday", False, dt.date(2022, 4, 26)),
        ("on Tuesday", False, dt.date(2022, 4, 26)),
        ("Tuesday", True, dt.date(2022, 5, 3)),
        ("Friday", True, dt.date(2022, 4, 29)),
        ("Friday", False, dt.date(2022, 4, 22)),
        ("Wednesday", False, WED),
        ("Wednesday", True, WED),
        ("last Wednesday", False, dt.date(2022, 4, 20)),
        ("last Monday", False, dt.date(2022, 4, 25)),
        ("next Monday", False, dt.date(2022, 5, 2)),
        ("next Wednesday", True, dt.date(2022, 5, 4)),
        ("coming Friday", True, dt.date(2022, 4, 29)),
        ("today", False, WED),
        ("yesterday", False, dt.date(2022, 4, 26)),
        ("tomorrow", True, dt.date(2022, 4, 28)),
        ("April 11", False, dt.date(2022, 4, 11)),
        ("on April 11th", False, dt.date(2022, 4, 11)),
        ("11 April", False, dt.date(2022, 4, 11)),
        ("May 3", False, dt.date(2021, 5, 3)),
        ("May 3", True, dt.date(2022, 5, 3)),
        ("March 1", True, dt.date(2023, 3, 1)),
        ("March 1", False, dt.date(2022, 3, 1)),
        ("11 April 2021", False, dt.date(2021, 4, 11)),
        ("April 11, 2021", False, dt.date(2021, 4, 11)),
        ("2022-03-15", False, dt.date(2022, 3, 15)),
    ],
)
def test_resolve_date(text, future, expected):
    assert resolve_date(text, WED, future=future) == expected


@pytest.mark.parametrize(
    "text",
    ["April 2022", "April", "last week", "earlier this month", "recent days", "the weekend", "", "early Tuesday morning"],
)
def test_vague_dates_give_none(text):
    assert resolve_date(text, WED) is None


def test_weekday_across_a_month_boundary():
    assert resolve_date("Thursday", dt.date(2022, 5, 2)) == dt.date(2022, 4, 28)


def test_month_day_across_a_year_boundary():
    assert resolve_date("December 30", dt.date(2022, 1, 3)) == dt.date(2021, 12, 30)
    assert resolve_date("January 4", dt.date(2021, 12, 30), future=True) == dt.date(2022, 1, 4)


@pytest.mark.parametrize(
    "text, relation, expected",
    [
        ("Maria Kovacs met Tomas Berg on Tuesday.", "MET_WITH", dt.date(2022, 4, 26)),
        ("Maria Kovacs visited Kyiv on April 11.", "VISITED", dt.date(2022, 4, 11)),
        ("Maria Kovacs will visit Kyiv on Friday.", "VISITED", dt.date(2022, 4, 29)),
        ("Maria Kovacs criticized Tomas Berg on Monday.", "CRITICIZED", dt.date(2022, 4, 25)),
        ("Maria Kovacs visited Kyiv last week.", "VISITED", None),
    ],
)
def test_fact_event_date(raw_facts_of, text, relation, expected):
    _doc, facts = raw_facts_of(text, WED)
    (fact,) = [f for f in facts if f.relation.value == relation]
    assert fact.event_date == expected


def test_no_publication_date_no_event_date(doc_of):
    from kg.extract import extract_facts

    doc = doc_of("Maria Kovacs met Tomas Berg on Tuesday.", date=None)
    (fact,) = [f for f in extract_facts(doc) if f.relation.value == "MET_WITH"]
    assert fact.event_date is None
