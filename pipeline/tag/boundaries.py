"""Where a name the registry knows, or one found by its shape, begins and ends in the text.

A known name runs on into a law or programme's name ("Animal Health Act": not a body), into a
company, nation or county suffix ("FareShare Limited", "WRAP Cymru", "Age Concern
Buckinghamshire"), into one or two more capitalised words ("ACRE Network"), or opens after one or
two ("Drumchapel Citizens Advice Bureau"). Hand-written because the choices turn on the
guidelines' span rules, which no spaCy component encodes.
"""
from __future__ import annotations

import re

from pipeline.tag.entities import NATION_BRANDS, looks_like_organisation, opens_a_sentence, places
from pipeline.tag.common_words import common_words
from pipeline.tag.words import (CALENDAR_WORDS, GENERIC_WORDS, HEADLINE_VERBS, JOB_WORDS, JOBS_AFTER_A_NAME, NATION_SUFFIXES, NOT_NAME_STARTS, ORG_HEADS,
                                THING_WORDS, TITLE_ENDS)
from pipeline.tag.person_names import given_names

_NEXT_WORD = re.compile(r"\s(?P<word>[A-Z][a-z]+)\b")


def names_a_thing(text: str, end: int) -> bool:
    """True when the name ending at ``end`` runs on into a law, programme or event's name."""
    following = _NEXT_WORD.match(text, end)
    return bool(following) and following["word"] in THING_WORDS


_WORD_BEFORE = re.compile(r"(?P<word>[A-Z][\w'’-]*?)(?:['’]s)?[ ]$")
_DETERMINERS = {"The", "A", "An", "This", "That", "These", "Those", "Our", "Their", "Its", "His", "Her", "Your", "My", "Every", "Each"}


def ends_a_longer_name(text: str, start: int, end: int) -> bool:
    """A known fund's name of two capitalised common words or more just after a capitalised word or a possessive (no
    place's) that opens no sentence is the end of a longer name, not the body known by those words ("the Ashfield
    Community Fund", "Our Local Community Fund", "the High Sheriff's Community Fund": not the Community Fund that was the
    lottery's distributor)."""
    words = text[start:end].split()
    if len(words) < 2 or words[-1] != "Fund" or not all(w[0].isupper() and w.lower() in common_words() for w in words):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return bool(before) and before["word"] not in NOT_NAME_STARTS | _DETERMINERS | CALENDAR_WORDS \
        and text[before.start() - 1:before.start()] == " " and not opens_a_sentence(text, before.start()) \
        and not (before.group().endswith(("'s ", "’s ")) and before["word"] in places())  # "Banbury’s Community Fund": the town's


_AWARD_AFTER = re.compile(r" Awards?\b")


def names_its_award(text: str, end: int) -> bool:
    """A company's name before "Award(s)": its award programme names the company, the giver ("The grant has come from Biffa
    Award")."""
    return bool(_AWARD_AFTER.match(text, end))


_IN_A_NATION = re.compile(r" in (?:Northern Ireland|Scotland|Wales)\b(?= (?:ha[sv]e?|is|are|was|were|will|said|says)\b)")


def in_a_nation(text: str, end: int) -> int | None:
    """The end of a charity's work in a nation named as its subject, one name ("The Woodland Trust in Northern Ireland have
    confirmed", "Wildlife Trusts in Wales said"); None otherwise."""
    nation = _IN_A_NATION.match(text, end)
    return nation.end() if nation else None


_SCHEME_AFTER = re.compile(r" (?:scheme|programme|initiative|campaign)\b")


def names_a_scheme(text: str, start: int, end: int) -> bool:
    """A known name of common words, no organisation word and no generic last word, before "scheme" or "programme",
    names the scheme ("the Community Matters scheme", a supermarket's), not the body of that name (not "a Big Lottery
    Fund programme", "the Scottish government programme")."""
    words = text[start:end].lower().split()
    return bool(_SCHEME_AFTER.match(text, end)) and words[-1] not in GENERIC_WORDS and all(
        w in common_words() and w not in ORG_HEADS for w in words)


