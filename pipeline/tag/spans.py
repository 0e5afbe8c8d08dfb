"""An index of (start, end) character spans for the tagger's overlap and enclosure questions."""
from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable


class SpanIndex:
    """(start, end) spans, sorted once, asked in logarithmic time whether they overlap or enclose a
    span (a text's candidates can number thousands; comparing each with each is quadratic)."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.max_end = list(itertools.accumulate((e for _, e in ordered), max))

    def _furthest_end(self, count: int) -> int:
        """The furthest end among the first ``count`` spans by start."""
        return self.max_end[count - 1] if count else -1

    def overlaps(self, start: int, end: int) -> bool:
        return self._furthest_end(bisect.bisect_left(self.starts, end)) > start

    def encloses(self, start: int, end: int, strictly: bool = False) -> bool:
        """A span holds [start, end); ``strictly``: one that is not [start, end) itself."""
        if not strictly:
            return self._furthest_end(bisect.bisect_right(self.starts, start)) >= end
        return (self._furthest_end(bisect.bisect_right(self.starts, start)) > end
                or self._furthest_end(bisect.bisect_left(self.starts, start)) >= end)
