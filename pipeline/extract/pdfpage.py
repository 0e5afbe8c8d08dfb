"""Reading a PDF page by page into what the layout model needs: printed lines of words and rulings.

pdfminer parses each page (no layout analysis); its characters are built into words here and
the page is then dropped, so memory holds only words with their boxes. Words are built by hand
rather than with pdfplumber's word extractor because that one wants a dict per character, and
building those dicts costs more than pdfminer's own parsing of the page.
"""
from __future__ import annotations

from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from pdfminer.layout import LTChar, LTComponent, LTContainer, LTLine, LTPage, LTRect
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser

from pipeline.extract.glyphs import FontSpecs, RecoveringAggregator

_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "ft", "ﬆ": "st"}


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    edges: array
    """x0 and x1 of each character of ``text``, interleaved."""

    def piece(self, start: int, end: int) -> Word:
        """The word's characters ``start:end`` as a word of their own."""
        return Word(self.text[start:end], self.edges[2 * start], self.edges[2 * end - 1], self.top, self.bottom,
                    self.edges[2 * start:2 * end])


@dataclass(slots=True)
class Line:
    words: list[Word]
    top: float
    bottom: float

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass(slots=True)
class Rulings:
    vertical: list[float]
    """x of each vertical line or rectangle side."""
    horizontal: list[tuple[float, float, float]]
    """(y, x0, x1) of each horizontal line or rectangle edge."""


@dataclass(slots=True)
class Page:
    number: int
    lines: list[Line]
    rulings: Rulings


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
                line.top, line.bottom = min(line.top, word.top), max(line.bottom, word.bottom)
                break
        else:
            lines.append(Line([word], word.top, word.bottom))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    return lines


def _walk(objects: LTContainer) -> Iterator[LTComponent]:
    for obj in objects:
        if isinstance(obj, LTContainer):
            yield from _walk(obj)
        else:
            yield obj


def _words(chars: list[tuple[str, float, float, float, float, float]], params: dict[str, Any]) -> list[Word]:
    """Words from characters (text, x0, x1, top, bottom, size): chars whose tops lie within
    ``y_tolerance`` form a line; a space, or a gap wider than ``x_tolerance_ratio`` of the font
    size, ends a word."""
    ratio, y_tolerance = params["x_tolerance_ratio"], params["y_tolerance"]
    words: list[Word] = []
    chars.sort(key=lambda c: c[3])
    start = 0
    for end in range(1, len(chars) + 1):
        if end < len(chars) and chars[end][3] - chars[end - 1][3] <= y_tolerance:
            continue
        row = sorted(chars[start:end], key=lambda c: c[1])
        start = end
        text: list[str] = []
        edges = array("d")
        top = bottom = 0.0
        previous = None
        for char in row:
            if previous is not None and (char[0].isspace() or char[1] - previous[2] > ratio * char[5]):
                if text:
                    words.append(Word("".join(text), edges[0], edges[-1], top, bottom, edges))
                text, edges = [], array("d")
            previous = char
            if char[0].isspace():
                continue
            if not text:
                top, bottom = char[3], char[4]
            else:
                top, bottom = min(top, char[3]), max(bottom, char[4])
            expanded = _LIGATURES.get(char[0], char[0])
            step = (char[2] - char[1]) / len(expanded)
            for i, letter in enumerate(expanded):
                text.append(letter)
                edges.extend((char[1] + i * step, char[1] + (i + 1) * step))
        if text:
            words.append(Word("".join(text), edges[0], edges[-1], top, bottom, edges))
    return words


def _page(number: int, layout: LTPage, params: dict[str, Any]) -> Page:
    height = layout.height
    chars = []
    rulings = Rulings([], [])
    for obj in _walk(layout):
        if isinstance(obj, LTChar):
            if obj.upright:
                chars.append((obj.get_text(), obj.x0, obj.x1, height - obj.y1, height - obj.y0, obj.size))
        elif isinstance(obj, (LTLine, LTRect)):
            top, bottom = height - obj.y1, height - obj.y0
            if obj.height > 4:
                rulings.vertical.extend([obj.x0] if obj.width < 2 else [obj.x0, obj.x1])
            if obj.width > 4:
                rulings.horizontal.extend([(top, obj.x0, obj.x1)] if obj.height < 2 else [(top, obj.x0, obj.x1), (bottom, obj.x0, obj.x1)])
    return Page(number, group_lines(_words(chars, params)), rulings)


class PageReader:
    """Pages of an open PDF one at a time; ``unmapped`` counts U+FFFD glyphs per page number."""

    def __init__(self, handle: BinaryIO) -> None:
        self.document = PDFDocument(PDFParser(handle))
        self._fonts = FontSpecs()
        self._device = RecoveringAggregator(self._fonts)
        self._interpreter = PDFPageInterpreter(self._fonts, self._device)

    @property
    def unmapped(self) -> dict[int, int]:
        return dict(self._device.unmapped)

    def pages(self) -> Iterator[tuple[int, PDFPage]]:
        """(number, page) for each page, parsed only when read."""
        yield from enumerate(PDFPage.create_pages(self.document), start=1)

    def read(self, number: int, page: PDFPage, params: dict[str, Any]) -> Page:
        """The page's lines of words and its rulings (rectangle edges count: cell borders, shading)."""
        self._interpreter.process_page(page)
        return _page(number, self._device.get_result(), params)
