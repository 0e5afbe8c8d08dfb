"""Bodies named as the items of a list: between two organisations ("Age Concern, Fair Finance and
FareShare"), or enumerated after a lead-in ("groups including …"), each item checked by the name's
shape."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence

from pipeline.tag.common_words import common_words
from pipeline.tag.entities import DIGIT_CAPITAL, Found, could_be_name, looks_like_organisation, person_before, places
from pipeline.tag.brands import PARTIES
from pipeline.tag.people import ROLE
from pipeline.tag.person_names import NOT_SURNAMES, POST_NOMINALS, TITLES, given_names
from pipeline.tag.words import (CALENDAR_WORDS, COMPASS_WORDS, CONNECTORS, GENERIC_WORDS, JOB_WORDS, NATION_SUFFIXES, STREET_WORDS,
                                THING_WORDS, TITLE_ENDS)

_LIST_GAP = re.compile(r"(?:(?:['’]s)?\)?[,;]\s(?:and\s)?|(?<=including\s)|(?<=such as\s))(?:the\s)?(?P<items>.+?)(?:[,;]\s(?:and\s)?|\s(?:and|&)\s)(?:the\s)?",
                       re.DOTALL)
_LIST_OPENING = re.compile(r"\b(?:including|such as)\s")
_FULL_STOP = r"(?<!\bSt)\."
"""A full stop, not a saint's dot ("St. Mungo’s"), which stays inside a listed name."""
_LIST_TAIL = re.compile(rf"(?:['’]s)?(?:,\s(?:and\s)?|\s(?:and|&)\s)(?:the\s)?(?P<items>(?:[^.;:()\[\]\n“”\"]|(?<=\bSt)\.){{1,120}}?)"
                        rf"(?={_FULL_STOP}(?:\s|$)|;|\n|$)")


def listed_between(text: str, organisations: Sequence[tuple[int, int]]) -> list[Found]:
    """Names listed between two organisations ("Plunkett Foundation, Pub is the Hub, Co-operative
    and Community Finance, Locality and the RSPB", or with semicolons), between "including"/"such as" and an
    organisation, or after the last organisation of such a list, or of two listed with a comma, up
    to the sentence's end ("such as Hopkins Homes, Thakeham and Welbeck.", "the Stroke Association,
    Brain Tumour Research and Hospiscare."): when every item there is a capitalised name, each is
    an organisation too; and a name paired with one by "and" (``_paired_with``). ``organisations`` are (start, end) spans in
    text order."""
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
    return found + _paired_with(text, organisations)


_AND_AFTER = re.compile(r" (?:and|&) (?:the )?(?P<name>[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3})(?=[,.;:)]\s|\.$| [a-z]|\n|$)")
_AND_BEFORE = re.compile(r"(?:^|(?<=[\n(])|(?<=[a-z,:] ))(?P<name>[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3}) (?:and|&) (?:the )?$")
_NAME_INSIDE = {"of", "for", "on", "and", "&", "the"}
"""Words before a capitalised name that make it the end of a longer one ("Department of Health")."""


def _paired_with(text: str, organisations: Sequence[tuple[int, int]]) -> list[Found]:
    """A capitalised name joined by "and" to an organisation ("working with the Welsh Government and Planed", "grateful to
    Cadwyn Clwyd and the Big Lottery Fund"), each the subject or object of the same verb: an organisation too, when it is
    a name ``_listed_name`` accepts and not all common words ("the NHS and Social Care"); not a name's end after a
    connector ("Department of Health and the NHS")."""
    found: list[Found | None] = []
    starts = {start for start, _ in organisations}
    for start, end in organisations:
        after = _AND_AFTER.match(text, end)
        if after and not any(after.start("name") <= s < after.end("name") for s in starts):
            found.append(_listed_name(text, after.start("name"), after.end("name")))
        before = _AND_BEFORE.search(text, max(0, start - 60), start)
        previous = text[max(0, before.start("name") - 30):before.start("name")].split()[-1:] if before else []
        if before and not (previous and previous[0] in _NAME_INSIDE):
            found.append(_listed_name(text, before.start("name"), before.end("name")))
    return [f for f in found if f is not None and not all(w.lower() in common_words() for w in f.text.split())
            and not re.search(r"-[a-z]|['’]$", f.text) and f.text.split()[-1] not in STREET_WORDS
            and not any(part in places() for part in f.text.split("-"))]
    # not "Derry-man", "Yorkshire Banks’", "Woodview Crescent", "Derry-Londonderry"


