"""Resource limits and damage detection around pdfminer, for hostile or damaged PDFs.

Why pdfminer is guarded by hand here: pdfminer.six (which pdfplumber reads through) has no
limits of its own and no hook for them. It inflates a Flate stream with one unbounded
``zlib.decompress`` (a 2 KB stream can ask for gigabytes), follows an indirect reference that
points back round to itself for ever (``resolve1``), interprets a content stream of any length,
and reports a damaged compressed stream only as a logging warning, or replaces it with nothing
at all. pdfplumber's only knob is which pages to read; pypdfium2 would be a second parser with
different text. So this one module wraps six pdfminer functions, once, at import; the wrappers
do nothing unless a :func:`guarded` block is running:

- ``pdftypes.zlib.decompress`` and ``pdftypes.decompress_corrupted``: Flate output is inflated
  at most ``max_stream_bytes`` (+1) bytes at a time, and a stream that cannot be inflated to
  its end is recorded as lost content instead of silently shortened;
- ``PDFStream.decode``: any other filter's output over ``max_stream_bytes`` fails;
- ``PDFObjRef.resolve``: a chain of references that comes back to itself fails;
- ``PDFContentParser.nexttoken``: more than ``max_objects_per_page`` content-stream tokens on
  one page, or more than ``max_seconds_per_page``, fails;
- ``PDFPageInterpreter.process_page``: starts each page's count and clock, and notes whether
  the page showed any text (a blank page between pages with text lost its content).

A limit aborts with :class:`_Abort`, a ``BaseException``, because pdfminer and pdfplumber catch
``Exception`` broadly and would swallow or re-wrap it; :func:`guarded` turns it into one
:class:`LimitError` naming the page.
"""
from __future__ import annotations

import contextlib
import contextvars
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from pdfminer import pdftypes
from pdfminer.layout import LTChar, LTContainer
from pdfminer.pdfinterp import PDFContentParser, PDFPageInterpreter
from pdfminer.pdftypes import PDFObjRef, PDFStream, resolve1
from pdfminer.psparser import LIT

from pipeline.errors import InputFileError, LimitError

LITERAL_PAGE = LIT("Page")


@dataclass(frozen=True)
class Limits:
    """Resource limits for one PDF (``extract.pdf.limits`` in params.yaml)."""

    max_stream_bytes: int
    max_objects_per_page: int
    max_pages: int
    max_seconds_per_page: float


class _Abort(BaseException):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass
class Guard:
    """The running checks of one PDF: current page, its token count and deadline, and what was lost."""

    limits: Limits
    page: int | None = None
    tokens: int = 0
    deadline: float = 0.0
    lost: list[str] = field(default_factory=list)
    numbers: dict[int, int] = field(default_factory=dict)
    """id() of each pdfminer page object → its page number."""
    texts: dict[int, bool] = field(default_factory=dict)
    """Page number → whether the page showed any character."""

    def start(self, page: int | None) -> None:
        self.page, self.tokens = page, 0
        self.deadline = time.monotonic() + self.limits.max_seconds_per_page

    def tick(self) -> None:
        self.tokens += 1
        if self.tokens > self.limits.max_objects_per_page:
            raise _Abort(f"more than {self.limits.max_objects_per_page} content-stream objects on one page "
                         "(extract.pdf.limits.max_objects_per_page)")
        if not self.tokens & 1023:
            self.check_time()

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            where = "reading one page" if self.page is not None else "opening the file"
            raise _Abort(f"{where} took more than {self.limits.max_seconds_per_page:g} s "
                         "(extract.pdf.limits.max_seconds_per_page)")

    def damaged(self, what: str) -> None:
        where = f"page {self.page}" if self.page is not None else "a shared object"
        self.lost.append(f"{where}: {what}")

    def check_blank_pages(self) -> None:
        """A page without a character between pages with text lost its content (a damaged stream or filter)."""
        with_text = [page for page, text in sorted(self.texts.items()) if text]
        blank = [page for page, text in sorted(self.texts.items()) if not text and with_text and with_text[0] < page < with_text[-1]]
        if blank:
            self.lost.append(f"page(s) {', '.join(map(str, blank[:10]))} show no text between pages with text")

    def check_pages(self, doc: Any, pages: list[tuple[int, Any]]) -> None:
        """Compare the page tree's /Count and the file's page objects with the pages pdfminer reached
        (``pages``: (number, PDFPage) in order)."""
        root = resolve1(doc.catalog.get("Pages"))
        count = resolve1(root.get("Count")) if isinstance(root, dict) else None
        if isinstance(count, int) and count > self.limits.max_pages:
            raise _Abort(f"the page tree counts {count} pages, more than {self.limits.max_pages} "
                         "(extract.pdf.limits.max_pages)")
        if len(pages) > self.limits.max_pages:
            raise _Abort(f"more than {self.limits.max_pages} pages (extract.pdf.limits.max_pages)")
        self.numbers = {id(page): number for number, page in pages}
        reached = {page.pageid for _, page in pages}
        if not isinstance(root, dict):
            self.lost.append("the page tree's root (/Pages) cannot be read: pages were found by scanning the file")
        elif isinstance(count, int) and count != len(pages):
            self.lost.append(f"the page tree counts {count} pages (/Count) but {len(pages)} could be read")
        page_ids, unreadable, total = _scan_objects(doc, self)
        orphans = [objid for objid in page_ids if objid not in reached]
        if orphans:
            self.lost.append(f"{len(orphans)} page object(s) not reachable from the page tree "
                             f"(objects {', '.join(map(str, orphans[:5]))})")
        if unreadable:
            self.lost.append(f"{unreadable} of the {total} objects the cross-reference table lists cannot be read")


