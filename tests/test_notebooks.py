"""The exploration notebooks run headless on the committed outputs, and the report shows every figure."""
from __future__ import annotations

import re

import jupytext
import pytest

from pipeline.report import execute
from tests.conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "organisations.py"
FIGURE_TITLES = [
    "Organisations named in the most actions",
    "Actions per chapter naming each organisation",
    "Actions naming an organisation of each sector",
    "Co-occurrence of the 30 most connected organisations",
    "Amounts of money mentioned, by action",
    "Periods mentioned, 2007–2012, action by action",
    "Status of the actions in each chapter",
]


@pytest.fixture(scope="module")
def executed():
    return execute(NOTEBOOK)


def test_every_cell_runs_and_draws_its_figure(executed):
    images = [o for c in executed.cells if c.cell_type == "code" for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    errors = [o for c in executed.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []
    assert len(images) == len(FIGURE_TITLES)
    source = NOTEBOOK.read_text(encoding="utf-8")
    for title in FIGURE_TITLES:
        assert title in source


def test_the_paired_ipynb_matches_the_script():
    script = jupytext.read(NOTEBOOK)
    paired = jupytext.read(NOTEBOOK.with_suffix(".ipynb"))
    assert [(c.cell_type, c.source) for c in paired.cells] == [(c.cell_type, c.source) for c in script.cells]


def test_the_committed_report_is_self_contained_with_every_figure():
    html = (ROOT / "outputs" / "report.html").read_text(encoding="utf-8")
    assert len(re.findall(r'<img [^>]*src="data:image/png;base64,', html)) == len(FIGURE_TITLES)
    assert not re.search(r'<(?:img|script)[^>]+src="https?://', html)
