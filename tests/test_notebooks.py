"""The exploration notebooks run headless on the committed outputs, and the report shows every figure."""
from __future__ import annotations

import re

import jupytext
import pytest

from pipeline.report import execute
from tests.conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "organisations.py"
FIGURE_TITLES = [
    "Partners outside Defra named in the most actions",
    "Defra's own units and boards named in the actions",
    "Actions per chapter naming each partner outside Defra",
    "Actions naming a partner outside Defra, by the partner's sector",
    "The most connected partners outside Defra",
    "Amounts of money mentioned",
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


def test_the_report_shows_no_code():
    html = (ROOT / "outputs" / "report.html").read_text(encoding="utf-8")
    assert 'class="highlight hl-ipython3"' not in html and 'class="jp-InputPrompt' not in html
    for line in ("import pipeline", "plt.show()", "def top_with_ties"):
        assert line in NOTEBOOK.read_text(encoding="utf-8") and line not in html

