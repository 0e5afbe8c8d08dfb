"""Arrow arrays from Python values, built from buffers.

Why by hand: ``pyarrow.array`` on a Python list imports pandas to ask whether the list is a pandas
object, and that import is a third of a second of every ``tag`` or ``extract`` process that never
uses pandas. The columns the schema has (strings, integers, floats, booleans, dates, lists of
strings) are laid out here in Arrow's documented format with the standard library's ``array``
module instead; ``tests/test_arrays.py`` checks every type against ``pyarrow.array``.
"""
from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Sequence
from typing import Any

import pyarrow as pa

_EPOCH = dt.date(1970, 1, 1)
_NUMBERS = {pa.int32(): "i", pa.int64(): "q", pa.float64(): "d", pa.date32(): "i"}


def _validity(values: Sequence[Any]) -> pa.Buffer | None:
    """The validity bitmap (bit i set when values[i] is not None), or None when nothing is null."""
    if all(v is not None for v in values):
        return None
    return _bitmap([v is not None for v in values])


def _bitmap(bits: Sequence[bool]) -> pa.Buffer:
    packed = bytearray((len(bits) + 7) // 8)
    for i, bit in enumerate(bits):
        if bit:
            packed[i >> 3] |= 1 << (i & 7)
    return pa.py_buffer(bytes(packed))


def _strings(values: Sequence[str | None], validity: pa.Buffer | None) -> pa.Array:
    offsets = array("i", [0])
    data = bytearray()
    for value in values:
        if value is not None:
            data += value.encode("utf-8")
        offsets.append(len(data))
    return pa.Array.from_buffers(pa.string(), len(values), [validity, pa.py_buffer(offsets.tobytes()), pa.py_buffer(bytes(data))])


def to_array(values: Sequence[Any], type: pa.DataType) -> pa.Array:
    """``pyarrow.array(values, type=type)`` for the schema's column types, without importing pandas."""
    validity = _validity(values)
    if type == pa.string():
        return _strings(values, validity)
    if type == pa.bool_():
        return pa.Array.from_buffers(type, len(values), [validity, _bitmap([bool(v) for v in values])])
    if type in _NUMBERS:
        if type == pa.date32():
            values = [None if v is None else (v - _EPOCH).days for v in values]
        numbers = array(_NUMBERS[type], [0 if v is None else v for v in values])
        return pa.Array.from_buffers(type, len(values), [validity, pa.py_buffer(numbers.tobytes())])
    if pa.types.is_list(type) and type.value_type == pa.string():
        offsets = array("i", [0])
        items: list[str] = []
        for value in values:
            items += value or []
            offsets.append(len(items))
        child = _strings(items, _validity(items))
        return pa.Array.from_buffers(type, len(values), [validity, pa.py_buffer(offsets.tobytes())], children=[child])
    raise TypeError(f"no conversion to {type}")
