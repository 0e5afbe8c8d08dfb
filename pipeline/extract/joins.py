"""Word repair at line ends: a cell's printed lines joined back into its text, each break decided on evidence.

Two habits of producers break words at a line end:

- a typesetter's hyphenation ("environmen-" / "tal") next to real hyphens that fell at a line
  end ("cross-" / "Government");
- a word processor's cut of a word too long for its column, with no hyphen ("Campaigni" / "ng").

Each break is decided by the first rule with evidence, and the decision is logged at DEBUG
(``extract --debug-joins``):

1. a URL going on in the next line joins with nothing (the shared rule in ``cells``; after a
   line filled to the edge, only with a word the document prints nowhere else);
2. after a hyphen: a document whose producer shows no sign of hyphenating keeps every hyphen
   (``Vocabulary.hyphenates``); else the document itself, where it prints the hyphenated or the
   joined word inside a line, or else the word's family (words sharing its first six letters or
   more: "procurement" decides "pro-" / "cures"); a capital or digit after the hyphen keeps it
   (an all-capitals word is one word: "DEPART-" / "MENT"); a point where the hyphenation
   dictionary (pyphen, TeX's patterns) cannot break the joined word keeps it; two pieces that
   are both words keep it as a compound ("long-" / "term") unless the joined word, or its plain
   form ("roadshows": "roadshow"), is a common word; a joined word the word list (wordfreq)
   knows drops the hyphen, and so does one that ends in a word across the break ("eConsul-" /
   "tation"), or two pieces neither of which is a word; otherwise it stays;
3. with no hyphen, only where a line holds a single word whose last glyph reaches the column's
   right edge so closely that the next line's first letter would not have fitted (a producer
   cuts only a word too wide for a line of its own, and fills the line with what fits): it
   joins the next line's first word, unless both are words that make no word together and the
   document prints no word starting with the two, or a lower-case piece is followed by a
   capital; a single letter other than "a" and "I" is never a word of its own ("procurer" /
   "s"); numbers join numbers, also after a comma in a list ("321,322," / "323"); punctuation
   alone on the next line joins; a word ending in "/" (not a URL) joins the next line's word:
   producers may break after a slash.

``benchmarks/joins.py`` measures these rules on every possible break of the dev texts' words.

The dictionaries load only when the document's own evidence leaves a break undecided.
"""
from __future__ import annotations

import bisect
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from pipeline.extract.cells import URL_START, is_url_continuation, normalise_cell
from pipeline.extract.pdfpage import Line

log = logging.getLogger("pipeline.extract.joins")

_PUNCTUATION = ".,;:()[]'\"“”‘’!?"
_HYPHENS = ("-", "‐", "–")


_POSSESSIVE = re.compile(r"['’]s\b")
_NUMBER_LIST = re.compile(r"\(?\d[\d,]*,")
"""Numbers in a list with no spaces ("321,322,"), which a producer cuts like a word."""


def _ends_number(piece: str) -> bool:
    """A piece a number goes on from: it ends in a digit, or is a list of numbers ending in a comma."""
    return piece[-1:].isdigit() or bool(_NUMBER_LIST.fullmatch(piece))


def bare(word: str) -> str:
    """A word without surrounding punctuation or a possessive 's, case folded."""
    return _POSSESSIVE.sub("", word.strip(_PUNCTUATION).casefold(), count=1) if word.casefold().rstrip(_PUNCTUATION).endswith(("'s", "’s")) else word.strip(_PUNCTUATION).casefold()


