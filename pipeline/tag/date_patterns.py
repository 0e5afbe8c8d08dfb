"""The date patterns: each regular expression of a calendar date, period or relative reference and
its reading into a ``Base`` (a date expression before modifiers and year resolution, in
``dates.py``). Spans follow the guidelines (no leading "by", "in", "until"); relative references
are read against the text's own date; ``tense`` says whether a sentence speaks of the past or the
future, for the references whose reading turns on it."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.tag.periods import SEASONS, add_months, month_end, season_period, span_months, two_digit_year, within

MONTHS = {
    name: index
    for index in range(1, 13)
    for name in {calendar.month_name[index].lower(), calendar.month_abbr[index].lower()}
} | {"sept": 9}
_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_ABBR_MONTH = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH = rf"(?:{_FULL_MONTH}|{_ABBR_MONTH})"
_SEASON = r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)"
_YEAR = r"(?:19|20)\d\d"
_FUNCTION_WORDS = (r"(?:and|or|at|in|on|by|to|from|with|when|where|while|will|is|was|the|for|until|there|this|we|it|they|he|she"
                   r"|you|a|an|over|after|before|during|under|between|as|but|so|that|which|who|if)")
"""Words that may follow a date written "April 1" (others make it a count: "June 5 members")."""
_B = r"(?<![\w/£$.,])(?<!\d-)"  # start of a token: not inside a word, number, amount or URL
_E = r"(?!(?<=\d)[a-z\d_]|(?<=\D)\w|/\d|[.,-]\d)"
"""End of a token ("September 14/PRNewswire/" ends at the slash); a number may run into a capital
("23 MARCH 2010NEWS RELEASE", a page that lost its line break), a word may not ("MayFair")."""


@dataclass(frozen=True)
class Base:
    """A date expression before modifiers and year resolution."""

    start: int
    end: int
    kind: str  # "day", "days", "month", "season", "year", "years", "fiscal", "relative", "none"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    last_year: int | None = None
    period: Period | None = None


# ---------------------------------------------------------------- patterns → bases


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _day_of(m: re.Match[str], year: int, month: int, day: int) -> Base | None:
    """The day the match writes, when it is a real one (no 31 April)."""
    return Base(m.start(), m.end(), "day", year, month, day) if _valid_day(year, month, day) else None


def _month_number(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


_PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match[str], dt.date], Base | None]]] = []


def _pattern(regex: str, flags: int = 0) -> Callable[[Callable[[re.Match[str], dt.date], Base | None]], None]:
    def register(handler: Callable[[re.Match[str], dt.date], Base | None]) -> None:
        _PATTERNS.append((re.compile(_B + regex + _E, flags), handler))

    return register


@_pattern(r"(\d{1,2})([/. ])(\d{1,2})\2(\d{4}|\d{2})")
def _numeric_date(m: re.Match[str], _: dt.date) -> Base | None:
    day, month, year = int(m[1]), int(m[3]), two_digit_year(m[4])
    padded = m[2] == "." and len(m[1]) == len(m[3]) == 2  # "10.07.09", not a version "1.2.10"
    if m[2] != "/" and len(m[4]) != 4 and not padded or not _valid_day(year, month, day):
        return None
    return Base(m.start(), m.end(), "day", year, month, day)


@_pattern(rf"(\d{{1,2}})\s+({_ABBR_MONTH})\s+(\d{{2}})")
def _day_abbreviated_month_short_year(m: re.Match[str], _: dt.date) -> Base | None:
    day, month, year = int(m[1]), _month_number(m[2]), 2000 + int(m[3])
    return _day_of(m, year, month, day)


@_pattern(rf"(?:the\s+(?=\d{{1,2}}(?:st|nd|rd|th)\s+of\s))?(\d{{1,2}})\s?(?:(?:st|nd|rd|th)\s+of|(?:st|nd|rd|th)?)\s+({_MONTH}|{_FULL_MONTH.upper()})(?:,?\s+({_YEAR}))?")
def _day_month(m: re.Match[str], _: dt.date) -> Base | None:
    day, month = int(m[1]), _month_number(m[2])
    year = int(m[3]) if m[3] else None
    if not _valid_day(year or 2000, month, day):
        return None
    return Base(m.start(), m.end(), "day", year, month, day)


@_pattern(rf"({_MONTH}|{_ABBR_MONTH.upper()}|{_FULL_MONTH.upper()})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+({_YEAR})")
def _month_day_year(m: re.Match[str], _: dt.date) -> Base | None:
    month, day, year = _month_number(m[1]), int(m[2]), int(m[3])
    return _day_of(m, year, month, day)


@_pattern(rf"({_FULL_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\s*(?:,\s*)?\d(?!\d?\s?[ap]m\b)|\s+(?!{_FUNCTION_WORDS}\b)[a-z])")
def _month_day(m: re.Match[str], _: dt.date) -> Base | None:
    """"September 14": a day written after its month, without a year."""
    month, day = _month_number(m[1]), int(m[2])
    return Base(m.start(), m.end(), "day", None, month, day) if _valid_day(2000, month, day) else None


@_pattern(rf"({_FULL_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s?[-–/]\s?(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+({_YEAR}))?")
def _month_day_range(m: re.Match[str], report: dt.date) -> Base | None:
    """"June 1st – 7th", "November 6/7": the days between, in the text's year when no year is written."""
    month, first, last = _month_number(m[1]), int(m[2]), int(m[3])
    year = int(m[4]) if m[4] else report.year
    if first >= last or not (_valid_day(year, month, first) and _valid_day(year, month, last)):
        return None
    return Base(m.start(), m.end(), "days", year, period=(dt.date(year, month, first), dt.date(year, month, last)))


