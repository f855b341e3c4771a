"""Posts and titles as an administrator uses them: add a post, put a doctor in it, retire it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.databases import query
from tests.ui.conftest import type_text


def _tabs(window):
    screen = window.show_screen("staff")
    screen.setCurrentWidget(screen.posts_tab)
    return screen


def _save(dialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def test_add_a_post_and_a_doctor_in_it_then_find_both_by_typing(open_main_window, demo_db, qtbot):
    screen = _tabs(open_main_window(demo_db))
    posts = screen.posts_tab

    dialog = posts.add_post()
    type_text(dialog.code, "DEN")
    type_text(dialog.name, "口腔科")
    dialog.coefficient.selectAll()
    type_text(dialog.coefficient, "1.1")
    dialog.from_year.setCurrentIndex(dialog.from_year.findData(2026))
    _save(dialog)

    assert not dialog.isVisible()
    assert query(demo_db, "SELECT name, mode, appraised FROM posts WHERE code = 'DEN'") == [
        ("口腔科", "specialty", 1)
    ]
    type_text(posts.posts.search, "口腔")
    assert [post.code for post in posts.posts.visible_rows()] == ["DEN"]
    # Coefficient columns 2024, 2025, 2026: the post is in the policies from 2026 on.
    assert [posts.posts.proxy.index(0, column).data() for column in (4, 5, 6)] == ["", "", "1.1"]

    register = screen.register_tab
    screen.setCurrentWidget(register)
    staff = register.add_staff()
    type_text(staff.staff_no, "D950")
    type_text(staff.name, "司徒静")
    staff.post.setCurrentIndex(staff.post.findData("DEN"))
    staff.title.setCurrentIndex(staff.title.findData("ATT"))
    staff.buttons.button(staff.buttons.StandardButton.Save).click()
    type_text(register.table.search, "口腔")
    assert [row.staff_no for row in register.table.visible_rows()] == ["D950"]


def test_a_post_with_staff_is_not_retired_and_the_reason_is_shown(open_main_window, demo_db):
    posts = _tabs(open_main_window(demo_db)).posts_tab
    posts.posts.select_code("WH")

    posts.retire_post_button.click()

    assert isinstance(posts.message, QMessageBox) and posts.message.isVisible()
    assert "still hold the post WH" in posts.message.text()
    assert query(demo_db, "SELECT retired FROM posts WHERE code = 'WH'") == [(0,)]


def test_a_retired_post_is_greyed_and_no_longer_offered_to_staff(open_main_window, demo_db):
    screen = _tabs(open_main_window(demo_db))
    posts = screen.posts_tab
    dialog = posts.add_post()
    type_text(dialog.code, "REH")
    type_text(dialog.name, "康复")
    _save(dialog)
    posts.posts.select_code("REH")

    posts.retire_post_button.click()

    assert query(demo_db, "SELECT retired FROM posts WHERE code = 'REH'") == [(1,)]
    posts.posts.select_code("REH")
    row = posts.posts.view.selectionModel().selectedRows()[0]
    assert row.data(Qt.ItemDataRole.ForegroundRole).name() == "#9aa0a6"
    assert posts.retire_post_button.text() == "Bring back"
    staff = screen.register_tab.add_staff()
    assert staff.post.findData("REH") == -1 and staff.post.findData("GP") >= 0


def test_editing_a_coefficient_from_a_year_changes_that_years_policy(open_main_window, demo_db):
    posts = _tabs(open_main_window(demo_db)).posts_tab
    type_text(posts.titles.search, "CHF")
    posts.titles.view.activated.emit(posts.titles.proxy.index(0, 1))
    dialog = posts.dialog
    assert dialog.code.text() == "CHF" and dialog.code.isReadOnly()
    assert dialog.coefficient.text() == "0.8"

    dialog.coefficient.setText("0.75")
    dialog.from_year.setCurrentIndex(dialog.from_year.findData(2026))
    _save(dialog)

    documents = dict(query(demo_db, "SELECT year, document FROM policies"))
    assert 'coefficient = "0.75"' in documents[2026]
    assert 'coefficient = "0.75"' not in documents[2025]
    title = next(t for t in posts.titles.visible_rows() if t.code == "CHF")
    assert str(title.coefficients[2026]) == "0.75"


def test_a_coefficient_of_zero_is_refused_in_the_form(open_main_window, demo_db):
    posts = _tabs(open_main_window(demo_db)).posts_tab
    posts.posts.select_code("GP")
    posts._on_edit_post_clicked()
    dialog = posts.dialog

    dialog.coefficient.setText("0")
    _save(dialog)

    assert dialog.isVisible()
    assert "above 0" in dialog.problem_label.text()
    assert (
        'coefficient = "0"' not in dict(query(demo_db, "SELECT year, document FROM policies"))[2026]
    )
