"""What analysts get beyond the rows: status, cross-references and the one-call loader."""
from __future__ import annotations

import datetime
import json
import re

import pandas as pd
import pytest

import pipeline
from pipeline import schema
from pipeline.errors import InputFileError
import pyarrow.parquet as pq

from pipeline.hierarchy import load_hierarchy
from pipeline.links import find_references
from pipeline.status import Example, commitment_verb, examples, read_gold, train
from tests.conftest import ROOT, run_cli

STATUS_GOLD = ROOT / "reference" / "gold" / "status-dev.jsonl"


MODEL = train(examples(pq.read_table(ROOT / "outputs" / "actions.parquet").to_pylist(), read_gold(STATUS_GOLD)))


@pytest.mark.parametrize(
    ("action", "progress", "next_actions", "status", "evidence"),
    [
        ("Appoint a secondee.", "Complete.", "Members announced on 25/3/09.", "complete", "Complete."),
        ("Sign an MOU.", "COMPLETE - The partnership MOU was signed.", None, "complete", "COMPLETE - The partnership MOU was signed."),
        ("Enable a right to request action.", "The Regulations include a provision.", "Action Complete.", "complete", "Action Complete."),
        ("Establish a new board.", "Work began in May. The board has been established and has met twice.", None, "complete",
         "The board has been established and has met twice."),
        ("Establish a task group.", "The task group has now established its terms of reference.", None, "complete",
         "The task group has now established its terms of reference."),
        ("Publish a plan.", "This action has been superseded by the publication of a plan.", "No further action.",
         "dropped_or_superseded", "This action has been superseded by the publication of a plan."),
        ("Set up a network.", "We now think that this is better done as part of other work.", None, "dropped_or_superseded",
         "We now think that this is better done as part of other work."),
        ("Hold a workshop.", "No progress reported.", "Review the value of this commitment.", "no_progress", "No progress reported."),
        ("Hold a masterclass.", "A masterclass has not been organised, although an event has been held.", None, "no_progress",
         "A masterclass has not been organised, although an event has been held."),
        ("Continue to support the Forums.", "Ongoing.", None, "in_progress", "Ongoing."),
        ("Continue to engage the Task Force.", "We are engaging with the Task Force. A workshop was held in May.", None, "in_progress",
         "We are engaging with the Task Force."),
        ("Involve third sector bodies.", "Third sector bodies sit on the panel.", None, "in_progress", "Third sector bodies sit on the panel."),
        ("Review the database.", None, "Review next year.", "unclear", None),
        ("Review the database.", " - ", None, "unclear", None),
    ],
)
def test_status_from_the_definitions_with_its_evidence(action, progress, next_actions, status, evidence):
    assert MODEL.classify(action, progress, next_actions) == (status, evidence)


def test_commitment_verbs():
    assert commitment_verb("Establish a network of champions.") == "established"
    assert commitment_verb("We will set up a forum.") == "set up"
    assert commitment_verb("Hold a joint workshop.") == "held"
    assert commitment_verb("Update our financial systems.") == "updated"
    assert commitment_verb("Continue to support WRAP.") is None
    assert commitment_verb("Work with DECC and CLG.") is None


def test_training_picks_the_precedence_the_examples_support():
    drop_wins = [Example(f"1.{i}", "Set up a group.", "The group was set up but was later disbanded.", None, "dropped_or_superseded")
                 for i in range(1, 4)]
    model = train(drop_wins)
    assert model.precedence.index("dropped") < model.precedence.index("delivered")
    assert model.classify("Set up a group.", "It was set up but was later disbanded.", None)[0] == "dropped_or_superseded"


