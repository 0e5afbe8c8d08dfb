"""Choosing among the entities one form names ("ACRE") by the words of the document around it.

Each entity that shares a form may list keywords in ``pipeline/data/context-keywords.csv``; the
entity whose keywords the document uses most wins, when it uses strictly more than every other
candidate's. With no such winner the caller falls back on recency and the registry's precedence.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from pipeline.errors import InputFileError

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


@cache
def context_keywords() -> dict[str, frozenset[str]]:
    """Entity id → its context keywords (compared case-folded, except all-capital ones)."""
    path = Path(str(resources.files("pipeline") / "data" / "context-keywords.csv"))
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError) as error:
        raise InputFileError(path, f"cannot read context keywords: {error}") from None
    return {row["entity_id"]: frozenset(_fold(k.strip()) for k in row["keywords"].split("|") if k.strip()) for row in rows}


def _fold(word: str) -> str:
    return word if word.isupper() else word.casefold()


def context_words(texts: Iterable[str]) -> frozenset[str]:
    """The words of a document, folded as keywords are."""
    return frozenset(_fold(m.group()) for text in texts for m in _WORD.finditer(text))


def choose_by_context(candidates: Sequence[str], words: frozenset[str]) -> str | None:
    """The candidate whose keywords the words hold most, if strictly more than any other's; else None."""
    keywords = context_keywords()
    scores = sorted(((len(keywords.get(c, frozenset()) & words), c) for c in candidates), reverse=True)
    if len(scores) < 2 or scores[0][0] == 0 or scores[0][0] == scores[1][0]:
        return None
    return scores[0][1]


@dataclass
class LinkContext:
    """Entities seen so far, to resolve a form shared by several entities: one the same action (or file)
    names unambiguously, else the document's words (``choose_by_context``), else the latest mentioned, else
    the registry's first."""

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