COMPANY_SUFFIXES = ("Limited", "Ltd", "plc", "PLC", "LLP", "CIC", "C.I.C", "CIO", "SCIO", "Cyf", "Cyfyngedig")
"""Words after a body's name that name the same body as a company ("FareShare Limited", Welsh "Cyf" or "Cyfyngedig")."""
_EXTENSION = re.compile(r" (?P<suffix>Limited|Ltd|plc|PLC|LLP|CIC|CIO|Cymru Wales|Cymru|Scotland|Wales|Northern Ireland|NI|UK|GB|International)\b(?! (?:Year|Day|Week|Decade)\b)")
"""A company's suffix, nation or "International" after a known name, not a year or day it marks ("United Nations
International Year of Volunteers")."""


FOR_NATIONS = re.compile(r" for (?:the UK|England|Wales|Scotland|Northern Ireland)(?: and (?:England|Wales|Scotland|Northern Ireland))?\b")
"""A nation's "for" after a body's name, part of the name ("Lloyds TSB Foundation for England and Wales")."""
_PLACE_AFTER = re.compile(r" (?P<place>[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,2})(?!(?!['’]s\b)[\w'’-]| [A-Z])")


def name_extension(text: str, end: int) -> tuple[int, bool] | None:
    """(new end, same body) when a known name ending at ``end`` runs on into a company suffix (the
    same body: "FareShare Limited"), a nation's ("WRAP Cymru", "RSPB Scotland": a body of its
    own), both ("Friends of the Earth Scotland Ltd"), or a county's or region's ("Age Concern
    Buckinghamshire", "Groundwork West Midlands": a body of its own)."""
    nations = FOR_NATIONS.match(text, end)
    if nations:  # "Lloyds TSB Foundation for England and Wales": the same body's full name
        return nations.end(), True
    extension = _EXTENSION.match(text, end)
    if not extension:
        place = _PLACE_AFTER.match(text, end)
        return (place.end(), False) if place and place["place"] in places() else None
    same_body = extension["suffix"] in COMPANY_SUFFIXES
    company = _EXTENSION.match(text, extension.end())
    if not same_body and company and company["suffix"] in COMPANY_SUFFIXES:
        return company.end(), False
    return extension.end(), same_body


_CONTINUATION = re.compile(r" (?P<words>[A-Z][\w’'&-]*(?: [A-Z][\w’'&-]*)?)(?=[,.;:)!?]|\s(?![A-Z&])|$)")
NOT_CONTINUATIONS = {"Fund", "Funds", "Reaction", "Response", "Statement", "News", "Release", "Update", "Blog", "Briefing",
                     "Comment", "Members", "Staff", "Volunteers", "Partners", "Website", "Annual", "Award", "Awards", "Tower", "House",
                     "Building", "Express", "Extra", "Metro", "Superstore", "Superstores", "Store", "Stores", "Maps", "Convention",
                     "Officials", "Spring", "Summer", "Autumn", "Winter", "Boardroom", "Chamber", "Chambers", "Offices", "Area", "Areas",
                     "Rally", "Dinner", "Lecture", "Seminar", "Event", "Events"}
"""Words after a known name that say what of it a text speaks of ("ACEVO Reaction", "Defra Fund", "UN Convention", a shop's format:
"Tesco Express stores", a company's product: "Google Maps", its events: "UFU Rally", its officials or a term: "Senedd Spring term", its rooms or area: "… Council
Boardroom", "… District Council Area")."""

_PREFIX = re.compile(r"(?<![\w'’&.-])(?P<words>[A-Z][a-z]+(?: and District| [A-Z][a-z]+)?) $")
_PLACE_PREFIX = re.compile(r"(?<![\w'’&.-])(?P<words>[A-Z][a-z]+['’]s [A-Z][a-z]+) $")
"""A place's name with a possessive before a known name: "King’s Lynn Lions"."""
NOT_PREFIXES = {"British", "English", "European", "National", "New", "Government", "Minister", "Labour", "Conservative",
                "Tory", "Liberal", "Green", "Scheme", "Programme", "Project", "Charity", "Charities", "Organisation",
                "Organisations", "Company", "Funder", "Partner", "Partners"}