@_pattern(r"(?<!\ba\s)Christmas(?:\s+Day)?(?:\s+({_YEAR}))?(?!\s+(?!(?:period|holidays?|break|time|and|or|to|in|at|on|for|is|was|will|the|we|it|they|there)\b)[A-Za-z])"
          .replace("{_YEAR}", _YEAR))
def _christmas(m: re.Match[str], _: dt.date) -> Base:
    """Christmas Day; not "Christmas jumpers" or "Christmas Jumper Day", where it names a thing."""
    return Base(m.start(), m.end(), "day", int(m[1]) if m[1] else None, 12, 25)


@_pattern(rf"({_MONTH})\s+({_YEAR})\s*(?:[-–]|to|until)\s*({_MONTH})\s+({_YEAR})")
def _month_range(m: re.Match[str], _: dt.date) -> Base | None:
    """"September 2008 to December 2009": the months between, both included."""
    first, last = (int(m[2]), _month_number(m[1])), (int(m[4]), _month_number(m[3]))
    if first > last:
        return None
    end = dt.date(last[0], last[1], calendar.monthrange(*last)[1])
    return Base(m.start(), m.end(), "days", first[0], period=(dt.date(first[0], first[1], 1), end))


@_pattern(rf"({_MONTH})(?:\s+of)?\s+({_YEAR})")
def _month_year(m: re.Match[str], _: dt.date) -> Base:
    return Base(m.start(), m.end(), "month", int(m[2]), _month_number(m[1]))


@_pattern(rf"({_FULL_MONTH})")
def _month_alone(m: re.Match[str], _: dt.date) -> Base:
    return Base(m.start(), m.end(), "month", None, _month_number(m[1]))


@_pattern(rf"(?:the\s+)?({_SEASON})(?:\s+of)?\s+({_YEAR})")
def _season_year(m: re.Match[str], _: dt.date) -> Base:
    return Base(m.start(), m.end(), "season", int(m[2]), period=season_period(m[1], int(m[2])))


@_pattern(rf"(?:the\s+)?({_SEASON})\s+(?:of\s+)?(this|next|last)\s+year|(this|next|last)\s+({_SEASON})(?!\s+(?-i:[A-Z]))", re.IGNORECASE)
def _season_relative(m: re.Match[str], report: dt.date) -> Base:
    season, which = (m[1], m[2]) if m[1] else (m[4], m[3])
    year = report.year + {"this": 0, "next": 1, "last": -1}[which.lower()]
    return Base(m.start(), m.end(), "season", year, period=season_period(season, year))


