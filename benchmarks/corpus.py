"""Benchmark: corpus mode's throughput with 1 and 2 Dask workers, and how time and peak memory per
worker grow with the number of documents.

Run: python benchmarks/corpus.py [--source FILE] [--sizes 8 16 32 64] [--scaling-docs 16] [--repeats 3]

Each measurement is a whole ``python -m pipeline corpus DIR -o OUT --scheduler ADDRESS`` process
against a new LocalCluster this script starts for that run (1 or 2 single-threaded worker
processes, started before the clock starts), so each run starts from fresh workers and their peak
RSS (``ru_maxrss``) is that run's. The corpus is N copies of ``--source`` (default: the annex text export) in a new folder.
Scaling runs alternate 1 and 2 workers (paired) and report medians and their ratio; the growth
runs use 2 workers and report seconds, documents per second and the largest worker's peak RSS.
Targets: 2 workers ≥ 1.7× one; time linear in documents; peak memory per worker flat.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dask.distributed import Client, LocalCluster

ROOT = Path(__file__).resolve().parents[1]


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_corpus(source: Path, count: int, folder: Path) -> Path:
    folder.mkdir(parents=True)
    for i in range(count):
        shutil.copyfile(source, folder / f"doc-{i:03d}{source.suffix}")
    return folder


def run_once(workers: int, corpus: Path, out: Path) -> tuple[float, float]:
    """Seconds of one whole CLI run on fresh workers, and the largest worker's peak RSS in MB."""
    shutil.rmtree(out, ignore_errors=True)
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "pipeline", "corpus", str(corpus), "-o", str(out), "--scheduler", cluster.scheduler_address],
            cwd=ROOT, capture_output=True, text=True,
        )
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            sys.exit(f"corpus run failed ({done.returncode}): {done.stderr.strip()}")
        return seconds, max(client.run(_peak_rss_mb).values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path, default=ROOT / "raw" / "annex-2009.txt")
    parser.add_argument("--sizes", type=int, nargs="*", default=[8, 16, 32, 64], help="growth runs (none: skip them)")
    parser.add_argument("--scaling-docs", type=int, default=16)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = make_corpus(args.source, args.scaling_docs, work / "scaling")
        times: dict[int, list[float]] = {1: [], 2: []}
        for _ in range(args.repeats):
            for n in (1, 2):
                times[n].append(run_once(n, corpus, work / "out")[0])
        rate = {n: args.scaling_docs / statistics.median(t) for n, t in times.items()}
        print(f"scaling, {args.scaling_docs} × {args.source.name}, median of {args.repeats} paired run(s):")
        for n in (1, 2):
            print(f"  {n} worker(s): {rate[n]:.3f} docs/s  (runs: {', '.join(f'{t:.1f}' for t in times[n])} s)")
        print(f"  2 workers / 1 worker: {rate[2] / rate[1]:.2f}× (target ≥ 1.7×)", flush=True)

        if not args.sizes:
            return
        print("\ngrowth, 2 workers:\n| documents | seconds | docs/s | peak RSS per worker (MB) |\n| --- | --- | --- | --- |")
        rows = []
        for count in args.sizes:
            corpus = make_corpus(args.source, count, work / f"n{count}")
            seconds, rss = run_once(2, corpus, work / "out")
            rows.append((count, seconds, rss))
            print(f"| {count} | {seconds:.1f} | {count / seconds:.3f} | {rss:.0f} |", flush=True)
        (n0, t0, m0), (n1, t1, m1) = rows[0], rows[-1]
        print(f"time ratio {t1 / t0:.2f} for {n1 / n0:.0f}× the documents ({(t1 - t0) / (n1 - n0):.2f} s per extra document); "
              f"peak RSS ratio {m1 / m0:.2f} (target: flat)")


if __name__ == "__main__":
    main()
