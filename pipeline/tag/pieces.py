"""How texts go through spaCy: cut into paragraph pieces, sent in batches, and which pieces the
trained model needs to see at all."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span

from pipeline.tag.words import CALENDAR_WORDS

CHUNK_CHARS = 100_000
"""Longest batch of text given to spaCy at once; batches end at a paragraph or line break."""


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) batches of ``text`` of at most ``size`` characters, cut after a paragraph
    break, else a line break, else a sentence end, else a space (else anywhere)."""
    pieces = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = next((window.rfind(sep) + len(sep) for sep in ("\n\n", "\n", ". ", " ") if window.rfind(sep) > 0), size)
        pieces.append((start, window[:cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def batches(pieces: Sequence[tuple[int, int, str]], chars: int) -> Iterable[Sequence[tuple[int, int, str]]]:
    """Consecutive pieces in batches of about ``chars`` characters."""
    start, size = 0, 0
    for end, (_, _, piece) in enumerate(pieces, start=1):
        size += len(piece)
        if size >= chars:
            yield pieces[start:end]
            start, size = end, 0
    if start < len(pieces):
        yield pieces[start:]


OPENERS = {".", "!", "?", ":", "\"", "“", "‘", "(", "•", "-", "–"}


def may_name_more(doc: Doc, registry_spans: Sequence[Span]) -> bool:
    """A capitalised word outside the registry's spans that opens no sentence or line and is no
    month or day: only there can the model name something no list or rule has."""
    covered = {i for span in registry_spans for i in range(span.start, span.end)}
    for token in doc:
        if (token.is_title or token.is_upper and len(token) > 1) and token.text not in CALENDAR_WORDS:  # "in March"
            previous = doc[token.i - 1] if token.i else None
            if token.i not in covered and previous is not None and previous.text not in OPENERS \
                    and "\n" not in previous.text + previous.whitespace_ and not previous.is_space:
                return True
    return False
