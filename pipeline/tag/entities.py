"""Rules for ORG and PERSON mentions the registry does not list.

- acronym definitions: "Office of the Third Sector (OTS)" ties an acronym to its long form;
- unknown organisations: a capitalised name ending in an organisation word ("… Trust", "… Forum"),
  or a "… Fund" that the sentence shows acting as a body ("the Tudor Fund said", "chief executive
  of the X Fund"); job titles before the name are left out ("Chief Executive of …");
- the boundaries of names: a name runs on into a law or programme's name ("Animal Health Act"), or
  into a company or nation suffix ("FareShare Limited", "WRAP Cymru").
People are found in ``people.py``.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

CONNECTORS = {"of", "for", "and", "the", "on", "in", "to", "&"}
ORG_HEADS = {
    "agency", "agencies", "alliance", "association", "authority", "authorities", "bank", "board", "centre", "center",
    "charity", "charities", "club", "coalition", "college", "commission", "committee", "company", "consortium",
    "co-operative", "cooperative", "council", "councils", "department", "directorate", "executive", "federation",
    "forum", "forums", "foundation", "group", "groups", "inspectorate", "institute", "institution", "limited", "llp",
    "ltd", "ministry", "network", "office", "organisation", "organization", "panel", "partnership", "partnerships",
    "plc", "secretariat", "service", "society", "taskforce", "team", "trust", "trusts", "unit", "union", "university",
}
GENERIC_WORDS = {
    "local", "national", "regional", "government", "governments", "executive", "public", "private", "voluntary",
    "community", "communities", "third", "sector", "delivery", "new", "other", "key", "main", "relevant", "policy",
    "working", "advisory", "steering", "stakeholder", "stakeholders", "programme", "project", "management", "strategic",
    "departments", "offices", "partner", "partners", "sub", "parish", "town", "city", "county", "district", "all",
    "our", "their", "its", "this", "that", "these", "those", "each", "every", "any", "some", "both", "big",
    "ethnic", "minority", "faith", "wider",
} | ORG_HEADS
"""Words that make a name generic when it has no other ("Local Authorities", "Programme Board")."""
CONCEPTS = {"civil society", "big society", "information society", "open society", "good society"}
"""Names of ideas that end in an organisation word."""

NOT_NAME_STARTS = {
    "As", "At", "In", "On", "For", "By", "With", "From", "To", "Under", "Through", "Following", "During", "After",
    "Before", "And", "But", "Or", "If", "When", "While", "Since", "Our", "Their", "Its", "This", "That", "These",
    "Those", "Chair", "Chairman", "Chairwoman", "Chief", "Director", "Head", "Minister", "Secretary", "Member",
    "Members", "President", "Spokesman", "Spokeswoman", "Dr", "Mr", "Mrs", "Ms", "Sir", "Lord", "Lady", "Dame",
    "Professor", "Prof",
}
"""Capitalised words that open a sentence or a title, never an organisation's name."""
JOB_WORDS = {
    "Chief", "Executive", "Director", "Head", "Chair", "Chairman", "Chairwoman", "Deputy", "Managing", "General",
    "Officer", "Manager", "President", "Vice", "Secretary", "Senior", "Assistant", "Founder", "Trustee", "Member",
    "Members", "Spokesman", "Spokeswoman", "Spokesperson", "Press", "Policy", "Programme", "Operations", "Finance",
}
"""Words of a job title ("Chief Executive of the …"), left out of the organisation's name."""
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

THING_WORDS = {
    "Act", "Acts", "Bill", "Regulations", "Order", "Directive", "Strategy", "Programme", "Scheme", "Plan",
    "Award", "Awards", "Prize", "Campaign", "Initiative", "Project", "Report", "Review", "Week", "Day",
    "Charter", "Conference", "Summit", "Festival", "Exhibition",
}
"""Capitalised words after a name that make the whole a law, programme or event ("Animal Health Act")."""
_NEXT_WORD = re.compile(r"\s(?P<word>[A-Z][a-z]+)\b")


