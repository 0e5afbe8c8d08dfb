"""Single source of truth for every table the pipeline writes.

Each table lists its columns with Arrow type, nullability, allowed values and a one-line
description. From these specs come the Arrow schemas (descriptions stored as field metadata in
Parquet), validation before anything is written, and ``outputs/datapackage.json``.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.arrays import to_array
from pipeline.errors import InputFileError, ValidationError
from pipeline.io import atomic_path

TIMINGS = ("Immediate", "Longer Term")
TEXT_FIELDS = ("action", "progress", "next_actions")
LABELS = ("ORG", "PERSON", "DATE", "MONEY")
ENTITY_LABELS = ("ORG", "PERSON")
SECTORS = (
    "central_government",
    "public_body",
    "third_sector",
    "private",
    "partnership",
    "international",
    "other",
)
STATUSES = ("complete", "in_progress", "no_progress", "dropped_or_superseded", "unclear")
ACTION_ID_PATTERN = r"^[1-9][0-9]*\.[1-9][0-9]*$"


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    description: str
    nullable: bool = False
    categories: tuple[str, ...] | None = None
    """Fixed category domain (dictionary columns); None with a dictionary type keeps data order."""

    @property
    def is_category(self) -> bool:
        return pa.types.is_dictionary(self.type)

    def arrow_field(self) -> pa.Field:
        return pa.field(self.name, self.type, nullable=self.nullable, metadata={"description": self.description})


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    table: str
    table_columns: tuple[str, ...]


RowCheck = Callable[[Mapping[str, Any]], bool]


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    row_checks: tuple[tuple[str, RowCheck], ...] = field(default=())
    """(rule description, predicate on one row) pairs checked before writing."""

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    def arrow_schema(self) -> pa.Schema:
        return pa.schema([c.arrow_field() for c in self.columns], metadata={"description": self.description})


CATEGORY = pa.dictionary(pa.int32(), pa.string())

_ROW_COLUMNS = (
    Column("action_id", pa.string(), "Action identifier 'chapter.action' as printed, e.g. '1.12'."),
    Column("theme", pa.string(), "Strategy theme the action belongs to."),
    Column("chapter", pa.string(), "Strategy chapter the action belongs to."),
    Column("timing", pa.string(), "Timing as printed: 'Immediate' or 'Longer Term'."),
    Column("action", pa.string(), "The commitment as written in the 2008 strategy."),
    Column("progress", pa.string(), "Progress report one year on; null where the cell is empty or '-'.", nullable=True),
    Column("next_actions", pa.string(), "Next actions; null where the cell is empty or '-'.", nullable=True),
    Column("page_start", pa.int32(), "1-based page of the source where the row starts (null for the text export).", nullable=True),
    Column("page_end", pa.int32(), "1-based page of the source where the row ends (null for the text export).", nullable=True),
)


def _offsets_inside_cell(row: Mapping[str, Any]) -> bool:
    return 0 <= row["start"] < row["end"]


def _date_order(row: Mapping[str, Any]) -> bool:
    start, end = row["date_start"], row["date_end"]
    if row["label"] != "DATE":
        return start is None and end is None
    return (start is None) == (end is None) and (start is None or start <= end)


def _amount(row: Mapping[str, Any]) -> bool:
    amount = row["amount_gbp"]
    if row["label"] != "MONEY":
        return amount is None
    return amount is not None and amount > 0


def _entity_label(row: Mapping[str, Any]) -> bool:
    return (row["entity_id"] is not None) == (row["label"] in ENTITY_LABELS)


ROWS = Table(
    name="rows",
    description="Table rows extracted from one source file (interim), one per action, in document order.",
    columns=_ROW_COLUMNS,
    primary_key=("action_id",),
)

ACTIONS = Table(
    name="actions",
    description="One row per action of the annex, from the PDF, with page provenance.",
    columns=(
        _ROW_COLUMNS[0],
        Column("chapter_no", pa.int32(), "Chapter number, the part of action_id before the dot."),
        Column("action_no", pa.int32(), "Action number within the chapter, the part after the dot."),
        Column("theme", CATEGORY, "Strategy theme the action belongs to (category, document order)."),
        Column("chapter", CATEGORY, "Strategy chapter the action belongs to (category, document order)."),
        Column("timing", CATEGORY, "When the commitment was due.", categories=TIMINGS),
        *_ROW_COLUMNS[4:7],
        Column("status", CATEGORY, "Status judged from the progress report by pipeline/status.py (the guidelines' definitions).", categories=STATUSES),
        Column("status_evidence", pa.string(), "The sentence of the progress report (or next actions) that decided the status; null when the report is empty.", nullable=True),
        Column("page_start", pa.int32(), "1-based PDF page where the action's row starts."),
        Column("page_end", pa.int32(), "1-based PDF page where the action's row ends."),
    ),
    primary_key=("action_id",),
)

ENTITIES = Table(
    name="entities",
    description="Canonical organisations and people mentioned in the annex.",
    columns=(
        Column("entity_id", pa.string(), "Stable slug of the canonical name, e.g. 'royal-society-for-the-protection-of-birds'."),
        Column("label", CATEGORY, "ORG or PERSON.", categories=ENTITY_LABELS),
        Column("name", pa.string(), "Canonical name."),
        Column("acronym", pa.string(), "Preferred acronym, if any.", nullable=True),
        Column("sector", CATEGORY, "Sector of an organisation; null for people and organisations outside the registry and gazetteer.", nullable=True, categories=SECTORS),
        Column("govuk_slug", pa.string(), "GOV.UK's slug for the organisation (gov.uk/government/organisations/<slug>); null where GOV.UK does not list it.", nullable=True),
        Column("parent_entity_id", pa.string(), "Body the organisation belongs to (Defra's units → Defra), from pipeline/data/hierarchy.csv; set at publish.", nullable=True),
    ),
    primary_key=("entity_id",),
    foreign_keys=(ForeignKey(("parent_entity_id",), "entities", ("entity_id",)),),
)

_ALIASES = Column("aliases", pa.list_(pa.string()), "Other names, short forms and former names that link to this entity.")

TAGGED_ENTITIES = Table(
    name="tagged_entities",
    description="Entities known to the tag stage (interim): the entities columns plus each entity's aliases as a list.",
    columns=(*ENTITIES.columns, _ALIASES),
    primary_key=("entity_id",),
)

ENTITY_ALIASES = Table(
    name="entity_aliases",
    description="Other names, short forms and former names that link to an entity, one row per (entity, alias).",
    columns=(
        Column("entity_id", pa.string(), "Entity the alias links to."),
        Column("alias", pa.string(), "The other name as written, e.g. 'ENCAMS' for Keep Britain Tidy."),
    ),
    primary_key=("entity_id", "alias"),
    foreign_keys=(ForeignKey(("entity_id",), "entities", ("entity_id",)),),
)

MENTIONS = Table(
    name="mentions",
    description="One row per tagged mention in an action's free-text cells.",
    columns=(
        Column("action_id", pa.string(), "Action whose cell holds the mention."),
        Column("field", CATEGORY, "Cell holding the mention.", categories=TEXT_FIELDS),
        Column("start", pa.int32(), "Character offset of the mention's first character in the published cell text."),
        Column("end", pa.int32(), "Character offset just past the mention's last character."),
        Column("text", pa.string(), "The mention as written (equals the cell text [start:end])."),
        Column("label", CATEGORY, "ORG, PERSON, DATE or MONEY.", categories=LABELS),
        Column("entity_id", pa.string(), "Linked entity for ORG and PERSON mentions.", nullable=True),
        Column("date_start", pa.date32(), "First day of the period a DATE mention covers; null if indefinite.", nullable=True),
        Column("date_end", pa.date32(), "Last day of the period a DATE mention covers; null if indefinite.", nullable=True),
        Column("amount_gbp", pa.float64(), "Amount in pounds of a MONEY mention.", nullable=True),
    ),
    primary_key=("action_id", "field", "start"),
    foreign_keys=(
        ForeignKey(("action_id",), "actions", ("action_id",)),
        ForeignKey(("entity_id",), "entities", ("entity_id",)),
    ),
    row_checks=(
        ("0 <= start < end", _offsets_inside_cell),
        ("DATE mentions have date_start <= date_end (both or neither); others none", _date_order),
        ("MONEY mentions have amount_gbp > 0; others none", _amount),
        ("ORG/PERSON mentions, and only they, have an entity_id", _entity_label),
    ),
)

ACTION_ENTITIES = Table(
    name="action_entities",
    description="Link table: which entities each action mentions, and where.",
    columns=(
        Column("action_id", pa.string(), "Action."),
        Column("entity_id", pa.string(), "Entity mentioned in the action's text."),
        Column("n_mentions", pa.int32(), "Number of mentions of the entity across the action's three text cells."),
        Column("in_action", pa.bool_(), "Mentioned in the action (commitment) text."),
        Column("in_progress", pa.bool_(), "Mentioned in the progress report."),
        Column("in_next_actions", pa.bool_(), "Mentioned in the next actions."),
    ),
    primary_key=("action_id", "entity_id"),
    foreign_keys=(
        ForeignKey(("action_id",), "actions", ("action_id",)),
        ForeignKey(("entity_id",), "entities", ("entity_id",)),
    ),
)

ACTION_LINKS = Table(
    name="action_links",
    description="Cross-references between actions ('see commitment 1.6'), one row per referenced action.",
    columns=(
        Column("from_action", pa.string(), "Action whose text holds the reference."),
        Column("to_action", pa.string(), "Action referred to."),
        Column("field", CATEGORY, "Cell holding the reference.", categories=TEXT_FIELDS),
        Column("start", pa.int32(), "Character offset of the reference phrase in the published cell text."),
        Column("end", pa.int32(), "Character offset just past the reference phrase."),
        Column("text", pa.string(), "The reference phrase as written, e.g. 'commitment 7.11'."),
    ),
    primary_key=("from_action", "field", "start", "to_action"),
    foreign_keys=(
        ForeignKey(("from_action",), "actions", ("action_id",)),
        ForeignKey(("to_action",), "actions", ("action_id",)),
    ),
    row_checks=(("0 <= start < end", _offsets_inside_cell),),
)

PUBLISHED = (ACTIONS, ENTITIES, ENTITY_ALIASES, MENTIONS, ACTION_ENTITIES, ACTION_LINKS)

ORGANISATIONS = Table(
    name="organisations",
    description="View built by pipeline.load(): one row per organisation named in the annex (not written to disk).",
    columns=(
        Column("entity_id", pa.string(), "Entity."),
        Column("display_name", pa.string(), "Acronym and full name, 'RSPB (Royal Society for the Protection of Birds)', or the name alone."),
        Column("name", pa.string(), "Canonical name."),
        Column("acronym", pa.string(), "Preferred acronym, if any.", nullable=True),
        Column("sector", CATEGORY, "Sector, as in entities.", nullable=True, categories=SECTORS),
        Column("parent_entity_id", pa.string(), "Body the organisation belongs to, as in entities.", nullable=True),
        Column("parent_name", pa.string(), "Display name of the parent.", nullable=True),
        Column("outside_defra", pa.bool_(), "False for Defra and every unit or board whose chain of parents reaches Defra."),
        Column("n_actions", pa.int32(), "Number of actions whose text names the organisation."),
        Column("first_action", CATEGORY, "Earliest such action in annex order (ordered category: 1.2 before 1.10)."),
        Column("last_action", CATEGORY, "Latest such action in annex order (ordered category)."),
        Column("n_mentions", pa.int32(), "Number of mentions across all actions."),
    ),
    primary_key=("entity_id",),
)


# ---------------------------------------------------------------- corpus mode (pipeline/corpus.py)

DOCUMENT_STATUSES = ("ok", "failed")

DOCUMENT = Column("document", CATEGORY, "Document the row comes from: its path relative to the corpus folder.")


def _one_document(table: Table) -> Table:
    """``table`` as one document's partition: the same columns, except that page columns may be
    null, since a corpus holds text exports as well as PDFs."""
    columns = tuple(
        Column(c.name, c.type, c.description + " Null for a text export.", True, c.categories) if c.name.startswith("page_") else c
        for c in table.columns
    )
    return Table(table.name, table.description, columns, table.primary_key, table.foreign_keys, table.row_checks)


def _in_corpus(table: Table) -> Table:
    """``table`` across a corpus: a leading ``document`` column (the partition key) in every key."""
    return Table(
        table.name,
        f"{table.description} Corpus mode: one partition per document.",
        (DOCUMENT, *table.columns),
        (DOCUMENT.name, *table.primary_key),
        tuple(ForeignKey((DOCUMENT.name, *fk.columns), fk.table, (DOCUMENT.name, *fk.table_columns)) for fk in table.foreign_keys),
        table.row_checks,
    )


PARTITIONS = tuple(_one_document(t) for t in PUBLISHED)
"""The published tables as written in each document's partition file (no ``document`` column)."""
CORPUS = tuple(_in_corpus(t) for t in PARTITIONS)
"""The corpus tables as ``pipeline.load_corpus`` returns them."""

