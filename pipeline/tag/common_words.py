"""Common English words, for telling a model span that is an idea or a thing ("Green Belt", "Civic
Health", "Every Action Counts") from a name.

The list is built by the ``common_words`` stage from wordfreq's small English list (every
alphabetic word at or above ``tag.common_word_min_zipf``) and shipped as package data
(``pipeline/data/common-words.txt``), because importing wordfreq at every start of the tagger costs
0.2 s, a third of what the whole tagging of the annex may take.
"""
from __future__ import annotations

import math
from functools import cache
from importlib import resources
from pathlib import Path

from pipeline.io import write_text_atomic

_HEADER = "# Lower-case English words at or above Zipf {min_zipf} in wordfreq's small list (wordfreq data: CC BY-SA 4.0).\n"


def build(min_zipf: float) -> list[str]:
    """The alphabetic words of wordfreq's small English list at or above ``min_zipf``, sorted."""
    from wordfreq import get_frequency_dict

    frequencies = get_frequency_dict("en", wordlist="small")
    return sorted(w for w, f in frequencies.items() if w.isalpha() and math.log10(f) + 9 >= min_zipf)


def write(words: list[str], min_zipf: float, path: Path) -> None:
    write_text_atomic(path, _HEADER.format(min_zipf=min_zipf) + "\n".join(words) + "\n")


@cache
def common_words() -> frozenset[str]:
    """The packaged list."""
    text = (resources.files("pipeline") / "data" / "common-words.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))
