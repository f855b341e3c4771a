"""The smoke-test mode that CI uses on the built program, tried on the source tree."""

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import DEMO_PASSWORD
from tests.databases import Location, command_line_arguments

# A screen whose module is missing, as a bundle lacking a hidden import would have it.
BROKEN_SCREEN = """
from centredesk.ui.screens import SCREENS, ScreenEntry
SCREENS.append(ScreenEntry("broken", "Broken", "no_such_screen", "BrokenScreen"))
"""
START = "import sys; from centredesk.cli import main; sys.exit(main(sys.argv[1:]))"


def start_desktop(db: Location, log_dir: Path, before: str = "") -> subprocess.CompletedProcess:
    """The desktop program in smoke-test mode, in its own process as a person would start it."""
    environment = dict(
        os.environ,
        CENTREDESK_SMOKE_TEST="1",
        CENTREDESK_PASSWORD=DEMO_PASSWORD,
        CENTREDESK_LOG_DIR=str(log_dir),
        CENTREDESK_LANGUAGE="en",
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(log_dir / "config"),
    )
    return subprocess.run(
        [sys.executable, "-c", before + START, *command_line_arguments(db)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_smoke_mode_signs_in_opens_every_screen_and_exits_0(demo_db, tmp_path):
    finished = start_desktop(demo_db, tmp_path)

    log = (tmp_path / "centredesk.log").read_text(encoding="utf-8")
    assert finished.returncode == 0, log
    assert "admin signed in" in log
    assert "screens opened; closing" in log
    assert " ERROR " not in log


def test_smoke_mode_fails_at_once_when_a_screen_cannot_be_built(demo_db, tmp_path):
    finished = start_desktop(demo_db, tmp_path, before=BROKEN_SCREEN)

    log = (tmp_path / "centredesk.log").read_text(encoding="utf-8")
    assert finished.returncode == 1
    assert "No module named 'centredesk.ui.screens.no_such_screen'" in log
    assert "not finished after" not in log
