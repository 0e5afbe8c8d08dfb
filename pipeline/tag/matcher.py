"""The registry's surface forms matched on spaCy tokens."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.tag.words import GENERIC_WORDS
from pipeline.tag.registry import CASE_INSENSITIVE_MIN_WORDS, Registry

_WORD = re.compile(r"\w+")
"""A run of letters or digits: every word of a form must occur in a text for the form to match it."""

_TWO_WORDS = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+")
"""A two-word form in title case: its second word may be written in lower case."""
_CAMEL_CASE = re.compile(r"[A-Z][a-z]+[A-Z][a-z]+")
"""A one-word form in camel case ("FareShare"): also written with one capital ("Fareshare")."""
_DETERMINERS = {"a", "an", "our", "their", "its", "his", "her", "my", "your", "new", "this", "that"}


def _as_written(span: Span) -> bool:
    """A two-word form matched in another case: in capitals ("CABINET OFFICE"), or with its first
    word as written and no determiner but "the" before it ("Scottish government", "Trussell trust";
    not "home office", "our Scottish office")."""
    form = span.label_
    if span.text == form or span.text.isupper():
        return True
    return span[0].text == form.split()[0] and (span.start == 0 or span.doc[span.start - 1].lower_ not in _DETERMINERS)


@dataclass
class RegistryMatcher:
    """The registry's surface forms as two spaCy PhraseMatchers (tries, linear in the text): exact
    forms, and long forms in any case. Each match id is the form itself; linking maps it to one or
    more entities. A form that starts with another entity's form is left to its parts.

    PhraseMatchers rather than an ``entity_ruler`` component: the ruler runs every pattern through
    the whole pipeline (the model included) when built and counts its patterns on every document.
    """

    exact: PhraseMatcher
    folded: PhraseMatcher

    @classmethod
    def build(cls, registry: Registry, nlp: Language, texts: Iterable[str]) -> RegistryMatcher:
        """Matchers for the forms whose words all occur in ``texts`` (case folded): a form with a
        word the texts lack cannot match, and building a pattern (a lexeme for each new word) costs
        more than matching, so the gazetteer's thousands of forms are not built for a text that
        names a few of them."""
        words = frozenset(word for text in texts for word in _WORD.findall(text.casefold()))
        matcher = cls(PhraseMatcher(nlp.vocab, attr="ORTH"), PhraseMatcher(nlp.vocab, attr="LOWER"))
        for form, ids in sorted(registry.by_form.items()):
            if not words.issuperset(_WORD.findall(form.casefold())):
                continue
            head = form.split(" ", 1)[0]
            inner = [i for i in registry.by_form.get(head, []) if i not in ids]
            if head != form and inner and all(i in registry.reviewed for i in (*ids, *inner)):
                continue  # "Defra Communications Directorate": the guidelines tag "Defra" and the rest apart
            any_case = len(form.split()) >= CASE_INSENSITIVE_MIN_WORDS or (
                _TWO_WORDS.fullmatch(form) and form.split()[0].lower() not in GENERIC_WORDS)  # not "Steering group"
            spellings = [form, form.capitalize()] if _CAMEL_CASE.fullmatch(form) else [form]  # "Fareshare" for "FareShare"
            (matcher.folded if any_case else matcher.exact).add(form, [nlp.make_doc(s) for s in spellings])
        return matcher

    def __call__(self, doc: Doc) -> list[Span]:
        """Longest matches, the long forms in any case winning over exact forms they overlap; a
        two-word form in any case only as ``_as_written`` allows."""
        folded = filter_spans([s for s in self.folded(doc, as_spans=True) if not _TWO_WORDS.fullmatch(s.label_) or _as_written(s)])
        exact = [s for s in filter_spans(self.exact(doc, as_spans=True))
                 if not any(s.start < f.end and f.start < s.end for f in folded)]
        return sorted([*folded, *exact], key=lambda s: s.start)
