"""Rules for names no list holds: people by context, surnames, capitals; organisations' boundaries,
grant-making funds and acronym definitions."""
from __future__ import annotations

import pytest

from pipeline.params import load_params, section
from pipeline.tag import make_tagger
from pipeline.tag.name_runs import unknown_organisations
from pipeline.tag.people import people
from pipeline.tag.tagger import Document


@pytest.fixture(scope="module")
def tagger():
    return make_tagger({**section(load_params(), "tag"), "model_labels": []})


def _tag(tagger, text):
    return [(m.text, m.label, m.entity_id) for m in tagger.tag([Document("doc", "text", text)]).mentions]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Environment Secretary Hilary Benn said", ["Hilary Benn"]),
        ("said Ciaran Doyle, who leads the team", ["Ciaran Doyle"]),
        ("Rowena Smythe, chief executive of the trust, said", ["Rowena Smythe"]),
        ("Minister for Civil Society Nick Hurd", ["Nick Hurd"]),
        ("JOHN SMITH, chair", ["JOHN SMITH"]),
        ("DEPARTMENT FOR ENVIRONMENT, FOOD AND RURAL AFFAIRS", []),
        ("Natural England said", []),
        ("Big Lottery Fund said", []),
    ],
)
def test_people_named_by_context(text, names):
    assert [f.text for f in people(text)] == names


def test_a_surname_alone_links_to_the_person_named_in_full(tagger):
    assert _tag(tagger, "Hurd's plans. Nick Hurd, minister for civil society, spoke. Hurd added that Mr Hurd agreed.") == [
        ("Hurd", "PERSON", "nick-hurd"),
        ("Nick Hurd", "PERSON", "nick-hurd"),
        ("Hurd", "PERSON", "nick-hurd"),
        ("Hurd", "PERSON", "nick-hurd"),
    ]
    assert _tag(tagger, "Mr Benn was speaking. Hilary Benn said.") == [
        ("Benn", "PERSON", "hilary-benn"), ("Hilary Benn", "PERSON", "hilary-benn")]


def test_names_in_capitals_link_to_the_registry(tagger):
    assert _tag(tagger, "HILARY BENN opened it.") == [("HILARY BENN", "PERSON", "hilary-benn")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Chief Executive of the Widget Trust said", ["Widget Trust"]),
        ("the Department for Rural Widgets, Gadgets and Sprockets met", ["Department for Rural Widgets, Gadgets and Sprockets"]),
        ("the Department for Transport, Natural England and the Widget Society", ["Department for Transport", "Natural England", "Widget Society"]),
        ("The Lankelly Chase Fund has awarded grants", ["Lankelly Chase Fund"]),
        ("director of the Widget Fund, said", ["Widget Fund"]),
        ("funded by the Greener Living Fund and the Defra Fund for Local Biodiversity Recording will boost", []),
        ("Non-profit Making Associations: Ethnic Groups", []),
        ("to build the Big Society and strengthen Civil Society", []),
        ("the Office for Civil Society", ["Office for Civil Society"]),
        ("volunteers from the Friends of Hyde Park and friends of mine", ["Friends of Hyde Park"]),
    ],
)
def test_organisation_boundaries_and_funds(text, names):
    assert [f.text for f in unknown_organisations(text)] == names


def test_acronym_definitions_with_limited_digits_camel_case_or_an_acting_body(tagger):
    assert _tag(tagger, "WidgetShare Limited (WSL) will help. WSL said so.") == [
        ("WidgetShare Limited", "ORG", "widgetshare-limited"), ("WSL", "ORG", "widgetshare-limited"), ("WSL", "ORG", "widgetshare-limited")]
    assert _tag(tagger, "FareShare Limited (FSL) will help. FSL said so.") == [
        ("FareShare Limited", "ORG", "fareshare"), ("FSL", "ORG", "fareshare"), ("FSL", "ORG", "fareshare")]


def test_a_known_name_runs_on_into_a_company_or_nation_suffix(tagger):
    assert _tag(tagger, "RSPB Scotland, Tesco plc and the RSPB.") == [
        ("RSPB Scotland", "ORG", "rspb-scotland"), ("Tesco plc", "ORG", "tesco"),
        ("RSPB", "ORG", "royal-society-for-the-protection-of-birds")]
    assert _tag(tagger, "Rural Action 21 (RA21) met.") == [("Rural Action 21", "ORG", "rural-action-21"), ("RA21", "ORG", "rural-action-21")]
    assert _tag(tagger, "Keep Wombles Tidy (KWT) welcomed it. KWT said no.") == [
        ("Keep Wombles Tidy", "ORG", "keep-wombles-tidy"), ("KWT", "ORG", "keep-wombles-tidy"), ("KWT", "ORG", "keep-wombles-tidy")]
    assert _tag(tagger, "Anaerobic Digestion (AD) plants and the Common Widget Policy (CWP) grew.") == []


