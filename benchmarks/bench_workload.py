"""Workload entry on the benchmark centre (100 doctors, 40 items, 10 years, ~3 M entries).

- Importing a wide .xlsx of one month for 100 doctors × 40 items (~75,000 entries) through
  the import service, against calamine's read of the same file plus a raw sqlite3
  `executemany` of the same rows (with the staff-number and item-code lookups it needs).
- Opening one doctor's month grid with the month in hand (what switching doctors costs),
  against a raw indexed sqlite3 query of that doctor-month's entries.
- Opening a month: its set-up (items, values per day, staff, lines) and the first grid,
  against a raw indexed query of all of the month's entries.
- A day's grid (every doctor, with each one's month to date), against the raw indexed month
  aggregate plus the day's entries.

Each side runs in turns, best of several runs, on a private copy of the centre's database.
Run: `uv run python -m benchmarks.bench_workload [--quick]`.
"""

import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from python_calamine import CalamineWorkbook

from benchmarks.data import Centre, build
from benchmarks.harness import Result, table
from centredesk.files.writers import write_xlsx
from centredesk.model.months import Month
from centredesk.services import workload
from centredesk.services.context import Actor, Context
from centredesk.services.imports import import_file
from centredesk.storage.database import open_database
from centredesk.storage.locations import sqlite_url

IMPORT_MONTH = Month(2026, 12)  # in the last policy year, and empty: the import adds it all
ITEMS_PER_ROW = 25  # 100 doctors × 30 days × 25 items = 75,000 entries
DOCTOR = "B012"  # in every benchmark centre, the quick one of 20 doctors too


