"""Killed mid-way: a large import or a sign-off that dies leaves all of its change or none.

Each process runs the real command line and is killed with SIGKILL at an instrumented point
or after a delay; the database is then reopened and checked by SQLite and by its contents.
"""

import pytest

from centredesk.storage.backup import backups_in
from centredesk.storage.integrity import file_problems
from tests.safety.conftest import integrity, run_under_harness, scalar

# A killed process and SQLite's journal: the server keeps its own crash safety.
pytestmark = pytest.mark.sqlite_only

MONTH = "2026-10"
TOTAL = "SELECT sum(count) FROM workload_entries"
IMPORTS = "SELECT count(*) FROM audit_log WHERE action = 'import workload'"


def _file_total(path) -> int:
    lines = path.read_text().splitlines()[1:]
    return sum(int(line.rsplit(",", 1)[1]) for line in lines)


def _assert_all_or_nothing(db, before: tuple[int, int], after: int) -> bool:
    """The database is sound and holds the whole import or none of it; True when whole.

    `before` is the services and import entries of the audit log before the import.
    """
    assert integrity(db) == "ok"
    total, imports = scalar(db, TOTAL), scalar(db, IMPORTS)
    services, logged = before
    assert (total, imports) in {before, (after, logged + 1)}, f"partial import: {total}"
    for copy in backups_in(db.parent / "backups", db.stem):
        assert file_problems(copy.path) == [], f"{copy.path.name} is not a sound backup"
    return total == after


@pytest.mark.parametrize(
    ("point", "argument"),
    [
        ("backup", ""),
        ("after", "INSERT INTO workload_entries"),
        ("commit", "INSERT INTO workload_entries"),
        ("committed", "INSERT INTO workload_entries"),
    ],
)
def test_an_import_killed_at_any_step_leaves_all_of_it_or_none(
    demo_db, large_workload, point, argument
):
    before, after = (scalar(demo_db, TOTAL), scalar(demo_db, IMPORTS)), _file_total(large_workload)

    outcome = run_under_harness(demo_db, point, argument, "import", "workload", large_workload)

    assert outcome.killed, f"the process was not killed: {outcome.err}"
    whole = _assert_all_or_nothing(demo_db, before, after)
    assert whole == (point == "committed")


def test_an_import_killed_after_a_delay_leaves_all_of_it_or_none(demo_db, large_workload):
    before, after = (scalar(demo_db, TOTAL), scalar(demo_db, IMPORTS)), _file_total(large_workload)
    results = []

    for delay in (0.4, 2.0):
        outcome = run_under_harness(
            demo_db, "never", "", "import", "workload", large_workload, after=delay
        )
        results.append(_assert_all_or_nothing(demo_db, before, after))
        if not outcome.killed:
            break

    assert results[0] is False, "killed that early, nothing may have been imported"


@pytest.fixture
def reviewed_month(demo_cli):
    demo_cli.ok("pay", MONTH, "--value", "4.5")
    demo_cli.ok("reviewed", MONTH)
    return demo_cli.db


@pytest.mark.parametrize(
    ("point", "argument"),
    [
        ("backup", ""),
        ("after", "INSERT INTO review_rows"),
        ("commit", "INSERT INTO review_rows"),
        ("committed", "INSERT INTO review_rows"),
    ],
)
def test_a_sign_off_killed_at_any_step_is_signed_whole_or_not_at_all(
    reviewed_month, point, argument
):
    db = reviewed_month

    outcome = run_under_harness(db, point, argument, "close", MONTH, user="director")

    assert outcome.killed, f"the process was not killed: {outcome.err}"
    assert integrity(db) == "ok"
    status = scalar(db, "SELECT status FROM months WHERE month = ?", MONTH)
    rows = scalar(db, "SELECT count(*) FROM review_rows WHERE month = ?", MONTH)
    signed = scalar(db, "SELECT count(*) FROM audit_log WHERE action = 'month signed'")
    assert integrity(db) == "ok"
    if point == "committed":
        assert (status, rows > 20, signed) == ("signed", True, 1)
    else:
        assert (status, rows, signed) == ("reviewed", 0, 0)
