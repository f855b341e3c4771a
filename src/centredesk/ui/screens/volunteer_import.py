"""Importing a volunteers or volunteer-hours file off the UI thread, cancellable."""

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from centredesk.services.imports import import_file
from centredesk.ui.screens.volunteer_widgets import tell
from centredesk.ui.widgets.problems import show_import_problems
from centredesk.ui.widgets.progress import ProgressRun

log = logging.getLogger(__name__)


class VolunteerImport(QObject):
    """One import: a progress dialog with Cancel, then the summary or the file's problems."""

    sig_file_imported = Signal(object)
    """The file was imported (its ImportSummary)."""

    def __init__(self, owner: QWidget, ctx, kind: str, path: Path) -> None:
        super().__init__(owner)
        self.owner, self.ctx, self.kind, self.path = owner, ctx, kind, path
        self.progress: ProgressRun | None = None
        self.dialog: QDialog | None = None

    def start(self) -> None:
        ctx, kind, path = self.ctx, self.kind, self.path
        label = self.tr("Importing {file}…").format(file=path.name)
        self.progress = ProgressRun(self.owner, label).start(
            lambda progress: import_file(ctx, kind, path, progress=progress),
            self._on_done,
            self._on_failed,
        )

    def _on_done(self, summary) -> None:
        self.sig_file_imported.emit(summary)
        self.dialog = tell(self.owner, self.tr("Import finished"), summary.describe())

    def _on_failed(self, error: Exception) -> None:
        self.dialog = show_import_problems(self.owner, error)
