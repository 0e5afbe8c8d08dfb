"""Defra Third Sector Strategy annex pipeline: extract → tag → publish.

Load the published dataset in one call::

    import pipeline
    data = pipeline.load()          # or pipeline.load("path/to/outputs")
    data.actions, data.entities, data.mentions, data.action_entities, data.action_links

A corpus written by ``python -m pipeline corpus DIR -o OUT``: ``pipeline.load_corpus(OUT)``.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from pipeline.corpus import Corpus

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
    DATE periods as datetime64 columns, entity aliases as lists."""
    import pandas as pd
    import pyarrow as pa

    from pipeline import schema

    frames = {}
    for table in schema.PUBLISHED:
        frame = schema.read_parquet(table, Path(outputs) / f"{table.name}.parquet").to_pandas()
        for column in table.columns:
            if column.type == pa.date32():
                frame[column.name] = pd.to_datetime(frame[column.name])
            elif pa.types.is_list(column.type):
                frame[column.name] = frame[column.name].map(list)
        frames[table.name] = frame
    return Dataset(**frames)


def load_corpus(out: str | Path, lazy: bool = False) -> Corpus:
    """A corpus dataset: ``.documents`` (every input and its status) and the published tables of
    every document that processed ok, each with a ``document`` column; pandas DataFrames typed as
    ``load`` types them, or Dask DataFrames with one partition per document when ``lazy``."""
    from pipeline.corpus import load_corpus as load_corpus_

    return load_corpus_(out, lazy)
