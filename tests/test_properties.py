"""Property-based tests: no input makes the parser, line joiner or normalisers raise anything but
the project's own error type, and what they return is well formed."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.errors import PipelineError
from pipeline.extract.cells import join_lines, normalise_cell
from pipeline.extract.text import parse_text
from pipeline.tag.dates import find_dates
from pipeline.tag.money import find_money

MANY = settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
REPORT = dt.date(2009, 11, 1)

DATE_WORDS = [
    "2010/11", "09/10", "2018-22", "2009-2010", "financial", "year", "Spring", "spring", "summer", "the", "of", "end",
    "early", "late", "mid-", "mid", "later", "earlier", "this", "next", "last", "coming", "current", "New", "Year",
    "14/4/09", "31/2/09", "99/99/99", "0/0/00", "2 November", "10 th August 2009", "Nov", "Mar 2010", "May", "July",
    "December", "first", "second", "half", "quarter", "in", "and", "to", "–", "-", "/", "2030", "1999", "20", "(", ")",
]
MONEY_WORDS = ["£", "£0", "£4.75m", "£150k", "£10 M", "£100,000", "£5000", "p.a", "£3.5m)", "£1,2,3", "£.5", "bn", "million", "k"]


def _tokens(words: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(st.sampled_from(words), st.text(max_size=6)), max_size=14).map(" ".join)


@MANY
@given(st.text())
def test_parser_raises_only_its_own_errors(text):
    try:
        rows = parse_text(Path("export.txt"), text)
    except PipelineError as error:
        assert "\n" not in error.one_line()
    else:
        assert rows and all(r.action and r.theme for r in rows)


HEADER = "Theme\tStrategy Chapter\tAction\tTiming\tActions\tProgress report\tNext actions"
CELL = st.text(alphabet=st.characters(blacklist_characters="\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), max_size=30)


@MANY
@given(st.lists(st.lists(CELL, min_size=7, max_size=7), max_size=5))
def test_parser_on_table_shaped_text(cells):
    text = "\n".join([HEADER, *("\t".join(row) for row in cells)])
    try:
        rows = parse_text(Path("export.txt"), text)
    except PipelineError:
        return
    assert len(rows) == len(cells)
    for row in rows:
        for value in (row.theme, row.chapter, row.action, row.progress, row.next_actions):
            assert value is None or (value == value.strip() and "  " not in value and value != "-")


@MANY
@given(st.lists(st.text(max_size=40), max_size=6), st.data())
def test_line_joiner(lines, data):
    flags = data.draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    joined = join_lines(lines, flags, flags[::-1])
    assert "  " not in joined
    assert joined == joined.strip()
    assert "".join(joined.split()) == "".join("".join(lines).split())


@MANY
@given(st.text())
def test_cell_normaliser(raw):
    value = normalise_cell(raw)
    assert value is None or (value and value == value.strip() and "  " not in value and "<i>" not in value.lower())


@MANY
@given(st.one_of(st.text(), _tokens(DATE_WORDS)))
def test_date_normaliser(text):
    previous_end = 0
    for mention in find_dates(text, REPORT):
        assert text[mention.start:mention.end] == mention.text
        assert previous_end <= mention.start < mention.end
        previous_end = mention.end
        if mention.value is not None:
            assert mention.value[0] <= mention.value[1]


@MANY
@given(st.one_of(st.text(), _tokens(MONEY_WORDS)))
def test_money_normaliser(text):
    for mention in find_money(text):
        assert text[mention.start:mention.end] == mention.text
        assert mention.text.startswith("£") or mention.text.lower().endswith(("pound", "pounds")) or mention.text.endswith("p")
        assert mention.amount > 0
