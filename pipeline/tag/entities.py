"""Rules for ORG mentions the registry does not list, by the shape of the name.

- unknown organisations: a capitalised name ending in an organisation word ("… Trust", "… Forum"),
  or a "… Fund" that the sentence shows acting as a body ("the Tudor Fund said", "chief executive
  of the X Fund"); job titles before the name are left out ("Chief Executive of …");
- what can never be a name (places, job titles, programmes); the word lists that say so are in
  ``words.py``.
Where a name begins and ends is in ``boundaries.py``, acronym definitions are in ``acronyms.py``,
other evidence from the sentence in ``evidence.py``, people in ``people.py``.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from pipeline.tag.words import (CALENDAR_WORDS, COMMUNITY_PLACES, CONCEPTS, CONNECTORS, GENERIC_WORDS, JOB_WORDS, NAME_POSSESSIVES,
                                NAMING_TITLES, NATION_SUFFIXES, NOT_NAME_STARTS, ORG_HEADS, THING_WORDS, TITLE_ENDS)


_AGENT_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:has\s+|have\s+|had\s+|will\s+|would\s+|is\s+|was\s+|also\s+)?"
    r"(?:said|says|announced|welcomed|warned|launched|published|awarded|awards|funded|funds|gave|granted|supports|runs"
    r"|campaigns|represents|commissioned|urged|called|chief|director|trustees|board|spokes(?:man|woman|person)|grants?)\b"
)
_ROLE_BEFORE = re.compile(
    r"(?:chief executive|executive|director|chair|chairman|chairwoman|head|spokes(?:man|woman|person)|members?|trustees?"
    r"|founder|president|manager|officer)\s+(?:of|at|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:charity|organisation|company|body|network|alliance|association"
    r"|social enterprise|co-operative|cooperative|union|consortium|federation|trust|foundation|funder|grant-maker)\b"
)


@cache
def places() -> frozenset[str]:
    """The UK, its nations, regions, counties and largest towns (``pipeline/data/places.txt``):
    places, never organisations."""
    text = (resources.files("pipeline") / "data" / "places.txt").read_text(encoding="utf-8")
    return frozenset(line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip())


@cache
def _folded_places() -> frozenset[str]:
    return frozenset(p.casefold() for p in places())


def could_be_name(span: str) -> bool:
    """False for a span no ORG or PERSON can be: one that opens or ends in lower case ("Benn was"),
    a place in any case ("East Midlands", "LONDON"), a job title ("Environment Secretary",
    "Programme Manager of the …"), a programme or award ("Awards for All")."""
    words = span.split()
    return (bool(words) and not words[0][0].islower() and not words[-1][0].islower()
            and not all(part.strip().casefold() in _folded_places() for part in re.split(r",| and | & ", span))
            and not any(w in TITLE_ENDS or w.removesuffix("s") in TITLE_ENDS or w in THING_WORDS for w in words))


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


_WORD = re.compile(r"[A-Za-z0-9](?:[\w'’&.]|-(?!(?:owned|run|led|funded|backed|managed)\b))*\w(?:(?<=s)['’](?=\s))?|[A-Za-z&0-9]")
DIGIT_CAPITAL = re.compile(r"\d+[A-Z]")
"""A word that opens with digits and a capital ("3D", "4Children") is capitalised in a name."""
BRACKETED_ACRONYM = re.compile(r"\s[(\[](?P<acronym>(?:[A-Z]|\d+[A-Z])[A-Za-z0-9&]{1,9})[)\]]")
"""An acronym in brackets after a name: " (OTS)", " [RA21]"."""


def acts_as_organisation(text: str, start: int, end: int) -> bool:
    """True when the sentence shows the name at text[start:end] acting as a body: a verb of
    speech or grant-giving after it, a role "of" it before it, or "…, the charity" after it."""
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
    """The words of ``text`` as matches (letters, digits and the apostrophes, hyphens and dots inside them); a
    hyphened "-owned", "-run" or "-led" is a word of its own ("the Council-owned farm")."""
    return list(_WORD.finditer(text))


_NAME_OPENERS = {"friends", "campaign", "action", "help", "hope", "homes", "care"}
"""Words that open charities' names before "for"/"to" ("Help for Heroes", "Action for Children")."""
_ON_OPENERS = {"committee", "commission", "panel", "taskforce", "forum", "council"}


