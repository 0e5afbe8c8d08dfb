"""Names known by their form alone: parties named by a word that is also an ordinary one ("Labour", not "Labour market")
and brands written in camel case ("FareShare")."""
from __future__ import annotations

import re

from pipeline.tag.entities import Found, ends_a_name
from pipeline.tag.person_names import given_names
from pipeline.tag.words import CALENDAR_WORDS, JOB_WORDS, NOT_NAME_STARTS, PROGRAMME_NOUNS, THING_WORDS

PARTIES = {"Labour": "Labour Party", "Conservative": "Conservative Party", "Conservatives": "Conservative Party",
           "Tories": "Conservative Party", "Liberal Democrat": "Liberal Democrats", "Lib Dem": "Liberal Democrats",
           "Alliance": "Alliance Party of Northern Ireland"}
"""Parties named by a word that is also an ordinary one, and the full names they stand for."""
_PARTY = re.compile(
    r"(?<![\w'’-])(?P<name>Labour(?! (?:[Mm]arket|[Ff]orce|[Cc]osts?|[Ss]upply|[Ss]hortages?|[Rr]elations|[Ll]aws?|[Rr]ights|[Ii]ntensive))"
    r"|Conservatives|Tories|(?:Conservative|Liberal Democrat|Lib Dem)(?= ?[-–,)]| MPs?\b| (?:peer|councillor|candidate|leader|member|spokes\w+|[Gg]overnment|administration|coalition|politicians?)\b"
    r"| and Liberal Democrats? coalition\b))"
    r"(?![\w-])")
_SPEAKER_PARTY = re.compile(r"(?m)^(?:[A-Z][\w'’-]+ ){2,3}(?P<name>Conservative|Liberal Democrat|Lib Dem|Alliance)[ \t]*$")
"""A speaker's line with the party after the name: "Maurice Corry Conservative"."""


def party_mentions(text: str) -> list[tuple[Found, str]]:
    """(mention, full name) for parties named by a word that is also an ordinary one: "Labour"
    (not "Labour market"), "Conservatives", "Tories", and "Conservative" or "Liberal Democrat" where
    a party label is written ("(Conservative - Epsom and Ewell)", "Conservative MP", "the Conservative government", a speaker's line "Maurice Corry
    Conservative", "Andrew Muir Alliance"), and "the Conservative and Liberal Democrat coalition"."""
    return [(Found(m.start("name"), m.end("name"), m["name"]), PARTIES[m["name"]])
            for pattern in (_PARTY, _SPEAKER_PARTY) for m in pattern.finditer(text)]


_CAMEL_CASE = re.compile(r"(?<![\w'’&#@-])(?!Mc|Mac)(?P<first>[A-Z][a-z]+)(?P<second>[A-Z][a-z]+)[A-Za-z]*(?![\w'’&-])")
_CAPITALISED_AFTER = re.compile(r"[ ](?P<word>[A-Z][a-z]+)\b")
_PROGRAMME_OR_SITE_AFTER = re.compile(rf"\s(?:{PROGRAMME_NOUNS}|award|app|website|site|portal)\b")
_SITE_BEFORE = re.compile(r"\b(?:on|via|visit)\s$")
"""Where a camel-case word names a website, which is no body ("on DirectGov", "visit JustGiving")."""
_PARTICLES = {"Up", "Out", "Off", "Back", "Down"}
_PRODUCTS = {"WiFi", "PowerPoint", "JavaScript", "PlayStation", "FaceTime", "SharePoint", "OneDrive", "MasterChef", "YouTube"}
"""Technologies, products and programmes written in camel case: no body's name."""
_PEOPLE_OF = {"Ambassador", "Champion", "Volunteer", "Member", "Leader", "Supporter"}
"""People of a body or a campaign after its name ("LitterHeroes Ambassadors"): not part of the name."""


def camel_case_names(text: str) -> list[Found]:
    """A word written in camel case is a brand's, and in this world's texts a body's ("FareShare",
    "TimeBank", "CapacityBuilders"), with a capitalised word after it ("ReUse Together"); not a
    surname ("McDonald"), a hashtag ("#LitterHeroes"), a programme or a website ("… programme",
    "on DirectGov"), nor two words run together by a lost space ("MichaelThe", "ByRiddell")."""
    found = []
    for m in _CAMEL_CASE.finditer(text):
        if m["first"] in NOT_NAME_STARTS or m["second"] in NOT_NAME_STARTS | _PARTICLES or m["first"] in given_names() \
                or m["second"] in given_names() or m.group() in _PRODUCTS:  # "DaraChristineSilva": names run together
            continue  # "ChangeUp" is a programme's, "WiFi" a technology
        end = m.end()
        after = _CAPITALISED_AFTER.match(text, end)
        if after and after["word"].removesuffix("s") not in NOT_NAME_STARTS | CALENDAR_WORDS | JOB_WORDS | THING_WORDS | _PEOPLE_OF \
                and not ends_a_name(m.group()):
            end = after.end()
        if not _PROGRAMME_OR_SITE_AFTER.match(text, end) and not _SITE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            found.append(Found(m.start(), end, text[m.start():end]))
    return found
