"""Benchmark: the line-end hyphen rules (``pipeline/extract/joins.py``) on every break a typesetter
could make in real texts it was not written against.

Run: python benchmarks/joins.py [FOLDER]   (default: reference/texts, the tagging dev and test texts)

For each text, each word form is taken out of the text's own vocabulary once (the broken
occurrence is not printed inside a line) and then broken:
- a plain word at every point pyphen allows: a typesetter's break, to be joined;
- a hyphenated word at each of its hyphens: a real hyphen at a line end, to be kept.
The document-level switch (does the producer hyphenate at all?) is taken as on, as for a LaTeX file.
Prints the correct share of each kind and the words decided wrongly.
"""
from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

import pyphen

from pipeline.extract import joins
from pipeline.params import load_params, section

ROOT = Path(__file__).resolve().parents[1]
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, nargs="?", default=ROOT / "reference" / "texts")
    args = parser.parse_args()
    params = section(load_params(), "extract.pdf")
    hyphenator = pyphen.Pyphen(lang=params["language"].replace("-", "_"))
    scores: Counter[tuple[str, bool]] = Counter()
    wrong: dict[str, list[str]] = defaultdict(list)
    for path in sorted(args.folder.glob("*.txt")):
        tokens = _WORD.findall(path.read_text(encoding="utf-8"))
        seen = Counter(joins.bare(t) for t in tokens)
        for word in sorted(set(tokens)):
            seen[joins.bare(word)] -= 1
            vocabulary = joins.Vocabulary(seen, params["min_word_zipf"], params["min_piece_zipf"],
                                          params["min_cut_zipf"], params["language"])
            vocabulary.__dict__["hyphenates"] = True  # the producer hyphenates (cached_property preset)
            if "-" in word:
                parts = word.split("-")
                cases = [("-".join(parts[:i]) + "-", "-".join(parts[i:]), False) for i in range(1, len(parts))]
            else:
                cases = [(word[:at] + "-", word[at:], True) for at in hyphenator.positions(word)]
            for left, right, truth in cases:
                kind = "typesetter break (join)" if truth else "real hyphen (keep)"
                correct = joins.hyphen_joins(left, right, vocabulary) == truth
                scores[kind, correct] += 1
                if not correct:
                    wrong[kind].append(left + right)
            seen[joins.bare(word)] += 1
    for kind in ("typesetter break (join)", "real hyphen (keep)"):
        total = scores[kind, True] + scores[kind, False]
        print(f"{kind}: {scores[kind, True]}/{total} correct ({scores[kind, True] / max(total, 1):.3f})")
        print("  wrong: " + ", ".join(wrong[kind]))


if __name__ == "__main__":
    main()
