"""The desktop on a PostgreSQL server: it opens, checks the database, and leaves backups to
the server's own tools."""

from centredesk.ui.app import DesktopController, create_application
from centredesk.ui.safety import SafetyWatch


def test_the_desktop_opens_a_server_database_and_reports_it_sound(qtbot, golden_url):
    controller = DesktopController(create_application([]))

    with qtbot.waitSignal(controller.sig_window_ready, timeout=20000):
        window = controller.open(golden_url)
    qtbot.addWidget(window)
    status = window.statusBar()
    qtbot.waitUntil(lambda: "integrity check: no problems" in status.currentMessage())

    assert "Backed up" not in status.currentMessage()
    assert window.findChild(SafetyWatch, "safety_watch") is not None
    window.show_screen(window.screen_keys()[0])
