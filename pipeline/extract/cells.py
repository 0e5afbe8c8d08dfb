"""Rules every extractor shares: the row record, header labels, cell normalisation and line joining."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from pipeline.errors import quote
from pipeline.schema import ACTION_ID_PATTERN

HEADER = ("Theme", "Strategy Chapter", "Action", "Timing", "Actions", "Progress report", "Next actions")
"""The table's column labels, left to right, as printed in every header row."""

FIELDS = ("theme", "chapter", "action_id", "timing", "action", "progress", "next_actions")
"""Row attribute for each header column, in the same order."""

ACTION_ID = re.compile(ACTION_ID_PATTERN.removeprefix("^").removesuffix("$"))
"""An action id, "chapter.action" ("1.12"); match with ``fullmatch``."""

_WHITESPACE = re.compile(r"\s+")
_ITALIC_TAG = re.compile(r"</?i>", re.IGNORECASE)
_MISSING = {"", "-"}
URL_START = re.compile(r"(https?:|www\.)", re.IGNORECASE)
"""Where a URL begins."""
_URL_PART = re.compile(r"[/_=&?#%~]|[.\-]\w|\w-$")
_SENTENCE_PUNCTUATION = {".", ",", ";", ":", ")", "!", "?"}


@dataclass(frozen=True)
class Row:
    """One action of the annex as extracted from a source file."""

    action_id: str
    theme: str
    chapter: str
    timing: str
    action: str
    progress: str | None
    next_actions: str | None
    page_start: int | None = None
    page_end: int | None = None

    def record(self) -> dict[str, Any]:
        return asdict(self)


def rows_from_records(records: list[dict[str, Any]]) -> list[Row]:
    """Rows back from the records of a rows table."""
    return [Row(**record) for record in records]


def normalise_cell(raw: str) -> str | None:
    """Drop ``<i>`` markup, fold whitespace runs to one space, trim; '' or '-' is missing (None)."""
    text = _WHITESPACE.sub(" ", _ITALIC_TAG.sub("", raw)).strip()
    return None if text in _MISSING else text


def is_header(cells: list[str]) -> bool:
    """True when ``cells`` are the table's column labels (case and spacing ignored)."""
    return [" ".join(c.split()).casefold() for c in cells] == [h.casefold() for h in HEADER]


def action_sort_key(action_id: str) -> tuple[int, int]:
    chapter, action = action_id.split(".")
    return int(chapter), int(action)


MAX_ID_DIGITS = 9
"""Digits allowed in each number of an action id: chapter_no and action_no are int32 columns."""


def id_problem(action_id: str | None) -> str | None:
    """Why ``action_id`` is not a usable action id, or None when it is one."""
    if action_id is None or not ACTION_ID.fullmatch(action_id):
        return f"action id {quote(action_id or '')} is not of the form N.M"
    if any(len(number) > MAX_ID_DIGITS for number in action_id.split(".")):
        return f"action id {quote(action_id, 24)} has a number longer than {MAX_ID_DIGITS} digits"
    return None


def missing_ids(action_ids: list[str]) -> list[str]:
    """Action ids absent from an ordered run that should go 1.1, 1.2, … 2.1, … without a gap.

    Each gap is one entry: "1.4", "1.4–1.6", "chapter 3", "chapters 3–4".
    """
    gaps: list[str] = []
    previous = (1, 0)
    for chapter, action in (action_sort_key(a) for a in action_ids):
        if chapter == previous[0]:
            first = previous[1] + 1
        else:
            if chapter > previous[0] + 1:
                skipped = (previous[0] + 1, chapter - 1)
                gaps.append(f"chapter {skipped[0]}" if skipped[0] == skipped[1] else f"chapters {skipped[0]}–{skipped[1]}")
            first = 1
        if action > first:
            gaps.append(f"{chapter}.{first}" if action == first + 1 else f"{chapter}.{first}–{chapter}.{action - 1}")
        previous = (chapter, action)
    return gaps


def is_url_continuation(previous: str, following: str, filled: bool) -> bool:
    """A URL cut at a line end: the text so far ends in a URL and the next line goes on inside it,
    with URL punctuation in its first token, or in lower case after a line filled to the column edge."""
    last = previous.rsplit(" ", 1)[-1]
    first = following.split(" ", 1)[0]
    url = URL_START.search(last + first)
    if url is None or url.start() >= len(last):
        return False
    return bool(_URL_PART.search(first)) or (filled and not first[0].isupper() and first not in _SENTENCE_PUNCTUATION)


def join_lines(lines: list[str], filled: list[bool] | None = None, cut: list[bool] | None = None) -> str:
    """Join the printed lines of one cell into its text.

    A wrapped line joins with one space; a line ending in a hyphen that is part of a word
    ("Low-" + "Carbon") or inside a URL joins with nothing. ``filled[i]`` says line i reaches
    the column's right edge, where a URL too long for the column is cut anywhere; ``cut[i]``
    says line i is a piece of a word too long for the column ("communi" + "cations"), which
    joins with nothing when the next line goes on in lower case.
    """
    text = ""
    for index, line in enumerate(" ".join(l.split()) for l in lines):
        if not line:
            continue
        if not text:
            text = line
        elif is_url_continuation(text, line, bool(filled and filled[index - 1])):
            text += line
        elif text.endswith(("-", "–")) and len(text) > 1 and not text[-2].isspace():
            text += line
        elif cut and cut[index - 1] and line[0].islower():
            text += line
        else:
            text += " " + line
    return text
