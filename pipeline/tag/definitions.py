"""What a batch of texts defines with "Long Form (LF)": each acronym's body (the registry's, or a
new entity for a long form the rules or the model show to be an organisation's), and the acronyms
defined as something else, a thing or a programme, so that no rule or list makes them a body."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from pipeline.tag.acronyms import (KnownSpans, acronym_definitions, beside_a_known_body, content_words, defined_organisation,
                                   lower_case_definitions, registry_name_ending)
from pipeline.tag.boundaries import without_company_suffix
from pipeline.tag.entities import looks_like_organisation, places
from pipeline.tag.gazetteer import excluded_forms
from pipeline.tag.person_names import given_names
from pipeline.tag.registry import Entity, Registry, slugify
from pipeline.tag.words import PROGRAMME_NOUNS, THING_WORDS

_PROGRAMME_AFTER = re.compile(rf"[)\]]\s+(?:{PROGRAMME_NOUNS})\b")
"""After a defined acronym's bracket, a programme's word: "Growing Community Assets (GCA) fund" names no body."""

Span = tuple[int, int]


@dataclass
class Definitions:
    """``links``: acronym or long form → entity id; ``new``: entities the registry lacks; ``things``:
    acronyms defined as no organisation ("Rural Development Plan (RDP)"); ``programmes``: of those,
    the ones defined as a programme, whatever body the registry gives the letters ("Growing Community
    Assets (GCA) fund"); ``overrides``: acronyms defined for a body of their own where the registry
    gives the letters to a class of such bodies ("Mid Ulster Local Action Group (LAG)", not "Local Action Groups")."""
    links: dict[str, str] = field(default_factory=dict)
    new: dict[str, Entity] = field(default_factory=dict)
    things: set[str] = field(default_factory=set)
    programmes: set[str] = field(default_factory=set)
    overrides: set[str] = field(default_factory=set)


def _one_of_a_class(registry: Registry, acronym: str, long_form: str) -> bool:
    """The registry's bodies for ``acronym`` are a class ("Local Action Groups") and the long form names one of them."""
    names = [registry.entities[i].name for i in registry.lookup(acronym)]
    last = long_form.split()[-1]
    return bool(names) and not last.endswith("s") and all(n.split()[-1] == last + "s" for n in names)


def defined_acronyms(registry: Registry, texts: Iterable[tuple[str, set[Span], list[Span]]]) -> Definitions:
    """The definitions in ``texts``: (text, the model's ORG spans, the registry's ORG spans) each. A
    long form is an organisation when the registry knows it, the model tags it, or the rules say so."""
    found = Definitions()
    for text, model_orgs, registry_orgs in texts:
        known_orgs = KnownSpans.of(registry_orgs)
        found.things |= lower_case_definitions(text)
        for long_form, acronym in acronym_definitions(text):
            if long_form.text in places():
                continue  # "Air Ambulance Northern Ireland (NI)": a place's short form, the body named around it
            if long_form.text.split()[0] in given_names() and not looks_like_organisation(long_form.text):
                found.things.add(acronym.text)  # "Hazel Lloyd Lubran (HL)": a person's initials in a list of attendees
                continue
            known = (registry_name_ending(registry, text, long_form.start, long_form.end)
                     or registry.lookup(without_company_suffix(long_form.text)))
            programme = _PROGRAMME_AFTER.match(text, acronym.end) or long_form.text.split()[-1] in THING_WORDS
            organisation = acronym.text not in excluded_forms() and not programme and (  # "… (SSSI)": a designation
                (long_form.start, long_form.end) in model_orgs or defined_organisation(text, long_form, acronym)
                or beside_a_known_body(text, acronym, known_orgs))
            if known:
                found.links.setdefault(acronym.text, known[0])
            elif organisation:  # an acronym the registry knows for another name keeps its link there
                same = [i for i in registry.lookup(acronym.text) if content_words(registry.entities[i].name)
                        == content_words(long_form.text)]  # "National Council of Voluntary Youth Services (NCVYS)"
                entity_id = same[0] if same else slugify(long_form.text)
                if not same:
                    found.new.setdefault(entity_id, Entity(entity_id, "ORG", long_form.text, acronym.text, (), (), None))
                if not registry.lookup(acronym.text) or _one_of_a_class(registry, acronym.text, long_form.text):
                    found.links.setdefault(acronym.text, entity_id)
                    found.overrides.add(acronym.text)
                found.links.setdefault(long_form.text, entity_id)
            elif long_form.text.split()[-1] not in {"Fund", "Funds"}:  # a fund may be a grant-maker
                found.things.add(acronym.text)
                if programme:
                    found.programmes.add(acronym.text)
    found.things -= set(found.links)
    found.programmes -= set(found.links)
    return found
