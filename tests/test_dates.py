"""Dates read against a text's own date: relative days, weeks and months, weekdays, other spellings."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from pipeline.tag.dates import find_dates
from tests.conftest import run_cli

TUESDAY = dt.date(2010, 5, 18)


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        ("plans unveiled today by", "today", "2010-05-18", "2010-05-18"),
        ("announced yesterday that", "yesterday", "2010-05-17", "2010-05-17"),
        ("will open tomorrow.", "tomorrow", "2010-05-19", "2010-05-19"),
        ("revealed last week as minister", "last week", "2010-05-10", "2010-05-16"),
        ("meets this week to", "this week", "2010-05-17", "2010-05-23"),
        ("published earlier this week", "earlier this week", "2010-05-17", "2010-05-17"),
        ("the report due later this week", "later this week", "2010-05-19", "2010-05-23"),
        ("launched earlier this month", "earlier this month", "2010-05-01", "2010-05-17"),
        ("figures for this month show", "this month", "2010-05-01", "2010-05-31"),
        ("signed last Thursday", "last Thursday", "2010-05-13", "2010-05-13"),
        ("It met on Thursday to agree", "Thursday", "2010-05-13", "2010-05-13"),
        ("The board will meet on Thursday", "Thursday", "2010-05-20", "2010-05-20"),
        ("grants in 2006-7 rose", "2006-7", "2006-04-01", "2007-03-31"),
        ("at last night's awards", "last night", "2010-05-17", "2010-05-17"),
        ("published on 21 October last.", "21 October last", "2009-10-21", "2009-10-21"),
        ("published on 2 May last.", "2 May last", "2010-05-02", "2010-05-02"),
        ("On 21 March last year, the", "21 March last year", "2009-03-21", "2009-03-21"),
        ("to report in March next year", "March next year", "2011-03-01", "2011-03-31"),
        ("figures in the autumn of this year.", "the autumn of this year", "2010-09-01", "2010-11-30"),
        ("Recycle Week (14 October-20 October 2024)", "14 October-20 October 2024", "2024-10-14", "2024-10-20"),
        ("the show (14-20 October 2024)", "14-20 October 2024", "2024-10-14", "2024-10-20"),
        ("from 28 December-3 January 2011", "28 December-3 January 2011", "2010-12-28", "2011-01-03"),
        ("chairman in the late 1990s, then", "the late 1990s", "1997-01-01", "1999-12-31"),
        ("lost since the 1930’s, the", "the 1930’s", "1930-01-01", "1939-12-31"),
        ("groups this quarter, it said", "this quarter", "2010-04-01", "2010-06-30"),
        ("today (WEDNESDAY 19 MAY) share", "19 MAY", "2010-05-19", "2010-05-19"),
        ("Week (27 September - 4 October) and", "27 September - 4 October", "2010-09-27", "2010-10-04"),
        ("open from 5th July to 31st October, it", "5th July to 31st October", "2010-07-05", "2010-10-31"),
        ("Speaking last September, he said", "last September", "2009-09-01", "2009-09-30"),
        ("At the weekend the trust said it was cut", "the weekend", "2010-05-15", "2010-05-16"),
        ("the fair this weekend", "this weekend", "2010-05-22", "2010-05-23"),
        ("Company fined - 03-Sep-2012 -", "03-Sep-2012", "2012-09-03", "2012-09-03"),
        ("awarded before the end of the financial year", "the end of the financial year", "2010-12-01", "2011-03-31"),
        ("spending in 2011-12 will", "2011-12", "2011-04-01", "2012-03-31"),
        ("figures for 2003–04 show", "2003–04", "2003-04-01", "2004-03-31"),
        ("the 2018-22 plan", "2018-22", "2018-01-01", "2022-12-31"),
        ("between 2009-2010 and", "2009-2010", "2009-01-01", "2010-12-31"),
        ("Published 5 Dec 11", "5 Dec 11", "2011-12-05", "2011-12-05"),
        ("Date: 2 10 2012", "2 10 2012", "2012-10-02", "2012-10-02"),
        ("on 14.4.2009 the", "14.4.2009", "2009-04-14", "2009-04-14"),
        ("this year", "this year", "2010-01-01", "2010-12-31"),
        ("LONDON, September 14/PRNewswire/ --", "September 14", "2010-09-14", "2010-09-14"),
        ("on Wednesday, April 1 and volunteers", "April 1", "2010-04-01", "2010-04-01"),
        ("celebrations (June 1st – 7th) have", "June 1st – 7th", "2010-06-01", "2010-06-07"),
        ("launched today (Wednesday) by", "Wednesday", "2010-05-19", "2010-05-19"),
        ("will complete his term at the end of the month.", "the end of the month", "2010-05-21", "2010-05-31"),
        ("a chapel first built in 1821 and", "1821", "1821-01-01", "1821-12-31"),
        ("her visit to the area on Tuesday last, to discuss", "Tuesday last", "2010-05-11", "2010-05-11"),
        ("announced in Wednesday’s Budget that", "Wednesday", "2010-05-12", "2010-05-12"),
        ("its work plan covering 2024 to 2026.", "2024 to 2026", "2024-01-01", "2026-12-31"),
        ("Posted 2017-06-27 by", "2017-06-27", "2017-06-27", "2017-06-27"),
        ("On November 1 there will be cake", "November 1", "2010-11-01", "2010-11-01"),
        ("a 48-hour stoppage on March 24 over pay", "March 24", "2010-03-24", "2010-03-24"),
        ("gets underway 23 MARCH 2010NEWS RELEASE No: 13428", "23 MARCH 2010", "2010-03-23", "2010-03-23"),
        ("to be finished by the end of 2011, it said", "the end of 2011", "2011-09-01", "2011-12-31"),
        ("Bids for grants opens on Monday, six years after", "Monday", "2010-05-24", "2010-05-24"),
        ("Yesterday he said six candidates were interviewed in November and", "November", "2009-11-01", "2009-11-30"),
        ("at Hope Valley College on Thursday June 21, 7pm-9pm.", "June 21", "2010-06-21", "2010-06-21"),
        ("their annual conference this week (November 6/7).", "November 6/7", "2010-11-06", "2010-11-07"),
        ("a warm space over the winter months and", "the winter months", "2009-12-01", "2010-02-28"),
        ("North Mainland Notes 10.07.09\n", "10.07.09", "2009-07-10", "2009-07-10"),
        ("The awards were presented on Tuesday (May 11) at", "Tuesday", "2010-05-11", "2010-05-11"),
        ("which comes to an end this Sunday, has", "this Sunday", "2010-05-23", "2010-05-23"),
        ("on secondment one day a week since March, and", "March", "2010-03-01", "2010-03-31"),
        ("Earlier this Spring, the trust asked", "Earlier this Spring", "2010-03-01", "2010-05-17"),  # up to the day before
        ("It was announced during the week (Monday 17 May – Sunday 23 May), a", "23 May", "2010-05-23", "2010-05-23"),
    ],
)
def test_relative_dates_read_against_the_text_date(text, span, start, end):
    found = {m.text: m.value for m in find_dates(text, TUESDAY)}
    assert found[span] == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The group met in December to agree the plan.", "2009-12-01", "2009-12-31"),  # no tense word: nearest
        ("The first meeting took place in December.", "2008-12-01", "2008-12-31"),
        ("The fund will open in April.", "2010-04-01", "2010-04-30"),
        ("The fund was launched in April.", "2009-04-01", "2009-04-30"),
    ],
)
def test_a_month_without_a_year_follows_the_sentence_tense(text, start, end):
    (mention,) = find_dates(text, dt.date(2009, 11, 1))
    assert mention.value == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))


def test_a_weekday_before_a_full_date_is_not_a_date_of_its_own():
    assert [m.text for m in find_dates("debated on Monday 21 July 2008", TUESDAY)] == ["21 July 2008"]


def test_weekdays_before_a_month_and_counts_after_one_are_not_dates():
    assert [m.text for m in find_dates("presented on Friday June 5th by her; June 5 members; 1850 people; the Summer Isles; "
                                       "this Autumn Budget; Christmas jumpers for Christmas Jumper Day; version 1.2.10",
                                       TUESDAY)] == ["June 5th", "June"]


def test_numbers_that_are_not_dates():
    assert find_dates("scores of 2 10 and 20, and 2006-9 and 12 14 95", TUESDAY) == []


def test_tag_text_reads_relative_dates_against_its_date_option(tmp_path):
    text = tmp_path / "release.txt"
    text.write_text("The Minister said today that last week's figures were good.", encoding="utf-8")
    result = run_cli("tag-text", "--date", "2008-11-18", str(text))
    assert result.code == 0, result.stderr
    dates = [(m["text"], m["value"]) for line in result.stdout.splitlines() if (m := json.loads(line))["label"] == "DATE"]
    assert dates == [("today", ["2008-11-18", "2008-11-18"]), ("last week", ["2008-11-10", "2008-11-16"])]
    default = run_cli("tag-text", str(text))
    assert json.loads(default.stdout.splitlines()[0])["value"] == ["2009-11-01", "2009-11-01"]  # params.yaml's report_date


def test_tag_text_refuses_a_bad_date(tmp_path):
    result = run_cli("tag-text", "--date", "2010-02-30", str(tmp_path / "x.txt"))
    assert result.code == 2
    assert result.stderr.splitlines()[-1] == (
        "python -m pipeline tag-text: error: argument --date: '2010-02-30' is not a date written YYYY-MM-DD")


@pytest.mark.parametrize("text, span, start, end", [
    ("In December 2001 the shop opened, followed by the Post Office the following January.", "the following January",
     "2002-01-01", "2002-01-31"),
])
def test_the_following_month_is_the_first_after_the_date_before_it(text, span, start, end):
    found = {m.text: m.value for m in find_dates(text, dt.date(2009, 11, 1))}
    assert found[span] == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))


@pytest.mark.parametrize("text, span, written, start, end", [
    ("Town councillors are meeting on Monday evening to decide.", "Monday", "2009-03-01", "2009-03-02", "2009-03-02"),
    ("Good causes are biting their nails this weekend in anticipation.", "this weekend", "2009-03-01", "2009-02-28", "2009-03-01"),
    ("Good causes are biting their nails this weekend in anticipation.", "this weekend", "2009-02-27", "2009-02-28", "2009-03-01"),
    ("Players have won £230,000 in prizes since the first draw in April.", "April", "2017-12-01", "2017-04-01", "2017-04-30"),
    ("The column was printed in the Oct 19 issue, which was read.", "Oct 19", "2007-10-22", "2007-10-19", "2007-10-19"),
    ("Groups are celebrating today (19 MAR) as they share grants.", "19 MAR", "2013-03-19", "2013-03-19", "2013-03-19"),
])
def test_weekdays_weekends_and_months_read_against_the_text_date(text, span, written, start, end):
    found = {m.text: m.value for m in find_dates(text, dt.date.fromisoformat(written))}
    assert found[span] == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))


@pytest.mark.parametrize("text, dates", [
    ("Posted 20-06-2005 by the editor.", [("20-06-2005", ("2005-06-20", "2005-06-20"))]),
    ("The weekend was a success. They spent the weekend making things. It rained at the weekend.",
     [("the weekend", ("2009-11-21", "2009-11-22"))]),
    ("Last Saturday I took part. Next Monday it opens.", [("Last Saturday", ("2009-11-21", "2009-11-21")),
                                                         ("Next Monday", ("2009-11-30", "2009-11-30"))]),
    ("Those who grew up in the 80s and 90s, now in their 80s and 90s. In July of this year it opened.",
     [("the 80s", ("1980-01-01", "1989-12-31")), ("90s", ("1990-01-01", "1999-12-31")), ("July of this year", ("2009-07-01", "2009-07-31"))]),
    ("A 15th century chapel; the early 19th century; the Fourth Report of Session 2022–23.",
     [("15th century", ("1400-01-01", "1499-12-31")), ("the early 19th century", ("1800-01-01", "1829-12-31")),
      ("Session 2022–23", None)]),
    ("Results for the year to 31 March 2009 and the year ending 29 February 2008.",
     [("the year to 31 March 2009", ("2008-04-01", "2009-03-31")), ("the year ending 29 February 2008", ("2007-03-01", "2008-02-29"))]),
])
def test_dashed_days_the_weekend_after_a_preposition_and_the_year_to_a_day(text, dates):
    found = [(text[d.start:d.end], d.value and tuple(p.isoformat() for p in d.value)) for d in find_dates(text, dt.date(2009, 11, 24))]
    assert found == dates


@pytest.mark.parametrize(("text", "dates"), [
    ("sales up by a third by end 2006", [("end 2006", ("2006-09-01", "2006-12-31"))]),
    ("photographs dating back to the 1840s and the 1800s",
     [("the 1840s", ("1840-01-01", "1849-12-31")), ("the 1800s", ("1800-01-01", "1899-12-31"))]),
    ("hoping to finish in time for Christmas next year", [("Christmas next year", ("2010-12-25", "2010-12-25"))]),
])
def test_end_without_of_earlier_decades_and_christmas_next_year(text, dates):
    found = [(text[d.start:d.end], d.value and tuple(p.isoformat() for p in d.value)) for d in find_dates(text, dt.date(2009, 11, 24))]
    assert found == dates


def test_a_year_before_1900_after_a_day_and_month():
    text = "It was governed by a trust deed dated 15 February 1899. On 3 May 1800 tonnes were moved."
    assert [(text[d.start:d.end], d.value) for d in find_dates(text, dt.date(2019, 1, 1))] == [
        ("15 February 1899", (dt.date(1899, 2, 15), dt.date(1899, 2, 15))), ("3 May", (dt.date(2018, 5, 3), dt.date(2018, 5, 3)))]


def test_earlier_today_is_the_day_and_the_communities_of_tomorrow_no_date():
    text = "We met the Minister earlier today, for the communities of tomorrow. We meet again tomorrow."
    assert [(text[d.start:d.end], d.value) for d in find_dates(text, dt.date(2016, 7, 21))] == [
        ("earlier today", (dt.date(2016, 7, 21), dt.date(2016, 7, 21))), ("tomorrow", (dt.date(2016, 7, 22), dt.date(2016, 7, 22)))]


@pytest.mark.parametrize(("date", "later", "earlier"), [
    (dt.date(2015, 1, 23), ("2015-01-24", "2015-12-31"), ("2015-01-01", "2015-01-22")),  # a text's own day (d217's gold)
    (dt.date(2009, 11, 1), ("2009-11-01", "2009-12-31"), ("2009-01-01", "2009-11-30")),  # a date given as its month: the annex's
])
def test_later_and_earlier_this_year_run_from_or_to_the_date(date, later, earlier):
    text = "It opens later this year; it was planned earlier this year."
    found = [(text[d.start:d.end], tuple(p.isoformat() for p in d.value)) for d in find_dates(text, date)]
    assert found == [("later this year", later), ("earlier this year", earlier)]


def test_a_weekday_before_a_day_and_month_picks_the_year_it_falls_on():
    """Round 83: "closed on Monday, October 24 and will reopen …", written in November 2016: the Monday of 2016, not 2017's
    (the sentence's "will" alone would point ahead), and the December after it."""
    text = "The library closed on Monday, October 24 and will reopen in mid-December."
    found = [(text[d.start:d.end], tuple(p.isoformat() for p in d.value)) for d in find_dates(text, dt.date(2016, 11, 20))]
    assert found == [("October 24", ("2016-10-24", "2016-10-24")), ("mid-December", ("2016-12-11", "2016-12-20"))]
