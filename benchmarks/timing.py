"""Shared timing helper for the benchmark scripts."""
from __future__ import annotations

import time
from collections.abc import Callable


def best_time(run: Callable[[], object], repeat: int) -> float:
    """Best wall-clock time of ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)
