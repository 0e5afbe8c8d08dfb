"""The tests the tagger's rules share about a capitalised name: whether it looks like an
organisation's (ends in an organisation word, or a "… Fund" the sentence shows acting as a body),
what can never be a name (places, job titles, programmes), where words and acronyms are in a text.
The word lists are in ``words.py``; names found by their shape are in ``name_runs.py``, where a name
begins and ends in ``boundaries.py``, acronym definitions in ``acronyms.py``, other evidence from
the sentence in ``evidence.py``, people in ``people.py``.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from pipeline.tag.words import (CALENDAR_WORDS, CELTIC_OPENERS, COMMUNITY_BODIES, COMMUNITY_PLACES, CONCEPTS, CONNECTORS, COUNT_WORDS,
                                GENERIC_WORDS, JOB_WORDS, KIND_ACRONYMS, LEGAL_FORMS, NAME_POSSESSIVES, NATION_ADJECTIVES, NOT_NAME_STARTS,
                                ON_OPENERS, ORG_HEADS, PROGRAMME_NOUNS, THING_WORDS, TITLE_ENDS)


_AGENT_AFTER = re.compile(
    r"(?!\s+(?:(?:has|have|had)\s+been|is|was|were|will\s+be)\s+(?:launched|published)\b)"  # a thing: "the Fund was
    # launched earlier this year"
    r"(?:'s|’s)?\s+(?:(?:has|have|had)\s+(?:been\s+)?|will\s+|would\s+|is\s+|was\s+|were\s+|also\s+)?"
    r"(?:said|says|announced|welcomed|warned|launched|published|awarded|awards|funded|funds|gave|granted|supports|runs"
    r"|allocated|received|receives|given"
    r"|campaigns|represents|commissioned|urged|called|chief|director|trustees|board|spokes(?:man|woman|person)|grants?)\b"
)
_ROLE_BEFORE = re.compile(
    r"(?:chief executive|executive|director|chair|chairman|chairwoman|head|spokes(?:man|woman|person)|members?|trustees?"
    r"|founder|president|manager|officer)\s+(?:of|at|for)\s+(?:the\s+)?$|\b(?:volunteers?|staff)\s+(?:with|at|of|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:charity|organisation|company|body|network|alliance|association"
    r"|social enterprise|co-operative|cooperative|union|consortium|federation|trust|foundation|funder|grant-maker)\b"
)


def _listed(name: str) -> frozenset[str]:
    text = (resources.files("pipeline") / "data" / name).read_text(encoding="utf-8")
    return frozenset(line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip())


@cache
def areas() -> frozenset[str]:
    """The UK, its nations, regions, counties and council areas (``pipeline/data/places.txt``)."""
    return _listed("places.txt")


@cache
def places() -> frozenset[str]:
    """The areas and the UK's towns and villages (``pipeline/data/towns.txt``): places, never
    organisations, each with a typographic apostrophe too ("King’s Lynn"). (A person's surname may be a town's: the people
    rules test ``areas`` only.)"""
    listed = areas() | _listed("towns.txt")
    return listed | {p.replace("'", "’") for p in listed if "'" in p}


@cache
def _linked_places_by_first_word() -> dict[str, tuple[str, ...]]:
    linked: dict[str, list[str]] = {}
    for place in sorted((p for p in places() if any(w.islower() for w in p.split())), key=len, reverse=True):
        linked.setdefault(place.split()[0], []).append(place)
    return {first: tuple(names) for first, names in linked.items()}


def linked_places(text: str, words: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Where ``text`` (its ``words``) names a place whose name holds lower-case words ("Stanford in the Vale", "Burton upon
    Trent"): inside a name's run of capitalised words their lower-case words join it. Looked up by the place's first word,
    not by one pattern of every such place, which takes longer to compile than the annex takes to search."""
    by_first = _linked_places_by_first_word()
    spans = []
    for word in words:
        for place in by_first.get(word.group(), ()):
            end = word.start() + len(place)
            if text.startswith(place, word.start()) and not text[end:end + 1].isalnum():
                spans.append((word.start(), end))
                break
    return spans


@cache
def _folded_places() -> frozenset[str]:
    return frozenset(p.casefold() for p in places())