_BRACKET_AFTER = re.compile(r"\s\([^()\n]{1,60}\)")
"""A listed body's bracket: "Brain Tumour Research (West of England and Wales)"."""
_COMMA_GAP = re.compile(r"(?:['’]s)?(?:\s\([^()\n]{1,60}\))?,\s(?:the\s)?")
"""Between two bodies of a list: "the Stroke Association, Brain Tumour Research" (after a name's possessive left out of its
span: "McDonald’s, Imperial Tobacco")."""


_COMMA = re.compile(r"[,;] ")
_ITEM_PREFIX = re.compile(r"(?:(?!(?:Men|Women|Children|People)['’]s )(?P<owner>[A-Z][\w-]*)['’]s |[A-Z][\w]*-based )?")


def _place_prefix(text: str, start: int, end: int) -> int:
    """The length of a place's possessive or "-based" before a listed name: where the body is, not its name.
    A plural's or a given name's possessive is the name's ("Men’s Shed", "Women’s Institute", "Rupert’s Under-Fives
    Preschool")."""
    prefix = _ITEM_PREFIX.match(text, start, end)
    return 0 if prefix["owner"] in given_names() else len(prefix[0])


_IN_A_PLACE = re.compile(r" (?:in|from) (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+$")
_COMMA_OR_AND = re.compile(r", (?:and )?| and ")


def _listed_name(text: str, a: int, b: int) -> Found | None:
    """The capitalised name an item text[a:b] of a list holds, without a place's possessive or "-based" before it nor
    "in <Place>" after it; None when the item is no such name."""
    a += _place_prefix(text, a, b)  # "Rutherglen’s Stonelaw High Fair Traders", "Sutherland-based …"
    if place := _IN_A_PLACE.search(text, a, b):
        b = place.start()  # "Age Sector Platform in Northern Ireland": where the body is, not its name
    item = text[a:b]
    words = item.split()
    if not (0 < len(words) <= 6 and (words[0][0].isupper() or DIGIT_CAPITAL.match(words[0])) and words[-1][0].isupper()
            and not re.search(rf"{_FULL_STOP}|[;:()\[\]\n“”\"]", item) and could_be_name(item) and item not in CALENDAR_WORDS
            and any(w.lower() not in GENERIC_WORDS | CONNECTORS for w in words)  # not "Local Authorities"
            and not _a_person(words) and not set(words) <= JOB_WORDS | TITLE_ENDS):  # a witness list: "…, Joe Irvin, Chief Executive, NAVCA"
        return None
    return Found(a, b, item)


def _names_listed(text: str, start: int, end: int, separator: re.Pattern[str]) -> list[Found]:
    """The items of text[start:end] between separators, when every one is a capitalised name; else none."""
    cuts = [(m.start(), m.end()) for m in separator.finditer(text, start, end)]
    names = [_listed_name(text, a, b) for a, b in zip([start, *(e for _, e in cuts)], [*(s for s, _ in cuts), end])]
    return [] if None in names else names


_BODY_NOUNS = (r"organi[sz]ations|groups|charities|recipients|grantees|beneficiaries|partners|bodies|projects|members|winners|applicants"
               r"|candidates|causes|supporters|funders|sponsors|donors")
_ENUMERATION = re.compile(
    rf"\b(?:(?i:{_BODY_NOUNS})\b[^.:;\n]{{0,80}}?"
    r"\b(?:include|includes|including|(?:are|were)(?!\s+\w+ing\b))\s*:?"
    r"|(?i:sponsors|supporters|funders|donors|partners)\b[^.:;\n–—]{0,40}?(?:\s[–—]|:)"
    r"|(?:awarded|given|made)\s+(?:funding|grants?|awards?)\s+to"
    r"|(?:shared|split|divided)\s+(?:equally\s+)?between"
    r"|(?:receiving|receive|benefiting from)\s+(?:funding|grants?|awards?)\s+(?:are|were|include)\s*:?"
    rf"|\bthe\s+following\s+(?:[\w-]+\s+){{0,2}}?(?:{_BODY_NOUNS}|businesses|sites|clubs|schools)\s*:)\s+(?:the\s+)?")
