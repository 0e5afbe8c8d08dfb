"""Cross-check: compare the PDF rows with the text-export rows cell by cell."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pipeline.extract.cells import FIELDS, Row


def crosscheck(pdf_rows: Sequence[Row], text_rows: Sequence[Row]) -> dict[str, Any]:
    """Agreement metrics: rows on each side, rows missing or extra in the PDF, equal cells, differences."""
    pdf_by_id = {r.action_id: r for r in pdf_rows}
    text_by_id = {r.action_id: r for r in text_rows}
    missing = [i for i in text_by_id if i not in pdf_by_id]
    extra = [i for i in pdf_by_id if i not in text_by_id]
    differences = []
    equal = 0
    for action_id, text_row in text_by_id.items():
        pdf_row = pdf_by_id.get(action_id)
        if pdf_row is None:
            continue
        for name in FIELDS:
            expected, found = getattr(text_row, name), getattr(pdf_row, name)
            if expected == found:
                equal += 1
            else:
                differences.append({"action_id": action_id, "column": name, "text": expected, "pdf": found})
    cells = len(text_by_id) * len(FIELDS)
    return {
        "rows_text": len(text_by_id),
        "rows_pdf": len(pdf_by_id),
        "rows_missing": len(missing),
        "rows_extra": len(extra),
        "cells": cells,
        "cells_equal": equal,
        "agreement": round(equal / cells, 6) if cells else 0.0,
        "missing_ids": missing,
        "extra_ids": extra,
        "differences": differences,
    }


def headline(metrics: dict[str, Any]) -> dict[str, Any]:
    """The figures ``dvc metrics show`` lists; the rest stays in the details file."""
    return {"agreement": metrics["agreement"], "cells": metrics["cells"]}


def failure(metrics: dict[str, Any], min_agreement: float) -> str | None:
    """Why the cross-check fails, or None when it passes."""
    if metrics["rows_missing"] or metrics["rows_extra"]:
        return f"PDF rows missing {metrics['missing_ids']} and extra {metrics['extra_ids']} against the text export"
    if metrics["agreement"] < min_agreement:
        first = metrics["differences"][0]
        return (
            f"cell agreement {metrics['agreement']:.4f} is below {min_agreement} "
            f"({len(metrics['differences'])} cells differ; first: {first['action_id']} {first['column']})"
        )
    return None
