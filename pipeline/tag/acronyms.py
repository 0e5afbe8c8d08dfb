"""Acronyms defined in a text ("Office of the Third Sector (OTS)") and whether the long form names
an organisation; acronyms no one defines that spell a name the text writes out."""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from pipeline.tag.boundaries import COMPANY_SUFFIXES
from pipeline.tag.entities import (BRACKETED_ACRONYM, DIGIT_CAPITAL, Found, words_of, acts_as_organisation, for_a_nation,
                                   looks_like_organisation, places)
from pipeline.tag.gazetteer import normalise
from pipeline.tag.registry import Registry
from pipeline.tag.spans import SpanIndex
from pipeline.tag.words import COMPASS_WORDS, CONNECTORS, JOB_WORDS, NATION_SUFFIXES, ORG_HEADS, THING_WORDS, TITLE_ENDS

_Value = TypeVar("_Value")

_CAMEL_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_COMPANY = re.compile(r"\b(?:Limited|Ltd|plc|PLC|LLP|CIC)\b")
_THING_NEXT = re.compile(r"\s+(?:grant\s+)?(?:scheme|programme|project|fund|initiative|campaign|awards?|strategy)\b")
_GIVEN_TO_BEFORE = re.compile(r"(?:£[\d,.]+\s?(?:k|m|bn|million|billion)?|given|awarded|granted|allocated|paid)\s+to\s+(?:the\s+)?$")
"""Money given to a long form: its recipient, a body ("£233k to Young Power in Social Action (YPSA)")."""
USE_WINDOW = 3000
"""Characters after an acronym's definition searched for its uses as a body."""


def _named_class(long_form: str, acronym: str) -> bool:
    """A class of bodies given an acronym, named as one in the guidelines' way ("County Voluntary
    Councils (CVCs)", "Volunteer Centres (VCs)", "Councils of Voluntary Service (CVS)")."""
    words = long_form.split()
    if len(words) < 2 or not all(w[0].isupper() or w in CONNECTORS for w in words):
        return False
    if acronym.endswith("s") and acronym[:-1].isupper():
        return words[-1].lower().removesuffix("s") in ORG_HEADS
    return acronym.isupper() and words[0].endswith("s") and words[0].lower().removesuffix("s") in ORG_HEADS and words[1] == "of"


def in_title_case(text: str) -> str:
    """A name written in capitals as it would be in title case ("NETWORK FOR SCOTLAND" → "Network for Scotland")."""
    return " ".join(w.lower() if w.lower() in CONNECTORS else w.capitalize() for w in text.split(" "))


def defined_organisation(text: str, long_form: Found, acronym: Found) -> bool:
    """Whether a "Long Form (LF)" definition names an organisation: the long form looks like one;
    or names a company ("… Limited"); or, with no law or programme word in it, it (or the acronym
    in the ``USE_WINDOW`` characters after it) acts as a body, money is given to it, it holds a digit or a camel-case word, or
    it is three capitalised words or more ending in a nation."""
    if long_form.text.isupper() and " " in long_form.text:  # a heading's "COMMUNITY RECYCLING NETWORK FOR SCOTLAND (CRNS)"
        long_form = Found(long_form.start, long_form.end, in_title_case(long_form.text))
    if looks_like_organisation(long_form.text, has_acronym=True) or _COMPANY.search(long_form.text):
        return True
    if for_a_nation(long_form.text.split()):
        return True  # "Community Recycling Network for Scotland (CRNS)"
    nation = next((n for n in ("Northern Ireland", *NATION_SUFFIXES) if long_form.text.endswith(" " + n)), None)
    if nation and looks_like_organisation(long_form.text[:-len(nation) - 1], has_acronym=True):
        return True  # "Air Ambulance Northern Ireland (AANI)": a body's name and its nation
    words = long_form.text.split()
    if _named_class(long_form.text, acronym.text) or (
            len(words) > 1 and words[-1].endswith("s") and words[-1][:-1].lower() in ORG_HEADS
            and all(w[0].isupper() or w in CONNECTORS for w in words)):
        return True  # a class, or bodies acting together: "Joint Trade Associations (JTA)"
    if any(w in THING_WORDS or w in {"Policy", "Framework", "Agreement", "Fund", "Grant"} for w in words):
        return False
    after = max(acronym.end, long_form.end) + 1  # past the bracket, whichever of the two it holds
    if _THING_NEXT.match(text, after):
        return False  # "Better Woodlands for Wales (BWW) grant scheme"
    if any(any(c.isdigit() for c in w) or re.search(r"[a-z][A-Z]", w) for w in words):
        return True
    if nation and len(words) > 2 and words[0] not in COMPASS_WORDS and all(w[0].isupper() or w in CONNECTORS for w in words):
        return True  # a nation's body named by what it does: "Community Shares Scotland (CSS)"
    opening = min(acronym.start, long_form.start)
    given_to = _GIVEN_TO_BEFORE.search(text, max(0, opening - 40), opening)
    if given_to or acts_as_organisation(text, opening, after):
        return True
    uses = re.compile(rf"(?<![\w&-]){re.escape(acronym.text)}(?![\w&])")
    following = uses.finditer(text, after, after + USE_WINDOW)  # bounded: linear in the text
    return any(acts_as_organisation(text, m.start(), m.end()) for m in following)


