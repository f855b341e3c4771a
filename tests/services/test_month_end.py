"""The month as the review screen gets it: status, pay settings, and a doctor's working."""

from datetime import date
from decimal import Decimal

import pytest

from centredesk.model.months import Month
from centredesk.services import events, month_end, workflow
from centredesk.services.errors import PermissionDenied
from tests.conftest import DEMO_UNTIL
from tests.services.factories import signed_in

MONTH = Month.parse(DEMO_UNTIL)


def test_the_working_holds_the_policy_figures_behind_the_row(demo_database):
    admin = signed_in(demo_database, "admin")
    events.add_event(admin, "D006", date(2026, 11, 4), "violation", error=True)

    working = month_end.doctor_working(admin, MONTH, "D006")

    row = working.row
    assert working.policy_annual_target * working.post_coefficient * working.title_coefficient == (
        row.lines.annual_target
    )
    assert (working.available_days, working.working_days) == (21, 21)
    assert row.band == "over_cap" and row.deduction.aggravated
    assert working.aggravation == Decimal("1.5") and len(working.events) == 1
    assert (
        sum(line.subtotal for line in working.lines if not line.is_bonus).quantize(Decimal("0.01"))
        == row.equivalents
    )


def test_a_signed_months_working_comes_from_the_stored_rows(demo_database):
    admin = signed_in(demo_database, "admin")
    before = month_end.doctor_working(admin, MONTH, "D005")
    workflow.mark_reviewed(admin, MONTH)
    workflow.sign(signed_in(demo_database, "director"), MONTH)

    working = month_end.doctor_working(admin, MONTH, "D005")
    data = month_end.month_end(admin, MONTH)

    assert working.signed and working.row.to_json() == before.row.to_json()
    assert working.available_days is None and working.lines == before.lines
    assert (data.status, data.signed, data.changed_by) == ("signed", True, "director")
    assert data.pay_setting.value_per_equivalent == Decimal("4.4")


def test_a_doctor_sees_their_own_working_and_no_one_elses(demo_database):
    doctor = signed_in(demo_database, "D004")

    assert month_end.doctor_working(doctor, MONTH, "D004").row.staff_no == "D004"
    with pytest.raises(PermissionDenied):
        month_end.doctor_working(doctor, MONTH, "D005")
    with pytest.raises(PermissionDenied):
        month_end.month_end(doctor, MONTH)


def test_totals_add_up_the_rows_given(demo_database):
    data = month_end.month_end(signed_in(demo_database, "director"), MONTH)

    totals = month_end.review_totals(data.review.rows)

    assert totals.doctors == 26
    assert totals.performance_pay == data.review.total_performance_pay
    assert month_end.review_totals([]).equivalents == 0
