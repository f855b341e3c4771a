"""Starting the desktop as the `centredesk` command does (ui/start.py)."""

import gc
import sys

from tests.databases import url_of
from tests.ui.conftest import settle_background


def test_the_collector_is_paused_for_start_up_and_resumes_once_the_database_opened(
    demo_db, qtbot, monkeypatch
):
    from centredesk.ui.start import start_desktop

    monkeypatch.setenv("CENTREDESK_LANGUAGE", "en")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # start_desktop installs its own
    try:
        _app, controller = start_desktop(url_of(demo_db))
        qtbot.addWidget(controller.window)
        dialogs = []
        controller.sig_login_needed.connect(dialogs.append)
        # The database opens off the UI thread; its result waits for this thread's events.
        assert not gc.isenabled()

        qtbot.waitSignal(controller.sig_opening_done, timeout=20000).wait()
        assert gc.isenabled()
        assert len(dialogs) == 1
        dialogs[0].reject()
    finally:
        gc.enable()
    settle_background(qtbot)
