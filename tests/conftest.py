"""Shared fixtures: the real source files and a runner for the real command line."""
from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "raw"
TEXT_EXPORT = RAW / "annex-2009.txt"
PDF = RAW / "annex-2009.pdf"
FLOW_PDF = RAW / "annex-2009-flow.pdf"
GOLD = ROOT / "reference" / "gold" / "mentions-dev.jsonl"
TEXTS = ROOT / "reference" / "texts"
TEXTS_GOLD = ROOT / "reference" / "gold" / "mentions-texts.jsonl"


def some_texts(folder: Path, per_split: int = 5) -> tuple[Path, Path]:
    """The first ``per_split`` texts of each split of ``reference/texts``, copied into ``folder`` with their
    ``sources.csv`` rows and their gold: (gold file, texts folder). A command's imports and the shape of
    its report do not depend on how many texts it reads, and the whole set takes minutes."""
    texts = folder / "texts"
    texts.mkdir(parents=True)
    with (TEXTS / "sources.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    kept = [row for split in ("dev", "test") for row in [r for r in rows if r["split"] == split][:per_split]]
    with (texts / "sources.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(kept)
    ids = {row["id"] for row in kept}
    for doc in ids:
        shutil.copy(TEXTS / f"{doc}.txt", texts / f"{doc}.txt")
    gold = folder / "gold.jsonl"
    gold.write_text("".join(line for line in TEXTS_GOLD.read_text(encoding="utf-8").splitlines(keepends=True)
                            if json.loads(line)["doc"] in ids), encoding="utf-8")
    return gold, texts


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


def run_cli(*args: str, cwd: Path = ROOT) -> Run:
    """Run ``python -m pipeline ARGS`` as a user would."""
    done = subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True, text=True)
    return Run(done.returncode, done.stdout, done.stderr)


@pytest.fixture(scope="session")
def text_rows():
    from pipeline.extract.text import extract_text

    return extract_text(TEXT_EXPORT)
