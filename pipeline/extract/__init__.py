"""Extract stage: table rows from the text export or the PDF, and their cross-check."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.extract.cells import Row


def read_rows(path: str | Path) -> list[Row]:
    """Rows from a rows Parquet file written by the extract stage."""
    from pipeline import schema
    from pipeline.extract.cells import rows_from_records

    return rows_from_records(schema.read_parquet(schema.ROWS, path).to_pylist())


def extract(path: str | Path, params: dict[str, Any] | None = None, *, allow_partial: bool = False) -> list[Row]:
    """Rows of the annex table from a ``.txt`` export or a ``.pdf``, chosen by the file's suffix.

    Action ids must run 1.1, 1.2, … 2.1, … without a gap; a gap, or pages the PDF holds but
    that could not be read, raise :class:`LostContentError` (with the rows read, when
    ``allow_partial``).
    """
    from pipeline.errors import InputFileError, LostContentError
    from pipeline.extract.cells import missing_ids

    path = Path(path)
    suffix = path.suffix.lower()
    lost: list[str] = []
    try:
        if suffix == ".pdf":
            from pipeline.extract.pdf import extract_pdf

            rows = extract_pdf(path, params or {}, allow_partial=allow_partial)
        elif suffix in {".txt", ".tsv"}:
            from pipeline.extract.text import extract_text

            rows = extract_text(path)
        else:
            raise InputFileError(path, f"unsupported source type '{suffix}': expected a .txt/.tsv export or a .pdf")
    except LostContentError as error:
        if error.rows is None:
            raise
        rows, lost = error.rows, [error.detail.removeprefix("content lost: ")]
    gaps = missing_ids([row.action_id for row in rows])
    if gaps:
        shown = ", ".join(gaps[:8]) + (f" and {len(gaps) - 8} more gaps" if len(gaps) > 8 else "")
        lost.append(f"action ids missing: {shown}")
    if lost:
        raise LostContentError(path, "content lost: " + "; ".join(lost), rows=rows if allow_partial else None)
    return rows
