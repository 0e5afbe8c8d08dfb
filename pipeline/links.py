"""Cross-references between actions: "see commitment 1.6", "(commitment 7.11)", "see 7.8"."""
from __future__ import annotations

import re
from dataclasses import dataclass

_ID = r"\d{1,2}\.\d{1,2}(?![\d.]*\d)"
_REFERENCE = re.compile(
    rf"\b(?:commitments?|actions?|see)\s+(?P<ids>{_ID}(?:\s*(?:,|and|&|or)\s*{_ID})*)"
    r"(?![\w£%])(?!\s*(?:million|billion|thousand|per ?cent|m\b|k\b|bn\b))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Reference:
    start: int
    end: int
    text: str
    to_action: str


def find_references(text: str) -> list[Reference]:
    """Every action id a reference phrase names, with the phrase's span."""
    found = []
    for match in _REFERENCE.finditer(text):
        for action_id in re.findall(_ID, match["ids"]):
            found.append(Reference(match.start(), match.end(), match.group(), action_id))
    return found
