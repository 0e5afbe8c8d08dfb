"""The calendar date patterns: each regular expression of a date or period the text writes out
("14/4/09", "Spring 2009", "2010/11", "Christmas") and its reading into a ``Base`` (a date
expression before modifiers and year resolution, in ``dates.py``). Spans follow the guidelines (no
leading "by", "in", "until"). References read against the text's own date are in ``relative_dates.py``."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.tag.periods import SEASONS, Period, season_period, two_digit_year

MONTHS = {
    name: index
    for index in range(1, 13)
    for name in {calendar.month_name[index].lower(), calendar.month_abbr[index].lower()}
} | {"sept": 9}
FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_ABBR_MONTH = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH = rf"(?:{FULL_MONTH}|{_ABBR_MONTH})"
SEASON = r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)"
YEAR = r"(?:19|20)\d\d"
_HISTORIC_YEAR = r"1[6-8]\d\d(?!\s*(?:[a-z]|%|£))"
"""A year before 1900, read only after a day and month ("a trust deed dated 15 February 1899"): elsewhere such numbers are
counts."""
_FUNCTION_WORDS = (r"(?:and|or|at|in|on|by|to|from|with|when|where|while|will|is|was|the|for|until|there|this|we|it|they|he|she"
                   r"|you|a|an|over|after|before|during|under|between|as|but|so|that|which|who|if)")
"""Words that may follow a date written "April 1" (others make it a count: "June 5 members")."""
_B = r"(?<![\w/£$.,])(?<![Pp]ost-)(?<![Pp]re-)(?!(?<=\d-)\d)"  # start of a token: not inside a word, number, amount or URL, nor
# after "post-" or "pre-" ("the CAP post-2020": no definite period)
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


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def day_of(m: re.Match[str], year: int, month: int, day: int) -> Base | None:
    """The day the match writes, when it is a real one (no 31 April)."""
    return Base(m.start(), m.end(), "day", year, month, day) if valid_day(year, month, day) else None


def month_number(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


Handler = Callable[[re.Match[str], dt.date], "Base | None"]
"""Reads a pattern's match, with the text's date, into a ``Base`` (None: not a date after all)."""


class Patterns(list[tuple[re.Pattern[str], Handler]]):
    """Date patterns: regular expressions, each bounded as whole tokens, with their handlers."""

    def add(self, regex: str, flags: int = 0) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.append((re.compile(_B + regex + _E, flags), handler))
            return handler

        return register


CALENDAR = Patterns()
"""Dates and periods the text writes out: days, months, seasons, years, financial years, holidays."""


@CALENDAR.add(r"(\d{1,2})([/. -])(\d{1,2})\2(\d{4}|\d{2})")
def _numeric_date(m: re.Match[str], _: dt.date) -> Base | None:
    day, month, year = int(m[1]), int(m[3]), two_digit_year(m[4])
    padded = m[2] in ".-" and len(m[1]) == len(m[3]) == 2  # "10.07.09", "18-11-18", not a version "1.2.10"; "20-06-2005" has
    # its century
    if m[2] != "/" and len(m[4]) != 4 and not padded or not valid_day(year, month, day):
        return None
    return Base(m.start(), m.end(), "day", year, month, day)


@CALENDAR.add(rf"(\d{{1,2}})\s+({_ABBR_MONTH})\s+(\d{{2}})")
def _day_abbreviated_month_short_year(m: re.Match[str], _: dt.date) -> Base | None:
    day, month, year = int(m[1]), month_number(m[2]), 2000 + int(m[3])
    return day_of(m, year, month, day)


@CALENDAR.add(rf"(?:the\s+(?=\d{{1,2}}(?:st|nd|rd|th)\s+of\s))?(\d{{1,2}})\s?(?:(?:st|nd|rd|th)\s+of|(?:st|nd|rd|th),?|)\s+({MONTH}|{FULL_MONTH.upper()}|{_ABBR_MONTH.upper()}\b)(?:,?\s+({YEAR}|{_HISTORIC_YEAR}))?")
def _day_month(m: re.Match[str], _: dt.date) -> Base | None:
    day, month = int(m[1]), month_number(m[2])
    year = int(m[3]) if m[3] else None
    if not valid_day(year or 2000, month, day):
        return None
    return Base(m.start(), m.end(), "day", year, month, day)


@CALENDAR.add(rf"(?:the\s+)?(?:[Ff]inancial\s+)?(?:[Yy]ear|12\s+months|twelve\s+months)\s+(?:to|[Ee]nding|[Ee]nded)\s+(\d{{1,2}})\s+"
              rf"({FULL_MONTH})\s+({YEAR})")
def _year_to(m: re.Match[str], _: dt.date) -> Base | None:
    """"the year to 31 March 2015", "year ending 31 March 2015", a title's "the Year Ended 31 March 2009": the twelve months
    that end on the day."""
    day, month, year = int(m[1]), month_number(m[2]), int(m[3])
    if not valid_day(year, month, day):
        return None
    end = dt.date(year, month, day)
    start = end.replace(year=year - 1, day=min(day, 28) if month == 2 else day) + dt.timedelta(days=1)
    return Base(m.start(), m.end(), "days", period=(start, end))


@CALENDAR.add(rf"({MONTH}|{_ABBR_MONTH.upper()}|{FULL_MONTH.upper()})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+({YEAR})")
def _month_day_year(m: re.Match[str], _: dt.date) -> Base | None:
    month, day, year = month_number(m[1]), int(m[2]), int(m[3])
    return day_of(m, year, month, day)


@CALENDAR.add(rf"({FULL_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\s*(?:,\s*)?\d(?!\d?\s?[ap]m\b)|\s+(?!{_FUNCTION_WORDS}\b)[a-z])")
@CALENDAR.add(rf"(?<=\b[Oo]n )({FULL_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?\d|[.:]\d)")
@CALENDAR.add(rf"\b({_ABBR_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?\d|[.:]\d)")
def _month_day(m: re.Match[str], _: dt.date) -> Base | None:
    """"September 14": a day written after its month, without a year; whatever word follows after "on" ("on July 10
    attended by") or after an abbreviated month ("the Oct 19 issue"), which is no count's."""
    month, day = month_number(m[1]), int(m[2])
    return Base(m.start(), m.end(), "day", None, month, day) if valid_day(2000, month, day) else None


@CALENDAR.add(rf"({FULL_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s?[-–/]\s?(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+({YEAR}))?")
def _month_day_range(m: re.Match[str], report: dt.date) -> Base | None:
    """"June 1st – 7th", "November 6/7": the days between, in the text's year when no year is written."""
    month, first, last = month_number(m[1]), int(m[2]), int(m[3])
    year = int(m[4]) if m[4] else report.year
    if first >= last or not (valid_day(year, month, first) and valid_day(year, month, last)):
        return None
    return Base(m.start(), m.end(), "days", year, period=(dt.date(year, month, first), dt.date(year, month, last)))


@CALENDAR.add(r"(?<!\ba\s)Christmas(?:\s+(Day|Eve))?(?:\s+({YEAR})|\s+(next|last|this)\s+year"
          r"|(?!\s+(?!(?:period|holidays?|break|time|and|or|to|in|at|on|for|is|was|will|the|we|it|they|there)\b)[A-Za-z]))"
          .replace("{YEAR}", YEAR))
def _christmas(m: re.Match[str], report: dt.date) -> Base:
    """Christmas Day, or Christmas Eve, in a year written ("Christmas 2017 news round-up") or "next year" from the text's
    date; without one, not "Christmas jumpers" or "Christmas Jumper Day", where it names a thing."""
    year = int(m[2]) if m[2] else report.year + {"next": 1, "last": -1, "this": 0}[m[3]] if m[3] else None
    return Base(m.start(), m.end(), "day", year, 12, 24 if m[1] == "Eve" else 25)


@CALENDAR.add(rf"({MONTH}|{FULL_MONTH.upper()})(?:\s+of)?\s+({YEAR})")
def _month_year(m: re.Match[str], _: dt.date) -> Base:
    """A month and its year, a heading's in capitals too ("CHARITY UPDATE AUGUST 2021")."""
    return Base(m.start(), m.end(), "month", int(m[2]), month_number(m[1]))


@CALENDAR.add(rf"({FULL_MONTH})(?!\s+(?:Fair|Fayre|Fete|Fête|Festival|Fest|Queen|Ball|Market|Show|Pole)\b)")
def _month_alone(m: re.Match[str], _: dt.date) -> Base:
    """A month without a year; not one that names an event ("Alderley Edge May Fair", "the May Queen")."""
    return Base(m.start(), m.end(), "month", None, month_number(m[1]))


@CALENDAR.add(rf"(?:the\s+)?({SEASON})(?:\s+of)?\s+({YEAR})")
def _season_year(m: re.Match[str], _: dt.date) -> Base:
    return Base(m.start(), m.end(), "season", int(m[2]), period=season_period(m[1], int(m[2])))


_SEASON_AFTER = "|".join(rf"(?<=\b{word} )" for word in ("through", "during", "over", "in", "until", "till", "before", "after",
                                                         "since", "and", "of", "for", "by"))


@CALENDAR.add(rf"(?:{_SEASON_AFTER})(spring|summer|autumn|winter)"
              rf"(?=\s*[.,;:!?)]|\s*$|\s+(?:{_FUNCTION_WORDS}|has|have|had|were|may|might|could|would|should)\b)")
def _season_alone(m: re.Match[str], _: dt.date) -> Base:
    """"through winter", "rain this winter and spring": a season in lower case after a preposition
    or "and", ending its phrase (not "winter sports"); its year comes from the context."""
    return Base(m.start(), m.end(), "season", None, month=SEASONS[m[1]][0])


_NOT_A_NOUN = rf"(?:{_FUNCTION_WORDS}|has|had|have|are|were|been|[a-z]+(?:ing|ed|ly))\b"
"""A word after "the summer" that keeps it a time ("over the summer using …", "the summer was …"); any other
lower-case word is a noun the season names a kind of ("the winter fuel payment", "the summer floods")."""


@CALENDAR.add(rf"the\s+({SEASON})(?:\s+(?:months|holidays?|term|break|recess))?(?!\s+(?:[A-Z]|(?!{_NOT_A_NOUN})[a-z]))")
def _the_season(m: re.Match[str], _: dt.date) -> Base:
    return Base(m.start(), m.end(), "season", None, month=SEASONS[m[1].lower()][0])


@CALENDAR.add(rf"Session\s+{YEAR}\s*[-–—/]\s*(?:\d{{2}}|{YEAR})|{YEAR}\s*[-–—/]\s*(?:\d{{2}}|{YEAR})\s+[Ss]ession")
def _parliamentary_session(m: re.Match[str], _: dt.date) -> Base:
    """"Session 2006 - 07", "the 2017-19 session": a parliamentary session (the years), whose dates are not its years'
    financial year."""
    return Base(m.start(), m.end(), "none")


@CALENDAR.add(rf"(?:({YEAR})\s?[-–/]\s?(\d{{2}}|{YEAR})\s+financial\s+year|(?:the\s+)?financial\s+year\s+({YEAR})\s?[-–/]\s?(\d{{2}}|{YEAR}))")
def _fiscal_named(m: re.Match[str], _: dt.date) -> Base | None:
    """"the financial year 2013/14" ("the" part of the phrase), "the 2013/14 financial year" (the year alone)."""
    first, second = (m[1], m[2]) if m[1] else (m[3], m[4])
    return fiscal(m, int(first), second)


@CALENDAR.add(rf"({YEAR})[-–/](\d)")
def _fiscal_one_digit(m: re.Match[str], _: dt.date) -> Base | None:
    """"2006-7": a one-digit second year is written for a financial year."""
    first = int(m[1])
    return fiscal(m, first, str(first + 1)) if int(m[2]) == (first + 1) % 10 else None


@CALENDAR.add(rf"({YEAR})/(\d{{2}}|{YEAR})")
def _fiscal_slash(m: re.Match[str], _: dt.date) -> Base | None:
    return fiscal(m, int(m[1]), m[2])


@CALENDAR.add(r"(\d{2})/(\d{2})")
def _fiscal_short(m: re.Match[str], _: dt.date) -> Base | None:
    first, second = int(m[1]), int(m[2])
    return fiscal(m, 2000 + first, m[2]) if second == (first + 1) % 100 else None


def fiscal(m: re.Match[str], first: int, second_text: str) -> Base | None:
    second = two_digit_year(second_text, first // 100 * 100)
    if second != first + 1:
        return None
    return Base(m.start(), m.end(), "fiscal", first, period=(dt.date(first, 4, 1), dt.date(second, 3, 31)))


@CALENDAR.add(rf"({YEAR})\s?[-–]\s?(\d{{2}}|{YEAR})")
def _year_range(m: re.Match[str], _: dt.date) -> Base | None:
    """"2018-22" is the calendar years 2018 to 2022; two consecutive years with a short second year
    ("2011-12", "2003–04") are written for a UK financial year."""
    first = int(m[1])
    last = two_digit_year(m[2], first // 100 * 100)
    if not first < last <= first + 50:
        return None
    if last == first + 1 and len(m[2]) == 2:
        return fiscal(m, first, m[2])
    return Base(m.start(), m.end(), "years", first, last_year=last, period=(dt.date(first, 1, 1), dt.date(last, 12, 31)))


_DECADE_SHARES = {"early": (0, 2), "mid": (3, 6), "late": (7, 9), None: (0, 9)}
"""A decade's years by its part: early the first three, mid the middle four, late the last three."""
_CENTURY_SHARES = {"early": (0, 29), "mid": (30, 69), "late": (70, 99), None: (0, 99)}
"""A century's years by its part, as its decades' shares: early 00–29, mid 30–69, late 70–99."""


def _years_from(m: re.Match[str], first: int, part: str | None, shares: dict[str | None, tuple[int, int]]) -> Base:
    """The years from ``first`` that the part ("early", "mid", "late" or none) of a decade or century covers."""
    start, end = shares[part and part.lower()]
    return Base(m.start(), m.end(), "years", first + start, last_year=first + end,
                period=(dt.date(first + start, 1, 1), dt.date(first + end, 12, 31)))


@CALENDAR.add(r"(?:the\s+)?(?:(early|mid|late)[\s-]+)?((?:19|20)\d0|1[5-8][1-9]0)['’]?s")
def _decade(m: re.Match[str], _: dt.date) -> Base:
    """"the 1930s", "the late 1990s" (its last three years), "the 1840s" (not "the 1800s", a century)."""
    return _years_from(m, int(m[2]), m[1], _DECADE_SHARES)


_DECADE_BEFORE = re.compile(r"\bthe\s+(?:(?:early|mid|late)[\s-]+)?['’]?[1-9]0['’]?s (?:and|or) $")


@CALENDAR.add(r"(?:the\s+(?:(early|mid|late)[\s-]+)?['’]?|(?<=0s and )|(?<=0s or ))([1-9]0)['’]?s\b")
def _short_decade(m: re.Match[str], report: dt.date) -> Base:
    """"the 80s", "the late ’90s", and "90s" after "the 80s and": the latest such decade begun by the
    text's date ("the 20s" in 2023 are the 2020s). "their 80s" is an age, never a date."""
    if not m.group().startswith("the") and not _DECADE_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return None  # "their 80s and 90s"
    first = 2000 + int(m[2]) if 2000 + int(m[2]) <= report.year else 1900 + int(m[2])
    return _years_from(m, first, m[1], _DECADE_SHARES)


_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80,
                 "nineties": 90}


@CALENDAR.add(rf"the\s+(?:(early|mid|late)[\s-]+)?({'|'.join(_DECADE_WORDS)})\b")
def _decade_in_words(m: re.Match[str], report: dt.date) -> Base:
    """"the eighties", "the early eighties": the latest such decade begun by the text's date, as "the 80s"."""
    tens = _DECADE_WORDS[m[2]]
    first = 2000 + tens if 2000 + tens <= report.year else 1900 + tens
    return _years_from(m, first, m[1], _DECADE_SHARES)


@CALENDAR.add(r"(?:the\s+)?(?:(early|mid|late)[\s-]+)?([1-9]|1\d|2[01])(?:st|nd|rd|th)[\s-]+century\b")
def _ordinal_century(m: re.Match[str], _: dt.date) -> Base:
    """"a 15th century chapel" (1400–1499), "the early 19th century" (1800–1829, as the 1800s' shares)."""
    return _years_from(m, (int(m[2]) - 1) * 100, m[1], _CENTURY_SHARES)


@CALENDAR.add(r"(?:the\s+)?(?:(early|mid|late)[\s-]+)?(1[0-8])00['’]?s")
def _century(m: re.Match[str], _: dt.date) -> Base:
    """"the 1800s", "the late 1800’s" (1870–1899: the decades' shares, early 1800–1829, mid 1830–1869)."""
    return _years_from(m, int(m[2]) * 100, m[1], _CENTURY_SHARES)


_QUANTITY_BEFORE = re.compile(r"\b(?:over|than|some|nearly|almost|approximately|around|about|protecting|helping|employs|with) $", re.IGNORECASE)
_PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b")


@CALENDAR.add(rf"({YEAR})")
def _year(m: re.Match[str], _: dt.date) -> Base | None:
    """A year; not a count that looks like one ("protecting over 1900 households")."""
    if _QUANTITY_BEFORE.search(m.string, max(0, m.start() - 20), m.start()) and _PLURAL_AFTER.match(m.string, m.end()):
        return None
    year = int(m[1])
    return Base(m.start(), m.end(), "year", year, period=(dt.date(year, 1, 1), dt.date(year, 12, 31)))


@CALENDAR.add(r"(?<=\b(?:in|In) )(1[6-8]\d\d)")
def _historic_year(m: re.Match[str], _: dt.date) -> Base:
    """"built in 1821": a year before 1900 only after "in" (elsewhere such numbers are counts)."""
    year = int(m[1])
    return Base(m.start(), m.end(), "year", year, period=(dt.date(year, 1, 1), dt.date(year, 12, 31)))


@CALENDAR.add(rf"({YEAR})-(\d\d)-(\d\d)")
def _iso_date(m: re.Match[str], _: dt.date) -> Base | None:
    """"2017-06-27"."""
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    return day_of(m, year, month, day)


@CALENDAR.add(rf"({YEAR})\s+to\s+({YEAR})")
def _year_to_year(m: re.Match[str], _: dt.date) -> Base | None:
    """"2024 to 2026": the calendar years between, both included; two consecutive years are a
    financial year, as GOV.UK writes them ("2015 to 2016")."""
    first, last = int(m[1]), int(m[2])
    if first >= last:
        return None
    if last == first + 1:
        return fiscal(m, first, m[2])
    return Base(m.start(), m.end(), "years", first, last_year=last, period=(dt.date(first, 1, 1), dt.date(last, 12, 31)))


@CALENDAR.add(rf"(\d{{1,2}})-({_ABBR_MONTH}|{FULL_MONTH})-({YEAR})")
def _day_month_year_dashed(m: re.Match[str], _: dt.date) -> Base | None:
    """"03-Sep-2012", "17-May-2006"."""
    day, month, year = int(m[1]), month_number(m[2]), int(m[3])
    return day_of(m, year, month, day)


@CALENDAR.add(rf"(\d{{1,2}})(?:st|nd|rd|th)?(?=(?:,\s?\d{{1,2}}(?:st|nd|rd|th)?)*,?\s+(?:and|&)\s+\d{{1,2}}(?:st|nd|rd|th)?"
              rf"(?:\s+of)?\s+({MONTH})(?:,?\s+({YEAR}))?)")
def _listed_day(m: re.Match[str], _: dt.date) -> Base | None:
    """A day listed before another and their month: "16th" of "16th and 17th May 2009", "3" of "3 and 8 September" (each
    day its own date, as the month's last day is)."""
    day, month, year = int(m[1]), month_number(m[2]), int(m[3]) if m[3] else None
    return Base(m.start(), m.end(), "day", year, month, day) if valid_day(year or 2000, month, day) else None


@CALENDAR.add(rf"(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+({MONTH}))?\s?(?:[-–]|\s+to)\s?(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH})(?:,?\s+({YEAR}))?")
def _day_range(m: re.Match[str], report: dt.date) -> Base | None:
    """"14 October-20 October 2024", "14-20 October 2024", "5th July to 31st October": the days
    between (in the text's year when no year is written)."""
    year, last_month = int(m[5]) if m[5] else report.year, month_number(m[4])
    if not m[2] and not m[5] and not re.match(r"\s?[-–]", m.string[m.end(1):m.start(3)].lstrip("stndrh")):
        return None  # "1 to 3 October" without a year is too like a count
    first_month = month_number(m[2]) if m[2] else last_month
    first_year = year - 1 if first_month > last_month else year
    if not (valid_day(first_year, first_month, int(m[1])) and valid_day(year, last_month, int(m[3]))):
        return None
    period = (dt.date(first_year, first_month, int(m[1])), dt.date(year, last_month, int(m[3])))
    return Base(m.start(), m.end(), "days", year, period=period) if period[0] <= period[1] else None
