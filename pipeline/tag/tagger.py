"""The tagging core: a trained entity recogniser, the registry's phrase matchers and the annotation
rules, combined, and entity linking.

``Tagger(registry, report_date, model).tag(documents)`` returns every mention with its character
offsets, label, linked entity (ORG/PERSON) and normalised value (DATE period, MONEY pounds), and
the entities they link to. Documents tagged together share acronym definitions and context, so
the annex is tagged in one call and a stand-alone text file in another.

How the parts combine. The spaCy pipeline is the trained ``tok2vec`` + ``ner`` (``model.py``);
the registry's forms are matched on the same tokens. Every source proposes candidate spans, and
overlapping candidates are settled by precedence, then length: registry > acronyms defined in
the texts > money > dates > organisations the sentence describes as a body > people rule >
organisation rule > model (an item listed between two chosen organisations is one too, and a name
of several words the rules or the model found once is one wherever else the text writes it). So
the registry decides known names and their links, the rules decide acronym definitions,
boundaries, people, dates and money, and the model adds only names no list or rule has found (for
the labels in ``tag.model_labels``); a model span links to the registry entity of the same form,
else to a new entity named by the span, and a model ORG span that is the long form of an acronym
definition makes the acronym an organisation's too. Texts go through spaCy in paragraph batches of at most
``CHUNK_CHARS`` characters (spaCy refuses texts over a million; ``pieces.py``); the rules and the
acronym definitions see the whole text, so document-level state is kept.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.tag.candidates import (ACRONYM, DATE, DESCRIBED, MODEL, MONEY, ORG_RULE, PERSON_RULE, REGISTRY, Candidate, repeated,
                                     select)
from pipeline.tag.dates import Period, find_dates
from pipeline.tag.linking import LinkContext, context_words
from pipeline.tag.acronyms import roles_spelt, spelt_as_a_role, undefined_acronyms
from pipeline.tag.definitions import defined_acronyms
from pipeline.tag.boundaries import (COMPANY_SUFFIXES, FOR_NATIONS, alone_on_line, ends_a_longer_name, in_a_nation, local_branch, name_continuation, name_extension, name_prefix,
                                     names_a_scheme, names_a_thing, names_its_award, of_a_place, without_company_suffix)
from pipeline.tag.entities import Found, could_be_name, in_a_headline, looks_like_organisation, names_a_title
from pipeline.tag.name_runs import unknown_organisations
from pipeline.tag.newspapers import newspapers
from pipeline.tag.common_words import common_words
from pipeline.tag.councils import abbreviated_councils, boroughs
from pipeline.tag.words import CALENDAR_WORDS, KIND_ACRONYMS, LEGISLATURE, NATION_ADJECTIVES, ORG_HEADS
from pipeline.tag.pieces import CHUNK_CHARS, batches, chunks, may_name_more
from pipeline.tag.model_spans import body_after_person, not_an_organisation, whole_name, without_building
from pipeline.tag.brands import camel_case_names, party_mentions
from pipeline.tag.evidence import described_organisations
from pipeline.tag.lists import (bodies_of_listed_people, bodies_of_people_from, bodies_on_attendance_lines, enumerated_bodies,
                                listed_between)
from pipeline.tag.people import people
from pipeline.tag.person_names import given_names
from pipeline.tag.surnames import surname_mentions
from pipeline.tag.money import find_money
from pipeline.schema import ENTITY_LABELS
from pipeline.tag.matcher import RegistryMatcher
from pipeline.tag.registry import Entity, Registry, slugify
from pipeline.tag.spans import SpanIndex

_BACKTICK_POSSESSIVE = re.compile(r"(?<=\w)`(?=s\b)")
"""A backtick written for a possessive's apostrophe ("the RSPB`s chief executive")."""
_WORD_BEFORE = re.compile(r"\b(?P<word>[A-Z][a-z]+)[ ]$")
"""The capitalised word just before a known name of one word: a given name there makes the name a surname."""
_FOOTNOTE_MARK = re.compile(r"(?<=[\w.,;:)’'\"”])\[\d{1,3}\]")
"""A footnote's number in brackets after a word, as committee reports write them ("provided by Defra.[45]")."""
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_NATION_AFTER = r"(?: (?:Scotland|Wales|Cymru|NI|Northern Ireland)(?![\w&-]| [A-Z]))?"
_ACRONYM_POSSESSIVE = re.compile(r"(?<![\w&-])([A-Z]{3,})s (?P<next>[a-z]+)")
_NOT_AFTER_A_POSSESSIVE = {"are", "were", "have", "had", "will", "would", "can", "could", "do", "did", "and", "or", "to", "in",
                           "of", "for", "with", "that", "which", "who", "across", "on", "at", "from", "by", "as", "is", "was"}
