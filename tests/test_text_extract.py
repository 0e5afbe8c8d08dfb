"""The text extractor on the real export: exact rows and cells."""
from __future__ import annotations

from pipeline.extract.cells import join_lines, normalise_cell


def by_id(rows):
    return {r.action_id: r for r in rows}


def test_one_row_per_action_in_document_order(text_rows):
    ids = [r.action_id for r in text_rows]
    assert len(ids) == 132
    assert ids[:3] == ["1.1", "1.2", "1.3"]
    assert ids[-1] == "11.10"
    assert len({r.chapter for r in text_rows}) == 11


def test_first_row_with_dash_next_actions(text_rows):
    row = text_rows[0]
    assert row.theme == "Achieving Together"
    assert row.chapter == "Advocacy, Voice and Campaigning"
    assert row.timing == "Immediate"
    assert row.action.startswith("Set up a strategic forum on environmental behaviour change")
    assert row.progress == (
        "No forum has been established but Defra will continue to involve third sector organisations "
        "in the work on behaviour change."
    )
    assert row.next_actions is None


def test_italic_markup_removed(text_rows):
    progress = by_id(text_rows)["1.5"].progress
    assert "<i>" not in progress and "</i>" not in progress
    assert "a paper: UK Food Security: Our Approach was published 10 th August 2009." in progress


def test_curly_quotes_and_subscript_kept(text_rows):
    rows = by_id(text_rows)
    assert "a new “right to request action” as part of" in rows["1.28"].action
    assert "3 Mt CO ₂ e in the period 2018-22" in rows["1.19"].progress


def test_pound_amount_and_empty_next_actions(text_rows):
    row = by_id(text_rows)["1.14"]
    assert row.progress == "Grant to Keep Britain Tidy for 2010/11 confirmed at £4.75m."
    assert row.next_actions is None
    assert row.timing == "Longer Term"


def test_last_row(text_rows):
    row = text_rows[-1]
    assert row.action_id == "11.10"
    assert row.theme == "Renewing the Way We Work"
    assert row.chapter == "Better commissioning practices and procedures"
    assert row.progress == "No progress reported."
    assert row.next_actions == "Review the value/feasibility of this commitment moving forward."


def test_cell_normalisation():
    assert normalise_cell("  a \n\t b  ") == "a b"
    assert normalise_cell("<i>ad hoc</i> basis") == "ad hoc basis"
    assert normalise_cell(" - ") is None
    assert normalise_cell("") is None
    assert normalise_cell("£10 M – “x”") == "£10 M – “x”"


def test_line_joining():
    assert join_lines(["the Low-", "Carbon plan"]) == "the Low-Carbon plan"
    assert join_lines(["work with Co-", "operatives UK"]) == "work with Co-operatives UK"
    assert join_lines(["a wrapped", "line"]) == "a wrapped line"
    assert join_lines(["2008 -", "2009"]) == "2008 - 2009"
    assert join_lines(["See http://blogs.defra.gov.uk/3rd-", "sector/2009/07/ for more"]) == (
        "See http://blogs.defra.gov.uk/3rd-sector/2009/07/ for more"
    )
    assert join_lines(["at www.direct.gov.uk/muckinlife", "We now have"]) == "at www.direct.gov.uk/muckinlife We now have"
    assert join_lines(["here: http://blogs.defra.gov.uk/advisory-board", "."]) == "here: http://blogs.defra.gov.uk/advisory-board ."
