"""Whose slips a user may open: a doctor their own, the director and administrator everyone's."""

from centredesk.model.months import Month
from centredesk.services import review, workflow
from centredesk.services.slip_list import month_slips
from tests.conftest import DEMO_UNTIL
from tests.services.factories import signed_in

MONTH = Month.parse(DEMO_UNTIL)


def test_a_doctor_has_only_their_own_slip_and_the_director_everyones(demo_database):
    doctor = month_slips(signed_in(demo_database, "D004"), MONTH)
    director = month_slips(signed_in(demo_database, "director"), MONTH)

    assert [row.staff_no for row in doctor.rows] == ["D004"]
    everyone = review.review(signed_in(demo_database, "admin"), MONTH).rows
    assert director.rows == everyone and len(everyone) > 20
    assert not doctor.signed and not director.signed


def test_a_signed_month_says_so(demo_database):
    earlier = MONTH.previous()
    workflow.mark_reviewed(signed_in(demo_database, "admin"), earlier)
    workflow.sign(signed_in(demo_database, "director"), earlier)

    slips = month_slips(signed_in(demo_database, "D004"), earlier)

    assert slips.signed and slips.month == earlier
    assert [row.staff_no for row in slips.rows] == ["D004"]
