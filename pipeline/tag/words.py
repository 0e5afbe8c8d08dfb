"""The word lists the tagger's rules share: organisation words, openers, job titles, things, places'
words, counts and months. Data only; the rules that use them are in ``entities.py``, ``name_runs.py``,
``boundaries.py``, ``evidence.py``, ``people.py`` and ``model_spans.py``."""
from __future__ import annotations

import re

CONNECTORS = {"of", "for", "and", "the", "on", "in", "to", "&"}
ORG_HEADS = {
    "agency", "agencies", "alliance", "association", "authority", "authorities", "bank", "board", "centre", "center",
    "charity", "charities", "club", "coalition", "college", "commission", "committee", "company", "confederation", "consortium",
    "co-operative", "cooperative", "co-op", "council", "councils", "department", "directorate", "executive", "federation",
    "forum", "forums", "foundation", "group", "groups", "inspectorate", "institute", "institution", "limited", "llp",
    "ltd", "ministry", "network", "office", "organisation", "organization", "panel", "partnership", "partnerships",
    "plc", "secretariat", "service", "society", "taskforce", "team", "trust", "trusts", "unit", "union", "university", "lab",
    "cic", "police", "constabulary", "force", "foodbank", "hospice", "choir", "orchestra", "league", "synod", "army", "parliament",
    "solicitors", "cio", "mbc", "m.b.c", "rescue", "ambulance", "estates", "school", "associates", "guild",
    "bakery", "pharmacy", "dairy", "brewery", "c.i.c", "cyf", "cyfyngedig", "hospital", "diocese", "hub", "renewables", "church",
    "shed", "sheds", "coop", "pantry", "theatre", "nursery", "nurseries", "pre-school", "preschool", "playgroup", "playscheme",
    "café", "cafe", "tearooms", "bistro", "hotel", "restaurant", "band", "academy", "museum", "gallery", "philanthropies",
    "solutions", "rotary", "lions", "lionesses", "interface", "builders", "construction", "cathedral", "chapel", "motors",
    "haulage", "logistics", "joinery", "roofing", "commercials", "rovers", "united", "harriers", "wanderers", "athletic",
    "thistle", "academicals", "hotspur", "lodge",
}
"""Words that end a body's name: kinds of body ("Trust", "Third Sector Interface"), trades ("Thomas Hardies Commercials"),
movements whose name ends a local club's after its place ("Penarth Rotary", "Swaffham Lions"), and football clubs' last words
("Albion Rovers", "Leeds United")."""

CELTIC_OPENERS = {"ysgol", "canolfan", "cymdeithas", "menter", "clwb", "grŵp", "cyngor", "coleg", "prifysgol", "cwmni", "mudiad",
                  "eglwys", "capel", "neuadd", "theatr", "tŷ", "sgoil", "comann", "comunn", "urras", "ionad", "comhairle", "cumann", "gaelscoil"}
"""Welsh words for school, centre, society, enterprise, club, group, council, college, university, company, movement, church,
chapel, hall, theatre and house, and Scottish Gaelic and Irish ones for school, society, trust, centre, council and club, that open a
body's name
("Ysgol Meifod", "Menter Môn", "Grŵp Cynefin", "Eglwys Dewi Sant", "Tŷ Hafan", "Sgoil Lionacleit", "Urras Oighreachd Ghabhsainn")."""
ON_OPENERS = {"committee", "commission", "panel", "taskforce", "forum", "council", "group"}
"""Organisation words that a body's subject follows with "on" ("Committee on Climate Change", "All-Party Parliamentary Group
on …")."""
LEGAL_FORMS = {"community interest company", "charitable incorporated organisation", "community benefit society",
               "industrial and provident society", "limited company", "public limited company", "registered charity",
               "credit union", "building society", "men's shed", "men’s shed", "men's sheds", "men’s sheds", "men in sheds"}
