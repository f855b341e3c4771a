"""The duty roster as an administrator uses it: type and paste shifts, copy weeks, record leave."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication

from centredesk.model.months import Month
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Actor, Context
from centredesk.services.review import review
from centredesk.services.workflow import mark_reviewed, sign
from centredesk.storage.database import open_database
from tests.databases import query, url_of
from tests.ui.conftest import type_text

MONDAY = date(2026, 11, 2)


def _roster_tab(window, qtbot, day: date = MONDAY, mode: str = "week"):
    screen = window.show_screen("staff")
    tab = screen.roster_tab
    with qtbot.waitSignal(tab.sig_roster_loaded, timeout=10000):
        screen.setCurrentWidget(tab)
    with qtbot.waitSignal(tab.sig_roster_loaded, timeout=10000):
        tab.show_period(day, mode)
    return tab


def _index(tab, staff_no: str, day: date):
    model = tab.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).staff_no == staff_no)
    return tab.proxy.mapFromSource(model.index(row, model.roster.days.index(day)))


def _shifts(db, staff_no: str) -> list[tuple[str, str]]:
    return query(
        db,
        "SELECT CAST(day AS VARCHAR), code FROM roster_shifts JOIN staff ON staff.id = staff_id "
        "JOIN shift_codes ON shift_codes.id = shift_code_id WHERE staff_no = :staff_no "
        "ORDER BY day",
        staff_no=staff_no,
    )


def _leave(db, staff_no: str) -> list[tuple[str, str, str]]:
    return query(
        db,
        "SELECT CAST(leave.start AS VARCHAR), CAST(leave.end AS VARCHAR), kind FROM leave "
        "JOIN staff ON staff.id = staff_id "
        "WHERE staff_no = :staff_no AND leave.start >= '2026-11-01' ORDER BY leave.start",
        staff_no=staff_no,
    )


def _settled(tab, qtbot) -> None:
    """Wait until the tab's saves and reloads have all answered."""
    qtbot.waitUntil(lambda: tab.pending == 0)


def _type_into_cell(tab, qtbot, index, code: str) -> None:
    """Type on a cell as on a spreadsheet: the first key opens the editor, Enter saves."""
    tab.view.setCurrentIndex(index)
    type_text(tab.view, code[0])
    editor = tab.view.indexWidget(index)
    type_text(editor.lineEdit(), code[1:])
    qtbot.keyClick(editor.lineEdit(), Qt.Key.Key_Return)


def _roster_week_of_d005(tab, qtbot, db) -> None:
    """Type Monday's shift, then paste the rest of the week as Excel copies it."""
    _type_into_cell(tab, qtbot, _index(tab, "D005", MONDAY), "上午")
    qtbot.waitUntil(lambda: _shifts(db, "D005") == [("2026-11-02", "上午")])

    QGuiApplication.clipboard().setText("下午\t全天\t上午\t夜班\t休\t休\n")
    tab.view.setCurrentIndex(_index(tab, "D005", date(2026, 11, 3)))
    qtbot.keyClick(tab.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(_shifts(db, "D005")) == 7)
    _settled(tab, qtbot)


def test_roster_a_week_by_typing_and_pasting(open_main_window, demo_db, qtbot):
    tab = _roster_tab(open_main_window(demo_db), qtbot)

    _roster_week_of_d005(tab, qtbot, demo_db)

    assert [code for _, code in _shifts(demo_db, "D005")] == [
        "上午", "下午", "全天", "上午", "夜班", "休", "休",
    ]  # fmt: skip
    qtbot.waitUntil(lambda: _index(tab, "D005", date(2026, 11, 6)).data() == "夜班")


def test_pick_a_code_for_several_days_and_clear_them(open_main_window, demo_db, qtbot):
    tab = _roster_tab(open_main_window(demo_db), qtbot)
    selection = QItemSelection(_index(tab, "D006", MONDAY), _index(tab, "D006", date(2026, 11, 6)))
    tab.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    button = next(
        tab.palette.itemAt(i).widget()
        for i in range(tab.palette.count())
        if tab.palette.itemAt(i).widget() and tab.palette.itemAt(i).widget().text() == "全天"
    )
    button.click()
    qtbot.waitUntil(lambda: len(_shifts(demo_db, "D006")) == 5)

    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _shifts(demo_db, "D006") == [])


def test_copy_a_week_forward_then_repeat_it(open_main_window, demo_db, qtbot):
    tab = _roster_tab(open_main_window(demo_db), qtbot)
    _roster_week_of_d005(tab, qtbot, demo_db)

    tab.copy_button.click()
    tab.question.button(tab.question.StandardButton.Yes).click()
    _settled(tab, qtbot)

    assert tab.first == date(2026, 11, 9)
    assert _index(tab, "D005", date(2026, 11, 9)).data() == "上午"
    assert len(_shifts(demo_db, "D005")) == 14

    dialog = tab.repeat_week()
    dialog.weeks.setValue(2)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    _settled(tab, qtbot)
    days = [day for day, _ in _shifts(demo_db, "D005")]
    assert (len(days), days[-1]) == (28, "2026-11-29")


