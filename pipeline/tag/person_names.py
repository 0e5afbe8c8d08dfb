"""The shape of a person's name, shared by the rules that find people: titles, name words, surnames, post-nominals,
the known given names and the words that are never part of a name."""
from __future__ import annotations

import re
from functools import cache
from importlib import resources

from pipeline.tag.entities import areas
from pipeline.tag.words import (CALENDAR_WORDS, CELTIC_OPENERS, COMPASS_WORDS, GENERIC_WORDS, JOB_WORDS, LANDSCAPE_WORDS, NEWSPAPER_WORDS,
                                ORG_HEADS, THING_WORDS, TITLE_ENDS)

TITLES = (r"(?:Lord|Lady|Baroness|Baron|Viscountess|Viscount|Countess|Earl|Marquess|Sir|Dame|Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Rt Hon|Cllr|Clr|Coun|Councillor|President|Mayor|Bishop"
          r"|Archbishop|Archdeacon|Canon|(?:(?:Very|Right|Rt|Most) )?(?:Reverend|Revd|Rev)|Brigadier|Colonel|Col|Commodore|Admiral)\.?")
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
NAME_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+|'(?!s\b)[{_UPPER}]?[{_LOWER}]+)*"
"""A given name or a surname's word, capitalised ("Ogden-Newton", "O'Neill"; not a possessive's)."""
SURNAME = rf"(?:(?:Van|van|Von|von|De|de|Du|du|Le|La|Ní|Nic|Ó|Uí)[ ])?(?:Mc|Mac|O['’]|D['’])?[{_UPPER}][{_LOWER}]+(?:[-'’][{_UPPER}][{_LOWER}]+)*"
POST_NOMINALS = {"MP", "MPs", "MSP", "MSPs", "MEP", "MEPs", "AM", "MS", "MLA", "QC", "KC", "OBE", "MBE", "CBE", "BEM", "CEO", "PM"}
"""Letters after or for a person ("an MP", "Jo Smith OBE"): never a name, nor an organisation."""
HONOURS = "(?:" + "|".join(sorted(POST_NOMINALS)) + ")"
FULL_NAME = rf"(?P<first>{NAME_WORD})(?:[ ][A-Z]\.?)?[ ](?P<last>{SURNAME})"
"""A given name, perhaps a middle initial, and a surname, as groups ``first`` and ``last``."""
NOT_SURNAMES = {
    "street", "road", "square", "station", "hall", "house", "park", "place", "line", "bridge", "palace", "gardens",
    "lane", "avenue", "way", "school", "hospital", "fund", "award", "awards", "prize", "day", "week", "act", "bill",
    "report", "strategy", "plan", "programme", "project", "scheme", "initiative", "campaign", "review", "cymru",
    "pool", "village", "community", "shop", "show", "mansion", "tree", "chapel", "church", "cathedral", "abbey", "museum",
    "centre", "historic", "windpower", "baptist", "methodist", "presbyterian", "collection", "anniversary", "birthday", "wedding",
    "hotel", "inn", "drive", "crescent", "terrace", "parade", "manor", "meats", "foods", "pizzas", "inner", "outer", "youth",
}
"""Words after a given name that make a place or a thing ("Victoria Street", "Albert Hall")."""
WELSH_JOBS = {"Cadeirydd", "Cyfarwyddwr", "Rheolwr", "Ymchwilydd", "Clerc", "Dirprwy", "Cynghorydd", "Ymgynghorydd", "Prif",
               "Swyddog", "Ysgrifennydd", "Llywydd", "Gweinidog", "Aelod", "Arweinydd", "Trysorydd", "Llefarydd", "Weithredwr"}
"""Welsh words of a job after a person's name in a bilingual list ("Carol Mack Cadeirydd": chair): no surname."""
_MINUTES_HEADINGS = {"Witnesses", "Apologies", "Present", "Attendees", "Attending", "Absent"}
NOT_NAMES = {
    "The", "This", "That", "These", "Those", "Our", "Their", "His", "Her", "Its", "My", "Lords", "Principal", "People", "Mr", "Mrs", "Ms", "Dr", "Sir",
    "Lord", "Lady", "Minister", "Secretary", "Government", "Department", "Office", "Council", "Chief", "Executive", "Councillors",
    "Aldermen", "Alderman", "Cllrs", "Elect", "Ministers", "Messrs", "Commissioners",
    "Environment", "State", "Prime", "Deputy", "General", "Director", "Chair", "Chairman", "Rural", "Local", "National",
    "Third", "Sector", "Green", "Big", "Lottery", "Fund", "Trust", "Foundation", "Charity", "Commission", "Agency",
    "England", "Scotland", "Wales", "Cymru", "Britain", "British", "English", "Welsh", "Scottish", "London", "Northern", "Ireland", "European", "Union",
    "Minister's", "Today", "Yesterday", "Speaking", "Notes", "Editors", "Press", "News", "Release",
    "Spring", "Summer", "Autumn", "Winter", "Budget", "Speaker", "Lieutenant", "Sheriff", "Queen", "Princess", "Duchess", "Duke", "Item", "Ambassador", "Ambassadors", "Social", "Labour", "Conservative", "Conservatives", "Tory", "Tories",
} | set(re.findall(r"[A-Z][a-z]+", TITLES)) | POST_NOMINALS | CALENDAR_WORDS
"""Capitalised words that are not a given name or a surname, though a sentence may make them look so."""


@cache
def given_names() -> frozenset[str]:
    text = (resources.files("pipeline") / "data" / "given_names.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def plausible(first: str, last: str) -> bool:
    """Two capitalised words that can be a given name and a surname: no title, organisation, place, job or thing word."""
    return (
        first not in NOT_NAMES and last not in NOT_NAMES and first not in COMPASS_WORDS
        and last.lower() not in ORG_HEADS | GENERIC_WORDS | NOT_SURNAMES | NEWSPAPER_WORDS
        and last.split("-")[-1] not in JOB_WORDS | TITLE_ENDS | THING_WORDS | WELSH_JOBS  # not "Under-Secretary"
        and first.lower() not in ORG_HEADS | GENERIC_WORDS | CELTIC_OPENERS and first not in JOB_WORDS  # not "Senior Organiser"
        and not ((last in areas() or last in LANDSCAPE_WORDS) and first not in given_names())
    )


def could_be_surname(word: str) -> bool:
    """A capitalised word after a given name that is no organisation, generic, place or job word, nor a heading of minutes
    run on after a name ("Simon Thomas Witnesses: …")."""
    return word.lower() not in ORG_HEADS | GENERIC_WORDS | NOT_SURNAMES | NEWSPAPER_WORDS \
        and word not in JOB_WORDS | TITLE_ENDS | WELSH_JOBS | _MINUTES_HEADINGS


