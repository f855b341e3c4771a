"""Bulk writes (storage.bulk) against raw sqlite3 executemany of the same rows and statement.

A month of new workload entries for every doctor (100 doctors × 30 days × 25 items, ~75,000
rows) is written by `upsert` in one transaction of the program's database, on a private copy
of the benchmark centre; the floor writes the same rows with the same INSERT … ON CONFLICT
DO UPDATE through sqlite3's executemany and commits. Then the same rows are deleted by
`delete_where` and by a raw executemany of the same DELETE. Between runs the month is emptied,
untimed. Wall time (SQLite waits on the disk at commit on both sides), best of several runs
in turns.
"""

import random
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.data import Centre
from benchmarks.harness import Result
from centredesk.model.months import Month
from centredesk.storage import tables as t
from centredesk.storage.bulk import delete_where, upsert
from centredesk.storage.database import open_database
from centredesk.storage.locations import sqlite_url

MONTH = Month(2026, 12)  # empty in the benchmark centre
KEY = ("staff_id", "day", "item_id")
_UPSERT = (
    "INSERT INTO workload_entries (day, staff_id, item_id, count) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (staff_id, day, item_id) DO UPDATE SET count = excluded.count"
)
_DELETE = "DELETE FROM workload_entries WHERE staff_id = ? AND day = ? AND item_id = ?"


def _rows(centre: Centre) -> list[dict]:
    rng = random.Random(5)
    return [
        {"day": day, "staff_id": doctor, "item_id": item, "count": rng.randint(1, 40)}
        for day in MONTH.days()
        for doctor in range(1, centre.doctors + 1)
        for item in rng.sample(range(1, centre.items + 1), 25)
    ]


def scenarios(centre: Centre, quick: bool) -> list[Result]:
    repeat = 3 if quick else 5
    rows = _rows(centre)
    raw_rows = [(r["day"].isoformat(), r["staff_id"], r["item_id"], r["count"]) for r in rows]
    raw_keys = [(r["staff_id"], r["day"].isoformat(), r["item_id"]) for r in rows]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "centre.db"
        shutil.copyfile(centre.path, path)
        database = open_database(sqlite_url(path))
        connection = sqlite3.connect(path, isolation_level=None)
        connection.execute("PRAGMA synchronous=FULL")  # as the program's connections have it
        table = t.WorkloadEntry.__table__

        def ours_write() -> None:
            with database.transaction() as session:
                upsert(session, table, rows, KEY, ["count"])

        def raw_write() -> None:
            connection.execute("BEGIN")
            connection.executemany(_UPSERT, raw_rows)
            connection.execute("COMMIT")

        def ours_delete() -> None:
            with database.transaction() as session:
                delete_where(session, table, rows, KEY)

        def raw_delete() -> None:
            connection.execute("BEGIN")
            connection.executemany(_DELETE, raw_keys)
            connection.execute("COMMIT")

        def empty() -> None:
            connection.execute("DELETE FROM workload_entries WHERE day >= ?", ("2026-12-01",))

        def refill() -> None:
            empty()
            raw_write()

        try:
            write = _in_turns(ours_write, raw_write, repeat, before=empty)
            erase = _in_turns(ours_delete, raw_delete, repeat, before=refill)
        finally:
            empty()
            connection.close()
            database.close()
    note = f"{len(rows):,} new entries of {MONTH} into {centre.entries:,}, one transaction"
    return [
        Result("bulk writes: upsert", *write, 4.0, note),
        Result("bulk writes: delete_where", *erase, 4.0, "the same rows, by their key"),
    ]


def _in_turns(
    ours: Callable[[], None], floor: Callable[[], None], repeat: int, before: Callable[[], None]
) -> tuple[float, float]:
    best_ours = best_floor = float("inf")
    for _ in range(repeat):
        for function, which in ((floor, "floor"), (ours, "ours")):
            before()
            started = time.perf_counter()
            function()
            spent = time.perf_counter() - started
            if which == "ours":
                best_ours = min(best_ours, spent)
            else:
                best_floor = min(best_floor, spent)
    before()
    return best_ours, best_floor


if __name__ == "__main__":
    import sys

    from benchmarks.data import build
    from benchmarks.harness import table

    print(table(scenarios(build(), quick="--quick" in sys.argv)))
