"""Scoring of predicted mentions against gold, as the annotation README defines it.

- mentions: exact (action_id, field, label, text) multisets per label, optional gold removed from
  both sides first;
- links: (action_id, entity) pairs for ORG, each system entity id aligned to the gold canonical
  with which it shares the most exactly matched mentions;
- values: over gold DATE/MONEY mentions with a value, the share whose matched prediction has the
  same [start, end] or the same amount to the penny.

Gold for the annex is keyed by action and field; gold for other texts (``reference/texts``) by
``doc``, scored the same way with the doc as the action and "text" as the field, per split
(``sources.csv``: dev, test) and over all texts. Each text is tagged on its own, its relative dates
read against its own date.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.errors import InputFileError
from pipeline.schema import LABELS

Key = tuple[str, str, str, str]  # action_id, field, label, text
TEXT_FIELD = "text"
"""The field of every mention in a stand-alone text."""


@dataclass(frozen=True)
class Scored:
    """One mention, gold or predicted, in the form scoring needs."""

    action_id: str
    field: str
    label: str
    text: str
    entity: str | None = None
    value: Any = None
    optional: bool = False

    @property
    def key(self) -> Key:
        return (self.action_id, self.field, self.label, self.text)


def read_gold(path: str | Path) -> list[Scored]:
    gold = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputFileError(path, f"cannot read gold: {error}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            key = record["action_id"] if "action_id" in record else record["doc"]
            gold.append(Scored(key, record.get("field", TEXT_FIELD), record["label"], record["text"],
                               record.get("canonical"), record.get("value"), bool(record.get("optional"))))
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise InputFileError(path, f"not a gold mention ({type(error).__name__}: {error})", line=number) from None
    return gold


def _prf(true_positive: int, predicted: int, expected: int) -> dict[str, float]:
    precision = true_positive / predicted if predicted else 0.0
    recall = true_positive / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "true_positive": true_positive, "predicted": predicted, "gold": expected}


def _same_value(gold: Any, predicted: Any) -> bool:
    if isinstance(gold, list):
        return predicted is not None and list(predicted) == gold
    return predicted is not None and abs(float(gold) - float(predicted)) < 0.005


def evaluate(gold: Sequence[Scored], predicted: Iterable[Scored]) -> dict[str, Any]:
    """Per-label P/R/F1, ORG link P/R/F1 and DATE/MONEY value accuracy."""
    actions = {g.action_id for g in gold}
    optional = Counter(g.key for g in gold if g.optional)
    required = [g for g in gold if not g.optional]
    remaining = Counter(optional)
    kept: list[Scored] = []
    for p in predicted:
        if p.action_id not in actions:
            continue
        if remaining[p.key]:
            remaining[p.key] -= 1
            continue
        kept.append(p)
    gold_counts = Counter(g.key for g in required)
    predicted_counts = Counter(p.key for p in kept)
    matched = gold_counts & predicted_counts
    report: dict[str, Any] = {"labels": {}}
    for label in LABELS:
        report["labels"][label] = _prf(
            sum(n for k, n in matched.items() if k[2] == label),
            sum(n for k, n in predicted_counts.items() if k[2] == label),
            sum(n for k, n in gold_counts.items() if k[2] == label),
        )
    # Links: align each system id to the gold canonical it shares most matched mentions with.
    gold_entity = {g.key: g.entity for g in gold if g.label == "ORG"}
    shared: dict[str, Counter[str]] = defaultdict(Counter)
    for p in kept:
        if p.label == "ORG" and p.key in matched and p.entity:
            shared[p.entity][gold_entity[p.key] or ""] += 1
    alignment = {system: counts.most_common(1)[0][0] for system, counts in shared.items()}
    gold_links = {(g.action_id, g.entity) for g in required if g.label == "ORG"}
    predicted_links = {(p.action_id, alignment.get(p.entity or "", f"unaligned:{p.entity}")) for p in kept if p.label == "ORG"}
    report["links"] = _prf(len(gold_links & predicted_links), len(predicted_links), len(gold_links))
    # Values: each gold DATE/MONEY mention with a value against a matched prediction.
    predicted_values: dict[Key, list[Any]] = defaultdict(list)
    for p in kept:
        predicted_values[p.key].append(p.value)
    values: dict[str, dict[str, Any]] = {}
    for label in ("DATE", "MONEY"):
        with_value = [g for g in required if g.label == label and g.value is not None]
        correct = sum(any(_same_value(g.value, v) for v in predicted_values.get(g.key, [])) for g in with_value)
        values[label] = {"accuracy": round(correct / len(with_value), 4) if with_value else 0.0,
                         "correct": correct, "gold_with_value": len(with_value)}
    report["values"] = values
    report["errors"] = {
        "missed": sorted("|".join(k) for k in (gold_counts - predicted_counts).elements()),
        "spurious": sorted("|".join(k) for k in (predicted_counts - gold_counts).elements()),
    }
    return report


def predictions_from_mentions(path: str | Path) -> list[Scored]:
    """Predictions from a mentions Parquet written by the tag stage."""
    from pipeline import schema

    predicted = []
    for m in schema.read_parquet(schema.MENTIONS, path).to_pylist():
        value = [m["date_start"].isoformat(), m["date_end"].isoformat()] if m["date_start"] else m["amount_gbp"]
        predicted.append(Scored(m["action_id"], m["field"], m["label"], m["text"], m["entity_id"], value))
    return predicted


def _load_stock(model: str) -> Any:
    import spacy

    try:
        return spacy.load(model)
    except OSError:
        raise InputFileError(None, f"spaCy model {model!r} is not installed (pip install it from PyPI)") from None


def predictions_from_model(model: str, rows_path: str | Path) -> list[Scored]:
    """Predictions of a stock spaCy pipeline (ORG, PERSON, DATE, MONEY as it labels them; no values)."""
    from pipeline.extract import read_rows
    from pipeline.tag import documents

    nlp = _load_stock(model)
    docs = documents(read_rows(rows_path))
    return [
        Scored(d.key, d.field, e.label_, e.text, e.text)
        for d, doc in zip(docs, nlp.pipe(d.text for d in docs))
        for e in doc.ents
        if e.label_ in LABELS
    ]


def headline(report: dict[str, Any]) -> dict[str, Any]:
    """The few figures ``dvc metrics show`` lists: F1 per label and for ORG links, value accuracy."""
    f1 = {label: scores["f1"] for label, scores in report["labels"].items()}
    return {"f1": {**f1, "links": report["links"]["f1"]},
            "values": {label: value["accuracy"] for label, value in report["values"].items()}}


def summary(report: dict[str, Any]) -> str:
    """A small text table of the report's headline figures."""
    lines = [f"{'':8} {'P':>6} {'R':>6} {'F1':>6}"]
    for label, scores in report["labels"].items():
        lines.append(f"{label:8} {scores['precision']:6.3f} {scores['recall']:6.3f} {scores['f1']:6.3f}")
    links = report["links"]
    lines.append(f"{'ORG link':8} {links['precision']:6.3f} {links['recall']:6.3f} {links['f1']:6.3f}")
    for label, value in report["values"].items():
        lines.append(f"{label} value accuracy {value['accuracy']:.3f} ({value['correct']}/{value['gold_with_value']})")
    return "\n".join(lines)


