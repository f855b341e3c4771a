"""The smoke test of a built program: start, open every screen, close, exit 0.

With CENTREDESK_SMOKE_TEST=1 the desktop program opens each screen of its first window once
the database is ready, waits for their background work, and closes, so that a build can be
checked without a person (CI runs the Linux bundle this way, offscreen). On a database with
accounts it signs in as CENTREDESK_SMOKE_USER (default admin) with CENTREDESK_PASSWORD; with
no password it closes at the sign-in dialog.
"""

import logging
import os

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)

SMOKE_VARIABLE = "CENTREDESK_SMOKE_TEST"
USER_VARIABLE = "CENTREDESK_SMOKE_USER"
PASSWORD_VARIABLE = "CENTREDESK_PASSWORD"
TIME_LIMIT_MS = 60_000
IDLE_POLL_MS = 50


def requested() -> bool:
    return os.environ.get(SMOKE_VARIABLE) == "1"


class SmokeRun(QObject):
    """Drives a DesktopController's first window through its screens, then closes it."""

    sig_error_logged = Signal()
    """An error was logged, in whichever thread: the smoke test has failed."""

    def __init__(self, controller, app) -> None:
        super().__init__(app)
        self.app = app
        self.window = None
        self.pending: list[str] = []
        self.opened = 0
        self._idle_polls = 0
        controller.sig_window_ready.connect(self._on_controller_window_ready)
        controller.sig_login_needed.connect(self._on_controller_login_needed)
        QTimer.singleShot(TIME_LIMIT_MS, self._on_time_limit)
        # Queued, so that it also ends an error dialog's own event loop once that runs.
        self.sig_error_logged.connect(self._on_error_logged, Qt.ConnectionType.QueuedConnection)
        logging.getLogger().addHandler(_FailOnError(self))

    def _on_controller_login_needed(self, dialog) -> None:
        password = os.environ.get(PASSWORD_VARIABLE)
        if not password:
            log.info("smoke test: the sign-in dialog is showing; closing")
            dialog.reject()
            return
        dialog.user.setText(os.environ.get(USER_VARIABLE, "admin"))
        dialog.password.setText(password)
        dialog.sign_in()

    def _on_controller_window_ready(self, window) -> None:
        if self.window is not None:
            return
        self.window = window
        self.pending = list(window.screen_keys())
        QTimer.singleShot(0, self._open_next_screen)

    def _open_next_screen(self) -> None:
        if not self.pending:
            self._wait_until_idle()
            return
        self.window.show_screen(self.pending.pop(0))
        self.opened += 1
        QTimer.singleShot(0, self._open_next_screen)

    def _wait_until_idle(self) -> None:
        """Close once no background work has run for two polls in a row (its results are in)."""
        busy = QThreadPool.globalInstance().activeThreadCount() > 0
        self._idle_polls = 0 if busy else self._idle_polls + 1
        if self._idle_polls < 2:
            QTimer.singleShot(IDLE_POLL_MS, self._wait_until_idle)
            return
        log.info("smoke test: %d screens opened; closing", self.opened)
        self.window.close()

    def _on_time_limit(self) -> None:
        log.error("smoke test: not finished after %d s; giving up", TIME_LIMIT_MS // 1000)

    def _on_error_logged(self) -> None:
        self.app.exit(1)


class _FailOnError(logging.Handler):
    """Ends the program with status 1 at the first error logged, from any thread."""

    def __init__(self, smoke_run: SmokeRun) -> None:
        super().__init__(logging.ERROR)
        self.smoke_run = smoke_run

    def emit(self, record: logging.LogRecord) -> None:
        self.smoke_run.sig_error_logged.emit()