TITLE_ENDS = {"Secretary", "Minister", "Advocate", "Commissioner", "Director", "Officer", "Chair", "Chairman",
              "Chairwoman", "Spokesman", "Spokeswoman", "Spokesperson", "Manager", "Ambassador", "Champion"}
"""Last words that make a capitalised phrase a job title ("Environment Secretary", "Rural Advocate")."""


@cache
def places() -> frozenset[str]:
    """The UK, its nations and regions (``pipeline/data/places.txt``): places, never organisations."""
    text = (resources.files("pipeline") / "data" / "places.txt").read_text(encoding="utf-8")
    return frozenset(line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip())


def could_be_name(span: str) -> bool:
    """False for a span no ORG or PERSON can be: one that opens or ends in lower case ("Benn was"),
    a place in any case ("East Midlands", "LONDON"), a job title ("Environment Secretary",
    "Programme Manager of the …"), a programme or award ("Awards for All")."""
    words = span.split()
    return (bool(words) and not words[0][0].islower() and not words[-1][0].islower()
            and span.casefold() not in {p.casefold() for p in places()}
            and not any(w in TITLE_ENDS or w in THING_WORDS for w in words))


def names_a_thing(text: str, end: int) -> bool:
    """True when the name ending at ``end`` runs on into a law, programme or event's name."""
    following = _NEXT_WORD.match(text, end)
    return bool(following) and following["word"] in THING_WORDS


COMPANY_SUFFIXES = ("Limited", "Ltd", "plc", "PLC", "LLP", "CIC")
"""Words after a body's name that name the same body as a company ("FareShare Limited")."""
_EXTENSION = re.compile(r" (?P<suffix>Limited|Ltd|plc|PLC|LLP|CIC|Cymru|Scotland|Wales|Northern Ireland|NI|UK|GB|International)\b")


_PLACE_AFTER = re.compile(r" (?P<place>[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,2})(?![\w'’-]| [A-Z])")


def name_extension(text: str, end: int) -> tuple[int, bool] | None:
    """(new end, same body) when a known name ending at ``end`` runs on into a company suffix (the
    same body: "FareShare Limited"), a nation's ("WRAP Cymru", "RSPB Scotland": a body of its
    own), both ("Friends of the Earth Scotland Ltd"), or a county's or region's ("Age Concern
    Buckinghamshire", "Groundwork West Midlands": a body of its own)."""
    extension = _EXTENSION.match(text, end)
    if not extension:
        place = _PLACE_AFTER.match(text, end)
        return (place.end(), False) if place and place["place"] in places() else None
    same_body = extension["suffix"] in COMPANY_SUFFIXES
    company = _EXTENSION.match(text, extension.end())
    if not same_body and company and company["suffix"] in COMPANY_SUFFIXES:
        return company.end(), False
    return extension.end(), same_body


def without_company_suffix(name: str) -> str:
    """The name without a trailing "Limited", "Ltd" or "plc"."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].rstrip(".") in COMPANY_SUFFIXES else name


_WORD = re.compile(r"[A-Za-z0-9][\w'’&.-]*\w(?:(?<=s)['’](?=\s))?|[A-Za-z&0-9]")
_DIGIT_CAPITAL = re.compile(r"\d+[A-Z]")
"""A word that opens with digits and a capital ("3D", "4Children") is capitalised in a name."""
_ACRONYM_DEFINITION = re.compile(r"\s[(\[](?P<acronym>(?:[A-Z]|\d+[A-Z])[A-Za-z0-9&]{1,9})[)\]]")
_CAMEL_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_COMPANY = re.compile(r"\b(?:Limited|Ltd|plc|PLC|LLP|CIC)\b")


def acts_as_organisation(text: str, start: int, end: int) -> bool:
    """True when the sentence shows the name at text[start:end] acting as a body: a verb of
    speech or grant-giving after it, a role "of" it before it, or "…, the charity" after it."""
    return bool(
        _AGENT_AFTER.match(text, end) or _ROLE_BEFORE.search(text, max(0, start - 40), start)
        or _APPOSITIVE.match(text, end)
    )


_THING_NEXT = re.compile(r"\s+(?:grant\s+)?(?:scheme|programme|project|fund|initiative|campaign|awards?|strategy)\b")
USE_WINDOW = 3000
"""Characters after an acronym's definition searched for its uses as a body."""


