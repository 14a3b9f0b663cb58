"""Dates in article text ("Tuesday", "on April 11", "last week") resolved against the article's date."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from dateutil import parser as date_parser
from dateutil.relativedelta import relativedelta

WEEKDAYS = [day.lower() for day in calendar.day_name]  # Monday first, as date.weekday() counts
_RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


def resolve_date(text: str, published: dt.date, future: bool = False) -> dt.date | None:
    """The calendar date that ``text`` names when read on ``published``.

    A bare weekday is the latest such day up to the publication date, or the next one when the
    event is ``future`` (planned); "next/last <weekday>" shift by a week. A month and day without a
    year take the publication year, moved back (or forward, when ``future``) a year when that
    puts the event on the wrong side of publication. Vague expressions give None.
    """
    words = re.sub(r"[^\w\s]", " ", text.lower()).split()
    words = [w for w in words if w not in {"on", "this", "the", "of", "at"}]
    if not words:
        return None
    if len(words) == 1 and words[0] in _RELATIVE_DAYS:
        return published + dt.timedelta(days=_RELATIVE_DAYS[words[0]])
    if words[-1] in WEEKDAYS and len(words) <= 2:
        target = WEEKDAYS.index(words[-1])
        modifier = words[0] if len(words) == 2 else ""
        if modifier not in {"", "next", "last", "past", "coming"}:
            return None
        delta = (published.weekday() - target) % 7
        if future or modifier in {"next", "coming"}:
            delta = -((target - published.weekday()) % 7 or (7 if modifier == "next" else 0))
        day = published - dt.timedelta(days=delta)
        if modifier in {"last", "past"} and delta == 0:
            day -= dt.timedelta(days=7)
        return day
    if words[:2] == ["last", "week"]:
        return None  # a week, not a day
    if not any(w[:1].isdigit() for w in words):
        return None  # "January 2020" has a digit; "earlier this month" is too vague for a date
    try:
        default = dt.datetime(published.year, published.month, 1)
        plain = [re.sub(r"^(\d{1,2})(st|nd|rd|th)$", r"\1", w) for w in words]
        parsed = date_parser.parse(" ".join(plain), default=default, fuzzy=False).date()
    except (ValueError, OverflowError):
        return None
    has_year = any(len(w) == 4 and w.isdigit() for w in words)
    has_day = any(w.isdigit() and len(w) <= 2 or re.fullmatch(r"\d{1,2}(st|nd|rd|th)", w) for w in words)
    if not has_day:
        return None  # a month is not a date
    if not has_year:
        if future and parsed < published:
            parsed += relativedelta(years=1)
        elif not future and parsed > published:
            parsed -= relativedelta(years=1)
    return parsed
