"""Benchmark: our PDF extraction against pdfplumber's own page.extract_tables() on the same PDF.

Run: python benchmarks/extract.py [PDF] [--repeat N]. Prints the best of N runs for each and the ratio.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import pdfplumber

from pipeline.extract.pdf import extract_pdf
from timing import best_time


def pdfplumber_tables(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        return sum(len(page.extract_tables()) for page in pdf.pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pdf", nargs="?", type=Path, default=Path("raw/annex-2009.pdf"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    ours = best_time(lambda: extract_pdf(args.pdf), args.repeat)
    theirs = best_time(lambda: pdfplumber_tables(args.pdf), args.repeat)
    print(f"{args.pdf}: ours {ours:.2f}s, pdfplumber extract_tables {theirs:.2f}s, ratio {ours / theirs:.2f}")


if __name__ == "__main__":
    main()