"""Opens an enumeration of bodies: "The eight organisations to receive grants include:", "the sponsors of the raffle –",
"also awarded funding to the …", "Also receiving grants are …", "shared between …", "presented to the following sites:"
(not "Projects … are receiving grants")."""
_THEY_INCLUDE = re.compile(r"(?:(?<=[.!?]\s)|(?<=\n)|^)(?:They|These|Those)\s+(?:include|included|includes)\s*:?\s+(?:the\s+)?")
_NAMES_BODIES = re.compile(rf"(?i:\b(?:{_BODY_NOUNS}))\b")
"""Opens an enumeration after a sentence that names bodies: "… shared between 15 community groups. They include …"."""
_GOES_ON = re.compile(r" (?:have|has|had|were|was|are|is|will|would|who|which|each|both|all|received|got)\b")
"""Where the sentence goes on after the last item of an enumeration: "… and Wessex Cancer Support have been announced"."""
_ITEM_TAIL = re.compile(r"\s+(?:in(?! Bloom\b)|from|at)\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*$")
""""in <Place>", "from <Place>" or "at <Place>" after a listed name: where the body is (not "Blair in Bloom", a Britain in Bloom group)."""
_DASH_TAIL = re.compile(r"\s+[–—-]\s+[A-Z][^\n]*$")
"""A bulleted item's place after a dash: "Cylch Meithrin y Felinheli – Gwynedd"."""
_PLACE_AFTER_COMMA = re.compile(r",\s+[A-Z][\w'’-]+(?:,?\s+(?:[A-Z][\w'’-]+|of|and|upon|on)){0,5}$")
"""A bulleted item's place or address after a comma: "Gordons Service Station, Horwich", "Top Shop, Belmont Road, Sharples"."""
_SENTENCE_END = re.compile(rf"{_FULL_STOP}(?=\s|$)|\n")


_BULLET = re.compile(r"[ \t]*(?:[-•*–·]|\d{1,2}[.)])[ \t]+(?P<item>[^\n]*?)[ \t]*(?:\n|$)")
_NAME_LINE = re.compile(r"[ \t]*(?P<item>[A-Z][^\n.()]{0,60}?[ \t]*\([^()\n]{1,40}\))[ \t]*(?:\n|$)")
"""A list's line without a bullet after an opening that ends its line: a name and its place or work in brackets
("Brighter Futures (Rhyl)")."""
_BRACKET_AT_END = re.compile(r"\s*\([^()\n]*\)$")
"""A listed line's bracket after the name: "Brighter Futures (Rhyl)"."""
_BLANK_LINE = re.compile(r"[ \t]*\n")


def _bulleted_items(text: str, at: int, line: re.Pattern[str] = _BULLET) -> list[tuple[int, int]]:
    """The (start, end) of each item of a bulleted or numbered list (or a list of ``line``s) whose first line starts at
    ``at``, blank lines allowed between its lines."""
    items = []
    while bullet := line.match(text, at):
        items.append((bullet.start("item"), bullet.end("item")))
        at = bullet.end()
        while at < len(text) and (blank := _BLANK_LINE.match(text, at)):
            at = blank.end()
    return items


def _a_person(words: list[str]) -> bool:
    """An enumerated item that is a person's name: "members include Dr Christine Kennedy, Mr Conor Corr and Ruth Hanna"."""
    return bool(re.fullmatch(TITLES, words[0])) or 2 <= len(words) <= 3 and words[0] in given_names() and all(
        w[0].isupper() and w.lower() not in GENERIC_WORDS | NOT_SURNAMES for w in words)  # not "the Simon Community", "Damien House"


def _after_bodies(text: str, opening: re.Match[str]) -> re.Match[str] | None:
    """``opening`` ("They include") when the sentence before it names bodies; else None."""
    before = text[:opening.start()].rstrip()
    previous_end = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n", 0, len(before) - 1))
    return opening if _NAMES_BODIES.search(before, previous_end + 1) else None


