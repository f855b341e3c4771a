"""The integrity report: a sound database has no findings; damage done underneath is named."""

import pytest

from centredesk.services.integrity import ORPHAN, REFERENCE, SIGNED_MONTH, integrity_report
from centredesk.storage.database import open_database
from tests.databases import execute, url_of
from tests.services.factories import signed_in

MONTH = "2026-10"


def _sql(db, *statements: str) -> None:
    """Change the data behind CentreDesk's back, as another tool or a bad disk would (on
    SQLite without enforcing foreign keys, which only CentreDesk's own connections turn on)."""
    for statement in statements:
        execute(db, statement)


def _report(db, user: str = "admin"):
    database = open_database(url_of(db))
    try:
        return integrity_report(signed_in(database, user))
    finally:
        database.close()


@pytest.fixture
def signed_demo(demo_cli):
    demo_cli.ok("pay", MONTH, "--value", "4.5")
    demo_cli.ok("reviewed", MONTH)
    demo_cli.as_user("director").ok("close", MONTH)
    return demo_cli


def test_a_sound_database_with_a_signed_month_has_no_findings(signed_demo):
    assert _report(signed_demo.db) == []
    assert "no findings" in signed_demo.ok("check")


def test_workload_changed_underneath_a_signed_month_is_found_and_named(signed_demo):
    _sql(
        signed_demo.db,
        "UPDATE workload_entries SET count = count + 50 WHERE day = '2026-10-12' AND staff_id = "
        "(SELECT id FROM staff WHERE staff_no = 'D004')",
    )

    findings = _report(signed_demo.db, "director")
    code, out, err = signed_demo("check")

    assert [(f.kind, f.subject) for f in findings] == [(SIGNED_MONTH, f"{MONTH} D004")]
    assert "equivalents signed" in findings[0].message
    assert code == 2 and f"{MONTH} D004: differs from a recomputation" in out
    assert "1 findings" in err


def test_a_renamed_doctor_does_not_make_a_signed_month_look_changed(signed_demo):
    _sql(signed_demo.db, "UPDATE staff SET name = '改名了' WHERE staff_no = 'D004'")

    assert _report(signed_demo.db) == []


# A server enforces foreign keys on every connection: a row referring to nothing cannot be made.
@pytest.mark.sqlite_only
def test_broken_references_and_orphans_are_found(demo_db):
    _sql(
        demo_db,
        "INSERT INTO workload_entries (day, staff_id, item_id, count) "
        "VALUES ('2026-10-12', 999, 1, 3)",
        "INSERT INTO months (month, status) VALUES ('2026-09', 'open')",
        "INSERT INTO review_rows (month, staff_no, record) VALUES ('2026-09', 'D004', '{}')",
        "DELETE FROM item_values WHERE item_id = (SELECT id FROM items WHERE code = 'PPV')",
    )

    findings = _report(demo_db)

    messages = {(f.kind, f.subject): f.message for f in findings}
    [reference] = [f for f in findings if f.kind == REFERENCE]
    assert reference.subject.startswith("workload_entries row ")
    assert reference.message == "refers to a row of staff that does not exist"
    assert messages[(ORPHAN, "2026-09")] == "has stored review rows but is not signed"
    assert messages[(ORPHAN, "item PPV")] == "has no equivalents"


def test_a_doctor_may_not_run_the_report(demo_db):
    from centredesk.services.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        _report(demo_db, "D004")
