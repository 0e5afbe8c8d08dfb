"""DATE mentions: find calendar dates and periods in text and normalise them to [start, end].

Every rule of the annotation guidelines for dates lives here: the spans (no leading "by", "in",
"until"; "the end of", "early", "mid-" modifiers kept), UK financial years ("2010/11"), day-first
numeric dates, seasons, and relative references read against the report date. A month or season
without a year takes the year its context gives (a coordinated "September and November 2008",
else the last dated mention before it in the same sentence, else the sentence's tense: the last
one begun for the past, the next one not over for the future), else the one nearest the report date.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from pipeline.tag.date_patterns import CALENDAR, Base
from pipeline.tag.relative_dates import RELATIVE, sentence_tense
from pipeline.tag.periods import SEASONS, Period, add_months, apply_modifier, distance, span_months


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: Period | None


# ---------------------------------------------------------------- modifiers

_MODIFIER = re.compile(
    r"(?:\b(?:(?:the|The)\s+)?(end|beginning|start|middle)\s+of\s+|(?<=\b(?:by|at|to) )(end|start)[\s-]|\b(early|late|later|earlier|mid|Early|Late|Later|Earlier|Mid)(?:\s+in)?[\s-]+"
    r"|\b(?:the|The)\s+(first|second)\s+half\s+of\s+|\b(?:the|The)\s+(first|second|third|fourth|last)\s+quarter\s+of\s+)$"
)


_QUARTERS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": 3}


# ---------------------------------------------------------------- resolution


def _period_in(base: Base, year: int) -> Period:
    if base.kind == "day":
        assert base.month is not None and base.day is not None
        day = dt.date(year, base.month, min(base.day, calendar.monthrange(year, base.month)[1]))
        return day, day
    if base.kind == "season":
        first, count = SEASONS[[k for k, v in SEASONS.items() if v[0] == base.month][0]]
        return span_months(year, first, count)
    assert base.month is not None
    return span_months(year, base.month, 1)


_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z(]|\n")
_COORDINATION = re.compile(r"\s*(?:and|or|to|-|–|/)\s*")


_A_MONTH = dt.timedelta(days=31)
"""How far an anchored date may lie on the other side of the text's date from the sentence's tense
("was announced during the week (Monday 20 January – Sunday 26 January)", written on the 20th)."""
_FOLLOWING = re.compile(r"\b(?:the|The)\s+following\s+$")
"""Before a month without a year: the first such month after the date before it ("the following January")."""
_LAST_OR_NEXT = re.compile(r"(?i:last|next)\s")
"""A relative date of another period than the text's: "earlier" or "later" before it places an event, no part of it."""
_PAST_RELATIVE = re.compile(r"(?i:earlier|later)\s+this\s+\w+")
_SINCE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,5}$")
"""Before a month: "since March" (or "since the first draw in April") is the last March begun."""


