"""Benchmark: our PDF extraction against pdfplumber's extract_tables and the pdfminer floor, as whole processes.

The floor is pdfminer alone reading every character of every page (no layout analysis): the
parsing the extractor cannot avoid. Each measurement runs in its own process (CPU time and peak
RSS of that child); runs are paired (ours, then the other, alternately first) and the median of
the pair ratios is reported. ``--pages`` builds the table repeated (with pypdf) to show time and
peak memory against page count.

Run: python benchmarks/extract.py [PDF] [--pairs N] [--pages 33 132 528]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = {
    # The repeated table repeats its ids (and its title block runs into the row above), which the
    # extractor refuses once its rows are assembled: all the work is done by then.
    "ours": ("from pipeline.errors import PdfError\nfrom pipeline.extract.pdf import extract_pdf\n"
             "try:\n    extract_pdf(sys.argv[1])\nexcept PdfError as error:\n    assert 'action id' in str(error), error"),
    "floor": ("from pdfminer.high_level import extract_pages\nfrom pdfminer.layout import LTChar\n"
              "n = 0\nfor page in extract_pages(sys.argv[1], laparams=None):\n"
              "    stack = list(page)\n    while stack:\n        obj = stack.pop()\n"
              "        if isinstance(obj, LTChar): n += 1\n        elif hasattr(obj, '__iter__'): stack.extend(obj)"),
    "pdfplumber": "import pdfplumber\nwith pdfplumber.open(sys.argv[1]) as pdf:\n    [p.extract_tables() for p in pdf.pages]",
}


def measure(kind: str, pdf: Path) -> tuple[float, float]:
    """(CPU seconds, peak RSS in MB) of one child process doing ``kind`` on ``pdf``."""
    code = f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n{_CHILD[kind]}"
    process = subprocess.Popen([sys.executable, "-c", code, str(pdf)], cwd=ROOT)
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise SystemExit(f"{kind} failed on {pdf}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def paired_ratio(other: str, pdf: Path, pairs: int) -> tuple[float, float, float]:
    """Median ratio ours/other over paired runs, with the median CPU seconds of each."""
    ratios, ours_times, other_times = [], [], []
    for index in range(pairs):
        order = ("ours", other) if index % 2 == 0 else (other, "ours")
        result = {kind: measure(kind, pdf)[0] for kind in order}
        ratios.append(result["ours"] / result[other])
        ours_times.append(result["ours"])
        other_times.append(result[other])
    return statistics.median(ratios), statistics.median(ours_times), statistics.median(other_times)


def repeated(pdf: Path, times: int, folder: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(pdf)
    writer = PdfWriter()
    for _ in range(times):
        for page in reader.pages:
            writer.add_page(page)
    path = folder / f"{pdf.stem}-x{times}.pdf"
    writer.write(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pdf", nargs="?", type=Path, default=ROOT / "raw" / "annex-2009.pdf")
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--pages", type=int, nargs="*", default=[], help="page counts for the scaling table")
    args = parser.parse_args()
    for other in ("pdfplumber", "floor"):
        ratio, ours, theirs = paired_ratio(other, args.pdf, args.pairs)
        print(f"{args.pdf.name}: ours {ours:.2f}s cpu, {other} {theirs:.2f}s cpu, median paired ratio {ratio:.2f}")
    if args.pages:
        from pypdf import PdfReader

        base = len(PdfReader(args.pdf).pages)
        print("| pages | ours cpu s | ours peak MB | floor cpu s | floor peak MB |\n| --- | --- | --- | --- | --- |")
        with tempfile.TemporaryDirectory() as tmp:
            for pages in args.pages:
                path = repeated(args.pdf, max(1, round(pages / base)), Path(tmp))
                ours, floor = measure("ours", path), measure("floor", path)
                print(f"| {max(1, round(pages / base)) * base} | {ours[0]:.1f} | {ours[1]:.0f} | {floor[0]:.1f} | {floor[1]:.0f} |")


if __name__ == "__main__":
    main()
