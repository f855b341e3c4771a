"""Showing an import's problems: a table a person can sort, search and copy, or a plain refusal."""

from collections.abc import Sequence

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from centredesk.files.problems import ImportRefused, Problem
from centredesk.ui.table_model import Column
from centredesk.ui.widgets.filter_table import FilterTable


class ProblemsDialog(QDialog):
    """Every problem of a refused file, one per row, with buttons to copy them.

    Copied problems are lines `FILE:SHEET:ROW:COLUMN: reason (value)`, as the command line
    prints them, so they can go into an e-mail or a spreadsheet.
    """

    def __init__(self, problems: Sequence[Problem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems = list(problems)
        self.setWindowTitle(self.tr("File refused"))
        self.resize(860, 460)
        heading = QLabel(
            self.tr(
                "Nothing was imported. Correct these {count} problems and import the file again:"
            ).format(count=len(self.problems))
        )
        heading.setWordWrap(True)
        self.table = FilterTable(self._columns(), self.tr("Search the problems…"))
        self.table.set_rows(self.problems)
        self.table.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._add_copy_shortcut()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addWidget(self._buttons())

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Row"), lambda p: str(p.row or ""), lambda p: p.row or 0, numeric=True),
            Column(self.tr("Column"), lambda p: p.column or ""),
            Column(self.tr("Problem"), lambda p: p.reason),
            Column(self.tr("Value"), lambda p: p.value or ""),
        ]

    def _buttons(self) -> QDialogButtonBox:
        copy_all = QPushButton(self.tr("Copy all"))
        copy_all.clicked.connect(self._on_copy_all_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy_all, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        return buttons

    def _add_copy_shortcut(self) -> None:
        copy = QAction(self.tr("Copy"), self.table.view)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.triggered.connect(self.copy_selected)
        self.table.view.addAction(copy)

    def lines(self, problems: Sequence[Problem] | None = None) -> list[str]:
        return [str(problem) for problem in (self.problems if problems is None else problems)]

    def copy_selected(self) -> None:
        """Copy the selected problems (Ctrl+C), in the order shown."""
        rows = sorted(index.row() for index in self.table.view.selectionModel().selectedRows())
        shown = self.table.visible_rows()
        QGuiApplication.clipboard().setText("\n".join(self.lines([shown[r] for r in rows])))

    def _on_copy_all_clicked(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.lines()))


def show_import_problems(parent: QWidget, error: Exception) -> QDialog:
    """A refused import lists its problems; any other refusal is a plain message."""
    if isinstance(error, ImportRefused):
        dialog = ProblemsDialog(error.problems, parent)
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
