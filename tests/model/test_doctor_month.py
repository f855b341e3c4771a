"""From a staff record and its month's data to a review row (SPEC §2.2)."""

from datetime import date
from decimal import Decimal

from centredesk.model.appraisal import Event, review_month
from centredesk.model.calendar import DateRange
from centredesk.model.doctor_month import Assignment, Quality, doctor_month
from centredesk.model.equivalents import Count
from centredesk.model.months import Month
from tests.model.factories import NOVEMBER, make_item, make_policy, make_staff, nov

ITEMS = {"GPV": make_item("GPV", "1.5")}
OCTOBER = Month(2026, 10)


def _month_of(staff, leave=(), policy=None, month=NOVEMBER, **data):
    """The DoctorMonth of `staff`, or None, with ten GP visits on the 16th."""
    policy = policy or make_policy()
    counts = data.pop("counts", [Count(nov(16), "GPV", 10)])
    result = doctor_month(policy, month, staff, counts, ITEMS, leave, Quality(grade="B"), **data)
    return None if result is None else result.doctor


def _row(doctor):
    return review_month(make_policy(), NOVEMBER, [doctor]).rows[0]


def test_full_month_is_full_attendance():
    doctor = _month_of(make_staff())

    assert (doctor.available_days, doctor.working_days) == (21, 21)
    assert doctor.equivalents == Decimal("15.00")  # 10 × 1.5


def test_joining_mid_month_counts_working_days_from_the_start_date():
    doctor = _month_of(make_staff(start=nov(16)))

    row = _row(doctor)

    # 16–20, 23–27, 30: 11 of 21; r4(0.523809…) = 0.5238; target r2(507.2109…) = 507.21
    assert doctor.available_days == 11
    assert row.lines.attendance == Decimal("0.5238")
    assert row.lines.target == Decimal("507.21")


def test_leaving_mid_month_counts_working_days_up_to_the_end_date():
    doctor = _month_of(make_staff(end=nov(13)))

    row = _row(doctor)

    # 2–6, 9–13: 10 of 21; r4(0.476190…) = 0.4762; target r2(461.1184…) = 461.12
    assert doctor.available_days == 10
    assert row.lines.attendance == Decimal("0.4762")
    assert row.lines.target == Decimal("461.12")


def test_leave_reduces_attendance():
    doctor = _month_of(make_staff(), leave=[DateRange(nov(9), nov(13))])

    # 16 of 21: r4(0.761904…) = 0.7619
    assert _row(doctor).lines.attendance == Decimal("0.7619")


def test_holidays_and_make_up_workdays_set_the_working_days_of_the_month():
    holidays = frozenset(date(2026, 10, day) for day in (1, 2, 5, 6, 7, 8))
    policy = make_policy(holidays=holidays, workdays=frozenset({date(2026, 10, 10)}))
    leave = [DateRange(date(2026, 10, 9), date(2026, 10, 10))]

    doctor = _month_of(make_staff(), leave, policy, OCTOBER, counts=[])

    # 22 weekdays − 6 holidays + the make-up Saturday = 17; leave Fri 9th and Sat 10th
    assert (doctor.available_days, doctor.working_days) == (15, 17)


def test_leave_for_the_whole_month_makes_the_doctor_absent():
    doctor = _month_of(make_staff(), leave=[DateRange(nov(1), nov(30))])

    assert doctor.available_days == 0
    assert _row(doctor).band == "absent"


def test_employed_only_over_a_weekend_is_absent_but_has_a_row():
    doctor = _month_of(make_staff(start=nov(28), end=nov(29)), counts=[])

    assert doctor is not None
    assert _row(doctor).band == "absent"


def test_post_change_in_force_on_the_last_working_day_applies_to_the_month():
    assignments = (Assignment("GP", "ATT"), Assignment("VX", "ATT", nov(16)))

    doctor = _month_of(make_staff(assignments=assignments))

    # VX coefficient 0.95: annual r2(11620 × 0.95) = 11039.00
    assert doctor.post.code == "VX"
    assert _row(doctor).lines.annual_target == Decimal("11039.00")


def test_post_change_after_the_doctor_left_does_not_apply():
    assignments = (Assignment("GP", "ATT"), Assignment("VX", "ATT", nov(16)))

    doctor = _month_of(make_staff(end=nov(13), assignments=assignments))

    assert doctor.post.code == "GP"


def test_title_change_on_the_last_working_day_applies_to_the_month():
    assignments = (Assignment("GP", "ATT"), Assignment("GP", "ASC", nov(30)))

    doctor = _month_of(make_staff(assignments=assignments))

    # ASC coefficient 0.9: annual r2(11620 × 0.9) = 10458.00
    assert doctor.title.code == "ASC"
    assert _row(doctor).lines.annual_target == Decimal("10458.00")


def test_change_on_a_weekend_after_the_last_working_day_does_not_apply():
    assignments = (Assignment("GP", "ATT"), Assignment("GP", "ASC", nov(28)))

    doctor = _month_of(make_staff(end=nov(29), assignments=assignments))

    # employed to Sunday the 29th: the last employed working day is Friday the 27th
    assert doctor.title.code == "ATT"


def test_change_effective_next_month_does_not_apply():
    assignments = (Assignment("GP", "ATT"), Assignment("GP", "ASC", date(2026, 12, 1)))

    doctor = _month_of(make_staff(assignments=assignments))

    assert doctor.title.code == "ATT"


def test_staff_who_left_before_the_month_has_no_row():
    assert _month_of(make_staff(end=date(2026, 10, 31))) is None


def test_staff_who_start_after_the_month_has_no_row():
    assert _month_of(make_staff(start=date(2026, 12, 1))) is None


def test_staff_in_a_post_not_appraised_has_no_row():
    assert _month_of(make_staff(assignments=(Assignment("FD", "ATT"),))) is None


def test_move_to_a_post_not_appraised_mid_month_removes_the_row():
    assignments = (Assignment("GP", "ATT"), Assignment("FD", "ATT", nov(16)))

    assert _month_of(make_staff(assignments=assignments)) is None


def test_move_from_a_post_not_appraised_mid_month_gives_a_row():
    assignments = (Assignment("FD", "ATT"), Assignment("GP", "ATT", nov(16)))

    doctor = _month_of(make_staff(assignments=assignments))

    assert doctor.post.code == "GP"
    assert doctor.available_days == 21


def test_only_events_dated_in_the_month_belong_to_it():
    events = [
        Event(date(2026, 10, 31), "veto"),
        Event(nov(3), "violation"),
        Event(date(2026, 12, 1), "violation"),
    ]

    doctor = _month_of(make_staff(), events=events)

    assert doctor.events == (Event(nov(3), "violation"),)
    assert _row(doctor).deduction.ratio == Decimal("0.1000")