@dataclass
class Vocabulary:
    """What the document and the dictionaries say is a word."""

    seen: Counter[str]
    """Words printed inside lines (not at a line end that may be cut, nor right after one)."""
    min_zipf: float
    min_piece_zipf: float
    min_cut_zipf: float
    language: str
    breaks: list[tuple[str, str]] = field(default_factory=list)
    """(stem, tail) of every line-end hyphen break in the document."""
    decisions: Counter[str] = field(default_factory=Counter)

    @cached_property
    def hyphenates(self) -> bool:
        """Whether the producer hyphenates words: at least half the line-end hyphens (and two or
        more) split a word ("environmen-" + "tal"). A word processor or browser breaks only at the
        text's own hyphens, between words ("cross-" + "Government"), and few of those join into one."""
        split = sum(self.is_word(stem + tail) for stem, tail in self.breaks)
        return split >= 2 and split >= 0.5 * len(self.breaks)

    @cached_property
    def _hyphenator(self) -> Any:
        import pyphen

        return pyphen.Pyphen(lang=self.language.replace("-", "_"))

    def zipf(self, word: str) -> float:
        from wordfreq import zipf_frequency

        return zipf_frequency(word, self.language.split("-")[0], wordlist="large")

    def lemma_zipf(self, word: str) -> float:
        """The word list's frequency of the word's commonest plain form ("roadshows": "roadshow";
        "streamlining": "streamline"): a rare inflection of a common word is still that word."""
        forms = {word}
        for suffix in ("s", "es", "ing", "ed", "er", "ers"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                forms.update((word[:-len(suffix)], word[:-len(suffix)] + "e"))
        return max(self.zipf(form) for form in forms)

    def is_word(self, word: str) -> bool:
        word = bare(word)
        return bool(word) and (self.seen[word] > 0 or self.zipf(word) >= self.min_zipf)

    def is_known(self, word: str) -> bool:
        """Seen in the document or in the word list at all (``min_piece_zipf``): a piece that may stand alone."""
        word = bare(word)
        if re.search(r"\w[.\d]", word):
            return True  # a domain, an abbreviation or a number is a token of its own
        if len(word) == 1 and word not in "ai":
            return False  # a letter cut off a word ("procurer" / "s"), not a word of its own
        return bool(word) and (self.seen[word] > 0 or self.zipf(word) >= self.min_piece_zipf)

    @cached_property
    def _sorted(self) -> list[str]:
        return sorted(word for word, count in self.seen.items() if count > 0)

    def family(self, prefix: str) -> int:
        """How many different words the document prints that start with ``prefix`` ("procur":
        "procurement", "procurers"): evidence for a break in a form the document prints only once."""
        start = bisect.bisect_left(self._sorted, prefix)
        return bisect.bisect_left(self._sorted, prefix + "\U0010ffff", lo=start) - start

    def can_hyphenate(self, word: str, at: int) -> bool:
        return at in self._hyphenator.positions(word)


def _decide(vocabulary: Vocabulary, rule: str, joined: bool, left: str, right: str) -> bool:
    vocabulary.decisions[rule] += 1
    log.debug("%s %s | %s: %s", "join" if joined else "keep", left, right, rule)
    return joined


def _break(left: str, right: str) -> tuple[str, str]:
    """The word pieces around a line-end hyphen: ("cross-Gov-", "ernment.") gives ("gov", "ernment")."""
    return re.split(r"[-‐–/]", bare(left[:-1]))[-1], re.split(r"[-‐–/]", right.strip(_PUNCTUATION))[0]


def hyphen_joins(left: str, right: str, vocabulary: Vocabulary) -> bool:
    """Whether the line-end hyphen in ``left`` ("environmen-") is the typesetter's, to drop before ``right``."""
    stem, tail = _break(left, right)
    if not stem or not tail:
        return _decide(vocabulary, "no word on one side", False, left, right)
    if not vocabulary.hyphenates:
        return _decide(vocabulary, "producer does not hyphenate", False, left, right)
    hyphenated, joined = vocabulary.seen[f"{stem}-{tail.casefold()}"], vocabulary.seen[stem + tail.casefold()]
    if hyphenated != joined:
        return _decide(vocabulary, f"document prints it {'hyphenated' if hyphenated > joined else 'joined'}", joined > hyphenated, left, right)
    start = tail.casefold()[:max(3, 6 - len(stem))]  # a family shares six letters or more: "procur", "reconf"
    hyphenated, joined = vocabulary.family(f"{stem}-{start}"), vocabulary.family(stem + start)
    if hyphenated != joined and len(stem + start) >= 6:
        return _decide(vocabulary, f"document prints its word family {'hyphenated' if hyphenated > joined else 'joined'}",
                       joined > hyphenated, left, right)
    capitals = tail[0].isupper() and not (left[:-1].isupper() and tail.isupper())  # "DEPART-" / "MENT" is one word
    if capitals or tail[0].isdigit() or stem[-1].isdigit():
        return _decide(vocabulary, "capital or digit after the hyphen", False, left, right)
    word = stem + tail.casefold()
    if not vocabulary.can_hyphenate(word, len(stem)):
        return _decide(vocabulary, "no hyphenation point there", False, left, right)
    if vocabulary.is_word(stem) and vocabulary.is_word(tail):
        if vocabulary.is_word(word) or vocabulary.lemma_zipf(word) >= vocabulary.min_zipf:
            return _decide(vocabulary, "pieces and joined word are all words: the word list's joined word", True, left, right)
        return _decide(vocabulary, "both pieces are words (a compound)", False, left, right)
    if vocabulary.zipf(word) > 0:
        return _decide(vocabulary, "word list knows the joined word", True, left, right)
    if any(vocabulary.is_word(word[k:]) for k in range(1, len(stem)) if len(word) - k >= len(tail) + 3):
        return _decide(vocabulary, "the joined word ends in a word across the break", True, left, right)
    if not vocabulary.is_known(stem) and not vocabulary.is_known(tail):
        return _decide(vocabulary, "neither piece is a word", True, left, right)
    return _decide(vocabulary, "joined word unknown", False, left, right)


def _cut_joins(left: str, right: str, vocabulary: Vocabulary) -> bool:
    """Whether a word filling its line alone and the next line's word are one word cut at the edge.

    The vocabulary vetoes only the plain wrap after a long word: two words that make no word together.
    """
    joined = bare(left + right)
    if vocabulary.seen[joined] or not (vocabulary.is_known(left) and vocabulary.is_known(right)):
        return _decide(vocabulary, "cut at the column edge", True, left, right)
    if len(joined) >= 6 and vocabulary.family(joined):
        return _decide(vocabulary, "cut at the column edge: the document prints words that start so", True, left, right)
    if vocabulary.zipf(joined) >= vocabulary.min_cut_zipf:
        return _decide(vocabulary, "cut at the column edge, a word joined", True, left, right)
    return _decide(vocabulary, "two words wrapped", False, left, right)


def _tight(line: Line, following: Line, edge: float) -> bool:
    """Whether the next line's first letter would not have fitted before the edge: a producer
    cutting a word fills the line with as many letters as fit."""
    first = following.words[0]
    return edge - line.words[-1].x1 < first.edges[1] - first.edges[0] + 0.5


def join_cell(lines: Sequence[Line], edge: float, vocabulary: Vocabulary) -> str | None:
    """A cell's text from its printed lines; ``edge`` is how far right the column's text reaches."""
    texts = [line.text for line in lines]
    filled = [
        (last := line.words[-1]).x1 >= edge - (last.bottom - last.top) and index + 1 < len(lines)
        for index, line in enumerate(lines)
    ]
    alone = [filled[i] and len(line.words) == 1 for i, line in enumerate(lines)]
    """A producer cuts only a word too wide for a line of its own: its first piece fills a line alone."""
    text = ""
    for index, line in enumerate(texts):
        if not text:
            text = line
            continue
        left, right = text.rsplit(" ", 1)[-1], lines[index].words[0].text
        piece = left.rsplit("/", 1)[-1]
        punctuation_only = right.strip(_PUNCTUATION) == ""
        if is_url_continuation(text, line, filled[index - 1] and not vocabulary.seen[bare(right)]):
            text += line
        elif left.endswith(_HYPHENS) and len(left) > 1:
            text = text[:-1] + line if hyphen_joins(left, right, vocabulary) else text + line
        elif left.endswith("/") and len(left) > 1 and not URL_START.search(left):
            _decide(vocabulary, "break after a slash", True, left, right)
            text += line
        elif alone[index - 1] and punctuation_only:
            _decide(vocabulary, "punctuation cut off at the column edge", True, left, right)
            text += line
        elif alone[index - 1] and (left.endswith(("'", "’")) and right.casefold() == "s" or _POSSESSIVE.match(right.casefold())):
            _decide(vocabulary, "possessive cut at the column edge", True, left, right)
            text += line
        elif alone[index - 1] and _tight(lines[index - 1], lines[index], edge) \
                and (piece[-1:].isalpha() and right[0].isalpha() or _ends_number(piece) and right[0].isdigit()) \
                and not (right[0].isupper() and piece[-1].islower()):
            whole = right + (lines[index + 1].words[0].text if alone[index] and not vocabulary.is_known(right) else "")
            digits = _ends_number(piece) and right[0].isdigit()
            text += line if digits or _cut_joins(piece, whole, vocabulary) else " " + line
        else:
            text += " " + line
    return normalise_cell(text)


def vocabulary(cells: Sequence[Sequence[Line]], edges: Sequence[float], params: dict[str, Any]) -> Vocabulary:
    """Words each cell prints inside its lines; ``edges[i]`` is the right edge of cell ``i``'s column."""
    seen: Counter[str] = Counter()
    breaks = []
    for lines, edge in zip(cells, edges):
        after_edge = False
        for above, below in zip(lines, lines[1:]):
            if above.words[-1].text.endswith(_HYPHENS) and len(above.words[-1].text) > 1:
                stem, tail = _break(above.words[-1].text, below.words[0].text)
                if stem and tail:
                    breaks.append((stem, tail.casefold()))
        for line in lines:
            words = line.words
            at_edge = words[-1].x1 >= edge - (words[-1].bottom - words[-1].top)
            inner = words[1 if after_edge else 0:len(words) - 1 if at_edge or words[-1].text.endswith(_HYPHENS) else len(words)]
            seen.update(bare(w.text) for w in inner)
            after_edge = at_edge or words[-1].text.endswith(_HYPHENS)
    return Vocabulary(seen, params["min_word_zipf"], params["min_piece_zipf"], params["min_cut_zipf"],
                      params["language"], breaks)
