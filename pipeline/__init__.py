"""Defra Third Sector Strategy annex pipeline: extract → tag → publish.

Load the published dataset in one call::

    import pipeline
    data = pipeline.load()          # or pipeline.load("path/to/outputs")
    data.actions, data.entities, data.entity_aliases, data.mentions, data.action_entities, data.action_links
    data.organisations   # one row per organisation: display name, sector, parent, actions, mentions

A corpus written by ``python -m pipeline corpus DIR -o OUT``: ``pipeline.load_corpus(OUT)``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from pipeline.corpus import Corpus

try:
    __version__ = version("defra-annex-pipeline")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

OUTPUTS_ENV = "PIPELINE_OUTPUTS"


@dataclass(frozen=True)
class Dataset:
    """The published tables as pandas DataFrames."""

    actions: pd.DataFrame
    entities: pd.DataFrame
    entity_aliases: pd.DataFrame
    mentions: pd.DataFrame
    action_entities: pd.DataFrame
    action_links: pd.DataFrame
    organisations: pd.DataFrame
    """View, not a file: see pipeline.views.organisations (columns in pipeline.schema.ORGANISATIONS)."""


def find_outputs(start: str | Path | None = None) -> Path:
    """The published folder to read: ``$PIPELINE_OUTPUTS`` if set, else ``outputs/`` in the working
    directory or the nearest parent holding one with a ``datapackage.json`` (so a notebook run from
    ``notebooks/`` finds the project's data). Never the folder the package was installed from."""
    from pipeline.errors import InputFileError

    if os.environ.get(OUTPUTS_ENV):
        return Path(os.environ[OUTPUTS_ENV])
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "outputs" / "datapackage.json").is_file():
            return folder / "outputs"
    raise InputFileError(here / "outputs", f"no published dataset here or above; pass a path or set {OUTPUTS_ENV}")


def load(outputs: str | Path | None = None) -> Dataset:
    """Read every published table from ``outputs`` (default: :func:`find_outputs`): categories as
    pandas categoricals, integers as int32, DATE periods as datetime64 columns; ``entities`` also
    gets an ``aliases`` column of lists, gathered from ``entity_aliases``.

    Each table's bytes must match the sha256 ``datapackage.json`` lists for it (the publish
    stage's commit point), so a folder left mixed by an interrupted publish is refused.
    """
    import pandas as pd
    import pyarrow as pa

    from pipeline import schema

    folder = Path(outputs) if outputs is not None else find_outputs()
    frames = {}
    hashes = _published_hashes(folder)
    for table in schema.PUBLISHED:
        data = _verified_bytes(folder, f"{table.name}.parquet", hashes)
        frame = schema.read_parquet(table, pa.BufferReader(data)).to_pandas()
        for column in table.columns:
            if column.type == pa.date32():
                frame[column.name] = pd.to_datetime(frame[column.name])
        frames[table.name] = frame
    aliases = frames["entity_aliases"].groupby("entity_id", sort=False)["alias"].agg(list)
    frames["entities"]["aliases"] = [aliases.get(e, []) for e in frames["entities"]["entity_id"]]
    from pipeline.views import organisations

    return Dataset(**frames, organisations=organisations(frames["actions"], frames["entities"], frames["mentions"],
                                                         frames["action_entities"]))


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


def load_corpus(out: str | Path, lazy: bool = False) -> Corpus:
    """A corpus dataset: ``.documents`` (every input and its status) and the published tables of
    every document that processed ok, each with a ``document`` column; pandas DataFrames typed as
    ``load`` types them, or Dask DataFrames with one partition per document when ``lazy``."""
    from pipeline.corpus import load_corpus as load_corpus_

    return load_corpus_(out, lazy)
