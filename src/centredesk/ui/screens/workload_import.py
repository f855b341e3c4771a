"""Importing workload from the screen: a preview of the changes per doctor, then the import,
both with a progress bar that can cancel; refused files list their problems."""

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from centredesk.services.imports import ImportCancelled, ImportSummary, import_file
from centredesk.services.staff import list_staff
from centredesk.ui.table_model import Column
from centredesk.ui.widgets.filter_table import FilterTable
from centredesk.ui.widgets.problems import show_import_problems
from centredesk.ui.widgets.progress import ProgressRun

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DoctorChanges:
    """A row of the preview: what the file changes for one doctor."""

    staff_no: str
    name: str
    added: int
    replaced: int
    removed: int
    unchanged: int


class WorkloadImport(QObject):
    """Preview a workload file, then import it on the person's word; every step cancellable."""

    def __init__(self, tab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.path: Path | None = None
        self.progress: ProgressRun | None = None
        self.dialog: QDialog | None = None

    def preview(self, path: Path) -> None:
        """Check the file and work out its changes, keeping nothing."""
        self.path = path
        ctx = self.tab.session.ctx

        def work(progress):
            summary = import_file(ctx, "workload", path, dry_run=True, progress=progress)
            names = {staff.staff_no: staff.name for staff in list_staff(ctx)}
            return summary, names

        self._run(work, self._on_preview_done, self.tr("Checking {file}…"))

    def confirm(self) -> None:
        """Import the file previewed: all of it or, on any problem, none of it."""
        ctx, path = self.tab.session.ctx, self.path
        self._run(
            lambda progress: import_file(ctx, "workload", path, progress=progress),
            self._on_import_done,
            self.tr("Importing {file}…"),
        )

    def _run(self, work, on_done, label: str) -> None:
        self.progress = ProgressRun(
            self.tab, label.format(file=self.path.name), self.tr("Workload import")
        ).start(work, on_done, self._on_failed)

    def _on_preview_done(self, result) -> None:
        summary, names = result
        self.dialog = ImportPreviewDialog(summary, names, self.tab)
        self.dialog.accepted.connect(self.confirm)
        self.dialog.open()

    def _on_import_done(self, summary: ImportSummary) -> None:
        log.info("workload imported from the screen: %s", summary.describe())
        self.tab.session.changed("workload")
        self.tab.status_line.setStyleSheet("")
        self.tab.status_line.setText(describe(summary))

    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, ImportCancelled):
            self.tab.status_line.setText(self.tr("Import cancelled: nothing was changed"))
            return
        self.dialog = show_import_problems(self.tab, error)


def describe(summary: ImportSummary) -> str:
    """What an import did or would do, in the user's language."""
    text = QCoreApplication.translate(
        "WorkloadImport",
        "{rows} rows from {file}: {added} new, {replaced} replaced, {removed} removed, "
        "{unchanged} unchanged",
    )
    return text.format(
        rows=summary.records,
        file=Path(summary.file).name,
        added=summary.added,
        replaced=summary.replaced,
        removed=summary.removed,
        unchanged=summary.unchanged,
    )


class ImportPreviewDialog(QDialog):
    """What the file will change for each doctor; Import to go ahead, Cancel to keep all."""

    def __init__(self, summary: ImportSummary, names: dict[str, str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workload import: preview"))
        self.resize(760, 520)
        self.summary = summary
        heading = QLabel(self._heading(summary))
        heading.setObjectName("preview_heading")
        heading.setWordWrap(True)
        self.table = FilterTable(self._columns(), self.tr("Search by number or name…"))
        self.table.set_rows(_rows(summary, names))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)

    def _heading(self, summary: ImportSummary) -> str:
        months = ", ".join(str(month) for month in sorted(summary.months))
        text = describe(summary)
        if months:
            text += "\n" + self.tr("Months that change: {months}").format(months=months)
        else:
            text += "\n" + self.tr("Nothing would change.")
        return text

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Staff no."), lambda r: r.staff_no),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("New"), lambda r: str(r.added), lambda r: r.added, numeric=True),
            Column(
                self.tr("Replaced"), lambda r: str(r.replaced), lambda r: r.replaced, numeric=True
            ),
            Column(self.tr("Removed"), lambda r: str(r.removed), lambda r: r.removed, numeric=True),
            Column(
                self.tr("Unchanged"),
                lambda r: str(r.unchanged),
                lambda r: r.unchanged,
                numeric=True,
            ),
        ]


def _rows(summary: ImportSummary, names: dict[str, str]) -> list[DoctorChanges]:
    return [
        DoctorChanges(
            staff_no, names.get(staff_no, ""), c.added, c.replaced, c.removed, c.unchanged
        )
        for staff_no, c in sorted(summary.by_staff.items())
    ]
