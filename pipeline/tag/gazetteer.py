"""The wider gazetteer: public registers and a curated list of well-known bodies, as registry entities.

Three sources in ``pipeline/data`` (provenance in ``pipeline/data/SOURCES.md``), each below the
reviewed registry in precedence:
- ``well-known-bodies.csv``: charities, companies, unions and devolved governments known by a bare
  name ("Oxfam", "Tesco", "Welsh Government"), in the registry's columns plus a source;
- ``govuk-organisations.csv``: GOV.UK's government organisations, keyed by their GOV.UK slug;
- ``public-bodies-2009.csv``: the bodies designated for the 2009 Whole of Government Accounts.

A body already in the registry (same name, or a registry form equal to the register's name) is
not added again: the registry entity gains the GOV.UK slug. A register's abbreviation becomes a
form only where it cannot be an ordinary word and has three characters or more
(``gazetteer-exclude.txt`` lists forms left out).
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from importlib import resources
from pathlib import Path

from pipeline.errors import InputFileError
from pipeline.schema import ENTITY_LABELS, SECTORS
from pipeline.tag.registry import Entity, Registry, index, slugify

_BRACKETED = re.compile(r"\s*\((?P<inner>[^)]*)\)")
_ACRONYM_LIKE = re.compile(r"^[A-Z][A-Za-z0-9&]*[A-Z0-9][A-Za-z0-9&]*$|^Of[a-z]+$|^[A-Z][a-z]+[A-Z][A-Za-z]*$")
"""Abbreviations that cannot be ordinary words: two capitals or more ("DfE", "CCWater"), "Of…" regulators;
a coined word that is none of the name's words ("Defra", "Cefas") is taken too."""
_SECTORS = {
    "Ministerial department": "central_government", "Non-ministerial department": "central_government",
    "Devolved administration": "central_government", "Executive office": "central_government",
    "Sub-organisation": "central_government", "Civil Service": "central_government",
}
"""GOV.UK organisation type → registry sector (every other type is a public body)."""


def _data(name: str) -> Path:
    return Path(str(resources.files("pipeline") / "data" / name))


def _rows(name: str) -> list[dict[str, str]]:
    path = _data(name)
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError) as error:
        raise InputFileError(path, f"cannot read the gazetteer: {error}") from None


@cache
def excluded_forms() -> frozenset[str]:
    """Forms never taken from the registers (ordinary words, surnames, forms the annex uses otherwise)."""
    text = _data("gazetteer-exclude.txt").read_text(encoding="utf-8")
    return frozenset(line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip())


_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_PUNCTUATION = re.compile(r"[^\w\s']")


def normalise(name: str) -> str:
    """A name for comparison: case-folded, "&" as "and", no leading "The", single spaces."""
    name = _LEADING_THE.sub("", name.strip()).replace("&", " and ")
    return " ".join(_PUNCTUATION.sub(" ", name).split()).casefold()


def register_forms(name: str, abbreviation: str = "") -> tuple[str, str | None, tuple[str, ...]]:
    """(canonical name, acronym, other forms) from a register's name and abbreviation.

    "Commission for Architecture and the Built Environment (CABE)" gives the acronym CABE; a
    bracketed description ("(administered by the NHMF)") is dropped; a bracketed qualifier
    ("(Northern Ireland)") stays part of the name. "&" gives an "and" spelling as well.
    """
    name = name.strip()
    acronym = None
    bracket = _BRACKETED.search(name)
    if bracket and bracket.end() == len(name):
        inner = bracket["inner"]
        if " " not in inner and inner.isupper():
            acronym = inner
        if acronym or inner[:1].islower():
            name = name[: bracket.start()].strip()
    name = re.sub(r"^The\s+", "", name)
    abbreviation = re.sub(r"^[Tt]he\s+", "", abbreviation.strip())
    coined = len(abbreviation) > 3 and abbreviation[1:].islower() and abbreviation.lower() not in name.lower().split()
    if len(abbreviation) > 2 and abbreviation != name and " " not in abbreviation and (_ACRONYM_LIKE.match(abbreviation) or coined):
        acronym = acronym or abbreviation
    forms = [name.replace(" & ", " and ")] if " & " in name else []
    excluded = excluded_forms()
    if acronym in excluded:
        acronym = None
    return name, acronym, tuple(f for f in forms if f not in excluded)