@dataclass(frozen=True)
class KnownSpans:
    """Where the organisations the registry knows start and end in a text."""

    starts: frozenset[int]
    ends: frozenset[int]

    @classmethod
    def of(cls, spans: Iterable[tuple[int, int]]) -> KnownSpans:
        pairs = list(spans)
        return cls(frozenset(s for s, _ in pairs), frozenset(e for _, e in pairs))


_AND_AFTER = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")
_AND_BEFORE = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?$")


def beside_a_known_body(text: str, acronym: Found, known: KnownSpans) -> bool:
    """An acronym joined by "and" to an organisation the registry knows, where it is used ("the
    Environment Agency and CSV"): a body too. Uses within ``USE_WINDOW`` characters of the
    definition count, so each definition costs bounded time."""
    uses = re.compile(rf"(?<![\w&-]){re.escape(acronym.text)}(?![\w&])")
    for use in uses.finditer(text, max(0, acronym.start - USE_WINDOW), acronym.end + USE_WINDOW):
        before = _AND_BEFORE.search(text, max(0, use.start() - 12), use.start())
        after = _AND_AFTER.match(text, use.end())
        if (before and before.start() in known.ends) or (after and after.end() in known.starts):
            return True
    return False


_UNSPELT_LAST_WORDS = {"Committee", "Group"}


def acronym_spells(acronym: str, words: list[str]) -> bool:
    """True when the acronym's letters are the leading letters of ``words`` in order (connectors optional; a committee's or
    group's last word may be left out of three letters or more: "Morvern Games & Gala Week Committee (MGGW)")."""
    letters = acronym.upper()

    def match(li: int, wi: int) -> bool:
        if li == len(letters):
            return wi == len(words) or all(w.lower() in CONNECTORS for w in words[wi:]) \
                or wi == len(words) - 1 and words[wi] in _UNSPELT_LAST_WORDS and len(letters) > 2
        if wi == len(words):
            return False
        word = words[wi]
        if word.lower() in CONNECTORS and match(li, wi + 1):
            return True
        prefix = 0
        while prefix < len(word) and li + prefix < len(letters) and word[prefix].upper() == letters[li + prefix]:
            prefix += 1
            if match(li + prefix, wi + 1):
                return True
        return False

    return match(0, 0)


def _spelt_letters(acronym: str) -> str:
    """The letters an acronym spells: a plural "s" is no initial ("RDAs")."""
    return acronym[:-1] if acronym.endswith("s") and len(acronym) > 2 else acronym


_YEAR = re.compile(r"(?:19|20)\d\d")


def _place_before(text: str, words: list[re.Match[str]], start: int) -> int:
    """Where a long form starts with the place written before it, the place being part of the name whose
    acronym spells the rest ("Mid Ulster Local Action Group (LAG)")."""
    for size in (4, 3, 2, 1):
        if len(words) >= size and text[words[-size].start():start].rstrip(" ") in places():
            return words[-size].start()
    return start


