"""The roster grid: a staff × day table model, its search proxy, a code editor and the view."""

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QPainter, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
)

from centredesk.services.roster import Roster, RosterCell, RosterRow, ShiftChange
from centredesk.services.shift_codes import ShiftCodeView

Index = QModelIndex | QPersistentModelIndex

CLASH_ROLE = Qt.ItemDataRole.UserRole + 10
LEAVE_COLOUR = "#fbdccc"
NOT_EMPLOYED_COLOUR = "#e8eaed"
DAY_OFF_COLOUR = "#f4f6f9"
CLASH_COLOUR = "#c5221f"


def empty_roster() -> Roster:
    return Roster((), frozenset(), frozenset(), (), ())


class RosterTableModel(QAbstractTableModel):
    """One row per staff member, one column per day; cells hold shift codes.

    An edit is shown at once and announced with `sig_shifts_edited`; the tab saves it and
    reloads, so a refused edit disappears again.
    """

    sig_shifts_edited = Signal(object)
    """Cells were given codes (a list of ShiftChange) and wait to be saved."""

    sig_code_refused = Signal(str)
    """A typed or pasted text is not one of the current shift codes (the text)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._roster = empty_roster()
        self._edited: dict[tuple[int, int], RosterCell] = {}
        self._weekdays = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]

    # --- contents ------------------------------------------------------------------------

    def set_roster(self, roster: Roster) -> None:
        self.beginResetModel()
        self._roster = roster
        self._edited = {}
        self.endResetModel()

    def weekday_names(self) -> tuple[str, ...]:
        """Monday to Sunday, short, in the language shown."""
        return tuple(self._weekdays)

    @property
    def roster(self) -> Roster:
        return self._roster

    def current_codes(self) -> list[ShiftCodeView]:
        """The codes a cell may be given: those not retired."""
        return [code for code in self._roster.codes if not code.retired]

    def day(self, column: int) -> date:
        return self._roster.days[column]

    def row_at(self, row: int) -> RosterRow:
        return self._roster.rows[row]

    def cell(self, row: int, column: int) -> RosterCell:
        return self._edited.get((row, column), self._roster.rows[row].cells[column])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._roster.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._roster.days)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.cell(index.row(), index.column()).employed:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # --- showing -------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.code or (self.tr("leave") if cell.leave else "")
        if role == Qt.ItemDataRole.EditRole:
            return cell.code
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(cell, self.day(index.column()))
        if role == Qt.ItemDataRole.ForegroundRole and cell.clash:
            return QBrush(QColor(CLASH_COLOUR))
        if role == Qt.ItemDataRole.FontRole and cell.leave:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), index.column(), cell)
        if role == CLASH_ROLE:
            return bool(cell.clash)
        return None

    def _background(self, cell: RosterCell, day: date) -> QBrush | None:
        if not cell.employed:
            return QBrush(QColor(NOT_EMPLOYED_COLOUR))
        code = self._roster.code(cell.code) if cell.code else None
        if code is not None and code.colour:
            return QBrush(QColor(code.colour))
        if cell.leave:
            return QBrush(QColor(LEAVE_COLOUR))
        if day not in self._roster.working_days:
            return QBrush(QColor(DAY_OFF_COLOUR))
        return None

    def _tooltip(self, row: int, column: int, cell: RosterCell) -> str:
        person = self.row_at(row)
        day = self.day(column)
        lines = [f"{person.name} ({person.staff_no}) · {day.isoformat()}"]
        code = self._roster.code(cell.code) if cell.code else None
        if code is not None:
            lines.append(f"{code.code}: {code.name}")
        if cell.leave:
            lines.append(self.tr("On leave: counts against attendance"))
        if cell.clash:
            lines.append(
                self.tr("Also rostered {code} on this day of leave").format(code=cell.clash)
            )
        if not cell.employed:
            lines.append(self.tr("Not employed on this day"))
        return "\n".join(lines)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and section < len(self._roster.days):
            return self._day_header(self._roster.days[section], role)
        if orientation == Qt.Orientation.Vertical and section < len(self._roster.rows):
            person = self._roster.rows[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{person.name}  {person.staff_no}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return person.post_name
        return None

    def _day_header(self, day: date, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{day:%m-%d}\n{self._weekdays[day.weekday()]}"
        if role == Qt.ItemDataRole.ForegroundRole and day not in self._roster.working_days:
            return QBrush(QColor("#a50e0e"))
        if role == Qt.ItemDataRole.ToolTipRole:
            working = day in self._roster.working_days
            return day.isoformat() + ("" if working else " · " + self.tr("not a working day"))
        return None

    # --- editing -------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self.propose([(index.row(), index.column(), str(value or ""))])

    def propose(self, cells: list[tuple[int, int, str]]) -> bool:
        """Give cells codes: shown at once and announced; nothing changes if a code is unknown."""
        codes = {code.code.casefold(): code for code in self.current_codes()}
        unknown = next(
            (text for _, _, text in cells if text.strip().casefold() not in codes and text.strip()),
            None,
        )
        if unknown is not None:
            self.sig_code_refused.emit(unknown.strip())
            return False

        shown = {}
        for row, column, text in cells:
            code = codes.get(text.strip().casefold())
            cell = self.cell(row, column)
            if cell.employed and (code.code if code else "") != cell.code:
                shown[(row, column)] = RosterCell(
                    code.code if code else "", bool(code and code.is_leave)
                )
        if not shown:
            return False
        self._show_edited(shown)
        return True

    def _show_edited(self, shown: dict[tuple[int, int], RosterCell]) -> None:
        self._edited.update(shown)
        for row, column in shown:
            changed = self.index(row, column)
            self.dataChanged.emit(changed, changed)
        self.sig_shifts_edited.emit(
            [
                ShiftChange(self.row_at(row).staff_no, self.day(column), cell.code)
                for (row, column), cell in shown.items()
            ]
        )


class RosterFilterProxy(QSortFilterProxyModel):
    """Shows the staff whose name, number or post holds the search text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""

    def set_search(self, text: str) -> None:
        self._text = text.strip().casefold()
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._text:
            return True
        person = self.sourceModel().row_at(source_row)
        return any(
            self._text in text.casefold()
            for text in (person.name, person.staff_no, person.post_name)
        )


