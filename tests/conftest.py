"""Shared fixtures: the real source files and a runner for the real command line."""
from __future__ import annotations

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
