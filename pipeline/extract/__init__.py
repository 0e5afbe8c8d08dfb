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


def extract(path: str | Path, params: dict[str, Any] | None = None) -> list[Row]:
    """Rows of the annex table from a ``.txt`` export or a ``.pdf``, chosen by the file's suffix."""
    from pipeline.errors import InputFileError

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from pipeline.extract.pdf import extract_pdf

        return extract_pdf(path, params or {})
    if suffix in {".txt", ".tsv"}:
        from pipeline.extract.text import extract_text

        return extract_text(path)
    raise InputFileError(path, f"unsupported source type '{suffix}': expected a .txt/.tsv export or a .pdf")
