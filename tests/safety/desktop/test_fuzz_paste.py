"""Pasted garbage in the workload grid: refused whole with a reason, or pasted exactly.

Never an exception in the event loop (pytest-qt fails the test on one), never part of a block.
"""

from datetime import date

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from centredesk.model.months import Month
from tests.databases import query
from tests.safety.fuzzing import FUZZ, HOSTILE

SATURDAY = date(2026, 11, 28)  # a day without entries in the demo centre
CELL = st.one_of(
    st.integers(0, 250).map(str), st.sampled_from(HOSTILE), st.text(max_size=6), st.just("")
)
NUMBER = st.one_of(st.integers(0, 60).map(str), st.just(""))


def block_of(cell: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    rows = st.lists(st.lists(cell, min_size=1, max_size=7), min_size=1, max_size=6)
    return rows.map(lambda rows: "\r\n".join("\t".join(row) for row in rows))


# Blocks as Excel copies them, some of numbers only, some with anything in their cells.
CLIPBOARD = st.one_of(block_of(NUMBER), block_of(CELL), st.text(max_size=120))


@pytest.fixture(scope="module")
def grid_day():
    """Entries of the Saturday as the database holds them: (staff_no, item code) → count."""

    def entries(db) -> dict[tuple[str, str], int]:
        rows = query(
            db,
            "SELECT s.staff_no, i.code, w.count FROM workload_entries w JOIN staff s ON "
            "s.id = w.staff_id JOIN items i ON i.id = w.item_id WHERE w.day = :day",
            day=SATURDAY.isoformat(),
        )
        return {(staff_no, code): count for staff_no, code, count in rows}

    return entries


@pytest.fixture
def entry_tab(open_main_window, demo_db):
    window = open_main_window(demo_db)
    window.session.set_month(Month.of(SATURDAY))
    tab = window.show_screen("workload").entry_tab
    tab.go_to_day(SATURDAY)
    return tab


def _start_at(tab, staff_no: str, code: str) -> None:
    model = tab.model
    row = next(r for r in range(model.rowCount()) if model.grid_row(r).staff_no == staff_no)
    tab.view.setCurrentIndex(tab.view.proxy.mapFromSource(model.index(row, model.column_of(code))))


@settings(
    FUZZ,
    max_examples=30,
    suppress_health_check=[*FUZZ.suppress_health_check, HealthCheck.function_scoped_fixture],
)
@given(text=CLIPBOARD)
def test_pasted_garbage_is_refused_whole_or_pasted_exactly(
    entry_tab, demo_db, qtbot, grid_day, text
):
    _start_at(entry_tab, "D004", "GPV")
    before = grid_day(demo_db)
    QGuiApplication.clipboard().setText(text)

    qtbot.keyClick(entry_tab.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    after = grid_day(demo_db)
    if "Nothing pasted" in entry_tab.status_line.text() or after == before:
        assert after == before, "a refused paste changed the database"
        event("refused or unchanged")
        return
    event("pasted")
    first = text.replace("\r\n", "\n").split("\n")[0].split("\t")[0].strip()
    assert after.get(("D004", "GPV"), 0) == int(first or 0), "the block starts where it was put"
    assert all(0 <= count <= 1_000_000 for count in after.values())
