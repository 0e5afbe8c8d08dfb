"""MONEY mentions: pound amounts with their value in pounds ("£4.75m" → 4750000, "4.5 million pounds",
"half a million pounds", "£½ million", "quarter of a million pounds", "ninety thousand pounds", "20p" or "20 pence" → 0.2)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mn": 1e6, "bn": 1e9, "billion": 1e9}
_FRACTIONS = {"half a": 0.5, "quarter of a": 0.25, "a quarter of a": 0.25, "three quarters of a": 0.75, "a": 1.0}
"""Fractions before a scale word ("quarter of a million pounds")."""
_COUNT_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
               r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)")
_NUMBER_WORDS = rf"{_COUNT_WORD}(?:(?:[ -]|\sand\s)(?:{_COUNT_WORD}|hundred|thousand|million|billion))*"
"""A number written in words, opening with a count ("seven", "ninety thousand", "two hundred and
fifty"; not "several hundred"), read by text2num."""
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u2009]\d{3})+(?:\.\d+)?(?!\d|[,.]\d)|\d*[½¼¾]|\d+(?:[.·]\d+)?"
"""A number with comma or space thousands ("£250,000", "£20 000"), a vulgar fraction ("£½ million", "£1½m"), or neither."""
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_MONEY = re.compile(
    rf"£\s?(?P<number>{_NUMBER})(?:[\s-]?(?P<scale>bn|billion|million|thousand|mn|m|k)(?![A-Za-z]))?"
    rf"|(?<![\w.,£-])(?:(?P<word_number>{_NUMBER})(?:\s(?P<word_scale>billion|million|thousand))?"
    rf"|(?P<fraction>half a|(?:a\s)?quarter of a|three quarters of a|a)\s(?P<fraction_scale>billion|million|thousand)"
    rf"|(?P<words>{_NUMBER_WORDS}))\spounds?\b"
    rf"|(?<![\w.,£])(?P<pence>\d{{1,3}})(?:(?-i:p)|\spence)\b",
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
    if number[-1] in _VULGAR:
        value = float(number[:-1] or 0) + _VULGAR[number[-1]]
    else:
        value = float(re.sub(r"[, \u00a0\u2009]", "", number).replace("·", "."))
    return round(value * (_SCALES[scale.lower()] if scale else 1.0), 2)


def find_money(text: str) -> list[MoneyMention]:
    """Every positive pound amount in ``text``: sign, number and scale; "per annum" is left out."""
    found = []
    for match in _MONEY.finditer(text):
        if match["pence"]:
            amount = int(match["pence"]) / 100
        elif match["fraction"]:
            amount = _FRACTIONS[" ".join(match["fraction"].lower().split())] * _SCALES[match["fraction_scale"].lower()]
        elif match["words"]:
            try:
                amount = float(text2num(" ".join(match["words"].lower().split()), "en"))
            except ValueError:  # words that make no number ("thousand million")
                continue
        else:
            amount = amount_of(match["number"] or match["word_number"], match["scale"] or match["word_scale"])
        if amount > 0:
            found.append(MoneyMention(match.start(), match.end(), match.group(), amount))
    return found
