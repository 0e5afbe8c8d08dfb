"""Which of the trained recogniser's spans can be names: the filters the tagger applies to them."""
from __future__ import annotations

import re

from pipeline.tag.entities import TOWN_CENTRES, in_a_headline, places
from pipeline.tag.gazetteer import excluded_forms
from pipeline.tag.common_words import common_words
from pipeline.tag.words import (CALENDAR_WORDS, COMPASS_WORDS, CONCEPTS, CONNECTORS, COUNT_WORDS, JOB_WORDS, LANDSCAPE_WORDS, LEGAL_FORMS, NATION_ADJECTIVES, ORG_HEADS,
                                PROGRAMME_NOUNS, THING_WORDS, TITLE_ENDS)
from pipeline.tag.person_names import POST_NOMINALS, given_names

_NEXT_CAPITALISED = re.compile(r"[ \t]?[-‐]|[ \t]+[A-Z]")


def whole_name(text: str, start: int, end: int) -> bool:
    """A span that can be a whole name: its first and last words open with a capital letter or a
    digit, it ends in a letter or digit, and it is not cut inside a hyphenated word or a run of
    capitalised words ("Allison Ogden-" of "Allison Ogden-Newton", "UK Climate Change" of "UK
    Climate Change Risk Assessment", "Welfare in")."""
    last_word = text[start:end].split()[-1]
    return (text[start].isupper() or text[start].isdigit()) and (last_word[0].isupper() or last_word[0].isdigit()) \
        and text[end - 1].isalnum() and not _NEXT_CAPITALISED.match(text, end)


_BUILDING_END = re.compile(r" (?:Headquarters|HQ|Offices|Chambers|Buildings?|Premises)$")


def without_building(text: str, start: int, end: int) -> int:
    """The end of a span that names a body's building, cut to the body's name ("Highland Council Headquarters" gives "Highland
    Council"); ``end`` where the span names no building or what comes before is no body's name of two words or more."""
    building = _BUILDING_END.search(text, start, end)
    body = text[start:building.start()].split() if building else []
    if len(body) > 1 and body[-1].lower() in ORG_HEADS:  # not "Council Offices"
        return building.start()
    return end


_PERSON_OF = re.compile(
    r"(?!(?:Sir|Lord|Lady|Baron|Baroness|Earl|Duke) )(?:[A-Z][a-z]+\.? )?(?P<given>[A-Z][a-z]+) [A-Z][\w'’-]+ (?:of|from) (?:the )?")


def body_after_person(text: str, start: int, end: int) -> int:
    """The start of the body in a span that opens with a person "of" or "from" it ("Helen Lewis of RAY Ceredigion"), the
    person having a known given name and the body being no place and of two words or an acronym (not a peer's or a
    knight's "Sir William Macpherson of Cluny"); ``start`` otherwise."""
    person = _PERSON_OF.match(text, start, end)
    body = text[person.end():end] if person else ""
    if person and person["given"] in given_names() and body not in places() and (" " in body or body.isupper()):
        return person.end()
    return start


