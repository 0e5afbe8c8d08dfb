"""Calendar arithmetic for DATE values: month spans, seasons, distances between periods and days,
and the parts of a period that modifiers ("early", "the end of", "earlier this …") cut from it."""
from __future__ import annotations

import calendar
import datetime as dt

Period = tuple[dt.date, dt.date]
"""A closed interval of days [start, end]."""

SEASONS = {"spring": (3, 3), "summer": (6, 3), "autumn": (9, 3), "fall": (9, 3), "winter": (12, 3)}
"""Season → (first month, number of months); winter Y runs from December Y to February Y+1."""


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + count
    return index // 12, index % 12 + 1


def span_months(year: int, month: int, count: int) -> Period:
    end_year, end_month = add_months(year, month, count - 1)
    return dt.date(year, month, 1), month_end(end_year, end_month)


def two_digit_year(text: str, century_of: int = 2000) -> int:
    value = int(text)
    return value if value >= 100 else century_of + value


def season_period(name: str, year: int) -> Period:
    first, count = SEASONS[name.lower()]
    return span_months(year, first, count)


def distance(period: Period, reference: dt.date) -> int:
    start, end = period
    if start <= reference <= end:
        return 0
    return min(abs((start - reference).days), abs((end - reference).days))


def within(start: dt.date, end: dt.date, part: str, report: dt.date) -> Period:
    """The part of [start, end] before ("earlier") or after ("later") the text's date."""
    one = dt.timedelta(days=1)
    if part == "earlier":
        return start, max(start, report - one)
    if part == "later":
        return min(end, report + one), end
    return start, end


def apply_modifier(period: Period, modifier: str, report: dt.date, single_month: bool) -> Period:
    start, end = period
    if start == end:
        return period  # "earlier today": the day itself
    if modifier in {"later", "earlier"}:
        if start <= report <= end and report.day == 1:  # a date given as its month (the annex's November 2009): "later
            # this year" from that month on, "earlier" up to its end
            return (report, end) if modifier == "later" else (start, month_end(report.year, report.month))
        if start <= report <= end:  # a text's own day: "later this year" from the day after it, "earlier" up to the day before
            return within(start, end, modifier, report)
        modifier = {"later": "late", "earlier": "early"}[modifier]  # "later 2010" reads as "late 2010"
    if single_month:
        last = end.day
        thirds = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20), "middle": (11, 20),
                  "late": (21, last), "end": (21, last), "first": (1, 15), "second": (16, last)}
        a, b = thirds[modifier]
        return start.replace(day=a), start.replace(day=b)
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    third = max(months // 3, 1)
    ranges = {
        "early": (0, third), "beginning": (0, 1), "start": (0, 1), "mid": (third, third), "middle": (third, third),
        "late": (months - third, third), "end": (months - third, third), "first": (0, months // 2), "second": (months // 2, months - months // 2),
    }
    offset, count = ranges[modifier]
    year, month = add_months(start.year, start.month, offset)
    return span_months(year, month, max(count, 1))
