"""Starting the desktop program: the application, its language, the database and the window."""

import logging
import sys
from datetime import date

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from centredesk import APP_NAME, __version__
from centredesk.model.months import Month
from centredesk.services.context import Actor, Context
from centredesk.storage.database import Database, open_database
from centredesk.storage.locations import sqlite_url
from centredesk.ui.exception_hook import install_exception_hook
from centredesk.ui.main_window import MainWindow
from centredesk.ui.session import UiSession
from centredesk.ui.translations import DEFAULT_LANGUAGE, install_translators

log = logging.getLogger(__name__)
RECENT_LIMIT = 8


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with CentreDesk's names, style and language."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv or sys.argv)
    app.setStyle("Fusion")
    language = str(QSettings().value("language", DEFAULT_LANGUAGE))
    app._translators = install_translators(app, language)
    return app


def open_window(database: Database, actor: Actor | None = None) -> MainWindow:
    """A main window on `database` for `actor` (the local administrator without accounts)."""
    ctx = Context(database, actor or Actor.local_administrator())
    session = UiSession(ctx, Month.of(date.today()).previous())
    window = MainWindow(session, database.describe())
    _remember_recent(database.describe())
    return window


def _remember_recent(path: str) -> None:
    settings = QSettings()
    recent = [p for p in settings.value("recent_files", [], list) if p != path]
    settings.setValue("recent_files", [path, *recent][:RECENT_LIMIT])


class DesktopController:
    """Opens databases into windows and answers the windows' requests for others."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.window: MainWindow | None = None

    def open(self, url: str) -> MainWindow | None:
        try:
            database = open_database(url)
        except Exception as error:  # noqa: BLE001 - shown to the person, logged in full
            log.exception("cannot open %s", url)
            QMessageBox.critical(None, self.app.tr("Cannot open the database"), str(error))
            return None
        previous, self.window = self.window, open_window(database)
        self.window.sig_open_requested.connect(lambda path: self.open(sqlite_url_of(path)))
        self.window.sig_new_requested.connect(lambda path: self.open(sqlite_url_of(path)))
        self.window.show()
        if previous is not None:
            previous.close()
        log.info("desktop opened %s", database.describe())
        return self.window


def sqlite_url_of(path: str) -> str:
    from pathlib import Path

    return sqlite_url(Path(path))


def run_desktop(url: str) -> int:
    """Run the desktop program on the database at `url` until its window closes."""
    app = create_application()
    install_exception_hook()
    controller = DesktopController(app)
    if controller.open(url) is None:
        return 1
    return app.exec()
