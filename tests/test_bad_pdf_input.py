"""Bad PDFs through the real CLI: one-line error naming the file, exit code 5 (3 if empty), no output."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import SimpleDocTemplate, Table

from tests.conftest import PDF, run_cli


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(4096))


def _truncated(path: Path) -> None:
    data = PDF.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _encrypted(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4, encrypt="secret")
    c.drawString(72, 720, "Theme Strategy Chapter Action Timing Actions Progress report Next actions")
    c.save()


def _no_text_layer(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    for i in range(20):
        c.rect(72, 72 + 30 * i, 400, 20, fill=1)
    c.save()


def _other_table(path: Path) -> None:
    SimpleDocTemplate(str(path), pagesize=A4).build([Table([["Name", "Age", "City"], ["Ann", "31", "Leeds"]])])


def _unmapped_glyphs(path: Path) -> None:
    from pipeline.extract.text import extract_text
    from tests.conftest import TEXT_EXPORT
    from tests.layouts import LAYOUTS, render

    fpdf_layout = next(layout for layout in LAYOUTS if layout.producer == "fpdf2")
    render(extract_text(TEXT_EXPORT)[:3], path, fpdf_layout)
    path.write_bytes(path.read_bytes().replace(b"/ToUnicode", b"/NoUnicode"))  # glyph ids stay, their text goes


@pytest.mark.parametrize(
    ("make", "code", "message"),
    [
        (lambda p: p.write_bytes(b""), 3, "file is empty"),
        (_random_bytes, 5, "not a PDF (no %PDF- signature in the first 1024 bytes)"),
        (_truncated, 5, "truncated PDF (no %%EOF marker at the end)"),
        (_encrypted, 5, "encrypted PDF: a password is needed"),
        (_no_text_layer, 5, "no text layer (a scanned PDF?): no characters on any page"),
        (_other_table, 5, "no table header (Theme | Strategy Chapter | Action | Timing | Actions | Progress report | Next actions) found on any page"),
    ],
    ids=["empty", "random-bytes", "truncated", "encrypted", "no-text-layer", "other-table"],
)
def test_bad_pdf_is_rejected(tmp_path, make, code, message):
    assert_rejected(tmp_path, make, code, f": {message}")


def test_unmapped_glyphs_are_an_error_naming_the_page(tmp_path):
    assert_rejected(tmp_path, _unmapped_glyphs, 5,
                    " (page 1): glyphs without a text mapping ((cid:…) or U+FFFD): the text layer is unusable")


def assert_rejected(tmp_path: Path, make, code: int, after_path: str) -> None:
    source = tmp_path / "annex.pdf"
    make(source)
    out = tmp_path / "rows.parquet"
    out.write_bytes(b"previous")
    result = run_cli("extract", str(source), "-o", str(out))
    assert result.code == code, result.stderr
    assert result.stderr == f"error: {source}{after_path}\n"
    assert out.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["annex.pdf", "rows.parquet"]
