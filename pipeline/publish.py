"""Publish stage: the normalised tables, validated together, written atomically with datapackage.json."""
from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa

from pipeline import schema
from pipeline.extract.cells import Row, action_sort_key
from pipeline.errors import ValidationError
from pipeline.io import atomic_path, sha256_of
from pipeline.links import find_references
from pipeline.status import classify_status


def build_actions(rows: Sequence[Row]) -> pa.Table:
    """The actions table: one row per action with its chapter and action numbers and status."""
    records = []
    for row in rows:
        chapter_no, action_no = action_sort_key(row.action_id)
        status = classify_status(row.progress, row.next_actions)
        records.append({**row.record(), "chapter_no": chapter_no, "action_no": action_no, "status": status})
    return schema.build(schema.ACTIONS, records)


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


def publish(rows: Sequence[Row], mentions: pa.Table, entities: pa.Table) -> dict[str, pa.Table]:
    """All published tables by name; entities are limited to those the mentions link to."""
    used = {e for e in mentions.column("entity_id").to_pylist() if e is not None}
    kept = [r for r in entities.to_pylist() if r["entity_id"] in used]
    return {
        "actions": build_actions(rows),
        "entities": schema.build(schema.ENTITIES, kept),
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
    """Validate every table, then write them and ``datapackage.json``; nothing is replaced unless all succeed."""
    validate_all(tables)
    out_dir = Path(out_dir)
    with contextlib.ExitStack() as stack:
        staged = []
        for table in schema.PUBLISHED:
            target = out_dir / f"{table.name}.parquet"
            tmp = stack.enter_context(atomic_path(target))
            schema.write_parquet_file(tables[table.name], tmp)
            staged.append((table, target, tmp))
        package = schema.datapackage(
            [(table, target.name, sha256_of(tmp)) for table, target, tmp in staged],
            [(Path(s).as_posix(), sha256_of(s)) for s in sources],
        )
        package_tmp = stack.enter_context(atomic_path(out_dir / "datapackage.json"))
        package_tmp.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    # Each atomic_path renames its file onto the target when the stack closes without error.
