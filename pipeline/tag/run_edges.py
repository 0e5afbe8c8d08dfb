"""Where a name found by its shape begins and ends: what it takes in from before it (a company's brand possessive,
"Burton's Biscuit Company"; the subjects or places its name lists, "Newry, Mourne and Down District Council"), the job
holders it leaves out before "of" ("Chair of Trustees of …"), a venue's name that goes on after "and" ("Hunterian
Museum and Art Gallery"), where "and" parts two bodies ("Zoological Society of London and Bangor University"), and where
its head's title and name follow it ("Tŷ Hafan Chief Executive Maria Timon Samra"), a witness list's person opening its line
("Ms Paula Bradshaw South West Neighbourhood Renewal Partnership") and a headline's words before it ("… Funding Boost for
Somerset Wildlife Trust")."""
from __future__ import annotations

import itertools
import re

from pipeline.tag.entities import Found, in_a_headline, looks_like_organisation, places
from pipeline.tag.person_names import TITLES, given_names
from pipeline.tag.words import (CELTIC_OPENERS, CONNECTORS, GENERIC_WORDS, JOB_WORDS, KIND_ACRONYMS, NATION_SUFFIXES, NOT_NAME_STARTS, ORG_HEADS, TITLE_ENDS,
                                WORK_BEFORE_A_PLACE)

_BRAND_BEFORE = re.compile(r"(?<![\w'’&-])[A-Z][\w&-]*['’]s $")
_COMPANY_ENDS = ("Company", "Ltd", "Limited", "plc", "PLC")


def with_brand_possessive(text: str, found: Found) -> Found:
    """A company's name opening with a founder's or brand's possessive keeps it ("Burton's Biscuit Company",
    "Nando's Chickenland Ltd"), where a possessive otherwise ends a name."""
    if not found.text.endswith(_COMPANY_ENDS):
        return found
    brand = _BRAND_BEFORE.search(text, max(0, found.start - 30), found.start)
    return Found(brand.start(), found.end, text[brand.start():found.end]) if brand else found


_SUBJECTS_BEFORE = re.compile(r"(?:^|(?<=[a-z(’'] )|(?<=[A-Z]{2} )|(?<=[“\"‘]))((?:[A-Z][a-z]+(?: [A-Z][a-z]+)?, )+)$", re.MULTILINE)
_CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*(?<!['’])(?<!['’]s) $")
"""A capitalised word, no possessive, just before: what follows may be its name's end."""
_LISTED_NAME_HEADS = ("Committee", "Council", "Association", "Partnership", "Forum", "Group", "Trust")


def with_listed_subjects(text: str, found: Found) -> Found:
    """A body named by a list of subjects or places keeps the whole list ("the Digital, Culture,
    Media and Sport Select Committee", "Newry, Mourne and Down District Council", "Gulberwick,
    Quarff and Cunningsburgh Community Council", "Wiltshire, Swindon & Oxfordshire Canal Partnership"): a name
    that opens "X and …" or "X & …" after commas."""
    if not found.text.endswith(_LISTED_NAME_HEADS) or not re.match(r"[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:and|&) ", found.text):
        return found
    subjects = _SUBJECTS_BEFORE.search(text, max(0, found.start - 80), found.start)
    if not subjects or _CAPITALISED_WORD_BEFORE.search(text, max(0, subjects.start(1) - 30), subjects.start(1)):
        return found  # "Friends of Lichfield Historic Parks, Countryside and Parks Conservation Group": another name's end
    start = position = subjects.start(1)
    for item in subjects[1].split(", ")[:-1]:
        position += len(item) + 2
        if set(item.split()) & (JOB_WORDS | TITLE_ENDS):
            start = position  # "Vera Zakharov, Project Campaigner, Brighton & Hove Food Partnership": a job's list, not subjects
    if start == found.start:
        return found
    opener = text[start:].split(" ", 1)[0]
    if opener in NOT_NAME_STARTS:  # "Meanwhile Gulberwick, Quarff and … Community Council"
        start += len(opener) + 1
    return Found(start, found.end, text[start:found.end])


