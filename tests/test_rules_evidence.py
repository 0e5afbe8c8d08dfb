"""Rules from the ninth to fourteenth rounds of unseen texts: people next to places, months and bodies;
enumerations of bodies; parties; a known name with a place before it; bodies named by their people;
three-part names; dates and money in words."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.params import load_params, section
from pipeline.tag import make_tagger
from pipeline.tag.dates import find_dates
from pipeline.tag.lists import enumerated_bodies
from pipeline.tag.money import find_money
from pipeline.tag.people import people
from pipeline.tag.tagger import Document


@pytest.fixture(scope="module")
def tagger():
    return make_tagger({**section(load_params(), "tag"), "model_labels": []})


def _tag(tagger, text):
    return [(m.text, m.label) for m in tagger.tag([Document("doc", "text", text)]).mentions]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Morag Petrie of Stepping Stones said the group had", ["Morag Petrie"]),
        ("David Northcote-Wright, reserves manager, West Somerset and Blackdowns said", ["David Northcote-Wright"]),
        ("improvements to the Jan Hobbs Nature Reserve", []),
        ("UK: Minister Announces Funding for England's Rivers Cleanup", []),
        ("David Anderson Labour, Blaydon", ["David Anderson"]),
    ],
)
def test_people_not_made_of_places_bodies_or_headlines(text, names):
    assert [f.text for f in people(text)] == names


def test_a_month_inside_a_persons_name_is_no_date(tagger):
    assert _tag(tagger, "In a statement this afternoon, Theresa May, Prime Minister, confirmed it.") == [
        ("this afternoon", "DATE"), ("Theresa May", "PERSON")]


def test_a_speakers_body_and_a_based_body(tagger):
    assert _tag(tagger, "Morag Petrie of Stepping Stones said yes. Susan Aktemel, from Glasgow-based Impact Arts, spoke.") == [
        ("Morag Petrie", "PERSON"), ("Stepping Stones", "ORG"), ("Susan Aktemel", "PERSON"), ("Impact Arts", "ORG")]


def test_a_surname_alone_is_not_the_first_word_of_a_longer_name(tagger):
    mentions = _tag(tagger, "Jo Somerset said so. Funding went to Somerset Wildlife Trust. Somerset thanked them.")
    assert ("Somerset Wildlife Trust", "ORG") in mentions and mentions.count(("Somerset", "PERSON")) == 1


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The eight organisations to receive grants include: Action Homeless in Leicester; two southern FareShare centres; "
         "Food in Community in South Hams Devon; and, REfUSE Durham in County Durham.",
         ["Action Homeless", "Food in Community", "REfUSE Durham"]),
        ("The first organisations to benefit include the Financial Fitness Resource Team in Greenock, Alcohol Support Scotland, "
         "serving Dumfries, Stepping Stones in Clydebank and Skye and Lochalsh Community Care Forum. The total",
         ["Financial Fitness Resource Team", "Alcohol Support Scotland", "Stepping Stones", "Skye and Lochalsh Community Care Forum"]),
        ("It also awarded funding to the Migrant Centre NI, Armagh Roma Traveller Support and NI Hyatt.",
         ["Migrant Centre NI", "Armagh Roma Traveller Support", "NI Hyatt"]),
        ("The 13 organisations are: Bangor University, Rutherglen’s Stonelaw Traders, The Nature Conservancy.",
         ["Bangor University", "Stonelaw Traders", "Nature Conservancy"]),
        ("The groups include one in Leeds.", []),
    ],
)
def test_enumerations_of_bodies(text, names):
    assert [f.text for f in enumerated_bodies(text)] == names


def test_parties_named_by_an_ordinary_word(tagger):
    mentions = [(m.text, m.entity_id) for m in tagger.tag([Document("d", "text",
        "Asked by: Chris Grayling (Conservative - Epsom and Ewell). The Labour market is tight. Labour said no."
    )]).mentions if m.label == "ORG"]
    assert mentions == [("Conservative", "conservative-party"), ("Labour", "labour-party")]


def test_a_known_name_with_a_place_or_nation_before_it_is_a_body_of_its_own(tagger):
    assert _tag(tagger, "Antonia Swinson, Chief Executive of the Scottish Social Enterprise Coalition, said it. "
                        "She thanked the Drumchapel Citizens Advice Bureau in Glasgow.") == [
        ("Antonia Swinson", "PERSON"), ("Scottish Social Enterprise Coalition", "ORG"), ("Drumchapel Citizens Advice Bureau", "ORG")]


def test_plural_acronyms_of_a_class_of_bodies_and_a_unit_of_one(tagger):
    mentions = _tag(tagger, "Funding for County Voluntary Councils (CVCs) and Volunteer Centres (VCs). "
                            "The Criminal Records Unit of the WCVA helps. CVCs agree.")
    assert [t for t, label in mentions if label == "ORG"] == [
        "County Voluntary Councils", "CVCs", "Volunteer Centres", "VCs", "Criminal Records Unit", "WCVA", "CVCs"]


def test_a_headline_name_starts_after_its_last_for(tagger):
    assert _tag(tagger, "Fluttery Funding Boost for Somerset Wildlife Trust\n\nText.") == [("Somerset Wildlife Trust", "ORG")]


def test_month_ranges_and_capitalised_abbreviated_months():
    """Each end of a range of months with their years is a date of its own (the shortest phrase
    that carries a date), as most of the texts' gold has it."""
    found = [(d.text, d.value) for d in find_dates("From September 2008 to December 2009 (October 2004-January 2006). AUG 20, 2013: news.",
                                                   dt.date(2013, 8, 20))]
    assert found == [("September 2008", (dt.date(2008, 9, 1), dt.date(2008, 9, 30))),
                     ("December 2009", (dt.date(2009, 12, 1), dt.date(2009, 12, 31))),
                     ("October 2004", (dt.date(2004, 10, 1), dt.date(2004, 10, 31))),
                     ("January 2006", (dt.date(2006, 1, 1), dt.date(2006, 1, 31))),
                     ("AUG 20, 2013", (dt.date(2013, 8, 20), dt.date(2013, 8, 20)))]


def test_a_season_alone_after_a_preposition_takes_its_year_from_the_text_date():
    text = "The drought had continued through winter. There is still time for rain this winter and spring. Winter sports and summer houses."
    found = [(d.text, d.value) for d in find_dates(text, dt.date(2006, 2, 24))]
    assert found == [("winter", (dt.date(2005, 12, 1), dt.date(2006, 2, 28))),
                     ("this winter", (dt.date(2005, 12, 1), dt.date(2006, 2, 28))),
                     ("spring", (dt.date(2006, 3, 1), dt.date(2006, 5, 31)))]


def test_easter_is_easter_sunday_of_the_year_the_sentence_points_to():
    found = [(d.text, d.value) for d in find_dates(
        "This debate should have taken place before Easter. We will meet at Easter. Easter 2011 was late. Easter eggs.", dt.date(2009, 5, 14))]
    assert found == [("Easter", (dt.date(2009, 4, 12), dt.date(2009, 4, 12))), ("Easter", (dt.date(2010, 4, 4), dt.date(2010, 4, 4))),
                     ("Easter 2011", (dt.date(2011, 4, 24), dt.date(2011, 4, 24)))]


def test_a_parliamentary_session_is_a_date_without_a_value_and_ends_a_name(tagger):
    assert _tag(tagger, "Eighth Report from the Transport Committee Session 2004–05 on rescue.") == [
        ("Transport Committee", "ORG"), ("Session 2004–05", "DATE")]  # with its word, as the texts' gold spans it
    assert [d.value for d in find_dates("Session 2006 - 07", dt.date(2009, 11, 1))] == [None]


def test_a_name_found_once_is_found_wherever_the_text_writes_it(tagger):
    text = "Residents lobbied the Scottish Land Fund for £150,000. The Scottish Land Fund announced last month that it would help."
    assert [t for t in _tag(tagger, text) if t[1] == "ORG"] == [("Scottish Land Fund", "ORG"), ("Scottish Land Fund", "ORG")]


def test_a_person_of_a_described_body_is_not_part_of_its_name(tagger):
    assert ("Pinsent Masons", "ORG") in _tag(tagger, "Patrick Twist of Pinsent Masons, the law firm behind the site, said so.")


def test_money_with_thousands_spaced():
    text = "Clubs that raise £20 000, £5 000 or £1 500.50 can apply; £20 000,000 is no such amount."
    assert [(m.text, m.amount) for m in find_money(text)] == [("£20 000", 20000.0), ("£5 000", 5000.0), ("£1 500.50", 1500.5),
                                                              ("£20", 20.0)]


def test_money_with_a_number_in_words():
    assert [(m.text, m.amount) for m in find_money("Most of the four million pounds, and twenty thousand pounds.")] == [
        ("four million pounds", 4_000_000), ("twenty thousand pounds", 20_000)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tandem's chief executive, Ruth Alder, said so.", [("Tandem", "ORG"), ("Ruth Alder", "PERSON")]),
        ("Staff at Kettle Green worked hard.", [("Kettle Green", "ORG")]),
        ("Volunteers from Riverside Larder came. Over 80 volunteers from Village Halls came.", [("Riverside Larder", "ORG")]),
        ("Peter Grant joined Orchard Link as a trustee.", [("Peter Grant", "PERSON"), ("Orchard Link", "ORG")]),
        ("It was arranged by Marsh Brokers, the insurance broker.", [("Marsh Brokers", "ORG")]),
        ("Jane Smith, a trustee of the charity, spoke.", [("Jane Smith", "PERSON")]),
        ("Kuldip Singh Kainth was fined. Mr Kainth paid.", [("Kuldip Singh Kainth", "PERSON"), ("Kainth", "PERSON")]),
        ("Theresa May Environment Secretary", [("Theresa May", "PERSON")]),
    ],
)
def test_bodies_named_by_their_people_and_three_part_names(tagger, text, expected):
    assert _tag(tagger, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("£250,000 for Newport Mind to complete it. The Helensburgh Oxfam shop opened.", [("£250,000", "MONEY"), ("Newport Mind", "ORG"), ("Oxfam", "ORG")]),
        ("Also receiving grants are Stay Telford, Weston Rhyn Village Institute and Whitchurch Foodbank.",
         [("Stay Telford", "ORG"), ("Weston Rhyn Village Institute", "ORG"), ("Whitchurch Foodbank", "ORG")]),
        ("Money from the Scottish government. We opened our Scottish office.", [("Scottish government", "ORG")]),
        ("The Co-op Group’s Local Community Fund is open.", [("Co-op Group", "ORG"), ("Local Community Fund", "ORG")]),
        ("a grant fund administered by the Social Investment Business.", [("Social Investment Business", "ORG")]),
        ("Launched by the Environment Agency and CSV. Once registered with Community Services Volunteer (CSV), it is paid.",
         [("Environment Agency", "ORG"), ("CSV", "ORG"), ("Community Services Volunteer", "ORG"), ("CSV", "ORG")]),
        ("Miss McIntosh asked. Speaking at the Scottish Resources Conference, the Environment Secretary spoke.", [("McIntosh", "PERSON")]),
        ("It gave a quarter of a million pounds.", [("a quarter of a million pounds", "MONEY")]),
        ("before the Digital, Culture, Media and Sport Select Committee because", [("Digital, Culture, Media and Sport Select Committee", "ORG")]),
        ("Heather Allen, Manager of Volunteer Centre Hertfordshire, said.", [("Heather Allen", "PERSON"), ("Volunteer Centre Hertfordshire", "ORG")]),
        ("£25,000 for Mentoring for All, Cardiff to renovate.", [("£25,000", "MONEY"), ("Mentoring for All", "ORG")]),
        ("Chamber music ensemble Camerata Ireland played.", [("Camerata Ireland", "ORG")]),
        ("CABINET OFFICE News Release", [("CABINET OFFICE", "ORG")]),
        ("BBC Panorama has picked it up.", [("BBC", "ORG")]),
        ("[Mr. Speaker in the Chair] Rhubodach Forest, owned by film director Lord Richard Attenborough, was sold.",
         [("Richard Attenborough", "PERSON")]),
        ("However, the charity said so. It was the Budget, a body representing the sector has warned.", []),
        ("The network of 57 Councils of Voluntary Service (CVS) will receive £11.85m.",
         [("Councils of Voluntary Service", "ORG"), ("CVS", "ORG"), ("£11.85m", "MONEY")]),
        ("underwritten by the Scottish League of Credit Unions, which", [("Scottish League of Credit Unions", "ORG")]),
        ("the new 125 million pound fund", [("125 million pound", "MONEY")]),
        ("companies including Greggs, and McDonalds and others", [("Greggs", "ORG"), ("McDonalds", "ORG")]),
        ("Two Projects in North Wales will receive a slice of nearly £400,000.", [("£400,000", "MONEY")]),
        ("Launching the partnership, Charlie McConnell, Chief Executive of the Trust, said. The recycling firm Russell Richardson grew.",
         [("Charlie McConnell", "PERSON"), ("Russell Richardson", "ORG")]),
        ("We were backed by legendary wildlife broadcaster, Sir David Attenborough.", [("David Attenborough", "PERSON")]),
        ("£9,980 for Blind in Business to offer placements", [("£9,980", "MONEY"), ("Blind in Business", "ORG")]),
        ("the new Carnegie Commission for Rural Community Development, set up", [("Carnegie Commission for Rural Community Development", "ORG")]),
        ("signed by the old Department for Environment, Transport and the Regions, meant",
         [("Department for Environment, Transport and the Regions", "ORG")]),
        ("fed back to Defra (Department for Environment, Food & Rural Affairs) as", [("Defra", "ORG"), ("Department for Environment, Food & Rural Affairs", "ORG")]),
        ("partners, including John Lewis & Partners, IKEA and others", [("John Lewis & Partners", "ORG"), ("IKEA", "ORG")]),
        ("working with Anthony Collins Solicitors on it", [("Anthony Collins Solicitors", "ORG")]),
        ("fund for Social Enterprises announced", []),
        ("Campbell Robb (pictured), NCVO'S director of public policy, has left.", [("Campbell Robb", "PERSON"), ("NCVO", "ORG")]),
        ("Sabrina Sully, whose family ran the post office, said so.", [("Sabrina Sully", "PERSON")]),
        ("Budget statement\n\n24 November 2025\nby Rab Armour\n\nText.", [("24 November 2025", "DATE"), ("Rab Armour", "PERSON")]),
        ("frustrations - Nicky Ellis of Wrexham Council.", [("Nicky Ellis", "PERSON"), ("Wrexham Council", "ORG")]),
        ("with Ebony Powell, volunteer at Forest of Dean Dog Rescue, and", [("Ebony Powell", "PERSON"), ("Forest of Dean Dog Rescue", "ORG")]),
        ("grants to Newry, Mourne and Down District Council. Local Welcome CIO got one.",
         [("Newry, Mourne and Down District Council", "ORG"), ("Local Welcome CIO", "ORG")]),
        ("the Shetland Classic Motor Show and Shetland Probus Club. Sedbury Space picked up the Grassroots Voluntary Group award.",
         [("Shetland Probus Club", "ORG")]),
        ("a partnership with Big Issue Social Investments Ltd, a subsidiary", [("Big Issue Social Investments Ltd", "ORG")]),
        ("The Space2Face Shetland charity is getting £4,974. We thank organisations like Johnsey Estates who own it.",
         [("Space2Face Shetland", "ORG"), ("£4,974", "MONEY"), ("Johnsey Estates", "ORG")]),
        ("The Welsh charity sector is big.", []),
    ],
)
def test_tenth_round_rules(tagger, text, expected):
    assert _tag(tagger, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NEWLY-ELECTED Kettle Mourne and Down Council chairman spoke.", [("Kettle Mourne and Down Council", "ORG")]),
        ("He said: “Newry, Kettle and Down District Council has support.”", [("Newry, Kettle and Down District Council", "ORG")]),
        ("Meanwhile Quarff, Widget and Kettle Community Council is ready.", [("Quarff, Widget and Kettle Community Council", "ORG")]),
        ("Manor Street/Kettleville Community Group, based in town, met.", [("Manor Street/Kettleville Community Group", "ORG")]),
        ("Bodies who contributed:\nKettle Park Citizens Advice\nKeep Wales Tidy\n", [("Kettle Park Citizens Advice", "ORG"), ("Keep Wales Tidy", "ORG")]),
        ("funding for Kettleside Village Hall, Widget Public Hall and Kettle Primary School.",
         [("Kettleside Village Hall", "ORG"), ("Widget Public Hall", "ORG"), ("Kettle Primary School", "ORG")]),
        ("Sullom and Widget Public Hall and Kettle Community Shop got £5.", [("Sullom and Widget Public Hall", "ORG"), ("Kettle Community Shop", "ORG"), ("£5", "MONEY")]),
        ("the Doncaster Deaf Trust will spend it on its project Forest School.", [("Doncaster Deaf Trust", "ORG")]),
        ("  • The Kettle and Strath Community Company on the Isle of Skye", [("Kettle and Strath Community Company", "ORG")]),
        ("Sharon is the Chair of the Board of Directors for the social enterprise.", []),
        ("The prize went to Glyn Kettle. Glyn Kettle, which includes the cafe, grew.", []),
        ("with Owen Westwood (10) from the Kettle Community Swimming Pool, with the big Fundraiser award", [("Owen Westwood", "PERSON")]),
        ("Iain Wright MP, Parliamentary Under-Secretary of State in the Department for the Environment, Food and Rural Affairs and Defra’s team.",
         [("Iain Wright", "PERSON"), ("Department for the Environment, Food and Rural Affairs", "ORG"), ("Defra", "ORG")]),
        ("said Justin Kettle Smith at a BT Volunteering event. Kettle Smith gave warnings.",
         [("Justin Kettle Smith", "PERSON"), ("BT", "ORG"), ("Kettle Smith", "PERSON")]),
        ("The Tesco Bags of Help scheme and the Big Society plans and Welsh Society.", [("Tesco", "ORG")]),
        ("It raised ninety thousand pounds, not several hundred pounds; seven pounds a week.",
         [("ninety thousand pounds", "MONEY"), ("seven pounds", "MONEY")]),
        ("She left to join the Kettle by Bow Centre. Grants to the Widget Trust by Natural England.",
         [("Kettle by Bow Centre", "ORG"), ("Widget Trust", "ORG"), ("Natural England", "ORG")]),
        ("Chief Executive of Shelter Kettle Robb has described it.", [("Shelter", "ORG")]),
        ("The ACRE Network and ACRE met. OCS has announced it.", [("ACRE Network", "ORG"), ("ACRE", "ORG"), ("OCS", "ORG")]),
    ],
)
def test_fourteenth_round_rules(tagger, text, expected):
    assert _tag(tagger, text) == expected


