"""What analysts get beyond the rows: status, cross-references and the one-call loader."""
from __future__ import annotations

import json
import re

import pandas as pd
import pytest

import pipeline
from pipeline.links import find_references
from pipeline.status import classify_status
from tests.conftest import ROOT, run_cli


@pytest.mark.parametrize(
    ("progress", "next_actions", "status"),
    [
        ("Complete.", "Members announced on 25/3/09.", "complete"),
        ("COMPLETE - The partnership MOU was signed.", None, "complete"),
        ("The Regulations include a provision.", "Action Complete.", "complete"),
        ("A sub-group of the Advisory Board has been established.", None, "complete"),
        ("This action has been superseded by the publication of a plan.", "No further action.", "dropped_or_superseded"),
        ("We now think that this is better done as part of other work.", None, "dropped_or_superseded"),
        ("No progress reported.", "Review the value/feasibility of this commitment moving forward.", "no_progress"),
        ("A masterclass has not been organised, although an event has been held.", None, "no_progress"),
        ("Ongoing.", None, "in_progress"),
        ("We are engaging with the Task Force.", None, "in_progress"),
        ("We have entered into a contract with the Forum.", "This action is on-going.", "in_progress"),
        (None, "Review next year.", "unclear"),
    ],
)
def test_status_rules(progress, next_actions, status):
    assert classify_status(progress, next_actions) == status


def test_status_accuracy_on_the_dev_gold(tmp_path):
    metrics, details = tmp_path / "status.json", tmp_path / "status-details.json"
    result = run_cli("evaluate-status", "--gold", "reference/gold/status-dev.jsonl", "--actions", "outputs/actions.parquet",
                     "--metrics", str(metrics), "--details", str(details))
    assert result.code == 0, result.stderr
    report = json.loads(details.read_text())
    assert json.loads(metrics.read_text()) == {"accuracy": report["accuracy"], "total": 79}
    assert report["accuracy"] >= 0.9
    assert report["total"] == 79
    assert sum(sum(row.values()) for row in report["confusion"].values()) == 79
    assert result.stdout.startswith(f"accuracy {report['accuracy']:.3f} ({report['correct']}/79)\n")


def test_every_cross_reference_in_the_annex_is_a_row(text_rows):
    expected = set()
    for row in text_rows:
        for name in ("action", "progress", "next_actions"):
            for match in re.finditer(r"(?i)\b(?:commitment|see)\s+(\d+\.\d+)", getattr(row, name) or ""):
                expected.add((row.action_id, match[1], name))
    table = pd.read_parquet(ROOT / "outputs" / "action_links.parquet")
    assert set(zip(table["from_action"], table["to_action"], table["field"].astype(str))) == expected
    assert len(expected) == 10
    assert ("6.2", "7.11", "progress") in expected and ("7.2", "7.8", "progress") in expected


def test_reference_phrases():
    assert [(r.text, r.to_action) for r in find_references("(see commitment 10.2). See 7.8 and commitments 1.2 and 1.3")] == [
        ("commitment 10.2", "10.2"), ("See 7.8", "7.8"), ("commitments 1.2 and 1.3", "1.2"), ("commitments 1.2 and 1.3", "1.3"),
    ]
    assert find_references("see 2.5 million and £4.75m in Regulation 1/2005") == []


def test_load_gives_typed_frames():
    data = pipeline.load()
    assert len(data.actions) == 132
    assert isinstance(data.actions["status"].dtype, pd.CategoricalDtype)
    assert list(data.actions["status"].cat.categories) == ["complete", "in_progress", "no_progress", "dropped_or_superseded", "unclear"]
    assert str(data.mentions["date_start"].dtype).startswith("datetime64")
    assert isinstance(data.mentions["label"].dtype, pd.CategoricalDtype)
    assert isinstance(data.entities["aliases"].iloc[0], list)
    rspb = data.entities.set_index("entity_id").loc["royal-society-for-the-protection-of-birds"]
    assert (rspb["acronym"], rspb["sector"]) == ("RSPB", "third_sector")
    involved = data.action_entities[data.action_entities["entity_id"] == "royal-society-for-the-protection-of-birds"]
    assert sorted(involved["action_id"]) == ["1.10", "1.18", "1.2", "1.3", "2.11"]
