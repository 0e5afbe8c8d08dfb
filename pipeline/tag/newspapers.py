"""Newspapers named by their place or day and a newspaper's word ("Shropshire Star", "the Burton Mail")."""
from __future__ import annotations

import re

from pipeline.tag.common_words import common_words
from pipeline.tag.entities import Found, opens_a_sentence, places
from pipeline.tag.words import CALENDAR_WORDS, JOB_WORDS, NEWSPAPER_WORDS, ORG_HEADS

_NEWSPAPER = re.compile(
    rf"(?<![\w'’&-])(?P<before>(?:[A-Z][a-z]+[ ]){{1,3}})(?:{'|'.join(w.title() for w in sorted(NEWSPAPER_WORDS))})"
    r"(?![\w'’&-]|[ ][A-Z])")
_PAPER_OPENERS = {"Daily", "Sunday", "Evening", "Morning", "Weekly"}


def newspapers(text: str) -> list[Found]:
    """A newspaper named by its place, its day or another uncommon word (any after "the"), and a newspaper's word
    ("Shropshire Star", "told the Burton Mail", "Sydney Morning Herald"), with no organisation, job or calendar word:
    the name starts at the first such word after any others ("Yesterday Shropshire Star"; not "the Christmas Post")."""
    found = []
    for m in _NEWSPAPER.finditer(text):
        words = m["before"].split()
        if set(words) & JOB_WORDS or any(w.lower() in ORG_HEADS for w in words):
            continue
        titled = text.endswith(("the ", "The "), 0, m.start())  # "told the Burton Mail", "the Washington Post"
        naming = [w in _PAPER_OPENERS or w in places() or w.lower() not in common_words() or titled and w not in CALENDAR_WORDS
                  for w in words]
        if not naming[-1] or opens_a_sentence(text, m.start()) and len(words) == 1 and words[0] not in places():
            continue  # "Yesterday Post …": an opener's common word
        first = len(words) - next(i for i, ok in enumerate(reversed(naming)) if not ok) if not all(naming) else 0
        start = m.start() + len(" ".join(words[:first])) + (1 if first else 0)
        found.append(Found(start, m.end(), text[start:m.end()]))
    return found