def looks_like_organisation(name: str, has_acronym: bool = False) -> bool:
    """A capitalised name that is not wholly generic and either ends in an organisation word
    ("Marine Conservation Society") or opens with one before "of/for/to" ("Department for
    Transport"), or has one as its second or third word before "of", or "for" and two words or more
    ("Scottish League of Credit Unions", "Carnegie Commission for Rural Community Development"), not
    in a job title. A name given an acronym may open with "Campaign" too ("Campaign to Protect
    Rural England (CPRE)"); without one, "Campaign for …" is a campaign."""
    words = name.split()
    if not words or not (words[0][0].isupper() or DIGIT_CAPITAL.match(words[0])):
        return False
    openers = ORG_HEADS | {"friends", "campaign"} if has_acronym else ORG_HEADS | {"friends"}  # "Friends of Hyde Park"
    head = words[-1].lower().strip(".")
    ends_as_org = head in ORG_HEADS and (len(words) > 2 or has_acronym or not head.endswith("s") or head in {"alliance", "ltd", "plc", "llp"}) \
        or len(words) > 2 and " ".join(words[-2:]).lower() in COMMUNITY_PLACES
    opens_as_org = len(words) > 2 and (
        words[0].lower() in openers and words[1] in {"of", "for", "to"}  # "Department for Transport"
        or words[0].lower() in _ON_OPENERS and words[1] == "on" and words[-1] not in CALENDAR_WORDS  # "Committee on Climate Change"
        or any(words[i].lower() in ORG_HEADS and not set(words[:i + 1]) & JOB_WORDS and words[i + 2] != "the"
               and (words[i + 1] == "of" or words[i + 1] == "for" and len(words) - i - 2 >= 2)
               for i in (1, 2) if i + 2 < len(words)))  # "Scottish League of Credit Unions", not "… Unit of the WCVA"
    specific = any(w.lower() not in GENERIC_WORDS and w.lower() not in CONNECTORS for w in words)
    return (ends_as_org or opens_as_org) and specific and not _names_a_concept(name)


def _names_a_concept(name: str) -> bool:
    """An idea, or an idea with an adjective before it ("Big Society", "Stronger Civil Society"); not a
    body named for one ("Office for Civil Society")."""
    folded = name.lower()
    return any(folded == c or folded.endswith(" " + c) and folded[:-len(c)].split()[-1] not in CONNECTORS | {"the", "a"}
               for c in CONCEPTS)


