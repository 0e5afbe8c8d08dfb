"""pipeline.arrays builds the same Arrow arrays as pyarrow.array, for every type the schema uses."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pyarrow as pa
import pytest

from pipeline import schema
from pipeline.arrays import to_array

CASES = [
    (pa.string(), ["ACRE", None, "", "Esmée Fairbairn — £2m", "𝔘nicode", None]),
    (pa.int32(), [1, None, -5, 2**31 - 1, 0]),
    (pa.int64(), [7_000_000_000, None, -1]),
    (pa.float64(), [4750000.0, None, 0.1, 1e-300, 3]),
    (pa.bool_(), [True, False, None, True, True, False, False, True, True]),
    (pa.date32(), [dt.date(2009, 11, 1), None, dt.date(1969, 12, 31), dt.date(2030, 3, 31)]),
    (pa.list_(pa.string()), [["a", "b"], [], None, ["c", None], ["Défra"]]),
]


@pytest.mark.parametrize(("type_", "values"), CASES, ids=[str(t) for t, _ in CASES])
def test_same_array_as_pyarrow(type_: pa.DataType, values: list) -> None:
    built = to_array(values, type_)
    built.validate(full=True)
    assert built.equals(pa.array(values, type=type_))
    assert built.to_pylist() == values


@pytest.mark.parametrize(("type_", "values"), CASES, ids=[str(t) for t, _ in CASES])
def test_empty_and_all_null(type_: pa.DataType, values: list) -> None:
    assert to_array([], type_).equals(pa.array([], type=type_))
    assert to_array([None, None], type_).equals(pa.array([None, None], type=type_))


def test_every_schema_column_type_is_covered() -> None:
    covered = {t for t, _ in CASES}
    tables = (schema.ROWS, schema.TAGGED_ENTITIES, schema.ORGANISATIONS, schema.DOCUMENTS, *schema.PUBLISHED, *schema.PARTITIONS)
    used = {c.type for t in tables for c in t.columns if not c.is_category}
    assert used <= covered


def test_unknown_type_is_refused() -> None:
    with pytest.raises(TypeError, match="no conversion to"):
        to_array([1.5], pa.float32())


def test_building_a_table_does_not_import_pandas() -> None:
    code = ("import sys; from pipeline import schema; "
            "schema.build(schema.MENTIONS, []); print('pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
