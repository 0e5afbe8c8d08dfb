"""Rules for ORG and PERSON mentions the registry does not list.

- acronym definitions: "Office of the Third Sector (OTS)" ties an acronym to its long form;
- unknown organisations: a capitalised name ending in an organisation word ("… Trust", "… Forum");
- people: a title or a known given name followed by a capitalised surname.
"""
from __future__ import annotations

import bisect
import re
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
    "plc", "secretariat", "service", "society", "team", "trust", "trusts", "unit", "union", "university",
}
GENERIC_WORDS = {
    "local", "national", "regional", "government", "governments", "executive", "public", "private", "voluntary",
    "community", "communities", "third", "sector", "delivery", "new", "other", "key", "main", "relevant", "policy",
    "working", "advisory", "steering", "stakeholder", "stakeholders", "programme", "project", "management", "strategic",
    "departments", "offices", "partner", "partners", "sub", "parish", "town", "city", "county", "district", "all",
    "our", "their", "its", "this", "that", "these", "those", "each", "every", "any", "some", "both",
} | ORG_HEADS
"""Words that make a name generic when it has no other ("Local Authorities", "Programme Board")."""

NOT_NAME_STARTS = {
    "As", "At", "In", "On", "For", "By", "With", "From", "To", "Under", "Through", "Following", "During", "After",
    "Before", "And", "But", "Or", "If", "When", "While", "Since", "Our", "Their", "Its", "This", "That", "These",
    "Those", "Chair", "Chairman", "Chairwoman", "Chief", "Director", "Head", "Minister", "Secretary", "Member",
    "Members", "President", "Spokesman", "Spokeswoman", "Dr", "Mr", "Mrs", "Ms", "Sir", "Lord", "Lady", "Dame",
    "Professor", "Prof",
}
"""Capitalised words that open a sentence or a title, never an organisation's name."""

TITLES = r"(?:Lord|Lady|Baroness|Baron|Sir|Dame|Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Rt Hon|Cllr|Councillor)\.?"
_NAME = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*"
_SURNAME = r"(?:Mc|Mac|O')?[A-Z][a-z]+(?:[-'][A-Z][a-z]+)*"
_TITLED_PERSON = re.compile(rf"\b{TITLES}\s+(?P<name>{_NAME}(?:\s+[A-Z]\.)?(?:\s+{_SURNAME})?)\b")
_CAPITALISED = re.compile(rf"\b{_NAME}\b")
_SURNAME_AFTER = re.compile(rf"(?:\s+[A-Z]\.)?\s+(?P<last>{_SURNAME})\b")
NOT_SURNAMES = {
    "street", "road", "square", "station", "hall", "house", "park", "place", "line", "bridge", "palace", "gardens",
    "lane", "avenue", "way", "school", "hospital", "fund", "award", "awards", "prize", "day", "week", "act", "bill",
    "report", "strategy", "plan", "programme", "project", "scheme", "initiative", "campaign", "review",
}
"""Words after a given name that make a place or a thing ("Victoria Street", "Albert Hall")."""
THING_WORDS = {
    "Act", "Acts", "Bill", "Regulations", "Order", "Directive", "Strategy", "Programme", "Scheme", "Plan",
    "Award", "Awards", "Prize", "Campaign", "Initiative", "Project", "Report", "Review", "Week", "Day",
}
"""Capitalised words after a name that make the whole a law, programme or event ("Animal Health Act")."""
_NEXT_WORD = re.compile(r"\s(?P<word>[A-Z][a-z]+)\b")


def names_a_thing(text: str, end: int) -> bool:
    """True when the name ending at ``end`` runs on into a law, programme or event's name."""
    following = _NEXT_WORD.match(text, end)
    return bool(following) and following["word"] in THING_WORDS


_WORD = re.compile(r"[A-Za-z][\w'&.-]*[\w]|[A-Za-z&]")
_ACRONYM_DEFINITION = re.compile(r"\s[(\[](?P<acronym>[A-Z][A-Za-z&]{1,9})[)\]]")


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    text: str


