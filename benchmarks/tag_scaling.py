"""Benchmark: `tag-text` time against input size (1, 10 and 100 copies of the annex's cells in one file).

Each size is one file of the annex's free-text cells, blank-line separated, repeated N times; the
time is the median of whole `python -m pipeline tag-text` processes, wall clock and CPU (user +
system; the fairer figure on a shared machine). Linear scaling shows as a
flat time per copy once start-up is paid; 100 copies (8 MB) also exceeds spaCy's one-million
character limit, which the tagger's paragraph batches avoid.

Run: python benchmarks/tag_scaling.py [--copies 1 10 100] [--repeat N]  (from the repository root).
"""
from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    from pipeline.extract.text import extract_text
    from pipeline.tag import documents

    cells = "\n\n".join(d.text for d in documents(extract_text("raw/annex-2009.txt")))
    with tempfile.TemporaryDirectory() as tmp:
        for copies in args.copies:
            path = Path(tmp) / f"copies-{copies}.txt"
            path.write_text("\n\n".join([cells] * copies), encoding="utf-8")
            times, cpus = [], []
            for _ in range(args.repeat):
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                subprocess.run([sys.executable, "-m", "pipeline", "tag-text", str(path)], check=True,
                               stdout=subprocess.DEVNULL)
                times.append(time.perf_counter() - start)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            took, cpu = statistics.median(times), statistics.median(cpus)
            print(f"{copies:>4} copies, {len(cells) * copies:>10,} chars: wall {took:7.2f}s, CPU {cpu:7.2f}s "
                  f"({cpu / copies:6.3f}s per copy)")


if __name__ == "__main__":
    main()
