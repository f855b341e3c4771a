"""The main window: navigation on the left, the screen in hand, the month and the database."""

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from centredesk import __version__
from centredesk.model.months import Month
from centredesk.ui.account_actions import AccountActions
from centredesk.ui.recent import recent_files
from centredesk.ui.screens import ScreenEntry, screens_for
from centredesk.ui.session import UiSession
from centredesk.ui.worker import run_in_background

log = logging.getLogger(__name__)

NAVIGATION_STYLE = """
QListWidget#navigation { background: #f3f5f8; border: none; border-right: 1px solid #d9dde3;
                         font-size: 15px; padding-top: 8px; }
QListWidget#navigation::item { padding: 10px 14px; color: #2b2f36; }
QListWidget#navigation::item:selected { background: #dbe7f6; color: #0b4f9c;
                                        border-left: 4px solid #1565c0; }
"""


class MainWindow(QMainWindow):
    """One window per open database; screens are built when first shown."""

    sig_open_requested = Signal(str)
    """The user chose another database file to open (its path)."""

    sig_new_requested = Signal(str)
    """The user chose a path for a new database."""

    sig_ready = Signal()
    """A user is signed in and the first screen is showing."""

    def __init__(self, database_label: str) -> None:
        super().__init__()
        self.session: UiSession | None = None
        self._entries: list[ScreenEntry] = []
        self._screens: dict[str, QWidget] = {}
        self._busy = 0

        self.setWindowTitle(self.tr("CentreDesk"))
        self._build_navigation()
        self._build_toolbar()
        self._build_status_bar(database_label)
        self._build_menus()
        self._restore_geometry()

    def attach(self, session: UiSession) -> None:
        """Show the screens `session`'s user may use; the window becomes ready."""
        self.session = session
        actor = session.ctx.actor
        self._entries = screens_for(actor.role, actor.is_local)
        for entry in self._entries:
            item = QListWidgetItem(QApplication.translate("Navigation", entry.title))
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self._navigation.addItem(item)
        self._user_label.setText(self.tr("User: {name}").format(name=actor.name))
        self._month_edit.setEnabled(True)
        self._month_edit.setDate(QDate(session.month.year, session.month.month, 1))
        session.sig_month_changed.connect(self._on_session_month_changed)
        self._on_session_month_changed(session.month)
        self.backup_action.setEnabled(True)
        self.restore_action.setEnabled(True)
        self._restore_screen()
        self.sig_ready.emit()

    def detach(self) -> None:
        """Sign the user out: their screens are destroyed and the navigation emptied, so the
        next user of the window starts with only the screens of their own role."""
        if self.session is None:
            return
        self.session.sig_month_changed.disconnect(self._on_session_month_changed)
        self._navigation.blockSignals(True)
        self._navigation.clear()
        self._navigation.blockSignals(False)
        for widget in self._screens.values():
            self._stack.removeWidget(widget)
            widget.deleteLater()
        self._screens.clear()
        self._entries = []
        self.session = None
        self._user_label.clear()
        self._month_edit.setEnabled(False)
        self.backup_action.setEnabled(False)
        self.restore_action.setEnabled(False)

    # --- building ----------------------------------------------------------------------

    def _build_navigation(self) -> None:
        self._navigation = QListWidget()
        self._navigation.setObjectName("navigation")
        self._navigation.setFixedWidth(170)
        self._navigation.setStyleSheet(NAVIGATION_STYLE)
        self._stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._navigation)
        layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)
        self._navigation.currentRowChanged.connect(self._on_navigation_row_changed)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Month"))
        toolbar.setObjectName("month_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Month in hand:") + " "))
        self._month_edit = QDateEdit()
        self._month_edit.setObjectName("month_edit")
        self._month_edit.setDisplayFormat("yyyy-MM")
        self._month_edit.setEnabled(False)
        self._month_edit.dateChanged.connect(self._on_month_edit_date_changed)
        toolbar.addWidget(self._month_edit)
        self.addToolBar(toolbar)

    def _build_status_bar(self, database_label: str) -> None:
        bar = self.statusBar()
        self._month_label = QLabel()
        self._user_label = QLabel()
        self._progress = QProgressBar()
        self._progress.setMaximumWidth(160)
        self._progress.setRange(0, 0)
        self._progress.hide()
        bar.addPermanentWidget(self._progress)
        bar.addPermanentWidget(self._user_label)
        bar.addPermanentWidget(self._month_label)
        bar.addPermanentWidget(QLabel(self.tr("Database: {path}").format(path=database_label)))
        bar.showMessage(self.tr("Opening the database…"))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._add_action(
            file_menu, self.tr("&Open…"), self._on_open_triggered, QKeySequence.StandardKey.Open
        )
        self._add_action(
            file_menu, self.tr("&New…"), self._on_new_triggered, QKeySequence.StandardKey.New
        )
        self.recent_menu = file_menu.addMenu(self.tr("Recent files"))
        self.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        file_menu.addSeparator()
        self.backup_action = self._add_action(
            file_menu, self.tr("&Backup now"), self._on_backup_triggered
        )
        self.restore_action = self._add_action(
            file_menu, self.tr("&Restore…"), self._on_restore_triggered
        )
        self.restore_action.setEnabled(False)
        file_menu.addSeparator()
        self.account_actions = AccountActions(self, file_menu)
        file_menu.addSeparator()
        self._add_action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._add_action(
            help_menu,
            self.tr("&User guide"),
            self._on_user_guide_triggered,
            QKeySequence.StandardKey.HelpContents,
        )
        self._add_action(help_menu, self.tr("&About CentreDesk"), self._on_about_triggered)

    def _add_action(self, menu, text: str, slot: Callable, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # --- screens -----------------------------------------------------------------------

    def show_screen(self, key: str) -> QWidget:
        """Bring the screen `key` forward, building it on first use."""
        row = next(i for i, entry in enumerate(self._entries) if entry.key == key)
        self._navigation.setCurrentRow(row)
        return self._screens[key]

    def screen_keys(self) -> list[str]:
        """The screens this window's user may open, in navigation order."""
        return [entry.key for entry in self._entries]

    def screen(self, key: str) -> QWidget | None:
        return self._screens.get(key)

    def _on_navigation_row_changed(self, row: int) -> None:
        if row < 0:
            return
        entry: ScreenEntry = self._entries[row]
        if entry.key not in self._screens:
            widget = entry.create(self.session, self)
            self._screens[entry.key] = widget
            self._stack.addWidget(widget)
        self._stack.setCurrentWidget(self._screens[entry.key])

    # --- background work ---------------------------------------------------------------

    def run_task(
        self,
        function: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run database work off the UI thread with the busy indicator showing.

        A result that arrives after the window, or the screen whose method would receive it
        (destroyed by a switch of user), was deleted is dropped: nobody is left to show it to.
        """
        self._set_busy(+1)

        def done(result: Any) -> None:
            if shiboken6.isValid(self):
                self._set_busy(-1)
                if _receiver_alive(on_done):
                    on_done(result)

        def failed(error: Exception) -> None:
            if shiboken6.isValid(self):
                self._set_busy(-1)
                if _receiver_alive(on_error):
                    (on_error or self.show_error)(error)

        run_in_background(function, done, failed)

    def _set_busy(self, step: int) -> None:
        self._busy += step
        self._progress.setVisible(self._busy > 0)

    def show_error(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Not done"), str(error))

    # --- slots -------------------------------------------------------------------------

    def _on_month_edit_date_changed(self, date: QDate) -> None:
        self.session.set_month(Month(date.year(), date.month()))

    def _on_session_month_changed(self, month: Month) -> None:
        self._month_label.setText(self.tr("Month: {month}").format(month=month))
        if self._month_edit.date() != QDate(month.year, month.month, 1):
            self._month_edit.setDate(QDate(month.year, month.month, 1))

    def _on_open_triggered(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a CentreDesk database"), "", self.tr("CentreDesk databases (*.db)")
        )
        if path:
            self.sig_open_requested.emit(path)

    def _on_recent_menu_about_to_show(self) -> None:
        # Read when shown: another window of this program may have opened a file since.
        self.recent_menu.clear()
        paths = recent_files()
        for path in paths:
            action = self.recent_menu.addAction(path.replace("&", "&&"))  # no mnemonic
            action.triggered.connect(lambda _=False, p=path: self.sig_open_requested.emit(p))
        if not paths:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def _on_new_triggered(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New CentreDesk database"), "", self.tr("CentreDesk databases (*.db)")
        )
        if path:
            self.sig_new_requested.emit(path)

    def _on_backup_triggered(self) -> None:
        from centredesk.services.backups import backed_up_by_the_server, backup_now

        if backed_up_by_the_server(self.session.ctx):
            from centredesk.ui.safety import tell_the_server_backs_up

            tell_the_server_backs_up(self, self.tr("Backup now"))
            return
        self.run_task(lambda: backup_now(self.session.ctx), self._on_backup_done)

    def _on_backup_done(self, result) -> None:
        text = self.tr("Backup written to {path}").format(path=result.path)
        self.statusBar().showMessage(f"{text}; {result.warning}" if result.warning else text, 10000)

    def _on_restore_triggered(self) -> None:
        from centredesk.ui.safety import start_restore

        start_restore(self)

    def _on_user_guide_triggered(self) -> None:
        from centredesk.ui.translations import installed_language
        from centredesk.ui.user_guide import open_user_guide

        open_user_guide(installed_language())

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About CentreDesk"),
            self.tr(
                "<h3>CentreDesk {version}</h3><p>Staff, daily workload, volunteers and month-end "
                "performance pay of a community health service centre.</p>"
            ).format(version=__version__),
        )

    # --- state -------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    def _restore_screen(self) -> None:
        self.statusBar().clearMessage()
        keys = [entry.key for entry in self._entries]
        last = QSettings().value("main_window/screen", "")
        if self._entries:
            self.show_screen(last if last in keys else keys[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        current = self._navigation.currentItem()
        if current is not None:
            settings.setValue("main_window/screen", current.data(Qt.ItemDataRole.UserRole))
        super().closeEvent(event)


def _receiver_alive(callback: Callable | None) -> bool:
    """False when `callback` is a method of a Qt object that has been deleted."""
    receiver = getattr(callback, "__self__", None)
    return not isinstance(receiver, QObject) or shiboken6.isValid(receiver)
