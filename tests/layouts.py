"""Render the annex rows as PDFs in layouts the extractor has never seen, with two PDF producers.

Each layout varies what real renderings vary: page size and orientation, fonts and sizes, ruling
(full grid, horizontal rules, none), shading, where the title stands (running header or once),
page-number footers, header rows repeated mid-page, rows broken across pages, and cells centred
vertically (fpdf2's tables) rather than top-aligned.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import matplotlib
from fpdf import FPDF
from reportlab.lib import colors, pagesizes
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pipeline.extract.cells import FIELDS, HEADER, Row

FONT_DIR = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
TITLE = "Defra Third Sector Strategy One Year On detailed progress report"


def _register(name: str) -> str:
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"{name}.ttf")))
    return name


@dataclass(frozen=True)
class Layout:
    name: str
    pagesize: tuple[float, float]
    font: str
    bold: str
    size: float
    widths: tuple[float, ...]
    """Column widths as shares of the frame width."""
    ruling: str = "grid"  # "grid", "hrules" or "none"
    shaded: bool = False
    title: str = "running"  # "running" (every page's header) or "once" (top of page 1)
    footer: str | None = "Page {page}"
    repeat_header: bool = True
    per_chapter: bool = False
    """One table per chapter, each with its own header row (so headers repeat mid-page)."""
    split_rows: bool = False
    """Let a row break across a page."""
    centred_header: bool = False
    justified: bool = False
    producer: str = "reportlab"


def _cells(row: Row) -> list[str]:
    return [getattr(row, name) or "-" for name in FIELDS]


def _fitting_widths(rows: Sequence[Row], width: float, layout: Layout, measure) -> list[float]:
    """Column widths from the layout's shares, widened so every word but a URL fits its column."""
    padding = 14
    needed = []
    for index, label in enumerate(HEADER):
        words = [(w, True) for w in label.split()]
        words += [(w, False) for r in rows for w in _cells(r)[index].split() if "://" not in w and "www." not in w]
        needed.append(max(measure(w, bold) for w, bold in words) + padding)
    widths = [max(width * share, need) for share, need in zip(layout.widths, needed)]
    spare = width - sum(widths)
    flexible = [i for i, (w, need) in enumerate(zip(widths, needed)) if w > need]
    shrink = min(-spare, sum(widths[i] - needed[i] for i in flexible)) if spare < 0 else 0
    total = sum(widths[i] - needed[i] for i in flexible) or 1
    return [w - shrink * (w - needed[i]) / total if i in flexible else w for i, w in enumerate(widths)]


