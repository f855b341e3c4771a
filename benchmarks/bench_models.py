"""The workload grid's and the review's table models with a million rows, in a QTableView.

Each model is measured against a minimal QAbstractTableModel over the same row objects (its
data() answers the display role only, with the same text), in the same plain QTableView of
1280 × 800 pixels on the offscreen platform:

- show: filling the model with the rows, setting it on a new view, showing and painting it;
- one scroll step: moving the view three rows down (one wheel notch) and painting it again,
  the best of many steps;
- memory: what the model keeps beyond the rows themselves. tracemalloc counts the bytes that
  Python allocates; the rows are made first (their size is "the data alone"), then the model
  is filled and the bytes still allocated with the model alive are added. The ratio is
  (data + model) / data, so a model holding only references to the rows is close to 1.
  Qt's own C++ allocations are not counted; a QTableView's are the same on both sides.

Times are process CPU time (painting is on this thread), the best of several runs in turns.
The workload rows are doctor-days with 12 of the centre's 40 items counted, made like the
service makes them (one shared dict of unit values per day); the review rows are copies of a
real month's review of the benchmark centre.
"""

import copy
import gc
import time
import tracemalloc
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractSlider, QApplication, QTableView

from benchmarks.data import Centre
from benchmarks.harness import Result
from centredesk.model.months import Month
from centredesk.services.workload import GridItem, GridRow, MonthSetup, WorkloadGrid
from centredesk.ui.screens.review_models import ReviewTableModel
from centredesk.ui.screens.workload_grid import TOTAL_COLUMNS, WorkloadGridTableModel

ROWS = 1_000_000
QUICK_ROWS = 30_000
ITEMS = 40
COUNTED = 12


class MinimalModel(QAbstractTableModel):
    """The floor: rows and a function giving a cell's text, the display role only."""

    def __init__(self, rows: list, columns: int, text: Callable[[object, int], str]) -> None:
        super().__init__()
        self._rows, self._columns, self._text = rows, columns, text

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(self._rows[index.row()], index.column())
        return None


# --- the rows ----------------------------------------------------------------------------


def workload_grid(rows: int) -> WorkloadGrid:
    """`rows` doctor-days of 100 doctors from 2000 on, each with 12 counted items."""
    codes = [f"I{n:02d}" for n in range(1, ITEMS + 1)]
    items = tuple(GridItem(code, f"项目{code}", "基本医疗", False, True) for code in codes)
    units = {code: Decimal(n % 7 + 1) / 4 for n, code in enumerate(codes)}
    setup = MonthSetup(Month(2026, 11), None, 200, items, None, {}, (), {})
    made, day, per_day = [], date(2000, 1, 1), dict(units)
    for n in range(rows):
        if n % 100 == 0:
            day, per_day = day + timedelta(days=1), dict(units)
        counted = {codes[(n + 3 * k) % ITEMS]: (n + k) % 30 + 1 for k in range(COUNTED)}
        doctor = n % 100 + 1
        made.append(GridRow(day, f"B{doctor:03d}", f"医生{doctor:03d}", counted, per_day))
    return WorkloadGrid(setup, items, tuple(made), day=day)


def review_rows(centre: Centre, rows: int) -> list:
    """`rows` distinct copies of the review rows of the centre's last month."""
    from centredesk.services.review import computed_review
    from centredesk.storage.database import open_database
    from centredesk.storage.locations import sqlite_url

    database = open_database(sqlite_url(centre.path))
    try:
        with database.reading() as session:
            month = list(computed_review(session, centre.last).rows)
    finally:
        database.close()
    return [copy.copy(month[n % len(month)]) for n in range(rows)]


# --- measuring ---------------------------------------------------------------------------


def _view(model) -> QTableView:
    view = QTableView()
    view.resize(1280, 800)
    view.setModel(model)
    view.show()
    QApplication.processEvents()
    view.viewport().grab()
    return view


def _shown(make_model: Callable[[], object]) -> tuple[float, object]:
    gc.collect()
    started = time.process_time()
    model = make_model()
    view = _view(model)
    spent = time.process_time() - started
    return spent, (model, view)


