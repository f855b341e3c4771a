"""Timing helpers and the result table: our time, the floor, their ratio, the target."""

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """One scenario's measurement against its floor."""

    scenario: str
    ours: float
    floor: float
    target: float
    note: str = ""
    unit: str = "s"
    """What ours and floor count: "s" (seconds) or "bytes"."""

    @property
    def ratio(self) -> float:
        return self.ours / self.floor if self.floor > 0 else float("inf")

    def passed(self, slack: float = 1.0) -> bool:
        """Within target; CI allows `slack` (1.5: a ratio may exceed its target by half)."""
        return self.ratio <= self.target * slack


def best_of(function: Callable[[], object], repeat: int = 5) -> float:
    """The fastest of `repeat` runs in seconds: the least disturbed by a noisy machine."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def median_of(function: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def table(results: list[Result], slack: float = 1.0) -> str:
    header = ("scenario", "ours", "floor", "ratio", "target", "result")
    rows = [
        (
            r.scenario,
            _amount(r.ours, r.unit),
            _amount(r.floor, r.unit),
            f"{r.ratio:.2f}×",
            f"≤ {r.target:g}×",
            "pass" if r.passed(slack) else "FAIL",
        )
        for r in results
    ]
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(str(cell).ljust(widths[i]) for i, cell in enumerate(row)).rstrip()
        for row in [header, *rows]
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    notes = [f"  {r.scenario}: {r.note}" for r in results if r.note]
    return "\n".join(lines + (["", "notes:", *notes] if notes else []))


def _amount(value: float, unit: str) -> str:
    if unit == "bytes":
        return f"{value / 2**20:.1f} MiB"
    return _time(value)


def _time(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    return f"{seconds * 1000:.1f} ms"