def _render_reportlab(rows: Sequence[Row], path: Path, layout: Layout) -> None:
    font, bold = _register(layout.font), _register(layout.bold)
    body = ParagraphStyle("body", fontName=font, fontSize=layout.size, leading=layout.size * 1.2, splitLongWords=1,
                          alignment=TA_JUSTIFY if layout.justified else TA_LEFT)
    head = ParagraphStyle("head", parent=body, fontName=bold, alignment=TA_CENTER if layout.centred_header else TA_LEFT)
    margin = 36
    width = layout.pagesize[0] - 2 * margin
    col_widths = _fitting_widths(rows, width, layout, lambda w, bold_: pdfmetrics.stringWidth(w, bold if bold_ else font, layout.size))

    def table(chunk: Sequence[Row]) -> Table:
        data = [[Paragraph(escape(h), head) for h in HEADER]]
        data += [[Paragraph(escape(c), body) for c in _cells(r)] for r in chunk]
        style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
        if layout.ruling == "grid":
            style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        elif layout.ruling == "hrules":
            style.append(("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey))
        if layout.shaded:
            style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.whitesmoke, colors.lightgrey]))
        return Table(data, colWidths=col_widths, repeatRows=1 if layout.repeat_header else 0,
                     splitInRow=1 if layout.split_rows else 0, style=TableStyle(style))

    def decorate(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(bold, layout.size + 2)
        if layout.title == "running" or document.page == 1:
            canvas.drawString(margin, layout.pagesize[1] - margin + 12, TITLE)
        if layout.footer:
            canvas.setFont(font, layout.size)
            canvas.drawCentredString(layout.pagesize[0] / 2, margin / 2, layout.footer.format(page=document.page))
        canvas.restoreState()

    story = []
    if layout.per_chapter:
        chapters: dict[str, list[Row]] = {}
        for row in rows:
            chapters.setdefault(row.chapter, []).append(row)
        for chunk in chapters.values():
            story += [table(chunk), Spacer(1, 14)]
    else:
        story.append(table(rows))
    SimpleDocTemplate(str(path), pagesize=layout.pagesize, leftMargin=margin, rightMargin=margin,
                      topMargin=margin + 8, bottomMargin=margin).build(story, onFirstPage=decorate, onLaterPages=decorate)


class _Fpdf(FPDF):
    layout: Layout

    def header(self) -> None:
        if self.layout.title == "running" or self.page_no() == 1:
            self.set_font("body", "B", self.layout.size + 2)
            self.cell(0, 8, TITLE, new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    def footer(self) -> None:
        if self.layout.footer:
            self.set_y(-12)
            self.set_font("body", "", self.layout.size)
            self.cell(0, 6, self.layout.footer.format(page=self.page_no()), align="C")


def _render_fpdf(rows: Sequence[Row], path: Path, layout: Layout) -> None:
    orientation = "L" if layout.pagesize[0] > layout.pagesize[1] else "P"
    pdf = _Fpdf(orientation=orientation, unit="pt", format=(min(layout.pagesize), max(layout.pagesize)))
    pdf.layout = layout
    pdf.add_font("body", "", str(FONT_DIR / f"{layout.font}.ttf"))
    pdf.add_font("body", "B", str(FONT_DIR / f"{layout.bold}.ttf"))
    pdf.set_margins(30, 30, 30)
    pdf.set_auto_page_break(True, 30)
    pdf.add_page()
    pdf.set_font("body", "", layout.size)
    width = pdf.w - 60

    def measure(word: str, bold: bool) -> float:
        pdf.set_font("body", "B" if bold else "", layout.size)
        return pdf.get_string_width(word)

    col_widths = _fitting_widths(rows, width, layout, measure)
    pdf.set_font("body", "", layout.size)
    borders = {"grid": "ALL", "hrules": "HORIZONTAL_LINES", "none": "NONE"}[layout.ruling]
    with pdf.table(col_widths=col_widths, borders_layout=borders, repeat_headings=1,
                   line_height=layout.size * 1.25, text_align="LEFT",
                   cell_fill_color=(235, 235, 235) if layout.shaded else None,
                   cell_fill_mode="ROWS" if layout.shaded else "NONE") as table:
        table.row(list(HEADER))
        for r in rows:
            table.row(_cells(r))
    pdf.output(str(path))


A4_LANDSCAPE = pagesizes.landscape(pagesizes.A4)
LETTER_LANDSCAPE = pagesizes.landscape(pagesizes.letter)
WIDE = (0.09, 0.14, 0.065, 0.08, 0.2, 0.225, 0.2)
NARROW = (0.10, 0.145, 0.075, 0.10, 0.17, 0.19, 0.22)

LAYOUTS = (
    Layout("landscape-a4-grid-running-title", A4_LANDSCAPE, "DejaVuSans", "DejaVuSans-Bold", 8, WIDE),
    Layout("portrait-letter-hrules-title-once-split-rows", pagesizes.letter, "DejaVuSerif", "DejaVuSerif-Bold", 7.5, NARROW,
           ruling="hrules", title="once", footer="{page}", repeat_header=False, split_rows=True),
    Layout("landscape-letter-shaded-no-rules-mono", LETTER_LANDSCAPE, "DejaVuSansMono", "DejaVuSansMono-Bold", 6.5, WIDE,
           ruling="none", shaded=True, footer="- {page} -"),
    Layout("portrait-a4-header-per-chapter", pagesizes.A4, "DejaVuSans", "DejaVuSans-Bold", 7, NARROW, per_chapter=True,
           split_rows=True),
    Layout("fpdf2-landscape-a4-grid", A4_LANDSCAPE, "DejaVuSans", "DejaVuSans-Bold", 7.5, WIDE, producer="fpdf2"),
    Layout("fpdf2-portrait-letter-shaded-hrules", pagesizes.letter, "DejaVuSerif", "DejaVuSerif-Bold", 7, NARROW,
           ruling="hrules", shaded=True, title="once", footer="Page {page}", producer="fpdf2"),
    Layout("portrait-a4-10pt-grid-split-rows", pagesizes.A4, "DejaVuSans", "DejaVuSans-Bold", 10, NARROW, split_rows=True,
           footer="Page {page} of 99"),
    Layout("landscape-a4-9pt-serif-no-rules-split-rows", A4_LANDSCAPE, "DejaVuSerif", "DejaVuSerif-Bold", 9, WIDE,
           ruling="none", split_rows=True, title="once", footer=None),
    Layout("portrait-letter-9pt-centred-header-justified", pagesizes.letter, "DejaVuSerif", "DejaVuSerif-Bold", 9, NARROW,
           ruling="hrules", centred_header=True, justified=True, split_rows=True, footer="Page {page}"),
    Layout("fpdf2-portrait-a4-centred-cells-no-rules", pagesizes.A4, "DejaVuSans", "DejaVuSans-Bold", 7, NARROW,
           ruling="none", footer="{page}", producer="fpdf2"),
)


def render(rows: Sequence[Row], path: Path, layout: Layout) -> Path:
    (_render_fpdf if layout.producer == "fpdf2" else _render_reportlab)(rows, path, layout)
    return path
