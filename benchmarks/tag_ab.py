"""Benchmark: this checkout's tag stage against another checkout's (an earlier commit's), as whole processes.

On a shared machine the stock process of ``benchmarks/tag.py`` moves by a second between runs, and with it the ratio;
timing two codes' tag stages against each other, alternately, tells a regression from that noise. Each checkout runs
``python -m pipeline tag`` on its own rows; the medians of the paired runs are printed, wall-clock and CPU.

Run: git worktree add /tmp/before COMMIT; python benchmarks/tag_ab.py /tmp/before [--repeat N]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tag import ROWS, _run  # noqa: E402  (this folder's benchmark: one way to time a whole process)

HERE = Path(__file__).resolve().parent.parent


def tag_command(checkout: Path, out: Path) -> list[str]:
    return ["sh", "-c", f'cd "{checkout}" && "{sys.executable}" -m pipeline tag {ROWS} --mentions "{out}/m.parquet" --entities "{out}/e.parquet"']


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("other", type=Path, help="the other checkout (a git worktree of an earlier commit)")
    parser.add_argument("--repeat", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pairs = [(_run(tag_command(args.other.resolve(), Path(tmp))), _run(tag_command(HERE, Path(tmp)))) for _ in range(args.repeat)]
    for name, k in (("other", 0), ("this ", 1)):
        wall = statistics.median(p[k][0] for p in pairs)
        cpu = statistics.median(p[k][1] for p in pairs)
        print(f"{name} checkout: wall {wall:.2f}s, CPU {cpu:.2f}s")


if __name__ == "__main__":
    main()