def scenarios(centre: Centre, quick: bool) -> list[Result]:
    """The workload scenarios against their floors, on a copy of the centre's database."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "centre.db"
        shutil.copyfile(centre.path, path)
        database = open_database(sqlite_url(path))
        ctx = Context(database, Actor("benchmark", "administrator"))
        repeat = 3 if quick else 7
        try:
            return [
                _import(ctx, path, Path(folder), centre, 2 if quick else 4),
                _doctor_grid(ctx, path, centre, repeat * 5),
                _month_open(ctx, path, centre, repeat),
                _day_grid(ctx, path, centre, repeat),
            ]
        finally:
            database.close()


# --- importing a month -----------------------------------------------------------------


def _import(ctx: Context, path: Path, folder: Path, centre: Centre, repeat: int) -> Result:
    file = _wide_file(folder / "month.xlsx", centre)
    staff_ids, item_ids = _ids(path)

    def ours() -> None:
        import_file(ctx, "workload", file)

    def floor() -> None:
        values = CalamineWorkbook.from_path(str(file)).get_sheet_by_index(0).to_python()
        header = values[0]
        rows = [
            (str(row[0]), staff_ids[row[1]], item_ids[header[n]], int(cell))
            for row in values[1:]
            for n, cell in enumerate(row[3:], start=3)
            if cell != ""
        ]
        with sqlite3.connect(path) as connection:
            connection.executemany(
                "INSERT INTO workload_entries (day, staff_id, item_id, count) VALUES (?, ?, ?, ?)",
                rows,
            )

    mine, base = _interleaved(ours, floor, repeat, between=lambda: _empty_month(path))
    entries = _month_entries(file)
    note = f"{entries:,} entries in {file.stat().st_size / 1e6:.1f} MB; best of {repeat}"
    return Result("workload: import a month's wide .xlsx", mine, base, 5.0, note)


def _wide_file(file: Path, centre: Centre) -> Path:
    """100 doctors × every day of the month, 25 of the 40 items filled on each row."""
    rng = random.Random(11)
    codes = [f"I{n:02d}" for n in range(1, centre.items + 1)]
    rows = []
    for day in IMPORT_MONTH.days():
        for doctor in range(1, centre.doctors + 1):
            filled = set(rng.sample(codes, ITEMS_PER_ROW))
            counts = [rng.randint(1, 40) if code in filled else None for code in codes]
            rows.append([day, f"B{doctor:03d}", f"医生{doctor:03d}", *counts])
    write_xlsx(file, ["date", "staff_no", "name", *codes], rows, sheet_title="workload")
    return file


def _month_entries(file: Path) -> int:
    values = CalamineWorkbook.from_path(str(file)).get_sheet_by_index(0).to_python()
    return sum(1 for row in values[1:] for cell in row[3:] if cell != "")


def _ids(path: Path) -> tuple[dict[str, int], dict[str, int]]:
    with sqlite3.connect(path) as connection:
        staff = dict(connection.execute("SELECT staff_no, id FROM staff"))
        items = dict(connection.execute("SELECT code, id FROM items"))
    return staff, items


def _empty_month(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute(
            "DELETE FROM workload_entries WHERE day BETWEEN ? AND ?",
            (IMPORT_MONTH.first_day.isoformat(), IMPORT_MONTH.last_day.isoformat()),
        )


# --- reading grids -----------------------------------------------------------------------


def _doctor_grid(ctx: Context, path: Path, centre: Centre, repeat: int) -> Result:
    setup = workload.month_setup(ctx, centre.last)
    staff_id = setup.staff_member(DOCTOR).id
    connection = sqlite3.connect(path)
    first, last = centre.last.first_day.isoformat(), centre.last.last_day.isoformat()

    def floor() -> list:
        return connection.execute(
            "SELECT day, item_id, count FROM workload_entries "
            "WHERE staff_id = ? AND day BETWEEN ? AND ?",
            (staff_id, first, last),
        ).fetchall()

    rows = len(floor())
    mine, base = _interleaved(lambda: workload.month_grid(ctx, setup, DOCTOR), floor, repeat)
    connection.close()
    note = f"{rows} entries of {DOCTOR} in {centre.last}, {centre.entries:,} in all"
    return Result("workload: a doctor's month grid", mine, base, 5.0, note)


def _month_open(ctx: Context, path: Path, centre: Centre, repeat: int) -> Result:
    connection = sqlite3.connect(path)
    first, last = centre.last.first_day.isoformat(), centre.last.last_day.isoformat()

    def ours() -> None:
        setup = workload.month_setup(ctx, centre.last)
        workload.month_grid(ctx, setup, DOCTOR)

    def floor() -> list:
        return connection.execute(
            "SELECT staff_id, day, item_id, count FROM workload_entries WHERE day BETWEEN ? AND ?",
            (first, last),
        ).fetchall()

    rows = len(floor())
    mine, base = _interleaved(ours, floor, repeat)
    connection.close()
    note = f"set-up and first grid of {centre.last}; the floor reads its {rows:,} entries"
    return Result("workload: open a month (set-up + grid)", mine, base, 5.0, note)


def _day_grid(ctx: Context, path: Path, centre: Centre, repeat: int) -> Result:
    setup = workload.month_setup(ctx, centre.last)
    day = centre.last.last_day
    connection = sqlite3.connect(path)
    first, last = centre.last.first_day.isoformat(), centre.last.last_day.isoformat()

    def floor() -> None:
        connection.execute(
            "SELECT staff_id, item_id, sum(count) FROM workload_entries "
            "WHERE day BETWEEN ? AND ? GROUP BY staff_id, item_id",
            (first, last),
        ).fetchall()
        connection.execute(
            "SELECT staff_id, item_id, count FROM workload_entries WHERE day = ?",
            (day.isoformat(),),
        ).fetchall()

    mine, base = _interleaved(lambda: workload.day_grid(ctx, setup, day), floor, repeat)
    connection.close()
    note = f"{centre.doctors} doctors on {day}, each with the month to date"
    return Result("workload: a day's grid", mine, base, 5.0, note)


# --- timing ------------------------------------------------------------------------------


def _interleaved(
    ours: Callable[[], object],
    floor: Callable[[], object],
    repeat: int,
    between: Callable[[], object] = lambda: None,
) -> tuple[float, float]:
    """The best of `repeat` wall-clock runs of each, in turns; `between` resets untimed."""
    mine, base = [], []
    for _ in range(repeat):
        for function, times in ((floor, base), (ours, mine)):
            between()
            started = time.perf_counter()
            function()
            times.append(time.perf_counter() - started)
    between()
    return min(mine), min(base)


if __name__ == "__main__":
    quick = "--quick" in sys.argv
    centre = build(doctors=40, years=2) if quick else build()
    print(table(scenarios(centre, quick)))
