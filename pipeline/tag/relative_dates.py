"""Date patterns read against the text's own date: "today", "last week", "next March", "this
financial year", "on Thursday", "the weekend"; and ``sentence_tense``, whether a sentence speaks of
the past or the future, for the references whose reading turns on it."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from dateutil.easter import easter

from pipeline.tag.date_patterns import FULL_MONTH, MONTH, SEASON, YEAR, Base, Patterns, day_of, fiscal, month_number, valid_day
from pipeline.tag.periods import add_months, month_end, season_period, span_months, within

RELATIVE = Patterns()
"""References to a period relative to the text's date."""


@RELATIVE.add(rf"(?:the\s+)?({SEASON})\s+(?:of\s+)?(this|next|last)\s+year|(this|next|last)\s+({SEASON})(?!\s+(?-i:[A-Z]))", re.IGNORECASE)
def _season_relative(m: re.Match[str], report: dt.date) -> Base:
    """"this winter" written in February is the winter that began last December."""
    season, which = (m[1], m[2]) if m[1] else (m[4], m[3])
    current = report.year - 1 if season.lower() == "winter" and report.month <= 2 and m[3] else report.year
    year = current + {"this": 0, "next": 1, "last": -1}[which.lower()]
    return Base(m.start(), m.end(), "season", year, period=season_period(season, year))


@RELATIVE.add(r"(?<!the\s)(this|next|last|(?<=\()current)\s+(year|month)|the\s+(coming|current|next|previous|following)\s+(year|month)",
              re.IGNORECASE)  # "2010/11 (current year)"
