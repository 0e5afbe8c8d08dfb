"""The published Data Package checked by the real Frictionless validator: types, constraints,
primary and foreign keys of every table, and each file's bytes against its recorded sha256."""
from __future__ import annotations

import json
import shutil

from frictionless import Package, resources

from tests.conftest import ROOT

OUTPUTS = ROOT / "outputs"


def _errors(report) -> list[list[str]]:
    return report.flatten(["type", "note"])


def test_published_package_is_valid():
    report = Package(str(OUTPUTS / "datapackage.json")).validate()
    assert report.valid, _errors(report)[:5]
    assert [task.name for task in report.tasks] == [r["name"] for r in json.loads((OUTPUTS / "datapackage.json").read_text())["resources"]]


def test_every_file_matches_its_recorded_hash():
    package = json.loads((OUTPUTS / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        report = resources.FileResource(path=resource["path"], basepath=str(OUTPUTS), hash=resource["hash"]).validate()
        assert report.valid, (resource["path"], _errors(report))


def test_validator_catches_a_broken_foreign_key_and_a_changed_file(tmp_path):
    for path in OUTPUTS.iterdir():
        if path.suffix in (".parquet", ".json"):
            shutil.copy2(path, tmp_path / path.name)
    import pyarrow as pa
    import pyarrow.parquet as pq

    aliases = pq.read_table(tmp_path / "entity_aliases.parquet")
    ids = aliases.column("entity_id").to_pylist()
    ids[0] = "no-such-entity"
    pq.write_table(aliases.set_column(0, aliases.schema.field(0), pa.array(ids)), tmp_path / "entity_aliases.parquet")
    report = Package(str(tmp_path / "datapackage.json")).validate()
    assert not report.valid
    assert [e[0] for e in _errors(report)] == ["foreign-key"]
    recorded = next(r["hash"] for r in json.loads((tmp_path / "datapackage.json").read_text())["resources"]
                    if r["name"] == "entity_aliases")
    changed = resources.FileResource(path="entity_aliases.parquet", basepath=str(tmp_path), hash=recorded).validate()
    assert [e[0] for e in _errors(changed)] == ["hash-count"]
