"""A full disk, simulated: the command ends with one plain line and the database is unchanged.

SQLite's `PRAGMA max_page_count` makes the database file full to SQLite itself; an OSError
injected into the backup's write path stands in for the operating system's "no space".
"""

import errno
import sqlite3
from contextlib import closing
from datetime import date, timedelta

import pytest

from centredesk.storage import backup, database

# SQLite's file filling up (max_page_count, a write's OSError), not a server's disk.
pytestmark = pytest.mark.sqlite_only

MONTH = "2026-10"


def _dump(db) -> list[str]:
    with closing(sqlite3.connect(db)) as connection:
        return list(connection.iterdump())


def _page_count(db) -> int:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute("PRAGMA page_count").fetchone()[0]


def _limit_pages(monkeypatch, pages: int) -> None:
    """Every new connection of CentreDesk's engines may grow the file to `pages` at most."""
    original = database._sqlite_pragmas

    def limited(connection, record) -> None:
        original(connection, record)
        connection.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(database, "_sqlite_pragmas", limited)


@pytest.fixture
def whole_year_file(tmp_path):
    """A workload file of new entries for every day of 2025: more than the limit allows."""
    path = tmp_path / "year.csv"
    days = [date(2025, 1, 1) + timedelta(days=n) for n in range(365)]
    lines = [f"{day},G01,{item},3" for day in days for item in ("GPV", "PPV", "PNC")]
    path.write_text("date,staff_no,item_code,count\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_import_onto_a_full_disk_is_refused_plainly_and_changes_nothing(
    golden_cli, whole_year_file, monkeypatch
):
    before = _dump(golden_cli.db)
    _limit_pages(monkeypatch, _page_count(golden_cli.db) + 4)

    code, out, err = golden_cli("import", "workload", whole_year_file)

    assert code == 2
    assert err.startswith("the disk is full:") and "nothing was changed" in err
    assert len(err.strip().splitlines()) == 1, "one plain line, no traceback"
    assert _dump(golden_cli.db) == before


def test_a_sign_off_onto_a_full_disk_is_refused_and_the_month_stays_reviewed(demo_cli, monkeypatch):
    demo_cli.ok("pay", MONTH, "--value", "4.5")
    demo_cli.ok("reviewed", MONTH)
    before = _dump(demo_cli.db)
    _limit_pages(monkeypatch, _page_count(demo_cli.db))

    code, _, err = demo_cli.as_user("director")("close", MONTH)

    assert code == 2 and "the disk is full" in err
    assert _dump(demo_cli.db) == before


def test_no_room_for_the_backup_before_an_import_refuses_the_import(
    golden_cli, golden_dir, monkeypatch
):
    def no_space(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "_sync", no_space)
    before = _dump(golden_cli.db)
    copies = sorted((golden_cli.db.parent / "backups").iterdir())

    code, _, err = golden_cli("import", "quality", golden_dir / "quality.csv")

    assert code == 2
    assert "the disk is full" in err and "backups" in err
    assert _dump(golden_cli.db) == before
    assert sorted((golden_cli.db.parent / "backups").iterdir()) == copies, "no partial copy"


def test_a_failing_write_that_is_not_a_full_disk_names_its_reason(golden_cli, monkeypatch):
    def denied(path):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(backup, "_sync", denied)

    code, _, err = golden_cli("backup")

    assert code == 2
    assert "no backup could be written" in err and "Permission denied" in err
