"""Bodies named as the items of a list: between two organisations ("Age Concern, Fair Finance and
FareShare"), or enumerated after a lead-in ("groups including …"), each item checked by the name's
shape."""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from pipeline.tag.entities import DIGIT_CAPITAL, Found, could_be_name, looks_like_organisation
from pipeline.tag.words import CALENDAR_WORDS, CONNECTORS, GENERIC_WORDS

_LIST_GAP = re.compile(r"(?:\)?[,;]\s(?:and\s)?|(?<=including\s)|(?<=such as\s))(?:the\s)?(?P<items>.+?)(?:[,;]\s(?:and\s)?|\s(?:and|&)\s)(?:the\s)?",
                       re.DOTALL)
_LIST_OPENING = re.compile(r"\b(?:including|such as)\s")
_LIST_TAIL = re.compile(r"(?:,\s(?:and\s)?|\s(?:and|&)\s)(?:the\s)?(?P<items>[^.;:()\[\]\n“”\"]{1,120}?)(?=\.(?:\s|$)|;|\n|$)")


def listed_between(text: str, organisations: Sequence[tuple[int, int]]) -> list[Found]:
    """Names listed between two organisations ("Plunkett Foundation, Pub is the Hub, Co-operative
    and Community Finance, Locality and the RSPB", or with semicolons), between "including"/"such as" and an
    organisation, or after the last organisation of such a list, or of two listed with a comma, up
    to the sentence's end ("such as Hopkins Homes, Thakeham and Welbeck.", "the Stroke Association,
    Brain Tumour Research and Hospiscare."): when every item there is a capitalised name, each is
    an organisation too. ``organisations`` are (start, end) spans in text order."""
    found: list[Found] = []
    openings = [(m.end(), m.end()) for m in _LIST_OPENING.finditer(text)]  # "including X, Y, the RSPB"
    bounds = sorted({*organisations, *openings})
    for (_, end), (next_start, _) in zip(bounds, bounds[1:]):
        gap = _LIST_GAP.fullmatch(text, end, next_start) if next_start - end <= 200 else None
        if gap:
            found += _names_listed(text, gap.start("items"), gap.end("items"), _COMMA)
    opened = [end for end, _ in openings]
    for previous, (start, end), following in zip([None, *organisations], organisations, [*organisations[1:], None]):
        bracket = _BRACKET_AFTER.match(text, end)
        tail = _LIST_TAIL.match(text, bracket.end() if bracket else end)
        opening = bisect.bisect_right(opened, start)
        listed = opening and start - opened[opening - 1] <= 200 or previous and _COMMA_GAP.fullmatch(text, previous[1], start)
        if tail and listed and (following is None or following[0] >= tail.end()):
            found += _names_listed(text, tail.start("items"), tail.end("items"), _COMMA_OR_AND)  # "such as X, Y and Z."
    return found


_BRACKET_AFTER = re.compile(r"\s\([^()\n]{1,60}\)")
"""A listed body's bracket: "Brain Tumour Research (West of England and Wales)"."""
_COMMA_GAP = re.compile(r"(?:\s\([^()\n]{1,60}\))?,\s(?:the\s)?")
"""Between two bodies of a list: "the Stroke Association, Brain Tumour Research"."""


_COMMA = re.compile(r"[,;] ")
_ITEM_PREFIX = re.compile(r"(?:(?!(?:Men|Women|Children|People)['’]s )[A-Z][\w-]*['’]s |[A-Z][\w]*-based )?")
"""A place's possessive or "-based" before a listed name: where the body is, not its name (a plural's possessive
is the name's: "Men’s Shed", "Women’s Institute")."""
_IN_A_PLACE = re.compile(r" (?:in|from) (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+$")
_COMMA_OR_AND = re.compile(r", (?:and )?| and ")


