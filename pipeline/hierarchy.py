"""Organisation hierarchy (``pipeline/data/hierarchy.csv``): which body each unit or board belongs to.

One row per child: ``entity_id``, ``parent_entity_id`` and the ``basis`` (the annex's or the
guidelines' words that say so). Kept apart from the registry so that the gazetteer and the
hierarchy can grow independently.
"""
from __future__ import annotations

import csv
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

from pipeline.errors import InputFileError

COLUMNS = ["entity_id", "parent_entity_id", "basis"]


def load_hierarchy(path: str | Path | None = None) -> dict[str, str]:
    """Child entity_id → parent entity_id, checked for repeats and cycles."""
    source = Path(path) if path else Path(str(resources.files("pipeline") / "data" / "hierarchy.csv"))
    try:
        with source.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames != COLUMNS:
                raise InputFileError(source, f"expected columns {','.join(COLUMNS)}", line=1)
            parents: dict[str, str] = {}
            for line, record in enumerate(reader, start=2):
                child, parent = (record["entity_id"] or "").strip(), (record["parent_entity_id"] or "").strip()
                if not child or not parent or child == parent or child in parents:
                    raise InputFileError(source, "each row needs a new entity_id and a different parent_entity_id", line=line)
                parents[child] = parent
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise InputFileError(source, f"cannot read the hierarchy: {error}") from None
    for child in parents:
        seen = {child}
        node = child
        while node in parents:
            node = parents[node]
            if node in seen:
                raise InputFileError(source, f"the hierarchy has a cycle through {child}")
            seen.add(node)
    return parents


def ancestors(entity_id: str, parents: Mapping[str, str]) -> list[str]:
    """The entity's parent, grandparent, … up to a body with no parent."""
    chain = []
    while entity_id in parents:
        entity_id = parents[entity_id]
        chain.append(entity_id)
    return chain


DEFRA = "department-for-environment-food-and-rural-affairs"
"""The annex's author: organisations whose chain of parents reaches it are Defra's own units."""


def inside_defra(entity_id: str, parents: Mapping[str, str]) -> bool:
    """Whether the entity is Defra or one of its units or boards."""
    return entity_id == DEFRA or DEFRA in ancestors(entity_id, parents)