def defined_organisation(text: str, long_form: Found, acronym: Found) -> bool:
    """Whether a "Long Form (LF)" definition names an organisation: the long form looks like one;
    or names a company ("… Limited"); or, with no law or programme word in it, it (or the acronym
    in the ``USE_WINDOW`` characters after it) acts as a body, or it holds a digit or a camel-case word."""
    if looks_like_organisation(long_form.text, has_acronym=True) or _COMPANY.search(long_form.text):
        return True
    if _for_a_nation(long_form.text.split()):
        return True  # "Community Recycling Network for Scotland (CRNS)"
    words = long_form.text.split()
    if any(w in THING_WORDS or w in {"Policy", "Framework", "Agreement", "Fund"} for w in words):
        return False
    if _THING_NEXT.match(text, acronym.end + 1):
        return False  # "Better Woodlands for Wales (BWW) grant scheme"
    if any(any(c.isdigit() for c in w) or re.search(r"[a-z][A-Z]", w) for w in words):
        return True
    if acts_as_organisation(text, long_form.start, acronym.end + 1):
        return True
    uses = re.compile(rf"(?<![\w&-]){re.escape(acronym.text)}(?![\w&])")
    following = uses.finditer(text, acronym.end, acronym.end + USE_WINDOW)  # bounded: linear in the text
    return any(acts_as_organisation(text, m.start(), m.end()) for m in following)


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    text: str