def _scroll_step(view: QTableView, steps: int) -> float:
    """The best time of one wheel notch down (three rows) and the repaint it causes."""
    best = float("inf")
    for _ in range(steps):
        started = time.process_time()
        for _ in range(3):
            view.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)
        view.viewport().grab()
        best = min(best, time.process_time() - started)
    return best


def _memory(rows_maker: Callable[[], object], fill: Callable[[object], object]):
    """(data + what the filled model keeps, data) in bytes that Python allocated."""
    gc.collect()
    tracemalloc.start()
    rows = rows_maker()
    data = tracemalloc.get_traced_memory()[0]
    model = fill(rows)
    gc.collect()
    total = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del model, rows
    return total, data


def _pair(name, rows, ours, floor, note, repeat, steps, memory) -> list[Result]:
    show_ours = show_floor = scroll_ours = scroll_floor = float("inf")
    for make in (floor, ours):  # the first view of a kind loads fonts and styles: untimed
        _shown(make)[1][1].close()
    for _ in range(repeat):
        spent, (model, view) = _shown(floor)
        show_floor = min(show_floor, spent)
        scroll_floor = min(scroll_floor, _scroll_step(view, steps))
        view.close()
        del model, view
        spent, (model, view) = _shown(ours)
        show_ours = min(show_ours, spent)
        scroll_ours = min(scroll_ours, _scroll_step(view, steps))
        view.close()
        del model, view
    size = f"{rows:,} rows"
    return [
        Result(f"{name} model: show {size}", show_ours, show_floor, 2.0, note),
        Result(f"{name} model: one scroll step", scroll_ours, scroll_floor, 2.0),
        Result(f"{name} model: memory", *memory, 1.3, "rows and model vs rows alone", "bytes"),
    ]


def scenarios(centre: Centre, quick: bool) -> list[Result]:
    QApplication.instance() or QApplication([])
    rows = QUICK_ROWS if quick else ROWS
    repeat, steps = (4, 10) if quick else (5, 30)
    return [*_workload(rows, repeat, steps), *_review(centre, rows, repeat, steps)]


def _workload(rows: int, repeat: int, steps: int) -> list[Result]:
    grid = workload_grid(rows)

    def ours():
        model = WorkloadGridTableModel(lambda changes: None)
        model.set_grid(grid)
        return model

    def text(row: GridRow, column: int) -> str:
        if column < TOTAL_COLUMNS:
            return ""
        count = row.counts.get(grid.items[column - TOTAL_COLUMNS].code, 0)
        return str(count) if count else ""

    def floor():
        return MinimalModel(list(grid.rows), len(grid.items) + TOTAL_COLUMNS, text)

    memory = _memory(lambda: workload_grid(rows), _filled_grid_model)
    note = f"doctor-days × {ITEMS} items, {COUNTED} counted a day"
    return _pair("workload grid", rows, ours, floor, note, repeat, steps, memory)


def _filled_grid_model(grid: WorkloadGrid) -> WorkloadGridTableModel:
    model = WorkloadGridTableModel(lambda changes: None)
    model.set_grid(grid)
    return model


def _review(centre: Centre, rows: int, repeat: int, steps: int) -> list[Result]:
    made = review_rows(centre, rows)
    columns = ReviewTableModel().columnCount()

    def ours():
        model = ReviewTableModel()
        model.set_rows(made)
        return model

    reference = ReviewTableModel()

    def text(row, column: int) -> str:
        return reference._columns[column].text(row)

    def floor():
        return MinimalModel(list(made), columns, text)

    def filled(rows_made):
        model = ReviewTableModel()
        model.set_rows(rows_made)
        return model

    memory = _memory(lambda: review_rows(centre, rows), filled)
    note = f"copies of the review rows of {centre.last}"
    return _pair("review", rows, ours, floor, note, repeat, steps, memory)


if __name__ == "__main__":
    import os
    import sys

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from benchmarks.data import build
    from benchmarks.harness import table

    print(table(scenarios(build(), quick="--quick" in sys.argv)))