@pytest.mark.parametrize(
    ("span", "expected"),
    [("Benn was", False), ("was", False), ("East Midlands", False), ("Environment Secretary", False),
     ("Rural Advocate", False), ("LONDON", False), ("Awards for All", False), ("Programme Manager of the More", False),
     ("Voice4Change England", True), ("Friends of the Earth", True), ("Nick Hurd", True)],
)
def test_spans_that_cannot_be_names(span, expected):
    from pipeline.tag.entities import could_be_name

    assert could_be_name(span) is expected


def test_a_surname_is_capitalised():
    from pipeline.tag.surnames import surname_mentions

    assert surname_mentions("Benn was here. It was so.", ["Benn was"]) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("the 3D Widgets Partnership said", ["3D Widgets Partnership"]),
        ("grants from the People's Widget Trust and Defra's Widget Unit", ["People's Widget Trust", "Widget Unit"]),
        ("the Widget Recycling Network for Scotland met", ["Widget Recycling Network for Scotland"]),
        ("• Greenhill Family Centre in Carmarthenshire will see", ["Greenhill Family Centre"]),
        ("the Wombling Network for Wombles met", []),
        ("volunteers from Widgetfund Wales and Waterski and Wakeboard Scotland came", ["Widgetfund Wales", "Waterski and Wakeboard Scotland"]),
        ("groups in Mid Wales, Southeast England and Central Scotland, Across Wales, and Jimmy Wales of Wikipedia", []),
        ("the Fishing Wales project and the Support Wales grant", []),
        ("£15m To Improve NI 'Spaces And Places'\n", []),
    ],
)
def test_names_with_digits_possessives_nations_and_places(text, names):
    assert [f.text for f in unknown_organisations(text)] == names


def test_organisations_the_sentence_describes_and_their_other_mentions(tagger):
    text = ("The prize went to Beanocracy, the first coffee company to do so. Thistle Urns, a social enterprise "
            "funeral director, won. Lancashire's social enterprise network, Selwidge, agreed. Thistle Urns took home "
            "the award. On Wednesday, the largest network of food banks met.")
    assert [(t, label) for t, label, _ in _tag(tagger, text)] == [
        ("Beanocracy", "ORG"), ("Thistle Urns", "ORG"), ("Selwidge", "ORG"), ("Thistle Urns", "ORG"), ("Wednesday", "DATE")]


def test_the_items_of_a_list_between_organisations(tagger):
    text = "partners including the Plunkett Foundation, Pub is the Hub, Widget and Gadget Finance, Locality and the RSPB."
    assert [t for t, label, _ in _tag(tagger, text) if label == "ORG"] == [
        "Plunkett Foundation", "Pub is the Hub", "Widget and Gadget Finance", "Locality", "RSPB"]


def test_forms_written_without_commas_with_another_apostrophe_or_in_title_case(tagger):
    assert _tag(tagger, "the Department for Environment Food and Rural Affairs") == [
        ("Department for Environment Food and Rural Affairs", "ORG", "department-for-environment-food-and-rural-affairs")]
    assert [m[0] for m in _tag(tagger, "in partnership with Prince’s Trust and Acevo")] == ["Prince’s Trust", "Acevo"]


def test_a_nation_and_a_company_suffix_together(tagger):
    assert _tag(tagger, "Friends of the Earth Scotland Ltd won.") == [
        ("Friends of the Earth Scotland Ltd", "ORG", "friends-of-the-earth-scotland")]


def test_a_name_in_capitals_is_found_again_by_its_surname(tagger):
    assert _tag(tagger, "MARGARET GROMMET MP opened it. Grommet thanked staff.") == [
        ("MARGARET GROMMET", "PERSON", "margaret-grommet"), ("Grommet", "PERSON", "margaret-grommet")]


def test_money_written_in_pounds():
    from pipeline.tag.money import find_money

    assert [(m.text, m.amount) for m in find_money("grants of 10,000 pounds and a 4.5 million pounds fund, £3m")] == [
        ("10,000 pounds", 10000.0), ("4.5 million pounds", 4500000.0), ("£3m", 3000000.0)]
    assert [(m.text, m.amount) for m in find_money("worth £½ million, then £1½m")] == [("£½ million", 500000.0), ("£1½m", 1500000.0)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("He was previously chairman of Milk Widgets in the 1990s.", ["Milk Widgets"]),
        ("Countryside Widgets director Ian Marshall said", ["Countryside Widgets"]),
        ("Glenwidget Forest is one of nine groups sharing", ["Glenwidget Forest"]),
        ("• New Start Widgetland will use their award of £60,000 to", ["New Start Widgetland"]),
        ("Widget Care Slough received £236,590 and Widget Care Hove received £1,312.", ["Widget Care Slough", "Widget Care Hove"]),
        ("| Organisation | Town | Award |\n| Blythswidget Care | Evanton | £9 |\n| Widgets Ltd | Alloa | £8 |\n",
         ["Blythswidget Care", "Widgets Ltd"]),
        ("director of Planning said; Marketing director Jo Bloggs said", []),
        ("Nigel Higgins, the group chief executive, said", []),
        ("Jane Smith received £500 from the fund", []),
    ],
)
def test_evidence_in_the_sentence_that_a_name_is_a_body(text, names):
    from pipeline.tag.evidence import described_organisations

    assert [f.text for f in described_organisations(text)] == names


