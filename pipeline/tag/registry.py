"""The reviewed entity registry (``pipeline/data/registry.csv``) and the surface forms it links.

One row per organisation or person: a stable ``entity_id`` slug, canonical name, preferred
acronym, aliases (short forms, other spellings) and former names separated by "|", and a sector.
Every form links to its entity; a form shared by several entities ("Partnership Board") is
resolved by context when tagging.
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from pipeline.errors import InputFileError
from pipeline.schema import ENTITY_LABELS, SECTORS

CASE_INSENSITIVE_MIN_WORDS = 3
"""Forms of this many words or more match in any case ("Office of the third sector")."""


def slugify(name: str) -> str:
    """Stable identifier from a name: lower case ASCII words joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower().replace("&", " and ").replace("'", "")).strip("-")


TITLE_CASE_ACRONYM_MIN = 5
"""Acronyms of this many letters or more match written in title case too ("Acevo", "Navca");
shorter ones are too often words ("Acre", "Wrap")."""


def written_variants(form: str) -> tuple[str, ...]:
    """The form and the ways texts also write it: without its commas ("Ministry of Housing
    Communities and Local Government"), with the other apostrophe ("Prince’s Trust") or none
    ("Princes Trust", "McDonalds"), a plural's apostrophe ("Citizens' Advice"), "&" for "and" in a name of four words or more ("Department for
    Environment, Food & Rural Affairs"), "for the" in a department's ("Department for the
    Environment, Food and Rural Affairs")."""
    variants = [form]
    if re.match(r"(?:Department|Ministry|Office) for (?!the )", form):
        variants.append(form.replace(" for ", " for the ", 1))
    if ", " in form:
        variants.append(form.replace(", ", " "))
    if " and " in form and len(form.split()) >= 4:
        variants += [v.replace(" and ", " & ") for v in variants]  # "Department for Environment, Food & Rural Affairs"
    if "'s " in form or form.endswith("'s"):
        variants.append(re.sub(r"'s\b", "s", form))  # "Princes Trust", "McDonalds"
    elif re.match(r"[A-Z][a-z]+s [A-Z]", form):
        variants.append(re.sub(r"^([A-Z][a-z]+s) ", r"\1' ", form))  # "Citizens' Advice"
    for straight, curly in (("'", "’"), ("’", "'")):
        variants += [v.replace(straight, curly) for v in variants if straight in v]
    return tuple(dict.fromkeys(variants))


@dataclass(frozen=True)
class Entity:
    entity_id: str
    label: str
    name: str
    acronym: str | None
    aliases: tuple[str, ...]
    former_names: tuple[str, ...]
    sector: str | None
    govuk_slug: str | None = None
    """GOV.UK's slug for the organisation, where GOV.UK lists it."""

    @property
    def forms(self) -> tuple[str, ...]:
        """Every surface form that refers to this entity."""
        return tuple(dict.fromkeys(f for f in (self.name, self.acronym, *self.aliases, *self.former_names) if f))

    def record(self) -> dict[str, object]:
        """A row of the entities table."""
        return {
            "entity_id": self.entity_id, "label": self.label, "name": self.name, "acronym": self.acronym,
            "aliases": [f for f in self.forms if f not in (self.name, self.acronym)], "sector": self.sector, "govuk_slug": self.govuk_slug,
        }


@dataclass
class Registry:
    entities: dict[str, Entity]
    by_form: dict[str, list[str]]
    """Surface form (exact case) → ids of the entities it names."""
    by_folded_form: dict[str, list[str]]
    """Case-folded long form → ids, for forms matched in any case."""
    reviewed: frozenset[str] = frozenset()
    """Ids from the reviewed registry itself (the rest come from the wider gazetteer)."""

    def lookup(self, text: str) -> list[str]:
        """Ids of the entities a surface form names (exact case, or any case for long forms)."""
        return self.by_form.get(text) or self.by_folded_form.get(text.casefold(), [])


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def load_registry(path: str | Path | None = None) -> Registry:
    """Read and check the registry CSV (the packaged one by default)."""
    source = Path(path) if path else Path(str(resources.files("pipeline") / "data" / "registry.csv"))
    try:
        with open(source, encoding="utf-8", newline="") as handle:
            records = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError) as error:
        raise InputFileError(source, f"cannot read the registry: {error}") from None
    entities: dict[str, Entity] = {}
    for line, record in enumerate(records, start=2):
        try:
            entity = Entity(
                entity_id=record["entity_id"].strip(),
                label=record["label"].strip(),
                name=record["name"].strip(),
                acronym=record["acronym"].strip() or None,
                aliases=_split(record["aliases"]),
                former_names=_split(record["former_names"]),
                sector=record["sector"].strip() or None,
            )
        except (KeyError, AttributeError):
            raise InputFileError(source, "expected columns entity_id,label,name,acronym,aliases,former_names,sector", line=line) from None
        if entity.label not in ENTITY_LABELS or (entity.sector and entity.sector not in SECTORS):
            raise InputFileError(source, f"label {entity.label!r} or sector {entity.sector!r} is not allowed", line=line)
        if not entity.entity_id or entity.entity_id in entities:
            raise InputFileError(source, f"entity_id {entity.entity_id!r} is empty or repeated", line=line)
        entities[entity.entity_id] = entity
    return index(entities, frozenset(entities))


def index(entities: dict[str, Entity], reviewed: frozenset[str]) -> Registry:
    """The registry over ``entities``: each form lists its entities in the dict's (precedence) order."""
    by_form: dict[str, list[str]] = defaultdict(list)
    by_folded: dict[str, list[str]] = defaultdict(list)
    for entity in entities.values():
        forms = [v for f in entity.forms for v in written_variants(f)]
        if entity.acronym and entity.acronym.isalpha() and entity.acronym.isupper() and len(entity.acronym) >= TITLE_CASE_ACRONYM_MIN:
            forms.append(entity.acronym.capitalize())  # "Acevo"
        for form in dict.fromkeys(forms):
            if entity.entity_id not in by_form[form]:
                by_form[form].append(entity.entity_id)
            if len(form.split()) >= CASE_INSENSITIVE_MIN_WORDS and entity.entity_id not in by_folded[form.casefold()]:
                by_folded[form.casefold()].append(entity.entity_id)
    return Registry(entities, dict(by_form), dict(by_folded), reviewed)
