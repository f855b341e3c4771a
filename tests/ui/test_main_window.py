"""The main window's own menus, apart from any screen."""

import pytest

pytestmark = pytest.mark.sqlite_only  # recent files are SQLite files; a server URL is not kept


def test_recent_files_lists_the_databases_opened_newest_first_and_opens_one(
    open_main_window, demo_db, copy_database, tmp_path, qtbot
):
    other = copy_database(demo_db, tmp_path, "other.db")
    open_main_window(other)
    window = open_main_window(demo_db)

    window.recent_menu.aboutToShow.emit()
    shown = [action.text() for action in window.recent_menu.actions()]
    assert shown == [str(demo_db.absolute()), str(other.absolute())]

    with qtbot.waitSignal(window.sig_open_requested) as opened:
        window.recent_menu.actions()[1].trigger()
    assert opened.args == [str(other.absolute())]


def test_recent_files_leaves_out_a_file_that_is_gone(
    open_main_window, demo_db, copy_database, tmp_path
):
    gone = copy_database(demo_db, tmp_path, "gone.db")
    open_main_window(gone).close()
    gone.unlink()
    window = open_main_window(demo_db)

    window.recent_menu.aboutToShow.emit()
    assert [action.text() for action in window.recent_menu.actions()] == [str(demo_db.absolute())]
