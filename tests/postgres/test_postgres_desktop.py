"""The desktop on a PostgreSQL server: it opens, checks the database, and leaves backups to
the server's own tools, saying so calmly rather than warning."""

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from centredesk.ui.app import DesktopController, create_application
from centredesk.ui.safety import SafetyWatch
from tests.ui.conftest import settle_background

SERVERS_TOOLS = "back it up and restore it with the server's own tools (pg_dump and pg_restore)"


@pytest.fixture
def window(qtbot, golden_url):
    """A window on a server database, its opening checks done."""
    controller = DesktopController(create_application([]))
    with qtbot.waitSignal(controller.sig_window_ready, timeout=20000):
        window = controller.open(golden_url)
    qtbot.addWidget(window)
    watch = window.findChild(SafetyWatch, "safety_watch")
    qtbot.waitUntil(lambda: watch.opening_checked, timeout=20000)
    yield window
    window.close()
    settle_background(qtbot)


def _notices(window) -> list[QMessageBox]:
    """The safety notices showing over `window` (earlier tests' may still be open elsewhere)."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox)
        and w.isVisible()
        and w.objectName() == "safety_notice"
        and w.parentWidget() is window
    ]


def test_the_desktop_opens_a_server_database_and_reports_it_sound(window):
    status = window.statusBar().currentMessage()

    assert "integrity check: no problems" in status
    assert "backups: the PostgreSQL server's own tools" in status
    assert "Backed up" not in status
    assert _notices(window) == [], "no warning that no backup was written"
    window.show_screen(window.screen_keys()[0])


@pytest.mark.parametrize("action", ["backup_action", "restore_action"])
def test_backup_now_and_restore_point_to_the_servers_tools(window, action):
    getattr(window, action).trigger()

    [notice] = _notices(window)
    assert SERVERS_TOOLS in notice.text()
    assert notice.icon() == QMessageBox.Icon.Information
    notice.accept()


def test_the_second_backup_folder_cannot_be_set_for_a_server_database(window):
    tab = window.show_screen("settings").centre_tab

    assert not tab.fields["backup_folder"].isEnabled()
    assert tab.fields["population"].isEnabled()
