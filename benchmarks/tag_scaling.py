"""Benchmark: `tag-text` time against input size (1, 10 and 100 copies of the annex's cells in one file).

Each size is one file of the annex's free-text cells, blank-line separated, repeated N times; the
time is the median of whole `python -m pipeline tag-text` processes, wall clock and CPU (user +
system; the fairer figure on a shared machine), with each process's peak resident memory. Linear scaling shows as a
flat time per copy once start-up is paid; 100 copies (8 MB) also exceeds spaCy's one-million
character limit, which the tagger's paragraph batches avoid.

Run: python benchmarks/tag_scaling.py [--copies 1 10 100] [--repeat N]  (from the repository root).
"""
from __future__ import annotations

import argparse
import os
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
            times, cpus, peaks = [], [], []
            for _ in range(args.repeat):
                start = time.perf_counter()
                process = subprocess.Popen([sys.executable, "-m", "pipeline", "tag-text", str(path)], stdout=subprocess.DEVNULL)
                _, status, usage = os.wait4(process.pid, 0)  # this process's own usage, its peak memory too
                process.returncode = os.waitstatus_to_exitcode(status)
                if process.returncode:
                    raise SystemExit(f"tag-text failed on {copies} copies (exit {process.returncode})")
                times.append(time.perf_counter() - start)
                cpus.append(usage.ru_utime + usage.ru_stime)
                peaks.append(usage.ru_maxrss / 1024)  # kilobytes on Linux
            took, cpu, peak = statistics.median(times), statistics.median(cpus), statistics.median(peaks)
            print(f"{copies:>4} copies, {len(cells) * copies:>10,} chars: wall {took:7.2f}s, CPU {cpu:7.2f}s "
                  f"({cpu / copies:6.3f}s per copy), peak memory {peak:6.0f} MB")


if __name__ == "__main__":
    main()
