"""The desktop's data safety as a person meets it: a backup and an integrity report on opening,
a backup on the timer, File → Restore…, and a second window on the same file refused."""

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from centredesk.storage.backup import backups_in
from centredesk.ui.main_window import MainWindow
from centredesk.ui.safety import SafetyWatch
from tests.databases import execute, query
from tests.safety.conftest import REPO
from tests.safety.test_locks import HOLDER

MONTH = "2026-10"


def _copies(db, reason: str) -> list:
    return [copy for copy in backups_in(db.parent / "backups", db.stem) if copy.reason == reason]


def _setting(db, key: str):
    rows = query(db, "SELECT value FROM settings WHERE key = :key", key=key)
    return rows[0][0] if rows else None


def _screenshot(widget, name: str) -> None:
    """Save what the person sees, when CENTREDESK_SCREENSHOTS names a folder for it."""
    folder = os.environ.get("CENTREDESK_SCREENSHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, f"{name}.png"))


def _notice(object_name: str) -> QMessageBox | None:
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == object_name]
    return next((box for box in boxes if box.isVisible()), None)


@pytest.mark.sqlite_only  # a backup file; tests/postgres covers what a server database shows
def test_opening_writes_a_backup_and_reports_a_sound_database(open_main_window, qtbot, demo_db):
    window = open_main_window(demo_db)

    qtbot.waitUntil(lambda: "integrity check: no problems" in window.statusBar().currentMessage())
    assert len(_copies(demo_db, "startup")) == 1
    _screenshot(window, "opened_with_backup")


@pytest.fixture
def changed_underneath(demo_cli):
    """The demo with a signed month whose workload was then changed by another tool."""
    demo_cli.ok("pay", MONTH, "--value", "4.5")
    demo_cli.ok("reviewed", MONTH)
    demo_cli.as_user("director").ok("close", MONTH)
    execute(
        demo_cli.db,
        "UPDATE workload_entries SET count = count + 40 WHERE day = '2026-10-14' "
        "AND staff_id IN (SELECT id FROM staff WHERE staff_no IN ('D004', 'D007'))",
    )
    return demo_cli.db


def test_a_signed_month_changed_underneath_is_shown_to_the_administrator(
    open_main_window, qtbot, changed_underneath
):
    window = open_main_window(changed_underneath)
    watch = window.findChild(SafetyWatch, "safety_watch")

    qtbot.waitUntil(lambda: watch.report_dialog is not None and watch.report_dialog.isVisible())
    dialog = watch.report_dialog
    rows = dialog.table.visible_rows()
    assert [row.subject for row in rows] == [f"{MONTH} D004", f"{MONTH} D007"]
    assert dialog.table.model.index(0, 0).data() == "Signed month changed"
    dialog.copy_button.click()
    assert f"{MONTH} D004" in QApplication.clipboard().text()
    _screenshot(dialog, "integrity_report")


@pytest.mark.sqlite_only  # backup files
def test_the_timer_backs_up_only_when_the_data_changed(open_main_window, qtbot, demo_db, demo_cli):
    window = open_main_window(demo_db)
    watch = window.findChild(SafetyWatch, "safety_watch")
    status = window.statusBar()
    qtbot.waitUntil(lambda: "integrity check" in status.currentMessage())

    watch.timer.timeout.emit()
    demo_cli.ok("settings", "set", "centre_name", "幸福社区卫生服务中心")
    watch.timer.timeout.emit()

    qtbot.waitUntil(lambda: "-timed.db" in status.currentMessage())
    assert len(_copies(demo_db, "timed")) == 1
    assert watch.timer.interval() == 30 * 60 * 1000


@pytest.mark.sqlite_only  # a backup file restored over the database file
def test_file_restore_brings_back_the_backup_and_reopens_the_window(
    open_main_window, qtbot, demo_db, demo_cli, tmp_path, monkeypatch
):
    backup = tmp_path / "before.db"
    demo_cli.ok("backup", "--to", backup)
    demo_cli.ok("settings", "set", "centre_name", "changed after the backup")
    window = open_main_window(demo_db)
    monkeypatch.setattr(
        "centredesk.ui.safety.QFileDialog.getOpenFileName", lambda *a, **k: (str(backup), "")
    )

    window.restore_action.trigger()
    box = _notice("restore_confirmation")
    _screenshot(box, "restore_confirmation")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), _left())

    qtbot.waitUntil(lambda: _reopened(window) is not None, timeout=20000)
    reopened = _reopened(window)
    qtbot.addWidget(reopened)
    qtbot.waitUntil(lambda: _notice("safety_notice") is not None)
    assert _setting(demo_db, "centre_name") in (None, "")
    assert "before.db" in _notice("safety_notice").text()
    assert len(_copies(demo_db, "restore")) == 1
    assert not window.isVisible()


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def _reopened(old: MainWindow) -> MainWindow | None:
    windows = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and w is not old and w.isVisible() and w.session is not None
    ]
    return windows[0] if windows else None


@pytest.mark.sqlite_only  # the lock of a SQLite file
def test_a_second_program_on_the_same_file_is_told_plainly(qtbot, demo_db, monkeypatch):
    from centredesk.storage.locations import sqlite_url
    from centredesk.ui.app import DesktopController, create_application

    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(demo_db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert holder.stdout.readline().strip() == "held"
    told = []
    monkeypatch.setattr(
        "centredesk.ui.app.QMessageBox.critical", lambda parent, title, text: told.append(text)
    )
    try:
        controller = DesktopController(create_application([]))
        window = controller.open(sqlite_url(demo_db))
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: bool(told), timeout=20000)
    finally:
        holder.kill()
        holder.wait(timeout=10)

    assert f"process {holder.pid}" in told[0] and "already open in CentreDesk" in told[0]
    assert window.session is None, "the second window does not open the database"