def _words(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def acronym_spells(acronym: str, words: list[str]) -> bool:
    """True when the acronym's letters are the leading letters of ``words`` in order (connectors optional)."""
    letters = acronym.upper()

    def match(li: int, wi: int) -> bool:
        if li == len(letters):
            return wi == len(words) or all(w.lower() in CONNECTORS for w in words[wi:])
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


def acronym_definitions(text: str) -> list[tuple[Found, Found]]:
    """(long form, acronym) pairs written as "Long Form (LF)": the shortest run of words before the
    bracket whose initials spell the acronym (a plural "s" on the acronym is allowed)."""
    pairs = []
    text_words = _words(text)  # once: the words before each bracket are a slice of these
    ends = [w.end() for w in text_words]
    for definition in _ACRONYM_DEFINITION.finditer(text):
        acronym = definition["acronym"]
        letters = acronym[:-1] if acronym.endswith("s") and len(acronym) > 2 else acronym
        low, high = bisect.bisect_right(ends, definition.start() - 160), bisect.bisect_right(ends, definition.start())
        before = text_words[low:high]
        for first in range(len(before) - 1, -1, -1):
            run = before[first:]
            if not (run[0].group()[0].isupper() or _DIGIT_CAPITAL.match(run[0].group())):
                continue
            if len(run) > 1 and text[run[-2].end():run[-1].start()].strip(" &") != "":
                break
            tokens = [w.group() for w in run]
            parts = [p for t in tokens for p in (_CAMEL_PARTS.findall(t) or [t])]  # "FareShare" spells "FS"
            if acronym_spells(letters, tokens) or (parts != tokens and acronym_spells(letters, parts)):
                start, end = run[0].start(), run[-1].end()
                long_form = Found(start, end, text[start:end])
                pairs.append((long_form, Found(definition.start("acronym"), definition.end("acronym"), acronym)))
                break
    return pairs


def looks_like_organisation(name: str, has_acronym: bool = False) -> bool:
    """A capitalised name that is not wholly generic and either ends in an organisation word
    ("Marine Conservation Society") or opens with one before "of/for/to" ("Department for
    Transport"). A name given an acronym may open with "Campaign" too ("Campaign to Protect
    Rural England (CPRE)"); without one, "Campaign for …" is a campaign."""
    words = name.split()
    if not words or not (words[0][0].isupper() or _DIGIT_CAPITAL.match(words[0])):
        return False
    openers = ORG_HEADS | {"friends", "campaign"} if has_acronym else ORG_HEADS | {"friends"}  # "Friends of Hyde Park"
    head = words[-1].lower().strip(".")
    ends_as_org = head in ORG_HEADS and (len(words) > 2 or has_acronym or not head.endswith("s") or head in {"alliance", "ltd", "plc", "llp"})
    opens_as_org = len(words) > 2 and words[0].lower() in openers and words[1] in {"of", "for", "to"}
    specific = any(w.lower() not in GENERIC_WORDS and w.lower() not in CONNECTORS for w in words)
    return (ends_as_org or opens_as_org) and specific and name.lower() not in CONCEPTS


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
            name = _organisation_in(words if j - i > 1 else parts[i])
            if name:
                found.append(name)
                i = j
                break
        else:
            i += 1
    return found


def _organisation_in(run: list[re.Match[str]]) -> Found | None:
    """The run as an organisation's name, trimmed of words that cannot open or close one."""
    words = list(run)
    titled = next((i for i, w in enumerate(words) if w.group() not in JOB_WORDS), len(words))
    if 0 < titled < len(words) and words[titled].group() in {"of", "at", "for"}:
        words = words[titled + 1:]  # "Chief Executive of the Widget Trust"
    while words and (words[-1].group().lower() in CONNECTORS or (words[-1].group() in JOB_WORDS and len(words) > 2)):
        words.pop()  # "Scottish Land Fund Committee Chair"
    while words and (
        words[0].group() in NOT_NAME_STARTS
        or words[0].group().lower() in CONNECTORS
        or (words[0].group().endswith(("ing", "ed")) and len(words) > 1 and words[1].group().lower() in CONNECTORS)
    ):
        words.pop(0)  # "As Chair of the Widget Commission", "Speaking to the X Society"
    if not words:
        return None
    start, end = words[0].start(), words[-1].end()
    text = words[0].string
    if words[-1].group().endswith(("'s", "’s")):
        end -= 2
    name = text[start:end]
    if words[-1].group() == "Fund" and len(words) > 1:
        return Found(start, end, name) if acts_as_organisation(text, start, end) else None
    if looks_like_organisation(name) or _for_a_nation([w.group() for w in words]):
        return Found(start, end, name)
    heads = [i for i, w in enumerate(words[1:-1], start=1) if w.group().lower() in ORG_HEADS and words[i + 1].group() == "in"]
    if heads:  # "Betws Family Centre in Carmarthenshire": the place is not part of the name
        return _organisation_in(words[:heads[-1] + 1])
    return None


def _for_a_nation(names: list[str]) -> bool:
    """An organisation's name followed by "for <nation or region>": "Community Recycling Network for Scotland"."""
    for i in range(1, len(names) - 1):
        if names[i] == "for" and names[i - 1].lower() in ORG_HEADS:
            place = " ".join(names[i + 1:]).removeprefix("the ")
            return place in places() and looks_like_organisation(" ".join(names[:i]))
    return False


NAME_POSSESSIVES = {"people's", "children's", "women's", "men's", "prince's", "princess's", "king's", "queen's"}
"""Possessive common nouns that are part of a name ("People's Health Trust", "Prince's Trust"); any
other possessive ("Defra's Food Policy Unit") ends the name before it."""


def _ends_run(word: str) -> bool:
    return word.endswith(("'s", "’s")) and word.lower().replace("’", "'") not in NAME_POSSESSIVES


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
        whole = _organisation_in(run)
        found.extend([whole] if whole else _organisations_in_parts(run))  # "Women's Institute and Department for Transport"
        run.clear()

    for word in _words(text):
        token = word.group()
        capital = (token[0].isupper() or _DIGIT_CAPITAL.match(token) is not None) and token not in {"The", "A", "An"}
        connector = token.lower() in CONNECTORS - {"the"} or (
            token == "the" and bool(run) and run[-1].group().lower() in {"of", "for", "on", "to"}
        )
        gap = text[run[-1].end():word.start()] if run else ""
        listed = (gap == ", " and capital and len(run) > 2 and run[0].group().lower() in ORG_HEADS and run[1].group() in {"of", "for"}
                  and text.startswith((" and ", ", "), word.end()))  # one-word items: "…, Food and Rural Affairs"
        continues = bool(run) and (gap == " " or listed) and not _ends_run(run[-1].group())
        if not (continues and (capital or connector)):
            flush()
        if continues and (capital or connector) or capital:
            run.append(word)
    flush()
    return found


KINDS_OF_BODY = (
    r"charity|charities|social enterprise|company|firm|business|retailer|supermarket|bank|building society|network"
    r"|organisation|organization|co-operative|cooperative|co-op|trust|foundation|funder|grant-?maker|think[- ]tank"
    r"|umbrella body|campaign group|pressure group|consultancy|partnership|association|body|newspaper|broadcaster"
    r"|community group|group"
)
"""Words that say what kind of body a name is ("Cafédirect, the first coffee company")."""
_NAME_RUN = r"(?:[A-Z]|\d+[A-Z])[\w'’&-]*(?:[ ](?:[A-Z]|\d+[A-Z]|&)[\w'’&-]*){0,3}"
_NOT_A_ROLE = r"(?!\s+(?:chief|executive|director|chair|manager|head|secretary|member))"
"""After a kind of body, a role makes the phrase a person's ("Nigel Higgins, the group chief executive")."""
_DESCRIBED_AFTER = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME_RUN}),\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,4}}?(?:{KINDS_OF_BODY})\b{_NOT_A_ROLE}")
_DESCRIBED_BEFORE = re.compile(rf"\b(?:{KINDS_OF_BODY}),?[ ](?P<name>{_NAME_RUN})(?![\w'’&-]| [A-Z])")
_DESCRIBED_IS = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME_RUN})\s+(?:is|was)\s+(?:one\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?:groups|organisations|organizations|charities)|(?:a|an)\s+(?:[\w’'-]+\s+){{0,4}}?(?:{KINDS_OF_BODY}))\b")
_DESCRIBED_BY_ROLE = re.compile(
    rf"\b(?:chairman|chairwoman|chair|chief executive|director|founder|co-founder|trustee|president)\s+of\s+(?:the\s+)?"
    rf"(?P<name>{_NAME_RUN})(?![\w'’&-]| [A-Z]| of| for| and)")
_DESCRIBED_BEFORE_ROLE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME_RUN})\s+(?:chief executive|director|chair(?:man|woman)?|spokes(?:man|woman|person)|founder)"
    rf"\s+[A-Z][a-z]+\s+[A-Z]")