@_pattern(rf"the\s+({_SEASON})(?:\s+months)?(?!\s+[A-Z])")
def _the_season(m: re.Match[str], _: dt.date) -> Base:
    return Base(m.start(), m.end(), "season", None, month=SEASONS[m[1].lower()][0])


@_pattern(rf"(?:({_YEAR})\s?[-–/]\s?(\d{{2}}|{_YEAR})\s+financial\s+year|financial\s+year\s+({_YEAR})\s?[-–/]\s?(\d{{2}}|{_YEAR}))")
def _fiscal_named(m: re.Match[str], _: dt.date) -> Base | None:
    first, second = (m[1], m[2]) if m[1] else (m[3], m[4])
    return _fiscal(m, int(first), second)


@_pattern(rf"({_YEAR})[-–/](\d)")
def _fiscal_one_digit(m: re.Match[str], _: dt.date) -> Base | None:
    """"2006-7": a one-digit second year is written for a financial year."""
    first = int(m[1])
    return _fiscal(m, first, str(first + 1)) if int(m[2]) == (first + 1) % 10 else None


@_pattern(rf"({_YEAR})/(\d{{2}}|{_YEAR})")
def _fiscal_slash(m: re.Match[str], _: dt.date) -> Base | None:
    return _fiscal(m, int(m[1]), m[2])


@_pattern(r"(\d{2})/(\d{2})")
def _fiscal_short(m: re.Match[str], _: dt.date) -> Base | None:
    first, second = int(m[1]), int(m[2])
    return _fiscal(m, 2000 + first, m[2]) if second == (first + 1) % 100 else None