def _relative(m: re.Match[str], report: dt.date) -> Base:
    word = (m[1] or m[3]).lower()
    unit = (m[2] or m[4]).lower()
    offset = {"this": 0, "current": 0, "next": 1, "coming": 1, "following": 1, "last": -1, "previous": -1}[word]
    if unit == "year":
        year = report.year + offset
        return Base(m.start(), m.end(), "relative", year, period=(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    year, month = add_months(report.year, report.month, offset)
    return Base(m.start(), m.end(), "relative", year, month, period=span_months(year, month, 1))


_AHEAD = re.compile(r"\b(?:will|shall|is to|are to|to be|opens|closes|starts|begins|launches|takes place|in anticipation of|ahead of"
                    r"|(?:is|are) (?:meeting|holding|hosting|opening|staging|launching|visiting|going|coming))\b")
"""Words before a weekday that put it after the text's date ("will meet on Monday", "opens on Monday", "are meeting
on Monday")."""
_DATE_IN_BRACKETS = re.compile(
    rf"\s*\(\s*(?:(?P<month>{FULL_MONTH})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{FULL_MONTH}))\b")
_WEEKDAYS = {name.lower(): index for index, name in enumerate(calendar.day_name)}


@RELATIVE.add(r"today|(?<!\bof\s)tomorrow|tonight|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night", re.IGNORECASE)
def _relative_day(m: re.Match[str], report: dt.date) -> Base:
    """The text's day, the day before or after; not "the communities of tomorrow", a figure of speech."""
    word = m.group().lower().split()[0]
    day = report + dt.timedelta(days={"yesterday": -1, "last": -1, "tomorrow": 1}.get(word, 0))
    return Base(m.start(), m.end(), "relative", period=(day, day))


@RELATIVE.add(r"(?<!the\s)(?:(earlier|later)\s+)?(this|next|last)\s+week\b(?!\s+of\b)|the\s+(coming|current|next|previous|following)\s+week\b", re.IGNORECASE)
def _relative_week(m: re.Match[str], report: dt.date) -> Base:
    """A Monday-to-Sunday week; "earlier this week" runs up to the day before the text's date, "later" from the day after."""
    word = (m[2] or m[3]).lower()
    offset = {"this": 0, "current": 0, "next": 1, "coming": 1, "following": 1, "last": -1, "previous": -1}[word]
    monday = report - dt.timedelta(days=report.weekday()) + dt.timedelta(weeks=offset)
    period = within(monday, monday + dt.timedelta(days=6), (m[1] or "").lower(), report)
    return Base(m.start(), m.end(), "relative", period=period)


@RELATIVE.add(r"(this|next|last)\s+quarter|the\s+(current|next|previous|last)\s+quarter", re.IGNORECASE)
def _relative_quarter(m: re.Match[str], report: dt.date) -> Base:
    """A calendar quarter: "this quarter" holds the text's date."""
    offset = {"this": 0, "current": 0, "next": 1, "last": -1, "previous": -1}[(m[1] or m[2]).lower()]
    year, month = add_months(report.year, (report.month - 1) // 3 * 3 + 1, 3 * offset)
    return Base(m.start(), m.end(), "relative", period=span_months(year, month, 3))


@RELATIVE.add(r"(earlier|later)\s+this\s+month", re.IGNORECASE)
def _part_of_this_month(m: re.Match[str], report: dt.date) -> Base:
    period = within(report.replace(day=1), month_end(report.year, report.month), m[1].lower(), report)
    return Base(m.start(), m.end(), "relative", period=period)


@RELATIVE.add(rf"(?:([Ll]ast|[Nn]ext|[Tt]his|by|until)\s+|[Oo]n\s+|(?=\w+(?:\s+last\b|['’]s\s)))(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
          rf"(\s+last\b)?(?!,?\s+(?:\d|{MONTH}\b)|\s+of\b)")
def _weekday(m: re.Match[str], report: dt.date) -> Base:
    """A weekday for a definite day: "last Thursday" (or "Thursday last") before the text's date,
    "next Thursday" after it, "this Sunday" in its week; "on Thursday" (or "Thursday's") the one
    before, or after when the sentence speaks of the future ("will"); the date in brackets after
    it when one is written ("on Tuesday (October 3)")."""
    target = _WEEKDAYS[m[2].lower()]
    last = "last" if m[3] else m[1] and m[1].lower()  # "on Tuesday last" (Hansard) is "last Tuesday"; "Last Saturday I …"
    sentence = m.string[max(0, m.start() - 200):m.start()].rsplit(".", 1)[-1]
    ahead = last in ("next", "by", "until") or (last != "last" and _AHEAD.search(sentence) is not None)
    if last == "this":  # "this Sunday": the one in the text's Monday-to-Sunday week
        day = report + dt.timedelta(days=target - report.weekday())
    elif ahead:
        day = report + dt.timedelta(days=(target - report.weekday()) % 7 or (7 if last == "next" else 0))
    else:
        day = report - dt.timedelta(days=(report.weekday() - target) % 7 or (7 if last == "last" else 0))
    written = _DATE_IN_BRACKETS.match(m.string, m.end())
    if written:  # "on Tuesday (October 3)": the date written beside it
        month, number = month_number(written["month"] or written["month2"]), int(written["day"] or written["day2"])
        written_days = [dt.date(y, month, number) for y in (report.year - 1, report.year, report.year + 1) if valid_day(y, month, number)]
        day = min(written_days, key=lambda d: abs((d - day).days), default=day)
    start = m.start(2) if m[1] in (None, "by", "until") else m.start()
    return Base(start, m.end(), "relative", period=(day, day))


@RELATIVE.add(r"(?<=\()(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=\))")
def _bracketed_weekday(m: re.Match[str], report: dt.date) -> Base:
    """"launched today (Wednesday)": the weekday nearest the text's date."""
    offset = (_WEEKDAYS[m[1].lower()] - report.weekday()) % 7
    day = report + dt.timedelta(days=offset if offset <= 3 else offset - 7)
    return Base(m.start(), m.end(), "relative", period=(day, day))


@RELATIVE.add(r"the\s+end\s+of\s+the\s+month", re.IGNORECASE)
def _month_end_relative(m: re.Match[str], report: dt.date) -> Base:
    """The last part of the text's month (from the 21st), like "the end of September 2009"."""
    return Base(m.start(), m.end(), "relative", period=(report.replace(day=21), month_end(report.year, report.month)))


@RELATIVE.add(r"(?:the\s+)?(this|current|next|coming|last|previous)\s+financial\s+year", re.IGNORECASE)
def _relative_fiscal(m: re.Match[str], report: dt.date) -> Base | None:
    """The UK financial year (April to March) holding the text's date, or the one after or before."""
    first = report.year if report.month >= 4 else report.year - 1
    first += {"this": 0, "current": 0, "next": 1, "coming": 1, "last": -1, "previous": -1}[m[1].lower()]
    return fiscal(m, first, str(first + 1))


@RELATIVE.add(rf"([Ll]ast|[Nn]ext|[Tt]his)\s+({FULL_MONTH})")
def _relative_month(m: re.Match[str], report: dt.date) -> Base:
    """"last September": the last one begun before the text's date; "Next March" the next one to begin."""
    month = month_number(m[2])
    year = report.year
    which = m[1].lower()
    if which == "last":
        year -= month >= report.month
    elif which == "next":
        year += month <= report.month
    return Base(m.start(), m.end(), "month", year, month)


_AFTER_A_PREPOSITION = "|".join(rf"(?<=\b{p} )" for p in (
    "at", "over", "during", "on", "for", "by", "until", "across", "throughout", "before", "after", "from"))


@RELATIVE.add(rf"(?:(?:{_AFTER_A_PREPOSITION})the|this|last|next)\s+weekend", re.IGNORECASE)
def _weekend(m: re.Match[str], report: dt.date) -> Base:
    """A Saturday and Sunday: "last weekend" (or "the weekend" in a sentence about the past) the one
    before the text's date (or holding it), "the weekend" of unclear tense the nearer one, "this weekend"
    the one holding the text's date, else the coming one. "The weekend" is a date after a preposition
    only ("at the weekend"): as a subject or object it is the event a text spoke of ("The weekend was a success")."""
    word = m.group().split()[0].lower()
    tense = sentence_tense(m.string, m.start(), m.end()) if word == "the" else None
    saturday = report + dt.timedelta(days=(5 - report.weekday()) % 7)
    before = saturday - dt.timedelta(days=7 if saturday > report else 0)
    if word == "this" and report.weekday() == 6:  # written on a Sunday: the weekend it ends
        saturday = before
    elif word == "last" or tense == "past" or (word == "the" and tense is None and (report - before).days < (saturday - report).days):
        saturday = before  # "at the weekend", tense unclear: the nearer one
    elif word == "next":
        saturday += dt.timedelta(days=7)
    return Base(m.start(), m.end(), "relative", period=(saturday, saturday + dt.timedelta(days=1)))


_NAME_BEFORE = re.compile(r"\b(?!(?:In|On|By|From|Until|Since|Last|Next|This|Early|Late|Mid|End|During|Before|After|Of)\b)[A-Z][a-z]+ $")
"""A capitalised word, no preposition or time word, before "May": a given name, "May" its surname."""


@RELATIVE.add(rf"(?:(\d{{1,2}})\s+)?({FULL_MONTH})\s+(?:of\s+(?=(?:last|next|this)\s+year))?(last|next|this)(\s+year)?")
def _month_relative(m: re.Match[str], report: dt.date) -> Base | None:
    """"21 March last year", "March next year", "July of this year"; "21 October last" (Hansard) is the last one before
    the text's date."""
    month, day = month_number(m[2]), int(m[1]) if m[1] else None
    if m[2] == "May" and day is None and _NAME_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return None  # "demoted by Theresa May last year": a surname
    if m[4]:
        year = report.year + {"this": 0, "next": 1, "last": -1}[m[3]]
    elif m[3] == "last":
        year = report.year if (month, day or 1) < (report.month, report.day) else report.year - 1
    else:
        return None
    if day is None:
        return Base(m.start(), m.end(), "month", year, month)
    return day_of(m, year, month, day)


@RELATIVE.add(r"the\s+end\s+of\s+the\s+(?:current\s+)?financial\s+year", re.IGNORECASE)
def _financial_year_end(m: re.Match[str], report: dt.date) -> Base:
    """The last third of the financial year holding the text's date (December to March), like "late 2008"."""
    first = report.year if report.month >= 4 else report.year - 1
    return Base(m.start(), m.end(), "relative", period=(dt.date(first, 12, 1), dt.date(first + 1, 3, 31)))


@RELATIVE.add(r"the\s+[Nn]ew\s+[Yy]ear")
def _new_year(m: re.Match[str], report: dt.date) -> Base:
    year = report.year + 1
    return Base(m.start(), m.end(), "relative", year, period=(dt.date(year, 1, 1), dt.date(year, 1, 31)))


@RELATIVE.add(r"the\s+(?:last|past)\s+(?:(?:few|two|three|four|five|six|several|\d+)\s+)?(?:years?|months?|weeks?|days?|decades?)\b(?!\s+of\b)",
          re.IGNORECASE)
def _recent_stretch(m: re.Match[str], _: dt.date) -> Base:
    """"the past year", "the last few months": a stretch up to the text's day, a duration with no
    calendar period of its own."""
    return Base(m.start(), m.end(), "none")


@RELATIVE.add(r"the\s+end\s+of\s+the\s+year", re.IGNORECASE)
def _indefinite_year_end(m: re.Match[str], _: dt.date) -> Base:
    return Base(m.start(), m.end(), "none")


_FUTURE = re.compile(r"\b(?:will|shall|is due|are due|due to|plans? to|expects? to|is to|are to|to be held|upcoming|forthcoming)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:was|were|had|did|took place|launched|announced|published|began|started|ended|ago)\b", re.IGNORECASE)


def sentence_tense(text: str, start: int, end: int) -> str | None:
    """"past" or "future" when the sentence around a date speaks only of the past or only of the future."""
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stop = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    sentence = text[sentence_start:min(stop) if stop else len(text)]
    past, future = bool(_PAST.search(sentence)), bool(_FUTURE.search(sentence))
    return "past" if past and not future else "future" if future and not past else None


@RELATIVE.add(rf"Easter(?:\s+(?:Sunday|Day))?(?:\s+({YEAR}))?(?!\s+(?!(?:holidays?|break|weekend|and|or|to|in|at|on|for|is|was|will|the|we|it|they|there)\b)[A-Za-z])")
def _easter(m: re.Match[str], report: dt.date) -> Base:
    """Easter Sunday of the year written, else of the text's year, or the one before when the
    sentence speaks of the past and it is still to come (or after, for the future and gone);
    not "Easter eggs" or "Easter Rising", where it names a thing."""
    if m[1]:
        day = easter(int(m[1]))
    else:
        day, tense = easter(report.year), sentence_tense(m.string, m.start(), m.end())
        if tense == "past" and day > report:
            day = easter(report.year - 1)
        elif tense == "future" and day < report:
            day = easter(report.year + 1)
    return Base(m.start(), m.end(), "relative", period=(day, day))


@RELATIVE.add(r"(this|last|next)\s+Christmas(?!\s+(?:[A-Z]|jumpers?\b|cards?\b|trees?\b|dinners?\b|lunch\b|party\b|parties\b|fair\b))")
def _relative_christmas(m: re.Match[str], report: dt.date) -> Base:
    """"this Christmas": Christmas Day of the text's year; "last" the one before its date, "next" the one after."""
    year = report.year + {"this": 0, "next": 1 if report >= dt.date(report.year, 12, 25) else 0,
                          "last": -1 if report <= dt.date(report.year, 12, 25) else 0}[m[1]]
    day = dt.date(year, 12, 25)
    return Base(m.start(), m.end(), "relative", period=(day, day))
