"""The integrity report after opening: what the checks found, for the administrator."""

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QVBoxLayout

from centredesk.services.integrity import DAMAGE, ORPHAN, REFERENCE, SIGNED_MONTH, Finding
from centredesk.ui.table_model import Column
from centredesk.ui.widgets.filter_table import FilterTable

KIND_NAMES = {
    DAMAGE: QT_TRANSLATE_NOOP("IntegrityDialog", "Damaged file"),
    REFERENCE: QT_TRANSLATE_NOOP("IntegrityDialog", "Broken reference"),
    ORPHAN: QT_TRANSLATE_NOOP("IntegrityDialog", "Orphaned record"),
    SIGNED_MONTH: QT_TRANSLATE_NOOP("IntegrityDialog", "Signed month changed"),
}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("IntegrityDialog", KIND_NAMES.get(kind, kind))


class IntegrityDialog(QDialog):
    """The findings of the integrity report in a searchable table."""

    def __init__(self, findings: Sequence[Finding], database: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("integrity_dialog")
        self.setWindowTitle(self.tr("Integrity report"))
        self.resize(900, 420)
        self._findings = list(findings)

        summary = QLabel(
            self.tr(
                "<b>The checks found {count} problems in {database}.</b><br>Nothing has been "
                "changed. Restore a recent backup (File → Restore…) if the data was damaged, or "
                "reopen and re-sign a signed month whose data changed after signing."
            ).format(count=len(self._findings), database=database)
        )
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.RichText)
        self.table = FilterTable(self._columns(), self.tr("Search the findings…"))
        self.table.set_rows(self._findings)
        self._wrap_findings()
        buttons = self._buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _wrap_findings(self) -> None:
        """A finding is a sentence or two: shown whole, on as many lines as the width needs."""
        view = self.table.view
        view.setWordWrap(True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: view.resizeRowsToContents())

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Kind"), lambda finding: kind_name(finding.kind)),
            Column(self.tr("Concerns"), lambda finding: finding.subject),
            Column(self.tr("Finding"), lambda finding: finding.message),
        ]

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("Copy to clipboard"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons.rejected.connect(self.reject)
        return buttons

    def _on_copy_button_clicked(self) -> None:
        lines = (f"{kind_name(f.kind)}\t{f.subject}\t{f.message}" for f in self._findings)
        QGuiApplication.clipboard().setText("\n".join(lines))