DOCUMENTS = Table(
    name="documents",
    description="Every document of a corpus run: its hash, what the pipeline made of it, and how long it took.",
    columns=(
        Column("document", pa.string(), "Document key: its path relative to the corpus folder (the partition value)."),
        Column("path", pa.string(), "Absolute path of the document when it was processed."),
        Column("sha256", pa.string(), "SHA-256 of the document's bytes."),
        Column("pipeline_version", pa.string(), "Version of the pipeline that processed the document."),
        Column("params_sha256", pa.string(), "SHA-256 of the extract and tag parameters the document was processed with."),
        Column("pages", pa.int32(), "Pages of a PDF; null for a text export or a failed document.", nullable=True),
        Column("rows", pa.int32(), "Actions extracted; null for a failed document.", nullable=True),
        Column("status", CATEGORY, "ok (its partitions are written) or failed.", categories=DOCUMENT_STATUSES),
        Column("error", pa.string(), "Why the document failed, on one line naming the file and place; null if ok.", nullable=True),
        Column("seconds", pa.float64(), "Wall-clock seconds spent on the document, reading to written partitions."),
    ),
    primary_key=("document",),
)


# ---------------------------------------------------------------- building and validating


def build(table: Table, records: Sequence[Mapping[str, Any]]) -> pa.Table:
    """Build an Arrow table of ``table``'s schema from row dicts (extra keys ignored)."""
    arrays = []
    for column in table.columns:
        values = [record.get(column.name) for record in records]
        if column.is_category:
            categories = list(column.categories or dict.fromkeys(v for v in values if v is not None))
            index = {c: i for i, c in enumerate(categories)}
            unknown = sorted({v for v in values if v is not None and v not in index})
            if unknown:
                raise ValidationError(table.name, f"column {column.name}: values outside {categories}: {unknown}")
            indices = to_array([None if v is None else index[v] for v in values], pa.int32())
            arrays.append(pa.DictionaryArray.from_arrays(indices, to_array(categories, pa.string())))
        else:
            arrays.append(to_array(values, column.type))
    return pa.Table.from_arrays(arrays, schema=table.arrow_schema())