def _names_listed(text: str, start: int, end: int, separator: re.Pattern[str]) -> list[Found]:
    """The items of text[start:end] between separators, when every one is a capitalised name; else none."""
    cuts = [(m.start(), m.end()) for m in separator.finditer(text, start, end)]
    spans = [(a, b) for a, b in zip([start, *(e for _, e in cuts)], [*(s for s, _ in cuts), end])]
    names = []
    for a, b in spans:
        a += len(_ITEM_PREFIX.match(text, a, b)[0])  # "Rutherglen’s Stonelaw High Fair Traders", "Sutherland-based …"
        if place := _IN_A_PLACE.search(text, a, b):
            b = place.start()  # "Age Sector Platform in Northern Ireland": where the body is, not its name
        item = text[a:b]
        words = item.split()
        if not (0 < len(words) <= 6 and (words[0][0].isupper() or DIGIT_CAPITAL.match(words[0])) and words[-1][0].isupper()
                and not re.search(r"[.;:()\[\]\n“”\"]", item) and could_be_name(item) and item not in CALENDAR_WORDS
                and any(w.lower() not in GENERIC_WORDS | CONNECTORS for w in words)):  # not "Local Authorities"
            return []
        names.append(Found(a, b, item))
    return names


_ENUMERATION = re.compile(
    r"\b(?:(?:organi[sz]ations|groups|charities|recipients|grantees|beneficiaries|partners|bodies|projects|members|winners)\b[^.:;\n]{0,80}?"
    r"\b(?:include|includes|including|are|were)\s*:?|(?:awarded|given|made)\s+(?:funding|grants?|awards?)\s+to"
    r"|(?:receiving|receive|benefiting from)\s+(?:funding|grants?|awards?)\s+(?:are|were|include)\s*:?)\s+(?:the\s+)?")
"""Opens an enumeration of bodies: "The eight organisations to receive grants include:", "also
awarded funding to the …", "Also receiving grants are …"."""
_ITEM_TAIL = re.compile(r"\s+(?:in|from)\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*$")
_SENTENCE_END = re.compile(r"\.(?=\s|$)|\n")


def enumerated_bodies(text: str) -> list[Found]:
    """The names in an enumeration of bodies, to the sentence's end: items between semicolons
    (else commas), the last split at "and"; each without a leading "the"/"and", a place's
    possessive or "-based" before it or "in <Place>" or "from <Place>" after it ("Action Homeless in Leicester").
    Items that are no capitalised name ("two southern FareShare centres", "serving Dumfries")
    are passed over; two names at least make an enumeration."""
    found: list[Found] = []
    for opening in _ENUMERATION.finditer(text):
        end_of_sentence = _SENTENCE_END.search(text, opening.end())
        stop = end_of_sentence.start() if end_of_sentence else len(text)
        separator = re.compile(r";\s*(?:and,?\s+)?") if ";" in text[opening.end():stop] else re.compile(r",\s+(?:and\s+)?")
        cuts = [opening.end(), *(x for m in separator.finditer(text, opening.end(), stop) for x in (m.start(), m.end())), stop]
        items = list(zip(cuts[::2], cuts[1::2]))
        if items:  # "Stepping Stones in Clydebank and Skye and Lochalsh Community Care Forum"
            a, b = items[-1]
            last_and = re.search(r" and (?=[A-Z])", text[a:b])
            if last_and and (not looks_like_organisation(text[a:b]) or _ITEM_TAIL.search(text, a, a + last_and.start())
                             or looks_like_organisation(text[a:a + last_and.start()]) and looks_like_organisation(text[a + last_and.end():b])):
                items[-1:] = [(a, a + last_and.start()), (a + last_and.end(), b)]
        names = []
        for a, b in items:
            a += len(re.match(r"(?:[Tt]he\s+|and\s+)?", text[a:b])[0])
            a += len(_ITEM_PREFIX.match(text, a, b)[0])
            tail = _ITEM_TAIL.search(text, a, b)
            b = tail.start() if tail and tail.start() > a else b
            item = text[a:b]
            words = item.split()
            if (0 < len(words) <= 7 and (words[0][0].isupper() or DIGIT_CAPITAL.match(words[0])) and words[-1][0].isupper()
                    and not re.search(r"[.;:()\[\]\n“”\"]", item) and could_be_name(item) and item not in CALENDAR_WORDS
                    and any(w.lower() not in GENERIC_WORDS | CONNECTORS for w in words)):
                names.append(Found(a, b, item))
        if len(names) >= 2:
            found += names
    return found