def enumerated_bodies(text: str) -> list[Found]:
    """The names in an enumeration of bodies, to the sentence's end or to where it goes on ("… have been
    announced"), or in the bulleted list after it: items between semicolons (else commas), the last
    split at "and"; each without a leading "the"/"and", a place's possessive or "-based" before it, a
    person representing it ("Fiona Madden from …") or "in <Place>", "from <Place>" or "at <Place>"
    after it ("Action Homeless in Leicester"), or a bulleted item's place after a comma ("Top Shop, Belmont Road").
    Items that are no capitalised name ("two southern FareShare centres", "serving Dumfries")
    are passed over; two names at least make an enumeration."""
    found: list[Found] = []
    for opening in sorted([*_ENUMERATION.finditer(text), *filter(None, (_after_bodies(text, m) for m in _THEY_INCLUDE.finditer(text)))],
                          key=lambda m: m.start()):
        line_start = text.rfind("\n", 0, opening.end()) + 1
        on_lines = line_start > opening.start() and text[opening.start():line_start].rstrip().endswith(":")
        bulleted = line_start > opening.start() and _BULLET.match(text, line_start) is not None or on_lines
        if bulleted:  # "The organisations benefitting are:\n• Access to Farms\n• …", "… are:\n\nV2 Gallery\n\nGreen Squirrel (Splott)"
            items = _bulleted_items(text, line_start, _BULLET if _BULLET.match(text, line_start) else _NAME_LINE)
        else:
            end_of_sentence = _SENTENCE_END.search(text, opening.end())
            stop = end_of_sentence.start() if end_of_sentence else len(text)
            separator = re.compile(r";\s*(?:and,?\s+)?") if ";" in text[opening.end():stop] else re.compile(r",\s+(?:and\s+)?")
            cuts = [opening.end(), *(x for m in separator.finditer(text, opening.end(), stop) for x in (m.start(), m.end())), stop]
            items = list(zip(cuts[::2], cuts[1::2]))
        if items and not bulleted:  # "Stepping Stones in Clydebank and Skye and Lochalsh Community Care Forum"
            a, b = items[-1]
            if verb := _GOES_ON.search(text, a, b):
                items[-1] = (a, b := verb.start())  # "… and Wessex Cancer Support have already been announced"
            ands = list(re.finditer(r" and (?:the )?(?=[A-Z])", text[a:b]))
            last_and = next((m for m in ands if _body_like(text[a:a + m.start()]) and _body_like(text[a + m.end():b])),
                            ands[0] if ands else None)  # "the Archives and
            # Records Council Wales and Race Council Cymru": at the "and" between two bodies
            if last_and and (not looks_like_organisation(text[a:b]) or _ITEM_TAIL.search(text, a, a + last_and.start())
                             or looks_like_organisation(text[a:a + last_and.start()]) and looks_like_organisation(text[a + last_and.end():b])):
                items[-1:] = [(a, a + last_and.start()), (a + last_and.end(), b)]
        if items and re.match(r"[a-z]+ing\b", text[items[0][0]:items[0][1]]):
            continue  # "These projects include providing …, supporting …": activities, not bodies
        names = []
        for a, b in items:
            a += len(re.match(r"(?:with\s+)?(?:[Tt]he\s+|and\s+)?", text[a:b])[0])  # "split between five charities, with …"
            a += _place_prefix(text, a, b)
            if represented := person_before(text[a:b].split()):
                a += re.match(rf"(?:\S+\s+){{{represented}}}", text[a:b]).end()  # "Fiona Madden from Rednock Young Carers"
            tail = _ITEM_TAIL.search(text, a, b) or bulleted and (_PLACE_AFTER_COMMA.search(text, a, b) or _BRACKET_AT_END.search(text, a, b)
                                                                  or _DASH_TAIL.search(text, a, b))
            b = tail.start() if tail and tail.start() > a else b  # "Action Homeless in Leicester", "• Top Shop, Belmont Road", "• … – Gwynedd"
            if (owner := re.search(r"['’]s [A-Z]", text[a:b])) and " " in text[a:a + owner.start()] \
                    and could_be_name(text[a:a + owner.start()]):  # not "Davina's Ark", "District Governor’s Partner’s Appeal"
                b = a + owner.start()  # "Community Spirit Invergordon’s Christmas Fayre": the body whose event it is
            item = text[a:b]
            words = item.split()
            if (0 < len(words) <= 7 and (words[0][0].isupper() or DIGIT_CAPITAL.match(words[0])) and words[-1][0].isupper()
                    and not re.search(r"[.;:()\[\]\n“”\"/]| [–—] ", item) and item not in CALENDAR_WORDS
                    and (could_be_name(item) or len(words) > 1 and words[-1] in {"Project", "Festival"}
                         and not THING_WORDS & set(words[:-1]))  # a funded project or festival is a recipient like any other
                    and any(w.lower() not in GENERIC_WORDS | CONNECTORS for w in words) and not _a_person(words)
                    and all(w[0].isupper() or not w[0].isalpha() or w in CONNECTORS | {"y", "yr"} for w in words)):  # not "… and
                # aluminium can recycler Novelis"; Welsh "the" inside a place's name: "Cylch Meithrin y Felinheli"
                names.append(Found(a, b, item))
        if len(names) >= 2:
            found += names
    return found


