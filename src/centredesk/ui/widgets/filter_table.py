"""A sortable table with a search box: a RowTableModel behind a QSortFilterProxyModel."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from centredesk.ui.table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel


class FilterTable(QWidget):
    """A search box over a table; typing filters every column, headers sort."""

    sig_row_activated = Signal(object)
    """A row was double-clicked or Enter was pressed on it (the row object)."""

    def __init__(self, columns: Sequence[Column], placeholder: str, parent=None) -> None:
        super().__init__(parent)
        self.model = RowTableModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.search = QLineEdit()
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = _table_view(self.proxy)
        self.view.activated.connect(self._on_view_activated)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()

    def visible_rows(self) -> list[Any]:
        """The rows as shown: filtered and in the order sorted."""
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def selected_row(self) -> Any | None:
        indexes = self.view.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def _on_view_activated(self, index) -> None:
        self.sig_row_activated.emit(index.data(ROW_ROLE))


def _table_view(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view
