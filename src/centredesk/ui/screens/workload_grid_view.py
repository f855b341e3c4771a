"""The workload grid as a spreadsheet: type a count, Tab/Enter move on, Delete clears,
Ctrl+V pastes a block from Excel or WPS, Ctrl+C copies, Ctrl+Z/Ctrl+Y undo and redo."""

import logging

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from centredesk.model.workload_grid import CountRefused, parse_block
from centredesk.ui.screens.workload_grid import (
    TOTAL_COLUMNS,
    LockedCell,
    WorkloadGridFilter,
    WorkloadGridTableModel,
    refusal_text,
)

log = logging.getLogger(__name__)
Hint = QAbstractItemDelegate.EndEditHint
REDO_KEYS = (QKeySequence("Ctrl+Y"),)
ROW_HEIGHT = 26


class WorkloadGridView(QTableView):
    """A table that takes counts from the keyboard the way a spreadsheet does."""

    def __init__(self, model: WorkloadGridTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen: FrozenTotals | None = None
        self.grid_model = model
        self.proxy = WorkloadGridFilter(self)
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(
            triggers.AnyKeyPressed | triggers.DoubleClicked | triggers.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.horizontalHeader().setDefaultSectionSize(78)
        self.horizontalHeader().setMinimumSectionSize(48)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen = FrozenTotals(self)

    # --- the totals kept in view -------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.frozen is not None:
            self.frozen.follow()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        if self.frozen is not None:
            self.frozen.follow()

    def scrollTo(self, index: QModelIndex, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        """Scroll an item cell into view beside the totals, which never scroll away."""
        if index.column() < TOTAL_COLUMNS:
            super().scrollTo(self.proxy.index(index.row(), TOTAL_COLUMNS), hint)
            return
        super().scrollTo(index, hint)
        hidden = (self.frozen.width() if self.frozen else 0) - self.visualRect(index).left()
        if hidden > 0:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - hidden)

    # --- keys --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._shortcut(event):
            return
        if self.state() != QAbstractItemView.State.EditingState and self._navigation(event):
            return
        super().keyPressEvent(event)

    def _shortcut(self, event: QKeyEvent) -> bool:
        keys = QKeySequence.StandardKey
        if event.matches(keys.Paste):
            self.paste_text(QGuiApplication.clipboard().text())
        elif event.matches(keys.Copy):
            self.copy_selection()
        elif event.matches(keys.Undo):
            self.grid_model.undo_stack.undo()
        elif event.matches(keys.Redo) or _combination(event) in REDO_KEYS:
            self.grid_model.undo_stack.redo()
        else:
            return False
        return True

    def _navigation(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._step_row(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_selection()
        elif _types_text(event) and not self._editable(self.currentIndex()):
            self._explain(self.currentIndex())
        else:
            return False
        return True

    def moveCursor(self, action, modifiers) -> QModelIndex:
        """Tab and Shift+Tab go from item to item, wrapping to the next or previous row."""
        Action = QAbstractItemView.CursorAction
        if action in (Action.MoveNext, Action.MovePrevious):
            return self._next_cell(1 if action == Action.MoveNext else -1)
        return super().moveCursor(action, modifiers)

    def closeEditor(self, editor: QWidget, hint: Hint) -> None:
        """After a count is committed, move on as a spreadsheet does; stay where refused."""
        refused = bool(self.grid_model.last_refusal)
        super().closeEditor(editor, Hint.NoHint)
        if refused and hint != Hint.RevertModelCache:
            return
        if hint == Hint.EditNextItem:
            self.setCurrentIndex(self._next_cell(1))
        elif hint == Hint.EditPreviousItem:
            self.setCurrentIndex(self._next_cell(-1))
        elif hint == Hint.SubmitModelCache:
            self._step_row(1)

    def commit_open_editor(self) -> None:
        """Save a count still being typed (the screen is closing or changing)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.indexWidget(self.currentIndex())
        if editor is not None:
            self.commitData(editor)
            super().closeEditor(editor, Hint.NoHint)

    # --- moving ------------------------------------------------------------------------

    def _next_cell(self, step: int) -> QModelIndex:
        index = self.currentIndex()
        if not index.isValid():
            return self.proxy.index(0, TOTAL_COLUMNS)
        row = index.row()
        column = max(index.column(), TOTAL_COLUMNS - 1) + 1 if step > 0 else index.column() - 1
        last = self.proxy.columnCount() - 1
        if column > last:
            row, column = row + 1, TOTAL_COLUMNS
        elif column < TOTAL_COLUMNS:
            row, column = row - 1, last
        if not 0 <= row < self.proxy.rowCount():
            return index
        return self.proxy.index(row, column)

    def _step_row(self, step: int) -> None:
        index = self.currentIndex()
        row = index.row() + step
        if index.isValid() and 0 <= row < self.proxy.rowCount():
            self.setCurrentIndex(self.proxy.index(row, index.column()))

    def select_cell(self, row: int, column: int) -> None:
        """Make a cell (in the rows as shown) the current one."""
        index = self.proxy.index(row, column)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    # --- editing many cells ------------------------------------------------------------

    def paste_text(self, text: str) -> bool:
        """Paste a tab-separated block at the current cell, all of it or none of it.

        A single value pasted over a selection of several cells fills them all.
        """
        block = parse_block(text)
        targets = self._paste_targets(block)
        if isinstance(targets, str):
            return self.grid_model.refuse(targets)

        cells = []
        for (row, column), value in targets:
            try:
                count = self.grid_model.checked_count(row, column, value)
            except (CountRefused, LockedCell) as problem:
                return self.grid_model.refuse(self._placed(row, column, problem))
            cells.append((row, column, count))
        label = self.tr("Paste {rows} × {columns}").format(rows=len(block), columns=len(block[0]))
        return self.grid_model.change(cells, label)

    def _paste_targets(self, block: list[list[str]]) -> list | str:
        """((source row, column), text) for each pasted cell, or why the block cannot go here."""
        selected = self._selected_cells()
        if not selected:
            return self.tr("Choose the cell where the block should start")
        if len(block) == 1 and len(block[0]) == 1 and len(selected) > 1:
            return [(self._source(r, c), block[0][0]) for r, c in selected]
        top, left = min(r for r, _ in selected), min(c for _, c in selected)
        width = max(len(line) for line in block)
        if top + len(block) > self.proxy.rowCount() or left + width > self.proxy.columnCount():
            return self.tr("The block of {rows} × {columns} does not fit from here").format(
                rows=len(block), columns=width
            )
        return [
            (self._source(top + r, left + c), value)
            for r, line in enumerate(block)
            for c, value in enumerate(line)
        ]

    def clear_selection(self) -> bool:
        """Clear the selected counts as one undo step; refused whole if any cannot change."""
        cells = []
        for row, column in self._selected_cells():
            source = self._source(row, column)
            if column < TOTAL_COLUMNS:
                continue
            try:
                self.grid_model.checked_count(*source, "")
            except LockedCell as locked:
                return self.grid_model.refuse(str(locked))
            cells.append((*source, 0))
        return self.grid_model.change(
            cells, self.tr("Clear {count} cells").format(count=len(cells))
        )

    def copy_selection(self) -> None:
        """Copy the selected block as tab-separated text, as a spreadsheet does."""
        selected = self._selected_cells()
        if not selected:
            return
        rows = sorted({r for r, _ in selected})
        columns = sorted({c for _, c in selected})
        lines = ["\t".join(self.proxy.index(r, c).data() or "" for c in columns) for r in rows]
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")

    # --- helpers -----------------------------------------------------------------------

    def _selected_cells(self) -> list[tuple[int, int]]:
        """The selected cells as (row, column) of the rows shown; the current one if none."""
        indexes = self.selectionModel().selectedIndexes() or [self.currentIndex()]
        return sorted((i.row(), i.column()) for i in indexes if i.isValid())

    def _source(self, row: int, column: int) -> tuple[int, int]:
        source = self.proxy.mapToSource(self.proxy.index(row, column))
        return source.row(), source.column()

    def _editable(self, index: QModelIndex) -> bool:
        return bool(index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable)

    def _explain(self, index: QModelIndex) -> None:
        if index.isValid():
            try:
                self.grid_model.checked_count(*self._source(index.row(), index.column()), "")
            except LockedCell as locked:
                self.grid_model.refuse(str(locked))

    def _placed(self, row: int, column: int, problem: Exception) -> str:
        """A paste problem with its place: the doctor or day, and the item."""
        reason = refusal_text(problem) if isinstance(problem, CountRefused) else str(problem)
        label = self.grid_model.headerData(row, Qt.Orientation.Vertical)
        item = self.grid_model.item_at(column)
        where = f"{label}, {item.code}" if item else label
        return self.tr("Nothing pasted: {where}: {reason}").format(where=where, reason=reason)


class FrozenTotals(QTableView):
    """The equivalents columns laid over the left of the grid, so scrolling never hides them."""

    def __init__(self, grid: WorkloadGridView) -> None:
        super().__init__(grid)
        self.grid = grid
        self.setModel(grid.model())
        self.setSelectionModel(grid.selectionModel())
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet("QTableView { border: none; border-right: 2px solid #9fb3cc; }")
        grid.viewport().stackUnder(self)
        grid.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(grid.verticalScrollBar().setValue)
        grid.model().modelReset.connect(self.follow)
        grid.model().layoutChanged.connect(self.follow)

    def follow(self) -> None:
        """Show only the totals, as wide and as high as the grid's own columns and rows."""
        grid = self.grid
        for column in range(self.model().columnCount()):
            self.setColumnHidden(column, column >= TOTAL_COLUMNS)
            if column < TOTAL_COLUMNS:
                self.setColumnWidth(column, grid.columnWidth(column))
        self.horizontalHeader().setFixedHeight(grid.horizontalHeader().height())
        width = sum(grid.columnWidth(column) for column in range(TOTAL_COLUMNS))
        frame = grid.frameWidth()
        self.setGeometry(
            grid.verticalHeader().width() + frame,
            frame,
            width + 2,
            grid.viewport().height() + grid.horizontalHeader().height(),
        )
        self.verticalScrollBar().setValue(grid.verticalScrollBar().value())


def _combination(event: QKeyEvent) -> QKeySequence:
    return QKeySequence(event.keyCombination())


def _types_text(event: QKeyEvent) -> bool:
    control = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    return bool(event.text()) and event.text().isprintable() and not event.modifiers() & control