def _describe_rows(rows: Sequence[int], limit: int = 5) -> str:
    shown = ", ".join(str(r) for r in rows[:limit])
    return shown + (f" and {len(rows) - limit} more" if len(rows) > limit else "")


def validate(table: Table, data: pa.Table, others: Mapping[str, pa.Table] | None = None) -> None:
    """Raise ValidationError naming the offending rows if ``data`` breaks ``table``'s rules."""
    if data.schema.names != table.column_names:
        raise ValidationError(table.name, f"columns {data.schema.names} differ from the schema {table.column_names}")
    rows = data.to_pylist()
    for column in table.columns:
        if not column.nullable:
            bad = [i for i, r in enumerate(rows) if r[column.name] is None]
            if bad:
                raise ValidationError(table.name, f"column {column.name} is null in rows {_describe_rows(bad)}")
        if column.categories:
            bad = [i for i, r in enumerate(rows) if r[column.name] is not None and r[column.name] not in column.categories]
            if bad:
                raise ValidationError(table.name, f"column {column.name} outside {list(column.categories)} in rows {_describe_rows(bad)}")
    keys = Counter(tuple(r[k] for k in table.primary_key) for r in rows)
    duplicated = [i for i, r in enumerate(rows) if keys[tuple(r[k] for k in table.primary_key)] > 1]
    if duplicated:
        raise ValidationError(table.name, f"primary key {list(table.primary_key)} repeats in rows {_describe_rows(duplicated)}")
    for rule, check in table.row_checks:
        bad = [i for i, r in enumerate(rows) if not check(r)]
        if bad:
            raise ValidationError(table.name, f"rule '{rule}' fails in rows {_describe_rows(bad)}")
    for fk in table.foreign_keys:
        if others is None or fk.table not in others:
            continue
        target = {tuple(r) for r in zip(*(others[fk.table].column(c).to_pylist() for c in fk.table_columns))}
        bad = [
            i for i, r in enumerate(rows)
            if all(r[c] is not None for c in fk.columns) and tuple(r[c] for c in fk.columns) not in target
        ]
        if bad:
            raise ValidationError(
                table.name,
                f"foreign key {list(fk.columns)} → {fk.table}{list(fk.table_columns)} fails in rows {_describe_rows(bad)}",
            )


