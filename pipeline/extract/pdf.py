"""PDF extractor: rows of the annex table from any layout of it, with pdfplumber.

A layout model, not coordinates:

1. words come from pdfplumber's word extractor (ligatures expanded) and are grouped into
   printed lines;
2. a header row is a band of one to a few lines made only of the header labels (Theme …
   Next actions) and is dropped wherever it stands; column boundaries sit between the header
   labels, on a vertical ruling line when one is there, else in the widest empty gutter the
   page's words leave between two labels;
3. page furniture is dropped: everything before the first header, lines at the top or bottom
   edge of a page that repeat on many pages (running titles, "Page 3 of 38") and bare page
   numbers;
4. a row starts where an action id stands in the Action column; every other line belongs to
   the row above it, across page breaks too. Where cells are centred vertically (the id is not
   on its row's first line), rows are told apart by the gaps and horizontal rules between them;
5. each cell's lines are joined by the shared line-joining rule (a word or URL too long for its
   column, cut at the column's edge, joins without a space) and normalised like the text export.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.layout import LTChar, LTComponent, LTContainer, LTLine, LTRect
from pdfplumber.utils.text import WordExtractor

from pipeline.errors import InputFileError, LostContentError, PdfError, quote
from pipeline.extract import pdfguard
from pipeline.extract.cells import ACTION_ID, FIELDS, HEADER, Row, action_sort_key, id_problem, join_lines, normalise_cell

DEFAULTS: dict[str, Any] = {
    "x_tolerance_ratio": 0.15,
    "y_tolerance": 3,
    "max_header_lines": 4,
    "furniture_min_page_share": 0.5,
}

_ACTION_COLUMN = FIELDS.index("action_id")
_HEADER_WORDS: Counter[str] = Counter(w.casefold() for label in HEADER for w in label.split())
_WORD_COLUMN = {w.casefold(): i for i, label in enumerate(HEADER) for w in label.split()}
_WORD_COLUMN["actions"] = -1  # "Actions" (column 4) or the second word of "Next actions": decided by position
_PAGE_NUMBER = re.compile(r"(?:page\s*)?(\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?", re.IGNORECASE)
_BAD_GLYPH = re.compile(r"\ufffd|\(cid:\d+\)")


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    chars: list[dict[str, Any]] = field(repr=False)

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class Line:
    words: list[Word]

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in sorted(self.words, key=lambda w: w.x0))


@dataclass
class Fragment:
    """A word placed in the table: page, column and position."""

    page: int
    column: int
    word: Word


def _overlap(a_top: float, a_bottom: float, b_top: float, b_bottom: float) -> float:
    return min(a_bottom, b_bottom) - max(a_top, b_top)


def group_lines(words: list[Word]) -> list[Line]:
    """Group words into printed lines: a word joins a line it overlaps by half its height or more."""
    lines: list[Line] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        height = max(word.bottom - word.top, 0.1)
        for line in reversed(lines[-3:]):
            if _overlap(word.top, word.bottom, line.top, line.bottom) >= 0.5 * min(height, line.bottom - line.top):
                line.words.append(word)
                break
        else:
            lines.append(Line([word]))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    return lines


def _walk(objects: list[LTComponent]) -> Iterator[LTComponent]:
    for obj in objects:
        if isinstance(obj, LTContainer):
            yield from _walk(list(obj))
        else:
            yield obj


@dataclass
class Rulings:
    vertical: list[float]
    """x of each vertical line or rectangle side."""
    horizontal: list[tuple[float, float, float]]
    """(y, x0, x1) of each horizontal line or rectangle edge."""


def read_page(page: pdfplumber.page.Page, params: dict[str, Any]) -> tuple[list[Word], Rulings]:
    """The page's words and its ruling lines (rectangle edges count: cell borders, shading).

    Reads pdfplumber's pdfminer layout directly: building pdfplumber's full object dicts costs
    more than the whole layout analysis, and words need only a char's box, size and text.
    """
    mb_x0, mb_top = page.mediabox[:2]
    height = page.height
    chars: list[dict[str, Any]] = []
    rulings = Rulings([], [])
    for obj in _walk(list(page.layout)):
        if isinstance(obj, LTChar):
            if not obj.upright:
                continue
            top = height - obj.y1 + mb_top
            chars.append({
                "text": obj.get_text(), "x0": obj.x0 + mb_x0, "x1": obj.x1 + mb_x0,
                "top": top, "bottom": height - obj.y0 + mb_top, "doctop": top,
                "upright": True, "size": obj.size,
            })
        elif isinstance(obj, (LTLine, LTRect)):
            x0, x1 = obj.x0 + mb_x0, obj.x1 + mb_x0
            top, bottom = height - obj.y1 + mb_top, height - obj.y0 + mb_top
            if obj.height > 4:
                rulings.vertical.extend([x0] if obj.width < 2 else [x0, x1])
            if obj.width > 4:
                rulings.horizontal.extend([(top, x0, x1)] if obj.height < 2 else [(top, x0, x1), (bottom, x0, x1)])
    extractor = WordExtractor(
        x_tolerance_ratio=params["x_tolerance_ratio"],
        y_tolerance=params["y_tolerance"],
        expand_ligatures=True,
    )
    words = [
        Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], word_chars)
        for w, word_chars in extractor.iter_extract_tuples(chars)
    ]
    return words, rulings


# ---------------------------------------------------------------- header and columns


@dataclass
class Header:
    top: float
    bottom: float
    spans: list[tuple[float, float]]
    """Horizontal extent of each column's label, left to right."""


