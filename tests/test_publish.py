"""Publishing: validation before writing, atomic outputs, determinism."""
from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time

import pytest

from pipeline import schema
from pipeline.errors import ValidationError
from pipeline.extract import read_rows
from pipeline.hierarchy import load_hierarchy
from pipeline.publish import publish, write_outputs
from pipeline.status import examples, read_gold, train
from tests.conftest import ROOT, run_cli

INTERIM = ROOT / "interim"
OUTPUTS = ROOT / "outputs"
SOURCES = [ROOT / "raw" / "annex-2009.pdf", ROOT / "raw" / "annex-2009.txt"]
PUBLISHED_FILES = [f"{t.name}.parquet" for t in schema.PUBLISHED] + ["datapackage.json"]


@pytest.fixture(scope="module")
def tables():
    rows = read_rows(INTERIM / "rows_pdf.parquet")
    model = train(examples((r.record() for r in rows), read_gold(ROOT / "reference" / "gold" / "status-dev.jsonl")))
    return publish(rows, schema.read_parquet(schema.MENTIONS, INTERIM / "mentions.parquet"),
                   schema.read_parquet(schema.TAGGED_ENTITIES, INTERIM / "entities.parquet"), model, load_hierarchy())


def _with_mentions(tables, change):
    records = tables["mentions"].to_pylist()
    change(records)
    return {**tables, "mentions": schema.build(schema.MENTIONS, records)}


def _sources():
    return [str(p.relative_to(ROOT)) for p in SOURCES]


def test_publishing_twice_gives_identical_bytes(tmp_path, tables, monkeypatch):
    monkeypatch.chdir(ROOT)
    write_outputs(tables, tmp_path / "a", _sources())
    write_outputs(tables, tmp_path / "b", _sources())
    for name in PUBLISHED_FILES:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes() == (OUTPUTS / name).read_bytes()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r.append(dict(r[0])), "mentions: primary key ['action_id', 'field', 'start'] repeats in rows 0, {appended}"),
        (lambda r: r[3].update(date_start=r[3]["date_end"], date_end=r[3]["date_start"]),
         "mentions: rule 'DATE mentions have date_start <= date_end (both or neither); others none' fails in rows 3"),
        (lambda r: r[0].update(amount_gbp=5.0), "mentions: rule 'MONEY mentions have amount_gbp > 0; others none' fails in rows 0"),
        (lambda r: r[1].update(start=40, end=30), "mentions: rule '0 <= start < end' fails in rows 1"),
        (lambda r: r[4].update(start=r[4]["start"] + 1, end=r[4]["end"] + 1),
         "mentions: text differs from the cell text at [start:end] in rows [4]"),
        (lambda r: r[2].update(action_id="99.1"),
         "mentions: foreign key ['action_id'] → actions['action_id'] fails in rows 2"),
        (lambda r: r[0].update(entity_id="no-such-entity"),
         "mentions: foreign key ['entity_id'] → entities['entity_id'] fails in rows 0"),
    ],
    ids=["duplicate-key", "date-order", "amount-on-org", "offsets", "shifted-span", "unknown-action", "unknown-entity"],
)
def test_a_violation_writes_nothing_and_names_the_rows(tmp_path, tables, change, message):
    broken = _with_mentions(tables, change)
    with pytest.raises(ValidationError) as raised:
        write_outputs(broken, tmp_path / "out", _sources())
    assert raised.value.one_line() == message.format(appended=tables["mentions"].num_rows)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_category_outside_its_domain_is_refused():
    with pytest.raises(ValidationError, match=r"column timing: values outside \['Immediate', 'Longer Term'\]: \['Soon'\]"):
        schema.build(schema.ACTIONS, [{"timing": "Soon"}])


def test_publish_cli_reports_a_missing_input_on_one_line(tmp_path):
    result = run_cli("publish", "--rows", str(tmp_path / "none.parquet"), "--mentions", "interim/mentions.parquet",
                     "--entities", "interim/entities.parquet", "--sources", "raw/annex-2009.pdf", "--out-dir", str(tmp_path),
                     "--status-gold", "reference/gold/status-dev.jsonl")
    assert result.code == 3
    assert result.stderr == f"error: {tmp_path / 'none.parquet'}: cannot read Parquet: file not found\n"


def test_a_run_killed_mid_publish_leaves_each_output_whole(tmp_path):
    """Kill publish at several moments: every output is either the previous file or the new one."""
    out = tmp_path / "outputs"
    command = [sys.executable, "-m", "pipeline", "publish", "--rows", "interim/rows_pdf.parquet",
               "--mentions", "interim/mentions.parquet", "--entities", "interim/entities.parquet",
               "--sources", *_sources(), "--out-dir", str(out), "--status-gold", "reference/gold/status-dev.jsonl"]
    for delay in (0.3, 0.8, 1.2, 1.6, 2.2, 3.0):
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        for name in PUBLISHED_FILES:
            (out / name).write_bytes(b"previous " + name.encode())
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        for name in PUBLISHED_FILES:
            data = (out / name).read_bytes()
            assert data in (b"previous " + name.encode(), (OUTPUTS / name).read_bytes()), name
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    for name in PUBLISHED_FILES:
        assert (out / name).read_bytes() == (OUTPUTS / name).read_bytes()
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


def test_crosscheck_fails_on_a_missing_row_and_still_writes_its_metrics(tmp_path):
    import json

    from pipeline.extract import read_rows

    rows = read_rows(INTERIM / "rows_pdf.parquet")
    short = tmp_path / "rows_pdf.parquet"
    schema.write_parquet(schema.build(schema.ROWS, [r.record() for r in rows if r.action_id != "5.3"]), short)
    metrics, details = tmp_path / "crosscheck.json", tmp_path / "crosscheck-details.json"
    result = run_cli("crosscheck", str(short), "interim/rows_text.parquet", "--metrics", str(metrics), "--details", str(details))
    assert result.code == 7
    assert result.stderr == f"error: {short}: PDF rows missing ['5.3'] and extra [] against the text export\n"
    assert json.loads(metrics.read_text()) == {"agreement": round(917 / 924, 6), "cells": 924}
    report = json.loads(details.read_text())
    assert (report["rows_missing"], report["cells_equal"], report["cells"]) == (1, 917, 924)
