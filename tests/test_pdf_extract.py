"""The PDF extractor: the shared PDFs and layouts it has never seen, every cell against the text export."""
from __future__ import annotations

import pdfplumber
import pytest

from pipeline.extract.cells import FIELDS
from pipeline.extract.pdf import extract_pdf
from tests.conftest import FLOW_PDF, PDF
from tests.layouts import LAYOUTS, render


def assert_all_cells_equal(pdf_rows, text_rows) -> None:
    assert [r.action_id for r in pdf_rows] == [r.action_id for r in text_rows]
    differing = [
        (t.action_id, name) for p, t in zip(pdf_rows, text_rows) for name in FIELDS if getattr(p, name) != getattr(t, name)
    ]
    assert differing == []


def assert_pages_hold_their_ids(path, rows) -> None:
    with pdfplumber.open(path) as pdf:
        words = {n: {w["text"] for w in page.extract_words()} for n, page in enumerate(pdf.pages, start=1)}
    for row in rows:
        assert row.page_start <= row.page_end
        assert row.action_id in words[row.page_start], row.action_id
    assert [r.page_start for r in rows] == sorted(r.page_start for r in rows)


def test_printed_annex(text_rows):
    rows = extract_pdf(PDF)
    assert_all_cells_equal(rows, text_rows)
    assert_pages_hold_their_ids(PDF, rows)
    assert [(r.action_id, r.page_start, r.page_end) for r in rows[:6]] == [
        ("1.1", 2, 2), ("1.2", 2, 2), ("1.3", 2, 2), ("1.4", 2, 2), ("1.5", 2, 2), ("1.6", 3, 3),
    ]
    assert (rows[-1].page_start, rows[-1].page_end) == (38, 38)


def test_flowing_annex_with_rows_broken_across_pages(text_rows):
    rows = extract_pdf(FLOW_PDF)
    assert_all_cells_equal(rows, text_rows)
    assert_pages_hold_their_ids(FLOW_PDF, rows)
    spanning = [r.action_id for r in rows if r.page_end > r.page_start]
    assert spanning[:3] == ["1.6", "1.10", "1.16"]
    assert rows[-1].page_end == 29


def test_hyphenated_compounds_and_urls_join(text_rows):
    rows = {r.action_id: r for r in extract_pdf(FLOW_PDF)}
    assert "Low-Carbon AFLM" in rows["1.19"].next_actions
    assert "http://www.futuregovconsultancy.com/index.php/2009/05/15/press-release-vs-blog-post-or-both/ We" in rows["6.8"].next_actions


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, text_rows):
    folder = tmp_path_factory.mktemp("layouts")
    return {layout.name: render(text_rows, folder / f"{layout.name}.pdf", layout) for layout in LAYOUTS}


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
def test_unseen_layout(rendered, text_rows, layout):
    path = rendered[layout.name]
    rows = extract_pdf(path)
    assert_all_cells_equal(rows, text_rows)
    assert_pages_hold_their_ids(path, rows)
    if layout.split_rows:
        assert any(r.page_end > r.page_start for r in rows)


def test_row_continued_on_next_page_keeps_its_tail():
    rows = {r.action_id: r for r in extract_pdf(FLOW_PDF)}
    row = rows["1.10"]
    assert (row.page_start, row.page_end) == (3, 4)
    assert row.action.endswith("change.")


def test_ligatures_are_expanded(tmp_path, text_rows):
    from dataclasses import replace

    chosen = [r for r in text_rows if "fi" in r.action or "fl" in r.action][:6]
    ligatured = [replace(r, action=r.action.replace("fi", "\ufb01").replace("fl", "\ufb02")) for r in chosen]
    path = render(ligatured, tmp_path / "ligatures.pdf", LAYOUTS[0])
    assert "\ufb01" in "".join(c["text"] for c in pdfplumber.open(path).pages[0].chars)
    assert [r.action for r in extract_pdf(path)] == [r.action for r in chosen]
