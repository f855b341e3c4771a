"""The workload grid's table model: counts as cells, equivalents as the first columns.

Every change goes through a saver (the workload service) before the cell shows it, and onto
an undo stack as one step, however many cells it touches. Totals come from the model layer.
"""

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QUndoCommand, QUndoStack

from centredesk.model.numbers import plain, r2
from centredesk.model.workload_grid import (
    CountProblem,
    CountRefused,
    MonthToDate,
    RowEquivalents,
    month_to_date,
    read_typed_count,
    row_equivalents,
)
from centredesk.services.errors import Refused
from centredesk.services.workload import (
    INACTIVE_ITEM,
    NO_POLICY,
    NO_VALUE,
    NOT_EMPLOYED,
    READ_ONLY,
    SIGNED_MONTH,
    CountChange,
    GridItem,
    GridRow,
    Lock,
    WorkloadGrid,
)

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
Saver = Callable[[list[CountChange]], None]
CONTEXT = "WorkloadGrid"
TOTAL_COLUMNS = 2
LOCKED_BRUSH = QBrush(QColor("#eceef1"))
REST_DAY_BRUSH = QBrush(QColor("#fbf6e9"))
TOTAL_BRUSH = QBrush(QColor("#e8f0fb"))
BONUS_HEADER_BRUSH = QBrush(QColor("#f3e8fb"))
RIGHT_ALIGNED = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
HEADER_ROLES = frozenset(
    {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole}
)
# Made once: combining Qt's flags in Python costs more than the rest of a cell.
READ_ONLY_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE_FLAGS = READ_ONLY_FLAGS | Qt.ItemFlag.ItemIsEditable
# The roles data() answers: a view asks for many more per cell, as it paints each one.
CELL_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
    }
)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("WorkloadGrid", "Mon"),
    QT_TRANSLATE_NOOP("WorkloadGrid", "Tue"),
    QT_TRANSLATE_NOOP("WorkloadGrid", "Wed"),
    QT_TRANSLATE_NOOP("WorkloadGrid", "Thu"),
    QT_TRANSLATE_NOOP("WorkloadGrid", "Fri"),
    QT_TRANSLATE_NOOP("WorkloadGrid", "Sat"),
    QT_TRANSLATE_NOOP("WorkloadGrid", "Sun"),
)


def weekday_name(day: date) -> str:
    """The day of the week, short, in the user's language."""
    return QCoreApplication.translate(CONTEXT, WEEKDAYS[day.weekday()])


def lock_text(lock: Lock) -> str:
    """Why a cell cannot change, in the user's language."""
    texts = {
        SIGNED_MONTH: QCoreApplication.translate(
            "WorkloadGrid", "{detail} is signed: its workload cannot change until it is reopened"
        ),
        NO_POLICY: QCoreApplication.translate(
            "WorkloadGrid", "There is no policy for {detail}: import one before entering workload"
        ),
        READ_ONLY: QCoreApplication.translate(
            "WorkloadGrid", "Only the administrator enters workload; you can read it"
        ),
        NOT_EMPLOYED: QCoreApplication.translate("WorkloadGrid", "Not employed on {detail}"),
        INACTIVE_ITEM: QCoreApplication.translate("WorkloadGrid", "{detail} is no longer in use"),
        NO_VALUE: QCoreApplication.translate(
            "WorkloadGrid", "{detail} has no equivalents in force on this day"
        ),
    }
    return texts[lock.kind].format(detail=lock.detail)


def refusal_text(refusal: CountRefused) -> str:
    """Why a typed count was refused, in the user's language."""
    texts = {
        CountProblem.NOT_A_WHOLE_NUMBER: QCoreApplication.translate(
            "WorkloadGrid", '"{text}" is not a whole number: type a count'
        ),
        CountProblem.NEGATIVE: QCoreApplication.translate(
            "WorkloadGrid", "A count cannot be negative ({text})"
        ),
        CountProblem.ABOVE_MAXIMUM: QCoreApplication.translate(
            "WorkloadGrid",
            "{text} is above the daily maximum of {maximum} (setting daily_count_maximum)",
        ),
    }
    return texts[refusal.problem].format(text=refusal.text.strip(), maximum=refusal.maximum)


