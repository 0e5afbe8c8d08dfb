"""Mutation fuzzing of ``extract`` through the real command line (see tests/fuzz.py for what a defect is).

The default run is sized for CI; set FUZZ_CASES (e.g. 400) and FUZZ_SEED for a long run.
"""
from __future__ import annotations

import os

import pytest

from tests.fuzz import fuzz, summary

CASES = int(os.environ.get("FUZZ_CASES", "24"))
SEED = int(os.environ.get("FUZZ_SEED", "20091101"))
WORKERS = int(os.environ.get("FUZZ_WORKERS", "2"))


@pytest.mark.parametrize("kind", ["text", "pdf"])
def test_no_mutation_breaks_the_promise(kind):
    outcomes = fuzz(kind, CASES, SEED, WORKERS)
    defects = [(o.case, o.kind, o.code, o.defects, o.stderr) for o in outcomes if o.defects]
    assert not defects, (summary(outcomes), defects)
    assert len(outcomes) == CASES