@dataclass(frozen=True)
class Source:
    """One out-of-annex text: its id (file ``<id>.txt``), date and split."""

    doc: str
    date: str
    split: str


def read_sources(texts_dir: str | Path) -> list[Source]:
    """``sources.csv`` of a texts folder (columns id, date and split among others)."""
    import csv

    path = Path(texts_dir) / "sources.csv"
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            return [Source(r["id"], r["date"], r["split"]) for r in csv.DictReader(handle)]
    except (OSError, UnicodeDecodeError) as error:
        raise InputFileError(path, f"cannot read sources: {error}") from None
    except KeyError as error:
        raise InputFileError(path, f"no column {error} (expected id, date, split)") from None


def _read_text(texts_dir: str | Path, source: Source) -> str:
    path = Path(texts_dir) / f"{source.doc}.txt"
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputFileError(path, f"cannot read text: {error}") from None


def predictions_from_texts(tagger: Any, texts_dir: str | Path, sources: Sequence[Source]) -> list[Scored]:
    """The pipeline's tagger on each text alone, read against the text's own date."""
    import datetime as dt

    from pipeline.tag.tagger import Document

    predicted = []
    for source in sources:
        try:
            date = dt.date.fromisoformat(source.date)
        except ValueError:
            raise InputFileError(Path(texts_dir) / "sources.csv", f"{source.doc}: date {source.date!r} is not YYYY-MM-DD") from None
        result = tagger.tag([Document(source.doc, TEXT_FIELD, _read_text(texts_dir, source))], date)
        for m in result.mentions:
            value = [m.period[0].isoformat(), m.period[1].isoformat()] if m.period else m.amount
            predicted.append(Scored(m.key, m.field, m.label, m.text, m.entity_id, value))
    return predicted


def model_predictions_from_texts(model: str, texts_dir: str | Path, sources: Sequence[Source]) -> list[Scored]:
    """A stock spaCy pipeline's ORG, PERSON, DATE, MONEY on each text (no values)."""
    nlp = _load_stock(model)
    texts = [_read_text(texts_dir, s) for s in sources]
    return [Scored(s.doc, TEXT_FIELD, e.label_, e.text, e.text)
            for s, doc in zip(sources, nlp.pipe(texts)) for e in doc.ents if e.label_ in LABELS]


def evaluate_splits(gold: Sequence[Scored], predicted: Sequence[Scored], sources: Sequence[Source]) -> dict[str, Any]:
    """``evaluate`` over all texts and over each split's texts."""
    report = {"all": evaluate(gold, predicted)}
    for split in sorted({s.split for s in sources}):
        docs = {s.doc for s in sources if s.split == split}
        report[split] = evaluate([g for g in gold if g.action_id in docs], [p for p in predicted if p.action_id in docs])
    return report
