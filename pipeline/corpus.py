"""Corpus mode: every PDF and text export under a folder through extract → tag → publish, one Dask
task per document, into a Parquet dataset partitioned by document.

``OUT`` holds ``documents.parquet`` (every input and what became of it: the ledger) and, per
published table, ``OUT/<table>/document=<key>/part-<sha256 prefix>.parquet`` (hive partitions;
the key is the document's path relative to the corpus folder, URI-encoded). The ledger is the
commit record: a partition file counts once the ledger lists its document as ok with that hash.
Workers stage a document's files and rename them into place; the driver then records the
document. A killed run therefore leaves no partition that ``load_corpus`` reads, and the next
run deletes what it left (``cleanup``).

Parallelism, scheduling and worker-loss handling are Dask's (``pipeline.cluster``); this module
is the per-document core and the file layout.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import pyarrow as pa

from pipeline import schema
from pipeline.arrays import to_array
from pipeline.errors import InputFileError, PipelineError
from pipeline.io import sha256_of

SUFFIXES = (".pdf", ".txt", ".tsv")
"""Source types ``pipeline.extract.extract`` reads."""
LEDGER = "documents.parquet"
STAGING = ".staging"
PARTITION_PREFIX = "document="


@dataclass(frozen=True)
class Source:
    """One input document: its key (path relative to the corpus folder), absolute path and hash."""

    key: str
    path: Path
    sha256: str


@dataclass(frozen=True)
class Settings:
    """What a document's output depends on besides its bytes."""

    extract_params: Mapping[str, Any]
    tag_params: Mapping[str, Any]
    version: str

    @property
    def params_sha256(self) -> str:
        text = json.dumps({"extract": self.extract_params, "tag": self.tag_params}, sort_keys=True, default=str)
        return hashlib.sha256(text.encode()).hexdigest()


def pipeline_version() -> str:
    """The installed package's version (``0+unknown`` when run from a bare checkout)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("defra-annex-pipeline")
    except PackageNotFoundError:
        return "0+unknown"


# ---------------------------------------------------------------- finding documents


def discover(folder: Path, exclude: Path | None = None) -> list[Source]:
    """Every PDF and text export under ``folder`` (recursively, hidden files and ``exclude`` left
    out), sorted by key, with its sha256."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputFileError(folder, "not a folder" if folder.exists() else "folder not found")
    root = folder.resolve()
    skip = exclude.resolve() if exclude is not None else None
    sources = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if (
            path.suffix.lower() in SUFFIXES
            and not any(part.startswith(".") for part in relative.parts)
            and not (skip is not None and path.is_relative_to(skip))
            and path.is_file()
        ):
            sources.append(Source(relative.as_posix(), path, sha256_of(path)))
    if not sources:
        raise InputFileError(folder, f"no documents ({', '.join(SUFFIXES)}) found in the folder")
    return sources


# ---------------------------------------------------------------- one document


def partition_file(out: Path, table: str, key: str, sha256: str) -> Path:
    """Where a document's rows of ``table`` live."""
    return out / table / f"{PARTITION_PREFIX}{quote(key, safe='')}" / f"part-{sha256[:16]}.parquet"


def one_line(error: BaseException, path: Path) -> str:
    """A failed document's error on one line, naming the file."""
    if isinstance(error, PipelineError):
        return error.one_line()
    return " ".join(f"{path}: {type(error).__name__}: {error}".split())


def _page_count(path: Path) -> int | None:
    if path.suffix.lower() != ".pdf":
        return None
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def document_tables(path: Path, settings: Settings) -> dict[str, pa.Table]:
    """The published tables of one document, through the same stages as a single-document run,
    validated and typed as its partitions."""
    from pipeline.extract import extract
    from pipeline.hierarchy import load_hierarchy
    from pipeline.publish import publish, validate_all
    from pipeline.status import untrained
    from pipeline.tag import tag_rows

    rows = extract(path, dict(settings.extract_params))
    mentions, entities = tag_rows(rows, dict(settings.tag_params))
    tables = publish(rows, mentions, entities, untrained(), load_hierarchy())
    validate_all(tables, schema.PARTITIONS)
    return {t.name: pa.Table.from_arrays(tables[t.name].columns, schema=t.arrow_schema()) for t in schema.PARTITIONS}


