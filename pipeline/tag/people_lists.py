"""People named beside people already found: the neighbours in a list of names, the lines of an attendance list, and a
given name before a surname that a title marks elsewhere."""
from __future__ import annotations

import re

from pipeline.tag.common_words import common_words
from pipeline.tag.entities import Found
from pipeline.tag.person_names import FULL_NAME, NAME_WORD, NOT_NAMES, SURNAME, given_names, plausible
from pipeline.tag.words import JOB_WORDS, TITLE_ENDS

_LIST_GAP = r"(?:,\s+|\s+and\s+|,\s+and\s+)"
_BODY_IN_BRACKETS = r"(?:\s\([A-Z][^()\n]{0,60}\))?"
"""A person's body in brackets after the name, in a list of people: "Sue Coffey (Business Link), Mea Kendall (Veolia)"."""
_NEXT_IN_LIST = re.compile(rf"{_BODY_IN_BRACKETS}{_LIST_GAP}{FULL_NAME}(?=,|\s+and\s|\s*$|\s*\n|\.|\s\()", re.MULTILINE)
_PREVIOUS_IN_LIST = re.compile(rf"(?:^|,\s+|:\s+|\b(?:with|by)\s+){FULL_NAME}{_BODY_IN_BRACKETS}{_LIST_GAP}$", re.MULTILINE)
"""The item before a person in a list of names, the list opened by a line, a comma, a colon, "with" or "by" (a caption's
"Valerie Davis with Emilee Elder and Imogen McGuinness", "organised by Con Carey and Jill Murdoch")."""


_INITIALS_AFTER = re.compile(r" \([A-Z]{1,4}\),")
"""A person's initials and a comma: their body follows, not another person ("Gareth Coles (GC), Creative Lives")."""
_AFTER_A_JOB = re.compile(rf"\b(?:{'|'.join(sorted(JOB_WORDS | TITLE_ENDS))}),\s+$")
"""A list's item after a job and a comma is the body of the person before ("…, Chief Executive Officer, Plan Zheroes")."""


def people_beside(text: str, found: list[Found]) -> list[Found]:
    """People named beside people already found: the neighbours in a list of names ("Liz Groves,
    Nina Van Dyck and Neil McIvor"), and a given name before a surname that a title marks
    elsewhere ("Allison Ogden-Newton" where "Ms Ogden-Newton" is written)."""
    more: list[Found] = []
    frontier = [f for f in found if " " in f.text]
    while frontier:
        person = frontier.pop()
        after = None if _INITIALS_AFTER.match(text, person.end) else _NEXT_IN_LIST.match(text, person.end)
        before = _PREVIOUS_IN_LIST.search(text, max(0, person.start - 60), person.start)
        for m in (after, before):
            if m and plausible(m["first"], m["last"]) and not m["first"].endswith(("'s", "’s")) \
                    and not _AFTER_A_JOB.search(text, max(0, m.start("first") - 40), m.start("first")):
                new = Found(m.start("first"), m.end("last"), text[m.start("first"):m.end("last")])
                if new not in more and new not in found:
                    more.append(new)
                    frontier.append(new)
    more += _people_on_lines(text, [*found, *more])
    titled = {f.text for f in found if " " not in f.text}
    for surname in titled:
        for m in re.finditer(rf"\b(?P<first>{NAME_WORD})\s+{re.escape(surname)}\b", text):
            if plausible(m["first"], surname):
                more.append(Found(m.start(), m.end(), m.group()))
    return more


_LINE_NAME = re.compile(rf"(?m)^[ \t]*(?:[-•*·][ \t]+)?(?P<first>{NAME_WORD})[ ](?P<last>{SURNAME})[ \t]*$")


def _people_on_lines(text: str, found: list[Found]) -> list[Found]:
    """Names alone on their lines beside lines that open with a person, as an attendance list gives them ("Tim Hall",
    "Meriel Young" between "Nigel Hooper" and "Guy Watt"); a known given name before an organisation's word ("Tim Hall") only
    between two such lines."""
    person_lines = {line for f in found if not text[(line := text.rfind("\n", 0, f.start) + 1):f.start].strip(" \t-•*·")}
    if not person_lines:
        return []
    lines = [m for m in _LINE_NAME.finditer(text) if m["first"] not in NOT_NAMES and m["last"] not in NOT_NAMES]
    more: list[Found] = []
    added = True
    while added:
        added = False
        for m in lines:
            line = text.rfind("\n", 0, m.start("first")) + 1
            if line in person_lines:
                continue
            before = line > 0 and text.rfind("\n", 0, line - 1) + 1 in person_lines
            after = m.end() + 1 in person_lines
            if (before or after) and plausible(m["first"], m["last"]) and m["first"].lower() not in common_words() \
                    or before and after and m["first"] in given_names():  # not a job's "Legal Adviser"
                person_lines.add(line)
                more.append(Found(m.start("first"), m.end("last"), text[m.start("first"):m.end("last")]))
                added = True
    return more
