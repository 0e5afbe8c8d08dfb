"""Glyph recovery: text for character codes a PDF font gives no Unicode mapping for.

pdfminer maps a simple font's codes through its encoding and Adobe's glyph list, and calls its
device's ``handle_undefined_char`` for the codes neither defines. Two standard rules still give
those codes their text:

- the PDF reference (Annex D, note on WinAnsiEncoding): every unused code above 040 of
  WinAnsiEncoding renders as the bullet; reportlab, for one, writes "•" as code 127 so;
- Adobe's glyph naming convention: a glyph name in the font's ``/Differences`` that the glyph
  list lacks is read without its ``.suffix`` ("bullet.alt") and as ``_``-joined components
  ("f_f_i").

A code neither rule covers becomes U+FFFD, and is counted so the caller can warn.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from pdfminer.converter import PDFPageAggregator
from pdfminer.encodingdb import EncodingDB, name2unicode
from pdfminer.pdffont import PDFFont, PDFSimpleFont
from pdfminer.pdfinterp import PDFResourceManager
from pdfminer.psparser import PSLiteral
from pdfminer.pdftypes import resolve1

REPLACEMENT = "\ufffd"
_WIN_ANSI = EncodingDB.encodings["WinAnsiEncoding"]
_WIN_ANSI_UNUSED = frozenset(code for code in range(0o41, 256) if code not in _WIN_ANSI)


def _differences(spec: Any) -> dict[int, str]:
    """Glyph names a font's ``/Encoding /Differences`` array gives to codes."""
    encoding = resolve1(spec.get("Encoding")) if hasattr(spec, "get") else None
    names: dict[int, str] = {}
    if isinstance(encoding, dict):
        code = 0
        for item in resolve1(encoding.get("Differences", [])) or []:
            if isinstance(item, int):
                code = item
            elif isinstance(item, PSLiteral):
                names[code] = str(item.name)
                code += 1
    return names


def _from_glyph_name(name: str) -> str | None:
    """Text of a glyph name by Adobe's naming convention (suffix dropped, ligature components)."""
    base = name.split(".", 1)[0]
    try:
        return "".join(name2unicode(part) for part in base.split("_")) if base else None
    except (KeyError, ValueError):
        return None


class FontSpecs(PDFResourceManager):
    """A resource manager that remembers each simple font's ``/Differences`` glyph names."""

    def __init__(self) -> None:
        super().__init__(caching=True)
        self.names: dict[int, dict[int, str]] = {}

    def get_font(self, objid: object, spec: Any) -> PDFFont:
        font = super().get_font(objid, spec)
        if id(font) not in self.names:
            self.names[id(font)] = _differences(spec)
        return font


class RecoveringAggregator(PDFPageAggregator):
    """pdfminer's page aggregator with the standard rules above for undefined codes."""

    def __init__(self, fonts: FontSpecs) -> None:
        super().__init__(fonts, laparams=None)
        self.fonts = fonts
        self.unmapped: Counter[int] = Counter()
        """Codes left as U+FFFD, per page number."""

    def handle_undefined_char(self, font: PDFFont, cid: int) -> str:
        if isinstance(font, PDFSimpleFont):
            name = self.fonts.names.get(id(font), {}).get(cid)
            text = _from_glyph_name(name) if name else None
            if text:
                return text
            if name is None and cid in _WIN_ANSI_UNUSED and font.cid2unicode.get(0x95) == "•" and font.cid2unicode.get(0x80) == "€":
                return "•"  # a WinAnsi-based encoding that leaves the code unused
        self.unmapped[self.pageno] += 1
        return REPLACEMENT