def test_recent_stretches_and_ordinal_days_of_a_month():
    found = [(d.text, d.value) for d in find_dates(
        "It was launched on the 21st of October 2013. Over the last year, and in the past few months, sales grew; "
        "last year too. For the last week of the programme, they met.", dt.date(2013, 11, 4))]
    assert found == [("the 21st of October 2013", (dt.date(2013, 10, 21), dt.date(2013, 10, 21))), ("the last year", None),
                     ("the past few months", None), ("last year", (dt.date(2012, 1, 1), dt.date(2012, 12, 31)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last night 4th Kettleham Scouts and 3rd Kettleham Sea Scouts won, as did 4th Kettleham (Overton) Scouts.",
         [("Last night", "DATE"), ("4th Kettleham Scouts", "ORG"), ("3rd Kettleham Sea Scouts", "ORG"), ("4th Kettleham (Overton) Scouts", "ORG")]),
        ("The fund had £5 from Kettle Building Society, Sir James Widget Trust and others.",
         [("£5", "MONEY"), ("Kettle Building Society", "ORG"), ("Sir James Widget Trust", "ORG")]),
        ("It was matched by the Kettle Emergencies Trust Appeal. They won the Queen’s Award for Voluntary Service.",
         [("Kettle Emergencies Trust", "ORG")]),
        ("Demand is rising. Demand for Hospice services grows. Whilst Hospice care is free, “We in Kettle Community Group agree.”",
         [("Kettle Community Group", "ORG")]),
        ("Antonia Kettle, CEO of the Ethical Widget Foundation about it. Money for St Richard’s Hospice came.",
         [("Antonia Kettle", "PERSON"), ("Ethical Widget Foundation", "ORG"), ("St Richard’s Hospice", "ORG")]),
        ("On CAP Reform, the Widget President said so. The latest Economic Survey of Charities shows it.", []),
        ("the recommendations of the Committee on Radioactive Widgets; the Council on Tuesday agreed.",
         [("Committee on Radioactive Widgets", "ORG"), ("Tuesday", "DATE")]),
        ("WRAPs fourth business plan was published.", [("WRAP", "ORG")]),
    ],
)
def test_fifteenth_round_rules(tagger, text, expected):
    assert _tag(tagger, text) == expected


@pytest.mark.parametrize(
    ("text", "span", "dropped"),
    [
        ("To ask the Secretary of State for Environment, Food and Rural Affairs if", "Food and Rural Affairs", True),
        ("from the United States, Canada and South Africa who came", "Canada and South Africa", True),
        ("presented by the Mayor of Lancaster, Coun Andrew Kay", "Mayor of Lancaster", True),
        ("a pub in Port Bannatyne on the Isle of Bute with", "Bannatyne on the Isle of Bute", True),
        ("Updated 10:51 GMT, Tuesday", "GMT", True),
        ("Minister said: “Congratulations to the eight groups", "Congratulations", True),
        ("skills including arts and crafts, ICT, digital photography", "ICT", True),
        ("the Rural Affairs minister and the CRC", "Rural Affairs", True),
        ("Discussing the Big Society plans", "Big Society", True),
        ("Further discussions with the Federation on Part 2 of the Act.", "Federation on Part 2", True),
        ("three times the growth rate of GDP.", "GDP", True),
        ("priorities which support the Big Society Vision, and", "Big Society Vision", True),
        ("now meets on Tuesdays and Thursdays, and", "Thursdays", True),
        ("food banks in Wrexham, Mold, the Vale of Clwyd, Rhyl", "Vale of Clwyd", True),
        ("People in Cornish Hall End celebrated", "Cornish Hall End", True),
        ("the Vale of Glamorgan Council agreed", "Vale of Glamorgan Council", False),
        ("A pasty flown in by Flybe from Cornwall", "Flybe", False),
        ("supported by Marks and Spencer Group this year", "Marks and Spencer Group", False),
        ("partners Oxfam, Shelter and Crisis joined", "Shelter", False),
        ("the Isle of Wight Council agreed", "Isle of Wight Council", False),
        ("we met Kettlewidget today", "Kettlewidget", False),
        ("CONGRATS: The award went to Owen.", "CONGRATS", True),
        ("A GUEST at the last meeting was Karen.", "GUEST", True),
        ("Members of NAVCA met.", "NAVCA", False),
        ("a special welcome to RAY Ceredigion.", "RAY Ceredigion", False),
        ("a walk in East Scotland.", "East Scotland", True),
        ("pupils with STEM (Science, Technology, Engineering and Maths) activity", "STEM", True),
        ("while RAPID (Rural Area Partnership Derry) secured", "RAPID", False),
        ("a meeting of Housing Network Chief Executives in May", "Housing Network Chief Executives", True),
        ("as the Office Notices said", "Office Notices", True),
    ],
)
def test_model_spans_that_are_no_organisation(text, span, dropped):
    from pipeline.tag.model_spans import not_an_organisation

    start = text.index(span)
    assert not_an_organisation(text, start, start + len(span)) is dropped


@pytest.mark.parametrize(("text", "span", "body"), [
    ("in Committee Room 1, Highland Council Headquarters, Inverness", "Highland Council Headquarters", "Highland Council"),
    ("the Ards Borough Council Offices in Newtownards", "Ards Borough Council Offices", "Ards Borough Council"),
    ("met at the Council Offices", "Council Offices", "Council Offices"),
    ("Parliament Buildings, Stormont", "Parliament Buildings", "Parliament Buildings"),
])
def test_a_model_span_naming_a_bodys_building_is_cut_to_the_body(text, span, body):
    from pipeline.tag.model_spans import without_building

    start = text.index(span)
    assert text[start:without_building(text, start, start + len(span))] == body


@pytest.mark.parametrize(("text", "span", "body"), [
    ("a special welcome to Helen Lewis of RAY Ceredigion.", "Helen Lewis of RAY Ceredigion", "RAY Ceredigion"),
    ("with Helen Lewis from the Tal-y-bont Youth Club.", "Helen Lewis from the Tal-y-bont Youth Club", "Tal-y-bont Youth Club"),
    ("the late Sir William Macpherson of Cluny who", "Sir William Macpherson of Cluny", "Sir William Macpherson of Cluny"),
    ("Helen Lewis of Aberystwyth said", "Helen Lewis of Aberystwyth", "Helen Lewis of Aberystwyth"),
])
def test_a_model_span_opening_with_a_person_of_a_body_is_cut_to_the_body(text, span, body):
    from pipeline.tag.model_spans import body_after_person

    start = text.index(span)
    assert text[body_after_person(text, start, start + len(span)):start + len(span)] == body


@pytest.mark.parametrize(("text", "found"), [
    ("aims to safeguard the winter fuel payment. In the summer, we met.", [("the summer", (dt.date(2013, 6, 1), dt.date(2013, 8, 31)))]),
    ("the scale of the summer floods; a campaign over the summer using it", [("the summer", (dt.date(2013, 6, 1), dt.date(2013, 8, 31)))]),
    ("Today (16th, July 2007) we met.", [("Today", (dt.date(2013, 12, 10), dt.date(2013, 12, 10))),
                                          ("16th, July 2007", (dt.date(2007, 7, 16), dt.date(2007, 7, 16)))]),
    ("It is calculated on the last Friday of every month.", []),
    ("Schemes protecting over 1900 households were built in 2001.", [("2001", (dt.date(2001, 1, 1), dt.date(2001, 12, 31)))]),
    ("Food banks expect a busy time this Christmas, as last Christmas.", [("this Christmas", (dt.date(2013, 12, 25), dt.date(2013, 12, 25))),
                                                                          ("last Christmas", (dt.date(2012, 12, 25), dt.date(2012, 12, 25)))]),
])
def test_dates_and_what_only_looks_like_one(text, found):
    assert [(d.text, d.value) for d in find_dates(text, dt.date(2013, 12, 10))] == found


def test_a_long_form_written_with_another_connector_links_to_its_known_acronym(tagger):
    result = tagger.tag([Document("doc", "text", "the National Council of Voluntary Youth Services (NCVYS) and others")])
    assert {(m.text, m.entity_id) for m in result.mentions} == {
        ("National Council of Voluntary Youth Services", "national-council-for-voluntary-youth-services"),
        ("NCVYS", "national-council-for-voluntary-youth-services")}


def test_an_abbreviated_council_links_to_the_council_written_out(tagger):
    result = tagger.tag([Document("doc", "text", "Gloucestershire CC agreed.")])
    assert [(m.text, m.entity_id) for m in result.mentions] == [("Gloucestershire CC", "gloucestershire-county-council")]


def test_pence_are_money():
    assert [(m.text, m.amount) for m in find_money("Of every pound, 28 pence goes to good causes; a 5p charge.")] == [
        ("28 pence", 0.28), ("5p", 0.05)]