"""A body's legal form or kind, not a name ("Working Woodlands Cornwall is a Community Interest Company", "Credit Union")."""
NEWSPAPER_WORDS = {"star", "post", "times", "gazette", "herald", "echo", "chronicle", "mail", "news", "advertiser", "telegraph",
                   "courier", "express", "mirror", "argus", "sentinel", "mercury", "bulletin", "journal"}
"""A newspaper's last word ("Shropshire Star"): never a person's surname."""
KIND_ACRONYMS = {"YFC", "CVS", "WI", "FC", "AFC", "RFC", "CC", "GAA", "GAC", "GFC", "Co-op", "Coop", "FM", "PTA", "PTFA"}
"""A kind of body's acronym or short form: after its place or name it ends the body's name ("Coleraine YFC", "Burton CVS",
"Owen Roes GAA", "Egni Co-op", a community radio station's "Penistone FM", a school's "Honiton Primary School PTFA"); alone it is the kind, or a body the text names."""
GENERIC_WORDS = {
    "local", "national", "regional", "government", "governments", "executive", "public", "private", "voluntary", "tv",
    "community", "communities", "third", "sector", "delivery", "new", "other", "key", "main", "relevant", "policy",
    "working", "advisory", "steering", "stakeholder", "stakeholders", "programme", "project", "management", "strategic",
    "departments", "offices", "partner", "partners", "sub", "parish", "town", "city", "county", "district", "all",
    "our", "their", "its", "this", "that", "these", "those", "each", "every", "any", "some", "both", "big",
    "ethnic", "minority", "faith", "wider", "fund", "directors", "trustees", "governors",
} | ORG_HEADS
"""Words that make a name generic when it has no other ("Local Authorities", "Programme Board")."""
CONCEPTS = {"civil society", "big society", "information society", "open society", "good society", "welsh society",
            "scottish society", "british society", "english society", "irish society", "forest school", "summer school",
            "sunday school", "night school", "gdp", "gva", "vat", "nvq", "nvqs", "gcse", "gcses"}
"""Names of ideas that end in an organisation word, and measures and qualifications written as acronyms ("GDP", "NVQ")."""
COMMUNITY_PLACES = {"village hall", "community hall", "public hall", "memorial hall", "parish hall", "village shop", "community shop",
                    "men's shed", "men’s shed", "care home", "nursing home"}
"""Places run as a body, by their community or as a business: a name ending in one is an organisation's ("Ferryside
Village Hall", "Wheatlands Care Home")."""
COMMUNITY_BODIES = {"community energy", "community transport", "community action"}
"""What a community does, ending a body's name after its place ("Shropshire and Telford Community Energy", "CDM Community
Transport")."""
WORK_BEFORE_A_PLACE = COMMUNITY_BODIES | {"voluntary action"}
"""What a community or its voluntary sector does, opening a body's name before its place ("Voluntary Action North
Lanarkshire", "Community Energy Pembrokeshire")."""

NOT_NAME_STARTS = {
    "As", "At", "In", "On", "For", "By", "With", "From", "To", "Under", "Through", "Following", "During", "After",
    "Before", "And", "But", "Or", "If", "When", "While", "Since", "Having", "Being", "Including", "Incorporating", "Each", "Every", "Both", "It", "Our", "Their", "Its", "This", "That", "These",
    "Those", "Chair", "Chairman", "Chairwoman", "Chief", "Director", "Head", "Minister", "Secretary", "Member",
    "Members", "President", "Spokesman", "Spokeswoman", "Dr", "Mr", "Mrs", "Ms", "Sir", "Lord", "Lady", "Dame",
    "Professor", "Prof", "However", "Meanwhile", "Indeed", "Instead", "Nevertheless", "Moreover", "Furthermore",
    "Therefore", "Overall", "Now", "Also", "Today", "Yesterday", "Thus", "Still", "Yet", "Besides", "Finally",
    "Whilst", "Although", "Though", "Because", "Unless", "Once", "Whether", "We", "You", "He", "She", "They", "I",
    "Welcome", "Thank", "Thanks", "Congratulations", "Dear", "Is", "Are", "Was", "Were", "Does", "Did", "Should",
    "Could", "Would",
    "My", "Your", "His", "Her",
}
"""Capitalised words that open a sentence or a title, never an organisation's name."""
JOB_WORDS = {
    "Chief", "Executive", "Director", "Head", "Chair", "Chairman", "Chairwoman", "Chairperson", "Deputy", "Depute", "Managing", "General",
    "Officer", "Manager", "President", "Vice", "Secretary", "Senior", "Assistant", "Founder", "Trustee", "Member",
    "Members", "Spokesman", "Spokeswoman", "Spokesperson", "Press", "Policy", "Programme", "Project", "Coordinator", "Co-ordinator", "Operations", "Finance",
    "CEO", "MD", "Mayor", "Pastor", "Vicar", "Rector", "Staff",
}
"""Words of a job title ("Chief Executive of the …"), left out of the organisation's name."""

