"""The out-of-annex tagging dev set (reference/texts) is well-formed: every gold span is the text at its
offsets, labels and values follow GUIDELINES.md, and every text has its source row."""
from __future__ import annotations

import csv
import datetime as dt
import json
from collections import Counter

import pytest

from tests.conftest import ROOT

TEXTS = ROOT / "reference" / "texts"
GOLD = ROOT / "reference" / "gold" / "mentions-texts.jsonl"
LABELS = {"ORG", "PERSON", "DATE", "MONEY"}
KEYS = {"doc", "start", "end", "text", "label", "canonical", "value", "optional"}


@pytest.fixture(scope="module")
def sources() -> dict[str, dict[str, str]]:
    with open(TEXTS / "sources.csv", newline="", encoding="utf-8") as f:
        return {row["id"]: row for row in csv.DictReader(f)}


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_text_has_one_source_row_and_vice_versa(sources):
    assert sorted(sources) == sorted(p.stem for p in TEXTS.glob("*.txt"))
    assert len(sources) >= 24


def test_source_rows_are_complete(sources):
    for id_, row in sources.items():
        assert row["url"].startswith(("http://", "https://")), id_
        dt.date.fromisoformat(row["date"])
        assert row["title"] and row["publisher"] and row["licence"], id_
        assert row["split"] in {"dev", "test"}, id_
        words = len((TEXTS / f"{id_}.txt").read_text(encoding="utf-8").split())
        assert int(row["words"]) == words < 600, id_


def test_the_first_thirty_texts_are_halves_and_later_ones_dev(sources):
    first = Counter(row["split"] for id_, row in sources.items() if int(id_[1:]) <= 30)
    assert first == {"dev": 15, "test": 15}
    assert {row["split"] for id_, row in sources.items() if int(id_[1:]) > 30} == {"dev"}


def test_every_span_is_the_text_at_its_offsets(gold, sources):
    texts = {id_: (TEXTS / f"{id_}.txt").read_text(encoding="utf-8") for id_ in sources}
    for m in gold:
        assert set(m) == KEYS, m
        text = texts[m["doc"]]
        assert 0 <= m["start"] < m["end"] <= len(text), m
        assert text[m["start"] : m["end"]] == m["text"], m
        assert m["text"] == m["text"].strip(), m


def test_labels_links_and_values_are_well_formed(gold):
    for m in gold:
        assert m["label"] in LABELS, m
        assert isinstance(m["optional"], bool), m
        if m["label"] in {"ORG", "PERSON"}:
            assert isinstance(m["canonical"], str) and m["canonical"], m
            assert m["value"] is None, m
        else:
            assert m["canonical"] is None, m
        if m["label"] == "DATE" and m["value"] is not None:
            start, end = (dt.date.fromisoformat(v) for v in m["value"])
            assert start <= end, m
        if m["label"] == "MONEY":
            assert isinstance(m["value"], (int, float)) and m["value"] > 0, m


def test_no_two_mentions_overlap(gold):
    by_doc: dict[str, list[tuple[int, int]]] = {}
    for m in gold:
        by_doc.setdefault(m["doc"], []).append((m["start"], m["end"]))
    for doc, spans in by_doc.items():
        spans.sort()
        for (_, end), (start, _) in zip(spans, spans[1:]):
            assert end <= start, doc


def test_every_text_has_required_gold(gold, sources):
    docs = Counter(m["doc"] for m in gold if not m["optional"])
    assert set(docs) == set(sources)
    labels = Counter(m["label"] for m in gold if not m["optional"])
    assert all(labels[label] >= 10 for label in LABELS), labels
