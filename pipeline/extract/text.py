"""Text extractor: rows of the annex table from the tab-separated text export.

Lines without a tab (title block, page titles, blank lines) are skipped; every line with a tab
must have exactly seven cells and is either a header row or an action. UTF-8 is required (a BOM
and CRLF or CR line ends are accepted).
"""
from __future__ import annotations

from pathlib import Path

from pipeline.errors import InputFileError, TableFormatError
from pipeline.extract.cells import FIELDS, HEADER, Row, action_sort_key, id_problem, is_header, normalise_cell

REQUIRED = ("theme", "chapter", "timing", "action")


def _decode(path: Path, data: bytes) -> str:
    if not data.strip():
        raise InputFileError(path, "file is empty")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line_start = data.rfind(b"\n", 0, error.start) + 1
        raise InputFileError(
            path,
            f"byte 0x{data[error.start]:02x} at column {error.start - line_start + 1} is not UTF-8 "
            "(a cp1252 or Latin-1 export?); re-export the table as UTF-8",
            line=data.count(b"\n", 0, error.start) + 1,
        ) from None


def parse_text(path: Path, text: str) -> list[Row]:
    """Parse decoded export text; ``path`` only names the source in errors."""
    rows: list[Row] = []
    seen_header = False
    previous: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if "\t" not in line:
            continue
        cells = line.split("\t")
        if len(cells) != len(HEADER):
            raise TableFormatError(path, f"expected {len(HEADER)} tab-separated cells, found {len(cells)}", line=number)
        if is_header(cells):
            seen_header = True
            continue
        if not seen_header:
            raise TableFormatError(path, f"table row before any header row ({' | '.join(HEADER)})", line=number)
        values = dict(zip(FIELDS, (normalise_cell(c) for c in cells)))
        action_id = values["action_id"] or ""
        problem = id_problem(action_id)
        if problem:
            raise TableFormatError(path, problem, line=number)
        if previous is not None and action_sort_key(action_id) <= action_sort_key(previous):
            kind = "repeats" if action_id == previous or action_id in {r.action_id for r in rows} else "comes after"
            raise TableFormatError(path, f"action id {action_id} {kind} {previous}: ids must be unique and in order", line=number)
        for name in REQUIRED:
            if values[name] is None:
                raise TableFormatError(path, f"action {action_id} has an empty {name} cell", line=number)
        rows.append(Row(**values))  # type: ignore[arg-type]
        previous = action_id
    if not seen_header:
        raise TableFormatError(path, f"no header row ({' | '.join(HEADER)}) found")
    if not rows:
        raise TableFormatError(path, "the table has no rows")
    return rows


def extract_text(path: str | Path) -> list[Row]:
    """Rows of the annex table from a tab-separated text export."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputFileError(path, f"cannot read: {error.strerror}") from None
    return parse_text(path, _decode(path, data))