def test_status_leave_one_chapter_out_on_the_dev_gold(tmp_path):
    metrics, details = tmp_path / "status.json", tmp_path / "status-details.json"
    result = run_cli("evaluate-status", "--gold", "reference/gold/status-dev.jsonl", "--actions", "outputs/actions.parquet",
                     "--metrics", str(metrics), "--details", str(details))
    assert result.code == 0, result.stderr
    report = json.loads(details.read_text())
    assert json.loads(metrics.read_text()) == {"accuracy": report["accuracy"], "total": 79}
    assert report["accuracy"] >= 0.85
    assert (report["correct"], report["total"]) == (73, 79)
    assert sorted(report["folds"], key=int) == ["1", "3", "5", "7", "9", "11"]
    assert sum(f["total"] for f in report["folds"].values()) == 79
    assert sum(f["correct"] for f in report["folds"].values()) == report["correct"]
    assert sum(sum(row.values()) for row in report["confusion"].values()) == 79
    assert report["fit_on_all_dev_chapters"]["total"] == 79
    assert result.stdout.startswith(f"leave-one-chapter-out accuracy {report['accuracy']:.3f} ({report['correct']}/79)\n")
    assert json.loads((ROOT / "metrics" / "details" / "status.json").read_text()) == report


def test_bad_status_gold_is_one_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"action_id": "1.1", "status": "complete"}\n{"action_id": "1.2", "status": "finished"}\n')
    result = run_cli("evaluate-status", "--gold", str(gold), "--actions", "outputs/actions.parquet")
    assert result.code == 3
    assert result.stderr == (f"error: {gold}:2: status 'finished' is not one of complete, in_progress, no_progress, "
                             "dropped_or_superseded, unclear\n")


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


def test_the_organisations_view():
    data = pipeline.load(ROOT / "outputs")
    view = data.organisations
    assert list(view.columns) == schema.ORGANISATIONS.column_names
    assert len(view) == (data.entities["label"] == "ORG").sum() == view["entity_id"].nunique()
    rspb = view.set_index("entity_id").loc["royal-society-for-the-protection-of-birds"]
    assert (rspb["display_name"], rspb["sector"], rspb["n_actions"], rspb["n_mentions"]) == (
        "RSPB (Royal Society for the Protection of Birds)", "third_sector", 5, 6)
    assert (rspb["first_action"], rspb["last_action"]) == ("1.2", "2.11")
    assert view["first_action"].cat.ordered and view["first_action"].cat.categories[8:10].tolist() == ["1.9", "1.10"]
    no_acronym = view[view["acronym"].isna()]
    assert "natural-england" in set(no_acronym["entity_id"]) and (no_acronym["display_name"] == no_acronym["name"]).all()
    team = view.set_index("entity_id").loc["defra-third-sector-team"]
    assert (team["parent_name"], team["outside_defra"]) == ("Defra (Department for Environment, Food and Rural Affairs)", False)
    assert view.set_index("entity_id").loc["department-for-environment-food-and-rural-affairs", "outside_defra"] == False  # noqa: E712
    mentions = data.mentions.dropna(subset=["entity_id"])
    org_mentions = mentions[mentions["entity_id"].isin(view["entity_id"])]
    assert view["n_mentions"].sum() == len(org_mentions)
    assert view["n_actions"].tolist() == sorted(view["n_actions"], reverse=True)


def test_parents_come_from_the_hierarchy_file_and_exist():
    entities = pd.read_parquet(ROOT / "outputs" / "entities.parquet")
    parents = load_hierarchy()
    with_parent = entities.dropna(subset=["parent_entity_id"])
    assert set(with_parent["parent_entity_id"]) <= set(entities["entity_id"])
    assert dict(zip(with_parent["entity_id"], with_parent["parent_entity_id"])) == {
        e: p for e, p in parents.items() if e in set(entities["entity_id"])}
    assert len(with_parent) == 15


def test_a_hierarchy_with_a_cycle_is_refused(tmp_path):
    path = tmp_path / "hierarchy.csv"
    path.write_text("entity_id,parent_entity_id,basis\na,b,x\nb,a,y\n")
    with pytest.raises(InputFileError, match="cycle through a"):
        load_hierarchy(path)


def test_dates_read_with_plain_pandas_as_documented():
    plain = pd.read_parquet(ROOT / "outputs" / "mentions.parquet")
    assert type(plain["date_start"].dropna().iloc[0]) is datetime.date
    typed = pd.read_parquet(ROOT / "outputs" / "mentions.parquet", to_pandas_kwargs={"date_as_object": False})
    assert str(typed["date_start"].dtype) == "datetime64[ms]"
    assert 'to_pandas_kwargs={"date_as_object": False}' in (ROOT / "README.md").read_text(encoding="utf-8")
