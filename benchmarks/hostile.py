"""Benchmark: how fast and how small each crafted hostile PDF fails, as whole `extract` processes.

Run: python benchmarks/hostile.py [--repeat N]. For each file in tests/fixtures/hostile/ and, as
the baseline, the real annex PDF, prints the exit code, the median wall time and the median peak
resident memory of N runs, and the time as a ratio of the annex's.
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

ROOT = Path(__file__).resolve().parents[1]


def run_once(pdf: Path) -> tuple[int, float, int]:
    """(exit code, seconds, peak bytes) of one `python -m pipeline extract` process."""
    with tempfile.TemporaryDirectory() as folder:
        start = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", str(pdf), "-o", f"{folder}/rows.parquet"],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        return proc.returncode, time.monotonic() - start, usage.ru_maxrss * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    files = [ROOT / "raw" / "annex-2009.pdf", *sorted((ROOT / "tests" / "fixtures" / "hostile").glob("*.pdf"))]
    baseline = None
    for pdf in files:
        runs = [run_once(pdf) for _ in range(args.repeat)]
        seconds = statistics.median(r[1] for r in runs)
        peak = statistics.median(r[2] for r in runs)
        baseline = baseline or seconds
        print(f"{pdf.name:28} exit {runs[0][0]}  {seconds:6.2f} s  ({seconds / baseline:4.2f}× the annex)  {peak / 1e6:6.0f} MB")


if __name__ == "__main__":
    main()
