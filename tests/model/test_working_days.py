"""The calendar of working days and the days a doctor is available (SPEC §2.2)."""

from datetime import date

from centredesk.model.calendar import DateRange, WorkCalendar, available_days
from centredesk.model.months import Month
from tests.model.factories import NOVEMBER, nov

OCTOBER = Month(2026, 10)
# 2026-10-01 is a Thursday: 22 weekdays in October.
NATIONAL_DAY = frozenset(date(2026, 10, day) for day in (1, 2, 3, 5, 6, 7, 8))
MAKE_UP_SATURDAY = date(2026, 10, 10)


def test_working_days_are_monday_to_friday():
    days = WorkCalendar().working_days(NOVEMBER)

    assert len(days) == 21
    assert days[0] == nov(2)  # the 1st is a Sunday
    assert days[-1] == nov(30)
    assert nov(7) not in days and nov(8) not in days


def test_holidays_are_taken_out_and_make_up_saturdays_added():
    calendar = WorkCalendar(NATIONAL_DAY, frozenset({MAKE_UP_SATURDAY}))

    days = calendar.working_days(OCTOBER)

    # 22 weekdays − 6 weekday holidays (the 3rd is a Saturday anyway) + 1 make-up Saturday
    assert len(days) == 17
    assert days[0] == date(2026, 10, 9)
    assert MAKE_UP_SATURDAY in days
    assert date(2026, 10, 3) not in days


def test_leave_range_is_inclusive_of_both_ends():
    leave = [DateRange(nov(9), nov(13))]

    days = available_days(WorkCalendar().working_days(NOVEMBER), DateRange(nov(1)), leave)

    assert len(days) == 16
    assert nov(9) not in days and nov(13) not in days
    assert nov(6) in days and nov(16) in days


def test_one_day_leave_takes_that_day_only():
    leave = [DateRange(nov(10), nov(10))]

    days = available_days(WorkCalendar().working_days(NOVEMBER), DateRange(nov(1)), leave)

    assert len(days) == 20
    assert nov(10) not in days


def test_leave_over_a_weekend_takes_only_its_working_days():
    leave = [DateRange(nov(6), nov(9))]  # Friday to Monday

    days = available_days(WorkCalendar().working_days(NOVEMBER), DateRange(nov(1)), leave)

    assert len(days) == 19


def test_employment_range_is_inclusive_of_start_and_end():
    employment = DateRange(nov(16), nov(20))

    days = available_days(WorkCalendar().working_days(NOVEMBER), employment)

    assert days == [nov(16), nov(17), nov(18), nov(19), nov(20)]
