"""MONEY mentions: pound amounts with their value in pounds ("£4.75m" → 4750000, "4.5 million pounds",
"half a million pounds", "20p" → 0.2)."""
from __future__ import annotations

import re
from dataclasses import dataclass

_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mn": 1e6, "bn": 1e9, "billion": 1e9}
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MONEY = re.compile(
    rf"£\s?(?P<number>{_NUMBER})(?:\s?(?P<scale>bn|billion|million|thousand|mn|m|k)(?![A-Za-z]))?"
    rf"|(?<![\w.,£])(?:(?P<word_number>{_NUMBER})|(?P<article>half a|a)(?=\s(?:billion|million|thousand)))"
    rf"(?:\s(?P<word_scale>billion|million|thousand))?\spounds\b"
    rf"|(?<![\w.,£])(?P<pence>\d{{1,3}})p\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class MoneyMention:
    start: int
    end: int
    text: str
    amount: float


def amount_of(number: str, scale: str | None) -> float:
    """Pounds for a written number and optional scale word or letter, to the penny."""
    value = float(number.replace(",", ""))
    return round(value * (_SCALES[scale.lower()] if scale else 1.0), 2)


def find_money(text: str) -> list[MoneyMention]:
    """Every positive pound amount in ``text``: sign, number and scale; "per annum" is left out."""
    found = []
    for match in _MONEY.finditer(text):
        if match["pence"]:
            amount = int(match["pence"]) / 100
        else:
            number = {"half a": "0.5", "a": "1"}[match["article"].lower()] if match["article"] else match["number"] or match["word_number"]
            amount = amount_of(number, match["scale"] or match["word_scale"])
        if amount > 0:
            found.append(MoneyMention(match.start(), match.end(), match.group(), amount))
    return found
