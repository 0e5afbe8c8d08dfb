"""Render the text export through real PDF producers into tests/fixtures/producers/.

The producers are slow to install in CI, so their PDFs are committed and the tests read them;
run this script again (with the producers below installed) to remake them:

    apt-get install texlive-latex-base texlive-latex-recommended texlive-fonts-recommended lmodern \
        libreoffice-writer-nogui libreoffice-calc-nogui fonts-crosextra-carlito chromium wkhtmltopdf ghostscript
    pip install python-docx openpyxl pypdf reportlab
    python tests/make_producer_pdfs.py [NAME ...]

Each producer is used as a person would use it, at its defaults where the habit under test
comes from the defaults: LaTeX hyphenates justified ``p{}`` columns, a Word table left at seven
equal columns cuts long words at the column edge, merged Theme/Chapter cells are printed once,
Chromium prints its own header and footer lines, a grouped web table has full-width chapter
heading rows and its column labels on the first page only, Calc aligns wrapped cells to the
bottom. The derived files rotate pages, re-write fonts with Ghostscript, add blank pages and
write "•" the way reportlab's standard fonts do (code 127).
"""
from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.extract.cells import FIELDS, HEADER, Row  # noqa: E402
from pipeline.extract.text import extract_text  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "producers"
TITLE = "Defra Third Sector Strategy One Year On detailed progress report"
FIVE = ("Action", "Timing", "Actions", "Progress report", "Next actions")


def _cells(row: Row) -> list[str]:
    return [getattr(row, name) or "-" for name in FIELDS]


def _run(command: Sequence[str], cwd: Path) -> None:
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


# ---------------------------------------------------------------- LaTeX


_TEX_SPECIAL = {
    "\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
    "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "'": r"\textquotesingle{}", '"': r"\textquotedbl{}",
    "-": "-{}", "<": r"\textless{}", ">": r"\textgreater{}", "£": r"\pounds{}", "–": r"\textendash{}",
    "“": r"\textquotedblleft{}", "”": r"\textquotedblright{}", "•": r"\textbullet{}", "₂": r"$_2$", "`": r"\textasciigrave{}",
}
_URL = re.compile(r"(https?://\S+|www\.\S+)")


def _tex(text: str) -> str:
    parts = []
    for piece in _URL.split(text):
        if _URL.fullmatch(piece):
            parts.append(r"\url{" + piece.replace("%", r"\%").replace("#", r"\#") + "}")
        else:
            parts.append("".join(_TEX_SPECIAL.get(c, c) for c in piece))
    return "".join(parts)


def latex(rows: Sequence[Row], path: Path) -> None:
    """pdflatex longtable, justified p{} columns (TeX hyphenates at line ends), header repeated."""
    widths = (0.075, 0.10, 0.045, 0.06, 0.20, 0.24, 0.20)
    spec = "|".join(f"p{{{w}\\linewidth}}" for w in widths)
    head = " & ".join(rf"\textbf{{{h}}}" for h in HEADER) + r" \\ \hline"
    body = "\n".join(" & ".join(_tex(c) for c in _cells(r)) + r" \\ \hline" for r in rows)
    source = rf"""\documentclass[9pt]{{extarticle}}
\usepackage[T1]{{fontenc}}
\usepackage[utf8]{{inputenc}}
\PassOptionsToPackage{{hyphens}}{{url}}
\usepackage{{lmodern,textcomp,longtable,url}}
\usepackage[a4paper,landscape,margin=1.5cm]{{geometry}}
\setlength{{\tabcolsep}}{{3pt}}
\begin{{document}}
\section*{{{TITLE}}}
\begin{{longtable}}{{|{spec}|}}
\hline {head}
\endhead
{body}
\end{{longtable}}
\end{{document}}
"""
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "annex.tex").write_text(source, encoding="utf-8")
        for _ in range(2):  # longtable settles column widths on the second run
            _run(["pdflatex", "-interaction=nonstopmode", "annex.tex"], Path(tmp))
        shutil.copy(Path(tmp) / "annex.pdf", path)


# ---------------------------------------------------------------- Word tables through LibreOffice