def _split_at_and(run: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """The run's parts between "and", "&" and commas."""
    parts: list[list[re.Match[str]]] = [[]]
    for previous, word in zip([None, *run], run):
        if word.group().lower() in {"and", "&"}:
            parts.append([])
        else:
            if previous is not None and word.string[previous.end():word.start()] != " " and parts[-1]:
                parts.append([])
            parts[-1].append(word)
    return parts


def _organisations_in_parts(run: list[re.Match[str]]) -> list[Found]:
    """Names in a run that is no name as a whole: its parts between "and", "&" and commas, each
    with as many following parts joined by "and" as still make one name ("Devon and Cornwall
    Housing Association and Neil Sinden" gives "Devon and Cornwall Housing Association")."""
    parts = [p for p in _split_at_and(run) if p]
    position = {id(w): k for k, w in enumerate(run)}
    found: list[Found] = []
    i = 0
    while i < len(parts):
        for j in range(len(parts), i, -1):
            words = run[position[id(parts[i][0])]:position[id(parts[j - 1][-1])] + 1]
            if j - i > 1 and any(a.string[a.end():b.start()] != " " for a, b in zip(words, words[1:])):
                continue  # parts joined by "and" only, not commas
            if any(parts[k][-1].group() in THING_WORDS for k in range(i, j - 1)):
                continue  # "Shetland Classic Motor Show and Shetland Probus Club": an event and a body
            name = _organisation_in(words if j - i > 1 else parts[i])
            if name:
                found.append(name)
                i = j
                break
        else:
            i += 1
    return found


def _given_names() -> frozenset[str]:
    from pipeline.tag.people import given_names  # people's rules build on this module's

    return given_names()


def person_before(words: Sequence[str]) -> int:
    """How many of the opening words name a person rather than the body after them: a person of a
    body ("Nicky Ellis of Wrexham Council", 3) or a person and a job ("Nick Hurd Minister for …", 2)."""
    if len(words) > 3 and words[0] in _given_names():
        if words[2] in {"of", "at", "from"}:
            return 3
        if words[2] in JOB_WORDS | TITLE_ENDS:
            return 2
    return 0


def _organisation_in(run: list[re.Match[str]]) -> Found | None:
    """The run as an organisation's name, trimmed of words that cannot open or close one."""
    words = list(run)
    titled = next((i for i, w in enumerate(words) if w.group() not in JOB_WORDS), len(words))
    if 0 < titled < len(words) and words[titled].group() in {"of", "at", "for"}:
        words = words[titled + 1:]  # "Chief Executive of the Widget Trust"
    words = words[person_before([w.group() for w in words]):]
    if len(words) > 3 and words[-2].group() == "in" and words[-1].group() in places():
        words = words[:-2]  # "Feckenham Community Shop in Worcestershire": where the body is
    if len(words) > 3 and words[-2].group() in {"on", "in", "by", "until", "from", "since"} and words[-1].group() in CALENDAR_WORDS:
        words = words[:-2]  # "Londonderry Rural Area Partnership on Friday": when
    while words and (words[-1].group().lower() in CONNECTORS or (words[-1].group() in JOB_WORDS and len(words) > 2)):
        words.pop()  # "Scottish Land Fund Committee Chair"
    titled_body = len(words) > 3 and words[0].group() in NAMING_TITLES and words[-1].group().lower() in ORG_HEADS \
        and not any(w.group().lower() in CONNECTORS for w in words)  # "Sir James Knott Trust"
    while words and not titled_body and (
        words[0].group() in NOT_NAME_STARTS
        or words[0].group().lower() in CONNECTORS
        or (words[0].group().isupper() and "-" in words[0].group() and len(words) > 1)  # a lead-in: "NEWLY-ELECTED Newry … Council"
        or (words[0].group().endswith(("ing", "ed")) and len(words) > 1 and words[1].group().lower() in CONNECTORS)
    ):
        opener = words.pop(0).group()  # "As Chair of the Widget Commission", "Speaking to the X Society"
        if opener in _TIME_PREPOSITIONS and len(words) > 2 and words[0].group() in CALENDAR_WORDS:
            words.pop(0)  # "In February Shetland Islands Council decided": when, then who
    if len(words) > 2 and words[1].group() in {"to", "for"} and words[0].group().lower() not in ORG_HEADS | _NAME_OPENERS:
        rest = words[3:] if words[2].group() == "the" else words[2:] if opens_a_sentence(words[0].string, words[0].start()) else []
        if len(rest) > 1 and looks_like_organisation(" ".join(w.group() for w in rest)):
            words = rest  # "Grants to the Widget Trust", "Thanks to the National Trust", "Money for St Richard’s Hospice"
    if not words or any(w.group() in {"Award", "Awards", "Prize", "Medal"} for w in words[:-1]) or any(
            w.group() in THING_WORDS and n.group() in {"of", "on", "into"} for w, n in zip(words, words[1:])):
        return None  # "Queen’s Award for Voluntary Service", "Economic Survey of Charities": an award, a document
    text = words[0].string
    if len(words) == 3 and words[1].group() in {"for", "of", "to"} and words[2].group().lower() in ORG_HEADS \
            and words[0].group().lower() not in ORG_HEADS | {"friends"} and opens_a_sentence(text, words[0].start()):
        return None  # "Demand for Hospice services …": a sentence's first word and a head alone
    if len(words) > 2 and words[-1].group() in {"Appeal", "Appeals", "Award", "Awards", "Conference"} \
            and words[-2].group().lower() in ORG_HEADS:
        return _organisation_in(words[:-1])  # "National Emergencies Trust Appeal": the body behind an appeal or award
    start, end = words[0].start(), words[-1].end()
    if words[-1].group().endswith(("'s", "’s")):
        end -= 2
    elif words[-1].group().endswith(("s'", "s’")):
        end -= 1  # a plural's possessive: "National Federation of Women’s Institutes’ (NFWI)"
    name = text[start:end]
    if words[-1].group() == "Fund" and len(words) > 1:
        return Found(start, end, name) if acts_as_organisation(text, start, end) else None
    if looks_like_organisation(name) or for_a_nation([w.group() for w in words]):
        return Found(start, end, name)
    for size in (1, 2):  # "Migrant Centre NI", "Volunteer Centre Dacorum", "Rural Action North Wales"
        if len(words) > size + 1 and text[words[-size].start():end] in NATION_SUFFIXES | places() \
                and looks_like_organisation(text[start:words[-size - 1].end()]):
            return Found(start, end, name)
    heads = [i for i, w in enumerate(words[1:-1], start=1) if w.group().lower() in ORG_HEADS and (words[i + 1].group() == "in" or (
        words[i + 1].group() == "of" and words[-1].group().isupper()) or (
        words[i + 1].group() == "on" and _ISLAND.match(text, words[i + 1].end())))]
    if heads:  # "Betws Family Centre in Carmarthenshire", "… Community Company on the Isle of Skye": the place is not part of
        # the name; "Criminal Records Unit of the WCVA"
        return _organisation_in(words[:heads[-1] + 1])
    return None


_TIME_PREPOSITIONS = {"In", "On", "By", "Since", "Until", "From", "During", "Last", "This", "Next", "Every"}
_CAPITAL_NEXT = re.compile(r" [A-Z][a-z]")
_ISLAND = re.compile(r" (?:the )?Isles? of ")

_HEADLINE_CUT = re.compile(r".* (?:for|to|on|with|at) ")


def _in_headline_trimmed(text: str, found: Found) -> Found:
    """On a headline's line, where every word is capitalised, a name found by its shape starts after
    the last "for"/"to"/"on" whose left part holds no organisation word ("Fluttery Funding Boost
    for Somerset Wildlife Trust" → "Somerset Wildlife Trust")."""
    cut = _HEADLINE_CUT.match(found.text)
    if not cut or not in_a_headline(text, found.start, found.end):
        return found
    left = cut.group().split()[:-1]
    if any(w.lower() in ORG_HEADS for w in left):
        return found
    return Found(found.start + cut.end(), found.end, found.text[cut.end():])


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


def ends_a_name(word: str) -> bool:
    """A possessive ("Defra's") ends a name, but for those that are part of one ("Women's Institute")."""
    return word.endswith(("'s", "’s")) and word.lower().replace("’", "'") not in NAME_POSSESSIVES


_PERSON_TITLES = {"Cllr", "Councillor", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Rev", "Revd"}
"""Titles that open a person's name, so end an organisation's name before them."""
_COMMITTEE_OF_SUBJECTS = re.compile(
    r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?, )+[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:and|&) [A-Z][a-z]+(?: [A-Z][a-z]+)*"
    r" (?:Committee|Commission|Council|Board|Forum|Panel|Group)\b")
"""A committee named by its subjects, listed with commas ("Environment, Planning and Countryside Committee")."""
_NAME_MAKERS = ORG_HEADS | {"fund", "friends", "campaign", "government", "assembly", "parliament", "hall", "shop"}
"""Words one of which a run must hold to be an organisation's name by its shape."""


def _split_after_heads(run: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """The run cut at each "and" or "&" after an organisation word ("Clydesdale Bank and Yorkshire
    Bank", "Sullom and Gunnister Public Hall and Kaimhill Primary School"), not at one inside a name
    ("Devon and Cornwall Housing Association")."""
    parts: list[list[re.Match[str]]] = [[]]
    for word in run:
        last = [w.group().lower() for w in parts[-1][-2:]]
        if word.group().lower() in {"and", "&"} and len(parts[-1]) > 1 and (
                last[-1] in ORG_HEADS or " ".join(last) in COMMUNITY_PLACES):
            parts.append([])
        else:
            parts[-1].append(word)
    return [p for p in parts if p]


_DATED_WORDS = {"Session", "Spring", "Summer", "Autumn", "Winter"}
_YEAR_NEXT = re.compile(r"\s+(?:19|20)\d\d\b")
"""A word before a year that makes a date, not a name's last word ("Session 2004–05", "Spring 2009")."""


_VERBS_IN_CAPITALS = {"WAS", "WERE", "IS", "ARE", "BE", "BEEN", "HAS", "HAVE", "HAD", "WILL", "HELD"}
"""Words of a heading in capitals that no name holds: they end a run ("THE ANNUAL PARISH MEETING WAS HELD IN …")."""


def unknown_organisations(text: str) -> list[Found]:
    """Capitalised names ending in an organisation word ("Marine Conservation Society").

    A name is a run of capitalised words and connectors ("of", "for", "and", "&", and "the" after
    "of"/"for"/"on"/"to") separated by single spaces, or by commas after "Department for …"-like
    openings ("Department for Culture, Media and Sport"); a possessive ("Defra's") ends a run. A
    run that is no name as a whole may hold names joined by "and" or commas.
    """
    found: list[Found] = []
    run: list[re.Match[str]] = []

    def flush() -> None:
        if not any(re.sub(r"['’]s$", "", w.group().lower()) in _NAME_MAKERS for w in run):
            run.clear()  # no word that can make a name an organisation's: most runs, decided at once
            return
        if listed := _listed_name_before_and(run):
            found.extend(listed)
            run.clear()
            return
        whole = _organisation_in(run)
        if not whole or any(part[-1].group() in THING_WORDS for part in _split_at_and(run)[:-1] if part):
            parts = _organisations_in_parts(run)
        else:  # "Devon and Cornwall Housing Association" is one; "Clydesdale Bank and Yorkshire Bank" are two
            split = [_organisation_in(part) for part in _split_after_heads(run)]
            parts = split if len(split) > 1 and all(split) else [whole]
        found.extend(parts)  # "Women's Institute and Department for Transport"
        run.clear()

    for word in words_of(text):
        token = word.group()
        capital = ((token[0].isupper() or DIGIT_CAPITAL.match(token) is not None) and token not in {"The", "A", "An"}
                   and token not in _VERBS_IN_CAPITALS  # "… MEETING WAS HELD IN BUXTON VILLAGE HALL"
                   and not token.endswith("-based")  # "Sutherland-based Golspie … Network"
                   and not (token in _DATED_WORDS and _YEAR_NEXT.match(text, word.end())))  # "… Committee Session 2004–05"
        connector = token.lower() in CONNECTORS - {"the"} or (
            token == "the" and bool(run) and run[-1].group().lower() in {"of", "for", "on", "to"}
            or token == "the" and len(run) > 3 and run[-1].group() == "and" and run[0].group() == "Department"
            or token == "by" and len(run) == 1 and _CAPITAL_NEXT.match(text, word.end()) is not None
            and not run[0].group().endswith("ed")  # not "Organised by Shetland Amenity Trust"
        )  # "Department for Environment, Transport and the Regions", a place's "by": "Bromley by Bow Centre"
        gap = text[run[-1].end():word.start()] if run else ""
        listed = (gap == ", " and capital and len(run) > 2 and run[0].group().lower() in ORG_HEADS and run[1].group() in {"of", "for"}
                  and text.startswith((" and ", ", "), word.end()))  # one-word items: "…, Food and Rural Affairs"
        slashed = gap == "/" and capital and run[-1].group()[0].isupper()  # "Manor Street/Cliftonville Community Group"
        saint = len(run) > 1 and run[-2].group() in {"St", "St.", "Saint"}  # "St Richard’s Hospice"
        listed = listed or (gap == ", " and capital and _COMMITTEE_OF_SUBJECTS.match(text, run[0].start()) is not None)
        continues = (bool(run) and (gap == " " or listed or slashed) and (saint or not ends_a_name(run[-1].group()))
                     and token not in _PERSON_TITLES)  # "… Joint Council Committee Cllr Allan Rainey"
        if not (continues and (capital or connector)):
            flush()
        if continues and (capital or connector) or capital:
            run.append(word)
    flush()
    return [_in_headline_trimmed(text, _with_listed_subjects(text, f)) for f in found if not _AWARD_AFTER.match(text, f.end)]


def _listed_name_before_and(run: list[re.Match[str]]) -> list[Found]:
    """A name listing its subjects with commas that "and" and another name follow ("Department for
    the Environment, Food and Rural Affairs and Defra's …"): the listed name, and the other when
    its shape makes it one."""
    text = run[0].string
    if sum(w.group() == "and" for w in run) < 2 or not any(text[a.end():b.start()] == ", " for a, b in zip(run, run[1:])):
        return []
    for i in range(len(run) - 1, 1, -1):
        if run[i].group() == "and" and (name := _organisation_in(run[:i])) and ", " in name.text:
            other = _organisation_in(run[i + 1:]) if i + 1 < len(run) else None
            return [name, *([other] if other else [])]
    return []


_AWARD_AFTER = re.compile(r" (?:award|awards|prize|category)\b")
"""A lower-case award word after a name makes it an award's ("the Grassroots Voluntary Group award")."""


_SUBJECTS_BEFORE = re.compile(r"(?:^|(?<=[a-z(’'] )|(?<=[A-Z]{2} )|(?<=[“\"‘]))((?:[A-Z][a-z]+(?: [A-Z][a-z]+)?, )+)$", re.MULTILINE)
_LISTED_NAME_HEADS = ("Committee", "Council", "Association", "Partnership", "Forum", "Group", "Trust")


def _with_listed_subjects(text: str, found: Found) -> Found:
    """A body named by a list of subjects or places keeps the whole list ("the Digital, Culture,
    Media and Sport Select Committee", "Newry, Mourne and Down District Council", "Gulberwick,
    Quarff and Cunningsburgh Community Council", "Wiltshire, Swindon & Oxfordshire Canal Partnership"): a name
    that opens "X and …" or "X & …" after commas."""
    if not found.text.endswith(_LISTED_NAME_HEADS) or not re.match(r"[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:and|&) ", found.text):
        return found
    subjects = _SUBJECTS_BEFORE.search(text, max(0, found.start - 80), found.start)
    if not subjects:
        return found
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