def _fiscal(m: re.Match[str], first: int, second_text: str) -> Base | None:
    second = two_digit_year(second_text, first // 100 * 100)
    if second != first + 1:
        return None
    return Base(m.start(), m.end(), "fiscal", first, period=(dt.date(first, 4, 1), dt.date(second, 3, 31)))


@_pattern(rf"({_YEAR})\s?[-–]\s?(\d{{2}}|{_YEAR})")
def _year_range(m: re.Match[str], _: dt.date) -> Base | None:
    """"2018-22" is the calendar years 2018 to 2022; two consecutive years with a short second year
    ("2011-12", "2003–04") are written for a UK financial year."""
    first = int(m[1])
    last = two_digit_year(m[2], first // 100 * 100)
    if not first < last <= first + 50:
        return None
    if last == first + 1 and len(m[2]) == 2:
        return _fiscal(m, first, m[2])
    return Base(m.start(), m.end(), "years", first, last_year=last, period=(dt.date(first, 1, 1), dt.date(last, 12, 31)))


@_pattern(r"(?:the\s+)?(?:(early|mid|late)[\s-]+)?((?:19|20)\d0)['’]?s")
def _decade(m: re.Match[str], _: dt.date) -> Base:
    """"the 1930s", "the late 1990s" (its last three years; early the first three, mid the middle four)."""
    first = int(m[2])
    start, end = {"early": (0, 2), "mid": (3, 6), "late": (7, 9), None: (0, 9)}[m[1] and m[1].lower()]
    return Base(m.start(), m.end(), "years", first + start, last_year=first + end,
                 period=(dt.date(first + start, 1, 1), dt.date(first + end, 12, 31)))


@_pattern(rf"({_YEAR})")
def _year(m: re.Match[str], _: dt.date) -> Base:
    year = int(m[1])
    return Base(m.start(), m.end(), "year", year, period=(dt.date(year, 1, 1), dt.date(year, 12, 31)))


@_pattern(r"(?<!the\s)(this|next|last)\s+(year|month)|the\s+(coming|current|next|previous|following)\s+(year|month)", re.IGNORECASE)
def _relative(m: re.Match[str], report: dt.date) -> Base:
    word = (m[1] or m[3]).lower()
    unit = (m[2] or m[4]).lower()
    offset = {"this": 0, "current": 0, "next": 1, "coming": 1, "following": 1, "last": -1, "previous": -1}[word]
    if unit == "year":
        year = report.year + offset
        return Base(m.start(), m.end(), "relative", year, period=(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    year, month = add_months(report.year, report.month, offset)
    return Base(m.start(), m.end(), "relative", year, month, period=span_months(year, month, 1))


_AHEAD = re.compile(r"\b(?:will|shall|is to|are to|to be|opens|closes|starts|begins|launches|takes place)\b")
"""Words before a weekday that put it after the text's date ("will meet on Monday", "opens on Monday")."""
_DATE_IN_BRACKETS = re.compile(
    rf"\s*\(\s*(?:(?P<month>{_FULL_MONTH})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_FULL_MONTH}))\b")
_WEEKDAYS = {name.lower(): index for index, name in enumerate(calendar.day_name)}


@_pattern(r"today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night", re.IGNORECASE)
def _relative_day(m: re.Match[str], report: dt.date) -> Base:
    word = m.group().lower().split()[0]
    day = report + dt.timedelta(days={"yesterday": -1, "last": -1, "tomorrow": 1}.get(word, 0))
    return Base(m.start(), m.end(), "relative", period=(day, day))


@_pattern(r"(?<!the\s)(?:(earlier|later)\s+)?(this|next|last)\s+week(?!\s+of\b)|the\s+(coming|current|next|previous|following)\s+week", re.IGNORECASE)
def _relative_week(m: re.Match[str], report: dt.date) -> Base:
    """A Monday-to-Sunday week; "earlier this week" runs up to the day before the text's date, "later" from the day after."""
    word = (m[2] or m[3]).lower()
    offset = {"this": 0, "current": 0, "next": 1, "coming": 1, "following": 1, "last": -1, "previous": -1}[word]
    monday = report - dt.timedelta(days=report.weekday()) + dt.timedelta(weeks=offset)
    period = within(monday, monday + dt.timedelta(days=6), (m[1] or "").lower(), report)
    return Base(m.start(), m.end(), "relative", period=period)


@_pattern(r"(this|next|last)\s+quarter|the\s+(current|next|previous|last)\s+quarter", re.IGNORECASE)
def _relative_quarter(m: re.Match[str], report: dt.date) -> Base:
    """A calendar quarter: "this quarter" holds the text's date."""
    offset = {"this": 0, "current": 0, "next": 1, "last": -1, "previous": -1}[(m[1] or m[2]).lower()]
    year, month = add_months(report.year, (report.month - 1) // 3 * 3 + 1, 3 * offset)
    return Base(m.start(), m.end(), "relative", period=span_months(year, month, 3))


@_pattern(r"(earlier|later)\s+this\s+month", re.IGNORECASE)
def _part_of_this_month(m: re.Match[str], report: dt.date) -> Base:
    period = within(report.replace(day=1), month_end(report.year, report.month), m[1].lower(), report)
    return Base(m.start(), m.end(), "relative", period=period)


@_pattern(rf"(?:(last|next|this|by|until)\s+|[Oo]n\s+|(?=\w+(?:\s+last\b|['’]s\s)))(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
          rf"(\s+last\b)?(?!,?\s+(?:\d|{_MONTH}\b))")
def _weekday(m: re.Match[str], report: dt.date) -> Base:
    """A weekday for a definite day: "last Thursday" (or "Thursday last") before the text's date,
    "next Thursday" after it, "this Sunday" in its week; "on Thursday" (or "Thursday's") the one
    before, or after when the sentence speaks of the future ("will"); the date in brackets after
    it when one is written ("on Tuesday (October 3)")."""
    target = _WEEKDAYS[m[2].lower()]
    last = "last" if m[3] else m[1]  # "on Tuesday last" (Hansard) is "last Tuesday"
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
        month, number = _month_number(written["month"] or written["month2"]), int(written["day"] or written["day2"])
        written_days = [dt.date(y, month, number) for y in (report.year - 1, report.year, report.year + 1) if _valid_day(y, month, number)]
        day = min(written_days, key=lambda d: abs((d - day).days), default=day)
    start = m.start(2) if m[1] in (None, "by", "until") else m.start()
    return Base(start, m.end(), "relative", period=(day, day))


@_pattern(r"(?<=\()(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=\))")
def _bracketed_weekday(m: re.Match[str], report: dt.date) -> Base:
    """"launched today (Wednesday)": the weekday nearest the text's date."""
    offset = (_WEEKDAYS[m[1].lower()] - report.weekday()) % 7
    day = report + dt.timedelta(days=offset if offset <= 3 else offset - 7)
    return Base(m.start(), m.end(), "relative", period=(day, day))


@_pattern(r"the\s+end\s+of\s+the\s+month", re.IGNORECASE)
def _month_end_relative(m: re.Match[str], report: dt.date) -> Base:
    """The last part of the text's month (from the 21st), like "the end of September 2009"."""
    return Base(m.start(), m.end(), "relative", period=(report.replace(day=21), month_end(report.year, report.month)))


@_pattern(r"(?<=\b(?:in|In) )(1[6-8]\d\d)")
def _historic_year(m: re.Match[str], _: dt.date) -> Base:
    """"built in 1821": a year before 1900 only after "in" (elsewhere such numbers are counts)."""
    year = int(m[1])
    return Base(m.start(), m.end(), "year", year, period=(dt.date(year, 1, 1), dt.date(year, 12, 31)))


@_pattern(r"(?:the\s+)?(this|current|next|coming|last|previous)\s+financial\s+year", re.IGNORECASE)
def _relative_fiscal(m: re.Match[str], report: dt.date) -> Base | None:
    """The UK financial year (April to March) holding the text's date, or the one after or before."""
    first = report.year if report.month >= 4 else report.year - 1
    first += {"this": 0, "current": 0, "next": 1, "coming": 1, "last": -1, "previous": -1}[m[1].lower()]
    return _fiscal(m, first, str(first + 1))


@_pattern(rf"(last|next|this)\s+({_FULL_MONTH})")
def _relative_month(m: re.Match[str], report: dt.date) -> Base:
    """"last September": the last one begun before the text's date; "next March" the next one to begin."""
    month = _month_number(m[2])
    year = report.year
    if m[1] == "last":
        year -= month >= report.month
    elif m[1] == "next":
        year += month <= report.month
    return Base(m.start(), m.end(), "month", year, month)


@_pattern(r"(?:the|this|last|next)\s+weekend", re.IGNORECASE)
def _weekend(m: re.Match[str], report: dt.date) -> Base:
    """A Saturday and Sunday: "last weekend" (or "the weekend" in a sentence about the past) the one
    before the text's date (or holding it), "the weekend" of unclear tense the nearer one, else the coming one."""
    word = m.group().split()[0].lower()
    tense = sentence_tense(m.string, m.start(), m.end()) if word == "the" else None
    saturday = report + dt.timedelta(days=(5 - report.weekday()) % 7)
    before = saturday - dt.timedelta(days=7 if saturday > report else 0)
    if word == "last" or tense == "past" or (word == "the" and tense is None and (report - before).days < (saturday - report).days):
        saturday = before  # "at the weekend", tense unclear: the nearer one
    elif word == "next":
        saturday += dt.timedelta(days=7)
    return Base(m.start(), m.end(), "relative", period=(saturday, saturday + dt.timedelta(days=1)))


@_pattern(rf"({_YEAR})-(\d\d)-(\d\d)")
def _iso_date(m: re.Match[str], _: dt.date) -> Base | None:
    """"2017-06-27"."""
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    return _day_of(m, year, month, day)


@_pattern(rf"({_YEAR})\s+to\s+({_YEAR})")
def _year_to_year(m: re.Match[str], _: dt.date) -> Base | None:
    """"2024 to 2026": the calendar years between, both included; two consecutive years are a
    financial year, as GOV.UK writes them ("2015 to 2016")."""
    first, last = int(m[1]), int(m[2])
    if first >= last:
        return None
    if last == first + 1:
        return _fiscal(m, first, m[2])
    return Base(m.start(), m.end(), "years", first, last_year=last, period=(dt.date(first, 1, 1), dt.date(last, 12, 31)))


@_pattern(rf"(\d{{1,2}})-({_ABBR_MONTH})-({_YEAR})")
def _day_month_year_dashed(m: re.Match[str], _: dt.date) -> Base | None:
    """"03-Sep-2012"."""
    day, month, year = int(m[1]), _month_number(m[2]), int(m[3])
    return _day_of(m, year, month, day)


@_pattern(rf"(?:(\d{{1,2}})\s+)?({_FULL_MONTH})\s+(last|next|this)(\s+year)?")
def _month_relative(m: re.Match[str], report: dt.date) -> Base | None:
    """"21 March last year", "March next year"; "21 October last" (Hansard) is the last one before the text's date."""
    month, day = _month_number(m[2]), int(m[1]) if m[1] else None
    if m[4]:
        year = report.year + {"this": 0, "next": 1, "last": -1}[m[3]]
    elif m[3] == "last":
        year = report.year if (month, day or 1) < (report.month, report.day) else report.year - 1
    else:
        return None
    if day is None:
        return Base(m.start(), m.end(), "month", year, month)
    return _day_of(m, year, month, day)


@_pattern(rf"(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+({_MONTH}))?\s?(?:[-–]|\s+to)\s?(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})(?:,?\s+({_YEAR}))?")
def _day_range(m: re.Match[str], report: dt.date) -> Base | None:
    """"14 October-20 October 2024", "14-20 October 2024", "5th July to 31st October": the days
    between (in the text's year when no year is written)."""
    year, last_month = int(m[5]) if m[5] else report.year, _month_number(m[4])
    if not m[2] and not m[5] and not re.match(r"\s?[-–]", m.string[m.end(1):m.start(3)].lstrip("stndrh")):
        return None  # "1 to 3 October" without a year is too like a count
    first_month = _month_number(m[2]) if m[2] else last_month
    first_year = year - 1 if first_month > last_month else year
    if not (_valid_day(first_year, first_month, int(m[1])) and _valid_day(year, last_month, int(m[3]))):
        return None
    period = (dt.date(first_year, first_month, int(m[1])), dt.date(year, last_month, int(m[3])))
    return Base(m.start(), m.end(), "days", year, period=period) if period[0] <= period[1] else None


@_pattern(r"the\s+end\s+of\s+the\s+(?:current\s+)?financial\s+year", re.IGNORECASE)
def _financial_year_end(m: re.Match[str], report: dt.date) -> Base:
    """The last third of the financial year holding the text's date (December to March), like "late 2008"."""
    first = report.year if report.month >= 4 else report.year - 1
    return Base(m.start(), m.end(), "relative", period=(dt.date(first, 12, 1), dt.date(first + 1, 3, 31)))


@_pattern(r"the\s+[Nn]ew\s+[Yy]ear")
def _new_year(m: re.Match[str], report: dt.date) -> Base:
    year = report.year + 1
    return Base(m.start(), m.end(), "relative", year, period=(dt.date(year, 1, 1), dt.date(year, 1, 31)))


@_pattern(r"the\s+(?:last|past)\s+(?:(?:few|two|three|four|five|six|several|\d+)\s+)?(?:years?|months?|weeks?|days?|decades?)\b(?!\s+of\b)",
          re.IGNORECASE)
def _recent_stretch(m: re.Match[str], _: dt.date) -> Base:
    """"the past year", "the last few months": a stretch up to the text's day, a duration with no
    calendar period of its own."""
    return Base(m.start(), m.end(), "none")


@_pattern(r"the\s+end\s+of\s+the\s+year", re.IGNORECASE)
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


def candidates(text: str, report: dt.date) -> list[Base]:
    found: list[Base] = []
    for regex, handler in _PATTERNS:
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