def _soffice(source: Path, path: Path) -> None:
    with tempfile.TemporaryDirectory() as profile:
        _run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
              "--outdir", str(source.parent), str(source)], source.parent)
    shutil.copy(source.with_suffix(".pdf"), path)


def _docx_table(rows: Sequence[Row], merged: bool, landscape: bool):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = Document()
    if landscape:
        section = document.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    document.add_heading(TITLE, level=1)
    table = document.add_table(rows=1 + len(rows), cols=len(HEADER))
    table.style = "Table Grid"
    header = table.rows[0]
    header_properties = header._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header_properties.append(repeat)
    for cell, label in zip(header.cells, HEADER):
        cell.paragraphs[0].add_run(label).bold = True
    for index, row in enumerate(rows, start=1):
        for column, value in enumerate(_cells(row)):
            if merged and column < 2 and index > 1 and _cells(rows[index - 2])[:column + 1] == _cells(row)[:column + 1]:
                continue
            table.cell(index, column).text = value
    if merged:
        for column in (0, 1):
            start = 1
            for index in range(2, len(rows) + 2):
                if index == len(rows) + 1 or _cells(rows[index - 1])[:column + 1] != _cells(rows[start - 1])[:column + 1]:
                    if index - 1 > start:
                        table.cell(start, column).merge(table.cell(index - 1, column))
                    start = index
    return document


def word_equal_columns(rows: Sequence[Row], path: Path) -> None:
    """python-docx table at Word's defaults (seven equal columns, 11 pt, portrait), LibreOffice to PDF."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "annex.docx"
        _docx_table(rows, merged=False, landscape=False).save(source)
        _soffice(source, path)


def word_merged_cells(rows: Sequence[Row], path: Path) -> None:
    """As above, landscape, with each group's Theme and Strategy Chapter cells merged vertically."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "annex.docx"
        _docx_table(rows, merged=True, landscape=True).save(source)
        _soffice(source, path)


def calc_spreadsheet(rows: Sequence[Row], path: Path) -> None:
    """An .xlsx with wrapped cells at Calc's default bottom alignment, printed by LibreOffice Calc."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Annex"
    sheet.append(list(HEADER))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(_cells(row))
    for line in sheet.iter_rows(min_row=1):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="bottom")
    widths = (14, 18, 7, 11, 40, 55, 45)
    for letter, width in zip("ABCDEFG", widths):
        sheet.column_dimensions[letter].width = width
    for index, row in enumerate(sheet.iter_rows(), start=1):  # Calc does not fit row heights to wrapped text itself
        lines = max(-(-len(str(cell.value)) // int(width * 1.05)) for cell, width in zip(row, widths))
        sheet.row_dimensions[index].height = 15 * lines + 3
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "annex.xlsx"
        book.save(source)
        _soffice(source, path)


# ---------------------------------------------------------------- web tables


def _html_table(rows: Sequence[Row], grouped: bool) -> str:
    style = """<style>
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #999; padding: 3px; vertical-align: top; text-align: left; }
td.group { background: #dde; font-weight: bold; padding-top: 6px; }
</style>"""
    if grouped:
        labels = "<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in FIVE) + "</tr>"
        lines, current = [], None
        for row in rows:
            cells = _cells(row)
            if (row.theme, row.chapter) != current:
                current = (row.theme, row.chapter)
                lines.append(f'<tr><td class="group" colspan="5">{html.escape(row.theme)} — {html.escape(row.chapter)}</td></tr>')
            lines.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells[2:]) + "</tr>")
        table = f"<table><tbody>{labels}{''.join(lines)}</tbody></table>"
    else:
        labels = "<thead><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in HEADER) + "</tr></thead>"
        body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in _cells(r)) + "</tr>" for r in rows)
        table = f"<table>{labels}<tbody>{body}</tbody></table>"
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title>{style}</head><body><h2>{TITLE}</h2>{table}</body></html>'


def _chromium(source: Path, path: Path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    _run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", f"--print-to-pdf={path}",
          source.as_uri()], source.parent)


def chromium_table(rows: Sequence[Row], path: Path) -> None:
    """Chromium --print-to-pdf of an HTML table, with Chromium's header and footer lines."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "annex.html"
        source.write_text(_html_table(rows, grouped=False), encoding="utf-8")
        _chromium(source, path)


def grouped_five_columns(rows: Sequence[Row], path: Path) -> None:
    """A five-column web table under full-width chapter heading rows, labels on the first page only."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "annex.html"
        source.write_text(_html_table(rows, grouped=True), encoding="utf-8")
        if shutil.which("wkhtmltopdf"):
            _run(["wkhtmltopdf", "--quiet", "-O", "Landscape", str(source), str(path)], Path(tmp))
        else:
            _chromium(source, path)


# ---------------------------------------------------------------- derived files


def rotated(rows: Sequence[Row], path: Path) -> None:
    """The Word table's pages stored portrait, content turned a quarter, shown upright by /Rotate 90."""
    from pypdf import PdfReader, PdfWriter, Transformation

    writer = PdfWriter(clone_from=PdfReader(OUT / "word-merged-cells.pdf"))
    for page in writer.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        page.add_transformation(Transformation().rotate(90).translate(height, 0))
        page.mediabox.upper_right = (height, width)
        page.cropbox = page.mediabox
        page.rotation = 90
        page.compress_content_streams()
    writer.compress_identical_objects()
    writer.write(path)


def ghostscript(rows: Sequence[Row], path: Path) -> None:
    """The LaTeX file re-written by Ghostscript's pdfwrite (fonts re-subset and re-encoded)."""
    _run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", f"-sOutputFile={path}",
          str(OUT / "latex-longtable.pdf")], OUT)


