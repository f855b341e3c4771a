"""Desktop tests: real windows, offscreen, on real databases (SQLite files, or server databases
with CENTREDESK_TEST_BACKEND=postgresql; see tests/databases.py)."""

import pytest
from PySide6.QtCore import QSettings

from tests.databases import Location, url_of


@pytest.fixture(autouse=True)
def _private_qsettings(tmp_path_factory, qapp):
    """Window geometry and recent files go to a temporary folder, never the user's."""
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()


@pytest.fixture
def open_main_window(qtbot, monkeypatch):
    """Open a main window on a database (a location) as the program does, and close it afterwards.

    On a database with accounts (the demo) `user` signs in through the login dialog with the
    demo password, as a person would.
    """
    from centredesk.ui.app import DesktopController, create_application
    from centredesk.ui.safety import SafetyWatch
    from tests.conftest import DEMO_PASSWORD

    windows = []

    def open_(db: Location, language: str = "en", user: str = "admin"):
        monkeypatch.setenv("CENTREDESK_LANGUAGE", language)
        controller = DesktopController(create_application([]))
        controller.sig_login_needed.connect(
            lambda dialog: _sign_in(qtbot, dialog, user, DEMO_PASSWORD)
        )
        with qtbot.waitSignal(controller.sig_window_ready, timeout=20000):
            window = controller.open(url_of(db))
        qtbot.addWidget(window)
        # The opening backup's status message must not overwrite what a test then reads there.
        watch = window.findChild(SafetyWatch, "safety_watch")
        qtbot.waitUntil(lambda: watch.opening_checked, timeout=20000)
        windows.append(window)
        return window

    yield open_
    for window in windows:
        window.close()
    settle_background(qtbot)


def settle_background(qtbot) -> None:
    """Let the windows' background work, and the reloads it starts, finish before the test's
    database goes: a server database is dropped after the test, under any read still running."""
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    for _ in range(2):
        qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=20000)
        qtbot.wait(30)


def _sign_in(qtbot, dialog, user: str, password: str) -> None:
    dialog.user.setText(user)
    dialog.password.setText(password)
    dialog.sign_in()


def type_text(widget, text: str) -> None:
    """Type `text` into a widget key by key, Chinese included (QTest only knows ASCII keys)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
