"""Bodies named by a kind's fixed shape, which needs no other evidence in the sentence: a numbered scout or guide group, a
prison, a place's council written in lower case, a place's young farmers, and a place's club named by its members."""
from __future__ import annotations

import re

from pipeline.tag.entities import Found, places
from pipeline.tag.words import JOB_WORDS, NOT_NAME_STARTS

_NUMBERED_GROUP = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?: \([A-Z][\w'’ -]+\))?(?: (?:Sea|Air))?"
    r" (?:Scouts|Scout Group|Guides|Guide Unit|Brownies|Rainbows|Cubs|Beavers|Explorers|Boys['’]? Brigade|Girls['’]? Brigade)\b")
"""A numbered scout, guide or brigade group ("4th Frodsham (Overton) Scouts", "3rd Frodsham Sea Scouts")."""
_PRISON = re.compile(r"\bHMP(?: ?(?:&|and) ?YOI|YOI)? [A-Z][a-z]+(?: [A-Z][a-z]+)?(?![\w'’-])")
"""A prison, named by its kind's letters and its place ("HMP Addiewell", "HMP&YOI Polmont")."""
_PLACE_COUNCIL = re.compile(
    r"\b(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:community |town |parish |district |county |city |borough )?council\b"
    r"(?! (?:tax|house|houses|housing|homes|estates?|elections?)\b)")
"""A council written with its place and a lower-case "council" ("Gwynedd council’s cuts", "Kiltarlity community council"):
the council, not council tax or housing."""
_YOUNG_FARMERS = re.compile(
    r"(?<![\w'’&-])(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?(?: (?:and|&) District)?) Young Farmers(?![\w'’-]| Club| Federation)")
"""A place's young farmers' club named by its members: "Craven Arms Young Farmers", "Chorley and District Young Farmers"."""
_PLACES_MEMBERS = re.compile(
    r"(?<![\w'’&-])(?!(?:The|A|An|In|At|On|For|From|By|With|And|Our|Their|His|Her) )(?P<place>[A-Z][a-z]+(?: (?!District )[A-Z][a-z]+)?)(?: District)? (?:Scouts|Guides|Girl Guides|Brownies|Rainbows|Cubs|Beavers|Lions|Rotary"
    r"|Rotarians|Beekeepers|Ramblers|Harriers|Wheelers|Bowlers)(?![\w'’-]| (?:Club|Group|Unit|Hall|Hut|District|Association)\b)")
"""A known place's club or group named by its members: "Llandudno Rotary", "Nairn Beekeepers", "Frodsham District Scouts"
(the place must be in ``places()``: a bare "Weare Scouts" is left to other evidence)."""


def named_by_kind(text: str) -> list[Found]:
    """Every body in ``text`` that one of the kinds' shapes names, where its place is a known one."""
    found = [Found(m.start(), m.end(), m.group()) for pattern in (_NUMBERED_GROUP, _PRISON) for m in pattern.finditer(text)]
    found += [Found(m.start(), m.end(), m.group()) for m in _PLACE_COUNCIL.finditer(text) if m["place"] in places()]
    found += [Found(m.start(), m.end(), m.group()) for m in _YOUNG_FARMERS.finditer(text)
              if not set(m["place"].split()) & (NOT_NAME_STARTS | {"The", "A", "An"} | JOB_WORDS)]
    found += [Found(m.start(), m.end(), m.group()) for m in _PLACES_MEMBERS.finditer(text) if m["place"] in places()]
    return found
