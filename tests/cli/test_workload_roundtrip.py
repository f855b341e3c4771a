"""A month exported from the workload screen, imported by the command line: nothing changes."""

from centredesk.model.months import Month
from centredesk.services.workload_month import export_month_wide
from centredesk.storage.database import open_database
from tests.databases import dump, url_of
from tests.services.factories import signed_in


def _dump(db) -> list[str]:
    return dump(db, leave_out=("audit_log",))


def test_a_wide_export_imported_by_the_command_line_changes_nothing(demo_cli, demo_db, tmp_path):
    path = tmp_path / "十月.xlsx"
    database = open_database(url_of(demo_db))
    rows = export_month_wide(signed_in(database, "admin"), Month(2026, 10), path)
    database.close()
    demo_cli.ok("reviewed", "2026-10")
    before = _dump(demo_db)

    out = demo_cli.ok("import", "workload", path)

    assert f"imported {rows} workload rows" in out
    assert "0 added, 0 replaced, 0 removed" in out
    assert _dump(demo_db) == before, "entries, ids and the month's status all as they were"