_ACRONYM_FIRST = re.compile(
    r"(?<![\w&-])(?P<acronym>[A-Z]{2,8}) \((?P<long>[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|for|and|in|the|on|to|&))+)\)")
"""An acronym defined after it: "ACE (Action in Caerau and Ely)"."""


def acronym_definitions(text: str) -> list[tuple[Found, Found]]:
    """(long form, acronym) pairs written as "Long Form (LF)": the shortest run of words before the
    bracket whose initials spell the acronym (a plural "s" on the acronym is allowed); or as
    "LF (Long Form)", every capitalised word of the bracket spelt."""
    pairs = []
    text_words = words_of(text)  # once: the words before each bracket are a slice of these
    ends = [w.end() for w in text_words]
    for definition in BRACKETED_ACRONYM.finditer(text):
        acronym = definition["acronym"]
        letters = _spelt_letters(acronym)
        low, high = bisect.bisect_right(ends, definition.start() - 160), bisect.bisect_right(ends, definition.start())
        before = text_words[low:high]
        if before and _YEAR.fullmatch(before[-1].group()):
            before = before[:-1]  # a law's year between its name and the bracket: "Agricultural Holdings Act 1986 [AHA]"
        for first in range(len(before) - 1, -1, -1):
            run = before[first:]
            if not (run[0].group()[0].isupper() or DIGIT_CAPITAL.match(run[0].group())):
                continue
            if len(run) > 1 and text[run[-2].end():run[-1].start()].strip(" &") != "":
                break
            tokens = [w.group() for w in run]
            parts = [p for t in tokens for p in (_CAMEL_PARTS.findall(t) or [t])]  # "FareShare" spells "FS"
            if acronym_spells(letters, tokens) or (parts != tokens and acronym_spells(letters, parts)) or (
                    len(tokens) > 2 and tokens[-1] in COMPANY_SUFFIXES and acronym_spells(letters, tokens[:-1])) or (
                    acronym.endswith("S") and len(acronym) > 3 and tokens[-1].endswith("s")
                    and acronym_spells(acronym[:-1], tokens)):  # a plural's "S" in capitals: "Local Action Groups (LAGS)"
                start, end = run[0].start(), run[-1].end()
                start = _place_before(text, before[:first], start)
                if text.endswith(("'s", "’s"), start, end):
                    end -= 2  # "The Heritage Lottery Fund’s (HLF) programme": the possessive stays out
                elif text.endswith(("s'", "s’"), start, end):
                    end -= 1  # a plural's: "National Federation of Women’s Institutes’ (NFWI)"
                long_form = Found(start, end, text[start:end])
                pairs.append((long_form, Found(definition.start("acronym"), definition.end("acronym"), acronym)))
                break
    for definition in _ACRONYM_FIRST.finditer(text):  # "ACE (Action in Caerau and Ely)"
        tokens = definition["long"].split()
        if len(tokens) > 1 and acronym_spells(definition["acronym"], tokens):
            pairs.append((Found(definition.start("long"), definition.end("long"), definition["long"]),
                          Found(definition.start("acronym"), definition.end("acronym"), definition["acronym"])))
    return pairs


_WORDS_BEFORE = re.compile(r"(?:[\w-]+(?:,?\s+|/))*[\w-]+$")
"""Words before a bracket, parted by spaces, commas or slashes ("lesbian/gay/bisexual and transgender (LGBT)")."""


def lower_case_definitions(text: str) -> set[str]:
    """Acronyms defined by words the first of which is in lower case, the last word perhaps left out
    ("household, commercial and industrial waste (HCI)", "the programme for Government (PFG)"): a
    thing's, never an organisation's."""
    found = set()
    for definition in BRACKETED_ACRONYM.finditer(text):
        before = _WORDS_BEFORE.search(text, max(0, definition.start() - 100), definition.start())
        acronym = definition["acronym"]
        letters = _spelt_letters(acronym)
        if before:
            words = re.split(r"[\s,/]+", before.group())[-8:]
            if any(words[i][0] == letters[0].lower() and acronym_spells(letters, words[i:len(words) - last])
                   for i in range(len(words)) for last in (0, 1)):
                found.add(acronym)
    return found