"""Capitalised words before a known name that describe it rather than name a body of its own ("British Red Cross" aside;
"respected Charity Community Matters")."""


def alone_on_line(text: str, start: int, end: int) -> bool:
    """The span is a whole line, as an item of a list written one per line."""
    return (start == 0 or text[start - 1] == "\n") and text[end:end + 1] in {"", "\n"}


def name_prefix(text: str, start: int, end: int) -> int | None:
    """The start of a longer name that ends in a known name of two words or more at
    ``start``–``end``: one or two capitalised words before it, not opening a sentence, a line or a
    list of capitalised words, that are no job, month, title or sentence opener ("Drumchapel
    Citizens Advice Bureau", "Scottish Social Enterprise Coalition", "Somerset Wildlife Trust"). A
    line holding the name alone, as in a list of bodies one per line, may open with the words
    ("Caia Park Communities First")."""
    before = _PLACE_PREFIX.search(text, max(0, start - 40), start)
    if not before or before["words"] not in places():
        before = _PREFIX.search(text, max(0, start - 40), start)
    if not before:
        return None
    words = before["words"].split()
    if set(words) & (JOB_WORDS | TITLE_ENDS | THING_WORDS | CALENDAR_WORDS | NOT_NAME_STARTS | NOT_PREFIXES | {"The", "A", "An", "I"}):
        return None
    if len(words) == 2 and words[0] in given_names():
        return None  # a speaker and a party: "Linda Fabiani Scottish National Party"
    ahead = text[max(0, before.start() - 3):before.start()]
    if alone_on_line(text, before.start(), end) or before["words"].endswith(" and District") or before["words"] in places():
        return before.start()  # a place before the name, even opening a sentence: "Manchester Friends of the Earth said"
    if not ahead.strip() or ahead.rstrip()[-1:] in {".", "!", "?", ":", "“", '"', "\n"} or "\n" in ahead \
            or re.search(r"[A-Z][\w'’-]* $", ahead):
        return None
    return before.start()


BROADCASTERS = {"BBC", "ITV", "Channel 4", "S4C", "Sky", "STV", "UTV"}
"""Broadcasters, whose name before a capitalised word opens a programme's name ("BBC Panorama")."""
_HEAD_AFTER = re.compile(r" (?P<head>[A-Z][a-z]+)(?=['’]s\b|[,.;:)!?]|\s(?![A-Z&])|$)")


def name_continuation(text: str, start: int, end: int) -> int | None:
    """The end of a longer name that a known name at ``start``–``end`` opens ("Big Issue Invest",
    "CAF Venturesome"): one or two capitalised words, then no more, that are no job title, thing,
    month or place; None when the rest is a name of its own, which the guidelines tag apart ("Defra
    Communications Directorate" → "Defra" and "Communications Directorate"), or a person's after a
    job title ("Chief Executive of Shelter Campbell Robb"). One organisation word after it makes
    the longer name ("Co-op Group’s", "Tesco Bank", "BBC Trust")."""
    head = _HEAD_AFTER.match(text, end)
    if head and head["head"].lower() in ORG_HEADS and not head["head"].endswith("s"):
        return head.end()  # "BBC Trust" too
    more = _CONTINUATION.match(text, end)
    if more and re.search(r"['’]s$", more["words"]):
        more = _CONTINUATION.match(text[:more.end() - 2], end)  # "Mind Pembrokeshire’s plan": the possessive stays out
    words = more["words"].split() if more else []
    if more and len(words) == 2 and words[0].lower() in ORG_HEADS and words[1] in JOB_WORDS:
        return more.start("words") + len(words[0])  # "BBC Trust Chairman": the body, then a job in it
    if text[max(0, end - 8):end].split()[-1:] and text[max(0, end - 8):end].split()[-1] in BROADCASTERS:
        return None  # "BBC Panorama", "BBC Coast": a programme
    if not more:
        return None
    stems = {w.rstrip("s") for w in words} | set(words)
    if (stems & (JOB_WORDS | JOBS_AFTER_A_NAME | TITLE_ENDS | THING_WORDS | CALENDAR_WORDS | NOT_NAME_STARTS | NOT_CONTINUATIONS
                 | HEADLINE_VERBS | {"The", "A", "An", "I"})  # "Welsh Labour Leader": a job
            or more["words"] in places() or looks_like_organisation(more["words"])
            or any(sum(c.isupper() for c in w) > 1 for w in words)  # "Defra NDPBs": an abbreviation of its own
            or any(w.endswith("s") and w[:-1].lower() in ORG_HEADS for w in words)  # "Trussell Trust Foodbanks": its units
            or _TITLE_GOES_ON.match(text, more.end())
            or _PORTFOLIO_GOES_ON.match(text, more.end())  # "Sinn Féin Agriculture and Rural Development Minister"
            or (len(words) == 2 and (words[0] in given_names() or _JOB_OF_BEFORE.search(text, max(0, start - 30), start)))):
        # "Chief Executive of Shelter Campbell Robb": a person after the body  # "Tesco Bags of Help", "BT Volunteering event": a thing's name
        return None
    return more.end()


