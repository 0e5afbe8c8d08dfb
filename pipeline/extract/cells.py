"""Rules every extractor shares: the row record, header labels, cell normalisation and line joining."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

HEADER = ("Theme", "Strategy Chapter", "Action", "Timing", "Actions", "Progress report", "Next actions")
"""The table's column labels, left to right, as printed in every header row."""

FIELDS = ("theme", "chapter", "action_id", "timing", "action", "progress", "next_actions")
"""Row attribute for each header column, in the same order."""

ACTION_ID = re.compile(r"[1-9][0-9]*\.[1-9][0-9]*")

_WHITESPACE = re.compile(r"\s+")
_ITALIC_TAG = re.compile(r"</?i>", re.IGNORECASE)
_MISSING = {"", "-"}
_URL_START = re.compile(r"(https?://|www\.)", re.IGNORECASE)
_URL_BREAK_AFTER = tuple("/-._?=&#%~")
_URL_PART = re.compile(r"[/_=&?]|[.\-]\w")


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


def _is_url_continuation(previous: str, following: str) -> bool:
    """A URL cut at a line end: the last token is URL-like and the cut is inside it."""
    last = previous.rsplit(" ", 1)[-1]
    if not _URL_START.search(last) or not following:
        return False
    first = following.split(" ", 1)[0]
    if last.endswith(".") and first[:1].isupper():
        return False
    return last.endswith(_URL_BREAK_AFTER) or bool(_URL_PART.search(first))


def join_lines(lines: list[str]) -> str:
    """Join the printed lines of one cell into its text.

    A wrapped line joins with one space; a line ending in a hyphen that is part of a word
    ("Low-" + "Carbon") or inside a URL joins with nothing.
    """
    text = ""
    for line in (" ".join(l.split()) for l in lines):
        if not line:
            continue
        if not text:
            text = line
        elif _is_url_continuation(text, line):
            text += line
        elif text.endswith("-") and len(text) > 1 and not text[-2].isspace():
            text += line
        else:
            text += " " + line
    return text
