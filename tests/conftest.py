"""Shared fixtures: the golden centre of ../shared/golden, offscreen Qt, and the databases
tests work on (SQLite files, or with CENTREDESK_TEST_BACKEND=postgresql databases on a private
PostgreSQL server; see tests/databases.py)."""

import os
import tempfile
from pathlib import Path

import pytest
from sqlalchemy.exc import DBAPIError

from tests.databases import (
    BACKEND_VARIABLE,
    ON_POSTGRESQL,
    Location,
    close_connections,
    command_line_arguments,
    create_database,
    database_name,
    drop_database,
    exists,
    query,
)
from tests.postgres.server import PrivateServer, server_binaries

# Qt must never open a window on a developer's screen or need a display in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The first log line of the run (often from a session fixture, before any per-test folder is
# set) fixes the log file; it must be a temporary one, never the user's own log.
os.environ["CENTREDESK_LOG_DIR"] = tempfile.mkdtemp(prefix="centredesk-test-log-")
# Qt's settings (window geometry, recent files, language) likewise never touch the user's own.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="centredesk-test-config-")

REPO = Path(__file__).resolve().parent.parent
GOLDEN = REPO.parent / "shared" / "golden"


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        f"sqlite_only: about SQLite files themselves; not run when {BACKEND_VARIABLE}=postgresql",
    )


def pytest_collection_modifyitems(config, items):
    """On PostgreSQL the tests about SQLite files are deselected (never skipped)."""
    if not ON_POSTGRESQL:
        return
    kept = [item for item in items if item.get_closest_marker("sqlite_only") is None]
    deselected = [item for item in items if item.get_closest_marker("sqlite_only") is not None]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept


@pytest.fixture(scope="session")
def postgres_server():
    """A private PostgreSQL server for this test process (one per xdist worker)."""
    binaries = server_binaries()
    if binaries is None:
        if os.environ.get("CI") == "true" or ON_POSTGRESQL:
            pytest.fail("PostgreSQL's server binaries are missing: .ci/run installs them")
        pytest.skip("PostgreSQL's server binaries (initdb, pg_ctl) are not installed here")
    server = PrivateServer(binaries).start()
    yield server
    server.stop()


@pytest.fixture
def new_database(request, tmp_path):
    """Makes empty databases for one test: files in tmp_path, or fresh server databases.

    On SQLite the location is a file name not yet created; on PostgreSQL a database of its
    own, dropped after the test.
    """

    def make(name: str = "centre.db") -> Location:
        if not ON_POSTGRESQL:
            return tmp_path / name
        server = request.getfixturevalue("postgres_server")
        url = create_database(server, "test")
        request.addfinalizer(lambda: drop_database(server, url))
        return url

    return make


@pytest.fixture(scope="session")
def copy_database(request):
    """Copies a database: a SQLite file into a folder, or a server database by template.

    The copies live until the end of the test process; tests that change many copies use
    demo_db, which removes its own.
    """
    from centredesk.storage.backup import copy_sqlite

    def copy(source: Location, folder: Path, name: str = "copy.db") -> Location:
        if not ON_POSTGRESQL:
            return copy_sqlite(source, folder / name)
        server = request.getfixturevalue("postgres_server")
        close_connections(server, source)
        return create_database(server, "copy", database_name(source))

    return copy


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
        self,
        db: Location,
        capsys,
        monkeypatch,
        user: str | None = AUTOMATIC,
        password=DEMO_PASSWORD,
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
        code = main([*command_line_arguments(self.db), *signed_in, *map(str, args)])
        captured = self._capsys.readouterr()
        return code, captured.out, captured.err

    def ok(self, *args: str) -> str:
        code, out, err = self(*args)
        assert code == 0, f"centredesk {' '.join(map(str, args))} exited {code}: {err}"
        return out


def _has_accounts(db: Location) -> bool:
    if not exists(db):
        return False
    try:
        return query(db, "SELECT 1 FROM users LIMIT 1") != []
    except DBAPIError:  # no users table yet
        return False


@pytest.fixture
def cli(new_database, capsys, monkeypatch) -> CommandLine:
    return CommandLine(new_database("centre.db"), capsys, monkeypatch)


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
def demo_template(request, tmp_path_factory) -> Location:
    """The demo centre built once per test process; tests work on copies of it."""
    from centredesk.cli import main

    if ON_POSTGRESQL:
        server = request.getfixturevalue("postgres_server")
        location = create_database(server, "demo_template")
    else:
        location = tmp_path_factory.mktemp("demo") / "demo.db"
    assert main([*command_line_arguments(location), "demo", "--until", DEMO_UNTIL]) == 0
    if ON_POSTGRESQL:
        close_connections(server, location)
    return location


@pytest.fixture
def demo_db(request, demo_template, copy_database, tmp_path) -> Location:
    """A private copy of the demo centre: a file, or a server database made from the template."""
    location = copy_database(demo_template, tmp_path, "demo.db")
    if ON_POSTGRESQL:
        server = request.getfixturevalue("postgres_server")
        request.addfinalizer(lambda: drop_database(server, location))
    return location


@pytest.fixture
def demo_cli(demo_db, capsys, monkeypatch) -> CommandLine:
    return CommandLine(demo_db, capsys, monkeypatch)
