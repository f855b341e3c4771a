"""The built Linux bundle, started as a person would start it, on a temporary database.

.ci/run builds the bundle (scripts/build_linux_bundle.sh) before the tests; in CI a missing
bundle fails here, on a developer's machine it skips until the script has been run. With
CENTREDESK_TEST_BACKEND=postgresql the built program works on a server database, which
shows that the bundle carries the PostgreSQL driver.
"""

import json
import os
import platform
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from centredesk import __version__
from tests.conftest import DEMO_PASSWORD, DEMO_UNTIL, REPO
from tests.databases import ON_POSTGRESQL, command_line_arguments, create_database, drop_database
from tests.secrets_scan import leaks

BUNDLE = REPO / "dist" / "CentreDesk"
EXECUTABLE = BUNDLE / "centredesk"
TARBALL = REPO / "dist" / f"CentreDesk-{__version__}-linux-{platform.machine()}.tar.gz"
# Qt libraries the spec leaves out: none of their files may be in the bundle.
EXCLUDED_QT = ("Qt6Quick", "Qt6Qml", "Qt6WebEngine", "Qt63D", "Qt6Multimedia", "QtQuick")


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not (EXECUTABLE.exists() and TARBALL.exists()):
        message = f"no built bundle at {BUNDLE}: run scripts/build_linux_bundle.sh"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return BUNDLE


@dataclass(frozen=True)
class Workplace:
    """A folder for the built program's files and log, and the database it works on."""

    folder: Path
    database: list[str]


@pytest.fixture(scope="module")
def workplace(bundle, request, tmp_path_factory) -> Workplace:
    """The demo centre made by the built program: a file in a folder, or a server database."""
    folder = tmp_path_factory.mktemp("bundle")
    location = folder / "demo.db"
    if ON_POSTGRESQL:
        server = request.getfixturevalue("postgres_server")
        location = create_database(server, "bundle")
        request.addfinalizer(lambda: drop_database(server, location))
    place = Workplace(folder, command_line_arguments(location))
    finished = run(place, "demo", "--until", DEMO_UNTIL)
    assert finished.returncode == 0, finished.stderr
    return place


def run(place: Workplace, *args: str) -> subprocess.CompletedProcess:
    """Run the built program on the workplace's database, away from this source tree.

    Without arguments it is the desktop program in smoke-test mode: it signs in as admin,
    opens every screen, waits for their work and closes.
    """
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("CENTREDESK_", "PYTHON", "VIRTUAL_ENV", "XDG_"))
    }
    environment.update(
        CENTREDESK_LOG_DIR=str(place.folder / "log"),
        CENTREDESK_PASSWORD=DEMO_PASSWORD,
        CENTREDESK_SMOKE_TEST="1",
        CENTREDESK_LANGUAGE="zh_CN",
        QT_QPA_PLATFORM="offscreen",
        HOME=str(place.folder),
    )
    user = ["--user", "admin"] if args and args[0] != "demo" else []
    return subprocess.run(
        [str(EXECUTABLE), *place.database, *user, *args],
        cwd=place.folder,
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
    )


def log_text(place: Workplace) -> str:
    return (place.folder / "log" / "centredesk.log").read_text(encoding="utf-8")


def test_the_built_command_line_reviews_the_demo_month(workplace):
    finished = run(workplace, "review", DEMO_UNTIL, "--json")

    assert finished.returncode == 0, finished.stderr
    rows = json.loads(finished.stdout)
    assert len(rows) > 20
    assert {row["month"] for row in rows} == {DEMO_UNTIL}
    assert "demo centre created" in log_text(workplace)
    assert " ERROR " not in log_text(workplace)


def test_the_built_program_writes_slips_with_the_chinese_font_embedded(workplace):
    out = workplace.folder / "slips"
    finished = run(workplace, "slips", DEMO_UNTIL, "--out", str(out))

    assert finished.returncode == 0, finished.stderr
    slips = sorted((out / DEMO_UNTIL).glob("D*.pdf"))
    assert len(slips) > 20
    first = slips[0].read_bytes()
    assert first.startswith(b"%PDF") and b"+WenQuanYiMicroHei" in first


def test_the_built_desktop_opens_every_screen_and_exits_cleanly(workplace):
    finished = run(workplace)

    log = log_text(workplace)
    assert finished.returncode == 0, finished.stderr + log
    assert "admin signed in" in log
    closing = [line for line in log.splitlines() if "screens opened; closing" in line]
    assert closing, log
    assert int(closing[-1].split("smoke test: ")[1].split()[0]) >= 2
    assert " ERROR " not in log, log
    assert leaks(log) == []


def test_the_built_program_tells_its_version(workplace):
    finished = run(workplace, "--version")

    assert finished.stdout.strip() == f"CentreDesk {__version__}"


def test_the_tarball_holds_the_program_menu_entry_icon_and_licences(bundle):
    with tarfile.open(TARBALL) as archive:
        names = set(archive.getnames())

    for name in (
        "centredesk",
        "centredesk.desktop",
        "centredesk.png",
        "install-linux.sh",
        "licenses/LGPL-3.0.txt",
        "licenses/GPL-3.0.txt",
        "licenses/fonts/LICENSE-wqy-microhei.txt",
        "licenses/python-packages/LIST.txt",
        "_internal/centredesk/resources/translations/centredesk_zh_CN.qm",
        "_internal/centredesk/resources/fonts/wqy-microhei.ttc",
        "_internal/centredesk/storage/migrations/env.py",
        "_internal/centredesk/docs/guide/zh/README.md",
    ):
        assert f"CentreDesk/{name}" in names, name
    listed = (bundle / "licenses" / "python-packages" / "LIST.txt").read_text(encoding="utf-8")
    assert "PySide6_Essentials" in listed and "LGPL-3.0" in listed
    unwanted = [name for name in names if any(part in name for part in EXCLUDED_QT)]
    assert unwanted == []
