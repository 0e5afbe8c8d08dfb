"""Tag stage: organisations, people, dates and money in the free-text cells, linked and normalised."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import pyarrow as pa

from pipeline import schema
from pipeline.errors import InputFileError
from pipeline.extract.cells import Row
from pipeline.tag.registry_cache import widened_registry
from pipeline.tag.tagger import Document, Mention, Tagger, TagResult


def report_date(params: dict[str, Any]) -> dt.date:
    """The date relative references are read against (``tag.report_date`` in params.yaml)."""
    from pipeline.params import section

    value = section({"tag": params}, "tag.report_date")
    try:
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    except ValueError:
        raise InputFileError("params.yaml", f"tag.report_date {value!r} is not an ISO date") from None


def make_tagger(params: dict[str, Any], use_model: bool = True) -> Tagger:
    """The tagger as ``params`` (the ``tag`` section) configure it; the trained model is loaded when
    ``model_labels`` names any label and ``use_model`` is true."""
    from pipeline.params import section

    labels = list(section({"tag": params}, "tag.model_labels") or [])
    model = None
    if labels and use_model:
        from pipeline.tag.model import load_model

        model = load_model()
    return Tagger(widened_registry(), report_date(params), model, labels)


def documents(rows: Sequence[Row]) -> list[Document]:
    """The free-text cells of each action, in document order."""
    return [Document(row.action_id, name, text) for row in rows for name in schema.TEXT_FIELDS if (text := getattr(row, name))]


def mention_record(mention: Mention) -> dict[str, Any]:
    return {
        "action_id": mention.key, "field": mention.field, "start": mention.start, "end": mention.end,
        "text": mention.text, "label": mention.label, "entity_id": mention.entity_id,
        "date_start": mention.period[0] if mention.period else None,
        "date_end": mention.period[1] if mention.period else None,
        "amount_gbp": mention.amount,
    }


def tag_rows(rows: Sequence[Row], params: dict[str, Any]) -> tuple[pa.Table, pa.Table]:
    """Mentions and entities tables for the annex rows."""
    result: TagResult = make_tagger(params).tag(documents(rows))
    mentions = schema.build(schema.MENTIONS, [mention_record(m) for m in result.mentions])
    entities = schema.build(schema.TAGGED_ENTITIES, [e.record() for e in sorted(result.entities.values(), key=lambda e: e.entity_id)])
    return mentions, entities
