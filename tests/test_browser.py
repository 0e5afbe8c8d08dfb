"""The evidence browser, outputs/annex.html, in a real headless Chromium (Debian's chromium and chromium-driver)."""
from __future__ import annotations

import re

import pandas as pd
import pytest

import pipeline
from pipeline.browser import build_page, render_cell
from tests.browser import chromium
from tests.conftest import ROOT

PAGE = ROOT / "outputs" / "annex.html"
RSPB = "royal-society-for-the-protection-of-birds"


@pytest.fixture(scope="module")
def page():
    with chromium() as driver:
        driver.get(PAGE.resolve().as_uri())
        yield driver


def test_the_committed_page_is_what_the_stage_builds():
    assert PAGE.read_text(encoding="utf-8") == build_page(pipeline.load(ROOT / "outputs"))


def test_the_page_loads_offline_with_no_console_messages(page):
    assert page.title == "Defra third sector annex (2009): evidence browser"
    assert page.get_log("browser") == []
    html = PAGE.read_text(encoding="utf-8")
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html)


def test_every_published_mention_and_cross_reference_is_marked(page):
    mentions = pd.read_parquet(ROOT / "outputs" / "mentions.parquet")
    links = pd.read_parquet(ROOT / "outputs" / "action_links.parquet").drop_duplicates(["from_action", "field", "start"])
    marks = page.execute_script(
        "return Array.from(document.querySelectorAll('mark.entity'), m => [m.closest('article').id, m.firstChild.textContent.trim()])")
    expected = sorted([f"action-{a}", t] for a, t in zip(mentions["action_id"], mentions["text"]))
    expected += sorted([f"action-{a}", t] for a, t in zip(links["from_action"], links["text"]))
    assert sorted(marks) == sorted(expected)
    assert len(marks) == len(mentions) + len(links)


def test_a_click_on_an_entity_reaches_its_entry_and_back(page):
    page.find_element("css selector", f'#action-1\\.2 a[href="#entity-{RSPB}"]').click()
    assert page.execute_script("return location.hash") == f"#entity-{RSPB}"
    top = page.execute_script(f"return document.getElementById('entity-{RSPB}').getBoundingClientRect().top")
    assert -1 < top < 5  # scrolled to the entry (sub-pixel rounding either way)
    entry = page.find_element("id", f"entity-{RSPB}")
    assert [a.text for a in entry.find_elements("css selector", "a")] == ["1.2", "1.3", "1.10", "1.18", "2.11"]
    entry.find_element("link text", "1.10").click()
    assert page.execute_script("return location.hash") == "#action-1.10"


def test_a_cross_reference_links_to_the_action_it_names(page):
    page.find_element("css selector", '#action-7\\.2 mark.entity a[href="#action-7.8"]').click()
    assert page.execute_script("return location.hash") == "#action-7.8"
    assert page.find_element("id", "action-7.8").find_element("tag name", "h3").text.startswith("7.8 ")


def test_status_and_its_evidence_are_shown(page):
    evidence = page.find_element("css selector", "#action-1\\.3 .evidence").text
    assert evidence == "Status: Complete, because: “The ACC Programme has established the Partnership Board which has met twice.”"


def test_defra_units_are_indexed_apart_from_partners_outside_defra(page):
    headings = [h.text for h in page.find_elements("css selector", "#entities h3")]
    organisations = pipeline.load(ROOT / "outputs").organisations
    inside = int((~organisations["outside_defra"]).sum())
    assert headings == [f"Organisations outside Defra ({len(organisations) - inside})",
                        f"Defra and its own units and boards ({inside})", f"People ({headings[2].split('(')[1]}"]
    unit = page.find_element("id", "entity-defra-third-sector-team").text
    assert "part of Defra (Department for Environment, Food and Rural Affairs)" in unit


def test_cell_text_is_escaped_and_spans_marked():
    rendered = render_cell("<b>RSPB</b> & co", [{"start": 3, "end": 7, "label": "ORG", "kb_id": "entry", "kb_url": "#entity-rspb"}])
    assert "&lt;b&gt;" in rendered and "&amp; co" in rendered and "<b>" not in rendered
    assert re.search(r'<mark class="entity"[^>]*>\s*RSPB\s*<span[^>]*>ORG\s*<a [^>]*href="#entity-rspb">entry</a>', rendered)
    assert render_cell(None, []) == '<p class="empty">(empty)</p>'


def test_the_report_loads_offline_with_no_console_messages():
    with chromium() as driver:
        driver.get((ROOT / "outputs" / "report.html").resolve().as_uri())
        assert driver.get_log("browser") == []
        assert driver.execute_script("return Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)")
        assert driver.find_element("tag name", "h1").text == "Who does Defra work with, on what, and how do the commitments stand?"

