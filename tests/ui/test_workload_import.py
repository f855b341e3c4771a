"""Importing workload from the screen: the preview per doctor, the import, refused files,
and a month exported from the screen that reads back unchanged."""

from datetime import date

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from centredesk.model.months import Month
from centredesk.ui.screens.workload_import import ImportPreviewDialog
from centredesk.ui.widgets.problems import ProblemsDialog
from tests.databases import dump, entry_count, query

MONDAY = date(2026, 11, 30)
SATURDAY = date(2026, 11, 28)


@pytest.fixture
def tab(open_main_window, demo_db):
    window = open_main_window(demo_db)
    window.session.set_month(Month(2026, 11))
    tab = window.show_screen("workload").entry_tab
    tab.go_to_day(MONDAY)
    return tab


def _entries(db) -> list[tuple]:
    return query(db, "SELECT * FROM workload_entries ORDER BY id")


def _gbk_csv(path, lines: list[str]):
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    return path


def test_a_gbk_file_with_one_bad_row_lists_the_problem_and_changes_nothing(
    tab, demo_db, qtbot, tmp_path
):
    path = _gbk_csv(
        tmp_path / "十一月.csv",
        [
            "日期,工号,项目编码,数量",
            "2026-11-28,D004,GPV,5",
            "2026-11-28,D005,GRV,3",
            "2026-11-28,D006,无此项,2",
        ],
    )
    before = dump(demo_db)

    tab.importer.preview(path)

    qtbot.waitUntil(lambda: isinstance(tab.importer.dialog, ProblemsDialog), timeout=10000)
    dialog = tab.importer.dialog
    shown = dialog.table.visible_rows()
    assert [(p.row, p.column, p.reason, p.value) for p in shown] == [
        (4, "项目编码", "unknown item code", "无此项")
    ]
    dialog.table.view.selectAll()
    dialog.copy_selected()
    assert QGuiApplication.clipboard().text() == (
        f"{path}:十一月.csv:4:项目编码: unknown item code (无此项)"
    )
    assert dump(demo_db) == before


def test_preview_per_doctor_then_import_all_of_it(tab, demo_db, qtbot, tmp_path):
    gpv = entry_count(demo_db, MONDAY, "D004", "GPV")
    grv = entry_count(demo_db, MONDAY, "D004", "GRV")
    same = entry_count(demo_db, MONDAY, "D005", "GPV")
    path = _gbk_csv(
        tmp_path / "补录.csv",
        [
            "日期,工号,项目编码,数量",
            "2026-11-28,D004,GPV,5",  # new
            f"2026-11-30,D004,GPV,{gpv + 1}",  # replaced
            "2026-11-30,D004,GRV,0",  # removed
            f"2026-11-30,D005,GPV,{same}",  # unchanged
        ],
    )
    before = _entries(demo_db)

    tab.importer.preview(path)

    qtbot.waitUntil(lambda: isinstance(tab.importer.dialog, ImportPreviewDialog), timeout=10000)
    preview = tab.importer.dialog
    rows = {row.staff_no: row for row in preview.table.visible_rows()}
    assert (rows["D004"].added, rows["D004"].replaced, rows["D004"].removed) == (1, 1, 1)
    assert (rows["D005"].unchanged, rows["D004"].name) == (1, "沈慧")
    assert grv and _entries(demo_db) == before, "a preview changes nothing"

    preview.import_button.click()

    qtbot.waitUntil(lambda: "1 new, 1 replaced" in tab.status_line.text(), timeout=10000)
    assert entry_count(demo_db, SATURDAY, "D004", "GPV") == 5
    assert entry_count(demo_db, MONDAY, "D004", "GPV") == gpv + 1
    assert entry_count(demo_db, MONDAY, "D004", "GRV") is None
    model = tab.model
    row = next(r for r in range(model.rowCount()) if model.grid_row(r).staff_no == "D004")
    assert model.index(row, model.column_of("GPV")).data() == str(gpv + 1)


def test_a_month_exported_from_the_screen_reads_back_unchanged(tab, demo_db, qtbot, tmp_path):
    path = tmp_path / "workload-2026-11.xlsx"
    before = _entries(demo_db)

    tab.export_month(path)
    status = tab.window().statusBar()
    qtbot.waitUntil(lambda: "Exported" in status.currentMessage(), timeout=10000)
    tab.importer.preview(path)

    qtbot.waitUntil(lambda: tab.importer.dialog is not None, timeout=10000)
    preview = tab.importer.dialog
    assert isinstance(preview, ImportPreviewDialog), preview.lines()
    assert "Nothing would change." in preview.findChild(QLabel, "preview_heading").text()
    summary = preview.summary
    assert (summary.added, summary.replaced, summary.removed) == (0, 0, 0)
    november = [entry for entry in before if str(entry[1]).startswith("2026-11")]
    assert summary.unchanged == len(november)
    preview.import_button.click()
    qtbot.waitUntil(lambda: "0 new, 0 replaced, 0 removed" in tab.status_line.text())
    assert _entries(demo_db) == before
