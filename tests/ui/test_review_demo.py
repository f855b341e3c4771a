"""The review screen shows what `centredesk review --json` prints, for every month of the demo."""

import json

from centredesk.model.months import Month
from centredesk.services import review, workflow
from centredesk.services.context import Actor, Context
from centredesk.storage.database import open_database
from centredesk.ui.screens.review_format import band_label
from tests.conftest import DEMO_UNTIL
from tests.databases import url_of
from tests.ui.review_helpers import WAIT, open_review, settle

SIGNED = Month(2026, 10)


def _months() -> list[Month]:
    month, months = Month.parse(DEMO_UNTIL), []
    while len(months) < 24:
        months.append(month)
        month = month.previous()
    return months[::-1]


def _sign(db, month: Month) -> None:
    database = open_database(url_of(db))
    workflow.mark_reviewed(Context(database, Actor("admin", "administrator")), month)
    workflow.sign(Context(database, Actor("director", "director")), month)
    database.close()


def _shown(model) -> dict[str, dict[str, str]]:
    """The table's cells by staff number and `review --json` key."""
    shown = {}
    for row in range(model.rowCount()):
        cells = {
            key: model.index(row, column).data() for column, key in enumerate(model.keys) if key
        }
        shown[cells["staff_no"]] = cells
    return shown


def _expected(db) -> dict[Month, list[dict[str, str]]]:
    """Each month's rows as `review --json` prints them (row.to_json() of the review)."""
    database = open_database(url_of(db))
    director = Context(database, Actor("director", "director"))
    expected = {
        month: [row.to_json() for row in review.review(director, month).rows] for month in _months()
    }
    database.close()
    return expected


def test_every_cell_of_every_month_equals_the_command_line(
    open_main_window, demo_db, demo_cli, qtbot
):
    _sign(demo_db, SIGNED)
    expected = _expected(demo_db)
    # The command line prints the same rows: checked on an open and on a signed month.
    for month in (Month.parse(DEMO_UNTIL), SIGNED):
        assert json.loads(demo_cli.ok("review", str(month), "--json")) == expected[month]
    window, screen = open_review(open_main_window, demo_db, qtbot, _months()[0])

    for month in _months():
        if month != window.session.month:
            with qtbot.waitSignal(screen.sig_month_loaded, timeout=WAIT):
                window.session.set_month(month)
        shown = _shown(screen.month_tab.model)
        assert list(shown) == [row["staff_no"] for row in expected[month]], month
        for row in expected[month]:
            cells = shown[row["staff_no"]]
            for key, text in cells.items():
                wanted = band_label(row[key]) if key == "band" else row[key]
                assert text == wanted, (month, row["staff_no"], key)
    assert screen.workflow.status_label.text().strip() == "Open"
    settle(qtbot)


def test_a_signed_month_shows_its_stored_rows_and_status(open_main_window, demo_db, qtbot):
    _sign(demo_db, SIGNED)

    window, screen = open_review(open_main_window, demo_db, qtbot, SIGNED)

    assert screen.workflow.status_label.text().strip() == "Signed"
    assert not screen.workflow.sign_button.isEnabled()
    assert not screen.workflow.mark_reviewed_button.isEnabled()
    assert not screen.pay_tab.settings_box.isEnabled()
    assert screen.month_tab.model.rowCount() == 26
    settle(qtbot)