"""Words after a plural ("the RDAs are"), not after a possessive ("WRAPs fourth business plan")."""
_MORE_OF_A_NAME = re.compile(r"(?: [A-Z][\w'’-]*)+")
"""Capitalised words only, no "and", "in" or "for": what a longer name adds to a shorter one at its start."""
_BODY_AFTER_ACRONYM = re.compile(r" [A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|for|and|&))* [A-Z][\w'’-]*")
"""Two capitalised words or more after a known acronym in a longer name: a body of its own ("NFU National Poultry Board")."""
_HOUSE_PAPERS = {"HC", "HL"}
_PAPER_NUMBER = re.compile(r"\s+(?:Paper\s+)?\d")
"""A House's paper number ("HC 429", "HL Paper 12") names a document, not the House."""
_A_TERM_OF = re.compile(r"\b(?:(?:end|lifetime|course|rest|life|start|beginning) of (?:the|this)|this|next|last|previous) $")
"""Before "Parliament" where it is a term, not the body: "by the end of the Parliament"."""
_ACTS_AFTER = re.compile(r"['’]s\b|\s+(?:[a-z]+ed|said|says|became|becomes|was|is|has|had|will|would|told|wants|took|gave|made)\b")
"""After a month that is also the surname of a person the text names, what makes it the person ("after May became …")."""
_COMMITTEE_AFTER = re.compile(r" (?:Select |Scrutiny |Audit )?Committee(?: for (?:Wales|Scotland|Northern Ireland|England))?\b")
_NAME_GOES_ON_BEFORE = re.compile(r"(?<![\w'’-])(?:(?!(?:The|A|An) )[A-Z][\w'’-]*|and|&|of|for) $")
"""Before a registry name, a capitalised word or a connector: the name is the end of a longer one ("Industry and Parliament Trust")."""
_FOUNDATION_AFTER = re.compile(r" (?:Charitable |Community )?(?:Trust|Foundation)\b(?! (?:Fund|Programme|Scheme|Award)s?\b)")
_ONE_OWN_WORD = re.compile(r"[A-Z][a-z]+ ")
"""One capitalised word and its space: what a rule's longer name may add before a known name and still be preferred."""
_COLUMN_GAP = re.compile(r" {3,}|\t")
"""Spaces between a table's columns, which no name spans."""
_PLAIN_PREFIX = re.compile(r"[A-Z][a-z]+ (?:(?:and|&) )?(?:[A-Z][a-z]+ ){0,4}")
"""Capitalised words before a known name, with no connector but an "and" after the first: "Chewing Gum " before "Task
Force", "Fermanagh and Omagh Community Planning Strategic " before "Partnership Board"."""


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


