"""The benchmark centre: 100 doctors, 40 items, years of daily workload, made in seconds.

Rows go in with raw `executemany` after the schema is made by the program's own migrations,
so the database is exactly what the program would hold. Built files are kept in
benchmarks/data/ and reused while their parameters are the same.
"""

import random
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from centredesk.files.policy_toml import write_policy
from centredesk.model.calendar import WorkCalendar
from centredesk.model.months import Month
from centredesk.model.policy import PaySetting, Policy, PostRule, TitleRule
from centredesk.storage.database import open_database
from centredesk.storage.locations import sqlite_url

DATA = Path(__file__).resolve().parent / "data"
POSTS = ("GP", "VX", "CH", "WH", "PH")
TITLES = ("RES", "ATT", "ASC")
ITEMS_PER_DAY = 12
LAST_MONTH = Month(2026, 11)


@dataclass(frozen=True)
class Centre:
    """A built benchmark database and what it holds."""

    path: Path
    doctors: int
    items: int
    first: Month
    last: Month
    entries: int


def build(
    doctors: int = 100,
    items: int = 40,
    years: int = 10,
    last: Month = LAST_MONTH,
    seed: int = 7,
    folder: Path = DATA,
) -> Centre:
    """The benchmark centre, built once per set of parameters and kept in `folder`."""
    first = Month(last.year - years, last.month).next()
    path = Path(folder) / f"centre-{doctors}d-{items}i-{years}y-{last}.db"
    if path.exists():
        return _described(path, doctors, items, first, last)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".building")
    for stale in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        stale.unlink(missing_ok=True)
    started = time.perf_counter()
    open_database(sqlite_url(partial)).close()
    with closing(sqlite3.connect(partial)) as connection:
        _fill(connection, doctors, items, first, last, random.Random(seed))
        # Everything into the main file before it is renamed: a WAL file keeps its old name.
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    partial.rename(path)
    centre = _described(path, doctors, items, first, last)
    print(f"built {path.name}: {centre.entries:,} entries in {time.perf_counter() - started:.1f} s")
    return centre


def _described(path: Path, doctors: int, items: int, first: Month, last: Month) -> Centre:
    with closing(sqlite3.connect(path)) as connection:
        entries = connection.execute("SELECT count(*) FROM workload_entries").fetchone()[0]
    return Centre(path, doctors, items, first, last, entries)


def _fill(
    connection: sqlite3.Connection,
    doctors: int,
    items: int,
    first: Month,
    last: Month,
    rng: random.Random,
) -> None:
    connection.execute("PRAGMA synchronous=OFF")
    _policies(connection, first.year, last.year)
    _register(connection, doctors, items)
    connection.executemany(
        "INSERT INTO workload_entries (day, staff_id, item_id, count) VALUES (?, ?, ?, ?)",
        _entries(doctors, items, first, last, rng),
    )
    connection.commit()


def policy(year: int) -> Policy:
    """The benchmark's policy of a year: default rules, five posts, three titles."""
    posts = {code: PostRule(code, code, Decimal("1.0")) for code in POSTS}
    titles = {code: TitleRule(code, code, Decimal("1.0")) for code in TITLES}
    pay = {Month(year, m): PaySetting(Decimal("4.5")) for m in range(1, 13)}
    return Policy(year, posts=posts, titles=titles, pay=pay)


def _policies(connection: sqlite3.Connection, first_year: int, last_year: int) -> None:
    for year in range(first_year, last_year + 1):
        rules = policy(year)
        document = write_policy(Policy(year, posts=rules.posts, titles=rules.titles))
        connection.execute("INSERT INTO policies (year, document) VALUES (?, ?)", (year, document))
        connection.executemany(
            "INSERT INTO pay_settings (month, value_per_equivalent) VALUES (?, ?)",
            [(str(month), "4.5") for month in rules.pay],
        )


def _register(connection: sqlite3.Connection, doctors: int, items: int) -> None:
    connection.executemany(
        "INSERT INTO posts (id, code, name, mode, appraised, retired) "
        "VALUES (?, ?, ?, 'specialty', 1, 0)",
        [(i + 1, code, code) for i, code in enumerate(POSTS)],
    )
    connection.executemany(
        "INSERT INTO titles (id, code, name, retired) VALUES (?, ?, ?, 0)",
        [(i + 1, code, code) for i, code in enumerate(TITLES)],
    )
    connection.executemany(
        'INSERT INTO staff (id, staff_no, name, start, "end", basic_pay) '
        "VALUES (?, ?, ?, '2000-01-01', NULL, '5000')",
        [(n, f"B{n:03d}", f"医生{n:03d}") for n in range(1, doctors + 1)],
    )
    connection.executemany(
        "INSERT INTO assignments (staff_id, effective, post_id, title_id) VALUES (?, NULL, ?, ?)",
        [(n, n % len(POSTS) + 1, n % len(TITLES) + 1) for n in range(1, doctors + 1)],
    )
    connection.execute("INSERT INTO item_categories (id, name) VALUES (1, '基本医疗')")
    connection.executemany(
        "INSERT INTO items (id, code, name, category_id, active) VALUES (?, ?, ?, 1, 1)",
        [(n, f"I{n:02d}", f"项目{n:02d}") for n in range(1, items + 1)],
    )
    connection.executemany(
        "INSERT INTO item_values (item_id, effective, equivalents) VALUES (?, NULL, ?)",
        [(n, str(Decimal(n % 7 + 1) / 4)) for n in range(1, items + 1)],
    )


def _entries(doctors: int, items: int, first: Month, last: Month, rng: random.Random):
    calendar = WorkCalendar()
    day = first.first_day
    while day <= last.last_day:
        if calendar.is_working_day(day):
            text = day.isoformat()
            for doctor in range(1, doctors + 1):
                for item in rng.sample(range(1, items + 1), ITEMS_PER_DAY):
                    yield text, doctor, item, rng.randint(1, 30)
        day += timedelta(days=1)


def raw_month_aggregate(path: Path, month: Month) -> list[tuple]:
    """The floor of a month's review: one indexed aggregate per doctor and item in sqlite3."""
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(
            "SELECT staff_id, item_id, sum(count) FROM workload_entries "
            "WHERE day BETWEEN ? AND ? GROUP BY staff_id, item_id",
            (month.first_day.isoformat(), month.last_day.isoformat()),
        ).fetchall()


if __name__ == "__main__":
    build()
    print(date.today())