def test_leave_warns_about_rostered_shifts_and_changes_attendance(open_main_window, demo_db, qtbot):
    tab = _roster_tab(open_main_window(demo_db), qtbot)
    _roster_week_of_d005(tab, qtbot, demo_db)
    ctx = Context(open_database(url_of(demo_db)), Actor("admin", ADMINISTRATOR))
    before = next(r for r in review(ctx, Month(2026, 11)).rows if r.staff_no == "D005")

    tab.view.setCurrentIndex(_index(tab, "D005", date(2026, 11, 3)))
    dialog = tab.record_leave()
    dialog.end.setDate(dialog.end.date().addDays(2))
    dialog.kind.setCurrentIndex(dialog.kind.findData("年假"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    warning = dialog.warning
    assert (
        warning.isVisible() and "11-03  下午" in warning.text() and "11-05  上午" in warning.text()
    )
    warning.button(warning.StandardButton.Yes).click()
    _settled(tab, qtbot)
    assert _leave(demo_db, "D005") == [("2026-11-03", "2026-11-05", "年假")]
    assert [code for _, code in _shifts(demo_db, "D005")] == ["上午", "夜班", "休", "休"]
    assert _index(tab, "D005", date(2026, 11, 4)).data() == "年假"
    after = next(r for r in review(ctx, Month(2026, 11)).rows if r.staff_no == "D005")
    # November 2026 has 21 working days: three of leave leave 18.
    assert (before.lines.attendance, after.lines.attendance) == (1, Decimal("0.8571"))


def test_leave_imported_by_the_command_line_shows_in_the_grid(
    demo_cli, demo_db, open_main_window, qtbot, tmp_path
):
    leave_file = tmp_path / "leave.csv"
    leave_file.write_text("工号,开始日期,结束日期,类型\nD007,2026-11-17,2026-11-18,病假\n", "utf-8")
    demo_cli.ok("import", "leave", leave_file)

    tab = _roster_tab(open_main_window(demo_db), qtbot, date(2026, 11, 16))

    shown = [_index(tab, "D007", date(2026, 11, day)).data() for day in (16, 17, 18, 19)]
    assert shown == ["", "病假", "病假", ""]


def test_a_code_that_does_not_exist_is_not_saved(open_main_window, demo_db, qtbot):
    tab = _roster_tab(open_main_window(demo_db), qtbot)

    _type_into_cell(tab, qtbot, _index(tab, "D005", MONDAY), "早班")

    qtbot.waitUntil(tab.banner.isVisible)
    assert "早班 is not a shift code" in tab.banner.text()
    assert _shifts(demo_db, "D005") == []
    assert _index(tab, "D005", MONDAY).data() == ""


def test_leave_in_a_signed_month_is_refused_and_the_cell_goes_back(
    open_main_window, demo_db, qtbot
):
    database = open_database(url_of(demo_db))
    mark_reviewed(Context(database, Actor("admin", ADMINISTRATOR)), Month(2026, 10))
    sign(Context(database, Actor("director", DIRECTOR)), Month(2026, 10))
    tab = _roster_tab(open_main_window(demo_db), qtbot, date(2026, 10, 19))
    assert "2026-10 is signed" in tab.lock_note.text()

    _type_into_cell(tab, qtbot, _index(tab, "D005", date(2026, 10, 20)), "病假")
    qtbot.waitUntil(tab.banner.isVisible)
    _settled(tab, qtbot)

    assert "Not saved" in tab.banner.text() and "signed" in tab.banner.text()
    assert _index(tab, "D005", date(2026, 10, 20)).data() == ""
    assert _leave(demo_db, "D005") == []


def test_the_month_view_and_the_exports(open_main_window, demo_db, qtbot, tmp_path):
    from pypdf import PdfReader

    from centredesk.files.readers import read_sheet

    window = open_main_window(demo_db)
    tab = _roster_tab(window, qtbot, MONDAY)
    with qtbot.waitSignal(tab.sig_roster_loaded, timeout=10000):
        tab.month_button.click()
    assert (tab.model.columnCount(), tab.period_label.text()) == (30, "2026-11")

    pages = tab.export_pdf(tmp_path / "roster.pdf")
    tab.export_excel(tmp_path / "roster.xlsx")

    assert pages == len(PdfReader(tmp_path / "roster.pdf").pages) >= 1
    assert "D009" in PdfReader(tmp_path / "roster.pdf").pages[0].extract_text()
    _settled(tab, qtbot)
    assert "roster.xlsx" in window.statusBar().currentMessage()
    sheet = read_sheet(tmp_path / "roster.xlsx")
    d009 = next(row for row in sheet.rows if row.cell(0) == "D009")
    assert sheet.header[:3] == ("Staff no.", "Name", "Post") and d009.cells[4:8] == ("年假",) * 4


def test_the_director_reads_the_roster_but_cannot_change_it(open_main_window, demo_db, qtbot):
    window = open_main_window(demo_db, user="director")
    tab = _roster_tab(window, qtbot)

    assert not tab.leave_button.isEnabled() and not tab.copy_button.isEnabled()
    tab.view.setCurrentIndex(_index(tab, "D009", MONDAY))
    tab.put_code_on_selection("上午")
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)

    assert _index(tab, "D009", MONDAY).data() == "年假"
    assert tab.pending == 0 and _leave(demo_db, "D009") == [("2026-11-02", "2026-11-06", "年假")]
    assert not window.show_screen("staff").posts_tab.retire_post_button.isEnabled()
