"""The staff register as an administrator uses it: add a doctor, find them, edit them."""

from PySide6.QtCore import Qt

from centredesk.ui.screens.staff_register import StaffDialog
from tests.databases import query
from tests.ui.conftest import type_text


def _db_staff(db, staff_no):
    rows = query(
        db,
        "SELECT name, CAST(start AS VARCHAR), basic_pay FROM staff WHERE staff_no = :staff_no",
        staff_no=staff_no,
    )
    return rows[0] if rows else None


def _register(window):
    return window.show_screen("staff").register_tab


def test_add_a_doctor_and_find_them_by_typing_in_the_filter(open_main_window, demo_db, qtbot):
    register = _register(open_main_window(demo_db))
    dialog = register.add_staff()

    type_text(dialog.staff_no, "D901")
    type_text(dialog.name, "欧阳明")
    dialog.post.setCurrentIndex(dialog.post.findData("GP"))
    dialog.title.setCurrentIndex(dialog.title.findData("ATT"))
    dialog.basic_pay.setText("6100")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    assert _db_staff(demo_db, "D901")[0] == "欧阳明"
    type_text(register.table.search, "欧阳")
    shown = register.table.visible_rows()
    assert [staff.staff_no for staff in shown] == ["D901"]
    assert shown[0].post_code == "GP" and str(shown[0].basic_pay) == "6100"


def test_a_duplicate_staff_number_is_refused_in_the_form(open_main_window, demo_db, qtbot):
    register = _register(open_main_window(demo_db))
    dialog = register.add_staff()

    type_text(dialog.staff_no, "D004")
    type_text(dialog.name, "另一人")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    assert dialog.isVisible()
    assert "D004 belongs to" in dialog.problem_label.text()
    assert _db_staff(demo_db, "D004")[0] != "另一人"


def test_an_end_before_the_start_is_refused(open_main_window, demo_db, qtbot):
    register = _register(open_main_window(demo_db))
    dialog = register.add_staff()
    type_text(dialog.staff_no, "D902")
    type_text(dialog.name, "张三")

    dialog.has_end.setChecked(True)
    dialog.end.setDate(dialog.start.date().addDays(-1))
    dialog.save()

    assert "before its start" in dialog.problem_label.text()
    assert _db_staff(demo_db, "D902") is None


def test_double_clicking_a_row_edits_that_staff_member(open_main_window, demo_db, qtbot):
    register = _register(open_main_window(demo_db))
    type_text(register.table.search, "D005")
    view = register.table.view
    index = view.model().index(0, 1)

    view.activated.emit(index)
    dialog = register.dialog
    assert isinstance(dialog, StaffDialog) and dialog.staff_no.text() == "D005"
    dialog.basic_pay.setText("6500.50")
    dialog.save()

    assert _db_staff(demo_db, "D005")[2] == "6500.50"
    qtbot.waitUntil(lambda: str(register.table.visible_rows()[0].basic_pay) == "6500.50")


def test_sorting_by_basic_pay_sorts_by_amount_not_text(open_main_window, demo_db):
    register = _register(open_main_window(demo_db))

    register.table.view.sortByColumn(6, Qt.SortOrder.DescendingOrder)

    pays = [staff.basic_pay for staff in register.table.visible_rows()]
    assert pays == sorted(pays, reverse=True)
