"""The desktop's data safety: one window per database file, a backup on opening and every
30 minutes while the data changes, the integrity report after opening, and restoring."""

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from centredesk.services.backups import (
    STARTUP,
    TIMED,
    BackupResult,
    RestoreResult,
    automatic_backup,
    backed_up_by_the_server,
    backup_folder_of,
    restore_backup,
)
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context
from centredesk.services.errors import Refused
from centredesk.storage.backup import DataVersionWatch
from centredesk.storage.database import Database, open_database
from centredesk.storage.locations import check_local_path, sqlite_file
from centredesk.storage.locks import DatabaseInUse, WriterLock, acquire_writer_lock
from centredesk.ui.worker import run_in_background

if TYPE_CHECKING:
    # The report's modules are imported when the report is made, after the first screen.
    from centredesk.services.integrity import Finding
    from centredesk.ui.integrity_dialog import IntegrityDialog

log = logging.getLogger(__name__)

BACKUP_INTERVAL_MS = 30 * 60 * 1000
MESSAGE_MS = 15000
# The opening checks wait for the first screen to be drawn, or this long if the window is
# never drawn (minimised at once).
FIRST_PAINT_WAIT_MS = 3000


class DatabaseOpenElsewhere(Exception):
    """The database is open in another CentreDesk; the message says where, translated."""


def open_claimed(url: str) -> tuple[Database, WriterLock | None]:
    """Open a database for the desktop, claiming a SQLite file for this program first."""
    path = _sqlite_file(url)
    lock = _claim(path) if path is not None else None
    try:
        return open_database(url), lock
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _sqlite_file(url: str) -> Path | None:
    path = sqlite_file(url)
    if path is None:
        return None
    # A share is refused before anything, the lock file included, is written there.
    check_local_path(path.absolute())
    return path.absolute()


def _claim(path: Path) -> WriterLock:
    try:
        return acquire_writer_lock(path, "desktop")
    except DatabaseInUse as error:
        holder = error.holder
        message = QCoreApplication.translate(
            "Safety",
            "{path} is already open in CentreDesk on {host} (process {pid}, user {user}, "
            "since {since}).\n\nClose it there first: two programs writing the same file "
            "would undo each other's work.",
        )
        raise DatabaseOpenElsewhere(
            message.format(
                path=path,
                host=holder.host if holder else "?",
                pid=holder.pid if holder else "?",
                user=holder.user if holder else "?",
                since=holder.since if holder else "?",
            )
        ) from None


@dataclass(frozen=True)
class OpeningChecks:
    """What the work after opening found: the backup written and the integrity findings."""

    backup: BackupResult | None
    backup_problem: str
    findings: "list[Finding] | None"