class ShiftCodeDelegate(QStyledItemDelegate):
    """Edits a cell with a combo of the current codes, typed into or picked from."""

    def createEditor(self, parent, option, index: Index) -> QComboBox:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem("")
        for code in _source_model(index).current_codes():
            combo.addItem(code.code)
            combo.setItemData(combo.count() - 1, code.name, Qt.ItemDataRole.ToolTipRole)
        combo.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.completer().setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        return combo

    def setEditorData(self, editor: QComboBox, index: Index) -> None:
        editor.setEditText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QComboBox, model, index: Index) -> None:
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)

    def paint(self, painter: QPainter, option, index: Index) -> None:
        super().paint(painter, option, index)
        if index.data(CLASH_ROLE):
            # A red corner, as a spreadsheet marks a cell that needs a look.
            rect = option.rect
            corner = QPolygonF(
                [
                    QPointF(rect.right() - 8, rect.top()),
                    QPointF(rect.right(), rect.top()),
                    QPointF(rect.right(), rect.top() + 8),
                ]
            )
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(CLASH_COLOUR))
            painter.drawPolygon(corner)
            painter.restore()


def _source_model(index: Index) -> RosterTableModel:
    model = index.model()
    while isinstance(model, QSortFilterProxyModel):
        model = model.sourceModel()
    return model


class RosterGridView(QTableView):
    """The grid as a spreadsheet: type or pick a code, Delete clears, Ctrl+C/V copy and paste."""

    sig_clear_requested = Signal()
    """Delete or Backspace was pressed on the selection."""

    sig_paste_requested = Signal()
    """Ctrl+V was pressed: paste the clipboard's block at the current cell."""

    sig_copy_requested = Signal()
    """Ctrl+C was pressed: copy the selection as a block of text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setItemDelegate(ShiftCodeDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setMinimumHeight(44)
        self.verticalHeader().setDefaultSectionSize(28)
        self.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.setWordWrap(False)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.sig_paste_requested.emit()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.sig_copy_requested.emit()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != (
            QAbstractItemView.State.EditingState
        ):
            self.sig_clear_requested.emit()
        else:
            super().keyPressEvent(event)