_GRANT_RECIPIENT = re.compile(
    rf"(?m)(?:^(?:[•*·–-]\s*)?|(?<=\. )|(?<=, )|(?<= and ))(?P<name>{_NAME_RUN})(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?,?\s+"
    r"(?:(?:will|has|have|is to|are to)\s+(?:receive|see|get|use|be awarded|been awarded|been given)|received|receives"
    r"|was awarded|were awarded|gets|wins|won)\b[^.\n]{0,40}?£")
_RECIPIENT_HEADING = re.compile(r"(?:organi[sz]ation|recipient|grantee|applicant|group)s?(?: name)?", re.IGNORECASE)


def _grant_recipients(text: str) -> list[Found]:
    from pipeline.tag.people import given_names  # people's rules build on this module's

    return [Found(m.start("name"), m.end("name"), m["name"]) for m in _GRANT_RECIPIENT.finditer(text)
            if m["name"].split()[0] not in NOT_NAME_STARTS | {"The", "A", "An", "It", "We", "They", "This"} | given_names()]


def _table_organisations(text: str) -> list[Found]:
    """The cells under an "Organisation" (or "Recipient", "Group") heading of a table written with "|"."""
    found: list[Found] = []
    column: int | None = None
    offset = 0
    for line in text.splitlines(keepends=True):
        cells = line.rstrip("\n").split("|")
        if len(cells) < 3:
            column = None
        elif column is None:
            column = next((i for i, c in enumerate(cells) if _RECIPIENT_HEADING.fullmatch(c.strip())), None)
        elif column < len(cells):
            cell = cells[column]
            name = cell.strip()
            if name and name[0].isupper():
                start = offset + sum(len(c) + 1 for c in cells[:column]) + cell.index(name)
                found.append(Found(start, start + len(name), name))
        offset += len(line)
    return found