JOBS_AFTER_A_NAME = {"Chief", "Chair", "Chairman", "Chairwoman", "Chairperson", "Director", "Manager", "President", "Treasurer",
                     "Trustee", "Spokesman", "Spokeswoman", "Spokesperson", "CEO", "Founder", "Coordinator", "Co-ordinator",
                     "Leader", "Clerk"}
"""Words opening a job that, after an organisation word, end its name ("… Ventures Limited Chairman Dick Moules")."""

THING_WORDS = {
    "Act", "Acts", "Bill", "Regulations", "Order", "Directive", "Strategy", "Programme", "Scheme", "Plan",
    "Award", "Awards", "Prize", "Campaign", "Initiative", "Project", "Report", "Review", "Week", "Day",
    "Charter", "Conference", "Summit", "Festival", "Exhibition", "Year", "Tax", "Levy", "Code", "Funding", "Paper",
    "Budget", "Grants", "Collection", "Show", "Cup", "Appeal", "Appeals", "Survey", "Framework", "Account", "Accounts",
    "Consultation", "Manifesto", "Toolkit", "Assessment", "Election", "Elections", "Clean", "Opening", "Debate", "Vision", "AGM",
    "Legislation", "Minutes", "Statement", "Details", "Memorandum", "Meeting", "Fair", "Fayre", "Fete", "Fête", "Gala", "Olympics",
}
"""Capitalised words after a name that make the whole a law, programme or event ("Animal Health Act")."""


TITLE_ENDS = {"Secretary", "Minister", "Advocate", "Commissioner", "Director", "Officer", "Chair", "Chairman",
              "Chairwoman", "Spokesman", "Spokeswoman", "Spokesperson", "Manager", "Ambassador", "Champion", "Clerk", "Campaigner", "Mayor",
              "Supervisor", "Convener", "Convenor", "Governor"}
"""Last words that make a capitalised phrase a job title ("Environment Secretary", "Rural Advocate")."""
LANDSCAPE_WORDS = {"Forest", "Wood", "Woods", "Moor", "Hill", "Hills", "Valley", "River", "Stream", "Brook", "Lake", "Loch", "Lough",
                   "Castle", "Farm", "Estate", "Island", "Bay", "Beach", "Common", "Heath", "Marsh", "Fen", "Downs", "Cliffs",
                   "Glen", "Meadow", "Meadows", "NNR", "Park", "Trail", "Canal", "Reservoir", "End", "Sea", "Channel", "Firth"}
"""Words of a place's name ("Rhubodach Forest", "River Lugg", "Cornish Hall End"): a person's surname only after a known given name
("Victoria Wood"), never a recogniser's organisation."""
COUNT_WORDS = {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen",
               "Twenty", "Thirty", "Forty", "Fifty", "Hundreds", "Thousands", "Dozens", "Many", "Several"}
"""Opening words that make a capitalised phrase a count of things ("Two Projects in North Wales"), not a name."""
CALENDAR_WORDS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
                  "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