_WEEKDAY_BEFORE = re.compile(r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?$")
"""A weekday before a day and month: the year is the one where that day falls on it ("closed on Monday, October 24")."""


def _resolve_year(base: Base, following: Base | None, text: str, anchor: tuple[int, int] | None, report: dt.date) -> Period:
    """Period of a month, day or season written without a year."""
    weekday = _WEEKDAY_BEFORE.search(text, max(0, base.start - 15), base.start) if base.kind == "day" else None
    if weekday:
        matching = [p for y in (report.year - 1, report.year, report.year + 1)
                    if calendar.day_name[(p := _period_in(base, y))[0].weekday()] == weekday["weekday"]
                    and abs((p[0] - report).days) < 183]  # within half a year: a wrong weekday does not move a date a year
        if len(matching) == 1:
            return matching[0]
    if following is not None and following.year is not None and following.month and base.month:
        gap = text[base.end:following.start]
        if _COORDINATION.fullmatch(gap):
            year = following.year - (1 if base.month > following.month else 0)
            return _period_in(base, year)
    tense = "past" if _SINCE.search(text, max(0, base.start - 60), base.start) else sentence_tense(text, base.start, base.end)
    if anchor is not None and base.month:
        year, month = anchor
        period = _period_in(base, year if base.month >= month else year + 1)
        if tense == "past" and period[0] > report + _A_MONTH:  # "yesterday … interviewed in November": the last November
            period = _period_in(base, period[0].year - 1)
        elif tense == "future" and period[1] < report - _A_MONTH:  # "in March last year … will come into operation in April"
            period = _period_in(base, period[0].year + 1)
        return period
    periods = [_period_in(base, y) for y in (report.year - 1, report.year, report.year + 1)]
    if tense == "past":  # "the group met in December": the last December begun by the text's date
        return max((p for p in periods if p[0] <= report), key=lambda p: p[0])
    if tense == "future":  # "will report in March": the first March not over by the text's date
        return min((p for p in periods if p[1] >= report), key=lambda p: p[0])
    return min(periods, key=lambda p: distance(p, report))


_DATE_WORD = re.compile(
    r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|winter|today|tonight|yesterday|tomorrow"
    r"|week|month|year|quarter|christmas|easter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning"
    r"|afternoon|evening", re.IGNORECASE)
"""A word or digit every date pattern needs: a text without one has no date (most of the annex's cells)."""


def _bases(text: str, report: dt.date) -> list[Base]:
    """Every pattern's readings in ``text``; where two overlap, the longer (then the earlier) is kept."""
    found: list[Base] = []
    for regex, handler in (*CALENDAR, *RELATIVE):
        for match in regex.finditer(text):
            base = handler(match, report)
            if base is not None:
                found.append(base)
    chosen: list[Base] = []
    taken = [False] * (len(text) + 1)
    for base in sorted(found, key=lambda b: (-(b.end - b.start), b.start)):
        if not any(taken[base.start:base.end]):
            chosen.append(base)
            for i in range(base.start, base.end):
                taken[i] = True
    return sorted(chosen, key=lambda b: b.start)


def find_dates(text: str, report: dt.date) -> list[DateMention]:
    """DATE mentions in ``text`` with their [start, end] periods (None where no definite period)."""
    if not _DATE_WORD.search(text):
        return []
    bases = _bases(text, report)
    mentions: list[DateMention] = []
    anchor: tuple[int, int] | None = None
    anchor_end = 0
    for index, base in enumerate(bases):
        following = bases[index + 1] if index + 1 < len(bases) else None
        if anchor is not None and _SENTENCE_END.search(text, anchor_end, base.start):
            anchor = None
        start = base.start
        modifier_match = _MODIFIER.search(text, max(0, start - 40), start)
        if modifier_match and modifier_match[3] and modifier_match[3].lower() in {"earlier", "later"} and _LAST_OR_NEXT.match(text, start):
            modifier_match = None  # "Earlier last month": when in a month gone, the whole month
        if base.kind == "none":
            period = None
        elif base.period is not None:
            period = base.period
        elif base.year is not None:
            period = _period_in(base, base.year)
        else:
            period = _resolve_year(base, following, text, anchor, report)
        single_month = base.kind == "month" or (base.kind == "relative" and base.month is not None)
        if modifier_match and base.kind not in {"day", "none"} and period is not None:
            word = next(g for g in modifier_match.groups() if g).lower()
            if modifier_match.group(5):
                year, month = add_months(period[0].year, period[0].month, 3 * _QUARTERS[word])
                period = span_months(year, month, 3)
            elif not (_PAST_RELATIVE.fullmatch(text[modifier_match.start():base.end]) and not period[0] <= report <= period[1]):
                period = apply_modifier(period, word, report, single_month)  # "Earlier this Summer" after it: the whole season
            start = modifier_match.start()
        if base.kind == "month" and base.year is None and (following_month := _FOLLOWING.search(text, max(0, start - 20), start)):
            start = following_month.start()  # "the following January": the phrase carries the date
            if anchor is not None and period is not None and (period[0].year, period[0].month) <= anchor:
                period = _period_in(base, period[0].year + 1)
        if period is not None and base.kind in {"day", "month", "relative"}:
            anchor = (period[0].year, period[0].month)
            anchor_end = base.end
        mentions.append(DateMention(start, base.end, text[start:base.end], period))
    return mentions
