"""Tagging: scores on the dev gold, the guidelines' normalisation examples, linking, other texts."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from pipeline.params import load_params, section
from pipeline.tag import make_tagger
from pipeline.tag.dates import find_dates
from pipeline.tag.money import find_money
from pipeline.tag.tagger import Document
from tests.conftest import GOLD, ROOT, run_cli

REPORT = dt.date(2009, 11, 1)


@pytest.fixture(scope="module")
def tagger():
    return make_tagger({**section(load_params(), "tag"), "model_labels": []})


def test_dev_gold_scores_meet_the_targets(tmp_path):
    metrics, details = tmp_path / "tagging.json", tmp_path / "tagging-details.json"
    result = run_cli("evaluate", "--gold", str(GOLD), "--mentions", "interim/mentions.parquet",
                     "--metrics", str(metrics), "--details", str(details))
    assert result.code == 0, result.stderr
    report = json.loads(details.read_text())
    labels = report["labels"]
    headline = json.loads(metrics.read_text())
    assert headline["f1"] == {**{label: labels[label]["f1"] for label in labels}, "links": report["links"]["f1"]}
    assert labels["ORG"]["f1"] >= 0.95
    assert report["links"]["f1"] >= 0.97
    assert labels["PERSON"]["f1"] >= 0.95
    assert labels["DATE"]["f1"] >= 0.90
    assert report["values"]["DATE"]["accuracy"] >= 0.95
    assert labels["MONEY"]["f1"] == 1.0
    assert report["values"]["MONEY"] == {"accuracy": 1.0, "correct": 3, "gold_with_value": 3}
    assert result.stdout.splitlines()[0].split() == ["P", "R", "F1"]


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        ("met in November 2008.", "November 2008", "2008-11-01", "2008-11-30"),
        ("published in Spring 2009", "Spring 2009", "2009-03-01", "2009-05-31"),
        ("funding for 2010/11 confirmed", "2010/11", "2010-04-01", "2011-03-31"),
        ("in the 2010-11 financial year", "2010-11 financial year", "2010-04-01", "2011-03-31"),
        ("in the period 2018-22, as set out", "2018-22", "2018-01-01", "2022-12-31"),
        ("blog launched on 14/4/09.", "14/4/09", "2009-04-14", "2009-04-14"),
        ("scheduled for 2 November and", "2 November", "2009-11-02", "2009-11-02"),
        ("limited discussions this year.", "this year", "2009-01-01", "2009-12-31"),
        ("Review next year's work", "next year", "2010-01-01", "2010-12-31"),
        ("expect to publish early 2011.", "early 2011", "2011-01-01", "2011-04-30"),
        ("By the end of September 2009 the website", "the end of September 2009", "2009-09-21", "2009-09-30"),
        ("held in September and November 2008", "September", "2008-09-01", "2008-09-30"),
        ("part-time from October 2008, full-time from January.", "January", "2009-01-01", "2009-01-31"),
        ("will now report in the Spring and", "the Spring", "2010-03-01", "2010-05-31"),
        ("later this year we will", "later this year", "2009-11-01", "2009-12-31"),
        ("not until the second half of 2010", "the second half of 2010", "2010-07-01", "2010-12-31"),
        ("by mid-2011", "mid-2011", "2011-05-01", "2011-08-31"),
        ("at the LGA conference in the New Year.", "the New Year", "2010-01-01", "2010-01-31"),
        ("10 th August 2009", "10 th August 2009", "2009-08-10", "2009-08-10"),
    ],
)
def test_dates_normalise_as_the_guidelines_say(text, span, start, end):
    found = {m.text: m.value for m in find_dates(text, REPORT)}
    assert found[span] == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))


def test_indefinite_dates_have_no_value_and_urls_hold_none():
    assert [(m.text, m.value) for m in find_dates("at the end of the year.", REPORT)] == [("the end of the year", None)]
    assert find_dates("see http://blogs.defra.gov.uk/3rd-sector/2009/07/jay", REPORT) == []


@pytest.mark.parametrize(
    ("text", "span", "amount"),
    [("confirmed at £4.75m.", "£4.75m", 4_750_000), ("£150k until", "£150k", 150_000), ("grant of £10 M over", "£10 M", 10_000_000),
     ("£100,000 per annum", "£100,000", 100_000), ("(£5000 p.a)", "£5000", 5_000), ("about £3.5m)", "£3.5m", 3_500_000),
     ("£2.5 million for", "£2.5 million", 2_500_000)],
)
def test_money_in_pounds(text, span, amount):
    assert [(m.text, m.amount) for m in find_money(text)] == [(span, amount)]


def _tag(tagger, *texts):
    result = tagger.tag([Document("doc", "text", t) for t in texts])
    return [(m.text, m.label, m.entity_id) for m in result.mentions], result


def test_acronym_in_brackets_is_its_own_mention_linked_to_the_long_form(tagger):
    mentions, _ = _tag(tagger, "Working with the Office of the Third Sector (OTS) and the Energy Saving Trust (EST).")
    assert mentions == [
        ("Office of the Third Sector", "ORG", "office-of-the-third-sector"),
        ("OTS", "ORG", "office-of-the-third-sector"),
        ("Energy Saving Trust", "ORG", "energy-saving-trust"),
        ("EST", "ORG", "energy-saving-trust"),
    ]


def test_an_acronym_defined_in_the_text_links_to_a_new_entity(tagger):
    mentions, result = _tag(tagger, "The Rural Widget Trust (RWT) met Defra.", "RWT will report in March 2010.")
    assert ("RWT", "ORG", "rural-widget-trust") in mentions
    assert mentions.count(("RWT", "ORG", "rural-widget-trust")) == 2
    assert result.entities["rural-widget-trust"].acronym == "RWT"


def test_an_acronym_for_a_registry_name_with_a_prefix_links_to_it(tagger):
    mentions, _ = _tag(tagger, "REalliance Community Interest Company (CIC) is the lead enterprise.")
    assert mentions == [("REalliance Community Interest Company", "ORG", "realliance"), ("CIC", "ORG", "realliance")]


def test_former_names_and_spelling_variants_link_to_one_entity(tagger):
    mentions, _ = _tag(tagger, "Continue to support ENCAMS (now Keep Britain Tidy) and the Office for the third sector.")
    assert mentions == [
        ("ENCAMS", "ORG", "keep-britain-tidy"),
        ("Keep Britain Tidy", "ORG", "keep-britain-tidy"),
        ("Office for the third sector", "ORG", "office-of-the-third-sector"),
    ]


def test_a_short_form_resolves_by_context(tagger):
    first, _ = _tag(tagger, "The ACC Partnership Board met. The Partnership Board agreed.")
    second, _ = _tag(tagger, "Set up the Strong Rural Communities Partnership Board. The Partnership Board met.")
    assert first[-1] == ("Partnership Board", "ORG", "adapting-to-climate-change-partnership-board")
    assert second[-1] == ("Partnership Board", "ORG", "strong-rural-communities-partnership-board")


def test_inner_organisations_and_titles(tagger):
    mentions, _ = _tag(tagger, "Defra's Food Policy Unit met Secretary of State, Hilary Benn, and Lord Smith at the LGA conference.")
    assert mentions == [
        ("Defra", "ORG", "department-for-environment-food-and-rural-affairs"),
        ("Food Policy Unit", "ORG", "food-policy-unit"),
        ("Hilary Benn", "PERSON", "hilary-benn"),
        ("Smith", "PERSON", "smith"),
        ("LGA", "ORG", "local-government-association"),
    ]


def test_tag_text_on_another_real_text():
    result = run_cli("tag-text", "--date", "2009-12-10", "tests/data/press-release.txt")
    assert result.code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert all(line["file"] == "tests/data/press-release.txt" for line in lines)
    text = (ROOT / "tests" / "data" / "press-release.txt").read_text(encoding="utf-8")
    assert all(text[line["start"]:line["end"]] == line["text"] for line in lines)
    found = [(line["text"], line["label"], line["name"], line["value"]) for line in lines]
    assert found == [
        ("Hilary Benn", "PERSON", "Hilary Benn", None),
        ("today", "DATE", None, ["2009-12-10", "2009-12-10"]),
        ("£2.5 million", "MONEY", None, 2500000.0),
        ("Royal Society for the Protection of Birds", "ORG", "Royal Society for the Protection of Birds", None),
        ("Natural England", "ORG", "Natural England", None),
        ("April 2010", "DATE", None, ["2010-04-01", "2010-04-30"]),
        ("Campaign to Protect Rural England", "ORG", "Campaign to Protect Rural England", None),
        ("CPRE", "ORG", "Campaign to Protect Rural England", None),
        ("CPRE", "ORG", "Campaign to Protect Rural England", None),
        ("National Trust", "ORG", "National Trust", None),
        ("Wildlife Trusts", "ORG", "Royal Society of Wildlife Trusts", None),
        ("Groundwork UK", "ORG", "Groundwork UK", None),
        ("2010/11 financial year", "DATE", None, ["2010-04-01", "2011-03-31"]),
        ("Ruth Davis", "PERSON", "Ruth Davis", None),
        ("Greenpeace", "ORG", "Greenpeace", None),
        ("Rural Coalition", "ORG", "Rural Coalition", None),
        ("14 January", "DATE", None, ["2010-01-14", "2010-01-14"]),
        ("Smith", "PERSON", "Smith", None),
        ("Environment Agency", "ORG", "Environment Agency", None),
        ("£150k", "MONEY", None, 150000.0),
        ("Cumbria Community Foundation", "ORG", "Cumbria Community Foundation", None),
        ("the end of March 2011", "DATE", None, ["2011-03-21", "2011-03-31"]),
        ("Office for the Third Sector", "ORG", "Office of the Third Sector", None),
        ("ACRE", "ORG", "Action with Communities in Rural England", None),
        ("the spring", "DATE", None, ["2010-03-01", "2010-05-31"]),
    ]


def test_tag_text_bad_input(tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    result = run_cli("tag-text", str(latin))
    assert (result.code, result.stderr) == (3, f"error: {latin}: not UTF-8 text (byte 3)\n")
    result = run_cli("tag-text", str(tmp_path / "missing.txt"))
    assert (result.code, result.stderr) == (3, f"error: {tmp_path / 'missing.txt'}: file not found\n")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("As Chair of the Widget Commission, she said", ["Widget Commission"]),
        ("Speaking to the Marine Conservation Society today", ["Marine Conservation Society"]),
        ("the Women's Institute and Department for Transport officials", ["Women's Institute", "Department for Transport"]),
        ("Local Authorities and Government Departments met the Programme Board", []),
        ("under the Campaign for the Farmed Environment", []),
    ],
)
def test_organisations_outside_the_registry(text, names):
    from pipeline.tag.name_runs import unknown_organisations

    assert [f.text for f in unknown_organisations(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Minister Hilary Benn said", ["Hilary Benn"]),
        ("Sir John Harman, chair of the Agency", ["John Harman"]),
        ("offices near Victoria Street and the Albert Hall", []),
        ("Peter has attended one SESP meeting", []),
    ],
)
def test_people_outside_the_registry(text, names):
    from pipeline.tag.people import people

    assert sorted({f.text for f in people(text)}) == names
