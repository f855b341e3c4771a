"""Starting the desktop program: the window first, then the database, then the user.

The main window is shown before the database layer (SQLAlchemy, Alembic) is even imported;
the database is opened on the thread pool, and the screens appear once a user is signed in.
"""

import logging
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from centredesk import APP_NAME, __version__
from centredesk.model.months import Month
from centredesk.resources import resource_path
from centredesk.storage.locations import describe_url, sqlite_url
from centredesk.ui.main_window import MainWindow
from centredesk.ui.recent import remember_recent
from centredesk.ui.session import UiSession
from centredesk.ui.translations import chosen_language, install_translators
from centredesk.ui.worker import run_in_background

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with CentreDesk's names, style and language."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv or sys.argv)
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(resource_path("icons", "centredesk.png"))))
    for previous in getattr(app, "_translators", []):
        app.removeTranslator(previous)
    app._translators = install_translators(app, chosen_language())
    return app


@dataclass(frozen=True)
class OpenedDatabase:
    """A database opened off the UI thread: whether someone must sign in, or it is new."""

    database: object
    needs_login: bool
    is_new: bool
    lock: object = None


def _open_off_the_ui_thread(url: str) -> OpenedDatabase:
    from centredesk.services.context import has_accounts, needs_first_run
    from centredesk.ui.safety import open_claimed

    database, lock = open_claimed(url)
    needs_login = has_accounts(database)
    is_new = not needs_login and needs_first_run(database)
    return OpenedDatabase(database, needs_login, is_new, lock)


class DesktopController(QObject):
    """Opens databases into windows and answers the windows' requests for others."""

    sig_login_needed = Signal(object)
    """The database has accounts: a LoginDialog is showing (the dialog)."""

    sig_window_ready = Signal(object)
    """A window has its signed-in session and its first screen (the window)."""

    sig_opening_done = Signal()
    """A database has opened, or failed to: the window shows what comes next."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.window: MainWindow | None = None
        self.database = None

    def open(self, url: str) -> MainWindow:
        """Show a window for `url` at once; it becomes ready when the database is open.

        The database starts opening before the window is built, so that importing the
        database layer overlaps with Qt drawing the window.
        """
        holder: dict[str, MainWindow] = {}
        run_in_background(
            lambda: _open_off_the_ui_thread(url),
            lambda opened: self._on_database_opened(holder["window"], opened),
            lambda error: self._on_database_failed(holder["window"], url, error),
        )
        previous, self.window = self.window, MainWindow(describe_url(url))
        holder["window"] = self.window
        self.window.sig_open_requested.connect(lambda path: self.open(sqlite_url(Path(path))))
        self.window.sig_new_requested.connect(lambda path: self.open(sqlite_url(Path(path))))
        self.window.show()
        if previous is not None:
            previous.close()
        return self.window

    def _on_database_opened(self, window: MainWindow, opened: OpenedDatabase) -> None:
        try:
            self._show_opened(window, opened)
        finally:
            self.sig_opening_done.emit()

    def _show_opened(self, window: MainWindow, opened: OpenedDatabase) -> None:
        from centredesk.ui.safety import watch_over

        self.database = opened.database
        watch_over(window, opened.lock)
        if opened.is_new:
            from centredesk.ui.first_run import start_first_run

            start_first_run(window, opened.database, lambda actor: self.sign_in(window, actor))
            return
        if not opened.needs_login:
            from centredesk.services.context import Actor

            self.sign_in(window, Actor.local_administrator())
            return
        from centredesk.ui.login import LoginDialog

        dialog = LoginDialog(opened.database, window)
        dialog.sig_signed_in.connect(lambda actor: self.sign_in(window, actor))
        dialog.rejected.connect(window.close)
        dialog.open()
        self.sig_login_needed.emit(dialog)

    def sign_in(self, window: MainWindow, actor) -> None:
        """Attach the signed-in user's session to the window."""
        from centredesk.services.context import Context

        session = UiSession(Context(self.database, actor), Month.of(date.today()).previous())
        window.attach(session)
        self.sig_window_ready.emit(window)
        remember_recent(self.database.path)
        log.info("desktop opened %s for %s", self.database.describe(), actor.name)

    def _on_database_failed(self, window: MainWindow, url: str, error: Exception) -> None:
        log.error("cannot open %s: %s", describe_url(url), error)
        self.sig_opening_done.emit()
        QMessageBox.critical(window, self.app.tr("Cannot open the database"), str(error))
