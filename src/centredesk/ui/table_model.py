"""Table models over plain rows: columns declared once, rows set in one reset."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

# data() runs for every cell and role a view paints or measures: the roles and alignments are
# looked up once here, since each lookup or | of a Qt enum costs as much as the cell's text.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """A column: its header, how to show a row's cell, and how to sort it."""

    title: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    numeric: bool = False
    foreground: Callable[[Any], Any] | None = None
    background: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str] | None = None


class RowTableModel(QAbstractTableModel):
    """A read-only table of rows (any objects) described by Columns; fed by `set_rows`."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == _DISPLAY:
            return column.text(row)
        if role == SORT_ROLE:
            return _sortable(column.sort_key(row) if column.sort_key else column.text(row))
        if role == ROW_ROLE:
            return row
        return self._decoration(row, column, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal:
            return _alignment(self._columns[section].numeric)
        return super().headerData(section, orientation, role)

    def _decoration(self, row: Any, column: Column, role: int) -> Any:
        if role == _ALIGNMENT:
            return _alignment(column.numeric)
        if role == _FOREGROUND and column.foreground:
            return column.foreground(row)
        if role == _BACKGROUND and column.background:
            return column.background(row)
        if role == _TOOLTIP and column.tooltip:
            return column.tooltip(row)
        return None


def _alignment(numeric: bool) -> Qt.AlignmentFlag:
    return _RIGHT if numeric else _LEFT


def _sortable(value: Any) -> Any:
    # Qt compares variants; decimals become floats for ordering only, never for figures.
    return float(value) if isinstance(value, Decimal) else value
