"""kg.events: reports of one meeting or visit become one event; different ones stay apart."""
import datetime as dt

from kg.events import Report, group_events
from kg.records import Relation, Status

D = dt.date


def meeting(doc, a, b, status=Status.OCCURRED, date=None, published=None, where=None):
    return Report(Relation.MET_WITH, tuple(sorted((a, b))), status, date, published, where, doc)


def test_same_meeting_in_two_articles_is_one_event():
    reports = [
        meeting("a1", "x", "y", date=D(2024, 3, 5), where="geneva"),
        meeting("a2", "y", "x", date=D(2024, 3, 5)),
    ]
    (event,) = group_events(reports)
    assert event.kind == "Meeting"
    assert sorted(event.reports) == [0, 1]
    assert event.location == "geneva" and event.date == D(2024, 3, 5)


def test_planned_and_occurred_reports_join():
    reports = [
        meeting("a1", "x", "y", status=Status.PLANNED, date=D(2024, 3, 5)),
        meeting("a2", "x", "y", date=D(2024, 3, 5)),
    ]
    assert [sorted(e.reports) for e in group_events(reports)] == [[0, 1]]


def test_different_dates_or_places_are_different_events():
    reports = [
        meeting("a1", "x", "y", date=D(2024, 3, 5)),
        meeting("a2", "x", "y", date=D(2024, 9, 1)),
        meeting("a3", "x", "y", where="kazan"),
        meeting("a4", "x", "y", where="moscow"),
    ]
    assert len(group_events(reports)) >= 3
    assert all(len(e.reports) == 1 for e in group_events(reports)[:2])


def test_undated_reports_in_different_articles_need_something_in_common():
    reports = [meeting("a1", "x", "y"), meeting("a2", "x", "y")]
    assert len(group_events(reports)) == 2
    reports = [meeting("a1", "x", "y", published=D(2024, 3, 5)), meeting("a2", "x", "y", published=D(2024, 3, 8))]
    assert len(group_events(reports)) == 1


def test_criticism_and_negated_reports_form_no_event():
    reports = [
        Report(Relation.CRITICIZED, ("x", "y"), Status.OCCURRED, None, None, None, "a1"),
        meeting("a1", "x", "y", status=Status.NEGATED),
    ]
    assert group_events(reports) == []


def test_event_ids_are_stable_and_distinct():
    reports = [meeting("a1", "x", "y", date=D(2024, 3, 5)), meeting("a2", "x", "z", date=D(2024, 3, 5))]
    first = [e.id for e in group_events(reports)]
    assert first == [e.id for e in group_events(list(reports))]
    assert len(set(first)) == 2
