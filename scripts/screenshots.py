"""Screenshots of every screen and tab of the demo centre, in Chinese, into docs/images/.

    uv run python scripts/screenshots.py [--language zh_CN] [--out docs/images] [--db FILE]

Runs offscreen unless a display is set (under Xvfb: `xvfb-run uv run python scripts/...`).
It builds the demo centre in a temporary folder (or uses --db), rosters four weeks so the
duty roster has something to show, signs in as the demo's administrator through the real
start-up, then walks the screen registry: every screen the administrator may open, and every
tab of a screen that is a QTabWidget (or holds one). A screen added to SCREENS later is
picked up without a change here. Images go to `<out>/<language>/`: `<screen>.png` as the
screen opens (its first tab), `<screen>-<tab>.png` for each further tab, named by the tab's
objectName (else its number). The first-run wizard is shot on an empty database.
"""

import argparse
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)
DEMO_PASSWORD = "demo1234"
DOCTOR = "D004"
# Work shifts of the example roster, Monday to Friday, shifted a day per staff member.
WEEK_PATTERN = ("全天", "上午", "下午", "全天", "上午", "夜班", "下午")


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["CENTREDESK_LANGUAGE"] = args.language
    with tempfile.TemporaryDirectory(prefix="centredesk-shots-") as folder:
        _private_settings(Path(folder))
        db = Path(args.db) if args.db else _demo_centre(Path(folder) / "demo.db")
        _example_roster(db)
        out = args.out / args.language
        out.mkdir(parents=True, exist_ok=True)
        written = _shoot_screens(db, out)
        # A doctor's own screens (their month) are shot as the demo's first doctor sees them.
        written += _shoot_screens(db, out, DOCTOR, skip={path.stem for path in written})
        written += _shoot_first_run(Path(folder) / "new.db", out)
    for path in written:
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


def _arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "images")
    parser.add_argument("--language", default="zh_CN", help="zh_CN, en or pseudo")
    parser.add_argument("--db", help="a database to shoot instead of a new demo centre")
    return parser.parse_args(argv)


def _private_settings(folder: Path) -> None:
    """Window geometry and the last screen go to a temporary folder, never the user's."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def _demo_centre(path: Path) -> Path:
    from centredesk.cli import main as centredesk
    from centredesk.model.months import Month

    until = Month.of(date.today()).previous()
    if centredesk(["--db", str(path), "demo", "--until", str(until)]) != 0:
        raise SystemExit("the demo centre could not be built")
    return path


def _example_roster(db: Path) -> None:
    """Roster this week for every appraised doctor and repeat it over the next three."""
    from centredesk.services.context import ADMINISTRATOR, Actor, Context
    from centredesk.services.errors import Refused
    from centredesk.services.roster import ShiftChange, apply_shifts, copy_week, roster, week_of
    from centredesk.storage.database import open_database
    from centredesk.storage.locations import sqlite_url

    ctx = Context(open_database(sqlite_url(db)), Actor("admin", ADMINISTRATOR))
    monday = week_of(date.today())
    shown = roster(ctx, monday, monday + timedelta(days=6))
    changes = []
    for number, row in enumerate(shown.rows):
        for offset, (day, cell) in enumerate(zip(shown.days, row.cells, strict=True)):
            if cell.employed and not cell.leave:
                code = "休" if offset >= 5 else WEEK_PATTERN[(number + offset) % 7]
                changes.append(ShiftChange(row.staff_no, day, code))
    try:
        apply_shifts(ctx, changes)
        copy_week(ctx, monday, 3)
    except Refused as refusal:
        print(f"no example roster: {refusal}", file=sys.stderr)


def _application():
    from centredesk.ui.app import create_application

    return create_application([])


def _settle(app, rounds: int = 5) -> None:
    """Let background work finish and the window repaint; no screen is shot half-loaded."""
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    quiet = 0
    deadline = time.monotonic() + 30
    while quiet < rounds and time.monotonic() < deadline:
        app.processEvents()
        busy = pool.activeThreadCount() > 0
        pool.waitForDone(50)
        app.processEvents()
        quiet = 0 if busy else quiet + 1


def _open_signed_in(app, db: Path, user: str = "admin"):
    from centredesk.storage.locations import sqlite_url
    from centredesk.ui.app import DesktopController

    controller = DesktopController(app)
    ready = []
    controller.sig_login_needed.connect(lambda dialog: _sign_in(dialog, user))
    controller.sig_window_ready.connect(ready.append)
    window = controller.open(sqlite_url(db))
    window.resize(*SIZE)
    deadline = time.monotonic() + 60
    while not ready and time.monotonic() < deadline:
        _settle(app, 1)
    if not ready:
        raise SystemExit("the main window did not become ready")
    return controller, window


def _sign_in(dialog, user: str) -> None:
    dialog.user.setText(user)
    dialog.password.setText(DEMO_PASSWORD)
    dialog.sign_in()


def _shoot_screens(db: Path, out: Path, user: str = "admin", skip=frozenset()) -> list[Path]:
    """Every screen `user` may open, but those whose keys are in `skip`."""
    from PySide6.QtWidgets import QTabWidget

    app = _application()
    controller, window = _open_signed_in(app, db, user)
    written = []
    for key in window.screen_keys():
        if key in skip:
            continue
        screen = window.show_screen(key)
        written.append(_save(window, out / f"{key}.png", app))
        tabs = screen if isinstance(screen, QTabWidget) else screen.findChild(QTabWidget)
        for number in range(1, tabs.count() if tabs is not None else 0):
            tabs.setCurrentIndex(number)
            name = tabs.widget(number).objectName() or f"tab{number + 1}"
            written.append(_save(window, out / f"{key}-{name}.png", app))
    window.close()
    _settle(app)
    return written


def _shoot_first_run(db: Path, out: Path) -> list[Path]:
    app = _application()
    _controller, window, wizard = _first_run_wizard(app, db)
    if wizard is None:
        return []

    written = [_save(wizard, out / "first-run-welcome.png", app)]
    wizard.centre_page.centre_name.setText("滨江街道社区卫生服务中心")
    wizard.next()
    written.append(_save(wizard, out / "first-run-centre.png", app))
    wizard.next()
    for field in (wizard.account_page.password, wizard.account_page.repeat):
        field.setText(DEMO_PASSWORD)
    written.append(_save(wizard, out / "first-run-administrator.png", app))
    written += _finish_first_run(app, wizard, out)
    window.close()
    _settle(app)
    return written


def _first_run_wizard(app, db: Path):
    """A controller and window on a new database, and the wizard it opens (or None)."""
    from centredesk.storage.locations import sqlite_url
    from centredesk.ui.app import DesktopController
    from centredesk.ui.first_run import FirstRunWizard

    controller = DesktopController(app)
    window = controller.open(sqlite_url(db))
    window.resize(*SIZE)
    deadline = time.monotonic() + 30
    while window.findChild(FirstRunWizard) is None and time.monotonic() < deadline:
        _settle(app, 1)
    return controller, window, window.findChild(FirstRunWizard)


def _finish_first_run(app, wizard, out: Path) -> list[Path]:
    """Create the centre, shoot the page with its recovery code (a throwaway one), close."""
    from centredesk.ui.first_run import DONE

    wizard.next()
    deadline = time.monotonic() + 30
    while wizard.currentId() != DONE and time.monotonic() < deadline:
        _settle(app, 1)
    written = [_save(wizard, out / "first-run-recovery-code.png", app)]
    wizard.reject()
    _settle(app)
    return written


def _save(widget, path: Path, app) -> Path:
    _settle(app)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    return path


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    sys.exit(main())
