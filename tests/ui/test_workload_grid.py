"""The workload grid as the administrator uses it every day: type, paste, undo, be refused."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from centredesk.model.months import Month
from centredesk.services.review import review
from centredesk.services.workflow import mark_reviewed, sign
from centredesk.storage.database import open_database
from tests.databases import entry_count, query, url_of
from tests.services.factories import signed_in

SATURDAY = date(2026, 11, 28)  # the demo centre has no entries on it
MONDAY = date(2026, 11, 30)
BLOCK_ITEMS = ("GPV", "GRV", "HCV", "HBD", "DRS", "INJ")  # 1.0, 0.6, 3.0, 2.5, 0.5, 0.2


@pytest.fixture
def window(open_main_window, demo_db, qtbot):
    return _active(open_main_window(demo_db))


def _active(window):
    """Typed keys reach the cell editors of an active window (the login dialog was last)."""
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    return window


def _entry(window, day: date = SATURDAY):
    window.session.set_month(Month.of(day))
    tab = window.show_screen("workload").entry_tab
    tab.go_to_day(day)
    return tab


def _go_to(tab, staff_no: str, code: str) -> None:
    model = tab.model
    row = next(r for r in range(model.rowCount()) if model.grid_row(r).staff_no == staff_no)
    source = model.index(row, model.column_of(code))
    tab.view.setCurrentIndex(tab.view.proxy.mapFromSource(source))


def _type(tab, qtbot, text: str, key=Qt.Key.Key_Return) -> None:
    """Type into the current cell as a person does: the first key opens the editor."""
    qtbot.keyClicks(tab.view, text[0])
    editor = QApplication.focusWidget()
    assert editor is not tab.view, "the first key should have opened an editor"
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, key)
    qtbot.waitUntil(lambda: tab.view.state() != QAbstractItemView.State.EditingState)


def _current(tab) -> tuple[str, str]:
    index = tab.view.proxy.mapToSource(tab.view.currentIndex())
    return tab.model.grid_row(index.row()).staff_no, tab.model.item_at(index.column()).code


def _shown(tab, staff_no: str, code: str) -> str:
    model = tab.model
    row = next(r for r in range(model.rowCount()) if model.grid_row(r).staff_no == staff_no)
    return model.index(row, model.column_of(code)).data()


def _row_equivalents(tab, staff_no: str) -> str:
    model = tab.model
    row = next(r for r in range(model.rowCount()) if model.grid_row(r).staff_no == staff_no)
    return model.index(row, 0).data()


def _db_day(db, day: date) -> list[tuple]:
    return query(
        db,
        "SELECT staff_id, item_id, count FROM workload_entries WHERE day = :day ORDER BY 1, 2",
        day=day.isoformat(),
    )


def test_type_counts_for_two_doctors_and_watch_the_equivalents(window, demo_db, qtbot):
    tab = _entry(window)
    _go_to(tab, "D004", "GPV")

    _type(tab, qtbot, "12")
    assert _current(tab) == ("D005", "GPV"), "Enter moves down, as in a spreadsheet"
    _type(tab, qtbot, "7", Qt.Key.Key_Tab)
    assert _current(tab) == ("D005", "GRV"), "Tab moves right"
    _type(tab, qtbot, "5")

    assert (_shown(tab, "D004", "GPV"), _shown(tab, "D005", "GRV")) == ("12", "5")
    assert entry_count(demo_db, SATURDAY, "D004", "GPV") == 12
    assert entry_count(demo_db, SATURDAY, "D005", "GPV") == 7
    assert entry_count(demo_db, SATURDAY, "D005", "GRV") == 5
    assert _row_equivalents(tab, "D004") == "12.00"
    assert _row_equivalents(tab, "D005") == "10.00"  # 7 × 1.0 + 5 × 0.6
    assert tab.totals.text().startswith("Day total: 22.00 equivalents")


def test_the_month_to_date_follows_typing_and_equals_the_review(window, demo_db, qtbot):
    tab = _entry(window)
    _go_to(tab, "D005", "HCV")

    _type(tab, qtbot, "4", Qt.Key.Key_Tab)

    database = open_database(url_of(demo_db))
    rows = review(signed_in(database, "admin"), Month(2026, 11)).rows
    row = next(row for row in rows if row.staff_no == "D005")
    database.close()
    assert f"so far: {row.equivalents:,.2f} of target {row.target:,.2f}" in (
        tab.month_to_date.label.text()
    )
    assert tab.month_to_date.bar.progress.band == row.band


def test_paste_a_five_by_six_block_then_undo_and_redo_it(window, demo_db, qtbot):
    tab = _entry(window)
    _go_to(tab, "D004", "GPV")
    QGuiApplication.clipboard().setText("1\t2\t3\t4\t5\t6\r\n" * 5)

    qtbot.keyClick(tab.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    doctors = ("D004", "D005", "D006", "D007", "D008")
    assert len(_db_day(demo_db, SATURDAY)) == 30
    assert [entry_count(demo_db, SATURDAY, "D008", code) for code in BLOCK_ITEMS] == [
        1,
        2,
        3,
        4,
        5,
        6,
    ]
    # 1 × 1.0 + 2 × 0.6 + 3 × 3.0 + 4 × 2.5 + 5 × 0.5 + 6 × 0.2 = 24.90 for each doctor
    assert [_row_equivalents(tab, staff_no) for staff_no in doctors] == ["24.90"] * 5
    assert tab.totals.text().startswith("Day total: 124.50 equivalents")
    assert tab.model.undo_stack.count() == 1, "a paste is one undo step"

    qtbot.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert _db_day(demo_db, SATURDAY) == []
    assert [_row_equivalents(tab, staff_no) for staff_no in doctors] == [""] * 5
    assert tab.totals.text().startswith("Day total: 0.00 equivalents")

    qtbot.keyClick(tab.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)

    assert len(_db_day(demo_db, SATURDAY)) == 30
    assert tab.totals.text().startswith("Day total: 124.50 equivalents")


def test_a_block_with_a_letter_is_refused_whole(window, demo_db, qtbot):
    tab = _entry(window)
    _go_to(tab, "D004", "GPV")
    QGuiApplication.clipboard().setText("1\t2\n3\tx\n")

    qtbot.keyClick(tab.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    assert _db_day(demo_db, SATURDAY) == []
    assert "Nothing pasted" in tab.status_line.text()
    assert '"x" is not a whole number' in tab.status_line.text()


def test_delete_clears_the_selected_cells_as_one_step(window, demo_db, qtbot):
    tab = _entry(window, MONDAY)
    _go_to(tab, "D004", "GPV")
    before = entry_count(demo_db, MONDAY, "D004", "GPV")
    assert before

    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)

    assert entry_count(demo_db, MONDAY, "D004", "GPV") is None
    assert _shown(tab, "D004", "GPV") == ""
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert entry_count(demo_db, MONDAY, "D004", "GPV") == before


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("abc", '"abc" is not a whole number'),
        ("-3", "A count cannot be negative (-3)"),
        ("201", "201 is above the daily maximum of 200"),
        ("2.5", '"2.5" is not a whole number'),
    ],
)
def test_a_bad_count_is_refused_in_the_cell_with_the_reason(window, demo_db, qtbot, typed, reason):
    tab = _entry(window, MONDAY)
    _go_to(tab, "D004", "GPV")
    before = entry_count(demo_db, MONDAY, "D004", "GPV")

    _type(tab, qtbot, typed)

    assert reason in tab.status_line.text()
    assert _current(tab) == ("D004", "GPV"), "a refused count keeps the cell in hand"
    assert _shown(tab, "D004", "GPV") == str(before)
    assert entry_count(demo_db, MONDAY, "D004", "GPV") == before


def test_the_daily_maximum_is_a_setting(window, demo_db, qtbot):
    from centredesk.services.settings import set_setting

    database = open_database(url_of(demo_db))
    set_setting(signed_in(database, "admin"), "daily_count_maximum", "50")
    database.close()
    tab = _entry(window)
    _go_to(tab, "D004", "GPV")

    _type(tab, qtbot, "60")
    _type(tab, qtbot, "50")

    assert entry_count(demo_db, SATURDAY, "D004", "GPV") == 50
    assert _current(tab) == ("D005", "GPV")


def test_a_signed_month_is_read_only_with_the_reason_shown(open_main_window, demo_db, qtbot):
    database = open_database(url_of(demo_db))
    mark_reviewed(signed_in(database, "admin"), Month(2026, 11))
    sign(signed_in(database, "director"), Month(2026, 11))
    database.close()
    window = _active(open_main_window(demo_db))
    tab = _entry(window, MONDAY)
    _go_to(tab, "D004", "GPV")
    before = _db_day(demo_db, MONDAY)

    qtbot.keyClicks(tab.view, "5")
    assert "2026-11 is signed" in tab.status_line.text()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    QGuiApplication.clipboard().setText("9\t9\n")
    qtbot.keyClick(tab.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    assert tab.lock_banner.isVisible()
    assert "2026-11 is signed" in tab.lock_banner.text()
    assert tab.view.state() != QAbstractItemView.State.EditingState
    assert not tab.view.currentIndex().flags() & Qt.ItemFlag.ItemIsEditable
    assert _db_day(demo_db, MONDAY) == before


def test_the_doctor_view_shows_a_month_of_days(window, demo_db, qtbot):
    tab = _entry(window, MONDAY)
    _go_to(tab, "D007", "GPV")

    tab.by_doctor.setChecked(True)

    assert tab.doctor.currentData() == "D007"
    assert tab.model.rowCount() == 30
    model = tab.model
    monday = next(r for r in range(30) if model.grid_row(r).day == MONDAY)
    expected = entry_count(demo_db, MONDAY, "D007", "GPV")
    assert model.index(monday, model.column_of("GPV")).data() == str(expected)
    assert tab.totals.text().startswith("Month total:")


def test_a_count_being_typed_is_saved_when_the_program_closes(window, demo_db, qtbot):
    tab = _entry(window)
    _go_to(tab, "D006", "GPV")

    qtbot.keyClicks(tab.view, "8")
    assert tab.view.state() == QAbstractItemView.State.EditingState
    window.close()

    assert entry_count(demo_db, SATURDAY, "D006", "GPV") == 8


def test_the_drilldown_of_a_doctor_adds_up_to_the_review(window, demo_db, qtbot):
    tab = _entry(window, date(2026, 8, 4))
    _go_to(tab, "D019", "PPV")

    tab.drilldown_button.click()

    qtbot.waitUntil(lambda: tab.drilldown is not None, timeout=10000)
    dialog = tab.drilldown
    assert "D019" in dialog.windowTitle()
    assert "They match the review." in dialog.summary.text()
    visits = [d for d in dialog.days.visible_rows() if d.line.item == "PPV"]
    assert visits and {(str(d.line.equivalents), str(d.line.coefficient)) for d in visits} == {
        ("2.7183", "2")
    }


def test_the_director_reads_the_grid_but_cannot_type_in_it(open_main_window, demo_db, qtbot):
    window = _active(open_main_window(demo_db, user="director"))
    tab = _entry(window, MONDAY)
    _go_to(tab, "D004", "GPV")
    before = _db_day(demo_db, MONDAY)

    qtbot.keyClicks(tab.view, "5")

    assert "Only the administrator enters workload" in tab.lock_banner.text()
    assert "Only the administrator enters workload" in tab.status_line.text()
    assert not tab.import_button.isEnabled()
    assert _db_day(demo_db, MONDAY) == before


def test_the_arrows_step_through_days_and_across_months(window, qtbot):
    tab = _entry(window, date(2026, 11, 1))

    tab.previous.click()

    assert tab.day == date(2026, 10, 31)
    assert window.session.month == Month(2026, 10)
    assert tab.day_edit.date().toPython() == date(2026, 10, 31)
    tab.next.click()
    assert (tab.day, window.session.month) == (date(2026, 11, 1), Month(2026, 11))
