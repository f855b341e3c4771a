"""The benchmark suite: `uv run python -m benchmarks [--quick] [--only TEXT] [--data DIR]`.

Builds the benchmark centre (or reuses it from benchmarks/data/), runs every scenario of
issue 11 against its floor in the same run, prints the table and exits 1 when a scenario
misses its target. --quick runs the same ratios on a small centre (20 doctors, 3 years) in
a temporary folder, with fewer repeats and rows, and fails only when a ratio exceeds its
target by more than half (noise on a shared CI machine must not fail a build).
"""

import argparse
import dataclasses
import json
import os
import platform
import sys
import tempfile
import time
import traceback
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import (  # noqa: E402 - the Qt platform is chosen before Qt loads
    bench_bulk,
    bench_memory,
    bench_models,
    bench_review,
    bench_slips,
    bench_startup,
    bench_workload,
)
from benchmarks.data import DATA, build  # noqa: E402
from benchmarks.harness import Result, table  # noqa: E402

QUICK_SLACK = 1.5
SUITES = {
    "start-up": bench_startup,
    "review": bench_review,
    "workload": bench_workload,
    "slips": bench_slips,
    "models": bench_models,
    "bulk": bench_bulk,
    "memory": bench_memory,
}


def machine() -> str:
    """The header line: when, on what, with which Python and Qt."""
    import PySide6
    from PySide6.QtCore import qVersion

    return (
        f"{datetime.now():%Y-%m-%d %H:%M}; {platform.platform()}, {os.cpu_count()} CPUs; "
        f"Python {platform.python_version()}; Qt {qVersion()} (PySide6 {PySide6.__version__})"
    )


def run(quick: bool, only: str = "", folder: Path | None = None) -> tuple[list[Result], bool]:
    """Every chosen scenario's results, and whether all ran (an error is a failure)."""
    if quick:
        centre = build(doctors=20, years=3, folder=folder or DATA)
    else:
        centre = build(folder=folder or DATA)
    print(
        f"centre: {centre.doctors} doctors, {centre.items} items, {centre.first} to "
        f"{centre.last}, {centre.entries:,} entries",
        flush=True,
    )
    results, whole = [], True
    for name, suite in SUITES.items():
        if only and only not in name:
            continue
        started = time.perf_counter()
        try:
            found = suite.scenarios(centre, quick)
        except Exception:
            traceback.print_exc()
            whole = False
            continue
        print(f"{name}: {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
        results += found
    return results, whole


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small data, slack 1.5")
    parser.add_argument("--only", default="", help="run only suites whose name has this")
    parser.add_argument("--data", type=Path, help="folder of the built centres")
    parser.add_argument("--results", type=Path, help="also write the results here as JSON")
    arguments = parser.parse_args(argv)
    slack = QUICK_SLACK if arguments.quick else 1.0
    header = machine()
    if arguments.quick and arguments.data is None:
        with tempfile.TemporaryDirectory() as folder:
            results, whole = run(True, arguments.only, Path(folder))
    else:
        results, whole = run(arguments.quick, arguments.only, arguments.data)
    mode = f"quick (fails above target × {slack:g})" if arguments.quick else "full"
    print(f"\n{header}; {mode}\n")
    print(table(results, slack))
    if arguments.results:
        rows = [{**dataclasses.asdict(result), "ratio": result.ratio} for result in results]
        document = {"machine": header, "slack": slack, "complete": whole, "results": rows}
        arguments.results.write_text(json.dumps(document, indent=1), encoding="utf-8")
    failed = [result.scenario for result in results if not result.passed(slack)]
    if failed or not whole:
        print(f"\nFAILED: {', '.join(failed) or 'a scenario did not run'}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