@pytest.mark.parametrize(("text", "expected"), [
    ("A statement released by respected Charity Community Matters. My Department held a consultation.", [("Community Matters", "ORG")]),
    ("Debtors seen by Citizens' Advice staff grew three times faster than GDP.", [("Citizens' Advice", "ORG")]),
    ("The Parliamentary Under-Secretary of State for the Home Department (Paul Goggins) said.", [("Paul Goggins", "PERSON")]),
    ("Two of Lady Brunner's great grand-daughters met our Lord Lieutenant at St James's Park.", [("Brunner", "PERSON")]),
    ("Response to the Inquiry by the Environment, Planning and Countryside Committee into targets.",
     [("Environment, Planning and Countryside Committee", "ORG")]),
    ("Chair of the Joint Council Committee Cllr Allan Rainey said: it is good.",
     [("Joint Council Committee", "ORG"), ("Allan Rainey", "PERSON")]),
    ("Responding to the CLG Select Committee report, Groundwork said.", [("CLG Select Committee", "ORG"), ("Groundwork", "ORG")]),
    ("The Heritage Lottery Fund’s (HLF) Skills for the Future programme is open.", [("Heritage Lottery Fund", "ORG"), ("HLF", "ORG")]),
    ("Kate Dobson, our co-ordinator for the section of the Trans Pennine Trail said: it is good.", [("Kate Dobson", "PERSON")]),
    ("Resident Morwenna Torlesse said: it is good.", [("Morwenna Torlesse", "PERSON")]),
    ("Dot Gibson from the National Pensioners’ Convention said: it is time.",
     [("Dot Gibson", "PERSON"), ("National Pensioners’ Convention", "ORG")]),
    ("Unclaimed prize money is held in Player Trust Accounts.", []),
    ("Defra withdrew credits from Gloucestershire CC and Bexley LBC.", [("Defra", "ORG"), ("Gloucestershire CC", "ORG"), ("Bexley LBC", "ORG")]),
    ("Lord Henley told LGC’s sister publication Materials Recycling Week: “We are satisfied.”",
     [("Henley", "PERSON"), ("LGC", "ORG"), ("Materials Recycling Week", "ORG")]),
    ("He had asked Theresa May to let him keep his brief after May became prime minister.",
     [("Theresa May", "PERSON"), ("May", "PERSON")]),
    ("It held 250 tonnes of household, commercial and industrial waste (HCI) and 377 tonnes of HCI waste.", []),
    ("Feckenham Community Shop in Worcestershire\nhas won an award.", [("Feckenham Community Shop", "ORG")]),
    ("The fund was opened by Nick Hurd Minister for Civil Society.", [("Nick Hurd", "PERSON")]),
    ("  • Fyne Homes receive £83,306 to help tenants.\n  • Dr Spence Memorial Hall Committee receives £20,000.",
     [("Fyne Homes", "ORG"), ("£83,306", "MONEY"), ("Dr Spence Memorial Hall Committee", "ORG"), ("£20,000", "MONEY")]),
    ("It runs in all Tesco Express stores. Google Maps shows them.", [("Tesco", "ORG"), ("Google", "ORG")]),
    ("Liz Truss said Tesco Extra stores would collect. Extra staff came.", [("Liz Truss", "PERSON"), ("Tesco", "ORG")]),
    ("Nat Sloane, chair of the Fund’s England Committee, said so.", [("Nat Sloane", "PERSON"), ("England Committee", "ORG")]),
    ("Will he introduce an NVQ for volunteering?", []),
])
def test_sixteenth_to_nineteenth_round_rules(tagger, text, expected):
    assert _tag(tagger, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Asked by: Johann Lamont, MSP for Glasgow Pollok, Scottish Labour", [("Johann Lamont", "PERSON"), ("Scottish Labour", "ORG")]),
    ("Susanne Rauprich, CEO of NCVYS, praised it.", [("Susanne Rauprich", "PERSON"), ("NCVYS", "ORG")]),
    ("On his blog, Stephen refers to President Clinton’s accolade.", [("Clinton", "PERSON")]),
    ("Witnesses: peter unwin.\nWitnesses: Peter Unwin, Director General, Defra.",
     [("peter unwin", "PERSON"), ("Peter Unwin", "PERSON"), ("Defra", "ORG")]),
    ("Help came from Maggie Booth Photography.", []),
    ("Crown Paints gave paint to ReUse Together, the #LitterHeroes Ambassador programme and the ChangeUp programme,"
     " as on DirectGov. TimeBank and CancerCare.", [("ReUse Together", "ORG"), ("TimeBank", "ORG"), ("CancerCare", "ORG")]),
    ("Volunteers at FoodCycle met.", [("FoodCycle", "ORG")]),
    ("The land was part of the South Glos Council-owned Wychwell Farm.", [("South Glos Council", "ORG")]),
    ("It was run with the Wiltshire, Swindon & Oxfordshire Canal Partnership.",
     [("Wiltshire, Swindon & Oxfordshire Canal Partnership", "ORG")]),
    ("There was a representative from Merlin. The awards are sponsored by Novelis. The paint was donated by Crown Paints.",
     [("Merlin", "ORG"), ("Novelis", "ORG"), ("Crown Paints", "ORG")]),
    ("It is funded by the Department for Energy and Climate Change, and by funding from EU’s Life+ programme.",
     [("Department for Energy and Climate Change", "ORG"), ("EU", "ORG")]),
    ("It was supported by Jo Smith.", [("Jo Smith", "PERSON")]),
    ("With Sue Coffey (Business Link), Jo Nelson (Headmaster) and Gill Grievson (Greenwood Partnerships).",
     [("Sue Coffey", "PERSON"), ("Business Link", "ORG"), ("Jo Nelson", "PERSON"), ("Gill Grievson", "PERSON"),
      ("Greenwood Partnerships", "ORG")]),
    ("In February Shetland Islands Council decided to cut it.", [("February", "DATE"), ("Shetland Islands Council", "ORG")]),
    ("Tesco let all Trussell Trust Foodbanks collect.", [("Tesco", "ORG"), ("Trussell Trust", "ORG")]),
    ("The centre opened.  Shelly Hart Volunteers co-ordinator said: it is good.", [("Shelly Hart", "PERSON")]),
    ("Mayor Keith Hyde welcomed them. Hyde said so.", [("Keith Hyde", "PERSON"), ("Hyde", "PERSON")]),
    ("A £1-million fund was opened on 17-May-2006 in a hall built in the late 1800s.",
     [("£1-million", "MONEY"), ("17-May-2006", "DATE"), ("the late 1800s", "DATE")]),
    ("Speaking with Environment Agency Wales’ Fisheries, Ecology and Recreation Advisory Committee in Builth.",
     [("Environment Agency Wales", "ORG"), ("Fisheries, Ecology and Recreation Advisory Committee", "ORG")]),
    ("Trevor Sleath, the Andover Food Bank Project Coordinator, said it.", [("Trevor Sleath", "PERSON"), ("Andover Food Bank", "ORG")]),
    ("During a visit to the offices of the Londonderry Rural Area Partnership on Friday, she spoke.",
     [("Londonderry Rural Area Partnership", "ORG"), ("Friday", "DATE")]),
    ("Guests were the BBC Trust Chairman, Rona Fairhead. BBC Panorama showed it.",
     [("BBC Trust", "ORG"), ("Rona Fairhead", "PERSON"), ("BBC", "ORG")]),
    ("Members met at the National Federation of Women’s Institutes’ (NFWI) meeting.",
     [("National Federation of Women’s Institutes", "ORG"), ("NFWI", "ORG")]),
    ("Miss McIntosh: To ask what it is.\n\nIan Pearson: My letter to the Association of Drainage Authorities, a body, said so.\n\n"
     "Witnesses: Sam Younger, Chief Executive.",
     [("McIntosh", "PERSON"), ("Ian Pearson", "PERSON"), ("Association of Drainage Authorities", "ORG"), ("Sam Younger", "PERSON")]),
    ("The Lord Mayor of Belfast, Councillor Tom Ekin, met Baroness Scotland of Asthal.", [("Tom Ekin", "PERSON"), ("Scotland", "PERSON")]),
])
def test_twentieth_round_rules(tagger, text, expected):
    assert _tag(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Anne Longfield, chief executive of 4Children, added: \"4Children is pleased.\" Emma Revie, chief executive of Ambition,"
     " said so.", [("Anne Longfield", "PERSON"), ("4Children", "ORG"), ("4Children", "ORG"), ("Emma Revie", "PERSON"),
                   ("Ambition", "ORG")]),
    ("David Wright, Chyps chief executive, said it. Interim CEO, Jo Bloggs, agreed. The chief executive of Wales came.",
     [("David Wright", "PERSON"), ("Chyps", "ORG"), ("Jo Bloggs", "PERSON")]),
    ("Tandem CEO, Alex Mollart, said it.", [("Alex Mollart", "PERSON")]),  # "tandem" is a common word: no evidence alone
    ("Top news\n\nCOMMUNITY RECYCLING NETWORK FOR SCOTLAND (CRNS)\n\nNEWS RELEASE",
     [("COMMUNITY RECYCLING NETWORK FOR SCOTLAND", "ORG"), ("CRNS", "ORG")]),
    ("The Confederation of Heads of Young People's Services met the Woodcraft Guild.",
     [("Confederation of Heads of Young People's Services", "ORG"), ("Woodcraft Guild", "ORG")]),
    ("I spoke at Rural Action Derbyshire’s AGM. I have known Rural Action Derbyshire (RAD) long.",
     [("Rural Action Derbyshire", "ORG"), ("Rural Action Derbyshire", "ORG"), ("RAD", "ORG")]),
    ("The office has appointed the Adventure Capital Fund to manage the fund. Groups will work with Local Authorities to"
     " take over management of assets. Jo Smith will manage it.", [("Adventure Capital Fund", "ORG"), ("Jo Smith", "PERSON")]),
    ("DRAFT MINUTES\n\nTHE ANNUAL PARISH MEETING WAS HELD IN BUXTON VILLAGE HALL\n\nCOUNCILLORS: Mrs R. Roth (Chairman)\n"
     "Mr G. Forster Mrs Y. Powell\nDistrict Councillor I. Evans",
     [("BUXTON VILLAGE HALL", "ORG"), ("R. Roth", "PERSON"), ("G. Forster", "PERSON"), ("Y. Powell", "PERSON"),
      ("I. Evans", "PERSON")]),
    ("MR TEGRYN JONES\nMR CHRIS MILLS, MS CERI DAVIES and MR TIM PEPPIN\n\nTrish Godman Labour 5:00 pm, 11th December 2008",
     [("TEGRYN JONES", "PERSON"), ("CHRIS MILLS", "PERSON"), ("CERI DAVIES", "PERSON"), ("TIM PEPPIN", "PERSON"),
      ("Trish Godman", "PERSON"), ("Labour", "ORG"), ("11th December 2008", "DATE")]),
    ("Oral evidence: Food Waste in England, HC 429\nLaura Hopper, Chief Executive Officer, Plan Zheroes, Vera Zakharov,"
     " Project Campaigner, Brighton & Hove Food Partnership. Tim Baster, Executive Director, COIN said: yes. Ellie Robinson,"
     " Assistant Director, External Affairs, National Trust, gave evidence. Chair: Welcome to the Committee. The Committee Clerk: Yes.",
     [("Laura Hopper", "PERSON"), ("Vera Zakharov", "PERSON"), ("Brighton & Hove Food Partnership", "ORG"), ("Tim Baster", "PERSON"),
      ("COIN", "ORG"), ("Ellie Robinson", "PERSON"), ("National Trust", "ORG")]),
    ("Organised by Shetland Amenity Trust, it went well, project officer with the amenity trust Mick Clifton said. The"
     " spokesperson for Waste Management said so.", [("Shetland Amenity Trust", "ORG"), ("Mick Clifton", "PERSON")]),
    ("The Fund gave £143,333 for New Start Highland in Inverness, a hub to refurbish furniture.",
     [("£143,333", "MONEY"), ("New Start Highland", "ORG")]),
    ("She visited Ballyhalbert Community Association. Used wisely, organisations like Ballyhalbert can buy.",
     [("Ballyhalbert Community Association", "ORG"), ("Ballyhalbert", "ORG")]),
    ("The award, presented by the Department of Agriculture, Environment and Rural Affairs, went to Choice Housing's"
     " tenants. The cup was presented by Choice Housing and the shield by the Mayor of Lancaster.",
     [("Department of Agriculture, Environment and Rural Affairs", "ORG"), ("Choice Housing", "ORG"), ("Choice Housing", "ORG")]),
    ("It featured on the Jamie and Louise Show.", []),
    ("The bids, from Fareshare, Company Shop Group and others, won. He is patron of Ace Anglia, and of Wings of Hope, which"
     " is an educational charity. Bishop Peter spoke.",
     [("Fareshare", "ORG"), ("Company Shop Group", "ORG"), ("Ace Anglia", "ORG"), ("Wings of Hope", "ORG"), ("Peter", "PERSON")]),
    ("Grants went to Bogside and Brandywell Health Forum in Derry-Londonderry and Ligoniel Improvement Association in Belfast.",
     [("Bogside and Brandywell Health Forum", "ORG"), ("Ligoniel Improvement Association", "ORG")]),
    ("DAERA Minister Michelle McIlveen said the DSD and DfC agreed. Voting in the NI Assembly Election began.",
     [("DAERA", "ORG"), ("Michelle McIlveen", "PERSON"), ("DSD", "ORG"), ("DfC", "ORG")]),
    ("Apply to the Co-Ownership Social Fund. Co-Ownership’s Gillian Hughes, who oversees it, said so. Scotland's John Swinney,"
     " the minister, agreed.", [("Co-Ownership", "ORG"), ("Co-Ownership", "ORG"), ("Gillian Hughes", "PERSON"),
                                ("John Swinney", "PERSON")]),
    ("Manchester Friends of the Earth campaigners urge it. The London Borough of Ealing and the Royal Borough of Kingston"
     " upon Thames agreed. Randal Home Bakery helped the BIG Spring Clean. Teresa Butchers said so.",
     [("Manchester Friends of the Earth", "ORG"), ("London Borough of Ealing", "ORG"), ("Royal Borough of Kingston upon Thames", "ORG"),
      ("Randal Home Bakery", "ORG"), ("BIG", "ORG"), ("Teresa Butchers", "PERSON")]),
    ("Debate\n\nLinda Fabiani Scottish National Party\n\nThe item.\n\nBen Stafford, Head of Campaigns, Campaign to Protect Rural"
     " England (CPRE), gave evidence. I am Head of Campaigns at the Campaign to Protect Rural England.",
     [("Linda Fabiani", "PERSON"), ("Scottish National Party", "ORG"), ("Ben Stafford", "PERSON"),
      ("Campaign to Protect Rural England", "ORG"), ("CPRE", "ORG"), ("Campaign to Protect Rural England", "ORG")]),
    ("Vincent Murray, Chairperson of Recap said: good. John Smith, Director of Planning, said no. Jo Bloggs, Chair of Trustees,"
     " said. Our Director of Enterprise Richard Bridge drew it. John’s Project Manager came.",
     [("Vincent Murray", "PERSON"), ("Recap", "ORG"), ("John Smith", "PERSON"), ("Jo Bloggs", "PERSON")]),
    ("Organised by Belfast Harbour and The Conservation Volunteers, it went well, said Jenni Barkley, Belfast Harbour’s"
     " Communications and Corporate Responsibility Manager.",
     [("Belfast Harbour", "ORG"), ("Conservation Volunteers", "ORG"), ("Jenni Barkley", "PERSON"), ("Belfast Harbour", "ORG")]),
    ("Big News Today\n\nSarah Jones Welcomes Lottery Boost For Ystrad Community Trust\n\nWales Welcomes Ystrad Community Trust\n",
     [("Today", "DATE"), ("Sarah Jones", "PERSON"), ("Ystrad Community Trust", "ORG"), ("Ystrad Community Trust", "ORG")]),
])
def test_twenty_third_round_rules(tagger, text, expected):
    assert _tag(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Highland Council Launches Home Composting Scheme\n\nThis week The Highland Council launches its scheme.",
     [("Highland Council", "ORG"), ("This week", "DATE"), ("Highland Council", "ORG")]),
    ("This year Bay Road Residents Group, Lough’s Agency and Clooney Residents Association have all been successful.",
     [("This year", "DATE"), ("Bay Road Residents Group", "ORG"), ("Clooney Residents Association", "ORG")]),
    ("“We were worried,” recalls Humshaugh Community Ventures Limited Chairman Dick Moules. The community had already fought"
     " a tough fight.", [("Humshaugh Community Ventures Limited", "ORG"), ("Dick Moules", "PERSON")]),
    ("The Food for Life Partnership won. Food for Life Partnership Director Libby Grundy said: good.",
     [("Food for Life Partnership", "ORG"), ("Food for Life Partnership", "ORG"), ("Libby Grundy", "PERSON")]),
    ("The groups, including Friends of Lichfield Historic Parks, Countryside and Parks Conservation Group, Neaten and Natter,"
     " helped. He met Environment Agency Wales’ Fisheries, Ecology and Recreation Advisory Committee there.",
     [("Friends of Lichfield Historic Parks", "ORG"), ("Countryside and Parks Conservation Group", "ORG"), ("Neaten and Natter", "ORG"),
      ("Environment Agency Wales", "ORG"), ("Fisheries, Ecology and Recreation Advisory Committee", "ORG")]),
    ("This afternoon Floods Minister Emma Hardy and Environment Agency Chief Executive Philip Duffy have met to discuss it.",
     [("This afternoon", "DATE"), ("Emma Hardy", "PERSON"), ("Environment Agency", "ORG"), ("Philip Duffy", "PERSON")]),
    ("Grants come from Hanfod Cymru, the body. Hanfod has also reported that applications rose. Age Cymru agreed.",
     [("Hanfod Cymru", "ORG"), ("Hanfod", "ORG"), ("Age Cymru", "ORG")]),
    ("Graham Wynne, the RSPB`s chief executive, said it. He met the Local Action Groups (LAGS) today. The LAGS agreed."
     " Jamie Marsh, Reserves Manager for the Trust on the Isle of Wight said: yes.",
     [("Graham Wynne", "PERSON"), ("RSPB", "ORG"), ("Local Action Groups", "ORG"), ("LAGS", "ORG"), ("today", "DATE"),
      ("LAGS", "ORG"), ("Jamie Marsh", "PERSON")]),
])
def test_twenty_seventh_round_rules(tagger, text, expected):
    assert _tag(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Grants went to Greenisland Men’s Shed and Denbigh Men’s Shed, and Coleraine YFC and Burton CVS. Men in Sheds is a project."
     " Hwb Dolgellau C.I.C. in Gwynedd will use £5,000.",
     [("Greenisland Men’s Shed", "ORG"), ("Denbigh Men’s Shed", "ORG"), ("Coleraine YFC", "ORG"), ("Burton CVS", "ORG"),
      ("Hwb Dolgellau C.I.C.", "ORG"), ("£5,000", "MONEY")]),
    ("It was a good day for all.\nPhoto: Hans J Marter/Shetland News\nTHE CHAIRMAN of Shetland Charitable Trust has now formally"
     " stood down from the organisation.", [("Hans J Marter", "PERSON"), ("Shetland News", "ORG"), ("Shetland Charitable Trust", "ORG")]),
    ("A ceremony took place on July 10 attended by the Lord-Lieutenant of Surrey, Michael More-Molyneux; the Mayor of Guildford,"
     " Sallie Barker; and others at the Lord Mayors Mansion in town.",
     [("July 10", "DATE"), ("Michael More-Molyneux", "PERSON"), ("Sallie Barker", "PERSON")]),
    ("My Lords, I thank the Minister for his Answer. Burton and District Mind has been handed £2,600 to buy sofas.",
     [("Burton and District Mind", "ORG"), ("£2,600", "MONEY")]),
    ("Speaking at Mash Direct, a leading agri-food business, Co Down, the Minister said so. At Inverewe in the North-West"
     " Highlands, the funding meant our charity could buy a tractor.", [("Mash Direct", "ORG")]),
    ("Sinn Féin Agriculture and Rural Development Minister, Michelle Gildernew MP MLA, has outlined the budget. Its"
     " 2010/11 (current year) budget is £29.3m.",
     [("Sinn Féin", "ORG"), ("Michelle Gildernew", "PERSON"), ("2010/11", "DATE"), ("current year", "DATE"), ("£29.3m", "MONEY")]),
])
def test_twenty_eighth_round_rules(tagger, text, expected):
    assert _tag(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mr Wileman told the Burton Mail: yes. The Shropshire Star said so, as did the Sydney Morning Herald. The Christmas Post"
     " arrived.", [("Wileman", "PERSON"), ("Burton Mail", "ORG"), ("Shropshire Star", "ORG"), ("Sydney Morning Herald", "ORG")]),
    ("Hwb Dolgellau C.I.C. in Gwynedd will use £5,000. Director for Hwb Dolgellau, James Charlwood said so.",
     [("Hwb Dolgellau C.I.C.", "ORG"), ("£5,000", "MONEY"), ("Hwb Dolgellau", "ORG"), ("James Charlwood", "PERSON")]),
    ("Skewen WI is presented with its award. Last month Skewen WI, Glamorgan Federation won. The WI said so.",
     [("Skewen WI", "ORG"), ("Last month", "DATE"), ("Skewen WI", "ORG"), ("Glamorgan Federation", "ORG"), ("WI", "ORG")]),
    ("Jennie Wroe, Senior Organiser, said: good. Derbyshire County Council Leader Bob Smith spoke at the Big Society Bank Debate.",
     [("Jennie Wroe", "PERSON"), ("Derbyshire County Council", "ORG"), ("Bob Smith", "PERSON")]),
])
def test_twenty_ninth_round_rules(tagger, text, expected):
    assert _tag(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Improving Sites of Special Scientific Interest (SSSI) is the aim of Natural England. Funding from the RDPE helped.",
     [("Natural England", "ORG")]),
    ("The DHSSPS and DoJ agreed with OFMDFM. Goldman Sachs and European Metal Recycling Ltd (EMR) bought MWR. After the purchase"
     " of MWR by EMR in 2017 it was owned by Ms C Cutts and Ms G Cutts.",
     [("DHSSPS", "ORG"), ("DoJ", "ORG"), ("OFMDFM", "ORG"), ("Goldman Sachs", "ORG"), ("European Metal Recycling Ltd", "ORG"),
      ("EMR", "ORG"), ("EMR", "ORG"), ("2017", "DATE"), ("C Cutts", "PERSON"), ("G Cutts", "PERSON")]),
    ("It got a grant from the Cornwall Area of Outstanding Natural Beauty Trust. Working Woodlands Cornwall is a Community"
     " Interest Company. A site was gifted by developer Michael McNamara, near Bishop Auckland.",
     [("Cornwall Area of Outstanding Natural Beauty Trust", "ORG"), ("Michael McNamara", "PERSON")]),
])
def test_thirtieth_round_rules(tagger, text, expected):
    assert _tag(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Trish Godman Labour 4:59, 3 May 2006\n\nText.\n\n3. Pat Glass (North West Durham) (Lab): What assessment? Duncan Hames"
     " (Chippenham) (LD) 1. What plans? Thank you, Mr Principal Deputy Speaker.",
     [("Trish Godman", "PERSON"), ("Labour", "ORG"), ("3 May 2006", "DATE"), ("Pat Glass", "PERSON"), ("Duncan Hames", "PERSON")]),
    ("Brands: Burton's Biscuit Company and Nando's Chickenland Ltd. The Department for Infrastructure in Northern Ireland gave"
     " £75,000. Lake Windermere has been awarded a pass. Charities, NGOs and groups in the Yorkshire Dales can apply, says NRW.",
     [("Burton's Biscuit Company", "ORG"), ("Nando's Chickenland Ltd", "ORG"), ("Department for Infrastructure", "ORG"),
      ("£75,000", "MONEY"), ("NRW", "ORG")]),
])
def test_thirty_first_round_rules(tagger, text, expected):
    assert _tag(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Thanks to Friends of Bashfordsland Wood and Oakfield Glen and Catherine Hunter, and Canolfan Glanhwfa Cyf. Castlemorton"
     " Parish Hall got money. The campaign is backed by TV chef Jo Smith. The Joshua Tree Wales got £95,000 by Christmas Eve."
     " The Observatory on Human Rights of Children and Young People said so.",
     [("Friends of Bashfordsland Wood and Oakfield Glen", "ORG"), ("Catherine Hunter", "PERSON"), ("Canolfan Glanhwfa Cyf", "ORG"),
      ("Castlemorton Parish Hall", "ORG"), ("Jo Smith", "PERSON"), ("£95,000", "MONEY"), ("Christmas Eve", "DATE")]),
])
def test_thirty_second_round_rules(tagger, text, expected):
    assert _tag(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("He wrote to the Local Government Association and Association of Drainage Authorities. Warwickshire Association for the"
     " Blind in Rugby will use their £7,580 award. It was funded by Lord Ashcroft. He thanked architects Inkpen Downie.",
     [("Local Government Association", "ORG"), ("Association of Drainage Authorities", "ORG"),
      ("Warwickshire Association for the Blind", "ORG"), ("£7,580", "MONEY"), ("Ashcroft", "PERSON"), ("Inkpen Downie", "ORG")]),
    ("Dorrington Young Farmers raised money for Nuffield Eye Hospital and Wheatlands Care Home, as teams of Young Farmers"
     " did. The Diocese of St Asaph gave. Valerie Davis with Emilee Elder and Imogen McGuinness.",
     [("Dorrington Young Farmers", "ORG"), ("Nuffield Eye Hospital", "ORG"), ("Wheatlands Care Home", "ORG"),
      ("Diocese of St Asaph", "ORG"), ("Valerie Davis", "PERSON"), ("Emilee Elder", "PERSON"), ("Imogen McGuinness", "PERSON")]),
    ("£270,000 came from the Rural Development Programme (RDP). Redrock Development Partnership got RDP funding and grant"
     " funding from the RDP. Groups meet including Parent and Toddler group, Zumba group, Golden Years and the Men’s Shed. Funds"
     " went to the Stroke Association, Oxfam (Wales) and Hospiscare.",
     [("£270,000", "MONEY"), ("Redrock Development Partnership", "ORG"), ("Golden Years", "ORG"), ("Men’s Shed", "ORG"), ("Stroke Association", "ORG"),
      ("Oxfam", "ORG"), ("Hospiscare", "ORG")]),
])
def test_thirty_third_round_rules(tagger, text, expected):
    assert _tag(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("It is run by Local Action Groups (LAG's). These LAGS meet. Derry and Limavady Councils agreed. Work was organised by"
     " Con Carey and Jill Murdoch. Teresa Canavan, Rural Action Chief Executive, explained. Rural Action will launch awards.",
     [("Local Action Groups", "ORG"), ("LAG", "ORG"), ("LAGS", "ORG"), ("Con Carey", "PERSON"), ("Jill Murdoch", "PERSON"),
      ("Teresa Canavan", "PERSON"), ("Rural Action", "ORG"), ("Rural Action", "ORG")]),
    ("Eric Randall, Director of Bryson Recycling, said it. Bryson Recycling has won. He met the All-Party Parliamentary Group on"
     " Civil Society and Volunteering, the Select Committee on Public Administration on Third Sector Commissioning and the"
     " Report of the Science and Technology Committee on Waste Reduction.",
     [("Eric Randall", "PERSON"), ("Bryson Recycling", "ORG"), ("Bryson Recycling", "ORG"),
      ("All-Party Parliamentary Group on Civil Society and Volunteering", "ORG"), ("Select Committee on Public Administration", "ORG"),
      ("Science and Technology Committee", "ORG")]),
    ("Diane Spark, Farm Support Coordinator, said the grant will extend the FSC’s contract. The next First Minister and Welsh"
     " Labour Leader will be named. Owen Roes GAA and Rural Action Hub got £500.",
     [("Diane Spark", "PERSON"), ("Welsh Labour", "ORG"), ("Owen Roes GAA", "ORG"), ("Rural Action Hub", "ORG"), ("£500", "MONEY")]),
])
def test_thirty_fourth_round_rules(tagger, text, expected):
    assert _tag(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Big Lottery Fund is reopening its Growing Community Assets (GCA) fund. Existing GCA grant holders met. Anne McCall"
     " welcomed the programme for Government (PFG). We are glad the PFG has it.",
     [("Big Lottery Fund", "ORG"), ("Anne McCall", "PERSON")]),
    ("Primary school Ysgol Meifod got £10,000. Menter Môn said so. It backs the Big Society Vision, and the UN Convention on"
     " the Conservation of Biological Diversity.",
     [("Ysgol Meifod", "ORG"), ("£10,000", "MONEY"), ("Menter Môn", "ORG"), ("UN", "ORG")]),
])
def test_thirty_fifth_round_rules(tagger, text, expected):
    assert _tag(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("John Millen, trading as K.M. Millen Grab Hire, was jailed. The trustees of Abertillery Workmen’s Welfare Institute"
     " met. Brigid Scullion Manager CDM Community Transport spoke. Shropshire and Telford Community Energy (STCE) said so.",
     [("John Millen", "PERSON"), ("K.M. Millen Grab Hire", "ORG"), ("Abertillery Workmen’s Welfare Institute", "ORG"),
      ("Brigid Scullion", "PERSON"), ("CDM Community Transport", "ORG"), ("Shropshire and Telford Community Energy", "ORG"),
      ("STCE", "ORG")]),
    ("It supports the Criminal Records Unit of the Wales Council for Voluntary Action. We will do it by the end of the"
     " Parliament.\n\nMaurice Corry Conservative\n\nan extension of the Regional Community Transport service",
     [("Criminal Records Unit", "ORG"), ("Wales Council for Voluntary Action", "ORG"), ("Maurice Corry", "PERSON"),
      ("Conservative", "ORG")]),
])
def test_thirty_sixth_round_rules(tagger, text, expected):
    assert _tag(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Brian Bleese said the grants are: Upton Heath Friends (£3,000); Ferndown Town Council (£4,500); Holes Bay Group (£2,000).",
     [("Brian Bleese", "PERSON"), ("Upton Heath Friends", "ORG"), ("£3,000", "MONEY"), ("Ferndown Town Council", "ORG"),
      ("£4,500", "MONEY"), ("Holes Bay Group", "ORG"), ("£2,000", "MONEY")]),
])
def test_a_grant_list_opened_by_a_colon(tagger, text, expected):
    assert _tag(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The 3 groups to get grants are:\n\nBwlch y Groes Community Hall Committee (£6,090); Solva Care (£7,269); Yr Hen Ysgol, St"
     " Dogmaels (£26,816); Age Cymru Dyfed (£47,679).\n\nIt was announced on Monday by Pembrokeshire County Council.",
     [("Bwlch y Groes Community Hall Committee", "ORG"), ("£6,090", "MONEY"), ("Solva Care", "ORG"), ("£7,269", "MONEY"),
      ("Yr Hen Ysgol", "ORG"), ("£26,816", "MONEY"), ("Age Cymru Dyfed", "ORG"), ("£47,679", "MONEY"), ("Monday", "DATE"),
      ("Pembrokeshire County Council", "ORG")]),
    ("David Tyler (L), CEO of Community Matters and Joe Irvin (R), CEO of Navca. Is Big Society Capital a big problem? Tenancies"
     " let under the Agricultural Holdings Act 1986 [AHA] are old; AHA tenants object. It cost £2·5 million.",
     [("David Tyler", "PERSON"), ("Community Matters", "ORG"), ("Joe Irvin", "PERSON"), ("Navca", "ORG"),
      ("Big Society Capital", "ORG"), ("1986", "DATE"), ("£2·5 million", "MONEY")]),
])
def test_thirty_seventh_round_rules(tagger, text, expected):
    assert _tag(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Holestone Young Farmers’ Club scooped the Club of the Year accolade. It was turned down by the Social Investment"
     " Business. The Chairman of the International Fund for Ireland said so.",
     [("Holestone Young Farmers’ Club", "ORG"), ("Social Investment Business", "ORG"), ("International Fund for Ireland", "ORG")]),
])
def test_thirty_eighth_round_rules(tagger, text, expected):
    assert _tag(tagger, text) == expected


