"""Showing an import's problems: a table a person can read and copy, or a plain refusal."""

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from centredesk.files.problems import ImportRefused


class ProblemsDialog(QDialog):
    """Every problem of a refused file, one per line, with a button to copy them all."""

    def __init__(self, problems: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("File refused"))
        self.resize(760, 420)
        heading = QLabel(
            self.tr(
                "Nothing was imported. Correct these {count} problems and import the file again:"
            ).format(count=len(problems))
        )
        heading.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(problems))
        self.text.setReadOnly(True)
        copy = QPushButton(self.tr("Copy all"))
        copy.clicked.connect(self._on_copy_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())


def show_import_problems(parent: QWidget, error: Exception) -> QDialog:
    """A refused import lists its problems; any other refusal is a plain message."""
    if isinstance(error, ImportRefused):
        dialog = ProblemsDialog([str(problem) for problem in error.problems], parent)
    else:
        dialog = QMessageBox(
            QMessageBox.Icon.Warning,
            parent.tr("Not done"),
            str(error),
            QMessageBox.StandardButton.Close,
            parent,
        )
    dialog.open()
    return dialog
