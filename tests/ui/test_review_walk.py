"""A month walked to its end: quality entered, a violation recorded, the pay watched, signed by
the director, changes refused, and reopened with a reason that lands in the audit log."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from centredesk.model.months import Month
from centredesk.model.numbers import r2
from centredesk.model.policy import PaySetting
from centredesk.services import comments, events, leave, pay, quality, workflow, workload
from centredesk.services.context import Actor, Context
from centredesk.services.errors import Refused
from centredesk.storage.database import open_database
from tests.conftest import DEMO_UNTIL
from tests.databases import query, url_of
from tests.ui.conftest import type_text
from tests.ui.review_helpers import WAIT, open_review, review_row, settle

MONTH = Month.parse(DEMO_UNTIL)
ADMIN = Actor("admin", "administrator")
DIRECTOR = Actor("director", "director")


def _status(db) -> str:
    rows = query(db, "SELECT status FROM months WHERE month = :month", month=str(MONTH))
    return rows[0][0] if rows else "open"


def _type_in_cell(qtbot, view, text: str) -> None:
    """Edit the current cell as a person does: F2, type over the old value, Enter."""
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_quality_and_a_violation_change_the_pay_at_once(open_main_window, demo_db, qtbot):
    window, screen = open_review(open_main_window, demo_db, qtbot, MONTH)
    before = review_row(screen, "D005")
    assert (before.grade.name, before.deduction.ratio) == ("B", 0)

    quality_tab = screen.quality_tab
    screen.tabs.setCurrentWidget(quality_tab)
    qtbot.waitUntil(lambda: quality_tab.model.rowCount() == 26, timeout=WAIT)
    quality_tab.select("D005")
    _type_in_cell(qtbot, quality_tab.view, "95")
    qtbot.waitUntil(lambda: review_row(screen, "D005").grade.name == "A", timeout=WAIT)
    graded = review_row(screen, "D005")
    assert graded.performance_pay > before.performance_pay
    assert query(
        demo_db,
        "SELECT q.score, q.source FROM quality_results q JOIN staff s ON s.id = q.staff_id "
        "WHERE q.month = :month AND s.staff_no = 'D005'",
        month=str(MONTH),
    ) == [("95", "entered")]

    events_tab = screen.events_tab
    screen.tabs.setCurrentWidget(events_tab)
    events_tab.doctor.setCurrentIndex(events_tab.doctor.findData("D005"))
    events_tab.day.setDate(QDate(2026, 11, 10))
    type_text(events_tab.note, "处方超量")
    qtbot.mouseClick(events_tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review_row(screen, "D005").deduction.violations == 1, timeout=WAIT)

    fined = review_row(screen, "D005")
    value = fined.value_per_equivalent
    assert str(fined.deduction.ratio) == "0.1000"
    assert fined.performance_pay == r2(graded.effective_equivalents * value * Decimal("0.9"))
    qtbot.waitUntil(lambda: events_tab.deduction_of("D005") is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: events_tab.model.rowCount() == 1, timeout=WAIT)
    assert events_tab.model.rows()[0].note == "处方超量"
    model = screen.month_tab.model
    row = next(i for i, r in enumerate(model.rows()) if r.staff_no == "D005")
    shown_pay = model.index(row, model.column_of("performance_pay")).data()
    assert shown_pay == str(fined.performance_pay)
    assert query(demo_db, "SELECT kind, note FROM events WHERE day = '2026-11-10'") == [
        ("violation", "处方超量")
    ]

    qtbot.mouseClick(screen.workflow.mark_reviewed_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.workflow.status_label.text().strip() == "Reviewed", timeout=WAIT)
    assert _status(demo_db) == "reviewed"
    assert not screen.workflow.sign_button.isEnabled()
    settle(qtbot)


def test_the_director_signs_then_changes_are_refused_until_reopened(
    open_main_window, demo_db, qtbot
):
    database = open_database(url_of(demo_db))
    admin = Context(database, ADMIN)
    workflow.mark_reviewed(admin, MONTH)
    doctor = Context(database, Actor("D005", "doctor", "D005"))
    comments.add_comment(doctor, MONTH, "D005", "11月的随访数量少算了")

    window, screen = open_review(open_main_window, demo_db, qtbot, MONTH, user="director")
    qtbot.mouseClick(screen.workflow.sign_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert "11月的随访数量少算了" in dialog.details.toPlainText()
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.workflow.status_label.text().strip() == "Signed", timeout=WAIT)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _status(demo_db) == "signed"
    assert query(
        demo_db, "SELECT count(*) FROM review_rows WHERE month = :month", month=str(MONTH)
    ) == [(26,)]
    assert not screen.events_tab.add_button.isEnabled()
    assert not screen.pay_tab.settings_box.isEnabled()
    _every_change_is_refused(admin, demo_db)

    qtbot.mouseClick(screen.workflow.reopen_button, Qt.MouseButton.LeftButton)
    reopening = screen.dialog
    qtbot.mouseClick(reopening.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "needs a reason" in reopening.problem_label.text(), timeout=WAIT)
    type_text(reopening.reason, "D005的随访漏录，需补录")
    qtbot.mouseClick(reopening.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.workflow.status_label.text().strip() == "Open", timeout=WAIT)

    assert _status(demo_db) == "open"
    [(user, target, after)] = query(
        demo_db,
        'SELECT "user", target, after FROM audit_log WHERE action = :action',
        action="month reopened",
    )
    assert (user, target) == ("director", str(MONTH)) and "D005的随访漏录，需补录" in after
    events.add_event(admin, "D005", date(2026, 11, 10), "violation")
    database.close()
    settle(qtbot)


def _every_change_is_refused(admin: Context, db) -> None:
    """A workload cell, an event, leave and the value per equivalent of a signed month."""
    entries = "SELECT count(*), sum(count) FROM workload_entries"
    before = [query(db, sql) for sql in (entries, "SELECT count(*) FROM leave")]
    attempts = (
        lambda: workload.save_counts(
            admin, [workload.CountChange(date(2026, 11, 12), "D005", "GPV", 99)]
        ),
        lambda: events.add_event(admin, "D005", date(2026, 11, 12), "violation"),
        lambda: leave.record_leave(admin, "D005", date(2026, 11, 16), date(2026, 11, 17), "年假"),
        lambda: pay.set_pay(admin, MONTH, PaySetting(Decimal("9.9"))),
    )
    for attempt in attempts:
        with pytest.raises(Refused, match="signed"):
            attempt()
    assert [query(db, sql) for sql in (entries, "SELECT count(*) FROM leave")] == before
    november = "SELECT count(*) FROM events WHERE day BETWEEN '2026-11-01' AND '2026-11-30'"
    assert query(db, november) == [(0,)]
    assert query(
        db, "SELECT value_per_equivalent FROM pay_settings WHERE month = :month", month=str(MONTH)
    ) == [("4.4",)]


def test_signing_is_refused_while_a_row_is_not_ok_naming_the_doctor(
    open_main_window, demo_db, qtbot
):
    database = open_database(url_of(demo_db))
    admin = Context(database, ADMIN)
    quality.clear_quality(admin, MONTH, "D009")
    workflow.mark_reviewed(admin, MONTH)
    database.close()

    window, screen = open_review(open_main_window, demo_db, qtbot, MONTH, user="director")
    assert "D009" in screen.month_tab.attention.toPlainText()
    qtbot.mouseClick(screen.workflow.sign_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert "D009" in dialog.details.toPlainText()
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "D009" in dialog.problem_label.text(), timeout=WAIT)
    assert "missing_quality" in dialog.problem_label.text() and dialog.isVisible()
    assert _status(demo_db) == "reviewed"
    settle(qtbot)
