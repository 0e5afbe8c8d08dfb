"""Corpus mode through the real command line on a small corpus the tests make: the text export, the
printed PDF, two rendered layouts and a broken PDF, against single-document runs of each."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pdfplumber
import pyarrow.parquet as pq
import pytest

import pipeline
from pipeline import load_corpus, schema
from pipeline.corpus import LEDGER, STAGING, partition_file, to_pandas
from pipeline.io import sha256_of
from tests.conftest import PDF, ROOT, TEXT_EXPORT, run_cli
from tests.layouts import LAYOUTS, render

SUMMARY = re.compile(r"^(\d+) documents: (\d+) ok, (\d+) failed, (\d+) unchanged \(skipped\) in [\d.]+ s → ")


def summary(stderr: str) -> tuple[int, ...]:
    """(documents, ok, failed, skipped) from the run's last line."""
    match = SUMMARY.match(stderr.strip().splitlines()[-1])
    assert match, stderr
    return tuple(int(g) for g in match.groups())


def records(frame: pd.DataFrame) -> list[dict]:
    """Rows as plain dicts, nulls as None, for exact comparison across dtypes."""
    frame = frame.reset_index(drop=True).astype(object)
    return frame.where(frame.notna(), None).to_dict("records")


def broken_pdf(path: Path) -> Path:
    path.write_bytes(PDF.read_bytes()[:4000])
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, text_rows):
    """DIR with five documents (one broken) and a file that is no document; OUT after one run."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copy(TEXT_EXPORT, folder / TEXT_EXPORT.name)
    (folder / "shared").mkdir()
    shutil.copy(PDF, folder / "shared" / PDF.name)
    (folder / "layouts").mkdir()
    for layout in (LAYOUTS[0], next(layout for layout in LAYOUTS if layout.producer == "fpdf2")):
        render(text_rows, folder / "layouts" / f"{layout.name}.pdf", layout)
    broken_pdf(folder / "broken.pdf")
    (folder / "notes.md").write_text("not a document\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    run = run_cli("corpus", str(folder), "-o", str(out), "--workers", "2")
    return folder, out, run


def documents(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.suffix in {".pdf", ".txt"})


def test_one_bad_document_never_stops_the_corpus(corpus):
    folder, out, run = corpus
    assert run.code == 0, run.stderr
    assert summary(run.stderr) == (5, 4, 1, 0)
    ledger = load_corpus(out).documents.set_index("document")
    assert sorted(ledger.index) == documents(folder)
    assert ledger.loc["broken.pdf", "status"] == "failed"
    assert ledger.loc["broken.pdf", "error"] == f"{folder / 'broken.pdf'}: truncated PDF (no %%EOF marker at the end)"
    assert not any((out / table.name / "document=broken.pdf").exists() for table in schema.PARTITIONS)
    good = ledger.drop(index="broken.pdf")
    assert set(good["status"]) == {"ok"} and good["error"].isna().all()
    for key, entry in good.iterrows():
        path = folder / key
        assert entry["sha256"] == sha256_of(path)
        if path.suffix == ".pdf":
            with pdfplumber.open(path) as pdf:
                assert entry["pages"] == len(pdf.pages)
        else:
            assert pd.isna(entry["pages"])
        assert entry["seconds"] > 0
        assert entry["pipeline_version"] == ledger["pipeline_version"].iloc[0]


@pytest.fixture(scope="module")
def single_runs(corpus, tmp_path_factory):
    """Each good document through the single-document commands: extract, tag, and publish (PDFs)."""
    folder, out, _ = corpus
    runs = {}
    for key in documents(folder):
        if key == "broken.pdf":
            continue
        work = tmp_path_factory.mktemp("single")
        steps = [("extract", str(folder / key), "-o", str(work / "rows.parquet")),
                 ("tag", str(work / "rows.parquet"), "--mentions", str(work / "mentions.parquet"),
                  "--entities", str(work / "entities.parquet"))]
        if key.endswith(".pdf"):
            steps.append(("publish", "--rows", str(work / "rows.parquet"), "--mentions", str(work / "mentions.parquet"),
                          "--entities", str(work / "entities.parquet"), "--sources", str(folder / key),
                          "--status-gold", str(ROOT / "reference" / "gold" / "status-dev.jsonl"),
                          "--out-dir", str(work / "outputs")))
        for step in steps:
            done = run_cli(*step)
            assert done.code == 0, done.stderr
        runs[key] = work
    return runs


def test_tables_equal_single_document_runs(corpus, single_runs):
    _, out, _ = corpus
    data = load_corpus(out)
    for key, work in single_runs.items():
        if (work / "outputs").exists():
            expected = pipeline.load(work / "outputs")
            for table in schema.PUBLISHED:
                got = getattr(data, table.name)
                got = got[got["document"] == key].drop(columns="document")
                assert records(got) == records(getattr(expected, table.name)[table.column_names]), (key, table.name)
        else:  # a text export: rows and tags (publish wants the PDF's pages)
            rows = schema.read_parquet(schema.ROWS, work / "rows.parquet").to_pandas()
            actions = data.actions[data.actions["document"] == key]
            assert records(actions[rows.columns]) == records(rows)
            mentions = data.mentions[data.mentions["document"] == key].drop(columns="document")
            tagged = to_pandas(schema.MENTIONS, schema.read_parquet(schema.MENTIONS, work / "mentions.parquet"))
            assert records(mentions) == records(tagged)
            # Publish adds each entity's parent (and the parents themselves): compare the mentioned ones without it.
            linked = set(tagged["entity_id"].dropna())
            entities = data.entities[(data.entities["document"] == key) & data.entities["entity_id"].isin(linked)]
            tagged_entities = schema.read_parquet(schema.TAGGED_ENTITIES, work / "entities.parquet").drop_columns(["aliases"])
            all_entities = to_pandas(schema.ENTITIES, tagged_entities)
            used = all_entities[all_entities["entity_id"].isin(linked)]
            assert records(entities.drop(columns=["document", "parent_entity_id"])) == records(used.drop(columns="parent_entity_id"))


def test_typed_tables_and_lazy_reading(corpus):
    _, out, _ = corpus
    eager = load_corpus(out)
    lazy = load_corpus(out, lazy=True)
    assert lazy.mentions.npartitions == 4
    for table in schema.CORPUS:
        frame = getattr(eager, table.name)
        assert list(frame.columns) == table.column_names
        assert list(frame["document"].cat.categories) == sorted(set(frame["document"]))
        assert records(getattr(lazy, table.name).compute()) == records(frame)
    assert eager.actions["page_start"].dtype == "Int32" and eager.mentions["start"].dtype == "int32"
    assert str(eager.mentions["date_start"].dtype).startswith("datetime64")


def test_partitions_have_the_published_columns_types_and_descriptions(corpus):
    _, out, _ = corpus
    entry = load_corpus(out).documents.iloc[0]
    for published, corpus_table in zip(schema.PUBLISHED, schema.CORPUS):
        assert corpus_table.column_names == ["document", *published.column_names]
        assert [c.type for c in corpus_table.columns[1:]] == [c.type for c in published.columns]
        written = pq.read_schema(partition_file(out, published.name, entry["document"], entry["sha256"]))
        assert written.names == published.column_names
        for column in published.columns:
            field = written.field(column.name)
            assert field.type == column.type
            assert field.metadata[b"description"].decode().startswith(column.description)


def test_entities_linked_across_documents(corpus):
    _, out, _ = corpus
    data = load_corpus(out)
    entities = data.entities
    assert (entities.groupby("entity_id")[["label", "name"]].nunique() == 1).all().all()
    linked = data.mentions.dropna(subset=["entity_id"])
    same_mention = linked.groupby(["action_id", "field", "start", "text"], observed=True)
    assert (same_mention["entity_id"].nunique() == 1).all() and (same_mention["document"].nunique() == 4).all()
    rule_found = entities[entities["sector"].isna() & (entities["label"] == "ORG")]
    shared = rule_found.groupby("entity_id")["document"].nunique()
    assert (shared == 4).any()


def test_rerun_skips_unchanged_documents(corpus):
    folder, out, _ = corpus
    before = load_corpus(out).documents
    files = {p: p.stat().st_mtime_ns for p in out.rglob("part-*.parquet")}
    run = run_cli("corpus", str(folder), "-o", str(out), "--workers", "1")
    assert run.code == 0, run.stderr
    assert summary(run.stderr) == (5, 0, 1, 4)
    after = load_corpus(out).documents
    ok = before["status"] == "ok"
    assert records(after[ok]) == records(before[ok])
    assert {p: p.stat().st_mtime_ns for p in out.rglob("part-*.parquet")} == files


def test_changed_added_removed_documents_and_force(tmp_path):
    folder, out = tmp_path / "in", tmp_path / "out"
    (folder / "b").mkdir(parents=True)
    for name in ("a.txt", "b/c.txt", "e.txt"):
        shutil.copy(TEXT_EXPORT, folder / name)
    assert summary(run_cli("corpus", str(folder), "-o", str(out), "--workers", "1").stderr) == (3, 3, 0, 0)

    with open(folder / "a.txt", "a", encoding="utf-8") as handle:
        handle.write("\n")
    (folder / "b" / "c.txt").unlink()
    shutil.copy(TEXT_EXPORT, folder / "d.txt")
    assert summary(run_cli("corpus", str(folder), "-o", str(out), "--workers", "1").stderr) == (3, 2, 0, 1)
    ledger = load_corpus(out).documents.set_index("document")
    assert sorted(ledger.index) == ["a.txt", "d.txt", "e.txt"]
    assert ledger.loc["a.txt", "sha256"] == sha256_of(folder / "a.txt")
    for table in schema.PARTITIONS:
        assert sorted(p.name for p in (out / table.name).iterdir()) == ["document=a.txt", "document=d.txt", "document=e.txt"]
        assert list((out / table.name / "document=a.txt").iterdir()) == [
            partition_file(out, table.name, "a.txt", ledger.loc["a.txt", "sha256"])]

    assert summary(run_cli("corpus", str(folder), "-o", str(out), "--force").stderr) == (3, 3, 0, 0)


def test_killed_run_leaves_no_partial_partition(tmp_path):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for i in range(4):
        shutil.copy(TEXT_EXPORT, folder / f"doc-{i}.txt")
    process = subprocess.Popen([sys.executable, "-m", "pipeline", "corpus", str(folder), "-o", str(out), "--workers", "1"],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 300
    while not any(out.glob("*/document=*/part-*.parquet")) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()

    if (out / LEDGER).exists():  # whatever the ledger records as ok is whole
        for key, entry in load_corpus(out).documents.set_index("document").iterrows():
            if entry["status"] == "ok":
                assert all(partition_file(out, t.name, key, entry["sha256"]).exists() for t in schema.PARTITIONS)

    run = run_cli("corpus", str(folder), "-o", str(out), "--workers", "1")
    assert run.code == 0, run.stderr
    count, ok, failed, skipped = summary(run.stderr)
    assert (count, failed, ok + skipped) == (4, 0, 4)
    assert not (out / STAGING).exists()
    data = load_corpus(out)
    assert set(data.documents["status"]) == {"ok"}
    for table in schema.PARTITIONS:
        assert len(list((out / table.name).glob("document=*/*"))) == 4
        assert sorted(getattr(data, table.name)["document"].unique()) == [f"doc-{i}.txt" for i in range(4)]


def test_every_document_failed_exits_9(tmp_path):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    broken_pdf(folder / "broken.pdf")
    (folder / "binary.txt").write_bytes(b"\xff\xfe\x00garbage")
    run = run_cli("corpus", str(folder), "-o", str(out), "--workers", "1")
    assert run.code == 9
    assert run.stderr.strip().splitlines()[-1].startswith(f"error: {out / LEDGER}: all 2 documents failed; first: {folder / 'binary.txt'}")
    ledger = load_corpus(out).documents
    assert list(ledger["status"]) == ["failed", "failed"]
    assert all("\n" not in e for e in ledger["error"])


@pytest.mark.parametrize("make, message", [
    (lambda tmp: tmp / "missing", "folder not found"),
    (lambda tmp: (tmp / "file.txt", (tmp / "file.txt").write_text("x"))[0], "not a folder"),
    (lambda tmp: (tmp / "empty", (tmp / "empty").mkdir())[0], "no documents (.pdf, .txt, .tsv) found in the folder"),
])
def test_no_corpus_is_one_line_exit_3(tmp_path, make, message):
    folder = make(tmp_path)
    run = run_cli("corpus", str(folder), "-o", str(tmp_path / "out"))
    assert (run.code, run.stderr) == (3, f"error: {folder}: {message}\n")
