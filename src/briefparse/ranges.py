"""Character ranges of a text, asked whether one of them holds an offset."""

from __future__ import annotations

from bisect import bisect_right


class Ranges:
    """Character ranges (they may overlap), answering "does one of them hold this offset?" by bisection."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.reach: list[int] = []  # the farthest end among the ranges that start at or before each start
        for start, end in sorted(ranges):
            self.starts.append(start)
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def holds(self, offset: int) -> bool:
        index = bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.reach[index]