def _header_columns(words: list[Word]) -> list[tuple[float, float]] | None:
    """Assign header words to the seven columns; None when they do not spell the header."""
    nexts = [w for w in words if w.text.casefold() == "next"]
    columns: list[list[Word]] = [[] for _ in HEADER]
    actions = sorted((w for w in words if w.text.casefold() == "actions"), key=lambda w: w.x0)
    if len(actions) != 2 or len(nexts) != 1:
        return None
    next_centre = (nexts[0].x0 + nexts[0].x1) / 2
    near, far = sorted(actions, key=lambda w: abs((w.x0 + w.x1) / 2 - next_centre))
    columns[4].append(far)
    columns[6].append(near)
    for word in words:
        index = _WORD_COLUMN[word.text.casefold()]
        if index >= 0:
            columns[index].append(word)
    spans = [(min(w.x0 for w in col), max(w.x1 for w in col)) for col in columns]
    if any(a[1] > b[0] for a, b in zip(spans, spans[1:])):
        return None
    return spans


def find_headers(lines: list[Line], max_lines: int) -> list[tuple[int, int, Header]]:
    """Header rows on a page as (first line index, end line index, header)."""
    found: list[tuple[int, int, Header]] = []
    index = 0
    while index < len(lines):
        for end in range(index + 1, min(index + max_lines, len(lines)) + 1):
            window = [w for line in lines[index:end] for w in line.words]
            if not all(w.text.casefold() in _HEADER_WORDS for w in lines[end - 1].words):
                break
            if Counter(w.text.casefold() for w in window) == _HEADER_WORDS:
                spans = _header_columns(window)
                if spans:
                    found.append((index, end, Header(lines[index].top, lines[end - 1].bottom, spans)))
                    index = end - 1
                break
        index += 1
    return found


def gutters(header: Header, body: list[Word]) -> list[float]:
    """Between each two header labels, the middle of the widest gap the words leave."""
    middles = []
    for (_, left_end), (right_start, _) in zip(header.spans, header.spans[1:]):
        covered = sorted((max(w.x0, left_end), min(w.x1, right_start)) for w in body if w.x1 > left_end and w.x0 < right_start)
        best_gap, best_mid, cursor = -1.0, (left_end + right_start) / 2, left_end
        for start, end in [*covered, (right_start, right_start)]:
            if start - cursor > best_gap:
                best_gap, best_mid = start - cursor, (cursor + start) / 2
            cursor = max(cursor, end)
        middles.append(best_mid)
    return middles