def _body_like(name: str) -> bool:
    """A name that looks like an organisation's, also with its nation after it ("Race Council Cymru")."""
    name = name.removeprefix("the ").removeprefix("The ")
    body, _, nation = name.rpartition(" ")
    return looks_like_organisation(name) or nation in NATION_SUFFIXES and looks_like_organisation(body)


_A_ROLE = re.compile(rf"(?:[A-Z][A-Za-z]+[ -]){{0,2}}(?i:{ROLE}|head ?master|head ?mistress|head ?teacher|principal|vicar|rector|clerk"
                     r"|mayor|chairperson)(?: (?i:elect))?")
"""A person's role, not a body, in brackets after the name: "(Headmaster)", "(Project Manager)", "(County Vice-chairman)",
"(NFYFC Council Member)", "(County President Elect)"."""
_BRACKETED_BODY = re.compile(r" \((?P<body>[A-Z][\w'’&.-]*(?: (?:[A-Z&][\w'’&.-]*|of|for|and|the|in|on|to|with))*)\)")


def _initials_of(letters: str, name: str) -> bool:
    """Whether ``letters`` may be the initials of the person ``name``, ending in the surname's ("Janet Owen Jones (JJ)",
    "Hazel Lloyd Lubran (HL)", whichever of the name's words a rule found)."""
    return letters.isupper() and len(letters) <= 4 and letters[-1] == name.split()[-1][0]


def bodies_of_listed_people(text: str, people: Sequence[tuple[int, int]]) -> list[Found]:
    """The bodies in brackets after people's names ("Sue Coffey (Business Link), Mea Kendall (Veolia)", a guest's "Jo Walton
    (Eneco)"): not a member's constituency or party in Hansard ("Bill Wiggin (Leominster)", "Mike Hedges (Swansea East):",
    "Jim Shannon (Strangford) (DUP)"), a role ("(Vice-Chairman)"), initials, a common word ("(Retired)", a portfolio's
    "(Transport)"), nor, for one person alone, a name in capitals ("(L)", "(SNP)") or one with a place's or compass word; a witness's body before a colon
    is one ("Ms Teresa Canavan (Rural Action): …")."""
    found = [Found(m.start("body"), m.end("body"), m["body"]) for start, end in people
             if (m := _BRACKETED_BODY.match(text, end)) and not text.startswith(" (", m.end())  # "(Chippenham) (LD)": a seat
             and not _initials_of(m["body"], text[start:end])]
    found = [f for f in found if could_be_name(f.text) and f.text not in PARTIES and not _A_ROLE.fullmatch(f.text) and len(f.text) > 1
             and not (" " not in f.text and f.text.lower() in common_words())]  # a portfolio: "Stuart Horne (Business)"
    return found if len(found) > 1 else [f for f in found if not f.text.isupper()
                                         and not any(w in places() or w in COMPASS_WORDS for w in f.text.split())]