@dataclass(frozen=True)
class CellChange:
    """A cell's count before and after a change, named by day, doctor and item."""

    day: date
    staff_no: str
    item_code: str
    old: int
    new: int

    def saved(self, undoing: bool = False) -> CountChange:
        count = self.old if undoing else self.new
        return CountChange(self.day, self.staff_no, self.item_code, count)


class SetCountsCommand(QUndoCommand):
    """One undo step: the cells a typed count, a paste or a clear changed."""

    def __init__(self, model: "WorkloadGridTableModel", changes: list[CellChange], text: str):
        super().__init__(text)
        self._model = model
        self._changes = changes
        self._applied = True

    def redo(self) -> None:
        # Pushing runs redo at once; the change was saved before it was pushed.
        if self._applied:
            self._applied = False
            return
        if not self._model.store(self._changes, undoing=False):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._model.store(self._changes, undoing=True):
            self.setObsolete(True)


class WorkloadGridTableModel(QAbstractTableModel):
    """Rows of doctor-days, a column per item after the rows' equivalents and bonus."""

    sig_count_refused = Signal(str)
    """A change was refused, with the reason in words; the cells keep their counts."""

    sig_counts_saved = Signal(int)
    """Counts were saved (how many cells): totals and the month to date moved."""

    def __init__(self, saver: Saver, parent=None) -> None:
        super().__init__(parent)
        self._saver = saver
        self._grid: WorkloadGrid | None = None
        self._rows: Sequence[GridRow] = ()
        # A grid may have a million rows: the model keeps the grid's own rows and counts,
        # copies only the counts of rows changed here, prices rows when first shown, and
        # indexes them only when a change must find one.
        self._edited: dict[int, dict[str, int]] = {}
        self._totals: dict[int, RowEquivalents] = {}
        self._items: tuple[GridItem, ...] = ()
        self._row_index: dict[tuple[date, str], int] | None = None
        self.undo_stack = QUndoStack(self)
        self.last_refusal = ""

    # --- content -----------------------------------------------------------------------

    def set_grid(self, grid: WorkloadGrid) -> None:
        """Show another grid; the undo history belongs to the grid it was made in."""
        self.beginResetModel()
        self._grid = grid
        self._rows = grid.rows
        self._edited, self._totals, self._row_index = {}, {}, None
        self._items = grid.items
        self.endResetModel()
        self.undo_stack.clear()

    @property
    def grid(self) -> WorkloadGrid | None:
        return self._grid

    def grid_row(self, row: int) -> GridRow:
        return self._rows[row]

    def item_at(self, column: int) -> GridItem | None:
        return self._items[column - TOTAL_COLUMNS] if column >= TOTAL_COLUMNS else None

    def column_of(self, code: str) -> int:
        return next(n for n, item in enumerate(self._items) if item.code == code) + TOTAL_COLUMNS

    def count_at(self, row: int, column: int) -> int:
        item = self.item_at(column)
        return self._counts(row).get(item.code, 0) if item else 0

    def total(self) -> RowEquivalents:
        """The equivalents of all the rows, exact."""
        return sum(map(self._total, range(len(self._rows))), RowEquivalents())

    def month_to_date(self, staff_no: str) -> MonthToDate | None:
        """A doctor's month so far: the rows shown plus the rest of the month (None: no lines)."""
        grid = self._grid
        if grid is None or staff_no not in grid.setup.lines:
            return None
        rows = (n for n, row in enumerate(self._rows) if row.staff_no == staff_no)
        shown = sum(map(self._total, rows), RowEquivalents())
        elsewhere = grid.elsewhere.get(staff_no, RowEquivalents())
        return month_to_date(shown + elsewhere, grid.setup.lines[staff_no])

    def cell_lock(self, row: int, column: int) -> Lock | None:
        """Why a cell cannot change (None: it can)."""
        grid, item = self._grid, self.item_at(column)
        if grid is None or item is None:
            return None
        if grid.lock is not None:
            return grid.lock
        if self._rows[row].lock is not None:
            return self._rows[row].lock
        if not item.active:
            return Lock(INACTIVE_ITEM, item.name)
        if item.code not in self._rows[row].units:
            return Lock(NO_VALUE, item.name)
        return None

    # --- Qt ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items) + TOTAL_COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.column() >= TOTAL_COLUMNS and self.cell_lock(index.row(), index.column()) is None:
            return EDITABLE_FLAGS
        return READ_ONLY_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in CELL_ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole and column < TOTAL_COLUMNS:
            return _bold()
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in HEADER_ROLES:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self._row_header(section, role)
        if role == Qt.ItemDataRole.DisplayRole:
            item = self.item_at(section)
            if item is None:
                return (self.tr("Equivalents"), self.tr("Bonus"))[section]
            return f"{_wrapped(item.name)}\n{item.code}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._column_tooltip(section)
        if role == Qt.ItemDataRole.BackgroundRole:
            item = self.item_at(section)
            return BONUS_HEADER_BRUSH if item and item.is_bonus else None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = index.row(), index.column()
        try:
            count = self.checked_count(row, column, str(value))
        except CountRefused as refusal:
            return self._refuse(refusal_text(refusal))
        except LockedCell as locked:
            return self._refuse(str(locked))
        if count == self.count_at(row, column):
            self.last_refusal = ""
            return True
        return self.change([(row, column, count)], self.tr("Type {count}").format(count=count))

    # --- changing ----------------------------------------------------------------------

    def checked_count(self, row: int, column: int, text: str) -> int:
        """The count `text` would put in a cell; CountRefused or LockedCell otherwise."""
        lock = self.cell_lock(row, column)
        if self.item_at(column) is None:
            raise LockedCell(self.tr("The equivalents are worked out from the counts"))
        if lock is not None:
            raise LockedCell(lock_text(lock))
        return read_typed_count(text, self._grid.setup.maximum)

    def change(self, cells: Sequence[tuple[int, int, int]], label: str) -> bool:
        """Save new counts for (row, column, count) cells as one undo step; False if refused."""
        changes = [
            CellChange(
                self._rows[row].day,
                self._rows[row].staff_no,
                self.item_at(column).code,
                self.count_at(row, column),
                count,
            )
            for row, column, count in cells
            if count != self.count_at(row, column)
        ]
        if not changes:
            return True
        if not self.store(changes, undoing=False):
            return False
        self.undo_stack.push(SetCountsCommand(self, changes, label))
        return True

    def store(self, changes: list[CellChange], undoing: bool) -> bool:
        """Save through the service, then show the counts; False (and the reason) if refused."""
        try:
            self._saver([change.saved(undoing) for change in changes])
        except Refused as refusal:
            log.info("workload change refused: %s", refusal)
            return self._refuse(str(refusal))
        self.last_refusal = ""
        for change in changes:
            self._show(change, change.old if undoing else change.new)
        self.sig_counts_saved.emit(len(changes))
        return True

    def refuse(self, reason: str) -> bool:
        """Tell the person why nothing changed; always False."""
        return self._refuse(reason)

    def _refuse(self, reason: str) -> bool:
        self.last_refusal = reason
        self.sig_count_refused.emit(reason)
        return False

    def _show(self, change: CellChange, count: int) -> None:
        if self._row_index is None:
            self._row_index = {(row.day, row.staff_no): n for n, row in enumerate(self._rows)}
        row = self._row_index.get((change.day, change.staff_no))
        if row is None or not any(item.code == change.item_code for item in self._items):
            return
        counts = self._edited.setdefault(row, dict(self._rows[row].counts))
        if count:
            counts[change.item_code] = count
        else:
            counts.pop(change.item_code, None)
        self._totals.pop(row, None)
        column = self.column_of(change.item_code)
        self.dataChanged.emit(self.index(row, column), self.index(row, column))
        self.dataChanged.emit(self.index(row, 0), self.index(row, TOTAL_COLUMNS - 1))

    def _counts(self, row: int) -> Mapping[str, int]:
        edited = self._edited.get(row)
        return self._rows[row].counts if edited is None else edited

    def _total(self, row: int) -> RowEquivalents:
        """The row's equivalents, worked out the first time they are asked for."""
        total = self._totals.get(row)
        if total is None:
            total = row_equivalents(
                self._counts(row), self._rows[row].units, self._grid.setup.bonus_items
            )
            self._totals[row] = total
        return total

    # --- display -----------------------------------------------------------------------

    def _text(self, row: int, column: int) -> str:
        if column == 0:
            # A day without counts shows nothing, so the days worked stand out.
            return _money(self._total(row).regular) if self._counts(row) else ""
        if column == 1:
            bonus = self._total(row).bonus
            return _money(bonus) if bonus else ""
        count = self.count_at(row, column)
        return str(count) if count else ""

    def _background(self, row: int, column: int) -> QBrush | None:
        if column < TOTAL_COLUMNS:
            return TOTAL_BRUSH
        if self.cell_lock(row, column) is not None:
            return LOCKED_BRUSH
        return None if self._rows[row].working_day else REST_DAY_BRUSH

    def _tooltip(self, row: int, column: int) -> str:
        lock = self.cell_lock(row, column)
        item = self.item_at(column)
        if item is None:
            return self.tr("Σ count × equivalents × coefficient of the row")
        unit = self._rows[row].units.get(item.code)
        text = f"{item.name} ({item.code})"
        if unit is not None:
            text += "\n" + self.tr("One service: {unit} equivalents").format(unit=plain(unit))
        return text + ("\n" + lock_text(lock) if lock else "")

    def _column_tooltip(self, column: int) -> str:
        item = self.item_at(column)
        if item is None:
            return (
                self.tr("Equivalents of the row (counted in the month's E)"),
                self.tr(
                    "Bonus equivalents of the row (research and teaching, paid outside the cap)"
                ),
            )[column]
        text = f"{item.name} ({item.code})\n{item.category}"
        return text + ("\n" + self.tr("Bonus item") if item.is_bonus else "")

    def _row_header(self, section: int, role: int) -> Any:
        row = self._rows[section]
        in_month_view = self._grid is not None and self._grid.staff_no is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if in_month_view:
                return f"{row.day:%m-%d} {weekday_name(row.day)}"
            return f"{row.staff_no} {row.name}"
        if role == Qt.ItemDataRole.BackgroundRole and not row.working_day and in_month_view:
            return REST_DAY_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and row.lock is not None:
            return lock_text(row.lock)
        return None


class LockedCell(Exception):
    """A change to a cell that cannot change; the message says why."""


class WorkloadGridFilter(QSortFilterProxyModel):
    """Rows of the grid whose doctor's number or name holds the search text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._search = ""

    def set_search(self, text: str) -> None:
        self._search = text.strip().casefold()
        self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._search:
            return True
        row = self.sourceModel().grid_row(source_row)
        return self._search in f"{row.staff_no} {row.name}".casefold()


def _money(value: Decimal) -> str:
    return f"{r2(value):,.2f}"


def _wrapped(name: str, width: int = 6) -> str:
    """A long item name over two lines, so that columns stay narrow."""
    if len(name) <= width:
        return name
    middle = (len(name) + 1) // 2
    return f"{name[:middle]}\n{name[middle:]}"


@cache
def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font