def write_parquet_file(data: pa.Table, path: str | Path) -> None:
    """Write with fixed options and no timestamps, so equal tables give equal bytes."""
    pq.write_table(data, path, compression="zstd", compression_level=9, use_dictionary=True, write_statistics=True)


def write_parquet(data: pa.Table, path: str | Path) -> None:
    """Write deterministically and atomically (temporary file, then rename)."""
    with atomic_path(path) as tmp:
        write_parquet_file(data, tmp)


def read_parquet(table: Table, path: str | Path) -> pa.Table:
    """Read a table written by this pipeline and check it has ``table``'s columns."""
    try:
        with pq.ParquetFile(path) as parquet:  # one file: read_table would import pyarrow.dataset (0.3 s)
            data = parquet.read()
    except FileNotFoundError:
        raise InputFileError(path, "cannot read Parquet: file not found") from None
    except (OSError, pa.ArrowException) as error:
        raise InputFileError(path, f"cannot read Parquet: {' '.join(str(error).split())}") from None
    if data.schema.names != table.column_names:
        raise ValidationError(path, f"columns {data.schema.names} differ from the {table.name} schema {table.column_names}")
    return data


# ---------------------------------------------------------------- data package

_FRICTIONLESS_TYPES = {
    pa.string(): "string",
    pa.int32(): "integer",
    pa.int64(): "integer",
    pa.float64(): "number",
    pa.bool_(): "boolean",
    pa.date32(): "date",
}


