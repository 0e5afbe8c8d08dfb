"""The tagging core: a spaCy pipeline built in code plus the annotation rules, and entity linking.

``Tagger(registry, report_date).tag(documents)`` returns every mention with its character
offsets, label, linked entity (ORG/PERSON) and normalised value (DATE period, MONEY pounds), and
the entities they link to. Documents tagged together share acronym definitions and context, so
the annex is tagged in one call and a stand-alone text file in another.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import spacy
from spacy.language import Language

from pipeline.tag.dates import Period, find_dates
from pipeline.tag.linking import choose_by_context, context_words
from pipeline.tag.entities import Found, acronym_definitions, defined_organisation, names_a_thing, unknown_organisations
from pipeline.tag.people import people, surname_mentions
from pipeline.tag.money import find_money
from pipeline.tag.registry import CASE_INSENSITIVE_MIN_WORDS, Entity, Registry, slugify

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)

# Rule precedence when candidate spans overlap: lower wins, then the longer span.
REGISTRY, ACRONYM, MONEY, DATE, PERSON_RULE, ORG_RULE = range(6)


@dataclass(frozen=True)
class Document:
    key: str
    """What the text belongs to: an action id, or a file name."""
    field: str
    text: str


@dataclass(frozen=True)
class Mention:
    key: str
    field: str
    start: int
    end: int
    text: str
    label: str
    entity_id: str | None = None
    period: Period | None = None
    amount: float | None = None


@dataclass
class TagResult:
    mentions: list[Mention]
    entities: dict[str, Entity]


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    label: str
    rule: int
    entity_ids: tuple[str, ...] = ()
    period: Period | None = None
    amount: float | None = None


def build_nlp(registry: Registry) -> Language:
    """A blank English tokenizer and an entity ruler whose patterns come from the registry.

    Each pattern's id is the surface form itself; linking maps it to one or more entities.
    Forms of three or more words match in any case; a form that starts with another entity's
    form is left to its parts.
    """
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    patterns: list[dict[str, object]] = []
    for form, ids in sorted(registry.by_form.items()):
        label = registry.entities[ids[0]].label
        head = form.split(" ", 1)[0]
        inner = [i for i in registry.by_form.get(head, []) if i not in ids]
        if head != form and inner and all(i in registry.reviewed for i in (*ids, *inner)):
            continue  # "Defra Communications Directorate": the guidelines tag "Defra" and the rest apart
        if len(form.split()) >= CASE_INSENSITIVE_MIN_WORDS:
            tokens = [{"LOWER": t.lower_} for t in nlp.make_doc(form)]
            patterns.append({"label": label, "pattern": tokens, "id": form})
        else:
            patterns.append({"label": label, "pattern": form, "id": form})
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return nlp


@dataclass
class _Context:
    """Entities seen so far, to resolve a form shared by several entities."""

    order: dict[str, int] = field(default_factory=dict)
    """Entity id → position of its latest mention."""

    def choose(self, candidates: Sequence[str], in_key: set[str], words: frozenset[str]) -> str:
        same_key = [c for c in candidates if c in in_key]
        if same_key:
            return same_key[0]
        by_context = choose_by_context(candidates, words) if len(candidates) > 1 else None
        if by_context:
            return by_context
        seen = [c for c in candidates if c in self.order]
        return max(seen, key=self.order.__getitem__) if seen else candidates[0]


class Tagger:
    def __init__(self, registry: Registry, report_date: dt.date):
        self.registry = registry
        self.report_date = report_date
        self.nlp = build_nlp(registry)

    # -- acronyms defined in the texts -------------------------------------------------

    def _acronyms(self, documents: Sequence[Document]) -> tuple[dict[str, str], dict[str, Entity]]:
        """Acronym → entity id for "Long Form (LF)" definitions, and entities new to the registry."""
        acronyms: dict[str, str] = {}
        new: dict[str, Entity] = {}
        for document in documents:
            for long_form, acronym in acronym_definitions(document.text):
                known = self._registry_name_ending(document.text, long_form.start, long_form.end)
                if known:
                    acronyms.setdefault(acronym.text, known[0])
                elif defined_organisation(document.text, long_form, acronym) and not self.registry.lookup(acronym.text):
                    entity_id = slugify(long_form.text)
                    new.setdefault(entity_id, Entity(entity_id, "ORG", long_form.text, acronym.text, (), (), None))
                    acronyms.setdefault(acronym.text, entity_id)
                    acronyms.setdefault(long_form.text, entity_id)
        return acronyms, new

    def _registry_name_ending(self, text: str, start: int, end: int, extra_words: int = 4) -> list[str]:
        """Registry entities named by text[start:end], or by it with up to ``extra_words`` words
        before it ("REalliance Community Interest Company (CIC)": the acronym spells the last three)."""
        for _ in range(extra_words + 1):
            known = self.registry.lookup(text[start:end])
            if known or start == 0:
                return known
            previous = text.rfind(" ", 0, start - 1)
            start = previous + 1
        return []

    # -- candidates -----------------------------------------------------------------------

    def _candidates(self, document: Document, doc: spacy.tokens.Doc, acronyms: dict[str, str]) -> list[_Candidate]:
        text = document.text
        found = [
            _Candidate(e.start_char, e.end_char, e.label_, REGISTRY, ids)
            for e in doc.ents
            if (ids := tuple(self.registry.lookup(e.ent_id_)))
            and (set(ids) & self.registry.reviewed or not names_a_thing(text, e.end_char))
        ]
        for form, entity_id in acronyms.items():
            for match in re.finditer(rf"(?<![\w&-]){re.escape(form)}(?![\w&])", text):
                found.append(_Candidate(match.start(), match.end(), "ORG", ACRONYM, (entity_id,)))
        found += [_Candidate(m.start, m.end, "MONEY", MONEY, amount=m.amount) for m in find_money(text)]
        found += [_Candidate(d.start, d.end, "DATE", DATE, period=d.value) for d in find_dates(text, self.report_date)]
        persons = [self._rule_candidate(f, "PERSON", PERSON_RULE) for f in people(text)]
        named = {text[c.start:c.end]: c.entity_ids for c in (*found, *persons) if c.label == "PERSON"}
        # a surname alone ("Mr Hurd") links to the person named in full, ahead of a new entity of its own
        found += [_Candidate(f.start, f.end, "PERSON", PERSON_RULE, named[full]) for f, full in surname_mentions(text, named)]
        found += persons
        found += [self._rule_candidate(f, "ORG", ORG_RULE) for f in unknown_organisations(text)]
        urls = [(m.start(), m.end()) for m in _URL.finditer(text)]
        return [c for c in found if not any(c.start < e and s < c.end for s, e in urls)]

    def _rule_candidate(self, found: Found, label: str, rule: int) -> _Candidate:
        forms = (found.text, found.text.title()) if found.text.isupper() else (found.text,)
        known = [i for form in forms for i in self.registry.lookup(form) if self.registry.entities[i].label == label]
        return _Candidate(found.start, found.end, label, rule, tuple(known) or (slugify(found.text),))

    @staticmethod
    def _select(candidates: Iterable[_Candidate]) -> list[_Candidate]:
        chosen: list[_Candidate] = []
        for candidate in sorted(candidates, key=lambda c: (c.rule, c.start - c.end, c.start)):
            if all(candidate.end <= c.start or c.end <= candidate.start for c in chosen):
                chosen.append(candidate)
        return sorted(chosen, key=lambda c: c.start)

    # -- the whole run --------------------------------------------------------------------

    def tag(self, documents: Sequence[Document]) -> TagResult:
        """Mentions of every document, in order, and the entities they link to (registry and new)."""
        acronyms, entities = self._acronyms(documents)
        entities = {**self.registry.entities, **entities}
        by_key: dict[str, list[tuple[Document, list[_Candidate]]]] = {}
        for document, doc in zip(documents, self.nlp.pipe(d.text for d in documents)):
            by_key.setdefault(document.key, []).append((document, self._select(self._candidates(document, doc, acronyms))))
        context = _Context()
        mentions: list[Mention] = []
        for key, items in by_key.items():
            in_key = {c.entity_ids[0] for _, chosen in items for c in chosen if len(c.entity_ids) == 1}
            words = context_words(document.text for document, _ in items)
            for document, chosen in items:
                for c in chosen:
                    entity_id = context.choose(c.entity_ids, in_key, words) if c.entity_ids else None
                    if entity_id is not None:
                        context.order[entity_id] = len(mentions)
                        if entity_id not in entities:
                            text = document.text[c.start:c.end]
                            entities[entity_id] = Entity(entity_id, c.label, text, None, (), (), None)
                    mentions.append(Mention(key, document.field, c.start, c.end, document.text[c.start:c.end],
                                            c.label, entity_id, c.period, c.amount))
        return TagResult(mentions, entities)
