"""The service catalogue as the administrator keeps it: items, dated values, coefficients."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate

from centredesk.model.months import Month
from tests.databases import query
from tests.ui.conftest import type_text


@pytest.fixture
def window(open_main_window, demo_db):
    window = open_main_window(demo_db)
    window.session.set_month(Month(2026, 11))
    return window


def _catalogue(window):
    screen = window.show_screen("workload")
    screen.setCurrentWidget(screen.catalogue_tab)
    return screen.catalogue_tab


def _item(tab, code: str):
    return next(item for item in tab.items.visible_rows() if item.code == code)


def _shown(table, first: str) -> list[str]:
    """The texts of the row whose first column shows `first`, as the table shows them."""
    model = table.view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == first)
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_the_years_coefficient_rules_show_what_one_service_is_worth(window):
    tab = _catalogue(window)

    ppv, vac = _shown(tab.rules, "PPV"), _shown(tab.rules, "VAC")

    assert ppv == ["PPV", "产后访视", "months 6, 7, 8", "2.7183 × 2 = 5.4366"]
    assert vac[2:] == ["2026-10-15 to 2026-11-15", "0.5 × 1.2 = 0.6"]
    assert "Item coefficients of 2026" in tab.rules_title.text()


def test_add_an_item_and_type_its_first_count(window, demo_db, qtbot):
    tab = _catalogue(window)
    dialog = tab.add_item()
    type_text(dialog.code, "FUV")
    type_text(dialog.name, "家庭访视随访")
    dialog.category.setCurrentText("基本医疗")
    type_text(dialog.equivalents, "1.75")

    dialog.save()

    assert query(
        demo_db,
        "SELECT name, equivalents FROM items JOIN item_values "
        "ON item_id = items.id WHERE code = 'FUV'",
    ) == [("家庭访视随访", "1.75")]
    qtbot.waitUntil(lambda: any(i.code == "FUV" for i in tab.items.visible_rows()))
    entry = window.show_screen("workload").entry_tab
    assert "FUV" in [item.code for item in entry.model.grid.items]


def test_an_unreadable_value_is_refused_in_the_dialog(window, demo_db):
    tab = _catalogue(window)
    dialog = tab.add_item()
    type_text(dialog.code, "BAD")
    type_text(dialog.name, "坏")
    type_text(dialog.equivalents, "两个")

    dialog.save()

    assert dialog.isVisible()
    assert "must be a number" in dialog.problem_label.text()
    assert query(demo_db, "SELECT * FROM items WHERE code = 'BAD'") == []


def test_a_new_dated_value_prices_counts_from_its_date(window, demo_db):
    tab = _catalogue(window)
    dialog = tab.new_value(_item(tab, "GPV"))
    type_text(dialog.equivalents, "1.2")
    dialog.effective.setDate(QDate(2026, 11, 16))

    dialog.save()

    assert ("2026-11-16", "1.2") in query(
        demo_db,
        "SELECT CAST(effective AS VARCHAR), equivalents FROM item_values "
        "JOIN items ON items.id = item_id WHERE code = 'GPV'",
    )
    entry = window.show_screen("workload").entry_tab
    entry.go_to_day(date(2026, 11, 30))
    assert entry.model.grid_row(0).units["GPV"] == Decimal("1.2")
    entry.go_to_day(date(2026, 11, 13))
    assert entry.model.grid_row(0).units["GPV"] == Decimal("1.0")
    assert "1.2 (2026-11-16)" in _shown(tab.items, "GPV")[4]


def test_a_deactivated_item_leaves_the_grid_but_keeps_its_history(window, demo_db):
    tab = _catalogue(window)
    tab.items.view.selectRow(
        next(r for r, item in enumerate(tab.items.visible_rows()) if item.code == "HBD")
    )

    tab._on_active_clicked()

    assert query(demo_db, "SELECT active FROM items WHERE code = 'HBD'") == [(0,)]
    assert not _item(tab, "HBD").active
    entry = window.show_screen("workload").entry_tab
    entry.go_to_day(date(2026, 11, 28))  # a day without HBD counts
    assert "HBD" not in [item.code for item in entry.model.grid.items]
    assert (
        query(
            demo_db,
            "SELECT count(*) FROM workload_entries JOIN items ON items.id = item_id "
            "WHERE code = 'HBD'",
        )[0][0]
        > 0
    )


def test_a_category_is_added_and_listed(window, demo_db):
    tab = _catalogue(window)
    dialog = tab.add_category()
    type_text(dialog.name, "家庭医生服务")

    dialog.save()

    assert "家庭医生服务" in [c.name for c in tab.categories.visible_rows()]
    again = tab.add_category()
    type_text(again.name, "家庭医生服务")
    again.save()
    assert "already" in again.problem_label.text()