NAMING_TITLES = {"Sir", "Dame", "Lord", "Lady", "Dr"}
"""Titles that a body named after its founder keeps ("Sir James Knott Trust", "Dr Spence Memorial Hall Committee")."""

NATION_SUFFIXES = {"NI", "UK", "GB", "Scotland", "Wales", "Cymru", "England"}
"""A nation after an organisation word, still the body's name ("Migrant Centre NI"), as a county or town is."""

NAME_POSSESSIVES = {"people's", "children's", "women's", "men's", "prince's", "princess's", "king's", "queen's", "workmen's",
                    "fishermen's", "servicemen's", "sportsmen's", "tradesmen's"}
"""Possessive common nouns that are part of a name ("People's Health Trust", "Prince's Trust", "Abertillery Workmen’s
Welfare Institute"); any
other possessive ("Defra's Food Policy Unit") ends the name before it."""

PROGRAMME_NOUNS = r"programme|scheme|project|initiative|campaign|fund"
"""Lower-case words after a name that make it a programme's ("the MTAP programme"), as a regex alternation."""

COMPASS_WORDS = {"North", "South", "East", "West", "Central", "Upper", "Lower", "Greater", "Mid"}
"""First words of a place's name ("West Somerset"), never a given name."""
NATION_ADJECTIVES = {"Scottish", "Welsh", "Irish", "Cornish"}
"""A nation's adjective opens a body's name ("Welsh Senate of Older People"); before a reviewed name it still makes a body of
its own ("Scottish Social Enterprise Coalition")."""

STREET_WORDS = {"Road", "Street", "Lane", "Avenue", "Grove", "Drive", "Close", "Crescent", "Terrace", "Square", "Gardens", "Parade", "Mile"}
"""Last words of a street's name: after "on", "in" or "at" they end an organisation's name ("Horbury Group on South Grove")."""
LEGISLATURE = re.compile(r"(?:(?:Northern Ireland|Scottish|Welsh) (?:Assembly|Parliament)|National Assembly for Wales|House of (?:Commons|Lords)) ")
"""A legislature before one of its committees' names: a body of its own, which the registry knows."""
JOBS_BEFORE_A_BODY = {"Manager", "Director", "Coordinator", "Co-ordinator", "Chairman", "Chairwoman", "Chairperson", "Treasurer",
                      "Clerk", "CEO", "Founder", "Officer", "Convener", "Convenor"}
"""Jobs that open no body's name: before one, the job of the person named before it."""
QUANTIFIERS = {"Some", "Many", "Most", "Several", "All", "Each", "Both", "One", "Two", "Three", "Four", "Five", "Few", "None"}
"""Words that open a sentence's part of a group before "of": no name's ("Some of the Housing Association's contractors")."""
NUMBERED_PARTS = {"Table", "Figure", "Item", "Items", "Appendix", "Annex", "Section", "Page", "Paragraph", "Para", "Minute", "Phase",
                  "Stage", "Round", "Tier", "Level", "Grade", "Priority", "Part", "Chapter", "Schedule", "Article", "Clause", "No",
                  "Number", "Room", "Unit", "Block", "Floor", "Ward", "Route", "Zone", "Area", "Lot", "Step", "Week", "Session"}
"""Words a number after them completes as a reference, not a name ("Item 5 Community Council Report")."""
HEADLINE_VERBS = {"Announces", "Welcomes", "Launches", "Unveils", "Backs", "Urges", "Wins", "Receives", "Hails", "Praises",
                   "Visits", "Supports", "Celebrates", "Joins", "Appoints", "Calls", "Warns", "Seeks", "Reveals", "Marks", "Opens",
                   "Visiting", "Welcoming", "Celebrating", "Congratulating", "Thanking", "Introducing", "Announcing"}
"""A headline's verbs: on a headline's line they end a run ("Highland Council Launches Home Composting Scheme", "Visiting
Tiree Community Development Trust")."""
