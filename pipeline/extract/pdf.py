"""PDF extractor: rows of the annex table from any layout of it.

A layout model, not coordinates. Pages are read one at a time (``pdfpage``: words with their
boxes, rulings; glyphs without a text mapping recovered by ``glyphs``), then:

1. header rows are found and dropped wherever they stand; a header seen once governs every
   later page until the next one; column boundaries sit between the labels, on a vertical
   ruling line when one is there, else in the widest gutter the words leave (``layout``);
2. page furniture is dropped: everything before the first header, lines at the top or bottom
   edge of a page that repeat on many of the printed pages (running titles, "Page 3 of 38",
   a browser's date and URL lines) and bare page numbers (``layout``);
3. lines are split into rows at action ids, group heading rows give theme and chapter where
   the layout has no such columns, merged cells are filled down (``rows``);
4. each cell's lines are joined with each line-end break decided on evidence (``joins``).
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, BinaryIO

from pipeline.errors import InputFileError, LostContentError, PdfError
from pipeline.extract import pdfguard
from pipeline.extract.cells import ACTION_ID, HEADER, Row, action_sort_key, id_problem
from pipeline.extract.layout import Header, column_boundaries, find_headers, furniture, gutters, split_by_column
from pipeline.extract.pdfpage import Line, Page, PageReader, Word
from pipeline.extract.rows import Fragment, TableLine, assemble, group_heading

log = logging.getLogger("pipeline.extract.pdf")


def _open(path: Path) -> tuple[BinaryIO, PageReader]:
    try:
        handle = open(path, "rb")
        head = handle.read(1024)
        handle.seek(max(0, path.stat().st_size - 2048))
        tail = handle.read()
    except OSError as error:
        raise InputFileError(path, f"cannot read: {error.strerror}") from None
    if not head:
        handle.close()
        raise InputFileError(path, "file is empty")
    if b"%PDF-" not in head:
        handle.close()
        raise PdfError(path, "not a PDF (no %PDF- signature in the first 1024 bytes)")
    if b"%%EOF" not in tail:
        handle.close()
        raise PdfError(path, "truncated PDF (no %%EOF marker at the end)")
    try:
        handle.seek(0)
        return handle, PageReader(handle)
    except Exception as error:  # pdfminer raises many unrelated types for damaged or locked files
        handle.close()
        cause = error.args[0] if error.args and isinstance(error.args[0], Exception) else error
        name = type(cause).__name__
        reason = "encrypted PDF: a password is needed" if "Password" in name or "Encrypt" in name else f"cannot parse PDF ({name}: {cause})"
        raise PdfError(path, reason) from None


_Scanned = tuple[Page, list[tuple[int, int, Header]], set[int]]


def _read_pages(path: Path, reader: PageReader, listed: list[tuple[int, Any]], params: dict[str, Any]) -> list[_Scanned]:
    """Each page's lines with its header rows and the lines holding something like an action id."""
    pages: list[_Scanned] = []
    chars = 0
    try:
        for number, pdf_page in listed:
            try:
                page = reader.read(number, pdf_page, params)
            except Exception as error:  # damaged content streams surface as assorted pdfminer errors
                raise PdfError(path, f"cannot read page content ({type(error).__name__}: {error})", page=number) from None
            chars += sum(len(w.text) for line in page.lines for w in line.words)
            anchors = {i for i, line in enumerate(page.lines) if any(ACTION_ID.fullmatch(w.text) for w in line.words)}
            pages.append((page, find_headers(page.lines, params["max_header_lines"]), anchors))
    except PdfError:
        raise
    except Exception as error:  # a broken page tree
        raise PdfError(path, f"cannot parse PDF ({type(error).__name__}: {error})") from None
    if not chars:
        raise PdfError(path, "no text layer (a scanned PDF?): no characters on any page")
    unmapped = reader.unmapped
    unusable = PdfError(path, "glyphs without a text mapping ((cid:…) or U+FFFD): the text layer is unusable",
                        page=min(unmapped, default=None))
    if sum(unmapped.values()) > params["max_unmapped_share"] * chars:
        raise unusable
    if not any(headers for _, headers, _ in pages):
        if unmapped:
            raise unusable
        raise PdfError(path, f"no table header ({' | '.join(HEADER)}) found on any page")
    if unmapped:
        log.warning("%s: %d glyphs without a text mapping kept as U+FFFD on page(s) %s",
                    path, sum(unmapped.values()), ", ".join(map(str, sorted(unmapped))))
    return pages


