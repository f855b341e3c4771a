"""Shared fixtures: the golden centre of ../shared/golden and offscreen Qt."""

import os
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

import pytest

# Qt must never open a window on a developer's screen or need a display in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The first log line of the run (often from a session fixture, before any per-test folder is
# set) fixes the log file; it must be a temporary one, never the user's own log.
os.environ["CENTREDESK_LOG_DIR"] = tempfile.mkdtemp(prefix="centredesk-test-log-")
# Qt's settings (window geometry, recent files, language) likewise never touch the user's own.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="centredesk-test-config-")

REPO = Path(__file__).resolve().parent.parent
GOLDEN = REPO.parent / "shared" / "golden"


@pytest.fixture(scope="session")
def golden_dir() -> Path:
    assert GOLDEN.is_dir(), f"the golden case is expected at {GOLDEN}"
    return GOLDEN


@pytest.fixture(autouse=True)
def _log_folder(tmp_path_factory, monkeypatch):
    """Every test logs into a temporary folder, never the user's own log."""
    monkeypatch.setenv("CENTREDESK_LOG_DIR", str(tmp_path_factory.mktemp("log")))
    monkeypatch.delenv("CENTREDESK_DATABASE_URL", raising=False)
    # Tests read the English messages; a test of the Chinese screens sets its language itself.
    monkeypatch.setenv("CENTREDESK_LANGUAGE", "en")
    for secret in ("CENTREDESK_PASSWORD", "CENTREDESK_NEW_PASSWORD", "CENTREDESK_RECOVERY_CODE"):
        monkeypatch.delenv(secret, raising=False)


DEMO_PASSWORD = "demo1234"
# CommandLine's user when none is chosen: `admin` once the database has accounts.
AUTOMATIC = "automatic"


@pytest.fixture(scope="session", autouse=True)
def _no_secret_in_the_logs():
    """After the whole run, no log line of any test holds a password, hash or ID number."""
    yield
    from tests.secrets_scan import log_leaks

    assert log_leaks() == {}


class CommandLine:
    """Runs `centredesk` in this process against one database, as a script would.

    On a database with accounts it signs in as `admin` with the demo password, unless a test
    chooses another user (or None, for no --user) with `as_user`.
    """

    def __init__(
        self, db: Path, capsys, monkeypatch, user: str | None = AUTOMATIC, password=DEMO_PASSWORD
    ) -> None:
        self.db = db
        self._capsys = capsys
        self._monkeypatch = monkeypatch
        self.user = user
        self.password = password

    def as_user(self, user: str | None, password: str = DEMO_PASSWORD) -> "CommandLine":
        return CommandLine(self.db, self._capsys, self._monkeypatch, user, password)

    def __call__(self, *args: str) -> tuple[int, str, str]:
        from centredesk.cli import main

        user = self.user
        if user == AUTOMATIC:
            user = "admin" if _has_accounts(self.db) else None
        signed_in = ["--user", user] if user else []
        self._monkeypatch.setenv("CENTREDESK_PASSWORD", self.password)
        code = main(["--db", str(self.db), *signed_in, *map(str, args)])
        captured = self._capsys.readouterr()
        return code, captured.out, captured.err

    def ok(self, *args: str) -> str:
        code, out, err = self(*args)
        assert code == 0, f"centredesk {' '.join(map(str, args))} exited {code}: {err}"
        return out


def _has_accounts(db: Path) -> bool:
    if not db.exists():
        return False
    with closing(sqlite3.connect(db)) as connection:
        try:
            return connection.execute("SELECT 1 FROM users LIMIT 1").fetchone() is not None
        except sqlite3.OperationalError:
            return False


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch) -> CommandLine:
    return CommandLine(tmp_path / "centre.db", capsys, monkeypatch)


GOLDEN_IMPORTS = (
    ("items", "items.csv"),
    ("staff", "staff.csv"),
    ("workload", "workload.csv"),
    ("quality", "quality.csv"),
    ("events", "events.csv"),
    ("leave", "leave.csv"),
)


@pytest.fixture
def golden_cli(cli, golden_dir) -> CommandLine:
    """A database holding the golden centre, imported in the README's order."""
    cli.ok("policy", "import", golden_dir / "policy.toml")
    for kind, name in GOLDEN_IMPORTS:
        cli.ok("import", kind, golden_dir / name)
    return cli


DEMO_UNTIL = "2026-11"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo centre built once per test run; tests work on copies of it."""
    from centredesk.cli import main

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert main(["--db", str(path), "demo", "--until", DEMO_UNTIL]) == 0
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path) -> Path:
    """A private copy of the demo centre's database file."""
    from centredesk.storage.backup import copy_sqlite

    return copy_sqlite(demo_template, tmp_path / "demo.db")


@pytest.fixture
def demo_cli(demo_db, capsys, monkeypatch) -> CommandLine:
    return CommandLine(demo_db, capsys, monkeypatch)
