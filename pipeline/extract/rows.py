"""Row assembly: the table's printed lines, placed in columns, into rows of cells.

A row starts where an action id stands in the Action column; every other line belongs to the
row above it, across page breaks too. Where cells are centred vertically (the id is not on its
row's first line), rows are told apart by the gaps and horizontal rules between them. Where cells
are aligned to the bottom (spreadsheets), the id sits on a row's last line and the lines above it
since the previous row's rule or gap belong to it.

A layout without Theme and Chapter columns prints them in full-width group heading rows
("Theme — Chapter"): a line without an id whose words run on across column boundaries with no
gutter, split by a dash. Its values go to every row below it until the next heading.

Merged cells: where a column shows no rule between two rows while the other columns do, the
column's cells are merged there, and its blank cells are filled down from the row above, on
later pages too. In a table without rules, a blank cell in a column the schema never leaves
blank is filled the same way. Each filled run is logged at DEBUG.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pipeline.errors import quote
from pipeline.extract.cells import ACTION_ID, FIELDS, Row
from pipeline.extract.joins import join_cell, vocabulary
from pipeline.extract.layout import Header
from pipeline.extract.pdfpage import Line, Rulings, Word, group_lines
from pipeline.extract.text import REQUIRED

log = logging.getLogger("pipeline.extract.rows")

ACTION_COLUMN = FIELDS.index("action_id")
ErrorAt = Callable[[str, int], Exception]
"""Builds the error to raise for a message about a page."""
_HEADING_SEPARATOR = re.compile(r"\s+[—–-]\s+")


@dataclass
class Fragment:
    """A word placed in the table: page and column (index into FIELDS)."""

    page: int
    column: int
    word: Word


@dataclass
class TableLine:
    page: int
    fragments: list[Fragment]
    top: float
    bottom: float
    starts_block: bool
    """After a gap wider than line spacing, a horizontal rule, a header row or a page break."""
    page_start: bool
    rulings: Rulings
    boundaries: list[float]
    header: Header
    heading: tuple[str, str] | None = None

    @property
    def is_anchor(self) -> bool:
        return any(f.column == ACTION_COLUMN and ACTION_ID.fullmatch(f.word.text) for f in self.fragments)

    def column_span(self, column: int) -> tuple[float, float] | None:
        if column not in self.header.columns:
            return None
        i = self.header.columns.index(column)
        edges = [self.header.spans[0][0], *self.boundaries, self.header.spans[-1][1]]
        return edges[i], edges[i + 1]


def group_heading(line: Line, boundaries: list[float], header: Header) -> tuple[str, str] | None:
    """(theme, chapter) of a full-width group heading line, in a layout whose header lacks them."""
    if any(FIELDS[c] in ("theme", "chapter") for c in header.columns) or len(line.words) < 3:
        return None
    if any(ACTION_ID.fullmatch(w.text) for w in line.words):
        return None
    height = line.bottom - line.top
    if any(b.x0 - a.x1 > 0.6 * height for a, b in zip(line.words, line.words[1:])):
        return None
    if not any(line.words[0].x0 < x < line.words[-1].x1 for x in boundaries):
        return None
    parts = _HEADING_SEPARATOR.split(line.text, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 and all(parts) else None


def _blocks(table: list[TableLine]) -> list[list[TableLine]]:
    blocks: list[list[TableLine]] = []
    for line in table:
        if line.starts_block or not blocks:
            blocks.append([])
        blocks[-1].append(line)
    return blocks


def _id_position(blocks: list[list[TableLine]]) -> str:
    """Where a row's id stands among its lines: "top", "middle" (centred cells) or "bottom".

    Evidence: blocks holding one row (between gaps or rules, not at a page start); where rows
    run together, whether the table's very first line holds an id.
    """
    single = [b for b in blocks if not b[0].page_start and sum(line.is_anchor for line in b) == 1]
    if not single:
        return "top" if not blocks or blocks[0][0].is_anchor else "middle"
    if sum(b[0].is_anchor for b in single) >= 0.5 * len(single):
        return "top"
    return "bottom" if sum(b[-1].is_anchor for b in single) >= 0.5 * len(single) else "middle"


def _centred_rows(block: list[TableLine]) -> list[list[TableLine]]:
    """Rows of a block of vertically centred cells that run together: each row reaches as far
    below its id as its first line stands above it."""
    rows: list[list[TableLine]] = []
    bottom = float("-inf")
    for index, line in enumerate(block):
        if not rows or (line.top + line.bottom) / 2 > bottom:
            anchor = next((a for a in block[index:] if a.is_anchor), None)
            rows.append([])
            bottom = float("inf") if anchor is None else anchor.top + anchor.bottom - line.top
        rows[-1].append(line)
    return rows


@dataclass
class _RowLines:
    lines: list[TableLine] = field(default_factory=list)
    heading: tuple[str, str] | None = None


def _row_lines(path_error: ErrorAt, table: list[TableLine]) -> list[_RowLines]:
    position = _id_position(_blocks(table))
    rows: list[_RowLines] = []
    heading: tuple[str, str] | None = None
    pending: list[TableLine] = []
    for block in _blocks(table):
        if position == "middle" and any(line.is_anchor for line in block):
            for lines in _centred_rows(block):
                rows.append(_RowLines(lines, heading))
            continue
        for line in block:
            if line.heading:
                heading = line.heading
                pending = []
                continue
            if position == "bottom":
                pending.append(line)
                if line.is_anchor:
                    rows.append(_RowLines(pending, heading))
                    pending = []
                continue
            if line.is_anchor:
                rows.append(_RowLines([], heading))
            elif not rows:
                raise path_error(f"table text {quote(line.fragments[0].word.text)} before the first action id", line.page)
            rows[-1].lines.append(line)
        if position == "bottom" and pending and rows:
            rows[-1].lines.extend(pending)
            pending = []
    return rows


def _rule_across(above: TableLine, below: TableLine, span: tuple[float, float]) -> bool:
    """Whether a horizontal rule between two lines of one page crosses the middle of ``span``."""
    middle = (span[0] + span[1]) / 2
    return any(above.bottom - 1 <= y <= below.top + 1 and x0 <= middle <= x1 for y, x0, x1 in below.rulings.horizontal)


def _merged_columns(rows: list[_RowLines]) -> set[int]:
    """Columns where some pair of rows on one page has no rule between them while another column has one."""
    merged: set[int] = set()
    for previous, row in zip(rows, rows[1:]):
        if not previous.lines or not row.lines or previous.lines[-1].page != row.lines[0].page:
            continue
        above, below = previous.lines[-1], row.lines[0]
        spans = {c: below.column_span(c) for c in range(len(FIELDS))}
        ruled = {c for c, span in spans.items() if span and _rule_across(above, below, span)}
        if ruled:
            merged |= {c for c, span in spans.items() if span and c not in ruled}
    return merged


def assemble(path_error: ErrorAt, table: list[TableLine], params: dict[str, Any]) -> list[Row]:
    """Rows of cells from the table's lines."""
    rows = _row_lines(path_error, table)
    merged = _merged_columns(rows)
    any_rules = any(line.rulings.horizontal for line in table)
    fill = merged if any_rules else {FIELDS.index(name) for name in REQUIRED}
    cells: list[list[list[Line]]] = []
    for row in rows:
        fragments = [f for line in row.lines for f in line.fragments]
        cells.append([
            [line for page in dict.fromkeys(f.page for f in fragments)
             for line in group_lines([f.word for f in fragments if f.page == page and f.column == col])]
            for col in range(len(FIELDS))
        ])
    edges = [  # how far right lines of two or more words reach (a one-word line may be a URL overflowing)
        max((line.words[-1].x1 for row in cells for line in row[col] if len(line.words) > 1), default=0.0)
        or max((line.words[-1].x1 for row in cells for line in row[col]), default=float("inf"))
        for col in range(len(FIELDS))
    ]
    words = vocabulary([cell for row in cells for cell in row], [edges[c] for _ in cells for c in range(len(FIELDS))], params)
    result: list[Row] = []
    previous: dict[str, str | None] = {}
    for row, row_cells in zip(rows, cells):
        values = {name: join_cell(row_cells[col], edges[col], words) for col, name in enumerate(FIELDS)}
        if row.heading:
            values["theme"], values["chapter"] = values["theme"] or row.heading[0], values["chapter"] or row.heading[1]
        for col in sorted(fill):
            name = FIELDS[col]
            if values[name] is None and previous.get(name) is not None:
                values[name] = previous[name]
                log.debug("merged cell: %s of %s filled from the row above (%r)", name, values["action_id"], values[name])
        pages = [line.page for line in row.lines]
        if not ACTION_ID.fullmatch(values["action_id"] or ""):
            raise path_error(f"action id {quote(values['action_id'])} is not of the form N.M", min(pages))
        result.append(Row(**values, page_start=min(pages), page_end=max(pages)))  # type: ignore[arg-type]
        previous = values
    return result
