"""Backups and restores through the command line, as an administrator or a script uses them."""

import sqlite3
from contextlib import closing
from datetime import datetime, timedelta

import pytest
from sqlalchemy import create_engine, text

from centredesk.model.months import Month
from centredesk.services.review import review
from centredesk.storage.backup import backup_name, backups_in
from centredesk.storage.database import open_database
from centredesk.storage.integrity import file_problems
from centredesk.storage.locations import sqlite_url
from centredesk.storage.migrations_runner import upgrade
from tests.conftest import DEMO_UNTIL
from tests.services.factories import signed_in

# Backups and restores are of SQLite files; a server is backed up with its own tools.
pytestmark = pytest.mark.sqlite_only

MONTH = "2026-10"


def _dump(db) -> list[str]:
    with closing(sqlite3.connect(db)) as connection:
        return list(connection.iterdump())


def _copies(db) -> list:
    return backups_in(db.parent / "backups", db.stem)


def test_a_backup_goes_beside_the_database_and_to_the_second_folder(golden_cli, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    golden_cli.ok("settings", "set", "backup_folder", str(usb / "CentreDesk"))

    out = golden_cli.ok("backup")

    [primary] = [copy for copy in _copies(golden_cli.db) if copy.reason == "manual"]
    second = backups_in(usb / "CentreDesk", golden_cli.db.stem)
    assert f"backup written to {primary.path}" in out
    assert [copy.path.name for copy in second] == [primary.path.name]
    assert file_problems(primary.path) == [] and file_problems(second[0].path) == []


def test_a_missing_usb_stick_is_a_warning_and_the_first_copy_is_still_made(golden_cli, tmp_path):
    golden_cli.ok("settings", "set", "backup_folder", str(tmp_path / "unplugged" / "CentreDesk"))
    copies = len(_copies(golden_cli.db))

    code, out, err = golden_cli("backup")

    assert code == 0 and "backup written to" in out
    assert "is not there (is the USB stick plugged in?)" in err
    assert len(_copies(golden_cli.db)) == copies + 1
    assert not (tmp_path / "unplugged").exists(), "nothing is created where the stick belongs"


def test_backup_to_a_file_writes_exactly_there_but_never_over_the_database(golden_cli, tmp_path):
    target = tmp_path / "elsewhere" / "copy.db"

    golden_cli.ok("backup", "--to", target)
    code, _, err = golden_cli("backup", "--to", golden_cli.db)

    assert file_problems(target) == []
    assert _dump(target) == _dump(golden_cli.db)
    assert code == 2 and "is the database itself" in err


def test_an_import_and_a_sign_off_are_each_preceded_by_a_backup(demo_cli, golden_dir):
    demo_cli.ok("pay", MONTH, "--value", "4.5")
    demo_cli.ok("reviewed", MONTH)
    demo_cli.as_user("director").ok("close", MONTH)
    code, _, _ = demo_cli("import", "quality", golden_dir / "quality.csv")

    copies = {copy.reason: copy.path for copy in _copies(demo_cli.db)}

    assert code == 2, "the golden staff are not the demo's: refused, yet backed up first"
    assert sorted(copies) == ["import", "signoff"]
    signed_copy = copies["signoff"]
    with closing(sqlite3.connect(signed_copy)) as connection:
        status = connection.execute("SELECT status FROM months WHERE month = ?", (MONTH,))
        assert status.fetchone() == ("reviewed",), "the copy holds the month as it was"


def test_old_copies_are_thinned_when_a_new_one_is_written(golden_cli):
    folder = golden_cli.db.parent / "backups"
    now = datetime.now().replace(microsecond=0)
    for days in range(1, 120):
        made = now - timedelta(days=days)
        (folder / backup_name(golden_cli.db.stem, made, "timed")).write_bytes(b"")
    (folder / "notes.txt").write_text("not a backup")

    golden_cli.ok("backup")

    stamps = [copy.made for copy in _copies(golden_cli.db)]
    assert 20 <= len(stamps) < 40
    assert min(stamps) <= now - timedelta(days=90), "a monthly copy reaches back"
    assert (folder / "notes.txt").exists(), "files CentreDesk did not name are left alone"


def _demo_months() -> list[Month]:
    months = [Month.parse("2024-12")]
    while months[-1] != Month.parse(DEMO_UNTIL):
        months.append(months[-1].next())
    return months


def _reviews(db) -> dict[str, list]:
    """Every month's review as `review --json` gives it, read through one connection."""
    database = open_database(sqlite_url(db))
    try:
        ctx = signed_in(database, "admin")
        return {str(m): [row.to_json() for row in review(ctx, m).rows] for m in _demo_months()}
    finally:
        database.close()


def _one_row_a_month(workload, path):
    """The first entry of each month of a workload file, so that every month changes."""
    header, *rows = workload.read_text().splitlines()
    firsts = {row[:7]: row for row in reversed(rows)}
    path.write_text("\n".join([header, *firsts.values()]) + "\n")
    return path


def test_backup_change_restore_gives_back_exactly_the_earlier_review_of_every_month(
    demo_cli, large_workload, tmp_path
):
    demo_cli.ok("pay", MONTH, "--value", "4.5")
    demo_cli.ok("reviewed", MONTH)
    demo_cli.as_user("director").ok("close", MONTH)
    earlier = _reviews(demo_cli.db)
    backup = tmp_path / "before.db"
    demo_cli.ok("backup", "--to", backup)

    demo_cli.as_user("director").ok("reopen", MONTH, "--reason", "a late correction")
    demo_cli.ok("import", "workload", _one_row_a_month(large_workload, tmp_path / "change.csv"))
    demo_cli.ok("pay", "2026-11", "--value", "5.1")
    changed = _reviews(demo_cli.db)
    out = demo_cli.ok("restore", backup)

    assert all(changed[month] != earlier[month] for month in earlier)
    assert _reviews(demo_cli.db) == earlier
    [kept] = [copy for copy in _copies(demo_cli.db) if copy.reason == "restore"]
    assert f"kept in {kept.path}" in out
    assert "database restored" in demo_cli.ok("audit")


def _with_revision(path, revision: str | None) -> None:
    engine = create_engine(sqlite_url(path))
    upgrade(engine, "0001")
    with engine.begin() as connection:
        if revision is None:
            connection.execute(text("DROP TABLE alembic_version"))
        else:
            connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    engine.dispose()


def _damaged(path, golden_cli) -> None:
    golden_cli.ok("backup", "--to", path)
    data = bytearray(path.read_bytes())
    data[5000:9000] = b"\xff" * 4000
    path.write_bytes(bytes(data))


BAD_BACKUPS = {
    "random bytes": (lambda path, cli: path.write_bytes(b"\x00\x01garbage" * 300), "not a SQLite"),
    "half a file": (
        lambda path, cli: (
            cli.ok("backup", "--to", path),
            path.write_bytes(path.read_bytes()[:9000]),
        ),
        "cannot be restored",
    ),
    "damaged pages": (_damaged, "damaged"),
    "newer schema": (lambda path, cli: _with_revision(path, "9999_future"), "newer CentreDesk"),
    "another program's": (lambda path, cli: _with_revision(path, None), "no schema version"),
}


@pytest.mark.parametrize("kind", sorted(BAD_BACKUPS))
def test_a_backup_that_fails_its_checks_is_refused_and_nothing_changes(golden_cli, tmp_path, kind):
    make, reason = BAD_BACKUPS[kind]
    bad = tmp_path / "bad.db"
    make(bad, golden_cli)
    before, copies = _dump(golden_cli.db), _copies(golden_cli.db)

    code, _, err = golden_cli("restore", bad)

    assert code == 2 and reason in err and "Nothing was changed" in err
    assert _dump(golden_cli.db) == before
    assert _copies(golden_cli.db) == copies


def test_a_backup_of_an_older_schema_is_brought_up_to_date_as_it_is_restored(golden_cli, tmp_path):
    old = tmp_path / "old.db"
    _with_revision(old, "0001")

    golden_cli.ok("restore", old)

    assert golden_cli.ok("settings", "get", "backup_folder") == "\n"
    assert file_problems(golden_cli.db) == []
