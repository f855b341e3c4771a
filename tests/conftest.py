"""Shared fixtures: the golden centre of ../shared/golden and offscreen Qt."""

import os
from pathlib import Path

import pytest

# Qt must never open a window on a developer's screen or need a display in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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


class CommandLine:
    """Runs `centredesk` in this process against one database, as a script would."""

    def __init__(self, db: Path, capsys) -> None:
        self.db = db
        self._capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        from centredesk.cli import main

        code = main(["--db", str(self.db), *map(str, args)])
        captured = self._capsys.readouterr()
        return code, captured.out, captured.err

    def ok(self, *args: str) -> str:
        code, out, err = self(*args)
        assert code == 0, f"centredesk {' '.join(map(str, args))} exited {code}: {err}"
        return out


@pytest.fixture
def cli(tmp_path, capsys) -> CommandLine:
    return CommandLine(tmp_path / "centre.db", capsys)


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
def demo_cli(demo_db, capsys) -> CommandLine:
    return CommandLine(demo_db, capsys)