def _scan_objects(doc: Any, guard: Guard) -> tuple[list[int], int, int]:
    """Every object the cross-reference tables list: ids of /Type /Page ones, how many cannot be read, how many."""
    seen: set[int] = set()
    pages: list[int] = []
    unreadable = 0
    for xref in doc.xrefs:
        for objid in xref.get_objids():
            if objid in seen:
                continue
            seen.add(objid)
            guard.check_time()
            try:
                obj = doc.getobj(objid)
            except Exception:  # pdfminer raises assorted types for an object it cannot parse
                unreadable += 1
                continue
            if isinstance(obj, dict) and obj.get("Type") is LITERAL_PAGE:
                pages.append(objid)
    return pages, unreadable, len(seen)


_GUARD: contextvars.ContextVar[Guard | None] = contextvars.ContextVar("pdf_guard", default=None)


@contextlib.contextmanager
def guarded(path: Path, limits: dict[str, Any]) -> Iterator[Guard]:
    """Run pdfminer under ``limits`` for the ``with`` block; a limit breached raises :class:`LimitError`."""
    try:
        guard = Guard(Limits(max_stream_bytes=int(limits["max_stream_bytes"]),
                             max_objects_per_page=int(limits["max_objects_per_page"]),
                             max_pages=int(limits["max_pages"]),
                             max_seconds_per_page=float(limits["max_seconds_per_page"])))
    except (KeyError, TypeError, ValueError) as error:
        raise InputFileError("params.yaml", f"extract.pdf.limits: {type(error).__name__} {error}") from None
    guard.start(None)
    token = _GUARD.set(guard)
    try:
        yield guard
    except _Abort as abort:
        raise LimitError(path, abort.message, page=guard.page) from None
    except RecursionError:
        raise LimitError(path, "objects nested too deeply or referring to themselves", page=guard.page) from None
    finally:
        _GUARD.reset(token)


# ---------------------------------------------------------------- the wrappers


def _inflate(data: bytes) -> bytes:
    """``zlib.decompress`` with at most ``max_stream_bytes`` of output."""
    guard = _GUARD.get()
    if guard is None:
        return zlib.decompress(data)
    limit = guard.limits.max_stream_bytes
    inflater = zlib.decompressobj()
    out = inflater.decompress(data, limit + 1)
    if len(out) > limit:
        raise _Abort(f"a compressed stream inflates to more than {limit} bytes (extract.pdf.limits.max_stream_bytes)")
    if not inflater.eof:
        raise zlib.error("incomplete or truncated stream")
    return out