_PORTFOLIO_GOES_ON = re.compile(rf" (?:and|&) (?:[A-Z][a-z]+ ){{1,3}}(?:{'|'.join(sorted(TITLE_ENDS))})\b")
"""A minister's or spokesperson's portfolio after a party's name: what follows the name is a title."""
_JOB_OF_BEFORE = re.compile(r"\b(?:[Ee]xecutive|[Dd]irector|[Cc]hair(?:man|woman)?|[Mm]anager|[Oo]fficer|[Ff]ounder|[Pp]resident|[Hh]ead)"
                            r" of (?:the )?$")
_TITLE_GOES_ON = re.compile(r" (?:of|for) (?:the )?[A-Z]| (?:event|events|scheme|programme|project|campaign|initiative"
                            r"|conference|awards?|day|week|grants?|app|website)\b")


def without_company_suffix(name: str) -> str:
    """The name without a trailing "Limited", "Ltd" or "plc"."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].rstrip(".") in COMPANY_SUFFIXES else name


_KIND_SUFFIX = re.compile(r" (?:A?FC|F\.C\.|RFC|GFC|GAA|GAC|Football Club|(?:Children['’]s |Baby |Day )?Hospice)$")


def short_name(name: str) -> str | None:
    """A body's name without its company suffix ("Hwb Dolgellau" of "Hwb Dolgellau C.I.C."), a football club's ("Albion
    Rovers" of "Albion Rovers FC") or a hospice's ("Bluebell Wood" of "Bluebell Wood Children’s Hospice") when still of two
    words or more and no place, or its own word before its nation or "Trust"/"Foundation" ("Hanfod" of "Hanfod Cymru",
    "Wildwood" of "Wildwood Trust") when no common word, place or given name."""
    short = _KIND_SUFFIX.sub("", without_company_suffix(name))
    if short != name:
        return short if " " in short and short not in places() else None
    first, _, nation = name.partition(" ")
    return first if (nation in NATION_SUFFIXES or nation in {"Trust", "Foundation"} and first not in given_names()) \
        and len(first) > 3 and first[0].isupper() and first.lower() not in common_words() and first.lower() not in ORG_HEADS \
        and first not in places() else None


_SHOP_AFTER = re.compile(r" (?:shop|store|branch|outlet|charity shop)s?\b")


def local_branch(text: str, opened_at: int, start: int, end: int) -> bool:
    """A one-word charity's name after a place: a local body of its own ("Newport Mind", "Wrexham Ramblers", "Burton and
    District Mind"), but not a shop ("the Helensburgh Oxfam shop")."""
    where = text[opened_at:start].strip()
    return (where in places() or where.endswith(" and District")) and not _SHOP_AFTER.match(text, end)


_OF_A_PLACE = re.compile(r" of (?:the )?(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")


def of_a_place(text: str, end: int, longer_end: int) -> bool:
    """A known name ending at ``end`` and the place it is "of" up to ``longer_end``: another body, the place's ("Football
    Association of Ireland" beside the Football Association)."""
    of = _OF_A_PLACE.fullmatch(text, end, longer_end)
    return of is not None and (of["place"] in places() or of["place"] in NATION_BRANDS)