def could_be_name(span: str) -> bool:
    """False for a span no ORG or PERSON can be: one that opens or ends in lower case ("Benn was"),
    a place in any case ("East Midlands", "LONDON"), a job title ("Environment Secretary",
    "Programme Manager of the …"), a programme or award ("Awards for All"), a nation's adjective or an organisation
    word's plural alone ("Scottish", "Hospices")."""
    words = span.split()
    return (bool(words) and not words[0][0].islower() and not words[-1][0].islower()
            and not all(part.strip().casefold() in _folded_places() for part in re.split(r",| and | & ", span))
            and not any(w in TITLE_ENDS or w.removesuffix("s") in TITLE_ENDS or w in THING_WORDS for w in words)
            and not (len(words) == 1 and (span in NATION_ADJECTIVES or span.endswith("s") and _singular(span.lower()) in ORG_HEADS)))


def _singular(word: str) -> str:
    """A plural's singular, well enough for organisation words ("charities" → "charity")."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


def opens_a_sentence(text: str, start: int) -> bool:
    """The word at ``start`` opens a line or a sentence (after any opening quotation mark)."""
    before = text[max(0, start - 4):start].rstrip("“\"‘'(")
    return not before.strip() or before.rstrip()[-1:] in {".", "!", "?", ":"} or before.endswith("\n")


def in_a_headline(text: str, start: int, end: int) -> bool:
    """A span on a line of five words or more nearly all capitalised ("Household Waste Recycling
    has Doubled in Last Four Years"), where a capital says nothing about a name."""
    line = text[text.rfind("\n", 0, start) + 1:text.find("\n", end) % (len(text) + 1)]
    words = [w for w in line.split() if w[0].isalpha()]
    return len(words) >= 5 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_WORD = re.compile(r"[A-Za-z0-9](?:[\w'’&]|(?<!\d)\.|\.(?=\d)|-(?!(?:owned|run|led|funded|backed|managed)\b))*\w(?:(?<=s)['’](?=\s))?"
                   r"|[A-Za-z&0-9]")
DIGIT_CAPITAL = re.compile(r"\d+[A-Z]")
"""A word that opens with digits and a capital ("3D", "4Children") is capitalised in a name."""
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
"""An ordinal that opens a numbered body's name ("195th BB Pipe Band")."""
BRACKETED_ACRONYM = re.compile(r"\s[(\[](?P<acronym>(?:[A-Z]|\d+[A-Z])[A-Za-z0-9&]{1,9})(?:['’]s)?[)\]]")
"""An acronym in brackets after a name: " (OTS)", " [RA21]", a plural written with an apostrophe " (LAG's)"."""


def acts_as_organisation(text: str, start: int, end: int) -> bool:
    """True when the sentence shows the name at text[start:end] acting as a body: a verb of
    speech or grant-giving after it, a role "of" it or its volunteers "with" it before it, or "…, the charity" after it."""
    after = BRACKETED_ACRONYM.match(text, end)
    end = after.end() if after else end  # "Adventure Capital Fund (ACF), the parent charity"
    return bool(
        _AGENT_AFTER.match(text, end) or _ROLE_BEFORE.search(text, max(0, start - 40), start)
        or _APPOSITIVE.match(text, end)
    )


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    text: str


def words_of(text: str) -> list[re.Match[str]]:
    """The words of ``text`` as matches (letters, digits and the apostrophes, hyphens and dots inside them, but a number's
    dot before a letter: "1.GLENGARRY SHINTY CLUB"); a hyphened "-owned", "-run" or "-led" is a word of its own ("the
    Council-owned farm")."""
    return list(_WORD.finditer(text))


NAME_OPENERS = {"friends", "campaign", "action", "help", "hope", "homes", "care"}
"""Words that open charities' names before "for"/"to" ("Help for Heroes", "Action for Children")."""


TOWN_CENTRES = (" Town Centre", " City Centre")
"""Ends of a place's name that look like an organisation's ("Thurso Town Centre")."""


_NAMING_PLURALS = {"alliance", "ltd", "plc", "llp", "renewables", "philanthropies", "solutions", "lions", "lionesses", "rovers", "harriers",
                   "wanderers"}
"""Organisation words ending in "s" that end a name of two words too ("Swaffham Lions", "Albion Rovers"), where others in the
plural name a kind ("Local Councils")."""


def looks_like_organisation(name: str, has_acronym: bool = False) -> bool:
    """A capitalised name that is not wholly generic and either ends in an organisation word
    ("Marine Conservation Society") or opens with one before "of/for/to" ("Department for
    Transport"), or has one as its second or third word before "of", or "for" and two words or more
    ("Scottish League of Credit Unions", "Carnegie Commission for Rural Community Development"), or
    a committee, commission or group before "on" ("Select Committee on Public Administration"; not "Science and
    Technology Committee on Waste Reduction", a report's subject), not
    in a job title. A name given an acronym may open with "Campaign" too ("Campaign to Protect
    Rural England (CPRE)"); without one, "Campaign for …" is a campaign."""
    words = name.split()
    if not words or not (words[0][0].isupper() or DIGIT_CAPITAL.match(words[0]) or ORDINAL.fullmatch(words[0])):
        return False
    openers = ORG_HEADS | {"friends", "campaign"} if has_acronym else ORG_HEADS | {"friends"}  # "Friends of Hyde Park"
    head = words[-1].lower().strip(".")
    ends_as_org = head in ORG_HEADS and (len(words) > 2 or has_acronym or not head.endswith("s") or head in _NAMING_PLURALS) \
        or len(words) > 1 and words[-1] in KIND_ACRONYMS or len(words) > 2 and " ".join(words[-2:]).lower() in COMMUNITY_PLACES \
        or len(words) > 2 and " ".join(words[-2:]).lower() in COMMUNITY_BODIES and any(
            w.lower() not in GENERIC_WORDS | CONNECTORS for w in words[:-2])  # not "Regional Community Transport"
    opens_as_org = len(words) > 1 and words[0].lower() in CELTIC_OPENERS or len(words) > 2 and (
        words[0].lower() in openers and words[1] in {"of", "for", "to"}  # "Department for Transport"
        or words[0].lower() in ON_OPENERS and words[1] == "on" and words[-1] not in CALENDAR_WORDS  # "Committee on Climate Change"
        or any(words[i].lower() in ORG_HEADS and not set(words[:i + 1]) & JOB_WORDS
               and (words[i + 1] == "of" and words[i + 2] != "the" or words[i + 1] == "for" and len(words) - i - 2 >= 2
                    or words[i + 1] == "on" and words[i].lower() in {"committee", "commission", "group"} and "and" not in words[:i]
                    and words[-1] not in CALENDAR_WORDS)
               for i in (1, 2, 3) if i + 2 < len(words) and (i < 3 or words[1] in {"and", "&"})))
    # "Scottish League of Credit Unions", "Warwickshire Association for the Blind", "Skye and Lochalsh Council for Voluntary
    # Organisations" (a third word after places joined by "and"), "All-Party Parliamentary Group on Civil Society and
    # Volunteering", not "… Unit of the WCVA"
    subjects_committee = (len(words) > 3 and words[-1] == "Committee" and words[-3] in {"and", "&"}
                          or len(words) > 2 and words[:2] == ["Committee", "for"])  # "Local Government and Communities Committee",
    # "Committee for Communities": a legislature's or council's committee named by its subjects, however generic they are
    specific = (any(w.lower() not in GENERIC_WORDS and w.lower() not in CONNECTORS for w in words) or subjects_committee) \
        and name.lower() not in LEGAL_FORMS
    return (ends_as_org or opens_as_org) and specific and not _names_a_concept(name) \
        and not name.endswith(TOWN_CENTRES)


def _names_a_concept(name: str) -> bool:
    """An idea, or an idea with an adjective before it ("Big Society", "Stronger Civil Society"); not a
    body named for one ("Office for Civil Society")."""
    folded = name.lower()
    return any(folded == c or folded.endswith(" " + c) and folded[:-len(c)].split()[-1] not in CONNECTORS | {"the", "a"}
               for c in CONCEPTS)


def _given_names() -> frozenset[str]:
    from pipeline.tag.person_names import given_names  # people's rules build on this module's

    return given_names()


def person_before(words: Sequence[str]) -> int:
    """How many of the opening words name a person rather than the body after them: a person of a
    body ("Nicky Ellis of Wrexham Council", 3; "Sion Eilir Roberts of Ruthin YFC", 4) or a person and a job ("Nick Hurd
    Minister for …", 2)."""
    if len(words) > 3 and words[0] in _given_names():
        if words[2] in {"of", "at", "from"}:
            return 3
        if len(words) > 4 and words[3] in {"of", "at", "from"} and words[1][:1].isupper() and words[2].lower() not in ORG_HEADS:
            return 4
        if words[2] in JOB_WORDS | TITLE_ENDS:
            return 2
    return 0


def for_a_nation(names: list[str]) -> bool:
    """An organisation's name followed by "for <nation or region>" ("Community Recycling Network for
    Scotland"), or a government of one ("Government of Northern Ireland")."""
    if len(names) > 2 and names[0] in {"Government", "Assembly", "Parliament", "Executive"} and names[1] in {"of", "for"}:
        return " ".join(names[2:]).removeprefix("the ") in places()
    for i in range(1, len(names) - 1):
        if names[i] == "for" and names[i - 1].lower() in ORG_HEADS:
            place = " ".join(names[i + 1:]).removeprefix("the ")
            return place in places() and looks_like_organisation(" ".join(names[:i]))
    return False


NATION_BRANDS = {"Wales", "Scotland", "England", "Cymru", "NI", "Ireland"}
"""Nations that a body's one own word goes before ("Finance Wales", "Volunteer Scotland", "Age Cymru")."""
_NOT_BRANDS = {"Across", "Throughout", "Around", "All", "Rural", "Urban", "Beautiful", "Making", "Northern", "Southern", "Eastern",
               "Western", "Greater", "Team", "Baroness", "Lord", "Lady", "Bishop"}
"""First words before a nation that make a region, a phrase or a person ("Rural Wales", "Across Scotland", "Baroness
Scotland")."""
_NOT_BRAND_ACRONYMS = {"UK", "GB", "EU", "UN", "US", "USA", "NI", "MP", "MS", "AM", "MSP", "MLA", "MEP"}
"""Acronyms before a nation that are no body's own ("UK Wales", "MS Wales")."""
_COMPASS_OPENING = re.compile(r"(?i:(?:North|South|East|West|Mid|Central|Upper|Lower|Greater)(?:east|west|erns?|er|lands)?)$")
"""A compass word in any case, or misspelt by a letter ("NORTHERN Ireland", "Norther Ireland"): a region, no body's word."""
_PROGRAMME_AFTER = re.compile(rf"\s+(?:{PROGRAMME_NOUNS}|grants?|awards?)\b")


def nation_brand(text: str, start: int, end: int) -> bool:
    """A name of a body's own words and a nation ("Finance Wales", "Natural England", "Waterski and
    Wakeboard Scotland", "TGP Cymru", "Community Shares Scotland"): not a region, place or phrase ("Mid Wales",
    "Southeast England", "Across Scotland"), a person ("Jimmy Wales"), a job, a headline's words ("£15m To Improve NI") or a
    programme ("the Fishing Wales project")."""
    words = text[start:end].split()
    if len(words) not in (2, 3, 4) or words[-1] not in NATION_BRANDS or len(words) == 4 and words[1] not in {"and", "&"}:
        return False
    return all(w[:1].isupper() and w.isalpha() and (not w.isupper() or len(w) > 1 and w not in _NOT_BRAND_ACRONYMS)
               and w not in _NOT_BRANDS and not _COMPASS_OPENING.match(w)
               and w not in NOT_NAME_STARTS | TITLE_ENDS | CALENDAR_WORDS | COUNT_WORDS | NATION_ADJECTIVES
               and w.lower() not in CONNECTORS | {"the", "a", "an"} and w not in places() and w not in _given_names()
               for w in (words[:-1:2] if len(words) == 4 else words[:-1])) \
        and not in_a_headline(text, start, end) and not _PROGRAMME_AFTER.match(text, end)


_OF_STATE = re.compile(r"\b(?:Secretary|Minister) of State\b")
_OF_STATE_FOR = re.compile(r"\b(?:Secretary|Minister) of State for (?:the )?$")
_JOB_OF = re.compile(r"(?:[A-Z][a-z]+ ){0,2}(?:Head|Director|Chief Executive|Chair|Manager|Officer) (?:of|for) ")
"""A job's opening ("Head of Campaigns", "Reserves Manager for the Trust"): the span is the job, not a body."""


def names_a_title(text: str, start: int, end: int) -> bool:
    """A span read as a body that is in a minister's title ("Parliamentary Under-Secretary of State for the Home
    Department": the title names a portfolio, not a body) or is a job ("Chief Executive", "Head of Campaigns")."""
    return bool(_OF_STATE.search(text, start, end) or _OF_STATE_FOR.search(text, max(0, start - 40), start)
                or set(text[start:end].split()) <= JOB_WORDS | TITLE_ENDS or _JOB_OF.match(text, start) is not None)


def ends_a_name(word: str) -> bool:
    """A possessive ("Defra's") ends a name, but for those that are part of one ("Women's Institute", "Showmen's Guild")."""
    folded = word.lower().replace("’", "'")
    return word.endswith(("'s", "’s")) and folded not in NAME_POSSESSIVES and not folded.endswith("men's")
