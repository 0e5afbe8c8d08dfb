"""Councils written by an abbreviation of their kind after their place ("Gloucestershire CC", "Bexley LBC") or by their
formal name ("the London Borough of Ealing"): the spans, and the names written out that they stand for."""
from __future__ import annotations

import re

from pipeline.tag.entities import Found, places

_COUNCIL_KINDS = {"CC": "County Council", "DC": "District Council", "BC": "Borough Council", "CBC": "County Borough Council",
                  "MBC": "Metropolitan Borough Council", "LBC": "Council", "RBC": "Royal Borough Council"}
"""Abbreviations of a council's kind after its place ("Bexley LBC" is the London Borough of Bexley, "Bexley Council")."""
_ABBREVIATED_COUNCIL = re.compile(rf"\b(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) (?P<kind>{'|'.join(_COUNCIL_KINDS)})\b")
_BOROUGH_OF = re.compile(r"\b(?:(?:London|Royal|Metropolitan) )?Borough of (?:the )?[A-Z][a-z]+(?:(?: and | upon | on | )[A-Z][a-z]+)*")


def abbreviated_councils(text: str) -> list[tuple[Found, str]]:
    """Each council written "Place CC" whose place is a known one, with its name written out ("Gloucestershire CC" →
    "Gloucestershire County Council"); a place no council has ("Marford CC") is left to the other rules."""
    return [(Found(m.start(), m.end(), m.group()), f"{m['place']} {_COUNCIL_KINDS[m['kind']]}")
            for m in _ABBREVIATED_COUNCIL.finditer(text) if m["place"] in places()]


def boroughs(text: str) -> list[Found]:
    """Councils by their formal name: "the London Borough of Ealing", "Royal Borough of Kingston upon Thames"."""
    return [Found(m.start(), m.end(), m.group()) for m in _BOROUGH_OF.finditer(text)]
