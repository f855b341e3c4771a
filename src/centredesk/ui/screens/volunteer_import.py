"""Importing a volunteers or volunteer-hours file off the UI thread, cancellable."""

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from centredesk.services.imports import import_file
from centredesk.ui.screens.volunteer_widgets import tell
from centredesk.ui.widgets.problems import show_import_problems
from centredesk.ui.worker import run_in_background

log = logging.getLogger(__name__)


class VolunteerImport(QObject):
    """One import: a progress dialog with Cancel, then the summary or the file's problems."""

    sig_file_imported = Signal(object)
    """The file was imported (its ImportSummary)."""

    def __init__(self, owner: QWidget, ctx, kind: str, path: Path) -> None:
        super().__init__(owner)
        self.owner, self.ctx, self.kind, self.path = owner, ctx, kind, path
        self.progress: QProgressDialog | None = None
        self.dialog: QDialog | None = None
        self._task = None

    def start(self) -> None:
        self.progress = QProgressDialog(
            self.tr("Importing {file}…").format(file=self.path.name),
            self.tr("Cancel"),
            0,
            4,
            self.owner,
        )
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        ctx, kind, path = self.ctx, self.kind, self.path
        self._task = run_in_background(
            lambda progress: import_file(ctx, kind, path, progress=progress),
            self._on_done,
            self._on_failed,
            self._on_progressed,
        )
        self.progress.canceled.connect(self._on_progress_canceled)

    def _on_progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _on_progress_canceled(self) -> None:
        if self._task is not None:
            self._task.progress.cancelled = True

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._on_progress_canceled)
            self.progress.close()
            self.progress = None

    def _on_done(self, summary) -> None:
        self._close_progress()
        self.sig_file_imported.emit(summary)
        self.dialog = tell(self.owner, self.tr("Import finished"), summary.describe())

    def _on_failed(self, error: Exception) -> None:
        self._close_progress()
        self.dialog = show_import_problems(self.owner, error)