_HOLDERS = JOB_WORDS | {"Trustees", "Directors", "Governors", "Chairs", "Executives", "Managers", "Officers", "Friend", "Elected",
                        "Co-opted", "Leader", "and", "&"}
"""Words of a job, jobs or a board's members opening a run before "of": "Chair of Trustees of the Pembrokeshire Foodbank",
"Chairs and Chief Executives of Councils for Voluntary Service", "Friend of the Anglesey Red Squirrels Association", "Elected
Member of Barry Town Council"."""


def a_holder(word: str) -> bool:
    """A word of a job or a board's members, in capitals or hyphenated too ("THE CHAIRMAN", "Vice-Chair")."""
    return word in _HOLDERS or word.title() in _HOLDERS or all(part in _HOLDERS for part in word.split("-"))


_VENUES = {"museum", "hub", "centre"}
_VENUE_PARTS = {"art gallery", "gallery", "food bank", "foodbank", "library", "café", "cafe"}


def venue_goes_on(part: list[re.Match[str]], rest: list[re.Match[str]]) -> bool:
    """A venue's name that goes on after "and" to name its other parts: "Hunterian Museum and Art Gallery", "… Community Hub
    and Food Bank"."""
    named = " ".join(itertools.takewhile(str.istitle, (w.group() for w in rest))).lower()  # "… and Art Gallery in Glasgow"
    return bool(part) and part[-1].group().lower() in _VENUES and named in _VENUE_PARTS


def a_body_alone(part: list[re.Match[str]]) -> bool:
    """A part of a run that is a body's name by itself: an organisation word after a word of its own (no job's: not "Chief
    Executive of Devon"), or before "of" and a place ("Zoological Society of London"), or a community's work before its place
    ("Voluntary Action Fife"), or a Welsh or Gaelic kind before its name ("Menter Caerdydd")."""
    words = [w.group() for w in part]
    if " ".join(words[:2]).lower() in WORK_BEFORE_A_PLACE and " ".join(words[2:]) in places():
        return True  # "Voluntary Action Fife"
    if len(words) > 1 and words[0].lower() in CELTIC_OPENERS:
        return True  # "Menter Caerdydd and Menter Iaith Bro Morgannwg": a Welsh or Gaelic kind opens each
    heads = [k for k, w in enumerate(words) if w.lower() in ORG_HEADS]
    if not heads or heads[0] == 0 or words[0] in JOB_WORDS:
        return False
    last = heads[-1]
    return last == len(words) - 1 or words[last + 1] == "of" and " ".join(words[last + 2:]) in places()


_ACRONYM = re.compile(r"[A-Z]{2,6}")


def an_acronym_and_a_body(parts: list[list[re.Match[str]]]) -> bool:
    """Two parts, an acronym alone and a body's name ("IFA and Ulster GAA", "CF and NOF Board"): two bodies, where a name
    ending in an organisation word would otherwise take in both."""
    return len(parts) == 2 and len(parts[0]) == 1 and _ACRONYM.fullmatch(parts[0][0].group()) is not None and bool(parts[1]) \
        and (a_body_alone(parts[1]) or parts[1][-1].group() in KIND_ACRONYMS and len(parts[1]) > 1)


def places_after_a_head(words: list[re.Match[str]]) -> int | None:
    """The index of the organisation word that places joined by "and" follow to the end ("Showmen’s Guild South Wales and
    Northern Ireland"): the places are the body's area, part of its name."""
    head = max((i for i, w in enumerate(words) if w.group().lower() in ORG_HEADS), default=None)
    if head is None or head > len(words) - 4:
        return None
    text = words[0].string
    areas = re.split(r" (?:and|&) ", text[words[head + 1].start():words[-1].end()])
    return head if len(areas) > 1 and all(a in places() or a in NATION_SUFFIXES for a in areas) else None