def trailing_blank_pages(rows: Sequence[Row], path: Path) -> None:
    """The Chromium file followed by more blank pages than it has pages of table."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(OUT / "chromium-table.pdf")
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    size = reader.pages[0].mediabox
    for _ in range(len(reader.pages) + 5):
        writer.add_blank_page(float(size.width), float(size.height))
    writer.write(path)


def reportlab_bullets(rows: Sequence[Row], path: Path) -> None:
    """reportlab in its standard Helvetica (WinAnsi): it writes "•" as code 127, which has no mapping
    ("₂", which WinAnsi lacks, is set in an embedded DejaVu Sans)."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors, pagesizes
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from tests.layouts import FONT_DIR

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=7, leading=8.5)
    head = ParagraphStyle("head", parent=body, fontName="Helvetica-Bold")
    data = [[Paragraph(escape(h), head) for h in HEADER]]
    data += [[Paragraph(escape(c).replace("₂", '<font name="DejaVuSans">₂</font>'), body) for c in _cells(r)] for r in rows]
    size = pagesizes.landscape(pagesizes.A4)
    widths = [w * (size[0] - 72) for w in (0.09, 0.13, 0.05, 0.07, 0.21, 0.24, 0.21)]
    table = Table(data, colWidths=widths, repeatRows=1, style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                                          ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(str(path), pagesize=size, leftMargin=36, rightMargin=36, topMargin=36, bottomMargin=36).build([table])


PRODUCERS: dict[str, Callable[[Sequence[Row], Path], None]] = {
    "latex-longtable": latex,
    "word-equal-columns": word_equal_columns,
    "word-merged-cells": word_merged_cells,
    "calc-spreadsheet": calc_spreadsheet,
    "chromium-table": chromium_table,
    "grouped-five-columns": grouped_five_columns,
    "rotated-pages": rotated,
    "ghostscript-rewrite": ghostscript,
    "trailing-blank-pages": trailing_blank_pages,
    "reportlab-bullets": reportlab_bullets,
}


def main(names: Sequence[str]) -> None:
    rows = extract_text(ROOT / "raw" / "annex-2009.txt")
    OUT.mkdir(parents=True, exist_ok=True)
    for name in names or PRODUCERS:
        PRODUCERS[name](rows, OUT / f"{name}.pdf")
        print(f"{name}.pdf: {(OUT / f'{name}.pdf').stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main(sys.argv[1:])
