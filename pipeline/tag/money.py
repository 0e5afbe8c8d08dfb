"""MONEY mentions: pound amounts with their value in pounds ("£4.75m" → 4750000, "4.5 million pounds",
"half a million pounds", "quarter of a million pounds", "four million pounds", "20p" → 0.2)."""
from __future__ import annotations

import re
from dataclasses import dataclass

_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mn": 1e6, "bn": 1e9, "billion": 1e9}
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
"""Numbers written as words before a scale word ("four million pounds")."""
_FRACTIONS = {"half a": "0.5", "quarter of a": "0.25", "a quarter of a": "0.25", "three quarters of a": "0.75", "a": "1"}
"""Fractions before a scale word ("quarter of a million pounds")."""
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MONEY = re.compile(
    rf"£\s?(?P<number>{_NUMBER})(?:\s?(?P<scale>bn|billion|million|thousand|mn|m|k)(?![A-Za-z]))?"
    rf"|(?<![\w.,£])(?:(?P<word_number>{_NUMBER})|(?P<article>half a|(?:a\s)?quarter of a|three quarters of a|a|{'|'.join(_COUNTS)})(?=\s(?:billion|million|thousand)))"
    rf"(?:\s(?P<word_scale>billion|million|thousand))?\spounds?\b"
    rf"|(?<![\w.,£])(?P<pence>\d{{1,3}})(?-i:p)\b",
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
            number = (_FRACTIONS | {w: str(n) for w, n in _COUNTS.items()})[" ".join(match["article"].lower().split())] \
                if match["article"] else match["number"] or match["word_number"]
            amount = amount_of(number, match["scale"] or match["word_scale"])
        if amount > 0:
            found.append(MoneyMention(match.start(), match.end(), match.group(), amount))
    return found
