"""Defra Third Sector Strategy annex pipeline: extract → tag → publish.

Load the published dataset in one call::

    import pipeline
    data = pipeline.load()          # or pipeline.load("path/to/outputs")
    data.actions, data.entities, data.mentions, data.action_entities, data.action_links
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_OUTPUTS = Path(__file__).resolve().parents[1] / "outputs"


@dataclass(frozen=True)
class Dataset:
    """The published tables as pandas DataFrames."""

    actions: pd.DataFrame
    entities: pd.DataFrame
    mentions: pd.DataFrame
    action_entities: pd.DataFrame
    action_links: pd.DataFrame


def load(outputs: str | Path = DEFAULT_OUTPUTS) -> Dataset:
    """Read every published table: categories as pandas categoricals, integers as int32,
    DATE periods as datetime64 columns, entity aliases as lists.

    Each table's bytes must match the sha256 ``datapackage.json`` lists for it (the publish
    stage's commit point), so a folder left mixed by an interrupted publish is refused.
    """
    import pandas as pd
    import pyarrow as pa

    from pipeline import schema

    frames = {}
    hashes = _published_hashes(Path(outputs))
    for table in schema.PUBLISHED:
        data = _verified_bytes(Path(outputs), f"{table.name}.parquet", hashes)
        frame = schema.read_parquet(table, pa.BufferReader(data)).to_pandas()
        for column in table.columns:
            if column.type == pa.date32():
                frame[column.name] = pd.to_datetime(frame[column.name])
            elif pa.types.is_list(column.type):
                frame[column.name] = frame[column.name].map(list)
        frames[table.name] = frame
    return Dataset(**frames)


def _published_hashes(outputs: Path) -> dict[str, str]:
    import json

    from pipeline.errors import InputFileError, ValidationError

    path = outputs / "datapackage.json"
    try:
        package = json.loads(path.read_text(encoding="utf-8"))
        return {r["path"]: r["hash"].removeprefix("sha256:") for r in package["resources"]}
    except FileNotFoundError:
        raise InputFileError(path, "file not found: not a published dataset") from None
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise ValidationError(path, f"not a readable data package ({type(error).__name__})") from None


def _verified_bytes(outputs: Path, name: str, hashes: dict[str, str]) -> bytes:
    import hashlib

    from pipeline.errors import InputFileError, ValidationError

    path = outputs / name
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputFileError(path, f"cannot read: {error.strerror}") from None
    if hashlib.sha256(data).hexdigest() != hashes.get(name):
        raise ValidationError(path, "does not match the sha256 in datapackage.json: a mix of two publish runs "
                              "(one was interrupted?); run the publish stage again")
    return data