def _field_descriptor(column: Column) -> dict[str, Any]:
    if column.is_category:
        descriptor: dict[str, Any] = {"name": column.name, "type": "string"}
        if column.categories:
            descriptor["categories"] = list(column.categories)
    else:
        descriptor = {"name": column.name, "type": _FRICTIONLESS_TYPES[column.type]}
    descriptor["description"] = column.description
    constraints: dict[str, Any] = {"required": not column.nullable}
    if column.name == "action_id":
        constraints["pattern"] = ACTION_ID_PATTERN
    descriptor["constraints"] = constraints
    return descriptor


def datapackage(resources: Sequence[tuple[Table, str, str]], sources: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """Frictionless Data Package v2 descriptor.

    ``resources``: (table, path relative to the package, sha256); ``sources``: (path, sha256).
    """
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "defra-third-sector-strategy-annex-2009",
        "title": "Defra Third Sector Strategy One Year On: detailed progress annex (November 2009), linked dataset",
        "version": "1.0.0",
        "sources": [{"title": Path(path).name, "path": path, "sha256": digest} for path, digest in sources],
        "resources": [
            {
                "name": table.name,
                "path": path,
                "format": "parquet",
                "mediatype": "application/vnd.apache.parquet",
                "hash": f"sha256:{digest}",
                "description": table.description,
                "schema": {
                    "fields": [_field_descriptor(c) for c in table.columns],
                    "primaryKey": list(table.primary_key),
                    "foreignKeys": [
                        {"fields": list(fk.columns), "reference": {"resource": fk.table, "fields": list(fk.table_columns)}}
                        for fk in table.foreign_keys
                    ],
                },
            }
            for table, path, digest in resources
        ],
    }


def markdown() -> str:
    """The published tables, and the organisations view, with their columns as Markdown (kept in the README, checked by a test)."""
    out = []
    for table in (*PUBLISHED, ORGANISATIONS):
        heading = "`pipeline.load().organisations`" if table is ORGANISATIONS else f"`outputs/{table.name}.parquet`"
        out.append(f"### {heading}\n\n{table.description} Primary key: {', '.join(table.primary_key)}.\n")
        out.append("| column | type | null | description |\n| --- | --- | --- | --- |")
        for c in table.columns:
            kind = "category" if c.is_category else str(c.type)
            if c.categories:
                kind += " (" + ", ".join(c.categories) + ")"
            out.append(f"| {c.name} | {kind} | {'yes' if c.nullable else 'no'} | {c.description} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