_FROM_A_BODY = re.compile(r",? (?:from|of|at) (?:the )?")
_PERSON_GAP = re.compile(r"(?:[,;] (?:and )?|,? (?:and|&) )$")
"""Between a listed person's body and the next person: "Jo Crofts of X and Ralph Darby of Y", "…; Ms …"."""
_LAST_BODY = re.compile(r"[A-Z][\w'’&-]*(?: (?:(?:of|for|on|to|the|&) )*[A-Z][\w'’&-]*)*")
"""The last listed person's body: a run of capitalised words and connectors ("Dursley Community Centre", "Tumpy Green
Riding for the Disabled")."""
_PEER_OR_KNIGHT = re.compile(r"(?:Lord|Lady|Baroness|Baron|Earl|Viscount|Sir|Dame)\s$")
"""A title whose "of" names a territory or an estate ("Lord Livsey of Talgarth", "Sir William Macpherson of Cluny")."""


def bodies_of_people_from(text: str, people: Sequence[tuple[int, int]]) -> list[Found]:
    """The bodies of the people of a list ("Rosa Barrett from Allsorts, Mark Pasco from
    Bournestream, Richard Bellis from the Willow Trust … and Ralph Darby of Dursley Community
    Centre"): each body ends where the next person of the list begins. Two people in a row at least:
    one person from somewhere ("Marie McAllister from Andersonstown") is no list of bodies, unless the
    body is written in capitals ("Geoff Fagan of CADISPA popped in"). A peer's or knight's "of" is
    part of the title."""
    items: list[tuple[Found, bool]] = []  # (body, whether the next person follows it)
    for (start, end), following in zip(people, [*people[1:], None]):
        opening = _FROM_A_BODY.match(text, end)
        if not opening or _PEER_OR_KNIGHT.search(text, max(0, start - 9), start) or _PEER_OR_KNIGHT.match(text, start, start + 9):
            continue
        gap = _PERSON_GAP.search(text, opening.end(), following[0]) if following is not None else None
        chained = gap is not None and gap.start() > opening.end() and "\n" not in text[opening.end():gap.start()]
        if chained:
            stop = gap.start()
        else:
            last = _LAST_BODY.match(text, opening.end())
            stop = last.end() if last else opening.end()
        a = opening.end() + _place_prefix(text, opening.end(), stop)  # "Glasgow-based Impact Arts"
        place = _IN_A_PLACE.search(text, a, stop)
        b = place.start() if place and place.group().split(maxsplit=1)[1] in places() else stop  # "Bread Maker in Aberdeen"
        item = text[a:b]
        words = item.split()
        if (0 < len(words) <= 7 and words[0][0].isupper() and words[-1][0].isupper() and could_be_name(item)
                and all(w[0].isupper() or w in CONNECTORS for w in words) and item not in places()
                and not re.search(r" and [A-Z]", item)):  # "Safer Streets and Cailín Hardy": a person the list did not find
            items.append((Found(a, b, item), chained))
    found = []
    for k, (body, chained) in enumerate(items):
        in_a_list = chained and k + 1 < len(items) or k > 0 and items[k - 1][1]
        if in_a_list or body.text.isupper() and len(body.text) > 2:
            found.append(body)
    return found


_LINE_BODY = re.compile(r"[ \t]+(?P<body>[A-Z][\w'’&/+-]*(?:[ \t]+(?:[A-Z][\w'’&/+-]*|of|for|and|the|&))*)[ \t]*$", re.MULTILINE)


def bodies_on_attendance_lines(text: str, people: Sequence[tuple[int, int]]) -> list[Found]:
    """The bodies of a list of those present written one person to a line, each name followed by its body with no comma
    ("Fay Morrison Regeneration Matters", "Dave Kilgour Aberdeen City Council"): three such lines at least, each body named
    on two of them or by an organisation's shape (not each person's job: "Sian Jones Clerc")."""
    found = []
    for start, end in people:
        if start == 0 or text[start - 1] == "\n":
            line = _LINE_BODY.match(text, end)
            body = line["body"] if line else ""
            if body and could_be_name(body) and body.lower() not in common_words() and body not in POST_NOMINALS:
                found.append(Found(line.start("body"), line.end("body"), body))
    named = Counter(f.text for f in found)
    found = [f for f in found if named[f.text] > 1 or looks_like_organisation(f.text)]
    return found if len(found) > 2 else []
