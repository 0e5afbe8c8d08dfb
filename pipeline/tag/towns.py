"""The towns and villages of the United Kingdom the tagger knows as places ("Craigavon Samaritans"
is a local body of a national charity, "Banbridge" no organisation), from GeoNames' populated
places of 500 people or more.

The list is built by the ``towns`` stage and shipped as package data (``pipeline/data/towns.txt``).
A town whose name is also a common word, a given name or a month ("Street", "Hope", "March",
"Douglas") is left out: read as a place it would hide a name or a word.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

from pipeline.errors import InputFileError
from pipeline.io import write_text_atomic
from pipeline.tag.common_words import common_words
from pipeline.tag.person_names import given_names
from pipeline.tag.words import CALENDAR_WORDS

_NATIONS = {"ENG", "SCT", "WLS", "NIR"}
_PLACE_NAME = re.compile(r"[A-Z][\w'’.-]*(?: [\w'’.-]+)*")
_HEADER = ("# Towns and villages of the UK (GeoNames populated places of 500 or more; data CC BY 4.0), less those\n"
           "# whose name is a common word, a given name or a month. Written by the towns stage.\n")


def build(geonames: Path) -> list[str]:
    """The distinct place names of ``geonames`` (a TSV with ``name`` and ``admin1code``) in the four
    nations, sorted, without those a text would more often mean as a word or a person's name."""
    with geonames.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f, delimiter="\t")
        if not {"name", "admin1code"} <= set(rows.fieldnames or ()):
            raise InputFileError(geonames, "not a GeoNames table: no name and admin1code columns", line=1)
        names = {row["name"] for row in rows if row["admin1code"] in _NATIONS}
    return sorted(n for n in names if _PLACE_NAME.fullmatch(n) and n.lower() not in common_words()
                  and n not in given_names() and n not in CALENDAR_WORDS)


def write(towns: list[str], path: Path) -> None:
    write_text_atomic(path, _HEADER + "\n".join(towns) + "\n")