def write_partitions(out: Path, source: Source, tables: Mapping[str, pa.Table]) -> None:
    """Stage every table's file, then rename each into its partition."""
    staging = out / STAGING / uuid.uuid4().hex
    staging.mkdir(parents=True)
    try:
        staged = []
        for table in schema.PARTITIONS:
            tmp = staging / f"{table.name}.parquet"
            schema.write_parquet_file(tables[table.name], tmp)
            staged.append((tmp, partition_file(out, table.name, source.key, source.sha256)))
        for tmp, target in staged:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp.replace(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def record(source: Source, settings: Settings, seconds: float, *, pages: int | None = None, rows: int | None = None,
           error: str | None = None) -> dict[str, Any]:
    """The document's row of the ledger."""
    return {
        "document": source.key, "path": str(source.path), "sha256": source.sha256,
        "pipeline_version": settings.version, "params_sha256": settings.params_sha256,
        "pages": pages, "rows": rows, "status": "failed" if error else "ok", "error": error, "seconds": round(seconds, 3),
    }


def process_document(source: Source, out: Path, settings: Settings) -> dict[str, Any]:
    """One Dask task: extract → tag → publish one document and write its partitions.
    Never raises for a bad document: the error goes into the returned ledger row."""
    start = time.perf_counter()
    try:
        tables = document_tables(source.path, settings)
        pages = _page_count(source.path)
        write_partitions(out, source, tables)
    except Exception as error:  # noqa: BLE001 - one bad document never stops the corpus
        return record(source, settings, time.perf_counter() - start, error=one_line(error, source.path))
    return record(source, settings, time.perf_counter() - start, pages=pages, rows=tables["actions"].num_rows)


# ---------------------------------------------------------------- the ledger and leftovers


def read_ledger(out: Path) -> dict[str, dict[str, Any]]:
    """The ledger's rows by document key ({} before the first run)."""
    path = Path(out) / LEDGER
    if not path.exists():
        return {}
    return {r["document"]: r for r in schema.read_parquet(schema.DOCUMENTS, path).to_pylist()}


def write_ledger(out: Path, ledger: Mapping[str, Mapping[str, Any]]) -> None:
    schema.write_parquet(schema.build(schema.DOCUMENTS, [ledger[k] for k in sorted(ledger)]), Path(out) / LEDGER)


def is_current(entry: Mapping[str, Any] | None, source: Source, settings: Settings) -> bool:
    """True when the ledger holds this document, processed ok from the same bytes and settings."""
    return entry is not None and entry["status"] == "ok" and (
        entry["sha256"], entry["pipeline_version"], entry["params_sha256"]
    ) == (source.sha256, settings.version, settings.params_sha256)


def cleanup(out: Path, ledger: Mapping[str, Mapping[str, Any]]) -> None:
    """Delete the staging folder and every partition file the ledger does not list as ok."""
    shutil.rmtree(out / STAGING, ignore_errors=True)
    for table in schema.PARTITIONS:
        for folder in (out / table.name).glob(f"{PARTITION_PREFIX}*"):
            entry = ledger.get(unquote(folder.name[len(PARTITION_PREFIX):]))
            keep = partition_file(out, table.name, entry["document"], entry["sha256"]).name if entry and entry["status"] == "ok" else None
            for file in folder.iterdir():
                if file.name != keep:
                    file.unlink()
            if keep is None:
                folder.rmdir()


# ---------------------------------------------------------------- reading a corpus back


@dataclass(frozen=True)
class Corpus:
    """The corpus tables (pandas DataFrames, or Dask DataFrames with one partition per document)."""

    documents: Any
    actions: Any
    entities: Any
    entity_aliases: Any
    mentions: Any
    action_entities: Any
    action_links: Any


def to_pandas(table: schema.Table, data: pa.Table) -> Any:
    """Typed DataFrame as ``pipeline.load`` gives: categories, int32 (nullable Int32 where null is allowed),
    datetime64 dates, lists."""
    import pandas as pd

    frame = data.to_pandas()
    for column in table.columns:
        if column.nullable and column.type == pa.int32():
            frame[column.name] = frame[column.name].astype("Int32")
        elif column.type == pa.date32():
            frame[column.name] = pd.to_datetime(frame[column.name])
        elif pa.types.is_list(column.type):
            frame[column.name] = frame[column.name].map(list)
    return frame


def _document_table(out: Path, table: schema.Table, keys: Sequence[str], entry: Mapping[str, Any] | None) -> pa.Table:
    """One document's partition with its ``document`` column (an empty table for ``None``)."""
    spec = next(t for t in schema.PARTITIONS if t.name == table.name)
    if entry is None:
        data = spec.arrow_schema().empty_table()
    else:
        data = schema.read_parquet(spec, partition_file(out, table.name, entry["document"], entry["sha256"]))
        data = pa.Table.from_arrays(data.columns, schema=spec.arrow_schema())
    indices = to_array([keys.index(entry["document"])] * data.num_rows if entry else [], pa.int32())
    document = pa.DictionaryArray.from_arrays(indices, to_array(keys, pa.string()))
    return pa.Table.from_arrays([document, *data.columns], schema=table.arrow_schema())


def _document_frame(out: Path, table: schema.Table, keys: Sequence[str], entry: Mapping[str, Any] | None) -> Any:
    return to_pandas(table, _document_table(out, table, keys, entry))


def load_corpus(out: str | Path, lazy: bool = False) -> Corpus:
    """Read a corpus written by ``python -m pipeline corpus``: the documents that processed ok,
    each table with its ``document`` column (a categorical over those documents)."""
    out = Path(out)
    ledger = read_ledger(out)
    if not ledger:
        raise InputFileError(out / LEDGER, "no corpus here: documents.parquet not found")
    documents = schema.build(schema.DOCUMENTS, [ledger[k] for k in sorted(ledger)])
    ok = [ledger[k] for k in sorted(ledger) if ledger[k]["status"] == "ok"]
    keys = [e["document"] for e in ok]
    frames: dict[str, Any] = {"documents": to_pandas(schema.DOCUMENTS, documents)}
    for table in schema.CORPUS:
        if lazy:
            import dask
            import dask.dataframe as dd

            meta = _document_frame(out, table, keys, None)
            read = partial(_document_frame, out, table, keys)
            with dask.config.set({"dataframe.convert-string": False}):  # keep list columns lists
                frames[table.name] = dd.from_map(read, ok, meta=meta) if ok else dd.from_pandas(meta, npartitions=1)
        else:
            parts = [_document_table(out, table, keys, e) for e in ok] or [_document_table(out, table, keys, None)]
            frames[table.name] = to_pandas(table, pa.concat_tables(parts))
    if lazy:
        import dask.dataframe as dd

        frames["documents"] = dd.from_pandas(frames["documents"], npartitions=1)
    return Corpus(**frames)
