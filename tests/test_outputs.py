"""The committed outputs: what analysts load with pandas."""
from __future__ import annotations

import json

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline import schema
from pipeline.extract.cells import FIELDS
from tests.conftest import ROOT

OUTPUTS = ROOT / "outputs"


@pytest.fixture(scope="module")
def actions() -> pd.DataFrame:
    return pd.read_parquet(OUTPUTS / "actions.parquet")


def test_actions_equal_the_text_export_cell_for_cell(actions, text_rows):
    assert len(actions) == 132
    assert actions["action_id"].is_unique
    published = actions.set_index("action_id")
    compared = 0
    for row in text_rows:
        for name in FIELDS:
            value = row.action_id if name == "action_id" else published.at[row.action_id, name]
            expected = getattr(row, name)
            assert (None if pd.isna(value) else value) == expected, (row.action_id, name)
            compared += 1
    assert compared == 924


def test_types_load_as_analysts_expect(actions):
    for name in ("theme", "chapter", "timing"):
        assert isinstance(actions[name].dtype, pd.CategoricalDtype), name
    assert list(actions["timing"].cat.categories) == ["Immediate", "Longer Term"]
    assert list(actions["theme"].cat.categories)[0] == "Achieving Together"
    assert str(actions["chapter_no"].dtype) == "int32"
    assert str(actions["action_no"].dtype) == "int32"
    last = actions.iloc[-1]
    assert (last["action_id"], last["chapter_no"], last["action_no"]) == ("11.10", 11, 10)


def test_pages_are_recorded(actions):
    first = actions.iloc[0]
    assert (first["page_start"], first["page_end"]) == (2, 2)
    assert actions["page_end"].max() == 38
    assert (actions["page_start"] <= actions["page_end"]).all()


@pytest.mark.parametrize("table", schema.PUBLISHED, ids=lambda t: t.name)
def test_field_descriptions_survive_the_round_trip(table):
    stored = pq.read_schema(OUTPUTS / f"{table.name}.parquet")
    assert stored.names == table.column_names
    for column in table.columns:
        assert stored.field(column.name).metadata[b"description"].decode() == column.description


def test_datapackage_describes_every_table_and_source():
    package = json.loads((OUTPUTS / "datapackage.json").read_text(encoding="utf-8"))
    assert package["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert [r["name"] for r in package["resources"]] == [t.name for t in schema.PUBLISHED]
    actions = package["resources"][0]
    assert actions["schema"]["primaryKey"] == ["action_id"]
    assert actions["schema"]["fields"][5] == {
        "name": "timing", "type": "string", "categories": ["Immediate", "Longer Term"],
        "description": "When the commitment was due.", "constraints": {"required": True},
    }
    links = package["resources"][3]["schema"]["foreignKeys"]
    assert {"fields": ["entity_id"], "reference": {"resource": "entities", "fields": ["entity_id"]}} in links
    from pipeline.io import sha256_of

    assert {s["path"]: s["sha256"] for s in package["sources"]} == {
        "raw/annex-2009.pdf": sha256_of(ROOT / "raw" / "annex-2009.pdf"),
        "raw/annex-2009.txt": sha256_of(ROOT / "raw" / "annex-2009.txt"),
    }
    for resource in package["resources"]:
        assert resource["hash"] == "sha256:" + sha256_of(OUTPUTS / resource["path"])


def test_readme_lists_the_schema():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert schema.markdown() in readme