class SafetyWatch(QObject):
    """Looks after one window's database: the lock, the backups and the integrity report.

    A child of the window, so that results arriving after the window is gone go nowhere. It
    holds the lock from the moment the database is open and starts its work once a user is
    signed in; closing the window releases the lock.
    """

    def __init__(self, window: QMainWindow, lock: WriterLock | None) -> None:
        super().__init__(window)
        self.setObjectName("safety_watch")
        self._window = window
        self._ctx: Context | None = None
        self._data_watch: DataVersionWatch | None = None
        self.report_dialog: IntegrityDialog | None = None
        # True once the opening backup and integrity report have had their say (or were not
        # due): their status message comes after the window is ready.
        self.opening_checked = False
        self._start_pending = False
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_INTERVAL_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        window.installEventFilter(self)
        window.sig_ready.connect(self._on_window_ready)
        # Whatever becomes of the window, the lock goes with this object.
        self._held: list = [lock]
        self.destroyed.connect(_releaser(self._held))

    def _on_window_ready(self) -> None:
        self._ctx = self._window.session.ctx
        self._data_watch = _data_watch(self._ctx.database)
        self._held.append(self._data_watch)
        # The opening backup reads the whole file and the integrity check scans every table:
        # started at once, they would take the processor from drawing the first screen.
        self._start_pending = True
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._start_once)

    def _start_once(self) -> None:
        if self._start_pending:
            self._start_pending = False
            self.start()

    @property
    def may_back_up(self) -> bool:
        return self._ctx.actor.role in (ADMINISTRATOR, DIRECTOR) or self._ctx.actor.is_local

    def start(self) -> None:
        """The backup and the integrity report of opening, off the UI thread; then the timer."""
        if not self.may_back_up:
            self.opening_checked = True
            return
        self.timer.start()
        run_in_background(self._opening_checks, self._on_checks_done, self._on_checks_failed)

    def _opening_checks(self) -> OpeningChecks:
        from centredesk.services.integrity import integrity_report

        backup, problem = None, ""
        try:
            backup = automatic_backup(self._ctx, STARTUP)
        except Refused as refusal:
            problem = str(refusal)
        return OpeningChecks(backup, problem, integrity_report(self._ctx))

    def _on_checks_done(self, checks: OpeningChecks) -> None:
        if checks.backup_problem:
            title = QCoreApplication.translate("Safety", "No backup was written on opening")
            self._warn(title, checks.backup_problem)
        parts = []
        if checks.backup:
            text = QCoreApplication.translate("Safety", "Backed up ({name})")
            parts += [text.format(name=checks.backup.path.name), checks.backup.warning]
        elif backed_up_by_the_server(self._ctx):
            # Said once per opening, calmly: nothing is wrong, the server's tools do the work.
            parts.append(
                QCoreApplication.translate("Safety", "backups: the PostgreSQL server's own tools")
            )
        if checks.findings:
            from centredesk.ui.integrity_dialog import IntegrityDialog

            self.report_dialog = IntegrityDialog(
                checks.findings, self._ctx.database.describe(), self._window
            )
            self.report_dialog.open()
        else:
            parts.append(QCoreApplication.translate("Safety", "integrity check: no problems"))
        self._show("; ".join(part for part in parts if part))
        self.opening_checked = True

    def _on_checks_failed(self, error: Exception) -> None:
        log.error("the checks after opening failed: %s", error)
        self.opening_checked = True
        self._warn(
            QCoreApplication.translate("Safety", "The checks after opening failed"), str(error)
        )

    def _on_timer_timeout(self) -> None:
        if self._data_watch is None or not self._data_watch.changed():
            return
        run_in_background(
            lambda: automatic_backup(self._ctx, TIMED), self._on_timed_done, self._on_timed_failed
        )

    def _on_timed_done(self, result: BackupResult | None) -> None:
        if result is not None:
            text = QCoreApplication.translate("Safety", "Backup written: {name}")
            parts = [text.format(name=result.path.name), result.warning]
            self._show("; ".join(part for part in parts if part))

    def _on_timed_failed(self, error: Exception) -> None:
        self._warn(QCoreApplication.translate("Safety", "No backup was written"), str(error))

    def _show(self, text: str) -> None:
        self._window.statusBar().showMessage(text, MESSAGE_MS)

    def _warn(self, title: str, text: str) -> None:
        _notify(QMessageBox.Icon.Warning, title, text, self._window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint and self._start_pending:
            # Once this paint is through: the first screen is on the glass.
            QTimer.singleShot(0, self._start_once)
        elif watched is self._window and event.type() == QEvent.Type.Close:
            # The window may still refuse to close; look once the event is through.
            QTimer.singleShot(0, self._on_window_closing)
        return False

    def _on_window_closing(self) -> None:
        if not self._window.isVisible():
            self.timer.stop()
            _releaser(self._held)()
            self._data_watch = None


def _data_watch(database: Database) -> DataVersionWatch | None:
    path = database.path
    return DataVersionWatch(path) if path is not None and path.is_file() else None


def _releaser(held: list):
    """A function that closes the data watch and releases the lock in `held`, once."""

    def release(*_) -> None:
        while held:
            thing = held.pop()
            if isinstance(thing, DataVersionWatch):
                thing.close()
            elif thing is not None:
                thing.release()

    return release


def watch_over(window: QMainWindow, lock: WriterLock | None) -> SafetyWatch:
    """Give a window whose database is open its safety watch, holding the database's lock."""
    return SafetyWatch(window, lock)


# --- restoring -----------------------------------------------------------------------------


def start_restore(window: QMainWindow) -> None:
    """File → Restore…: pick a backup, confirm, restore, and reopen the window on the result."""
    ctx = window.session.ctx
    live = ctx.database.path
    if backed_up_by_the_server(ctx):
        tell_the_server_backs_up(window, QCoreApplication.translate("Safety", "Restore a backup"))
        return
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("Safety", "Restore a backup"),
        str(backup_folder_of(live)),
        QCoreApplication.translate("Safety", "CentreDesk backups (*.db)"),
    )
    if path:
        _confirm_restore(window, Path(path))


def tell_the_server_backs_up(window: QMainWindow, title: str) -> QMessageBox:
    """File → Backup now or Restore… on a server database: the server's tools do that."""
    text = QCoreApplication.translate(
        "Safety",
        "This database is on a PostgreSQL server: back it up and restore it with the server's "
        "own tools (pg_dump and pg_restore). CentreDesk writes no copies of it.",
    )
    return _notify(QMessageBox.Icon.Information, title, text, window)


def _confirm_restore(window: QMainWindow, backup: Path) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Safety", "Restore a backup"),
        QCoreApplication.translate(
            "Safety",
            "Replace all the data of this database with the backup {name}?\n\nThe data as it "
            "is now is kept as a backup first, and the window reopens on the restored data.",
        ).format(name=backup.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        window,
    )
    box.setObjectName("restore_confirmation")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("Safety", "Restore")
    )
    box.accepted.connect(lambda: _restore(window, backup))
    box.open()


def _restore(window: QMainWindow, backup: Path) -> None:
    ctx = window.session.ctx

    def done(result: RestoreResult) -> None:
        log.info("desktop restored %s from %s", ctx.database.describe(), backup)
        window.sig_open_requested.emit(str(ctx.database.path))
        _notify(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("Safety", "Backup restored"),
            QCoreApplication.translate(
                "Safety",
                "The data was restored from {backup}.\n\nThe data as it was is kept in {kept}.",
            ).format(backup=result.restored_from, kept=result.kept.path),
        )

    def failed(error: Exception) -> None:
        _notify(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Safety", "The backup was not restored"),
            str(error),
            window,
        )

    window.run_task(lambda: restore_backup(ctx, backup), done, failed)


# Notices whose window has closed stay alive here until they are dismissed.
_notices: set[QMessageBox] = set()


def _notify(icon: QMessageBox.Icon, title: str, text: str, parent=None) -> QMessageBox:
    """A message that does not block: shown with open(), as tests and people both prefer."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("safety_notice")
    _notices.add(box)
    box.finished.connect(lambda _: _notices.discard(box))
    box.open()
    return box