_LOWER_ITEM_BEFORE = re.compile(r"\b[a-z][\w-]*,\s$")
_LOWER_ITEM_AFTER = re.compile(r",?\s+(?:and\s+|or\s+)?[a-z]")
TIME_ZONES = {"GMT", "BST", "UTC", "CET"}
_FUNCTIONS = {"HR", "IT", "ICT", "PR", "R&D", "QA", "PA"}
"""A body's functions written in capitals ("finance and HR"): no body's name."""
_PLACE_NAME = re.compile(r"(?:\bon the |^)(?:Isles? of|Republic of|Vale of) [A-Z][a-z]+$")
_PLACES_JOINED = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? (?:and|&) (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?(?: (?:and|&) [A-Z][\w'’-]*)?")
"""Two or three capitalised words or pairs joined by "and"/"&" with no organisation word: places or people."""
_LISTED_BEFORE = re.compile(r"\b(?:for|of) [A-Z][\w'’-]*, $")
_JOB_BEFORE = re.compile(r"\b(?:Head|Director|Manager|Officer|Minister|Secretary) (?:of|for) (?:[A-Z][\w'’-]* (?:and|&) )?$")
"""A job's portfolio before a span: "Deputy Head of Campaigns and Communications" names no body."""
_JOINED_BEFORE = re.compile(r"(?:[A-Z][\w'’-]* )?[A-Z][\w'’-]* (?:and|&) $")
"""Capitalised words and "and" before a span: with it, maybe a longer place's name ("Dumfries and Galloway")."""
_ROLE_ENDS = TITLE_ENDS | {"Member", "Members", "Trustee", "Trustees", "Treasurer", "Executives", "Directors", "Officers", "Managers",
                           "Ministers", "Secretaries", "Chairs"}
"""Last words that make a span a person's role or people's roles ("Wales Committee Member", "… Chief Executives"), not a body."""
_NOTICE_ENDS = {"Notice", "Notices", "Bulletin", "Newsletter", "Circular"}
"""Last words that make a span a notice or a newsletter ("Office Notices"), not a body."""
_TITLE_OF = re.compile(r"(?:Mayor|Lord Mayor|Lord Lieutenant|High Sheriff|Bishop|Archbishop|Dean|Duke|Duchess|Earl|Prince|Princess) of [A-Z][\w'’ -]+")
_REFERENCE = re.compile(r"\b(?:Part|Section|Schedule|Chapter|Article|Clause|Annex|Appendix)\s+\d")
"""A reference to a part of a document ("… on Part 2"), inside a span: no body's name."""
_AFFILIATION_AFTER = re.compile(r", (?:of|from) (?:the )?[A-Z\d]")
"""After a model span, a comma and "of" or "from" a body: the span is a person ("Shan Williams, of 4CG, a community group")."""
_SPELT_OUT_AFTER = re.compile(r" \((?P<long>[A-Z][^()\n]{3,80})\)")
"""An acronym's long form in brackets after it."""
_THING_AFTER = re.compile(rf"['’\"]? (?:{PROGRAMME_NOUNS}|awards?|strategy|minister|secretary)\b| \d")
"""After a model span, a programme word, a job whose portfolio it names, or a number makes it a thing's name
or a reference ("Part 2")."""


def not_an_organisation(text: str, start: int, end: int) -> bool:
    """A model ORG span that is no body's name:
    - a title's letters ("MP for Stamford"), a count ("Two Projects"), a war ("First World War"), a law, programme,
      plan or event ("Big Society Vision": ``THING_WORDS``), days or months ("Thursdays"),
      an idea ("Big Society") or a legal form ("Community Interest Company"), a given name alone ("David"), a time zone ("10:51 GMT"), a function ("HR"), a part of a
      document ("Federation on Part 2"), a policy's or designation's abbreviation the gazetteer leaves out ("RDPE",
      "SSSI": ``gazetteer-exclude.txt``);
    - a place ("Waveney River", "Isle of Skye", "Thurso Town Centre", "Republic of Ireland", "Vale of Clwyd"), or places or people joined by
      "and" ("Tyne & Wear and Northumberland", "Mark and I", the "Galloway" of "Dumfries and Galloway"), a title ("Mayor of
      Lancaster") or a role ("Wales Committee Member", "Chief Executive");
    - the end of a name listing its subjects ("… for Environment, Food and Rural Affairs"), a job's portfolio ("Head of
      Campaigns and Communications");
    - a programme's name ("the MTAP programme") or a portfolio ("the Rural Affairs minister"), a person of a body ("Shan
      Williams, of 4CG");
    - a table row's cells or a list's items, or a span on a headline's line;
    - two or more common words alone, with no organisation word and no place or nation before them:
      an idea or a thing ("Green Belt", "Civic Health", "Every Action Counts");
    - one word among common nouns ("crafts, ICT, digital photography");
    - one word that a capital alone does not make a name: opening a sentence or line, after a
      quotation mark or not ("Posted on", "“Congratulations"), after "the" ("the Court"), a
      heading in capitals ("ENVIRONMENT, FOOD AND …"), a decision in capitals ("RESOLVED"), or a common word in capitals
      opening a line or a sentence ("CONGRATS:", "A GUEST at …"), or an acronym whose long form after it is common words
      alone ("STEM (Science, Technology, Engineering and Maths)")."""
    span = text[start:end]
    words = span.split()
    if words[0] in POST_NOMINALS | COUNT_WORDS or words[-1] in {"War", "Wars"} | THING_WORDS | _ROLE_ENDS | _NOTICE_ENDS or span in given_names() \
            or set(words) <= JOB_WORDS \
            or span.removesuffix("s") in CALENDAR_WORDS \
            or _THING_AFTER.match(text, end) or _AFFILIATION_AFTER.match(text, end) \
            or "|" in span or ", " in span or span.lower() in CONCEPTS | LEGAL_FORMS or span in TIME_ZONES | _FUNCTIONS or _REFERENCE.search(span) \
            or span in excluded_forms() or span.endswith(TOWN_CENTRES):
        return True
    if {words[0], words[-1]} & LANDSCAPE_WORDS or " in " in span or (len(words) == 2 and not words[0].isupper() or words[0] in COMPASS_WORDS) and words[-1] in places() \
            or _PLACE_NAME.search(span) or _PLACES_JOINED.fullmatch(span) and words[-1].lower() not in ORG_HEADS \
            or (joined := _JOINED_BEFORE.search(text, max(0, start - 40), start)) and (
                text[joined.start():end] in places() or text[joined.start():end].split(" ", 1)[-1] in places()):
        return True  # "Waveney River", "River Lugg in Herefordshire", "East Scotland", "Isle of Bute", "Killough and Clough": places;
        # an acronym before a place names a body ("RAY Ceredigion")
    if _LISTED_BEFORE.search(text, max(0, start - 30), start) or _TITLE_OF.fullmatch(span) \
            or " " not in span and _JOB_BEFORE.search(text, max(0, start - 40), start):
        return True  # "… for Environment, Food and Rural Affairs": the end of a longer name; "Mayor of Lancaster": a title
    if in_a_headline(text, start, end):
        return True
    if len(words) > 1 and _common_words_only(words):
        return True  # one such word may still be a charity's bare name ("Shelter", "Crisis")
    if " " in span:
        return False
    if _LOWER_ITEM_BEFORE.search(text, max(0, start - 30), start) and _LOWER_ITEM_AFTER.match(text, end):
        return True  # "arts and crafts, ICT, digital photography": one of a list of common nouns
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) % (len(text) + 1)
    if span.isupper():  # a decision of minutes ("RESOLVED to recommend …"), or a heading in capitals
        if span.endswith("ED") and span.lower() in common_words() or not any(c.islower() for c in text[line_start:line_end]):
            return True
        if (spelt := _SPELT_OUT_AFTER.match(text, end)) and _common_words_only(spelt["long"].replace(",", " ").split()):
            return True  # "STEM (Science, Technology, Engineering and Maths)": a subject's letters
        if span.lower() not in common_words():
            return False  # an acronym: "NAVCA"
    opening = start - len(text[line_start:start]) + len(text[line_start:start].rstrip("“\"‘'("))  # before any opening quote
    before = text[max(line_start, opening - 4):opening]
    return opening == line_start or before.endswith(("the ", "The ") + (("A ",) if span.isupper() else ())) \
        or bool(re.search(r"[.!?:]\s+$", text[max(0, opening - 3):opening]))


def _common_words_only(words: list[str]) -> bool:
    """Every word (connectors aside) a common English word in lower case, none an organisation word
    or its plural, no acronym, and the first no place or nation's adjective ("Durham Community Action")."""
    if words[0] in places() or words[0] in NATION_ADJECTIVES:
        return False
    kept = [w for w in words if w.lower() not in CONNECTORS]
    folded = [re.sub(r"['’]s?$", "", w).lower() for w in kept]
    if any(w.isupper() for w in kept) or not all(w.isalpha() for w in folded):
        return False
    heads = {w for w in folded if w in ORG_HEADS or w.removesuffix("s") in ORG_HEADS or w.endswith("ies") and w[:-3] + "y" in ORG_HEADS}
    return not heads and all(w in common_words() for w in folded)