def ends_a_list(run: list[re.Match[str]], parts: list[list[re.Match[str]]]) -> bool:
    """A run after a list's comma of two parts, a name with "of" or "for" inside and a body's name: the list's last two items
    ("…, Maryculter Driving for the Disabled and Maryculter Woodlands Trust"); not a person's or a job's ("…, Jo Crofts of …",
    "…, Minister for Sport and Civil Society", "…, Vice-Chair of the Leisure & Community Development Committee")."""
    return len(parts) == 2 and all(parts) and run[0].string.endswith(", ", 0, run[0].start()) \
        and any(w.group() in {"of", "for"} for w in parts[0][1:]) and a_body_alone(parts[1]) \
        and parts[0][0].group() not in given_names() | JOB_WORDS | TITLE_ENDS | NOT_NAME_STARTS and not a_holder(parts[0][0].group())


def spaced(a: re.Match[str], b: re.Match[str]) -> bool:
    """Two words of a run next to each other, one space apart, or after a saint's dot ("St. Canna’s Church")."""
    gap = a.string[a.end():b.start()]
    return gap == " " or gap == ". " and a.group() == "St"


_HEADS_TITLES = {"Chief Executive", "Managing Director", "Executive Director", "General Manager", "Chief Officer"}
"""Two-word titles of a body's head, between its name and the head's name in a run of capitalised words."""


def heads_title(words: list[re.Match[str]]) -> int:
    """Where a run's body ends before its head's two-word title and given name ("Tŷ Hafan Chief Executive Maria Timon Samra"
    gives 2), the body of two words or more; the run's length where no such title follows."""
    return next((i for i in range(2, len(words) - 2) if f"{words[i].group()} {words[i + 1].group()}" in _HEADS_TITLES
                 and words[i + 2].group() in given_names()), len(words))


_LINE_OPENING = re.compile(rf"(?:^|\n)[ \t]*(?:[-•*][ \t]+)?(?P<title>{TITLES}[ \t]+)?$")
_NAMING_WORDS = {"charitable", "memorial", "family", "educational"}
"""Words of a trust named after its founder ("Joseph Rowntree Charitable Trust"): after a person's name, still the name."""


def person_opening_a_line(words: list[re.Match[str]]) -> int:
    """2 when a list's line holds a person and then their body, as a witness list writes them ("Ms Paula Bradshaw South
    West Neighbourhood Renewal Partnership", "Michael Hughes Rural Community Network"): the person's given name and surname
    are no part of the body's name; else 0."""
    if len(words) < 4:
        return 0
    text, rest = words[0].string, [w.group() for w in words[2:]]
    line_end = text.find("\n", words[-1].end()) % (len(text) + 1)
    surname = words[1].group()
    opening = _LINE_OPENING.search(text, max(0, words[0].start() - 20), words[0].start())
    return 2 if (opening is not None and (words[0].group() in given_names() or opening["title"])  # "Ms Renee Crawford …"
                 and surname[0].isupper() and surname.lower() not in ORG_HEADS | GENERIC_WORDS
                 and not text[words[-1].end():line_end].strip() and looks_like_organisation(" ".join(rest))
                 and any(w.lower() not in GENERIC_WORDS | CONNECTORS | _NAMING_WORDS for w in rest)) else 0


_HEADLINE_CUT = re.compile(r".* (?:[Ff]or|[Tt]o|[Oo]n|[Ww]ith|[Aa]t) ")


def in_headline_trimmed(text: str, found: Found) -> Found:
    """On a headline's line, where every word is capitalised, a name found by its shape starts after
    the last "for"/"to"/"on" whose left part holds no organisation word ("Fluttery Funding Boost for
    Somerset Wildlife Trust" → "Somerset Wildlife Trust")."""
    cut = _HEADLINE_CUT.match(found.text)
    if not cut or not in_a_headline(text, found.start, found.end):
        return found
    left = cut.group().split()[:-1]
    if any(w.lower() in ORG_HEADS for w in left):
        return found
    return Found(found.start + cut.end(), found.end, found.text[cut.end():])
