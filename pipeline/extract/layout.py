"""The layout model: header rows, column boundaries and page furniture, from words and rulings.

A header row is a band of one to a few printed lines whose letters are exactly those of the
column labels, all seven or the five without Theme and Strategy Chapter (those then come from
full-width group heading rows). Labels may wrap, be hyphenated or be cut inside a word
("Strateg" / "y" / "Chapter"): the band's words are stacked into columns by horizontal overlap
and the stacks, left to right, must spell the labels in order.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from pipeline.extract.cells import FIELDS, HEADER
from pipeline.extract.pdfpage import Line, Page, Rulings, Word

_PAGE_NUMBER = re.compile(r"(?:page\s*)?(\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?", re.IGNORECASE)
_GROUPED = ("theme", "chapter")
"""Columns a layout may leave out, printing them as group heading rows instead."""


def letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


_LABEL_SETS = (
    tuple(range(len(HEADER))),
    tuple(i for i, name in enumerate(FIELDS) if name not in _GROUPED),
)
_LABEL_LETTERS = [letters(label) for label in HEADER]
_LABEL_COUNTS = [Counter("".join(_LABEL_LETTERS[i] for i in labels)) for labels in _LABEL_SETS]
_LABEL_TEXT = " ".join(_LABEL_LETTERS)


@dataclass(frozen=True)
class Header:
    top: float
    bottom: float
    columns: tuple[int, ...]
    """Index into FIELDS of each printed column, left to right."""
    spans: tuple[tuple[float, float], ...]
    """Horizontal extent of each column's label, left to right."""

    @property
    def geometry(self) -> tuple[object, ...]:
        return self.columns, tuple(round(x) for span in self.spans for x in span)


def _stacks(lines: list[Line]) -> list[list[tuple[int, Word]]]:
    """The band's words as (line index, word), grouped where they overlap horizontally across lines."""
    words = [(i, w) for i, line in enumerate(lines) for w in line.words]
    parent = list(range(len(words)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, (la, wa) in enumerate(words):
        for b in range(a + 1, len(words)):
            lb, wb = words[b]
            if la != lb and min(wa.x1, wb.x1) > max(wa.x0, wb.x0):
                parent[root(a)] = root(b)
    groups: dict[int, list[tuple[int, Word]]] = {}
    for k, item in enumerate(words):
        groups.setdefault(root(k), []).append(item)
    return sorted(groups.values(), key=lambda g: min(w.x0 for _, w in g))


def _spell(stacks: list[list[tuple[int, Word]]], labels: tuple[int, ...]) -> list[tuple[float, float]] | None:
    """Spans of the labels when consecutive stacks spell them in order, else None."""
    if not labels:
        return [] if not stacks else None
    target = _LABEL_LETTERS[labels[0]]
    for count in range(1, len(stacks) + 1):
        words = sorted((item for stack in stacks[:count] for item in stack), key=lambda item: (item[0], item[1].x0))
        spelled = "".join(letters(w.text) for _, w in words)
        if len(spelled) > len(target):
            return None
        if spelled == target:
            rest = _spell(stacks[count:], labels[1:])
            if rest is not None:
                return [(min(w.x0 for _, w in words), max(w.x1 for _, w in words)), *rest]
    return None


def find_headers(lines: list[Line], max_lines: int) -> list[tuple[int, int, Header]]:
    """Header rows on a page as (first line index, end line index, header)."""
    found: list[tuple[int, int, Header]] = []
    index = 0
    while index < len(lines):
        counts: Counter[str] = Counter()
        for end in range(index + 1, min(index + max_lines, len(lines)) + 1):
            words = lines[end - 1].words
            if not all((part := letters(w.text)) and part in _LABEL_TEXT for w in words):
                break
            counts.update("".join(letters(w.text) for w in words))
            if counts in _LABEL_COUNTS:
                labels = _LABEL_SETS[_LABEL_COUNTS.index(counts)]
                spans = _spell(_stacks(lines[index:end]), labels)
                if spans:
                    found.append((index, end, Header(lines[index].top, lines[end - 1].bottom, labels, tuple(spans))))
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
    """x positions separating the columns: a ruling line between two labels, else the gutter."""
    boundaries = []
    for (_, left_end), (right_start, _), gap in zip(header.spans, header.spans[1:], gaps):
        inside = sorted(x for x in rulings.vertical if left_end < x < right_start)
        boundaries.append(inside[len(inside) // 2] if inside else gap)
    return boundaries


def split_by_column(word: Word, boundaries: list[float]) -> list[tuple[int, Word]]:
    """The word's pieces, each with its printed column (a word straddling a boundary is cut there)."""
    def column_of(x: float) -> int:
        return sum(x >= b for b in boundaries)

    first, last = column_of(word.x0 + 0.01), column_of(word.x1 - 0.01)
    if first == last:
        return [(first, word)]
    pieces: list[tuple[int, Word]] = []
    start = 0
    for index in range(1, len(word.text) + 1):
        here = column_of((word.edges[2 * start] + word.edges[2 * start + 1]) / 2)
        if index == len(word.text) or column_of((word.edges[2 * index] + word.edges[2 * index + 1]) / 2) != here:
            pieces.append((here, word.piece(start, index)))
            start = index
    return pieces


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


def furniture(pages: list[tuple[Page, list[tuple[int, int, Header]], set[int]]], share: float) -> dict[int, set[int]]:
    """Per page number, the indices of lines that are page furniture rather than table content.

    ``pages`` holds each page with its header rows and the lines holding something like an action
    id (they stop the scan). Everything before the document's first header row is furniture
    (title block, a title printed once). After it, a line at the top or bottom edge of a page is
    furniture when its text (digits ignored) stands at that edge on at least ``share`` of the
    pages that print anything, or when it is a bare page number.
    """
    first = next(i for i, (_, headers, _) in enumerate(pages) if headers)
    edges: dict[int, list[tuple[str, int]]] = {}
    counts: Counter[tuple[str, str]] = Counter()
    printed = 0
    for page, headers, anchors in pages[first:]:
        printed += bool(page.lines)
        stop = {i for start, end, _ in headers for i in range(start, end)} | anchors
        edges[page.number] = _edge_lines(page.lines, stop)
        counts.update({(side, _furniture_key(page.lines[i])) for side, i in edges[page.number]})
    repeated = {key for key, n in counts.items() if n >= max(2, share * printed)}
    result = {page.number: set(range(len(page.lines))) for page, _, _ in pages[:first]}
    for page, _, _ in pages[first:]:
        result[page.number] = {
            i for side, i in edges[page.number]
            if (side, _furniture_key(page.lines[i])) in repeated or _is_page_number(page.lines[i], len(pages))
        }
    page, headers, _ = pages[first]
    result[page.number] |= set(range(headers[0][0]))
    return result
