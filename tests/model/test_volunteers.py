"""Volunteer rules and statistics on fixed dates, every figure worked by hand."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from centredesk.model.volunteer_stats import volunteer_statistics
from centredesk.model.volunteers import (
    Activity,
    age_band,
    age_on,
    phone_problem,
    star_level,
    star_thresholds,
    suggest,
)
from tests.model.volunteer_factories import hours, volunteer

ON = date(2026, 11, 30)


def stats(volunteers, records, population=10000, limit="40", on=ON):
    return volunteer_statistics(volunteers, records, on, population, Decimal(limit))


# --- phone, age, stars ---------------------------------------------------------------------


@pytest.mark.parametrize("phone", ["13912345678", "199 1234 5678", "0571-88881234", "010-62345678"])
def test_mobile_and_landline_numbers_are_accepted(phone):
    assert phone_problem(phone) is None


@pytest.mark.parametrize("phone", ["12912345678", "1391234567", "88881234", "0571-0888123", "abc"])
def test_other_phone_numbers_are_refused(phone):
    assert "mobile number" in phone_problem(phone)


def test_age_counts_whole_years_and_turns_on_the_birthday():
    assert age_on(date(2008, 12, 1), ON) == 17
    assert age_on(date(2008, 11, 30), ON) == 18
    assert age_on(date(1966, 12, 1), ON) == 59


@pytest.mark.parametrize(
    ("age", "band"),
    [(17, "under_18"), (18, "18_34"), (34, "18_34"), (35, "35_59"), (60, "60_plus")],
)
def test_age_bands_start_at_18_35_and_60(age, band):
    assert age_band(age) == band


def test_star_levels_count_the_thresholds_reached():
    assert [star_level(Decimal(h)) for h in ("0", "99.5", "100", "299", "600", "1499", "1500")] == [
        0,
        0,
        1,
        1,
        3,
        4,
        5,
    ]
    assert star_level(Decimal("50"), star_thresholds("20, 50,80")) == 2


@pytest.mark.parametrize("text", ["100,100,300", "300,100", "0,100"])
def test_thresholds_that_do_not_rise_from_above_0_are_refused(text):
    with pytest.raises(ValueError):
        star_thresholds(text)


# --- statistics ----------------------------------------------------------------------------


def test_one_who_served_366_or_365_days_before_is_registered_not_active_364_is_active():
    people = [volunteer(1), volunteer(2), volunteer(3)]
    records = [
        hours(1, ON - timedelta(days=366), "3"),
        hours(2, ON - timedelta(days=365), "3"),
        hours(3, ON - timedelta(days=364), "3"),
    ]

    result = stats(people, records)

    assert (result.registered, result.active) == (3, 1)


def test_405_approved_hours_in_the_month_are_over_committed_and_40_are_not():
    people = [volunteer(1, "甲"), volunteer(2, "乙"), volunteer(3, "丙")]
    records = [
        hours(1, date(2026, 11, 2), "20.5"),
        hours(1, date(2026, 11, 29), "20"),
        hours(2, date(2026, 11, 10), "40"),
        # October's hours and hours after the date are not in the month up to the date.
        hours(3, date(2026, 10, 31), "30"),
        hours(3, date(2026, 11, 3), "10"),
    ]

    result = stats(people, records, on=date(2026, 11, 29))

    assert [(o.name, o.hours) for o in result.over_committed] == [("甲", Decimal("40.5"))]
    assert result.to_json()["over_committed"] == [{"name": "甲", "hours": "40.5"}]
    assert [o.name for o in stats(people, records, on=date(2026, 11, 28)).over_committed] == []


def test_pending_hours_count_for_nothing():
    people = [volunteer(1, "甲")]
    records = [hours(1, date(2026, 11, 5), "45", approved=False)]

    result = stats(people, records)

    assert (result.active, result.over_committed) == (0, [])
    assert [(i.name, i.last_served) for i in result.idle] == [("甲", None)]


def test_a_correction_to_zero_leaves_no_day_served():
    records = [hours(1, date(2026, 11, 5), "4"), hours(1, date(2026, 11, 5), "-4")]

    assert stats([volunteer(1)], records).active == 0


def test_shares_are_rounded_half_up_to_four_places_and_zero_without_population():
    people = [volunteer(n) for n in range(1, 4)]
    records = [hours(1, date(2026, 11, 1), "2")]

    result = stats(people, records, population=20000)

    # 3 / 20000 = 0.00015 and 1 / 20000 = 0.00005: half up, not half even.
    assert (result.registered_share, result.active_share) == (Decimal("0.0002"), Decimal("0.0001"))
    empty = stats(people, records, population=0).to_json()
    assert (empty["registered_share"], empty["active_share"]) == ("0.0000", "0.0000")


def test_registered_means_on_or_before_the_date_and_not_archived_on_or_before_it():
    people = [
        volunteer(1, registered=ON),
        volunteer(2, registered=ON + timedelta(days=1)),
        volunteer(3, archived_on=ON),
        volunteer(4, archived_on=ON + timedelta(days=1)),
    ]

    assert stats(people, []).registered == 2


def test_age_bands_and_employment_of_registered_and_of_active():
    people = [
        volunteer(1, born=date(2010, 1, 1), employment="student"),
        volunteer(2, born=date(1960, 1, 1), employment="retired"),
        volunteer(3, born=date(1966, 12, 1), employment="retired"),
        volunteer(4, born=date(1990, 1, 1), employment="employed"),
    ]
    records = [hours(2, date(2026, 6, 1), "3"), hours(3, date(2026, 6, 1), "3")]

    result = stats(people, records).to_json()

    assert result["age_bands"] == {
        "registered": {"under_18": 1, "18_34": 0, "35_59": 2, "60_plus": 1},
        "active": {"under_18": 0, "18_34": 0, "35_59": 1, "60_plus": 1},
    }
    assert result["employment"]["active"] == {
        "retired": 2,
        "employed": 0,
        "student": 0,
        "other": 0,
    }


def test_idle_needs_registration_before_the_183_day_window_and_no_hours_in_it():
    window_start = ON - timedelta(days=182)
    people = [
        volunteer(1, "老甲", registered=date(2020, 1, 1)),
        volunteer(2, "新乙", registered=window_start),
        volunteer(3, "早丙", registered=window_start - timedelta(days=1)),
        volunteer(4, "勤丁", registered=date(2020, 1, 1)),
    ]
    records = [
        hours(1, window_start - timedelta(days=1), "2"),
        hours(4, window_start, "2"),
    ]

    result = stats(people, records).to_json()

    assert result["idle"] == [
        {"name": "早丙", "last_served": None},
        {"name": "老甲", "last_served": "2026-05-31"},
    ]


def test_the_json_object_has_spec_keys_in_order():
    keys = list(stats([], []).to_json())

    assert keys == [
        "on",
        "registered",
        "active",
        "population",
        "registered_share",
        "active_share",
        "age_bands",
        "employment",
        "over_committed",
        "idle",
    ]


# --- matching ------------------------------------------------------------------------------

SATURDAY = date(2026, 12, 5)


def test_suggestions_fit_area_skills_motivation_and_availability_least_recently_served_first():
    activity = Activity(1, SATURDAY, "医疗服务", needed=4, skills=("护理",))
    base = {"areas": ("医疗服务",), "skills": ("护理",)}
    people = [
        volunteer(1, "近", **base),
        volunteer(2, "远", **base),
        volunteer(3, "从未", **base),
        volunteer(4, "别的领域", areas=("帮困",), skills=("护理",)),
        volunteer(5, "无技能", areas=("医疗服务",)),
        volunteer(6, "只在工作日", availability=("weekday_morning",), **base),
        volunteer(7, "已归档", archived_on=date(2026, 1, 1), **base),
        volunteer(8, "已报名", **base),
        volunteer(9, "周末下午", availability=("weekend_afternoon",), **base),
    ]
    served = {1: {date(2026, 11, 20): Decimal(2)}, 2: {date(2026, 3, 1): Decimal(2)}}

    found = suggest(activity, people, served, busy=frozenset({8}))

    assert [s.volunteer.name for s in found] == ["从未", "周末下午", "远", "近"]
    assert found[2].last_served == date(2026, 3, 1)


def test_motivations_fit_contribute_always_learn_with_skills_meet_people_in_groups():
    small = Activity(1, SATURDAY, "帮困", needed=2)
    group = Activity(2, SATURDAY, "帮困", needed=3)
    skilled = Activity(3, SATURDAY, "帮困", needed=1, skills=("驾驶",))
    people = [
        volunteer(1, "学", areas=("帮困",), skills=("驾驶",), motivations=("learn_skills",)),
        volunteer(2, "友", areas=("帮困",), skills=("驾驶",), motivations=("meet_people",)),
        volunteer(3, "献", areas=("帮困",), skills=("驾驶",), motivations=("contribute",)),
    ]

    def names(activity):
        return sorted(s.volunteer.name for s in suggest(activity, people, {}))

    assert names(small) == ["献"]
    assert names(group) == ["友", "献"]
    assert names(skilled) == ["学", "献"]


def test_volunteers_with_no_hours_left_this_month_are_not_suggested():
    activity = Activity(1, SATURDAY, "帮困", needed=1)
    people = [volunteer(1, areas=("帮困",)), volunteer(2, areas=("帮困",))]

    found = suggest(activity, people, {}, month_hours_left={1: Decimal(0), 2: Decimal("0.5")})

    assert [s.volunteer.id for s in found] == [2]
