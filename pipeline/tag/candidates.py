"""Candidate spans and how the tagger settles them: precedence, then length, and a name found once
found again wherever the text writes it."""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipeline.tag.boundaries import short_name
from pipeline.tag.periods import Period
from pipeline.tag.words import JOBS_AFTER_A_NAME

# Rule precedence when candidate spans overlap: lower wins, then the longer span.
REGISTRY, ACRONYM, MONEY, DATE, DESCRIBED, PERSON_RULE, ORG_RULE, MODEL = range(8)

_JOBS_AFTER = "(?:" + "|".join(sorted(JOBS_AFTER_A_NAME)) + ")"
"""A job after a name found once does not make that use a longer name's part ("Food for Life Partnership Director …")."""
_A_PLACES_WORDS_BEFORE = re.compile(r"\b(?:of|in|at|to|from)\s$")
_AND_A_NAME = re.compile(r" (?:and|&) [A-Z]")
"""Around a one-word short name ("Assynt" of "Assynt Foundation"): a place's use, not the body's."""


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    label: str
    rule: int
    entity_ids: tuple[str, ...] = ()
    period: Period | None = None
    amount: float | None = None


def select(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, by precedence then length. The chosen spans are kept
    sorted by start, so each candidate is checked against its two neighbours only."""
    starts: list[int] = []
    chosen: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.rule, c.start - c.end, c.start)):
        at = bisect.bisect_left(starts, candidate.start)
        if at < len(chosen) and chosen[at].start < candidate.end:
            continue
        if at > 0 and chosen[at - 1].end > candidate.start:
            continue
        starts.insert(at, candidate.start)
        chosen.insert(at, candidate)
    return chosen


def repeated(text: str, chosen: Sequence[Candidate]) -> list[Candidate]:
    """A name of several words that the rules or the model found once is the same body wherever
    else the text writes it ("lobbied the Scottish Land Fund for £150,000" after "the Scottish
    Land Fund announced"), also by its short name (``short_name``); such a use ranks below every
    other candidate, but as the rules' when they chose only its tail there ("Life Partnership" opening "Food for Life Partnership Director …")."""
    shaped = [c for c in chosen if c.label == "ORG" and c.rule in (DESCRIBED, ORG_RULE, MODEL)]
    names = {text[c.start:c.end]: c.entity_ids for c in shaped if " " in text[c.start:c.end]}
    names |= {short: ids for name, ids in list(names.items()) if (short := short_name(name))}
    tails = {(c.start, c.end) for c in shaped}
    return [Candidate(m.start(), m.end(), "ORG", ORG_RULE if any((s, m.end()) in tails for s in range(m.start() + 1, m.end()))
                       else MODEL, ids) for name, ids in names.items()
            for m in re.finditer(rf"(?<![\w&-]){re.escape(name)}(?![\w&-]| (?!{_JOBS_AFTER}\b)[A-Z])", text)
            if " " in name or not (_A_PLACES_WORDS_BEFORE.search(text, max(0, m.start() - 10), m.start())
                                   or _AND_A_NAME.match(text, m.end()))]  # "the people of Assynt and Gigha": a place