def _row_gap(pages: list[_Scanned]) -> float:
    """A vertical gap between printed lines wider than this separates table rows."""
    gaps = sorted(b.top - a.bottom for p, _, _ in pages for a, b in zip(p.lines, p.lines[1:]) if b.top - a.bottom >= 0)
    heights = sorted(line.bottom - line.top for p, _, _ in pages for line in p.lines)
    if not gaps:
        return 0.0
    return gaps[len(gaps) // 2] + max(1.5, 0.3 * heights[len(heights) // 2])


def _ruled_between(page: Page, above: Line, below: Line, header: Header) -> bool:
    """Whether a horizontal rule crosses at least 30% of the table between two lines.

    Rules drawn cell by cell (short segments at one height) count together.
    """
    low, high = (above.top + above.bottom) / 2, (below.top + below.bottom) / 2
    segments = sorted((round(y), x0, x1) for y, x0, x1 in page.rulings.horizontal if low < y < high)
    width = header.spans[-1][1] - header.spans[0][0]
    covered: dict[int, float] = {}
    reach: dict[int, float] = {}
    for y, x0, x1 in segments:
        start = max(x0, reach.get(y, x0))
        covered[y] = covered.get(y, 0.0) + max(0.0, x1 - start)
        reach[y] = max(reach.get(y, x1), x1)
    return any(length >= 0.3 * width for length in covered.values())


def _table_lines(path: Path, pages: list[_Scanned], params: dict[str, Any]) -> list[TableLine]:
    """Every printed line of the table as its words placed in columns, in reading order.

    Gutters come from the words of every page under headers of the same geometry, so a page
    whose column holds only narrow text ("-") still splits where the others do.
    """
    drop = furniture(pages, params["furniture_min_page_share"])
    placed: list[tuple[Page, Line, Header]] = []
    header: Header | None = None
    for page, headers, _ in pages:
        header_at = {start: found for start, _, found in headers}
        header_lines = {i for start, end, _ in headers for i in range(start, end)}
        for i, line in enumerate(page.lines):
            header = header_at.get(i, header)
            if i in header_lines or i in drop[page.number]:
                continue
            if header is None:
                raise PdfError(path, "table text before the first header row", page=page.number)
            placed.append((page, line, header))
    body: dict[tuple[object, ...], list[Word]] = {}
    first: dict[tuple[object, ...], Header] = {}
    for _, line, found in placed:
        body.setdefault(found.geometry, []).extend(line.words)
        first.setdefault(found.geometry, found)
    gaps = {key: gutters(first[key], words) for key, words in body.items()}
    row_gap = _row_gap(pages)
    table: list[TableLine] = []
    previous: tuple[Page, Line, Header] | None = None
    for page, line, found in placed:
        boundaries = column_boundaries(found, gaps[found.geometry], page.rulings)
        fragments = [
            Fragment(page.number, found.columns[col], piece)
            for word in line.words for col, piece in split_by_column(word, boundaries)
        ]
        page_start = previous is None or previous[0] is not page
        above = None if page_start or previous[2] is not found else previous[1]
        starts = above is None or line.top - above.bottom > row_gap or _ruled_between(page, above, line, found)
        heading = group_heading(line, boundaries, found)
        table.append(TableLine(page.number, fragments, line.top, line.bottom, starts, page_start, page.rulings,
                               boundaries, found, heading))
        previous = (page, line, found)
    return table


def _check(path: Path, rows: list[Row]) -> None:
    if not rows:
        raise PdfError(path, "the table has a header but no rows")
    for row in rows:  # ids first: the order check below needs well-formed ids
        problem = id_problem(row.action_id)
        if problem:
            raise PdfError(path, problem, page=row.page_start)
    for previous, row in zip(rows, rows[1:]):
        if action_sort_key(row.action_id) <= action_sort_key(previous.action_id):
            raise PdfError(path, f"action id {row.action_id} comes after {previous.action_id}: ids must be unique and in order", page=row.page_start)
    for row in rows:
        for name in ("theme", "chapter", "timing", "action"):
            if getattr(row, name) is None:
                raise PdfError(path, f"action {row.action_id} has an empty {name} cell", page=row.page_start)


def extract_pdf(path: str | Path, params: dict[str, Any] | None = None, *, allow_partial: bool = False) -> list[Row]:
    """Rows of the annex table from a PDF rendering of it, with the pages each row spans.

    ``params`` is the ``extract.pdf`` section of params.yaml (default: as :mod:`pipeline.params`
    loads it). Reading runs under ``params["limits"]`` (see :mod:`pipeline.extract.pdfguard`).
    Pages the file holds but that cannot be read, or damaged compressed streams, raise
    :class:`LostContentError`: at once, or with ``allow_partial`` after reading the rest (the
    error then carries the rows).
    """
    if params is None:
        from pipeline.params import load_params, section

        params = section(load_params(), "extract.pdf")
    path = Path(path)
    with pdfguard.guarded(path, params["limits"]) as guard:
        handle, reader = _open(path)
        with handle:
            listed = _list_pages(path, reader)
            guard.check_pages(reader.document, listed)
            _stop_if_lost(path, guard.lost, allow_partial)
            pages = _read_pages(path, reader, listed, params)
        guard.check_blank_pages()
        _stop_if_lost(path, guard.lost, allow_partial)
    rows = assemble(lambda message, page: PdfError(path, message, page=page), _table_lines(path, pages, params), params)
    _check(path, rows)
    if guard.lost:
        raise LostContentError(path, "content lost: " + "; ".join(guard.lost), rows=rows)
    return rows


def _list_pages(path: Path, reader: PageReader) -> list[tuple[int, Any]]:
    try:
        return list(reader.pages())
    except Exception as error:  # a broken page tree surfaces as assorted pdfminer errors
        raise PdfError(path, f"cannot parse PDF ({type(error).__name__}: {error})") from None


def _stop_if_lost(path: Path, lost: list[str], allow_partial: bool) -> None:
    if lost and not allow_partial:
        raise LostContentError(path, "content lost: " + "; ".join(lost[:3]) + (f"; and {len(lost) - 3} more" if len(lost) > 3 else ""))
