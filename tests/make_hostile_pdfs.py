"""Write the crafted hostile PDFs in tests/fixtures/hostile/ (committed; rerun to rebuild them).

    python -m tests.make_hostile_pdfs

Small PDFs are written object by object (a valid cross-reference table, one attack each);
damaged copies of the annex change a few bytes of raw/annex-2009.pdf.
"""
from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "hostile"
ANNEX = ROOT / "raw" / "annex-2009.pdf"
HEADER_TEXT = b"BT /F1 9 Tf 30 560 Td (Theme Strategy Chapter Action Timing Actions Progress report Next actions) Tj ET"


def build(objects: dict[int, bytes], root: int = 1) -> bytes:
    """A PDF holding ``objects`` (number → body) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    start = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number] if number in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, root, start)
    return bytes(out)


def stream(data: bytes, filters: list[bytes] | None = None) -> bytes:
    names = b"".join(b"/" + f for f in filters or [])
    extra = b" /Filter [%s]" % names if filters else b""
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def page_doc(*, contents: bytes = b"4 0 R", font: bytes = b"5 0 R", mediabox: bytes = b"[0 0 842 595]",
             pages: bytes = b"2 0 R", extra: dict[int, bytes] | None = None, content: bytes = HEADER_TEXT) -> bytes:
    """One landscape page showing the table header; each keyword argument can be swapped for an attack."""
    objects = {
        1: b"<< /Type /Catalog /Pages %s >>" % pages,
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox %s /Contents %s /Resources << /Font << /F1 %s >> >> >>"
           % (mediabox, contents, font),
        4: stream(content),
        5: FONT,
    }
    objects.update(extra or {})
    return build(objects)


def bomb(gib: int) -> bytes:
    """A content stream of ``gib`` GiB of spaces, deflated twice ([/FlateDecode /FlateDecode]): a few KB on disk."""
    deflater = zlib.compressobj(9)
    block = b" " * (1 << 24)
    inner = b"".join(deflater.compress(block) for _ in range(gib * 64)) + deflater.flush()
    return page_doc(extra={4: stream(zlib.compress(inner, 9), [b"FlateDecode", b"FlateDecode"])})


def many_objects(count: int) -> bytes:
    """One page whose content stream shows ``count`` one-letter text objects."""
    body = b"BT /F1 1 Tf " + b"(a) Tj " * count + b"ET"
    return page_doc(extra={4: stream(zlib.compress(body, 9), [b"FlateDecode"])})


def cycle(a: int, b: int) -> dict[int, bytes]:
    """Two indirect objects that refer to each other."""
    return {a: b"%d 0 R" % b, b: b"%d 0 R" % a}


def annex_with(old: bytes, new: bytes, occurrence: int = 0) -> bytes:
    """The annex PDF with one occurrence of ``old`` replaced by ``new``."""
    data = ANNEX.read_bytes()
    start = [m.start() for m in re.finditer(re.escape(old), data)][occurrence]
    return data[:start] + new + data[start + len(old):]


FIXTURES: dict[str, Callable[[], bytes]] = {
    "flate-bomb-1gib.pdf": lambda: bomb(1),
    "flate-bomb-8gib.pdf": lambda: bomb(8),
    "million-text-objects.pdf": lambda: many_objects(1_000_000),
    "cycle-contents.pdf": lambda: page_doc(contents=b"10 0 R", extra=cycle(10, 11)),
    "cycle-font.pdf": lambda: page_doc(font=b"10 0 R", extra=cycle(10, 11)),
    "cycle-mediabox.pdf": lambda: page_doc(mediabox=b"10 0 R", extra=cycle(10, 11)),
    "cycle-pages.pdf": lambda: page_doc(pages=b"10 0 R", extra=cycle(10, 11)),
    "cycle-tounicode.pdf": lambda: page_doc(extra={
        5: FONT[:-2] + b" /ToUnicode 10 0 R >>", **cycle(10, 11)}),
    "cycle-kids.pdf": lambda: page_doc(extra={2: b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 1 >>"}),
    # One /Parent value one byte shorter: every object after it is off by one byte in the xref.
    "page-tree-damaged.pdf": lambda: annex_with(b"/Parent 115 0 R", b"/Parent 11 0 R", occurrence=8),
    # Font descriptors without /FontBBox: pdfminer warns on every font but the text is intact.
    "no-font-bbox.pdf": lambda: ANNEX.read_bytes().replace(b"/FontBBox", b"/FontBBoy"),
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, make in FIXTURES.items():
        data = make()
        (OUT / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