def content_words(name: str) -> list[str]:
    """A name's normalised words but its connectors: "… Council of Voluntary …" and "… Council for Voluntary …" agree."""
    return [w for w in normalise(name).split() if w not in CONNECTORS]


def registry_name_ending(registry: Registry, text: str, start: int, end: int, extra_words: int = 4) -> list[str]:
    """Registry entities named by text[start:end], or by it with up to ``extra_words`` words
    before it ("REalliance Community Interest Company (CIC)": the acronym spells the last three)."""
    for _ in range(extra_words + 1):
        known = registry.lookup(text[start:end])
        if known or start == 0:
            return known
        previous = text.rfind(" ", 0, start - 1)
        start = previous + 1
    return []


_BARE_ACRONYM = re.compile(r"(?<![\w&-])[A-Z]{2,6}s?(?![\w&-])")
_COMMON_TWO_LETTERS = {"UK", "EU", "US", "UN", "TV", "MP", "PM", "AM", "OK", "ID", "IT", "HR", "PR", "AD", "BC", "GB", "NI",
                       "NO", "IS", "AS", "AN", "OR", "IN", "ON", "TO", "OF", "AT", "BY", "IF", "WE", "HE", "ME", "MY"}
"""Two capitals that are a word or a common abbreviation, never read as an undefined acronym."""


def undefined_acronyms(text: str, names: dict[str, _Value], covered: SpanIndex) -> list[tuple[int, int, _Value]]:
    """(start, end, the name's value) for each acronym no one defines, outside ``covered``, whose
    letters are the initials of one of ``names`` ("NWT" where "Norfolk Wildlife Trust" is written);
    not one the text defines as something else ("Rural Development Programme (RDP)" before "Redrock
    Development Partnership")."""
    more = []
    defined_as_another: dict[str, bool] = {}  # once per acronym: a long text writes the same ones many times
    for m in _BARE_ACRONYM.finditer(text):
        if covered.overlaps(m.start(), m.end()):
            continue
        letters = m.group()[:-1] if m.group().endswith("s") else m.group()
        if len(letters) < 2 or letters in _COMMON_TWO_LETTERS:
            continue
        value = next((v for name, v in names.items() if acronym_spells(letters, name.split())), None)
        if value is not None and not defined_as_another.setdefault(m.group(), _defined_as_another(text, m.group(), names)):
            more.append((m.start(), m.end(), value))
    return more


def _defined_as_another(text: str, acronym: str, names: dict[str, _Value]) -> bool:
    """Whether the text gives ``acronym`` in brackets after something none of ``names`` is."""
    return any(not text[max(0, m.start() - 200):m.start()].rstrip().endswith(tuple(names))
               for m in re.finditer(rf"\({re.escape(acronym)}\)", text))


_CAPITALISED_RUN = re.compile(r"(?<![\w'’-])(?:[A-Z][a-z'’-]+\s+){1,5}[A-Z][a-z'’-]+(?![\w'’-])")


def roles_spelt(text: str, registry: Registry) -> set[str]:
    """The acronyms that capitalised words in the text spell where they name a job or a programme
    the registry does not know ("Farm Support Coordinator" spells "FSC"): beside "the FSC’s
    contract", the acronym stands for them, not for a body the registry gives the letters. One pass
    over the text, whatever the number of acronyms (a long text names many)."""
    spelt = set()
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        if words[-1] in JOB_WORDS | TITLE_ENDS | THING_WORDS:
            for first in range(len(words) - 1):
                if not registry.lookup(" ".join(words[first:])):
                    spelt.add("".join(w[0] for w in words[first:]))
    return spelt


def spelt_as_a_role(acronym: str, roles: set[str]) -> bool:
    """Whether ``acronym`` (a plural "s" aside) is one of the ``roles_spelt`` in its text."""
    return _spelt_letters(acronym) in roles