@cache
def given_names() -> frozenset[str]:
    text = (resources.files("pipeline") / "data" / "given_names.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def _words(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def _acronym_matches(acronym: str, words: list[str]) -> bool:
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
    words = _words(text)  # once: the words before each bracket are a slice of these
    ends = [w.end() for w in words]
    for definition in _ACRONYM_DEFINITION.finditer(text):
        acronym = definition["acronym"]
        letters = acronym[:-1] if acronym.endswith("s") and len(acronym) > 2 else acronym
        low, high = bisect.bisect_right(ends, definition.start() - 160), bisect.bisect_right(ends, definition.start())
        before = words[low:high]
        for first in range(len(before) - 1, -1, -1):
            run = before[first:]
            if not run[0].group()[0].isupper():
                continue
            if len(run) > 1 and text[run[-2].end():run[-1].start()].strip(" &") != "":
                break
            if _acronym_matches(letters, [w.group() for w in run]):
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
    if not words or not words[0][0].isupper():
        return False
    openers = ORG_HEADS | {"campaign"} if has_acronym else ORG_HEADS
    ends_as_org = words[-1].lower().strip(".") in ORG_HEADS
    opens_as_org = len(words) > 2 and words[0].lower() in openers and words[1] in {"of", "for", "to"}
    specific = any(w.lower() not in GENERIC_WORDS and w.lower() not in CONNECTORS for w in words)
    return (ends_as_org or opens_as_org) and specific


def _split_at_and(run: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    parts: list[list[re.Match[str]]] = [[]]
    for word in run:
        if word.group().lower() in {"and", "&"}:
            parts.append([])
        else:
            parts[-1].append(word)
    return parts


def _organisation_in(run: list[re.Match[str]]) -> Found | None:
    """The run as an organisation's name, trimmed of words that cannot open or close one."""
    words = list(run)
    while words and words[-1].group().lower() in CONNECTORS:
        words.pop()
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
    return Found(start, end, text[start:end]) if looks_like_organisation(text[start:end]) else None


def unknown_organisations(text: str) -> list[Found]:
    """Capitalised names ending in an organisation word ("Marine Conservation Society").

    A name is a run of capitalised words and connectors ("of", "for", "and", "&", and "the" after
    "of"/"for"/"on"/"to") separated by single spaces; a possessive ("Defra's") ends a run. A run
    that is no name as a whole may hold names joined by "and".
    """
    found: list[Found] = []
    run: list[re.Match[str]] = []

    def flush() -> None:
        whole = _organisation_in(run)
        parts = [whole] if whole else [_organisation_in(part) for part in _split_at_and(run)]
        found.extend(name for name in parts if name)  # "Women's Institute and Department for Transport"
        run.clear()

    for word in _words(text):
        token = word.group()
        capital = token[0].isupper() and token not in {"The", "A", "An"}
        connector = token.lower() in CONNECTORS - {"the"} or (
            token == "the" and bool(run) and run[-1].group().lower() in {"of", "for", "on", "to"}
        )
        continues = bool(run) and text[run[-1].end():word.start()] == " " and not run[-1].group().endswith(("'s", "’s"))
        if not (continues and (capital or connector)):
            flush()
        if continues and (capital or connector) or capital:
            run.append(word)
    flush()
    return found


def people(text: str) -> list[Found]:
    """Named people: "Title Name Surname" (title left out), or a known given name and a surname."""
    found = [Found(m.start("name"), m.end("name"), m["name"]) for m in _TITLED_PERSON.finditer(text)]
    names = given_names()
    for first in _CAPITALISED.finditer(text):
        if first.group() not in names:
            continue
        last = _SURNAME_AFTER.match(text, first.end())
        if last and last["last"].lower() not in ORG_HEADS | GENERIC_WORDS | NOT_SURNAMES:
            found.append(Found(first.start(), last.end(), text[first.start():last.end()]))
    return found