def test_a_known_body_in_a_county_and_an_acronym_of_a_named_body(tagger):
    assert _tag(tagger, "Groundwork West Midlands and the Norfolk Widget Trust met. NWT said so.") == [
        ("Groundwork West Midlands", "ORG", "groundwork-west-midlands"), ("Norfolk Widget Trust", "ORG", "norfolk-widget-trust"),
        ("NWT", "ORG", "norfolk-widget-trust")]


def test_a_long_form_and_a_name_a_grant_shows_hold_the_known_name_inside_them(tagger):
    assert [m[0] for m in _tag(tagger, "Widget Recycling Network for Scotland (WRNS) met WRAP.")] == [
        "Widget Recycling Network for Scotland", "WRNS", "WRAP"]
    assert [m[0] for m in _tag(tagger, "Age Concern Slough received £236,590.") if m[1] == "ORG"] == ["Age Concern Slough"]


def test_a_leading_the_is_not_part_of_a_known_name(tagger):
    assert [m[0] for m in _tag(tagger, "a member of the Labour Party and a reader of The Guardian")] == ["Labour Party", "Guardian"]


def test_an_acronym_before_a_programme_word_is_no_body(tagger):
    assert _tag(tagger, "Better Widgets for Wales (BWW) grant scheme helps.") == []


def test_a_name_found_once_is_found_wherever_it_is_written(tagger):
    text = "the RPA's Chief Executive Johnston Widgeley. Ministers sacked Johnston Widgeley. Widgeley said no."
    assert [m[0] for m in _tag(tagger, text) if m[1] == "PERSON"] == ["Johnston Widgeley", "Johnston Widgeley", "Widgeley"]


def test_a_weekday_after_an_adverb_is_a_date(tagger):
    assert [m[:2] for m in _tag(tagger, "Separately on Wednesday, the UK's largest network of food banks met.")] == [
        ("Wednesday", "DATE")]


def test_a_known_name_opening_a_longer_one(tagger):
    assert [m[0] for m in _tag(tagger, "delivered by Big Issue Invest and the RSPB.") if m[1] == "ORG"] == ["Big Issue Invest", "RSPB"]
    assert [m[0] for m in _tag(tagger, "the Defra Fund helps; ACEVO Reaction: the RSPB Chairman spoke")] == ["Defra", "ACEVO", "RSPB"]


def test_people_in_apposition_and_after_ceo():
    assert [f.text for f in people("Director general of the Office of the Widgets, Campbell Robson, has written. "
                                   "according to CEO Danyal Satterly.")] == ["Campbell Robson", "Danyal Satterly"]


def test_money_in_words_and_pence():
    from pipeline.tag.money import find_money

    assert [(m.text, m.amount) for m in find_money("raised half a million pounds; donate 20p; a pounds shop")] == [
        ("half a million pounds", 500000.0), ("20p", 0.2)]


def test_span_index_answers_as_comparing_each_span_would():
    import random

    from pipeline.tag.spans import SpanIndex

    rng = random.Random(7)
    for _ in range(300):
        spans = [(s, s + rng.randint(1, 8)) for s in (rng.randint(0, 40) for _ in range(rng.randint(0, 6)))]
        index = SpanIndex(spans)
        start = rng.randint(0, 45)
        end = start + rng.randint(1, 8)
        assert index.overlaps(start, end) == any(s < end and start < e for s, e in spans)
        assert index.encloses(start, end) == any(s <= start and end <= e for s, e in spans)
        assert index.encloses(start, end, strictly=True) == any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)


def test_the_items_after_the_last_organisation_of_a_such_as_list(tagger):
    text = "partners such as the Plunkett Foundation, Widgetham and Gadgetbeck. Others too."
    assert [m[0] for m in _tag(tagger, text) if m[1] == "ORG"] == ["Plunkett Foundation", "Widgetham", "Gadgetbeck"]


def test_a_reviewed_name_and_an_abbreviation_after_a_name_are_tagged_apart(tagger):
    assert [m[0] for m in _tag(tagger, "linking this to Defra NDPBs and the relevant Defra Network organisations")] == [
        "Defra", "Defra"]


def test_a_generic_class_in_a_list_is_no_organisation(tagger):
    assert [m[0] for m in _tag(tagger, "partners ACRE, Local Authorities, Natural England and English Heritage met")] == [
        "ACRE", "Natural England", "English Heritage"]