def _govuk() -> Iterator[Entity]:
    for row in _rows("govuk-organisations.csv"):
        name, acronym, forms = register_forms(row["name"], row["abbreviation"])
        if len(name.split()) == 1 and name in excluded_forms():
            continue
        sector = _SECTORS.get(row["type"], "public_body")
        yield Entity(slugify(name), "ORG", name, acronym, forms, (), sector, govuk_slug=row["slug"])


def _public_bodies() -> Iterator[Entity]:
    for row in _rows("public-bodies-2009.csv"):
        name, acronym, forms = register_forms(row["name"])
        if len(name.split()) > 1 and name not in excluded_forms():
            yield Entity(slugify(name), "ORG", name, acronym, forms, (), "public_body")


_WELL_KNOWN_COLUMNS = ("entity_id", "label", "name", "acronym", "aliases", "sector", "govuk_slug", "source")


def _well_known() -> Iterator[Entity]:
    path = _data("well-known-bodies.csv")
    seen: set[str] = set()
    for line, row in enumerate(_rows("well-known-bodies.csv"), start=2):
        if any(row.get(column) is None for column in _WELL_KNOWN_COLUMNS) or None in row:  # a row with fewer or more fields:
            raise InputFileError(path, f"expected columns {','.join(_WELL_KNOWN_COLUMNS)}", line=line)  # an unquoted comma
        if not row["source"].strip():
            raise InputFileError(path, "every well-known body needs a source", line=line)
        if row["label"].strip() not in ENTITY_LABELS or (row["sector"].strip() and row["sector"].strip() not in SECTORS):
            raise InputFileError(path, f"label {row['label']!r} or sector {row['sector']!r} is not allowed", line=line)
        if row["entity_id"].strip() in seen:
            raise InputFileError(path, f"entity_id {row['entity_id'].strip()!r} is listed twice", line=line)
        seen.add(row["entity_id"].strip())
        aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
        yield Entity(row["entity_id"].strip(), row["label"].strip(), row["name"].strip(), row["acronym"].strip() or None,
                     aliases, (), row["sector"].strip() or None, govuk_slug=row["govuk_slug"].strip() or None)


def merge(registry_entities: dict[str, Entity]) -> dict[str, Entity]:
    """The registry's entities, then every gazetteer entity it does not already hold, in precedence order.

    A register entry whose normalised name is one of a registry entity's forms, or whose
    abbreviation is a registry entity's name, is that entity: it gains the GOV.UK slug (and
    nothing else; the registry is reviewed).
    """
    merged = dict(registry_entities)
    by_name: dict[str, str] = {}
    registry_names = {normalise(e.name): e.entity_id for e in registry_entities.values()}
    for entity in registry_entities.values():
        for form in (entity.name, *entity.aliases, *entity.former_names):
            by_name.setdefault(normalise(form), entity.entity_id)
    for entity in (*_well_known(), *_govuk(), *_public_bodies()):
        known = by_name.get(normalise(entity.name))
        if known is None and entity.acronym and normalise(entity.acronym) in registry_names:
            known = registry_names[normalise(entity.acronym)]  # the registry's "Ofwat" is GOV.UK's Water Services Regulation Authority
        if known is not None:
            if entity.govuk_slug and merged[known].govuk_slug is None:
                merged[known] = replace(merged[known], govuk_slug=entity.govuk_slug)
            continue
        if entity.entity_id in merged:
            continue  # the same slug from another list: the first list's entry stands
        merged[entity.entity_id] = entity
        for form in (entity.name, *entity.aliases):
            by_name.setdefault(normalise(form), entity.entity_id)
    return merged


def widen(registry: Registry) -> Registry:
    """The registry with the gazetteer's entities added below its own."""
    return index(merge(registry.entities), registry.reviewed)