class Tagger:
    def __init__(self, registry: Registry, report_date: dt.date, model: Language | None = None,
                 model_labels: Sequence[str] = (), chunk_chars: int = CHUNK_CHARS):
        self.registry = registry
        self.chunk_chars = chunk_chars
        self.report_date = report_date
        self.model_labels = frozenset(model_labels) if model is not None else frozenset()
        self.nlp = model if model is not None else spacy.blank("en")

    # -- candidates -----------------------------------------------------------------------

    def _spacy_candidates(self, text: str, offset: int, doc: Doc, matches: Sequence[Span]) -> list[Candidate]:
        """Registry spans, and the model's spans for ``model_labels``, in ``text`` from ``offset``.
        A gazetteer form (not a reviewed entity nor a charity) followed by a thing's word is left out."""
        found = []
        for span in matches:
            ids = tuple(self.registry.lookup(span.label_))
            start, end = offset + span.start_char, offset + span.end_char
            if span.text.lower().startswith("the ") and len(span) > 1:
                start += 4  # "The Guardian" is tagged "Guardian": a name's span has no leading "the"
            if span.text.endswith(("'s", "’s")):
                end -= 2  # "McDonald's", "Sainsbury’s" are tagged "McDonald", "Sainsbury": a name's span leaves its possessive out
            charity = bool(ids) and self.registry.entities[ids[0]].sector == "third_sector"  # "Christian Aid Week": the charity's
            company_award = bool(ids) and self.registry.entities[ids[0]].sector == "private" and names_its_award(text, end)
            if ids and " " not in span.text and span.text[1:].islower() and not set(ids) & self.registry.reviewed and (
                    given := _WORD_BEFORE.search(text, max(0, start - 20), start)) and given["word"] in given_names():
                continue  # "Maureen Macmillan": a person's surname, not the charity known by that word
            if ids and (set(ids) & self.registry.reviewed or charity or company_award or not names_a_thing(text, end)) \
                    and not names_a_scheme(text, start, end) and not (
                    ends_a_longer_name(text, start, end) and not set(ids) & self.registry.reviewed and name_prefix(text, start, end) is None):
                label = self.registry.entities[ids[0]].label
                found.append(Candidate(start, end, label, REGISTRY, ids))
                if charity and (nation_end := in_a_nation(text, end)):  # "The Woodland Trust in Northern Ireland have …"
                    found.append(Candidate(start, nation_end, label, REGISTRY, ids))
                extension = name_extension(text, end) if label == "ORG" else None
                legislature = LEGISLATURE.fullmatch(text[start:end] + " ") is not None  # its committees are named apart
                if label == "ORG" and (foundation := _FOUNDATION_AFTER.match(text, end)) and not _NAME_GOES_ON_BEFORE.search(
                        text, max(0, start - 12), start):
                    longer = text[start:foundation.end()]  # "NFU Mutual Charitable Trust": the company's charity, a body of its own
                    found.append(Candidate(start, foundation.end(), "ORG", REGISTRY, tuple(self.registry.lookup(longer)) or (slugify(longer),)))
                if label == "ORG" and (committee := _COMMITTEE_AFTER.match(text, extension[0] if extension else end)) and not legislature:
                    longer = text[start:committee.end()]  # "CLG Select Committee", "Big Lottery Fund Scotland Committee": a committee
                    found.append(Candidate(start, committee.end(), "ORG", REGISTRY, tuple(self.registry.lookup(longer)) or (slugify(longer),)))
                if extension:  # "FareShare Limited" is FareShare; "WRAP Cymru" a body of its own
                    longer = without_company_suffix(text[start:extension[0]])
                    found.append(Candidate(start, extension[0], "ORG", REGISTRY,
                                            ids if extension[1] else tuple(self.registry.lookup(longer)) or (slugify(longer),)))
                elif (label == "ORG" and not set(ids) & self.registry.reviewed and not legislature
                      and (named_on := name_continuation(text, start, end))
                      and not in_a_headline(text, start, end)):  # a reviewed name and what follows are tagged apart
                    longer = text[start:named_on]  # "Big Issue Invest", "CAF Venturesome": a body of its own
                    found.append(Candidate(start, named_on, "ORG", REGISTRY, tuple(self.registry.lookup(longer)) or (slugify(longer),)))
                if label == "ORG" and (opened_at := name_prefix(text, start, end)) is not None and (
                        " " in span.text and (not set(ids) & self.registry.reviewed or text[opened_at:start].split()[0] in NATION_ADJECTIVES
                                              or alone_on_line(text, opened_at, end))
                        or span.text.lower() in ORG_HEADS and text[opened_at:start].split()[0] in NATION_ADJECTIVES  # "Welsh Youth Parliament"
                        or charity and local_branch(text, opened_at, start, end)):
                    longer = text[opened_at:end]  # "Drumchapel Citizens Advice Bureau": a body of its own
                    found.append(Candidate(opened_at, end, "ORG", REGISTRY, tuple(self.registry.lookup(longer)) or (slugify(longer),)))
        for e in doc.ents:
            start, end = offset + e.start_char, offset + e.end_char
            if e.label_ == "ORG":
                start = body_after_person(text, start, end)  # "Helen Lewis of RAY Ceredigion": the person's body
            # a whole name that can be one: not "was", "East Midlands", "Environment Secretary"
            if e.label_ in self.model_labels and whole_name(text, start, end) and could_be_name(e.text) \
                    and not (e.label_ == "ORG" and not_an_organisation(text, start, end)):
                if e.label_ == "ORG" and (opened_at := name_prefix(text, start, end)) is not None and alone_on_line(text, opened_at, end):
                    start = opened_at  # a list's line: "Caia Park Communities First"
                end = without_building(text, start, end) if e.label_ == "ORG" else end
                found.append(self._rule_candidate(Found(start, end, text[start:end]), e.label_, MODEL))
        return found

    def _candidates(self, document: Document, spacy_found: list[Candidate], acronyms: dict[str, str],
                    report_date: dt.date) -> list[Candidate]:
        text = document.text
        found = list(spacy_found)
        for form, entity_id in acronyms.items():  # and its plural in capitals: "Local Action Groups (LAG's) … These LAGS",
            # and its nation's body: "Development Trusts Association (DTA) Scotland … Director of DTA Scotland"
            for match in re.finditer(rf"(?<![\w&-]){re.escape(form)}(?:(?<=[A-Z])S)?{_NATION_AFTER}(?![\w&])", text):
                found.append(Candidate(match.start(), match.end(), "ORG", ACRONYM, (entity_id,)))
        for match in _ACRONYM_POSSESSIVE.finditer(text):  # "WRAPs delivery": a body's possessive without its apostrophe
            ids = tuple(i for i in self.registry.lookup(match[1]) if self.registry.entities[i].label == "ORG")
            if ids and not self.registry.lookup(match.group()) and match["next"] not in _NOT_AFTER_A_POSSESSIVE:
                found.append(Candidate(match.start(), match.end(1), "ORG", REGISTRY, ids))
        found += [Candidate(m.start, m.end, "MONEY", MONEY, amount=m.amount) for m in find_money(text)]
        found += [Candidate(d.start, d.end, "DATE", DATE, period=d.value) for d in find_dates(text, report_date)]
        persons = [self._rule_candidate(f, "PERSON", PERSON_RULE) for f in people(text)]
        known_bodies = SpanIndex([(c.start, c.end) for c in found if c.rule == REGISTRY and c.label == "ORG"])
        named = {text[c.start:c.end]: c.entity_ids for c in (*found, *persons)
                 if c.label == "PERSON" and not known_bodies.overlaps(c.start, c.end)}  # not "said Tesco Extra": no surname "Extra"
        # a surname alone ("Mr Hurd") links to the person named in full, ahead of a new entity of its own
        found += [Candidate(f.start, f.end, "PERSON", PERSON_RULE, named[full]) for f, full in surname_mentions(text, named)]
        month_surnames = {full.split()[-1] for full in named if " " in full} & CALENDAR_WORDS
        found = [c for c in found if not (c.rule == DATE and text[c.start:c.end] in month_surnames and _ACTS_AFTER.match(text, c.end))]
        found += persons
        organisations = [self._rule_candidate(f, "ORG", ORG_RULE) for f in (*unknown_organisations(text), *newspapers(text))]
        organisations += [self._rule_candidate(f, "ORG", ORG_RULE) for f in enumerated_bodies(text)]
        organisations += [self._rule_candidate(f, "ORG", ORG_RULE) for f in camel_case_names(text)]
        organisations += [self._council_candidate(found, name) for found, name in abbreviated_councils(text)]
        organisations += [self._rule_candidate(f, "ORG", ORG_RULE) for f in boroughs(text)]
        described = [self._rule_candidate(f, "ORG", DESCRIBED) for f in described_organisations(text)]
        parties = party_mentions(text)
        described += [Candidate(f.start, f.end, "ORG", DESCRIBED, tuple(self.registry.lookup(party)) or (slugify(party),))
                      for f, party in parties]
        party_ends = {f.end for f, _ in parties}
        organisations = [o for o in organisations if not (o.rule == ORG_RULE and o.end in party_ends and any(
            p.start == o.start and p.end < o.end for p in persons))]  # a speaker's line: "Andrew Muir Alliance"
        person_spans = [(p.start, p.end) for p in persons]
        described += [self._rule_candidate(f, "ORG", DESCRIBED)
                      for f in (*bodies_of_listed_people(text, person_spans), *bodies_of_people_from(text, person_spans),
                                *bodies_on_attendance_lines(text, person_spans))]
        longer = {o.start: o.end for o in organisations if o.rule == ORG_RULE}
        organisations += [d for d in described if not (longer.get(d.start, d.end) > d.end and (
            _MORE_OF_A_NAME.fullmatch(text, d.end, longer[d.start]) or FOR_NATIONS.fullmatch(text, d.end, longer[d.start])))]
        # the name a sentence shows, with its organisation words or nation: "Ballyhalbert Community Association", "Halifax
        # Foundation for Northern Ireland"
        # a month or day inside a name the rules found is part of the name ("May Day Network", "Theresa May"), and a
        # known name inside a defined long form or a name the sentence shows to be a body is part of it
        # ("Age Concern Slough received £…")
        rule_names = SpanIndex([(o.start, o.end) for o in (*organisations, *persons) if o.rule in (ORG_RULE, PERSON_RULE)])  # "Theresa May"
        listed_first = {c.start for c in found if c.rule == REGISTRY and text.startswith(" and ", c.end)}  # "Goldman Sachs and … Ltd"
        companies = [o for o in organisations  # also a kind's local body: "Skewen WI" holds the registry's "WI"
                     if o.rule == ORG_RULE and text[o.start:o.end].split()[-1] in {*COMPANY_SUFFIXES, *KIND_ACRONYMS}
                     and o.start not in listed_first]
        rule_ends = {o.end: o.start for o in organisations if o.rule == ORG_RULE}
        named_before = [c for c in found if c.rule == REGISTRY and rule_ends.get(c.end, c.start) < c.start
                        and self._an_alias_of_common_words(text[c.start:c.end], c.entity_ids)
                        and _PLAIN_PREFIX.fullmatch(text, rule_ends[c.end], c.start)
                        and not self.registry.lookup(text[rule_ends[c.end]:c.start].strip())  # "Chewing Gum Task Force"
                        or c.rule == REGISTRY and rule_ends.get(c.end, c.start) < c.start
                        and not any(i in self.registry.entities for i in c.entity_ids)
                        and _ONE_OWN_WORD.fullmatch(text, rule_ends[c.end], c.start)
                        and text[rule_ends[c.end]:c.start].strip().lower() not in common_words()  # a known name and words before
                        # it that the rules' longer name holds with one word more of its own: "Kelburn Wind Farm Community Fund"
                        or c.rule == REGISTRY and rule_ends.get(c.end, c.start) < c.start
                        and text[rule_ends[c.end]:c.start] == "Office of the "]  # the office of a known post-holder: "Office of
        # the Commissioner for Public Appointments"
        rule_starts = {o.start: o.end for o in organisations if o.rule == ORG_RULE}
        placed = [(c.start, rule_starts[c.start]) for c in found if c.rule == REGISTRY
                  and rule_starts.get(c.start, c.end) > c.end and (of_a_place(text, c.end, rule_starts[c.start])
                                                                   or text.startswith(" & ", c.end))]  # "Scottish Forestry & Timber
        # Technology Group": the known name is the first of the longer name's subjects
        organisations += [self._rule_candidate(Found(c.end + 1, rule_starts[c.start], text[c.end + 1:rule_starts[c.start]]), "ORG", ORG_RULE)
                          for c in found if c.rule == REGISTRY and text[c.start:c.end].isupper() and rule_starts.get(c.start, c.end) > c.end
                          and _BODY_AFTER_ACRONYM.fullmatch(text, c.end, rule_starts[c.start])
                          and looks_like_organisation(text[c.end + 1:rule_starts[c.start]])]  # "NFU National Poultry Board": the
        # known body and its board
        wholes = SpanIndex([(c.start, c.end) for c in (*found, *described, *companies)  # "… for Scotland (CRNS)", "Big Issue … Ltd"
                         if c.rule in (ACRONYM, DESCRIBED) or c in companies] + [(rule_ends[c.end], c.end) for c in named_before] + placed)
        shaped = SpanIndex([(o.start, o.end) for o in organisations if o.rule == ORG_RULE])
        found = [c for c in found if not (c.rule == PERSON_RULE and shaped.encloses(c.start, c.end, strictly=True))]  # "Dame Vera …"
        forms = {text[c.start:c.end] for c in found if c.rule == REGISTRY and 1 < c.end - c.start < 7 and text[c.start:c.end].isupper()}
        spelt = roles_spelt(text, self.registry) if forms else set()
        roles = {form for form in forms if spelt_as_a_role(form, spelt)}  # "FSC" for a coordinator
        local = SpanIndex([(c.start, c.end) for c in companies if text[c.start:c.end].split()[-1] in KIND_ACRONYMS])
        found = [c for c in found if not (c.rule == DATE and rule_names.encloses(c.start, c.end)
                                          or c.rule == REGISTRY and wholes.encloses(c.start, c.end, strictly=True)
                                          or c.rule == ACRONYM and local.encloses(c.start, c.end, strictly=True)  # "Roche YFC"
                                          # after "Young Farmers’ Clubs (YFC)": a place's club
                                          or c.rule == REGISTRY and text[c.start:c.end] in roles)]
        found += organisations
        found += self._acronyms_of_names(text, found)
        urls = [(m.start(), m.end()) for m in _URL.finditer(text)]
        return [c for c in found if not any(c.start < e and s < c.end for s, e in urls) and not self._in_a_title(text, c)
                and not _COLUMN_GAP.search(text, c.start, c.end)  # "Frodsham Town Council       Cllr Pammi Taylor": two cells
                and not (text[c.start:c.end] in _HOUSE_PAPERS and _PAPER_NUMBER.match(text, c.end))
                and not (text[c.start:c.end] == "Parliament" and _A_TERM_OF.search(text, max(0, c.start - 30), c.start))]

    def _an_alias_of_common_words(self, form: str, ids: Sequence[str]) -> bool:
        """Whether a registry form is a short alias of common words ("Task Force" for the annex's Ministerial Task Force):
        where a longer name ends in it, the longer name is another body's."""
        return all(i in self.registry.entities and form != self.registry.entities[i].name for i in ids) and all(
            w.lower() in common_words() or w.lower() in ORG_HEADS for w in form.split())

    @staticmethod
    def _in_a_title(text: str, candidate: Candidate) -> bool:
        """An organisation the rules or the model read into a title or a job (``names_a_title``)."""
        return candidate.label == "ORG" and candidate.rule >= DESCRIBED and names_a_title(text, candidate.start, candidate.end)

    @staticmethod
    def _acronyms_of_names(text: str, found: Sequence[Candidate]) -> list[Candidate]:
        """An acronym no one defines that spells an organisation named in the same text ("NWT" where
        "Norfolk Wildlife Trust" is written) stands for it (``undefined_acronyms``)."""
        people = {(c.start, c.end) for c in found if c.label == "PERSON"}  # not the model's ORG on a person ("Gordon Cree": "GC")
        names = {text[c.start:c.end]: c.entity_ids for c in found
                 if c.label == "ORG" and c.entity_ids and " " in text[c.start:c.end] and (c.start, c.end) not in people}
        return [Candidate(start, end, "ORG", ORG_RULE, ids)
                for start, end, ids in undefined_acronyms(text, names, SpanIndex([(c.start, c.end) for c in found]))]

    def _council_candidate(self, found: Found, name: str) -> Candidate:
        """"Gloucestershire CC": the council, linked by its name written out (ahead of a name run's "Marford CC", a
        community centre or a cricket club whose place is no council's)."""
        return Candidate(found.start, found.end, "ORG", DESCRIBED, tuple(self.registry.lookup(name)) or (slugify(name),))

    def _rule_candidate(self, found: Found, label: str, rule: int) -> Candidate:
        if label not in ENTITY_LABELS:
            return Candidate(found.start, found.end, label, rule)
        if found.text.startswith(("The ", "the ")) and len(found.text) > 4:  # a name's span has no leading "the"
            found = Found(found.start + 4, found.end, found.text[4:])
        forms = (found.text, found.text.title()) if found.text.isupper() else (found.text,)
        known = [i for form in forms for i in self.registry.lookup(form) if self.registry.entities[i].label == label]
        return Candidate(found.start, found.end, label, rule, tuple(known) or (slugify(found.text),))

    def _run_spacy(self, documents: Sequence[Document]) -> list[list[Candidate]]:
        """Candidates from the spaCy pipeline for each document, run in paragraph batches. The
        model runs only on the pieces where it could add a name: those with a capitalised word
        that no registry form covers and that opens no sentence or line (its other spans are
        dropped by ``not_an_organisation`` or lose to the registry's)."""
        pieces = [(i, offset, piece) for i, d in enumerate(documents) for offset, piece in chunks(d.text, self.chunk_chars)]
        matcher = RegistryMatcher.build(self.registry, self.nlp, [d.text for d in documents])
        found: list[list[Candidate]] = [[] for _ in documents]
        for batch in batches(pieces, self.chunk_chars):  # a batch's docs at a time in memory, not a long text's all
            docs = list(self.nlp.tokenizer.pipe(p for _, _, p in batch))
            matches = [matcher(doc) for doc in docs]
            if self.model_labels:
                unknown = [doc for doc, spans in zip(docs, matches) if may_name_more(doc, spans)]
                for _ in self.nlp.pipe(unknown):  # the model's components, on the tokens already made
                    pass
            for (i, offset, _), doc, spans in zip(batch, docs, matches):
                found[i] += self._spacy_candidates(documents[i].text, offset, doc, spans)
        return found

    def _chosen(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """The selected candidates, with the items of a list of organisations between two of them,
        and every other use in the text of a name found once."""
        chosen = select(candidates)
        listed = listed_between(text, [(c.start, c.end) for c in chosen if c.label == "ORG" and c.rule != MODEL])
        if listed:
            candidates = [*candidates, *(self._rule_candidate(f, "ORG", ORG_RULE) for f in listed)]
            chosen = select(candidates)
        again = repeated(text, chosen)
        return select([*candidates, *again]) if again else chosen

    # -- the whole run --------------------------------------------------------------------

    def tag(self, documents: Sequence[Document], report_date: dt.date | None = None) -> TagResult:
        """Mentions of every document, in order, and the entities they link to (registry and new).
        Relative dates are read against ``report_date`` (default: the tagger's). A backtick before a
        possessive's "s" ("the RSPB`s chief executive") is read as an apostrophe and a footnote's mark ("Defra.[45]") as spaces;
        mentions keep the text as written."""
        written = [d.text for d in documents]
        documents = [replace(d, text=_FOOTNOTE_MARK.sub(lambda m: " " * len(m.group()), _BACKTICK_POSSESSIVE.sub("'", d.text)))
                     for d in documents]
        found = self._run_spacy(documents)
        defined = defined_acronyms(self.registry, (
            (d.text, {(c.start, c.end) for c in candidates if c.rule == MODEL and c.label == "ORG"},
             [(c.start, c.end) for c in candidates if c.rule == REGISTRY and c.label == "ORG"]) for d, candidates in zip(documents, found)))
        acronyms, entities, things = defined.links, defined.new, defined.things
        found = [[c for c in candidates if not (c.rule == MODEL and d.text[c.start:c.end] in things
                                                or c.rule == REGISTRY and d.text[c.start:c.end] in defined.programmes | defined.overrides)]
                 for d, candidates in zip(documents, found)]  # the model's "RDP" where "Rural Development Plan (RDP)" is written
        entities = {**self.registry.entities, **entities}
        by_key: dict[str, list[tuple[Document, str, list[Candidate]]]] = {}
        for document, text, spacy_found in zip(documents, written, found):
            candidates = [c for c in self._candidates(document, spacy_found, acronyms, report_date or self.report_date)
                          if not (c.rule == DESCRIBED and document.text[c.start:c.end] in things)]  # "funding from the RDP"
            by_key.setdefault(document.key, []).append((document, text, self._chosen(document.text, candidates)))
        context = LinkContext()
        mentions: list[Mention] = []
        named_here: set[str] = set()
        for key, items in by_key.items():
            in_key = {c.entity_ids[0] for _, _, chosen in items for c in chosen if len(c.entity_ids) == 1}
            words = context_words(document.text for document, _, _ in items)
            for document, text, chosen in items:
                for c in chosen:
                    entity_id = context.choose(c.entity_ids, in_key, words) if c.entity_ids else None
                    if entity_id is not None:
                        context.order[entity_id] = len(mentions)
                        written = text[c.start:c.end]
                        if entity_id not in entities or entity_id in named_here and len(written) > len(entities[entity_id].name):
                            entities[entity_id] = Entity(entity_id, c.label, written, None, (), (), None)
                            named_here.add(entity_id)  # a body the text names: by its longest form ("Wildwood Trust", not "Wildwood")
                    mentions.append(Mention(key, document.field, c.start, c.end, text[c.start:c.end],
                                            c.label, entity_id, c.period, c.amount))
        return TagResult(mentions, entities)