CALENDAR_WORDS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
                  "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}


def described_organisations(text: str) -> list[Found]:
    """Capitalised names the sentence says are a body ("Producers Direct, a UK charity that …",
    "the food redistribution charity FareShare", "Lancashire's social enterprise network, Selnet"),
    a grant list's recipients ("• Greenhill Remakery will receive £9,000", a table's
    "Organisation" column), and every other mention of those names in the text."""
    found = []
    for pattern in (_DESCRIBED_AFTER, _DESCRIBED_BEFORE, _DESCRIBED_IS, _DESCRIBED_BY_ROLE, _DESCRIBED_BEFORE_ROLE):
        for m in pattern.finditer(text):
            words = m["name"].rstrip(".").split()
            while words and words[0] in NOT_NAME_STARTS | {"The", "A", "An"} | JOB_WORDS:
                words.pop(0)
            if pattern in (_DESCRIBED_BY_ROLE, _DESCRIBED_BEFORE_ROLE) and len(words) < 2 and not "".join(words).isupper():
                continue  # "director of Planning", "Marketing director Jo": one capitalised word is no evidence
            before = text[max(0, m.start("name") - 40):m.start("name")].split()[-2:]
            if not words or len(words) > 3 and pattern is not _DESCRIBED_BEFORE or (
                    len(before) == 2 and before[1] in CONNECTORS and before[0][0].isupper()):
                continue  # "Power to Change, the independent trust": a longer name, the registry's or the rules'
            name = " ".join(words)
            end = m.start("name") + len(m["name"].rstrip("."))
            start = end - len(name)
            if (could_be_name(name) and not names_a_thing(text, m.end("name")) and name.lower() not in GENERIC_WORDS
                    and name not in CALENDAR_WORDS):
                found.append(Found(start, end, name))
    found += [f for f in (*_grant_recipients(text), *_table_organisations(text)) if could_be_name(f.text)]
    for name in {f.text for f in found}:
        found += [Found(m.start(), m.end(), name) for m in re.finditer(rf"(?<![\w'’&-]){re.escape(name)}(?![\w&-])", text)]
    return sorted(set(found), key=lambda f: (f.start, f.end))


_LIST_GAP = re.compile(r"(?:\)?,\s(?:and\s)?|(?<=including\s)|(?<=such as\s))(?:the\s)?(?P<items>.+?)(?:,\s(?:and\s)?|\s(?:and|&)\s)(?:the\s)?",
                       re.DOTALL)
_LIST_OPENING = re.compile(r"\b(?:including|such as)\s")


def listed_between(text: str, organisations: Sequence[tuple[int, int]]) -> list[Found]:
    """Names listed between two organisations ("Plunkett Foundation, Pub is the Hub, Co-operative
    and Community Finance, Locality and the RSPB"), or between "including"/"such as" and an
    organisation: when every item there is a capitalised name, each is an organisation too.
    ``organisations`` are (start, end) spans in text order."""
    found = []
    openings = [(m.end(), m.end()) for m in _LIST_OPENING.finditer(text)]  # "including X, Y, the RSPB"
    bounds = sorted({*organisations, *openings})
    for (_, end), (next_start, _) in zip(bounds, bounds[1:]):
        gap = _LIST_GAP.fullmatch(text, end, next_start)
        if not gap or next_start - end > 200:
            continue
        items, position = [], gap.start("items")
        for item in gap["items"].split(", "):
            words = item.split()
            if not (0 < len(words) <= 6 and (words[0][0].isupper() or _DIGIT_CAPITAL.match(words[0])) and words[-1][0].isupper()
                    and not re.search(r"[.;:()\[\]\n“”\"]", item) and could_be_name(item) and item not in CALENDAR_WORDS):
                break
            items.append(Found(position, position + len(item), item))
            position += len(item) + 2
        else:
            found += items
    return found
