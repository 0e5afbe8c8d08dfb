"""Training data for the statistical entity recogniser, as spaCy ``DocBin`` files.

Three sources, all labelled ORG, PERSON, DATE, MONEY:

- **GovNER** (GOV.UK texts, ``raw/govner/*.spacy``): its ORG, PERSON, DATE and MONEY spans are kept,
  and GPE, so the model learns places apart from organisations ("East of England"; the tagger
  never uses the model's GPE); FORM, POSTCODE, EMAIL and PHONE spans are dropped (their tokens
  become "no entity").
- **Silver** on the same GovNER texts: names the registry and rules find (ORG, PERSON) where GovNER
  has no span at all, so the model sees our conventions for bodies GovNER left unmarked.
- **The annex dev gold** (odd chapters only; an even-chapter action stops the build): each gold
  mention located in its cell, in order; optional mentions, and the few whose ends fall inside a
  token ("£4.75m."), are marked as missing (no loss either way).

GovNER's own dev part is the dev set ``spacy train`` picks its best model with.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans

from pipeline.errors import InputFileError
from pipeline.extract.cells import Row
from pipeline.schema import LABELS
from pipeline.tag.evaluate import Scored

SILVER_LABELS = ("ORG", "PERSON")
TRAIN_LABELS = (*LABELS, "GPE")


def govner_docs(nlp: Language, path: Path) -> list[Doc]:
    """GovNER documents with only ``TRAIN_LABELS`` kept."""
    try:
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    except (OSError, ValueError) as error:
        raise InputFileError(path, f"not a spaCy DocBin: {error}") from None
    for doc in docs:
        doc.set_ents([e for e in doc.ents if e.label_ in TRAIN_LABELS], default="outside")
    return docs


def add_silver(docs: Iterable[Doc], silver: Sequence[Sequence[tuple[int, int, str]]]) -> None:
    """Add (start, end, label) character spans to each doc where it has no entity overlapping them."""
    for doc, spans in zip(docs, silver):
        taken = [(e.start_char, e.end_char) for e in doc.ents]
        added = []
        for start, end, label in spans:
            span = doc.char_span(start, end, label=label)
            if span is not None and not any(start < e and s < end for s, e in taken):
                added.append(span)
        if added:
            doc.set_ents(filter_spans([*doc.ents, *added]), default="outside")


def annex_docs(nlp: Language, rows: Sequence[Row], gold: Sequence[Scored]) -> list[Doc]:
    """One doc per gold-annotated cell, its gold mentions found in order (longest first where they nest)."""
    by_cell: dict[tuple[str, str], list[Scored]] = defaultdict(list)
    for mention in gold:
        chapter = int(mention.action_id.split(".")[0])
        if chapter % 2 == 0:
            raise InputFileError(None, f"gold for action {mention.action_id}: even chapters are the held-out test")
        by_cell[(mention.action_id, mention.field)].append(mention)
    docs = []
    for row in rows:
        for field in ("action", "progress", "next_actions"):
            mentions = by_cell.get((row.action_id, field))
            text = getattr(row, field)
            if not mentions or not text:
                continue
            doc = nlp.make_doc(text)
            spans: list[Span] = []
            missing: list[Span] = []
            used: list[tuple[int, int]] = []
            for mention in sorted(mentions, key=lambda m: -len(m.text)):
                start = text.find(mention.text)
                while start >= 0 and any(start < e and s < start + len(mention.text) for s, e in used):
                    start = text.find(mention.text, start + 1)
                if start < 0:
                    continue
                end = start + len(mention.text)
                used.append((start, end))
                span = doc.char_span(start, end, label=mention.label)
                if span is None or mention.optional:  # not on token boundaries ("£4.75m."): no loss either way
                    missing.append(doc.char_span(start, end, alignment_mode="expand"))
                else:
                    spans.append(span)
            doc.set_ents(filter_spans(spans), missing=[s for s in missing if not any(s.start < t.end and t.start < s.end for t in spans)],
                         default="outside")
            docs.append(doc)
    return docs


def write_docbin(docs: Iterable[Doc], path: Path) -> None:
    DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], docs=docs).to_disk(path)