def test_coun_is_a_councillors_title(tagger):
    assert _tag(tagger, "Grants were agreed by Coun Bridgett and Coun Jeff Watson.") == [("Bridgett", "PERSON"),
                                                                                         ("Jeff Watson", "PERSON")]


_FRESH_ROUND_CASES = [
    pytest.param("Funding from the Scottish Government and Moray Council, together with grants. Bosses at Horbury Group on South Grove"
                 " and Trevor Wragg, founder and MD of Horbury Group, asked staff.",
                 [("Scottish Government", "ORG"), ("Moray Council", "ORG"), ("Horbury Group", "ORG"), ("Trevor Wragg", "PERSON"),
                  ("Horbury Group", "ORG")], id="rounds-40-41"),
    pytest.param("Distillers Gordon & MacPhail raised funds; Tyne & Wear and Health & Safety are no firms. It went to the Wildlife Trust"
                 " for Bedfordshire, Cambridgeshire, and Northamptonshire and to Purbeck District Council/Swanage Town Council.",
                 [("Gordon & MacPhail", "ORG"), ("Wildlife Trust for Bedfordshire, Cambridgeshire, and Northamptonshire", "ORG"),
                  ("Purbeck District Council", "ORG"), ("Swanage Town Council", "ORG")], id="rounds-40-41"),
    pytest.param("Whitehouse Presbyterian and St Vincent de Paul helped to conserve the Carmel Baptist Chapel. Mary T Conway said so."
                 " Hospices receive help from the Highland-based Scottish charity. COVID restrictions hit WWII veterans.",
                 [("Carmel Baptist Chapel", "ORG"), ("Mary T Conway", "PERSON")], id="rounds-40-41"),  # the chapel: optional in d892
    pytest.param("St Dogmaels based Bluegreen Cymru got it. The windfarm is run by Lewis Windpower - a partnership of two firms. It was"
                 " awarded to Cwm Harry Cultivate Cyfyngedig. Blue Energy, a renewable energy developer, and developer Michael McNamara.",
                 [("Bluegreen Cymru", "ORG"), ("Lewis Windpower", "ORG"), ("Cwm Harry Cultivate Cyfyngedig", "ORG"), ("Blue Energy", "ORG"),
                  ("Michael McNamara", "PERSON")], id="rounds-40-41"),
    pytest.param("Twaddel Ardoyne Shankill Communities in Transition (TASCIT) was allocated money. Joint Trade Associations (JTA) met."
                 " Ballinderry Shamrocks GAC and the joint WRU, FAW and Sport Wales group. The Northern Ireland Assembly Committee for"
                 " Social Development sat.",
                 [("Twaddel Ardoyne Shankill Communities in Transition", "ORG"), ("TASCIT", "ORG"), ("Joint Trade Associations", "ORG"),
                  ("JTA", "ORG"), ("Ballinderry Shamrocks GAC", "ORG"), ("WRU", "ORG"), ("FAW", "ORG"), ("Sport Wales", "ORG"),
                  ("Northern Ireland Assembly", "ORG"), ("Committee for Social Development", "ORG")], id="rounds-40-41"),
    pytest.param("Support from the NFU Mutual Charitable Trust and from the Industry and Parliament Trust. The funds were set up by Energia"
                 " Renewables. Having received £4,000, the hall reopened.",
                 [("NFU Mutual Charitable Trust", "ORG"), ("Parliament", "ORG"), ("Energia Renewables", "ORG"), ("£4,000", "MONEY")], id="round-42"),
    pytest.param("Others in Attendance\nCarol Mack Cadeirydd, Fforwm Cyllidwyr Cymru\nChair, Wales Funders Forum\nRichard Williams Prif"
                 " Weithredwr, y Sefydliad Cymunedol yng Nghymru",
                 [("Carol Mack", "PERSON"), ("Wales Funders Forum", "ORG"), ("Richard Williams", "PERSON")], id="round-42"),
    pytest.param("The Mid Ulster Local Action Group (LAG) chose it and the LAG paid. Chairperson of the Pomeroy District Sports and Cultural"
                 " Association Keith Buchanan MLA spoke. This round of The Woodland Investment Grant (TWIG) funded 23 projects.",
                 [("Mid Ulster Local Action Group", "ORG"), ("LAG", "ORG"), ("LAG", "ORG"),
                  ("Pomeroy District Sports and Cultural Association", "ORG"), ("Keith Buchanan", "PERSON")], id="round-42"),
    pytest.param("Each will receive a grant. Mike & Carolyn gave for their Ruby Wedding Anniversary. It houses the Shelley Collection."
                 " North Edinburgh Arts (NEA) has been given £156,000, as has vegetable-growing enterprise Transition Turriefield.",
                 [("North Edinburgh Arts", "ORG"), ("NEA", "ORG"), ("£156,000", "MONEY"), ("Transition Turriefield", "ORG")], id="round-43"),
    pytest.param("These include a community organisation based in Somerset and Lincoln Hometown Football Club. Next May six are chosen.",
                 [("Lincoln Hometown Football Club", "ORG"), ("Next May", "DATE")], id="round-43"),
    pytest.param("The awards are:\n- Lunar Gymnastics Club, Lesmahagow - £750 for kit\n- Biggar and District Community Heritage, Biggar - £400"
                 " for kit\n- 1st Lesmahagow Cubs and Beavers, Coalburn - £300 for kit\n- Wenvoe Community Library, Vale of Glamorgan - £90",
                 [("Lunar Gymnastics Club", "ORG"), ("£750", "MONEY"), ("Biggar and District Community Heritage", "ORG"), ("£400", "MONEY"),
                  ("1st Lesmahagow Cubs and Beavers", "ORG"), ("£300", "MONEY"), ("Wenvoe Community Library", "ORG"), ("£90", "MONEY")], id="round-44"),
    pytest.param("Tabled in the 2017-19 session. It is one of ten. He backs charities such as Riding for the Disabled. I visited Reseiclo in"
                 " Newport, a social enterprise. We thank the Glasgow Wood Recycling Project, a Drumchapel-based social enterprise.",
                 [("2017-19 session", "DATE"), ("Riding for the Disabled", "ORG"), ("Reseiclo", "ORG"), ("Glasgow Wood Recycling Project", "ORG")], id="round-44"),
    pytest.param("Christmas 2017 news round-up. Groups: Loanhead Housebound Group; Play Therapy Base; SiMBA; Pit Pony Productions; Esk"
                 " Valley Trust. He was demoted by Theresa May last year.",
                 [("Christmas 2017", "DATE"), ("Loanhead Housebound Group", "ORG"), ("Play Therapy Base", "ORG"), ("SiMBA", "ORG"),
                  ("Pit Pony Productions", "ORG"), ("Esk Valley Trust", "ORG"), ("Theresa May", "PERSON"), ("last year", "DATE")], id="round-45"),
    pytest.param("Michael Gove heads the Department of Environment, Food and Rural Affairs. Grants: £233k to Young Power in Social Action"
                 " (YPSA); £40m to Social Action Fund.",
                 [("Michael Gove", "PERSON"), ("Department of Environment, Food and Rural Affairs", "ORG"), ("£233k", "MONEY"),
                  ("Young Power in Social Action", "ORG"), ("YPSA", "ORG"), ("£40m", "MONEY")], id="round-45"),
    pytest.param("Accountants and business advisers Cassons backed it. Funding went to groups including City Harvest (£303,000), Food in"
                 " Community (£1.5 million), and FareShare (£9m). The Mayor of Causeway Coast and Glens Borough Council spoke.",
                 [("Cassons", "ORG"), ("City Harvest", "ORG"), ("£303,000", "MONEY"), ("Food in Community", "ORG"), ("£1.5 million", "MONEY"),
                  ("FareShare", "ORG"), ("£9m", "MONEY"), ("Causeway Coast and Glens Borough Council", "ORG")], id="round-46"),
    pytest.param("• Culbokie Community Trust – Culbokie Village Hub – Toilets - £30,000.\n• Fearn Amenities (SCIO) – a study - £20,640.\n"
                 "• Ferntosh Community Hall – wall repairs – £30,216.\nIt raised funds for Air Ambulance Northern Ireland (NI). The Bill was"
                 " laid before the Senedd by the end of the Senedd Spring term; the Welsh Youth Parliament backed it.",
                 [("Culbokie Community Trust", "ORG"), ("Culbokie Village Hub", "ORG"), ("£30,000", "MONEY"), ("Fearn Amenities", "ORG"),
                  ("£20,640", "MONEY"), ("Ferntosh Community Hall", "ORG"), ("£30,216", "MONEY"), ("Air Ambulance Northern Ireland", "ORG"),
                  ("Senedd", "ORG"), ("Senedd", "ORG"), ("Welsh Youth Parliament", "ORG")], id="round-46"),
    pytest.param("Speakers included Anna Hughes from Allsorts, Mark Pasco from Bournestream, Richard Bellis from the Willow Trust and"
                 " Ralph Darby of Dursley Community Centre. Geoff Fagan of CADISPA popped in. Lord Livsey of Talgarth and Sir William"
                 " Macpherson of Cluny, John Smith from York and Jane Doe of Leeds.",
                 [("Anna Hughes", "PERSON"), ("Allsorts", "ORG"), ("Mark Pasco", "PERSON"), ("Bournestream", "ORG"),
                  ("Richard Bellis", "PERSON"), ("Willow Trust", "ORG"), ("Ralph Darby", "PERSON"), ("Dursley Community Centre", "ORG"),
                  ("Geoff Fagan", "PERSON"), ("CADISPA", "ORG"), ("Livsey", "PERSON"), ("William Macpherson", "PERSON"),
                  ("John Smith", "PERSON"), ("Jane Doe", "PERSON")], id="rounds-47-48"),
    pytest.param("Egni Co-op opened its share offer while the Small Wind Co-op waited; shoppers at the Co-op gave more. Members of the Big"
                 " Lottery Fund Scotland Committee met the Chewing Gum Task Force.",
                 [("Egni Co-op", "ORG"), ("Small Wind Co-op", "ORG"), ("Co-op", "ORG"), ("Big Lottery Fund Scotland Committee", "ORG"),
                  ("Chewing Gum Task Force", "ORG")], id="rounds-47-48"),
    pytest.param("Grants were shared between Care in the Garden, The Way Forward and Wessex Cancer Support have been announced. The rest"
                 " was split between Blair in Bloom, the Rattray Access Network and the Guide Hall fund. Minister Muir said it helped the"
                 " PSNI, NIFRS and the Church in Wales.",
                 [("Care in the Garden", "ORG"), ("Way Forward", "ORG"), ("Wessex Cancer Support", "ORG"), ("Blair in Bloom", "ORG"),
                  ("Rattray Access Network", "ORG"), ("Muir", "PERSON"), ("PSNI", "ORG"), ("NIFRS", "ORG"), ("Church in Wales", "ORG")],
                 id="rounds-47-48"),
    pytest.param("The committee is chaired by Mr John Kelly and members include Dr Christine Kennedy, Dr Ruth McAreavey and Mr Conor"
                 " Corr. Cardiff Men in Sheds and the Llandod Shed met; Men's Shed groups grow. It went to Hope Baptist Church and the"
                 " Thriving Life Church.",
                 [("John Kelly", "PERSON"), ("Christine Kennedy", "PERSON"), ("Ruth McAreavey", "PERSON"), ("Conor Corr", "PERSON"),
                  ("Cardiff Men in Sheds", "ORG"), ("Llandod Shed", "ORG"), ("Hope Baptist Church", "ORG"), ("Thriving Life Church", "ORG")],
                 id="round-49"),
    pytest.param("Projects:\n• Porthcawl Girl Guides - refurbish their Guide Hut;\n• RCT Women’s Aid - create an office base in Aberdare;"
                 "\n• Bethany Baptist Church, Newport - repair their roof.\nIt was launched in Newtownards by Thriving Life Church.",
                 [("Porthcawl Girl Guides", "ORG"), ("RCT Women’s Aid", "ORG"), ("Bethany Baptist Church", "ORG"),
                  ("Thriving Life Church", "ORG")], id="round-49"),
    pytest.param("£222,926 for Tagsa Uibhist in Benbecula, a food project, and £183,744 for Gate Church in Dundee to refit."
                 " Craigavon Samaritans and Donaghcloney Royal British Legion got grants.",
                 [("£222,926", "MONEY"), ("Tagsa Uibhist", "ORG"), ("£183,744", "MONEY"), ("Gate Church", "ORG"),
                  ("Craigavon Samaritans", "ORG"), ("Donaghcloney Royal British Legion", "ORG")], id="towns"),
    pytest.param("The organisations benefitting from the donations are:\n\n• Access to Farms\n\n• RSABI\n\n• Tir Dewi\n\nSupporters of"
                 " the fund include Waitrose, Booths, Dairy Crest, Hovis and United Biscuits. Projects across Wales are receiving grants"
                 " from the Ecosystem Resilience, Diversity and Compliance Fund.",
                 [("Access to Farms", "ORG"), ("RSABI", "ORG"), ("Tir Dewi", "ORG"), ("Waitrose", "ORG"), ("Booths", "ORG"),
                  ("Dairy Crest", "ORG"), ("Hovis", "ORG"), ("United Biscuits", "ORG")], id="round-50"),
    pytest.param("Derry City and Strabane District Council, NEWRY, Mourne and Down District Council and Mid and East Antrim Council met in"
                 " the Newry, Mourne and Down District Council Boardroom with Ernest O'Hara BEM.",
                 [("Derry City and Strabane District Council", "ORG"), ("NEWRY, Mourne and Down District Council", "ORG"),
                  ("Mid and East Antrim Council", "ORG"), ("Newry, Mourne and Down District Council", "ORG"), ("Ernest O'Hara", "PERSON")],
                 id="round-50"),
    pytest.param("Penistone FM and the Torch Theatre backed Splo-Down Food Coop and Tremorfa Community Pantry. The FM said so.",
                 [("Penistone FM", "ORG"), ("Torch Theatre", "ORG"), ("Splo-Down Food Coop", "ORG"), ("Tremorfa Community Pantry", "ORG")],
                 id="round-50"),
    pytest.param("Gaada received £49,400, Ability Shetland £34,594, Advocacy Shetland £35,000 and Voluntary Action Shetland £39,708."
                 " Gerry Reynolds, Highland Council Events Officer said so.",
                 [("Gaada", "ORG"), ("£49,400", "MONEY"), ("Ability Shetland", "ORG"), ("£34,594", "MONEY"), ("Advocacy Shetland", "ORG"),
                  ("£35,000", "MONEY"), ("Voluntary Action Shetland", "ORG"), ("£39,708", "MONEY"), ("Gerry Reynolds", "PERSON"),
                  ("Highland Council", "ORG")], id="round-51"),
    pytest.param("More than £33,000 will be shared between 15 community groups in East Devon.\nThey include Colyton Caterpillars Early"
                 " Education, TRIP in Honiton, Rupert’s Under-Fives Preschool in Seaton, Arc in Axminster, Honiton Primary School PTFA and"
                 " Seaton Primary.",
                 [("£33,000", "MONEY"), ("Colyton Caterpillars Early Education", "ORG"), ("TRIP", "ORG"),
                  ("Rupert’s Under-Fives Preschool", "ORG"), ("Arc", "ORG"), ("Honiton Primary School PTFA", "ORG"), ("Seaton Primary", "ORG")],
                 id="round-52"),
    pytest.param("Full list of funded projects:\n\nCreative Orkney — a craft feasibility study.\n\nStromness Museum — Collections"
                 " Assistant.\n\nWestray Golf Club — new clubhouse.\n\nTeam – St John Ambulance Aberystwyth Division.",
                 [("Creative Orkney", "ORG"), ("Stromness Museum", "ORG"), ("Westray Golf Club", "ORG"), ("St John Ambulance", "ORG")],
                 id="round-52"),
    pytest.param("Projects include:\n  • £143,333 for New Start Highland (Inverness): a furniture hub\n  • £222,926 for Tagsa Uibhist"
                 " (Benbecula): a food project\n  • £183,744 for Gate Church (Dundee): a refit",
                 [("£143,333", "MONEY"), ("New Start Highland", "ORG"), ("£222,926", "MONEY"), ("Tagsa Uibhist", "ORG"), ("£183,744", "MONEY"),
                  ("Gate Church", "ORG")], id="round-52"),
    pytest.param("A café in Dumfries and Galloway was funded. Rona Aldrich, Wales Committee Member for the Big Lottery Fund, said the"
                 " Radio Racers Association went to the Grampian Car Club Endurance Race.",
                 [("Rona Aldrich", "PERSON"), ("Big Lottery Fund", "ORG"), ("Radio Racers Association", "ORG"), ("Grampian Car Club", "ORG")],
                 id="round-52"),
    pytest.param("Also present were Shropshire Councillors Christian Lea and William Parr. Sam Parker from Dragonflies Pre-school thanked"
                 " Nic Bromley. Shoppers vote under the Community Matters scheme, and groups can apply for donations from the Community"
                 " Matters scheme. Linda Watson lives on Nelson Drive.",
                 [("Christian Lea", "PERSON"), ("William Parr", "PERSON"), ("Sam Parker", "PERSON"), ("Dragonflies Pre-school", "ORG"),
                  ("Nic Bromley", "PERSON"), ("Linda Watson", "PERSON")], id="round-52"),
    pytest.param("List of attendees\n\n  • San Leonard (SL), Social Firms Wales\n  • Gareth Coles (GC), Creative Lives\n  • Lisa Wills (LW),"
                 " Arts Factory\n  • Hazel Lloyd Lubran (HL), CVC Cymru\n  • Dawn Bowden MS (DM), Deputy Minister for Arts\n\nLW said so.",
                 [("Social Firms Wales", "ORG"), ("Gareth Coles", "PERSON"), ("Creative Lives", "ORG"), ("Lisa Wills", "PERSON"),
                  ("Arts Factory", "ORG"), ("Hazel Lloyd Lubran", "PERSON"), ("CVC Cymru", "ORG"), ("Dawn Bowden", "PERSON")], id="round-53"),
    pytest.param("The event raised £3,700 to be split equally between five charities, with Damien House, the Simon Community, De Paul"
                 " Ireland and Ashmore House all to benefit. The men, who are employed by Bilfinger at Sullom Voe, walked. A"
                 " Birmingham-based deaf charity, Liverpool-based training centre and others got grants.",
                 [("£3,700", "MONEY"), ("Damien House", "ORG"), ("Simon Community", "ORG"), ("De Paul Ireland", "ORG"),
                  ("Ashmore House", "ORG"), ("Bilfinger", "ORG")], id="round-53"),
    pytest.param("Earlier last month, members of the Thornton Cleveleys Brass Band went to Grange. The Cup went to Sion Eilir Roberts of"
                 " Ruthin YFC. One of the men, John-William Halcrow, said so. Last night I went to the AGM of the Ratho Primary School"
                 " Parent Council.\n4 / Speaker – Staff of Wales & West Housing Association (W&W)\nThe plaques went to the Strawberry"
                 " Duck Hotel and Eskimo Café.",
                 [("last month", "DATE"), ("Thornton Cleveleys Brass Band", "ORG"), ("Sion Eilir Roberts", "PERSON"), ("Ruthin YFC", "ORG"),
                  ("John-William Halcrow", "PERSON"), ("Last night", "DATE"), ("Ratho Primary School Parent Council", "ORG"),
                  ("Wales & West Housing Association", "ORG"), ("Strawberry Duck Hotel", "ORG"), ("Eskimo Café", "ORG")], id="round-53"),
    pytest.param("Plaques were presented to the following sites:\n- Gordons Service Station, Horwich\n- Jumbles Tea Rooms, Jumbles"
                 " Reservoir\n- Vaughn’s cafe, Roddlesworth\n- Top Shop, Belmont Road, Sharples\nApologies / Beryl Blackmore / Marford CC",
                 [("Gordons Service Station", "ORG"), ("Jumbles Tea Rooms", "ORG"), ("Top Shop", "ORG"), ("Beryl Blackmore", "PERSON"),
                  ("Marford CC", "ORG")], id="round-53"),
    pytest.param("Witnesses:\nMs Paula Bradshaw South West Neighbourhood Renewal Partnership\nMs Renee Crawford Lenadoon Neighbourhood"
                 " Renewal Partnership\nMr Mark Finlay Inner South Belfast Neighbourhood Renewal Partnership\nMichael Hughes Rural Community"
                 " Network\nJoseph Rowntree Charitable Trust",
                 [("Paula Bradshaw", "PERSON"), ("South West Neighbourhood Renewal Partnership", "ORG"), ("Renee Crawford", "PERSON"),
                  ("Lenadoon Neighbourhood Renewal Partnership", "ORG"), ("Mark Finlay", "PERSON"),
                  ("Inner South Belfast Neighbourhood Renewal Partnership", "ORG"), ("Michael Hughes", "PERSON"),
                  ("Rural Community Network", "ORG"), ("Joseph Rowntree Charitable Trust", "ORG")], id="round-54"),
    pytest.param("Witnesses: Sir Stuart Etherington, Chief Executive, National Council for Voluntary Organisations, and Joe Irvin, Chief"
                 " Executive, NAVCA, gave evidence. Unlock has been awarded funding to help prisoners. A pilot runs in partnership with"
                 " Poppy Scotland. Students heard from MSP Tavish Scott and the food charity “Helping Hands”.",
                 [("Stuart Etherington", "PERSON"), ("National Council for Voluntary Organisations", "ORG"), ("Joe Irvin", "PERSON"),
                  ("NAVCA", "ORG"), ("Unlock", "ORG"), ("Poppy Scotland", "ORG"), ("Tavish Scott", "PERSON"), ("Helping Hands", "ORG")],
                 id="round-54"),
    pytest.param("The allocation of funding be noted as follows:\n\n2.   Suffolk Mind\n\n      2019     £5,000\n\n3.   Anglia Care"
                 " Trust\n\n      2019     £3,434\n\n4.   Suffolk West Citizens Advice (Debt Advice)\n\n      2019     £27,167",
                 [("Suffolk Mind", "ORG"), ("2019", "DATE"), ("£5,000", "MONEY"), ("Anglia Care Trust", "ORG"), ("2019", "DATE"),
                  ("£3,434", "MONEY"), ("Suffolk West Citizens Advice", "ORG"), ("2019", "DATE"), ("£27,167", "MONEY")], id="round-54"),
    pytest.param("Public Representatives\nWendy Wilson - Cawdor\nLynne Larby - Nairn Beekeepers\nDebbie Campbell - CALA After School"
                 " Club\nJulia Jerrett - Committee Member\nJane Semple - Cawdor SWRI\nThe Llandudno Rotary gave £500.",
                 [("Wendy Wilson", "PERSON"), ("Lynne Larby", "PERSON"), ("Nairn Beekeepers", "ORG"), ("Debbie Campbell", "PERSON"),
                  ("CALA After School Club", "ORG"), ("Julia Jerrett", "PERSON"), ("Jane Semple", "PERSON"), ("Cawdor SWRI", "ORG"),
                  ("Llandudno Rotary", "ORG"), ("£500", "MONEY")], id="round-54"),
    pytest.param("said Ian Watling, Chair of Trustees of the Pembrokeshire Foodbank. Pupils from Peterhead Academy came. The Institute"
                 " of Directors met.",
                 [("Ian Watling", "PERSON"), ("Pembrokeshire Foodbank", "ORG"), ("Peterhead Academy", "ORG"), ("Institute of Directors", "ORG")],
                 id="round-54"),
    pytest.param("The Zoological Society of London and Bangor University won £249,919. Devon and Cornwall Housing Association and Clydesdale"
                 " Bank and Yorkshire Bank met. Sean joined Harry Loane as he cut the ribbon and welcomed the Federation to Maghera.",
                 [("Zoological Society of London", "ORG"), ("Bangor University", "ORG"), ("£249,919", "MONEY"),
                  ("Devon and Cornwall Housing Association", "ORG"), ("Clydesdale Bank", "ORG"), ("Yorkshire Bank", "ORG"),
                  ("Harry Loane", "PERSON")], id="round-55"),
    pytest.param("Rugby Club hands over a cheque\n\nA rugby club, Bridgnorth Rugby Club, raised it. Louise Robertson – Deputy Head of"
                 " Campaigns and Communications spoke. Play Inc gains £540 to cover rent. Brigadier Aitken came. The Office of the"
                 " Permanent Secretary replied.",
                 [("Rugby Club", "ORG"), ("Bridgnorth Rugby Club", "ORG"), ("Louise Robertson", "PERSON"), ("Play Inc", "ORG"), ("£540", "MONEY"),
                  ("Aitken", "PERSON"), ("Office of the Permanent Secretary", "ORG")], id="round-55"),
    pytest.param("The successful organisations are:\n\nV2 Gallery (supporting work in Pembroke Dock)\n\nGreen Squirrel (Splott, Cardiff)\n\n"
                 "Brighter Futures (Rhyl)\n\nThe committee handed over a cheque - for £45,000 - to Action Cancer. Thanks to the sponsors of the"
                 " raffle – Busta House, Malakoff Ltd, Seafood Shetland and Brae Garage.",
                 [("V2 Gallery", "ORG"), ("Green Squirrel", "ORG"), ("Brighter Futures", "ORG"), ("£45,000", "MONEY"), ("Action Cancer", "ORG"),
                  ("Busta House", "ORG"), ("Malakoff Ltd", "ORG"), ("Seafood Shetland", "ORG"), ("Brae Garage", "ORG")], id="round-56"),
    pytest.param("They raised £41,000 for Air Ambulance Northern Ireland (AANI). AANI thanked them. Jo Smith, Vice-Chair of the Leisure &"
                 " Community Development Committee, met the National Lottery Heritage Fund Committee for Wales. Public donations to the BBC’s"
                 " Big Night In charity appeal rose.",
                 [("£41,000", "MONEY"), ("Air Ambulance Northern Ireland", "ORG"), ("AANI", "ORG"), ("AANI", "ORG"), ("Jo Smith", "PERSON"),
                  ("Leisure & Community Development Committee", "ORG"), ("National Lottery Heritage Fund Committee for Wales", "ORG"),
                  ("BBC", "ORG")], id="round-56"),
    pytest.param("Skye and Lochalsh Council for Voluntary Organisations managed it, with grants from the Atlantic Philanthropies. Anne"
                 " Walsh, Chairperson of Lilac Cancer Support, spoke. A donation went to the Swansea-based charity Faith in Families."
                 " David Cruickshank, Executive Director at Lambhill Stables, said Lambhill Stables previously received over £360,000.",
                 [("Skye and Lochalsh Council for Voluntary Organisations", "ORG"), ("Atlantic Philanthropies", "ORG"), ("Anne Walsh", "PERSON"),
                  ("Lilac Cancer Support", "ORG"), ("Faith in Families", "ORG"), ("David Cruickshank", "PERSON"), ("Lambhill Stables", "ORG"),
                  ("Lambhill Stables", "ORG"), ("£360,000", "MONEY")], id="round-57"),
    pytest.param("Guest: Jo Walton (Eneco). Grants came from the Mid Wales Community Energy Trust (‘Windfall’). Windfall supports halls."
                 "\n\nApplicant: Inspirate\n\nWe met at the Hunterian Museum and Art Gallery and the Museum of Edinburgh on the Royal Mile."
                 " Thorne and Moorends Community Hub and Food Bank opened.\n\nCHARITY UPDATE AUGUST 2021",
                 [("Jo Walton", "PERSON"), ("Eneco", "ORG"), ("Mid Wales Community Energy Trust", "ORG"), ("Windfall", "ORG"), ("Windfall", "ORG"),
                  ("Inspirate", "ORG"), ("Hunterian Museum and Art Gallery", "ORG"), ("Museum of Edinburgh", "ORG"),
                  ("Thorne and Moorends Community Hub and Food Bank", "ORG"), ("AUGUST 2021", "DATE")], id="rounds-57-58"),
    pytest.param("Present: Councillor N. Moore (Chairman); Councillor E. Williams (Vice-Chairman); Councillors C.P.J. Elmore and R.A."
                 " Penrose. Welcome to the Local Government and Communities Committee. I wrote to the Chairs and Chief Executives of"
                 " Volunteer Centres. Jo Smith, Friend of the Anglesey Red Squirrels Association, came to Thurso Town Centre.\n\n"
                 "Runners-up: Saxton Village Hall and a local charity group. Mike Hedges (Swansea East): Will the Minister act? The"
                 " Statement of Chief Executive follows.",
                 [("N. Moore", "PERSON"), ("E. Williams", "PERSON"), ("C.P.J. Elmore", "PERSON"), ("R.A. Penrose", "PERSON"),
                  ("Local Government and Communities Committee", "ORG"), ("Jo Smith", "PERSON"), ("Anglesey Red Squirrels Association", "ORG"),
                  ("Saxton Village Hall", "ORG"), ("Mike Hedges", "PERSON")], id="round-59"),
    pytest.param("We are delighted to be working with the Welsh Government and Planed to deliver it. We are grateful to Cadwyn Clwyd and"
                 " the Big Lottery Fund for their support. The Department of Health and the NHS met. The RSPB and Social Care spoke.",
                 [("Welsh Government", "ORG"), ("Planed", "ORG"), ("Cadwyn Clwyd", "ORG"), ("Big Lottery Fund", "ORG"),
                  ("Department of Health", "ORG"), ("NHS", "ORG"), ("RSPB", "ORG")], id="rounds-57-59-pairs"),
    pytest.param("Councillors RM Lewis and M Williams; Ms. B.E. Brooks, L. Burnett and G. John. Apologies Rhianwen Edwards (RE) - Grŵp"
                 " Cynefin (GC), Arfon Hughes (AH). Cllr Jo Smith, Elected Member of Barry Town Council, read a Report by East Kintyre"
                 " Community Council. The Committee for Communities met. Accounts for the year ending 31 March 2015 and the financial"
                 " year 2013/14 were read.",
                 [("RM Lewis", "PERSON"), ("M Williams", "PERSON"), ("B.E. Brooks", "PERSON"), ("L. Burnett", "PERSON"),
                  ("G. John", "PERSON"), ("Rhianwen Edwards", "PERSON"), ("Grŵp Cynefin", "ORG"), ("GC", "ORG"), ("Arfon Hughes", "PERSON"),
                  ("Jo Smith", "PERSON"), ("Barry Town Council", "ORG"), ("East Kintyre Community Council", "ORG"),
                  ("Committee for Communities", "ORG"), ("the year ending 31 March 2015", "DATE"), ("the financial year 2013/14", "DATE")],
                 id="round-60"),
    pytest.param("A reception organised by The Halifax Foundation for Northern Ireland at Stormont. Attending were Eileen Fell (Care in"
                 " Crisis) and Brian Scott. Staff from Finance Wales and Waterski and Wakeboard Scotland joined WEN Wales. The Fishing"
                 " Wales project grew in Mid Wales.",
                 [("Halifax Foundation for Northern Ireland", "ORG"), ("Eileen Fell", "PERSON"), ("Care in Crisis", "ORG"),
                  ("Brian Scott", "PERSON"), ("Finance Wales", "ORG"), ("Waterski and Wakeboard Scotland", "ORG"), ("WEN Wales", "ORG")],
                 id="round-61-nations"),
    pytest.param("Decision\n\nPewsey Vale Ladies Netball Club was awarded £1,000.\n\nReason – The application met the criteria.\n\n"
                 "Decision\n\nMarden Village Hall was awarded £1,501.\n\nReason – The application met the criteria.\n\nDecision\n\n"
                 "Sunflowers Pre-school was awarded £981.\n\nReason – The application met the criteria.\n\nBlackpool, Wyre and Fylde"
                 " Council for Voluntary Service Annual General Meeting\n\nThe Fermanagh and Omagh Community Planning Strategic Partnership"
                 " Board met on the United Nations International Year of Volunteers at Lough Neagh.",
                 [("Pewsey Vale Ladies Netball Club", "ORG"), ("£1,000", "MONEY"), ("Marden Village Hall", "ORG"), ("£1,501", "MONEY"),
                  ("Sunflowers Pre-school", "ORG"), ("£981", "MONEY"), ("Blackpool, Wyre and Fylde Council for Voluntary Service", "ORG"),
                  ("Fermanagh and Omagh Community Planning Strategic Partnership Board", "ORG"), ("United Nations", "ORG")],
                 id="round-61-labels-and-meetings"),
    pytest.param("Village Hall: £8,000 towards repairs.\n\nGreen Tye Players: £150 towards a sound system.\n\nMuch Hadham Fire Station:"
                 " £126 for the defibrillator.\n\nThere was £61 for print group Printers in the Sticks, £861 for Ray Ceredigion, which"
                 " supports families, and £500 for Opera Teifi. Awards went to Crathes Public Hall Trust, Maryculter Driving for the"
                 " Disabled and Maryculter Woodlands Trust. The heaviest fish went to Donald James Preston. Haverfordwest’s Garth Youth"
                 " and Community Project won.",
                 [("Village Hall", "ORG"), ("£8,000", "MONEY"), ("Green Tye Players", "ORG"), ("£150", "MONEY"),
                  ("Much Hadham Fire Station", "ORG"), ("£126", "MONEY"), ("£61", "MONEY"), ("Printers in the Sticks", "ORG"),
                  ("£861", "MONEY"), ("Ray Ceredigion", "ORG"), ("£500", "MONEY"), ("Opera Teifi", "ORG"), ("Crathes Public Hall Trust", "ORG"),
                  ("Maryculter Driving for the Disabled", "ORG"), ("Maryculter Woodlands Trust", "ORG"), ("Donald James Preston", "PERSON")],
                 id="round-61-grant-lists"),
    pytest.param("1.   Attending\nFrodsham Town Council                              Cllr Pammi Taylor – PT\n\n1.GLENGARRY SHINTY CLUB."
                 " Applied for £1986.00.\n\nThe DSD gave funding for the IFA and Ulster GAA to run it. The groups shared it: Borth"
                 " Coastguard, £200; Borth WI, £400; Fire Brigade, £550; Playing Fields, £1,000.\n\nLegal and Administrative Details\n\n"
                 "Auditors: Robinson Reed Layton, Peat House, Newham Road\n\nSolicitors: Stephens & Scown, Osprey House\n\nJocelyn Davies"
                 " (Chair) Simon Thomas Witnesses: Alun Davies",
                 [("Frodsham Town Council", "ORG"), ("Pammi Taylor", "PERSON"), ("GLENGARRY SHINTY CLUB", "ORG"), ("£1986.00", "MONEY"),
                  ("DSD", "ORG"), ("IFA", "ORG"), ("Ulster GAA", "ORG"), ("Borth Coastguard", "ORG"), ("£200", "MONEY"), ("Borth WI", "ORG"),
                  ("£400", "MONEY"), ("Fire Brigade", "ORG"), ("£550", "MONEY"), ("Playing Fields", "ORG"), ("£1,000", "MONEY"),
                  ("Robinson Reed Layton", "ORG"), ("Stephens & Scown", "ORG"), ("Jocelyn Davies", "PERSON"), ("Simon Thomas", "PERSON"),
                  ("Alun Davies", "PERSON")], id="round-62"),
    pytest.param("The groups can plan again, the committee said\nBorth Carnival Committee is looking forward to it. We had a great Miss"
                 " Chard. The event was organised by the team behind UISCE (Understanding Ireland Socially Culturally Economically)."
                 " Dmitri is a previous volunteer with UISCE. The Fund is provided by wind farm owners Ventient Energy.",
                 [("Borth Carnival Committee", "ORG"), ("UISCE", "ORG"), ("Understanding Ireland Socially Culturally Economically", "ORG"),
                  ("UISCE", "ORG"), ("Ventient Energy", "ORG")], id="round-62-evidence"),
    pytest.param("PRESENT :Executive Member\n\nCouncillors B. Sutton\n\nR. Jones\n\nT. Sharrem\n\nWITH :Leisure Services Manager\n\n"
                 "Business Admin Manager\n\nPresent: Councillors Clarke, Cuddy, Monteith (7.03 pm), G Shiels and Wilson. Apologies from"
                 " Aldermen McCoubrey and McKee. In May 2019 the members of the Kelburn Wind Farm Community Fund met. A new hall worth £½"
                 " million opened. Present Miss Alice James (County Vice-chairman); Alwyn Evans (County President Elect), Helen Hodges.",
                 [("B. Sutton", "PERSON"), ("R. Jones", "PERSON"), ("T. Sharrem", "PERSON"), ("Clarke", "PERSON"), ("Cuddy", "PERSON"),
                  ("Monteith", "PERSON"), ("G Shiels", "PERSON"), ("Wilson", "PERSON"), ("McCoubrey", "PERSON"), ("McKee", "PERSON"),
                  ("May 2019", "DATE"), ("Kelburn Wind Farm Community Fund", "ORG"), ("£½ million", "MONEY"), ("Alice James", "PERSON"),
                  ("Alwyn Evans", "PERSON"), ("Helen Hodges", "PERSON")], id="round-63"),
    pytest.param("The applications were submitted, whereupon it was\n\nRESOLVED to recommend the following grants:\n\n(1) Llandogo Hall"
                 " requested £5,200 to replace equipment.\n\nHe helped Frodsham District Scouts with it.",
                 [("Llandogo Hall", "ORG"), ("£5,200", "MONEY"), ("Frodsham District Scouts", "ORG")], id="round-63-grants"),
    pytest.param("We would like to thank our sponsors Arnold Clark and the pipers of the 195th BB Pipe Band. Provided by Argyll Council"
                 " on 21st December. Minister Carál Ní Chuilín spoke at the Ordinary Meeting of the Council. The Showmen’s Guild met.",
                 [("Arnold Clark", "ORG"), ("195th BB Pipe Band", "ORG"), ("Argyll Council", "ORG"), ("21st December", "DATE"),
                  ("Carál Ní Chuilín", "PERSON"), ("Showmen’s Guild", "ORG")], id="round-64"),
    pytest.param("By Carmarthen Journal  |  Posted: today\n\nThe Showmen’s Guild South Wales and Northern Ireland asked for a grant.",
                 [("Carmarthen Journal", "ORG"), ("today", "DATE"), ("Showmen’s Guild South Wales and Northern Ireland", "ORG")],
                 id="round-64-names"),
    pytest.param("Committee : Aldermen – L Clarke, D Kinahan and J McGrath Councillors - P Dunlop and R Wilson\n\nOfficers Present :"
                 " Head of Arts & Culture – U Fay Head of Community Planning – L Moore\n\nApologies: Alderman – M Girvan\n\nProject Hope"
                 " – A Place to Grow.\n\nThe scheme is led by Councillor David Alston, Depute Leader of the Council.",
                 [("L Clarke", "PERSON"), ("D Kinahan", "PERSON"), ("J McGrath", "PERSON"), ("P Dunlop", "PERSON"), ("R Wilson", "PERSON"),
                  ("U Fay", "PERSON"), ("L Moore", "PERSON"), ("M Girvan", "PERSON"), ("David Alston", "PERSON")], id="round-65"),
    pytest.param("Awards were given to:\nA Band of Brothers - £2000\nBlueprint 22 - £1500\nThe Springboard Project - £1500\nPACSO - £600"
                 "\n\nThe Northern Ireland winners are:\n- Lynn Social Club in Larne - for bringing people together.\n- Voluntary"
                 " Service Belfast's security team - for advice.\n- Walkway Women's Group in Belfast - for support.",
                 [("A Band of Brothers", "ORG"), ("£2000", "MONEY"), ("Blueprint 22", "ORG"), ("£1500", "MONEY"),
                  ("Springboard Project", "ORG"), ("£1500", "MONEY"), ("PACSO", "ORG"), ("£600", "MONEY"), ("Lynn Social Club", "ORG"),
                  ("Voluntary Service Belfast", "ORG"), ("Walkway Women's Group", "ORG")], id="round-66-lists"),
    pytest.param("I welcome the officials from the Scottish Executive—Mark Batho, head of the social justice group, Sheenagh Adams,"
                 " head of the voluntary issues unit. Mr Chris White, FC Comets, gave a verbal presentation. Mrs Vicky Wyer of"
                 " Churchgate Resurgance PB delivered a talk. Riddell Fiddles, who were awarded £6,300, teach online.",
                 [("Scottish Executive", "ORG"), ("Mark Batho", "PERSON"), ("Sheenagh Adams", "PERSON"), ("Chris White", "PERSON"),
                  ("FC Comets", "ORG"), ("Vicky Wyer", "PERSON"), ("Churchgate Resurgance PB", "ORG"), ("£6,300", "MONEY")],
                 id="round-66-speakers"),
    pytest.param("PRESENT\n\nCouncillors M. Clark, Donnelly, Fagan and Robertson.\n\nGrants went to St. Canna’s Church and Eglwys"
                 " Dewi Sant. Gordon Cree declared an interest in Newmilns Regeneration Association (GC 6604). Funding for Third"
                 " Sector Support Wales and Hywel Dda University Health Board; NHS Greater Glasgow and Clyde agreed.",
                 [("M. Clark", "PERSON"), ("Donnelly", "PERSON"), ("Fagan", "PERSON"), ("Robertson", "PERSON"),
                  ("St. Canna’s Church", "ORG"), ("Eglwys Dewi Sant", "ORG"), ("Gordon Cree", "PERSON"),
                  ("Newmilns Regeneration Association", "ORG"), ("Third Sector Support Wales", "ORG"),
                  ("Hywel Dda University Health Board", "ORG"), ("NHS Greater Glasgow and Clyde", "ORG")], id="round-66"),
    pytest.param("Aldermen: M Henderson MBE, W A Leathem, S P Porter and J Tinsley Councillors: N Anderson, R T Beckett and J Gray MBE Ex"
                 " Officio Deputy Mayor, Alderman S Martin The Monthly Meeting will be held.",
                 [("M Henderson", "PERSON"), ("W A Leathem", "PERSON"), ("S P Porter", "PERSON"), ("J Tinsley", "PERSON"),
                  ("N Anderson", "PERSON"), ("R T Beckett", "PERSON"), ("J Gray", "PERSON")], id="round-67-members"),
    pytest.param("Mr Jonathan Clark, Director of Service Design, Skills Development Scotland (SDS), will give a presentation on SDS"
                 " work. The Community Shares Scotland (CSS) team helped. Youth Work Ireland and the Football Association of Ireland"
                 " agreed. Our Christian Aid Week collection raised £330.",
                 [("Jonathan Clark", "PERSON"), ("Skills Development Scotland", "ORG"), ("SDS", "ORG"), ("SDS", "ORG"),
                  ("Community Shares Scotland", "ORG"), ("CSS", "ORG"), ("Youth Work Ireland", "ORG"),
                  ("Football Association of Ireland", "ORG"), ("Christian Aid", "ORG"), ("£330", "MONEY")], id="round-67-bodies"),
    pytest.param("Present: Ian Hughes (Chair), O P Huws, Gwynne Williams, Nerys Williams.\nO P Huws – people, potential\nNerys –"
                 " people, community\nGwynne – the band, and the wife\nEnvironment – a lot of work being done.",
                 [("Ian Hughes", "PERSON"), ("Gwynne Williams", "PERSON"), ("Nerys Williams", "PERSON")], id="round-67-notes"),
    pytest.param("Volunteer of the year\n- Coatbridge Citizens Advice Bureau – Nan Fotheringham\n- Kairos Women+ – Ruth Hart\n- Quarriers"
                 " – Christopher Mathers\n\nIt was seconded by Cllr Pauline Church.",
                 [("Coatbridge Citizens Advice Bureau", "ORG"), ("Nan Fotheringham", "PERSON"), ("Kairos Women+", "ORG"),
                  ("Ruth Hart", "PERSON"), ("Quarriers", "ORG"), ("Christopher Mathers", "PERSON"), ("Pauline Church", "PERSON")],
                 id="round-68-nominees"),
    pytest.param("Present:\nArthur Forbes Aberdeen Civic Forum\nFay Morrison Regeneration Matters\nJody Reid Regeneration Matters\nDave"
                 " Kilgour Aberdeen City Council\nSian Jones Clerc\n",
                 [("Arthur Forbes", "PERSON"), ("Aberdeen Civic Forum", "ORG"), ("Fay Morrison", "PERSON"), ("Regeneration Matters", "ORG"),
                  ("Jody Reid", "PERSON"), ("Regeneration Matters", "ORG"), ("Dave Kilgour", "PERSON"), ("Aberdeen City Council", "ORG"),
                  ("Sian Jones", "PERSON")], id="round-68-attendance"),
    pytest.param("The money was shared between Essex Air Ambulance, Essex Clergy Charity, St. Mungo’s and Richard House. He continues to"
                 " be supported by George who takes him to his lodge meetings. The Orange Order thanked the Red Cross. Pupils from Sgoil"
                 " Lionacleit sang.",
                 [("Essex Air Ambulance", "ORG"), ("Essex Clergy Charity", "ORG"), ("St. Mungo’s", "ORG"), ("Richard House", "ORG"),
                  ("Orange Order", "ORG"), ("Red Cross", "ORG"), ("Sgoil Lionacleit", "ORG")], id="round-69"),
    pytest.param("2.  Reeves Community Orchard application for £589 to purchase tools.\n\n4. Trowbridge Tigers Football Club application"
                 " for £233 to host a tournament to raise the profile of lesbian/gay/bisexual and transgender (LGBT) people. ACEVO's bid"
                 " for a strategic grant has been agreed.",
                 [("Reeves Community Orchard", "ORG"), ("£589", "MONEY"), ("Trowbridge Tigers Football Club", "ORG"), ("£233", "MONEY"),
                  ("ACEVO", "ORG")], id="user-check-applications"),
    pytest.param("Community Area Grants:\n\n· Busy Kids Outdoor Shelter - £2,000 towards a shelter\n\n· Worton & Cheverell FC - £500"
                 " towards goal posts\n\n· Devizes Netball Club - £1,432 towards coaching",
                 [("Busy Kids Outdoor Shelter", "ORG"), ("£2,000", "MONEY"), ("Worton & Cheverell FC", "ORG"), ("£500", "MONEY"),
                  ("Devizes Netball Club", "ORG"), ("£1,432", "MONEY")], id="user-check-middle-dot-bullets"),
    pytest.param("The hall can host more thanks to a community grant from Councillor Martin Hatley. The Councillor Community Grant"
                 " scheme helps to fund community-led initiatives.",
                 [("Martin Hatley", "PERSON")], id="user-check-a-scheme-after-a-title"),
    pytest.param("The full break down of grants is as follows:\n\nHeadway, various locations, £80,000\nPAMIS, Dundee, £100,000\nScottish"
                 " Huntington’s, Paisley, £73,000\nSandyford Thrive, Glasgow, £35,000\n",
                 [("Headway", "ORG"), ("£80,000", "MONEY"), ("PAMIS", "ORG"), ("£100,000", "MONEY"), ("Scottish Huntington", "ORG"),
                  ("£73,000", "MONEY"), ("Sandyford Thrive", "ORG"), ("£35,000", "MONEY")], id="round-70-name-place-amount"),
    pytest.param("Penarth Rotary has been raising funds with Penarth Round Table. The cheques totalled:\n– £3,000 from King’s Lynn"
                 " Lions\n– £3,600 from Swaffham Lions\nThe Inner Wheel thanked Abergavenny Rotary.",
                 [("Penarth Rotary", "ORG"), ("Penarth Round Table", "ORG"), ("£3,000", "MONEY"), ("King’s Lynn Lions", "ORG"),
                  ("£3,600", "MONEY"), ("Swaffham Lions", "ORG"), ("Inner Wheel", "ORG"), ("Abergavenny Rotary", "ORG")],
                 id="round-70-local-clubs"),
    pytest.param("Children from the Glenboig Playscheme thanked Albion Rovers FC for its donation. Albion Rovers will play again.",
                 [("Glenboig Playscheme", "ORG"), ("Albion Rovers FC", "ORG"), ("Albion Rovers", "ORG")], id="round-70-football-club"),
    pytest.param("£15,000 was awarded to the Highland Museum of Childhood to assist with the cost. The 1,000th grant was awarded to"
                 " Glasgow-based Bike for Good for their project. £80m will be allocated to the Community First programme.",
                 [("£15,000", "MONEY"), ("Highland Museum of Childhood", "ORG"), ("Bike for Good", "ORG"), ("£80m", "MONEY")],
                 id="round-70-awarded-to"),
    pytest.param("Alternatives West Dunbartonshire CDS has received funding from the Scottish Government. Special Olympics Ulster"
                 " thanked Send a Cow and the Scottish FA.",
                 [("Alternatives West Dunbartonshire CDS", "ORG"), ("Scottish Government", "ORG"), ("Special Olympics Ulster", "ORG"),
                  ("Send a Cow", "ORG"), ("Scottish FA", "ORG")], id="round-70-recipient-and-charities"),
    pytest.param("Yours faithfully,\nAmy Coyte Chief Executive, Bat Conservation Trust\nTony Gent Chief Executive, Herpetological"
                 " Conservation Trust\n",
                 [("Amy Coyte", "PERSON"), ("Bat Conservation Trust", "ORG"), ("Tony Gent", "PERSON"),
                  ("Herpetological Conservation Trust", "ORG")], id="round-71-signatures"),
    pytest.param("The meeting was attended by Shan Williams, of 4CG, a community group in Cardigan. Last year the Dean of Belfast, the"
                 " Very Rev Dr Houston McKelvey invited nominations.",
                 [("4CG", "ORG"), ("Last year", "DATE"), ("Houston McKelvey", "PERSON")], id="round-71-people"),
    pytest.param("Witnesses: Midlothian Third Sector Interface, Voluntary Action North Lanarkshire and Voluntary Action Fife. Prisoners"
                 " at HMP Addiewell took part.",
                 [("Midlothian Third Sector Interface", "ORG"), ("Voluntary Action North Lanarkshire", "ORG"),
                  ("Voluntary Action Fife", "ORG"), ("HMP Addiewell", "ORG")], id="round-71-interfaces-and-prisons"),
    pytest.param("Companies included Thomas Hardies Commercials and Cartwright Trailer Builders. Local groups dominate shortlist for"
                 " Scottish Charity Awards. Services were held in St Anne’s Cathedral and Saron Chapel.",
                 [("Thomas Hardies Commercials", "ORG"), ("Cartwright Trailer Builders", "ORG"), ("St Anne’s Cathedral", "ORG"),
                  ("Saron Chapel", "ORG")], id="round-71-trades-and-churches"),
    pytest.param("Donations went to Cancer Research, the Cyrenians and the Chest Heart and Stroke Society. Downham Market Lions,"
                 " Swaffham Lions and Wells Lions gave.",
                 [("Cancer Research", "ORG"), ("Cyrenians", "ORG"), ("Chest Heart and Stroke Society", "ORG"),
                  ("Downham Market Lions", "ORG"), ("Swaffham Lions", "ORG"), ("Wells Lions", "ORG")], id="round-71-charities-and-clubs"),
    pytest.param("Anglesey council tax rose. People have shown resilience against Gwynedd council’s cuts. Albion Rovers beat Leeds"
                 " United and Bolton Wanderers.",
                 [("Gwynedd council", "ORG"), ("Albion Rovers", "ORG"), ("Leeds United", "ORG"),
                  ("Bolton Wanderers", "ORG")], id="round-72-councils-and-clubs"),
    pytest.param("Reporters donated £563 to Bluebell Wood Children’s Hospice. Bluebell Wood provides care. The arrangements were on"
                 " display at the Slemish Area WI AGM.",
                 [("£563", "MONEY"), ("Bluebell Wood Children’s Hospice", "ORG"), ("Bluebell Wood", "ORG"), ("Slemish Area WI", "ORG")],
                 id="round-72-short-forms"),
    pytest.param("Money went to the Provincial Grand Lodge of Armagh. Tŷ Hafan Chief Executive Maria Timon Samra thanked them.",
                 [("Provincial Grand Lodge of Armagh", "ORG"), ("Tŷ Hafan", "ORG"), ("Maria Timon Samra", "PERSON")],
                 id="round-73-lodge-and-head"),
    pytest.param("Home Start Aberdeen today receives £10,000 to pilot a shop. It is the focus of a £10,000 award to Support for"
                 " Ordinary Living (SOL). SOL said so. Space4U and Techniquest have both been awarded money. Supporting Communities,"
                 " previously known as NI Tenants Action Project (NITAP), is 40.",
                 [("Home Start Aberdeen", "ORG"), ("today", "DATE"), ("£10,000", "MONEY"), ("£10,000", "MONEY"),
                  ("Support for Ordinary Living", "ORG"), ("SOL", "ORG"), ("SOL", "ORG"), ("Space4U", "ORG"), ("Techniquest", "ORG"),
                  ("Supporting Communities", "ORG"), ("NI Tenants Action Project", "ORG"), ("NITAP", "ORG")], id="round-74-grants-and-renaming"),
    pytest.param("Development Trusts Association (DTA) Scotland grew. Ian Cooke, Director of DTA Scotland, spoke on the 4th and 5th of"
                 " September 2016.",
                 [("Development Trusts Association", "ORG"), ("DTA", "ORG"), ("Ian Cooke", "PERSON"), ("DTA Scotland", "ORG"),
                  ("4th", "DATE"), ("5th of September 2016", "DATE")], id="round-74-acronym-and-nation"),
    pytest.param("Eleven other charities have also been awarded funding including:\n\n  • Presteigne Festival – Presteigne\n  • Cylch"
                 " Meithrin y Felinheli – Gwynedd\n\nThese projects include providing pupils with STEM (Science, Technology, Engineering"
                 " and Maths) activity.",
                 [("Presteigne Festival", "ORG"), ("Cylch Meithrin y Felinheli", "ORG")], id="round-74-bulleted-recipients"),
    pytest.param("Wildwood celebrates\n\nWildwood’s team gave. Groups such as Wildwood Trust are trying. The people of Assynt and Gigha"
                 " thanked the Assynt Foundation.",
                 [("Wildwood", "ORG"), ("Wildwood", "ORG"), ("Wildwood Trust", "ORG"), ("Assynt Foundation", "ORG")],
                 id="round-74-a-trusts-short-name"),
    pytest.param("Visiting Tiree Community Development Trust\n\nThomas Wornham, NFU National Poultry Board chairman, met the Scottish"
                 " Forestry & Timber Technology Group and the Trillick 2020 Community Group.",
                 [("Tiree Community Development Trust", "ORG"), ("Thomas Wornham", "PERSON"), ("NFU", "ORG"),
                  ("National Poultry Board", "ORG"), ("Scottish Forestry & Timber Technology Group", "ORG"),
                  ("Trillick 2020 Community Group", "ORG")], id="round-74-longer-names"),
    pytest.param("Present:\nSimon Rennie, Chair\nNigel Hooper\nTim Hall\nMeriel Young\nGuy Watt\n\nThe Local Shows Development Fund was"
                 " launched to fund WiFi at shows. The CAP post-2020 was discussed.",
                 [("Simon Rennie", "PERSON"), ("Nigel Hooper", "PERSON"), ("Tim Hall", "PERSON"), ("Meriel Young", "PERSON"),
                  ("Guy Watt", "PERSON")], id="round-74-attendance-and-things"),
    pytest.param("Cornwall has 20 Young Farmers’ Clubs (YFC). Sophie Olds is the new Cornwall YFC county chair; a member of Roche YFC won"
                 " a trip. Kit came with sponsorship money from the Village Barber Shop on High Street. Picture: DaraChristineSilva",
                 [("Young Farmers’ Clubs", "ORG"), ("YFC", "ORG"), ("Sophie Olds", "PERSON"), ("Cornwall YFC", "ORG"), ("Roche YFC", "ORG"),
                  ("Village Barber Shop", "ORG")], id="round-75-local-clubs-and-sponsors"),
    pytest.param("Other funding bodies were involved like the Carol Ships Festival in Strangford. Some of Monmouthshire Housing"
                 " Association’s contractors gave. We now run a Day Nursery.",
                 [("Monmouthshire Housing Association", "ORG")], id="round-75-no-person-group-or-kind"),
    pytest.param("The work began with organisations including the National Library for Wales, the Archives and Records Council Wales"
                 " and Race Council Cymru. It was for the Select Committee on Environment, Food and Rural Affairs and the Office of the"
                 " Commissioner for Public Appointments.",
                 [("National Library for Wales", "ORG"), ("Archives and Records Council Wales", "ORG"), ("Race Council Cymru", "ORG"),
                  ("Select Committee on Environment, Food and Rural Affairs", "ORG"),
                  ("Office of the Commissioner for Public Appointments", "ORG")], id="round-75-longer-names"),
    pytest.param("Ministers Murphy, Poots and Mallon said they would act.\n\nApologies: Councillors C O’Neill, McEldowney and J Shiels.",
                 [("Murphy", "PERSON"), ("Poots", "PERSON"), ("Mallon", "PERSON"), ("C O’Neill", "PERSON"), ("McEldowney", "PERSON"),
                  ("J Shiels", "PERSON")], id="round-75-surnames-after-a-plural-title"),
    pytest.param("Hendy Wind Farm Decision 18-11-18 Update\n\nGroundwork came into existence back in the early eighties. Viscount"
                 " Bledisloe presented awards at the Minchinhampton Rugby Football Club Clubhouse.",
                 [("18-11-18", "DATE"), ("Groundwork", "ORG"), ("the early eighties", "DATE"), ("Bledisloe", "PERSON"),
                  ("Minchinhampton Rugby Football Club", "ORG")], id="round-76-dates-peers-and-clubhouses"),
    pytest.param("Volunteering England, CSV, the NCVO and the Mentoring and Befriending Foundation each received more than £1m."
                 " Members attended the UFU Rally and the NFU Conference.",
                 [("Volunteering England", "ORG"), ("CSV", "ORG"), ("NCVO", "ORG"), ("Mentoring and Befriending Foundation", "ORG"),
                  ("£1m", "MONEY"), ("UFU", "ORG"), ("NFU", "ORG")], id="round-76-names-and-events"),
    pytest.param("Yours sincerely\nAlun Ffred Jones AM Chair Environment and Sustainability Committee\n\nWe wished Dai Jones Llanilar"
                 " MBE well; Donald James Preston spoke. Scientists from AFBI and Salix Finance met the NI Rural Women’s Network.",
                 [("Alun Ffred Jones", "PERSON"), ("Environment and Sustainability Committee", "ORG"), ("Dai Jones", "PERSON"),
                  ("Donald James Preston", "PERSON"), ("AFBI", "ORG"), ("Salix Finance", "ORG"), ("NI Rural Women’s Network", "ORG")],
                 id="round-76-signatures-and-known-bodies"),
    pytest.param("The largest award of £2,500 went to Littlehampton Shopmobility in West Sussex. MYTIME Young Carers in Dorset has also"
                 " benefited from an award of £2000. Ballymaguigan St Trea’s has also been awarded £50,000. Rathgill has benefited from"
                 " over £60,000.",
                 [("£2,500", "MONEY"), ("Littlehampton Shopmobility", "ORG"), ("MYTIME Young Carers", "ORG"), ("£2000", "MONEY"),
                  ("Ballymaguigan St Trea’s", "ORG"), ("£50,000", "MONEY"), ("£60,000", "MONEY")], id="user-check-awards-that-went-to"),
    pytest.param("McDonald’s has been named the most littered brand. McDonald’s, Imperial Tobacco and Nestlé followed. The grant has"
                 " come from Biffa Award.\n\nThe Ashfield Community Fund supports people in Ashfield.\n\nOur Local Community Fund"
                 " promotes stronger communities.\n\nGroups bid in the Gwent High Sheriff's Community Fund round. The Community Fund"
                 " gave £5,000.",
                 [("McDonald", "ORG"), ("McDonald", "ORG"), ("Imperial Tobacco", "ORG"), ("Nestlé", "ORG"), ("Biffa", "ORG"),
                  ("Ashfield Community Fund", "ORG"), ("Community Fund", "ORG"), ("£5,000", "MONEY")], id="round-77-possessives-and-funds"),
    pytest.param("Last November Diane Dixon Associates conducted research. Norman MacDonald, Convener of the Orkney Islands Council,"
                 " said so. The sector criticised the then Conservative government’s schemes, covering finance and HR. TOMRA supports"
                 " Recycling Lives and Subway; IDBs and the Inland Revenue paid. It was provided by Defra.[45]",
                 [("Last November", "DATE"), ("Diane Dixon Associates", "ORG"), ("Norman MacDonald", "PERSON"),
                  ("Orkney Islands Council", "ORG"), ("Conservative", "ORG"), ("TOMRA", "ORG"), ("Recycling Lives", "ORG"),
                  ("Subway", "ORG"), ("IDBs", "ORG"), ("Inland Revenue", "ORG"), ("Defra", "ORG")], id="round-78-dates-jobs-and-known-bodies"),
    pytest.param("Present: Cllr Derek Haley, John Birtwistle (Transport), Stuart Horne (Business), Mea Kendall (Veolia).\n\nCabinet"
                 " Secretary for the Environment, Climate Change and Land Reform, MSP Roseanna Cunningham, launched it; Johann Lamont,"
                 " MSP, spoke.",
                 [("Derek Haley", "PERSON"), ("John Birtwistle", "PERSON"), ("Stuart Horne", "PERSON"), ("Mea Kendall", "PERSON"),
                  ("Veolia", "ORG"), ("Roseanna Cunningham", "PERSON"), ("Johann Lamont", "PERSON")], id="round-78-portfolios"),
    pytest.param("Norman MacDonald, Chair of CRN and Convener of the Western Isles Council, said so. Outscape is awarded £15,000."
                 " Of the £84 million allocated to the Waste Implementation Programme, £5,000 was given to Shelter.",
                 [("Norman MacDonald", "PERSON"), ("CRN", "ORG"), ("Western Isles Council", "ORG"), ("Outscape", "ORG"), ("£15,000", "MONEY"),
                  ("£84 million", "MONEY"), ("£5,000", "MONEY"), ("Shelter", "ORG")], id="round-78-second-jobs-and-grants"),
    pytest.param("Choice Housing have donated £12,000. SEEDA and Eeda backed Age Concern and Help the Aged; the Halifax Foundation"
                 " for NI helped. Morvern Games & Gala Week Committee (MGGW) got it, and MGGW will run the games. Eirol Evans, 23,"
                 " volunteers. Archdeacon Forde says so; Elinor Goodman chairs. Mary Portas, Queen of Charity Shops, visited the 2013"
                 " MasterChef winner.",
                 [("Choice Housing", "ORG"), ("£12,000", "MONEY"), ("SEEDA", "ORG"), ("Eeda", "ORG"),
                  ("Age Concern and Help the Aged", "ORG"), ("Halifax Foundation for NI", "ORG"),
                  ("Morvern Games & Gala Week Committee", "ORG"), ("MGGW", "ORG"), ("MGGW", "ORG"), ("Eirol Evans", "PERSON"),
                  ("Forde", "PERSON"), ("Elinor Goodman", "PERSON"), ("Mary Portas", "PERSON"), ("2013", "DATE")],
                 id="round-79-80-known-bodies-and-people"),
    pytest.param("Other Members Present: R A Montgomery T J Catherwood P E Groogan\n\nOfficers Present: J J Tohill (Director of"
                 " Finance) C W Burrows (Director of Health) T J Johnston\n\nJANET BIBBY, GERALD OPPENHEIM AND MARK MCGANN\n\n"
                 "Richard Lochhead\n\nMaureen Macmillan\n\nAndrew R.T. Davies\nMarc Wyn Jones Clerc\nNick Perry DoJ",
                 [("R A Montgomery", "PERSON"), ("T J Catherwood", "PERSON"), ("P E Groogan", "PERSON"), ("J J Tohill", "PERSON"),
                  ("C W Burrows", "PERSON"), ("T J Johnston", "PERSON"), ("JANET BIBBY", "PERSON"), ("GERALD OPPENHEIM", "PERSON"),
                  ("MARK MCGANN", "PERSON"), ("Richard Lochhead", "PERSON"), ("Maureen Macmillan", "PERSON"),
                  ("Andrew R.T. Davies", "PERSON"), ("Marc Wyn Jones", "PERSON"), ("Nick Perry", "PERSON"), ("DoJ", "ORG")],
                 id="round-79-minutes-people"),
    pytest.param("On Saturday, Chorley and District Young Farmers held a Hog Roast. The Woodland Trust in Northern Ireland have bought"
                 " land. The NLHF Scottish Board met; money came from the lottery’s Heritage Fund. The new programme will enable Pub"
                 " is The Hub. The Irish Government were represented.",
                 [("Saturday", "DATE"), ("Chorley and District Young Farmers", "ORG"), ("Woodland Trust in Northern Ireland", "ORG"),
                  ("NLHF", "ORG"), ("Scottish Board", "ORG"), ("Heritage Fund", "ORG"), ("Pub is The Hub", "ORG"),
                  ("Irish Government", "ORG")], id="round-81-82-bodies"),
    pytest.param("This was published under the 2010 to 2015 Conservative and Liberal Democrat coalition government.\n\nAndrew Muir"
                 " Alliance\n\nI wish to highlight it. Patients are comfortable in their last weeks. ‘WE NOW GET £18,000 A YEAR IN"
                 " BAR REVENUE WHICH WE USE TO RE-INVEST IN THE CLUB”. Waste collected through DRS is exported.",
                 [("2010 to 2015", "DATE"), ("Conservative", "ORG"), ("Liberal Democrat", "ORG"), ("Andrew Muir", "PERSON"),
                  ("Alliance", "ORG"), ("£18,000", "MONEY")], id="round-81-82-parties-and-not-names"),
    pytest.param("Approved applications include £25,000 towards Mind Pembrokeshire’s plan. Menter Caerdydd and Menter Iaith Bro"
                 " Morgannwg have been busy. arc21 Warns Work Could be Wasted. Pavo Chief Executive Clair Swales spoke. THE National"
                 " Trust’s director general has vowed to go on. Speaking at the meeting, Patsy Bradley of the North East Region Local"
                 " Action Group said so.",
                 [("£25,000", "MONEY"), ("Mind Pembrokeshire", "ORG"), ("Menter Caerdydd", "ORG"), ("Menter Iaith Bro Morgannwg", "ORG"),
                  ("arc21", "ORG"), ("Pavo", "ORG"), ("Clair Swales", "PERSON"), ("National Trust", "ORG"), ("Patsy Bradley", "PERSON"),
                  ("North East Region Local Action Group", "ORG")], id="round-83-bodies"),
    pytest.param("Grants included: £5,000 to Northumberland Pride, £4,000 to Berwickshire Swap and £4,097 to PCC Parish of St Nicholas in"
                 " Cramlington. Both Conservatives and Liberal Democrat politicians met Minister O’Neill to support it. The library"
                 " closed on Monday, October 24 and will reopen in mid-December. She was elected the society’s Lady Ambassador.",
                 [("£5,000", "MONEY"), ("Northumberland Pride", "ORG"), ("£4,000", "MONEY"), ("Berwickshire Swap", "ORG"),
                  ("£4,097", "MONEY"), ("PCC Parish of St Nicholas", "ORG"), ("Conservatives", "ORG"), ("Liberal Democrat", "ORG"),
                  ("O’Neill", "PERSON"), ("October 24", "DATE"), ("mid-December", "DATE")], id="round-84-grants-parties-and-dates"),
]
"""Texts built from the errors of the fresh rounds 40a–84b (reference/texts/README.md), each with its exact mentions."""


