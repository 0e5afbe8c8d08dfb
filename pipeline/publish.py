"""Publish stage: the normalised tables, validated together, written as one unit with datapackage.json."""
from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa

from pipeline import schema
from pipeline.extract.cells import Row, action_sort_key
from pipeline.errors import InputFileError, OutputFileError, ValidationError
from pipeline.io import commit, reason, sha256_of, stage
from pipeline.links import find_references
from pipeline.status import StatusModel


def build_actions(rows: Sequence[Row], status_model: StatusModel) -> pa.Table:
    """The actions table: one row per action with its chapter and action numbers, status and its evidence."""
    records = []
    for row in rows:
        chapter_no, action_no = action_sort_key(row.action_id)
        status, evidence = status_model.classify(row.action, row.progress, row.next_actions)
        records.append({**row.record(), "chapter_no": chapter_no, "action_no": action_no, "status": status,
                        "status_evidence": evidence})
    return schema.build(schema.ACTIONS, records)


def build_entities(entities: pa.Table, used: set[str], parents: Mapping[str, str]) -> pa.Table:
    """The entities the mentions link to, plus the bodies they belong to, each with its parent."""
    by_id = {r["entity_id"]: r for r in entities.to_pylist()}
    kept = set(used)
    for entity_id in used:
        node = entity_id
        while node in parents and parents[node] in by_id:
            node = parents[node]
            kept.add(node)
    records = [
        {**r, "parent_entity_id": parents[r["entity_id"]] if parents.get(r["entity_id"]) in kept else None}
        for r in by_id.values() if r["entity_id"] in kept
    ]
    return schema.build(schema.ENTITIES, records)


def build_action_links(rows: Sequence[Row]) -> pa.Table:
    """Cross-references between actions; references to ids the annex does not have are left out."""
    known = {row.action_id for row in rows}
    records = []
    for row in rows:
        for name in schema.TEXT_FIELDS:
            for ref in find_references(getattr(row, name) or ""):
                if ref.to_action in known:
                    records.append({"from_action": row.action_id, "to_action": ref.to_action, "field": name,
                                    "start": ref.start, "end": ref.end, "text": ref.text})
    return schema.build(schema.ACTION_LINKS, records)


def build_action_entities(mentions: pa.Table) -> pa.Table:
    """Link table: per (action, entity), the number of mentions and the cells they stand in."""
    links: dict[tuple[str, str], dict[str, Any]] = {}
    for mention in mentions.to_pylist():
        if mention["entity_id"] is None:
            continue
        key = (mention["action_id"], mention["entity_id"])
        link = links.setdefault(key, {"action_id": key[0], "entity_id": key[1], "n_mentions": 0,
                                      "in_action": False, "in_progress": False, "in_next_actions": False})
        link["n_mentions"] += 1
        link[f"in_{mention['field']}"] = True
    ordered = sorted(links.values(), key=lambda r: (action_sort_key(r["action_id"]), r["entity_id"]))
    return schema.build(schema.ACTION_ENTITIES, ordered)


def publish(rows: Sequence[Row], mentions: pa.Table, entities: pa.Table, status_model: StatusModel,
            parents: Mapping[str, str]) -> dict[str, pa.Table]:
    """All published tables by name; entities (and their aliases) are limited to those the mentions
    link to and their parents."""
    used = {e for e in mentions.column("entity_id").to_pylist() if e is not None}
    published_entities = build_entities(entities, used, parents)
    kept = set(published_entities.column("entity_id").to_pylist())
    aliases = [{"entity_id": r["entity_id"], "alias": alias}
               for r in entities.to_pylist() if r["entity_id"] in kept for alias in dict.fromkeys(r["aliases"])]
    return {
        "actions": build_actions(rows, status_model),
        "entities": published_entities,
        "entity_aliases": schema.build(schema.ENTITY_ALIASES, aliases),
        "mentions": mentions,
        "action_entities": build_action_entities(mentions),
        "action_links": build_action_links(rows),
    }


def validate_all(tables: Mapping[str, pa.Table], specs: Sequence[schema.Table] = schema.PUBLISHED) -> None:
    """Each table's own rules and keys (``specs``: the published tables, or a corpus document's
    partitions), then the offsets of mentions and references into the cells."""
    for table in specs:
        schema.validate(table, tables[table.name], tables)
    cells = {(a["action_id"], name): a[name] for a in tables["actions"].to_pylist() for name in schema.TEXT_FIELDS}
    for name, key in (("mentions", "action_id"), ("action_links", "from_action")):
        bad = [
            i for i, r in enumerate(tables[name].to_pylist())
            if (cells.get((r[key], r["field"])) or "")[r["start"]:r["end"]] != r["text"]
        ]
        if bad:
            raise ValidationError(name, f"text differs from the cell text at [start:end] in rows {bad[:5]}")


def write_outputs(tables: Mapping[str, pa.Table], out_dir: str | Path, sources: Sequence[str | Path]) -> None:
    """Validate every table, then write them and ``datapackage.json`` as one unit.

    Every file is first written in full beside its target; then the tables are renamed into
    place and ``datapackage.json`` last. Its per-file hashes are the commit point:
    :func:`pipeline.load` refuses a folder whose tables do not match them, so a run stopped
    between two renames leaves a set that is refused, never one read as a silent mix.
    """
    validate_all(tables)
    out_dir = Path(out_dir)
    source_hashes = []
    for source in sources:
        try:
            source_hashes.append((Path(source).as_posix(), sha256_of(source)))
        except OSError as error:
            raise InputFileError(source, f"cannot read source: {error.strerror or error}") from None
    staged: list[tuple[Path, Path]] = []
    try:
        files = []
        for table in schema.PUBLISHED:
            target = out_dir / f"{table.name}.parquet"
            tmp = stage(target)
            staged.append((tmp, target))
            with _writing(target):
                schema.write_parquet_file(tables[table.name], tmp)
            files.append((table, target.name, sha256_of(tmp)))
        package = schema.datapackage(files, source_hashes)
        target = out_dir / "datapackage.json"
        tmp = stage(target)
        staged.append((tmp, target))
        with _writing(target):
            tmp.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        for tmp, target in staged:
            commit(tmp, target)
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)


@contextlib.contextmanager
def _writing(target: Path) -> Iterator[None]:
    try:
        yield
    except OSError as error:
        raise OutputFileError(target, f"cannot write: {reason(error)}") from None
