"""The wider gazetteer: register forms, GOV.UK slugs, well-known bodies and linking by context."""
from __future__ import annotations

import csv
from importlib import resources

import pytest

from pipeline import schema
from pipeline.params import load_params, section
from pipeline.tag import make_tagger
from pipeline.tag.gazetteer import register_forms, widen
from pipeline.tag.registry import load_registry
from pipeline.tag.tagger import Document


@pytest.fixture(scope="module")
def tagger():
    return make_tagger({**section(load_params(), "tag"), "model_labels": []})


def _tag(tagger, text):
    result = tagger.tag([Document("doc", "text", text)])
    return [(m.text, m.label, m.entity_id) for m in result.mentions], result


@pytest.mark.parametrize(
    ("name", "abbreviation", "expected"),
    [
        ("Commission for Architecture and the Built Environment (CABE)", "", ("Commission for Architecture and the Built Environment", "CABE", ())),
        ("Heritage Lottery Fund (administered by the NHMF)", "HLF", ("Heritage Lottery Fund", "HLF", ())),
        ("Department for Environment, Food & Rural Affairs", "Defra",
         ("Department for Environment, Food & Rural Affairs", "Defra", ("Department for Environment, Food and Rural Affairs",))),
        ("Working Ventures (UK) Ltd", "", ("Working Ventures (UK) Ltd", None, ())),
        ("The Scottish Government", "The Scottish Government", ("Scottish Government", None, ())),
        ("Natural England", "Natural England", ("Natural England", None, ())),
        ("Environment Agency", "EA", ("Environment Agency", None, ())),  # two letters: too ambiguous
        ("Forestry Commission", "Forestry", ("Forestry Commission", None, ())),  # an ordinary word
        ("Committee on Fuel Poverty", "CFP", ("Committee on Fuel Poverty", None, ())),  # excluded: Common Fisheries Policy
    ],
)
def test_register_names_give_forms(name, abbreviation, expected):
    assert register_forms(name, abbreviation) == expected


def test_registry_entities_gain_govuk_slugs_and_keep_their_ids():
    registry = widen(load_registry())
    slugs = {i: registry.entities[i].govuk_slug for i in (
        "department-for-environment-food-and-rural-affairs", "hm-treasury", "ofwat", "natural-england",
        "action-with-communities-in-rural-england", "royal-society-for-the-protection-of-birds")}
    assert slugs == {
        "department-for-environment-food-and-rural-affairs": "department-for-environment-food-rural-affairs",
        "hm-treasury": "hm-treasury",
        "ofwat": "the-water-services-regulation-authority",
        "natural-england": "natural-england",
        "action-with-communities-in-rural-england": None,
        "royal-society-for-the-protection-of-birds": None,
    }
    assert registry.lookup("ACRE") == ["action-with-communities-in-rural-england", "advisory-committee-on-releases-to-the-environment"]
    assert registry.lookup("Defra") == ["department-for-environment-food-and-rural-affairs"]
    assert "advisory-committee-on-releases-to-the-environment" not in registry.reviewed


def test_acre_is_chosen_by_the_text_around_it(tagger):
    gm, _ = _tag(tagger, "The GM crop trial went ahead after ACRE advised that the genetically modified maize was safe.")
    rural, _ = _tag(tagger, "ACRE and its network of rural community councils support village halls.")
    neutral, _ = _tag(tagger, "ACRE will report in the spring.")
    assert ("ACRE", "ORG", "advisory-committee-on-releases-to-the-environment") in gm
    assert ("ACRE", "ORG", "action-with-communities-in-rural-england") in rural
    assert ("ACRE", "ORG", "action-with-communities-in-rural-england") in neutral  # the registry's, without evidence


def test_the_full_name_in_the_text_decides_an_acronym(tagger):
    mentions, _ = _tag(tagger, "The Advisory Committee on Releases to the Environment met. ACRE said no.")
    assert mentions == [
        ("Advisory Committee on Releases to the Environment", "ORG", "advisory-committee-on-releases-to-the-environment"),
        ("ACRE", "ORG", "advisory-committee-on-releases-to-the-environment"),
    ]


def test_bare_names_of_well_known_bodies(tagger):
    mentions, _ = _tag(tagger, "The Welsh Assembly Government, Tesco, Age UK, UNISON, NAVCA and WRAP Cymru met WRAP.")
    assert mentions == [
        ("Welsh Assembly Government", "ORG", "welsh-assembly-government"),
        ("Tesco", "ORG", "tesco"),
        ("Age UK", "ORG", "age-uk"),
        ("UNISON", "ORG", "unison"),
        ("NAVCA", "ORG", "national-association-for-voluntary-and-community-action"),
        ("WRAP Cymru", "ORG", "wrap-cymru"),
        ("WRAP", "ORG", "waste-and-resources-action-programme"),
    ]


def test_register_names_that_run_into_a_law_are_not_organisations(tagger):
    mentions, _ = _tag(tagger, "Animal Health inspected the farm under the Animal Health Act.")
    assert mentions == [("Animal Health", "ORG", "animal-health")]


def test_entities_table_records_the_govuk_slug(tagger):
    _, result = _tag(tagger, "Defra and the Big Lottery Fund met Oxfam.")
    table = schema.build(schema.ENTITIES, [result.entities[i].record() for i in
                                           ("department-for-environment-food-and-rural-affairs", "big-lottery-fund", "oxfam")])
    assert table.column("govuk_slug").to_pylist() == ["department-for-environment-food-rural-affairs", "big-lottery-fund", None]
    assert table.column("sector").to_pylist() == ["central_government", "public_body", "third_sector"]


def test_every_well_known_body_row_has_the_header_fields_and_its_full_source():
    """An unquoted comma in a source's address once split it over a ninth field: the loader now refuses such a row."""
    path = resources.files("pipeline") / "data" / "well-known-bodies.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert {len(row) for row in rows} == {8}
    sources = {row[0]: row[7] for row in rows[1:]}
    assert len(sources) == len(rows) - 1  # each entity_id once: the loader refuses a second row of one
    assert sources["department-of-enterprise-trade-and-investment"] == \
        "https://en.wikipedia.org/wiki/Department_of_Enterprise,_Trade_and_Investment"