@pytest.mark.parametrize(("text", "expected"), _FRESH_ROUND_CASES)
def test_rules_from_the_fortieth_to_eighty_fourth_rounds(tagger, text, expected):
    assert _tag(tagger, text) == expected


def test_a_village_named_with_lower_case_words_stays_in_its_bodys_name(tagger):
    """User check: "awarded to Stanford in the Vale Parish Council" gave "Stanford" as a body, then "Vale Parish Council"."""
    text = ("£10,833 was awarded to Stanford in the Vale Parish Council towards removing a pylon. £1,518 was awarded to Botley"
            " Bridges. Burton upon Trent Rotary Club ran the Alderley Edge May Fair.")
    assert _tag(tagger, text) == [("£10,833", "MONEY"), ("Stanford in the Vale Parish Council", "ORG"), ("£1,518", "MONEY"),
                                  ("Botley Bridges", "ORG"), ("Burton upon Trent Rotary Club", "ORG")]


def test_an_acronym_defined_for_one_of_a_class_links_to_that_body(tagger):
    result = tagger.tag([Document("doc", "text", "The Mid Ulster Local Action Group (LAG) met. The LAG agreed.")])
    assert {result.entities[m.entity_id].name for m in result.mentions} == {"Mid Ulster Local Action Group"}
