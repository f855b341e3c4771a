"""Management events: recorded and removed by the administrator, locked with a signed month."""

from datetime import date

import pytest

from centredesk.model.months import Month
from centredesk.services import events, review, workflow
from centredesk.services.errors import PermissionDenied, Refused
from tests.conftest import DEMO_UNTIL
from tests.databases import query
from tests.services.factories import signed_in

MONTH = Month.parse(DEMO_UNTIL)


def _row(ctx, staff_no):
    return next(row for row in review.review(ctx, MONTH).rows if row.staff_no == staff_no)


def _audit(db, action):
    return query(
        db,
        'SELECT "user", target, after, before FROM audit_log WHERE action = :action ORDER BY id',
        action=action,
    )


def test_two_violations_deduct_thirty_percent_and_removing_one_brings_back_ten(
    demo_database, demo_db
):
    admin = signed_in(demo_database, "admin")
    pay_before = _row(admin, "D005").performance_pay

    first = events.add_event(admin, "D005", date(2026, 11, 3), "violation", note="处方不规范")
    events.add_event(admin, "D005", date(2026, 11, 17), "violation")
    assert str(_row(admin, "D005").deduction.ratio) == "0.3000"

    events.remove_event(admin, first.id)
    row = _row(admin, "D005")
    assert (row.deduction.violations, str(row.deduction.ratio)) == (1, "0.1000")
    assert row.performance_pay < pay_before
    listed = events.list_events(admin, MONTH)
    assert [(e.staff_no, e.day, e.kind) for e in listed] == [
        ("D005", date(2026, 11, 17), "violation")
    ]
    assert [a[:2] for a in _audit(demo_db, "event removed")] == [("admin", "2026-11 D005")]


def test_a_veto_takes_the_whole_performance_pay(demo_database):
    admin = signed_in(demo_database, "admin")

    events.add_event(admin, "D008", date(2026, 11, 20), "veto", error=True, note="医疗事故")

    row = _row(admin, "D008")
    assert (str(row.deduction.ratio), str(row.performance_pay)) == ("1.0000", "0.00")


def test_an_event_is_refused_in_a_signed_month_and_outside_the_employment(demo_database, demo_db):
    admin = signed_in(demo_database, "admin")
    workflow.mark_reviewed(admin, MONTH)
    workflow.sign(signed_in(demo_database, "director"), MONTH)

    with pytest.raises(Refused, match="2026-11 is signed"):
        events.add_event(admin, "D005", date(2026, 11, 3), "violation")
    with pytest.raises(Refused, match="outside the employment"):
        events.add_event(admin, "D005", date(1999, 1, 4), "violation")
    with pytest.raises(Refused, match="a violation or a veto"):
        events.add_event(admin, "D005", date(2026, 10, 8), "warning")
    assert query(demo_db, "SELECT count(*) FROM events WHERE kind = 'warning'") == [(0,)]


def test_removing_an_event_of_a_signed_month_is_refused(demo_database):
    admin = signed_in(demo_database, "admin")
    event = events.add_event(admin, "D006", date(2026, 11, 5), "violation")
    workflow.mark_reviewed(admin, MONTH)
    workflow.sign(signed_in(demo_database, "director"), MONTH)

    with pytest.raises(Refused, match="signed"):
        events.remove_event(admin, event.id)
    assert [e.id for e in events.list_events(admin, MONTH)] == [event.id]


def test_recording_an_event_sends_a_reviewed_month_back_to_open(demo_database, demo_db):
    admin = signed_in(demo_database, "admin")
    workflow.mark_reviewed(admin, MONTH)

    events.add_event(admin, "D006", date(2026, 11, 5), "violation")

    assert query(demo_db, "SELECT status FROM months WHERE month = '2026-11'") == [("open",)]


def test_the_director_reads_events_but_may_not_record_them(demo_database):
    director = signed_in(demo_database, "director")

    assert events.list_events(director, MONTH) == []
    with pytest.raises(PermissionDenied):
        events.add_event(director, "D005", date(2026, 11, 3), "violation")