def column_boundaries(header: Header, gaps: list[float], rulings: Rulings) -> list[float]:
    """x positions separating the seven columns: a ruling line between two labels, else the gutter."""
    boundaries = []
    for (_, left_end), (right_start, _), gap in zip(header.spans, header.spans[1:], gaps):
        inside = sorted(x for x in rulings.vertical if left_end < x < right_start)
        boundaries.append(inside[len(inside) // 2] if inside else gap)
    return boundaries


def _split_by_column(word: Word, boundaries: list[float]) -> list[tuple[int, Word]]:
    """The word's pieces, each with its column (a word straddling a boundary is cut there)."""
    def column_of(x: float) -> int:
        return sum(x >= b for b in boundaries)

    first, last = column_of(word.x0 + 0.01), column_of(word.x1 - 0.01)
    if first == last:
        return [(first, word)]
    pieces: dict[int, list[dict[str, Any]]] = {}
    for char in word.chars:
        pieces.setdefault(column_of((char["x0"] + char["x1"]) / 2), []).append(char)
    return [
        (col, Word("".join(c["text"] for c in chars), chars[0]["x0"], chars[-1]["x1"], word.top, word.bottom, chars))
        for col, chars in sorted(pieces.items())
    ]


# ---------------------------------------------------------------- furniture


def _furniture_key(line: Line) -> str:
    return re.sub(r"\d+", "#", line.text.casefold())


def _is_page_number(line: Line, page_count: int) -> bool:
    match = _PAGE_NUMBER.fullmatch(line.text.strip("-–— "))
    return bool(match) and int(match.group(1)) <= page_count + 5


def _edge_lines(lines: list[Line], stop: set[int], depth: int = 3) -> list[tuple[str, int]]:
    """("top" | "bottom", index) of up to ``depth`` lines at each edge of a page, short of any line in ``stop``."""
    top = []
    for i in range(min(depth, len(lines))):
        if i in stop:
            break
        top.append(("top", i))
    bottom = []
    for i in range(len(lines) - 1, max(len(lines) - 1 - depth, len(top) - 1), -1):
        if i in stop:
            break
        bottom.append(("bottom", i))
    return top + bottom


# ---------------------------------------------------------------- the extractor


@dataclass
class _Page:
    number: int
    lines: list[Line]
    headers: list[tuple[int, int, Header]]
    rulings: Rulings
    anchors: set[int]
    """Indices of lines that hold something like an action id (they stop the furniture scan)."""


def _open(path: Path) -> pdfplumber.PDF:
    try:
        with open(path, "rb") as handle:
            head = handle.read(1024)
            handle.seek(max(0, path.stat().st_size - 2048))
            tail = handle.read()
    except OSError as error:
        raise InputFileError(path, f"cannot read: {error.strerror}") from None
    if not head:
        raise InputFileError(path, "file is empty")
    if b"%PDF-" not in head:
        raise PdfError(path, "not a PDF (no %PDF- signature in the first 1024 bytes)")
    if b"%%EOF" not in tail:
        raise PdfError(path, "truncated PDF (no %%EOF marker at the end)")
    try:
        pdf = pdfplumber.open(path)
        _ = pdf.pages
    except Exception as error:  # pdfminer raises many unrelated types for damaged or locked files
        cause = error.args[0] if error.args and isinstance(error.args[0], Exception) else error
        name = type(cause).__name__
        reason = "encrypted PDF: a password is needed" if "Password" in name or "Encrypt" in name else f"cannot parse PDF ({name}: {cause})"
        raise PdfError(path, reason) from None
    return pdf


def _read_pages(path: Path, pdf: pdfplumber.PDF, params: dict[str, Any]) -> list[_Page]:
    pages = []
    any_text = False
    for number, page in enumerate(pdf.pages, start=1):
        try:
            words, rulings = read_page(page, params)
        except Exception as error:  # damaged content streams surface as assorted pdfminer errors
            raise PdfError(path, f"cannot read page content ({type(error).__name__}: {error})", page=number) from None
        any_text = any_text or bool(words)
        lines = group_lines(words)
        headers = find_headers(lines, params["max_header_lines"])
        anchors = {i for i, line in enumerate(lines) if any(ACTION_ID.fullmatch(w.text) for w in line.words)}
        pages.append(_Page(number, lines, headers, rulings, anchors))
    if not any_text:
        raise PdfError(path, "no text layer (a scanned PDF?): no characters on any page")
    if not any(p.headers for p in pages):
        unmapped = next((p.number for p in pages if any(_BAD_GLYPH.search(w.text) for line in p.lines for w in line.words)), None)
        if unmapped is not None:
            raise PdfError(path, "glyphs without a text mapping ((cid:…) or U+FFFD): the text layer is unusable", page=unmapped)
        raise PdfError(path, f"no table header ({' | '.join(HEADER)}) found on any page")
    return pages


def _furniture(pages: list[_Page], share: float) -> dict[int, set[int]]:
    """Per page, the indices of lines that are page furniture rather than table content.

    Everything before the first header row of the document is furniture (title block, a page
    title printed once). After it, a line at the top or bottom edge of a page is furniture when
    its text (digits ignored) stands at that edge on at least ``share`` of the pages, or when it
    is a bare page number.
    """
    first = next(i for i, p in enumerate(pages) if p.headers)
    edges: dict[int, list[tuple[str, int]]] = {}
    counts: Counter[tuple[str, str]] = Counter()
    for page in pages[first:]:
        stop = {i for start, end, _ in page.headers for i in range(start, end)} | page.anchors
        edges[page.number] = _edge_lines(page.lines, stop)
        counts.update({(side, _furniture_key(page.lines[i])) for side, i in edges[page.number]})
    repeated = {key for key, n in counts.items() if n >= max(2, share * (len(pages) - first))}
    furniture = {page.number: set(range(len(page.lines))) for page in pages[:first]}
    for page in pages[first:]:
        furniture[page.number] = {
            i for side, i in edges[page.number]
            if (side, _furniture_key(page.lines[i])) in repeated or _is_page_number(page.lines[i], len(pages))
        }
    furniture[pages[first].number] |= set(range(pages[first].headers[0][0]))
    return furniture


@dataclass
class _TableLine:
    page: int
    fragments: list[Fragment]
    top: float
    bottom: float
    starts_block: bool
    """After a gap wider than line spacing, a horizontal rule, a header row or a page break."""
    page_start: bool

    @property
    def is_anchor(self) -> bool:
        return any(f.column == _ACTION_COLUMN and ACTION_ID.fullmatch(f.word.text) for f in self.fragments)


def _row_gap(pages: list[_Page]) -> float:
    """A vertical gap between printed lines wider than this separates table rows."""
    gaps = sorted(
        b.top - a.bottom for p in pages for a, b in zip(p.lines, p.lines[1:]) if b.top - a.bottom >= 0
    )
    heights = sorted(line.bottom - line.top for p in pages for line in p.lines)
    if not gaps:
        return 0.0
    return gaps[len(gaps) // 2] + max(1.5, 0.3 * heights[len(heights) // 2])


def _ruled_between(rulings: Rulings, above: Line, below: Line, header: Header) -> bool:
    """Whether a horizontal rule crosses at least 30% of the table between two lines.

    Rules drawn cell by cell (short segments at one height) count together.
    """
    low, high = (above.top + above.bottom) / 2, (below.top + below.bottom) / 2
    segments = sorted((round(y), x0, x1) for y, x0, x1 in rulings.horizontal if low < y < high)
    width = header.spans[-1][1] - header.spans[0][0]
    covered: dict[int, float] = {}
    reach: dict[int, float] = {}
    for y, x0, x1 in segments:
        start = max(x0, reach.get(y, x0))
        covered[y] = covered.get(y, 0.0) + max(0.0, x1 - start)
        reach[y] = max(reach.get(y, x1), x1)
    return any(length >= 0.3 * width for length in covered.values())


def _geometry(header: Header) -> tuple[int, ...]:
    return tuple(round(x) for span in header.spans for x in span)


def _table_lines(path: Path, pages: list[_Page], params: dict[str, Any]) -> list[_TableLine]:
    """Every printed line of the table as its words placed in columns, in reading order.

    Gutters come from the words of every page under headers of the same geometry, so a page
    whose column holds only narrow text ("-") still splits where the others do.
    """
    furniture = _furniture(pages, params["furniture_min_page_share"])
    placed: list[tuple[_Page, Line, Header]] = []
    header: Header | None = None
    for page in pages:
        header_at = {start: found for start, _, found in page.headers}
        header_lines = {i for start, end, _ in page.headers for i in range(start, end)}
        for i, line in enumerate(page.lines):
            header = header_at.get(i, header)
            if i in header_lines or i in furniture[page.number]:
                continue
            if header is None:
                raise PdfError(path, "table text before the first header row", page=page.number)
            placed.append((page, line, header))
    body: dict[tuple[int, ...], list[Word]] = {}
    for _, line, found in placed:
        body.setdefault(_geometry(found), []).extend(line.words)
    gaps = {key: gutters(next(h for _, _, h in placed if _geometry(h) == key), words) for key, words in body.items()}
    row_gap = _row_gap(pages)
    table: list[_TableLine] = []
    previous: tuple[_Page, Line, Header] | None = None
    for page, line, found in placed:
        boundaries = column_boundaries(found, gaps[_geometry(found)], page.rulings)
        fragments: list[Fragment] = []
        for word in line.words:
            if _BAD_GLYPH.search(word.text):
                raise PdfError(path, f"unmapped glyph in {quote(word.text)} (the font has no usable text layer)", page=page.number)
            fragments.extend(Fragment(page.number, col, piece) for col, piece in _split_by_column(word, boundaries))
        page_start = previous is None or previous[0] is not page
        above = None if page_start or previous[2] is not found else previous[1]
        starts = above is None or line.top - above.bottom > row_gap or _ruled_between(page.rulings, above, line, found)
        table.append(_TableLine(page.number, fragments, line.top, line.bottom, starts, page_start))
        previous = (page, line, found)
    return table


def _blocks(table: list[_TableLine]) -> list[list[_TableLine]]:
    blocks: list[list[_TableLine]] = []
    for line in table:
        if line.starts_block or not blocks:
            blocks.append([])
        blocks[-1].append(line)
    return blocks


def _ids_lead_their_rows(blocks: list[list[_TableLine]]) -> bool:
    """Whether cells are top-aligned, so that a row's id stands on its first line.

    Evidence: blocks holding one row (between gaps or rules) that open with their id; or, where
    rows run together, whether the table's very first line (no row before it) holds an id.
    Where cells are centred vertically, a row's first lines come before its id.
    """
    single = [b for b in blocks if not b[0].page_start and sum(line.is_anchor for line in b) == 1]
    if single:
        return sum(b[0].is_anchor for b in single) >= 0.5 * len(single)
    return not blocks or blocks[0][0].is_anchor


def _centred_rows(block: list[_TableLine]) -> list[list[_TableLine]]:
    """Rows of a block of vertically centred cells that run together: each row reaches as far
    below its id as its first line stands above it."""
    rows: list[list[_TableLine]] = []
    bottom = float("-inf")
    for index, line in enumerate(block):
        if not rows or (line.top + line.bottom) / 2 > bottom:
            anchor = next((a for a in block[index:] if a.is_anchor), None)
            rows.append([])
            bottom = float("inf") if anchor is None else anchor.top + anchor.bottom - line.top
        rows[-1].append(line)
    return rows


def _cell_lines(fragments: list[Fragment]) -> list[Line]:
    lines: list[Line] = []
    for page in dict.fromkeys(f.page for f in fragments):
        lines.extend(group_lines([f.word for f in fragments if f.page == page]))
    return lines


def _cell_text(lines: list[Line], limit: float, vocabulary: Counter[str]) -> str | None:
    """A cell's text; ``limit`` is the furthest right any line of two or more words in its column reaches.

    A line that reaches the limit, followed by a word the document uses in no other line, may
    have been cut inside a URL, or, holding a single word the document uses in no other line,
    inside a word too long for the column ("communications/engagem" + "ent").
    """
    def known(word: Word) -> bool:
        return vocabulary[_bare(word.text)] > 1

    filled = [
        i + 1 < len(lines) and (last := line.words[-1]).x1 >= limit - 0.6 * (last.bottom - last.top)
        and not known(lines[i + 1].words[0])
        for i, line in enumerate(lines)
    ]
    cut = [filled[i] and len(line.words) == 1 and not known(line.words[0]) for i, line in enumerate(lines)]
    return normalise_cell(join_lines([line.text for line in lines], filled, cut))


def _bare(word: str) -> str:
    return word.strip(".,;:()'\"“”‘’").casefold()


def _rows(path: Path, table: list[_TableLine]) -> list[Row]:
    """Split the table's lines into rows and join each cell.

    A row starts at the line holding an action id in the Action column, and lines without an id
    continue the row above, across page breaks too. Where cells are centred vertically, the
    lines of a block (lines between two row gaps or rules) that holds one id all belong to it,
    and a block of several rows is split around each id.
    """
    blocks = _blocks(table)
    top_aligned = _ids_lead_their_rows(blocks)
    groups: list[list[Fragment]] = []
    for block in blocks:
        if not top_aligned and any(line.is_anchor for line in block):
            groups.extend([f for line in row for f in line.fragments] for row in _centred_rows(block))
            continue
        for line in block:
            if line.is_anchor:
                groups.append([])
            elif not groups:
                raise PdfError(path, f"table text {quote(line.fragments[0].word.text)} before the first action id", page=line.page)
            groups[-1].extend(line.fragments)
    cells = [[_cell_lines([f for f in group if f.column == col]) for col in range(len(FIELDS))] for group in groups]
    limits = [
        max((line.words[-1].x1 for row in cells for line in row[col] if len(line.words) > 1), default=float("inf"))
        for col in range(len(FIELDS))
    ]
    distinct_lines = {line.text for row in cells for cell in row for line in cell}
    vocabulary = Counter(_bare(word) for text in distinct_lines for word in text.split())
    rows = []
    for group, row_cells in zip(groups, cells):
        values = {name: _cell_text(row_cells[col], limits[col], vocabulary) for col, name in enumerate(FIELDS)}
        pages = [f.page for f in group]
        rows.append(Row(**values, page_start=min(pages), page_end=max(pages)))  # type: ignore[arg-type]
    return rows


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

    Reading runs under ``params["limits"]`` (see :mod:`pipeline.extract.pdfguard`). Pages the
    file holds but that cannot be read, or damaged compressed streams, raise
    :class:`LostContentError`: at once, or with ``allow_partial`` after reading the rest (the
    error then carries the rows).
    """
    path = Path(path)
    settings = {**DEFAULTS, **(params or {})}
    with pdfguard.guarded(path, settings.get("limits", {})) as guard:
        pdf = _open(path)
        with pdf:
            guard.check_pages(pdf)
            _stop_if_lost(path, guard.lost, allow_partial)
            pages = _read_pages(path, pdf, settings)
        guard.check_blank_pages()
        _stop_if_lost(path, guard.lost, allow_partial)
    rows = _rows(path, _table_lines(path, pages, settings))
    _check(path, rows)
    if guard.lost:
        raise LostContentError(path, "content lost: " + "; ".join(guard.lost), rows=rows)
    return rows


def _stop_if_lost(path: Path, lost: list[str], allow_partial: bool) -> None:
    if lost and not allow_partial:
        raise LostContentError(path, "content lost: " + "; ".join(lost[:3]) + (f"; and {len(lost) - 3} more" if len(lost) > 3 else ""))
