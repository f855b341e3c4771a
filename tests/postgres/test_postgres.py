"""The same program on a real PostgreSQL server: migrations, the golden review through the
command line, the month workflow, and two sessions writing one month at once."""

import json
import threading
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import event, select, text

from centredesk.services.backups import POSTGRESQL_ADVICE
from centredesk.services.context import Actor, Context
from centredesk.services.imports import import_file
from centredesk.storage import tables as t
from centredesk.storage.database import open_database
from centredesk.storage.migrations_runner import head_revisions
from centredesk.storage.tables import Base
from tests.conftest import GOLDEN_IMPORTS

MONTH = "2025-08"


class ServerCommandLine:
    """Runs `centredesk --database-url URL …` in this process, as district IT would."""

    def __init__(self, url: str, capsys) -> None:
        self.url = url
        self._capsys = capsys

    def __call__(self, *args) -> tuple[int, str, str]:
        from centredesk.cli import main

        code = main(["--database-url", self.url, *map(str, args)])
        captured = self._capsys.readouterr()
        return code, captured.out, captured.err

    def ok(self, *args) -> str:
        code, out, err = self(*args)
        assert code == 0, f"centredesk {' '.join(map(str, args))} exited {code}: {err}"
        return out


def test_the_migrations_build_exactly_the_declared_tables_on_the_server(empty_url):
    database = open_database(empty_url)

    with database.engine.connect() as connection:
        revisions = set(
            connection.execute(text("SELECT version_num FROM alembic_version")).scalars()
        )
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    database.close()

    assert revisions == head_revisions()
    assert differences == []


@pytest.mark.parametrize("month", ["2025-03", "2025-08"])
def test_the_golden_centre_imported_on_the_server_gives_the_golden_review(
    empty_url, capsys, golden_dir, month
):
    cli = ServerCommandLine(empty_url, capsys)
    cli.ok("policy", "import", golden_dir / "policy.toml")
    for kind, name in GOLDEN_IMPORTS:
        cli.ok("import", kind, golden_dir / name)

    actual = json.loads(cli.ok("review", month, "--json"))

    expected = json.loads((golden_dir / f"review-{month}.json").read_text(encoding="utf-8"))
    assert actual == expected


def test_a_month_is_signed_and_reopened_on_the_server(golden_url, capsys, golden_dir):
    cli = ServerCommandLine(golden_url, capsys)
    cli.ok("reviewed", "2025-03")

    signed = cli.ok("close", "2025-03")
    code, _, err = cli("import", "workload", golden_dir / "workload.csv")
    stored = json.loads(cli.ok("review", "2025-03", "--json"))
    cli.ok("reopen", "2025-03", "--reason", "a late correction")

    assert "signed off" in signed
    assert code == 2 and "2025-03 is signed" in err
    assert stored == json.loads((golden_dir / "review-2025-03.json").read_text(encoding="utf-8"))
    audit = cli.ok("audit")
    assert "month signed" in audit and "month reopened" in audit
    assert "no findings" in cli.ok("check")


def test_backup_and_restore_are_left_to_the_servers_own_tools(golden_url, capsys, tmp_path):
    cli = ServerCommandLine(golden_url, capsys)

    backup = cli("backup")
    restore = cli("restore", tmp_path / "copy.db")

    assert backup[0] == 2 and POSTGRESQL_ADVICE in backup[2]
    assert restore[0] == 2 and "pg_restore" in restore[2]


# --- two sessions at once ------------------------------------------------------------------


def _workload(path: Path, rows: list[tuple[str, str, str, int]]) -> Path:
    lines = ["date,staff_no,item_code,count", *(",".join(map(str, row)) for row in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _import_in_step(url: str, path: Path, after_write, failures: list) -> None:
    """Import `path` in a session of its own; `after_write()` runs between write and commit."""
    database = open_database(url)
    event.listen(
        database.engine,
        "after_cursor_execute",
        lambda _c, _cur, statement, *_: (
            statement.startswith("INSERT INTO workload") and after_write()
        ),
    )
    try:
        import_file(Context(database, Actor.local_administrator()), "workload", path)
    except Exception as error:  # noqa: BLE001 - reported to the test's thread
        failures.append(error)
    finally:
        database.close()


def _run_together(*targets) -> None:
    threads = [threading.Thread(target=target) for target in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads)


def _entries(url: str) -> dict[tuple[str, str, str], int]:
    database = open_database(url)
    query = (
        select(t.WorkloadEntry.day, t.Staff.staff_no, t.Item.code, t.WorkloadEntry.count)
        .join(t.Staff, t.Staff.id == t.WorkloadEntry.staff_id)
        .join(t.Item, t.Item.id == t.WorkloadEntry.item_id)
        .where(t.WorkloadEntry.day.between(date(2025, 8, 1), date(2025, 8, 31)))
    )
    with database.reading() as session:
        rows = {(str(day), no, code): count for day, no, code, count in session.execute(query)}
    database.close()
    return rows


def test_two_sessions_importing_one_month_for_different_doctors_lose_no_entry(golden_url, tmp_path):
    first = _workload(
        tmp_path / "g01.csv", [(f"2025-08-{d:02}", "G01", "GPV", d) for d in (4, 5, 6)]
    )
    second = _workload(
        tmp_path / "v01.csv", [(f"2025-08-{d:02}", "V01", "VAC", d) for d in (4, 5, 6)]
    )
    # Both write before either commits: the two transactions truly overlap.
    both_written = threading.Barrier(2, timeout=30)
    failures: list = []

    _run_together(
        lambda: _import_in_step(golden_url, first, both_written.wait, failures),
        lambda: _import_in_step(golden_url, second, both_written.wait, failures),
    )

    assert failures == []
    entries = _entries(golden_url)
    for day in (4, 5, 6):
        assert entries[(f"2025-08-{day:02}", "G01", "GPV")] == day
        assert entries[(f"2025-08-{day:02}", "V01", "VAC")] == day


def test_two_sessions_writing_the_same_cell_both_land_and_the_later_wins(golden_url, tmp_path):
    first = _workload(
        tmp_path / "a.csv", [("2025-08-04", "G01", "GPV", 11), ("2025-08-05", "G01", "GPV", 12)]
    )
    second = _workload(
        tmp_path / "b.csv", [("2025-08-04", "G01", "GPV", 21), ("2025-08-06", "G01", "GPV", 23)]
    )
    first_written = threading.Event()
    failures: list = []

    def first_session() -> None:
        _import_in_step(golden_url, first, first_written.set, failures)

    def second_session() -> None:
        # Starts once the first holds the cell; its write waits for the first to commit.
        assert first_written.wait(timeout=30)
        _import_in_step(golden_url, second, lambda: None, failures)

    _run_together(first_session, second_session)

    assert failures == []
    entries = _entries(golden_url)
    assert entries[("2025-08-04", "G01", "GPV")] == 21
    assert entries[("2025-08-05", "G01", "GPV")] == 12
    assert entries[("2025-08-06", "G01", "GPV")] == 23
