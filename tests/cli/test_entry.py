"""The `centredesk` command's entry: a command runs it, no command opens the desktop."""

import subprocess
import sys

from centredesk import __version__
from centredesk.cli import main
from tests.conftest import REPO

# Run in a fresh interpreter, so that what is loaded is what the entry loaded.
_PROBE = """
import sys
import centredesk.ui.start as start

def record(url):
    print("desktop", url)
    heavy = [name for name in ("sqlalchemy", "centredesk.cli.data_commands", "openpyxl")
             if name in sys.modules]
    print("loaded", *heavy)
    return 0

start.run_desktop = record
from centredesk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _probe(tmp_path, *args: str) -> subprocess.CompletedProcess:
    environment = {"CENTREDESK_LOG_DIR": str(tmp_path / "log"), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_no_command_opens_the_desktop_before_the_database_layer_loads(tmp_path):
    done = _probe(tmp_path, "--db", str(tmp_path / "centre.db"))

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"desktop sqlite:///{tmp_path / 'centre.db'}"
    assert lines[1] == "loaded"


def test_a_command_is_not_taken_for_the_desktop(tmp_path):
    done = _probe(tmp_path, "--db", str(tmp_path / "centre.db"), "nosuchcommand")

    assert done.returncode == 2
    assert "desktop" not in done.stdout
    assert "nosuchcommand" in done.stderr


def test_a_bad_option_is_refused_not_opened(tmp_path):
    done = _probe(tmp_path, "--db")

    assert done.returncode == 2
    assert "desktop" not in done.stdout
    assert "--db" in done.stderr


def test_version_is_told_once(capsys):
    assert main(["--version"]) == 0

    assert capsys.readouterr().out == f"CentreDesk {__version__}\n"
