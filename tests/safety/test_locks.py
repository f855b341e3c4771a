"""One writer: a second program on the same SQLite file is told plainly who has it."""

import os
import socket
import subprocess
import sys
import textwrap

import pytest

from centredesk.storage.locks import DatabaseInUse, acquire_writer_lock, lock_path, read_holder
from tests.safety.conftest import REPO

# The lock file beside a SQLite database; a server has many writers by design.
pytestmark = pytest.mark.sqlite_only

HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from centredesk.storage.locks import acquire_writer_lock
    acquire_writer_lock(Path(sys.argv[1]), "desktop")
    print("held", flush=True)
    sys.stdin.read()
    """
)


@pytest.fixture
def other_program(tmp_path):
    """Another process holding the lock on centre.db until it is killed or told to stop."""
    db = tmp_path / "centre.db"
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert process.stdout.readline().strip() == "held"
    yield db, process
    process.kill()
    process.wait(timeout=10)


def test_a_second_program_is_told_which_program_holds_the_database(other_program):
    db, process = other_program

    with pytest.raises(DatabaseInUse) as refusal:
        acquire_writer_lock(db)

    holder = refusal.value.holder
    assert (holder.pid, holder.host, holder.purpose) == (
        process.pid,
        socket.gethostname(),
        "desktop",
    )
    assert f"process {process.pid}" in str(refusal.value) and "Close it there first" in str(
        refusal.value
    )


def test_the_lock_of_a_killed_program_is_taken_over(other_program):
    db, process = other_program
    process.kill()
    process.wait(timeout=10)

    lock = acquire_writer_lock(db)

    assert read_holder(db).pid == os.getpid()
    lock.release()
    assert read_holder(db) is None, "a released lock names nobody"


def test_one_program_may_claim_its_own_database_again(tmp_path):
    db = tmp_path / "centre.db"
    first = acquire_writer_lock(db)
    second = acquire_writer_lock(db, "restore")

    first.release()
    assert read_holder(db).pid == os.getpid(), "still held for the second claim"
    second.release()
    second.release()

    assert lock_path(db).read_text() == ""


def test_a_restore_is_refused_while_another_program_has_the_database(
    other_program, capsys, monkeypatch, golden_dir
):
    from tests.conftest import CommandLine

    db, process = other_program
    cli = CommandLine(db, capsys, monkeypatch)
    cli.ok("policy", "import", golden_dir / "policy.toml")
    cli.ok("backup", "--to", db.with_name("copy.db"))

    code, _, err = cli("restore", db.with_name("copy.db"))

    assert code == 2 and f"process {process.pid}" in err and "already open" in err