def _salvage(data: bytes) -> bytes:
    """What can be inflated from a damaged Flate stream, which is recorded as lost content when it
    breaks off, stops early, or inflates to data that fail the stream's adler32 checksum.

    The deflate data is read raw (past the 2-byte zlib header), so a stream cut short only in
    its checksum loses nothing. Replaces pdfminer's byte-at-a-time loop (quadratic in the stream's
    size) with 4 KB steps, and byte steps only inside the step where the damage starts.
    """
    guard = _GUARD.get()
    limit = guard.limits.max_stream_bytes if guard else 1 << 62
    header_ok = len(data) > 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
    position = 2 if header_ok else 0
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    out: list[bytes] = []
    size, careful_until, broken = 0, 0, False
    while position < len(data) and not inflater.eof:
        step = 1 if position < careful_until else 4096
        backup = inflater.copy()
        try:
            piece = inflater.decompress(data[position:position + step], limit + 1 - size)
        except zlib.error:
            if step == 1:
                broken = True
                break
            inflater, careful_until = backup, position + step
            continue
        out.append(piece)
        size += len(piece)
        if size > limit:
            raise _Abort(f"a compressed stream inflates to more than {limit} bytes (extract.pdf.limits.max_stream_bytes)")
        position = min(position + step, len(data))
        if guard is not None:
            guard.check_time()
    result = b"".join(out)
    after = data[position - len(inflater.unused_data):] if inflater.eof else b""
    checksum = after[:4] if header_ok else b""
    wrong_sum = len(checksum) == 4 and int.from_bytes(checksum, "big") != zlib.adler32(result)
    if guard is not None and (broken or not inflater.eof or after[4:].strip() or wrong_sum):
        what = "fails its checksum" if inflater.eof and not broken and not after[4:].strip() else f"breaks off after {size} bytes"
        guard.damaged(f"a compressed stream is damaged: it {what} (content lost or changed)")
    return result


_original_decode = PDFStream.decode
_original_resolve = PDFObjRef.resolve
_original_nexttoken = PDFContentParser.nexttoken
_original_process_page = PDFPageInterpreter.process_page


def _decode(self: PDFStream) -> None:
    _original_decode(self)
    guard = _GUARD.get()
    if guard is not None and self.data is not None and len(self.data) > guard.limits.max_stream_bytes:
        self.data = b""
        raise _Abort(f"a stream decodes to more than {guard.limits.max_stream_bytes} bytes "
                     "(extract.pdf.limits.max_stream_bytes)")


def _resolve(self: PDFObjRef, default: object = None) -> Any:
    value = _original_resolve(self, default)
    guard = _GUARD.get()
    if guard is None or not isinstance(value, PDFObjRef):
        return value
    seen = {self.objid}
    while isinstance(value, PDFObjRef):
        if value.objid in seen:
            raise _Abort(f"indirect references form a cycle (object {value.objid} refers back to itself)")
        seen.add(value.objid)
        guard.check_time()
        value = _original_resolve(value, default)
    return value


def _nexttoken(self: PDFContentParser) -> Any:
    guard = _GUARD.get()
    if guard is not None:
        guard.tick()
    return _original_nexttoken(self)


def _process_page(self: PDFPageInterpreter, page: Any) -> None:
    guard = _GUARD.get()
    if guard is not None:
        guard.start(guard.numbers.get(id(page)))
    _original_process_page(self, page)
    if guard is not None and guard.page is not None:
        guard.texts[guard.page] = _has_text(getattr(self.device, "result", None))


def _has_text(layout: Any) -> bool:
    if isinstance(layout, LTChar):
        return True
    return isinstance(layout, LTContainer) and any(_has_text(obj) for obj in layout)


pdftypes.zlib = SimpleNamespace(decompress=_inflate, decompressobj=zlib.decompressobj, error=zlib.error)  # type: ignore[assignment]
pdftypes.decompress_corrupted = _salvage
PDFStream.decode = _decode  # type: ignore[method-assign]
PDFObjRef.resolve = _resolve  # type: ignore[method-assign]
PDFContentParser.nexttoken = _nexttoken  # type: ignore[method-assign]
PDFPageInterpreter.process_page = _process_page  # type: ignore[method-assign]
