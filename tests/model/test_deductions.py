"""Deductions for violations, vetoes and errors over the cap (SPEC §2.5)."""

from decimal import Decimal

import pytest

from centredesk.model.appraisal import deduction_of
from tests.model.factories import make_doctor, make_policy, review_one, veto, violation


@pytest.mark.parametrize(
    ("violations", "ratio"),
    [
        pytest.param(0, "0.0000", id="none"),
        pytest.param(1, "0.1000", id="one"),
        pytest.param(2, "0.3000", id="two"),
        pytest.param(3, "1.0000", id="three"),
        pytest.param(4, "1.0000", id="four_uses_the_last_step"),
    ],
)
def test_violations_of_a_month_step_up_the_deduction(violations, ratio):
    events = [violation(day) for day in range(2, 2 + violations)]

    deduction = deduction_of(make_policy(), events, "reward")

    assert deduction.violations == violations
    assert str(deduction.ratio) == ratio


def test_one_violation_takes_a_tenth_of_the_pay():
    row = review_one(make_policy(), make_doctor(events=(violation(),)))

    # r2(900.00 × 4.5 × (1 − 0.10)) = 3645.00
    assert row.deduction.ratio == Decimal("0.1000")
    assert row.performance_pay == Decimal("3645.00")


def test_veto_cancels_the_pay_whatever_the_violations():
    doctor = make_doctor(events=(violation(3), veto(4)))

    row = review_one(make_policy(), doctor)

    assert row.deduction.veto
    assert row.deduction.ratio == Decimal("1.0000")
    assert row.performance_pay == Decimal("0.00")


def test_veto_overrides_an_aggravated_ratio_with_the_policy_veto():
    policy = make_policy(veto_deduction=Decimal("0.8"))
    events = [violation(2, error=True), violation(3), veto(4)]

    deduction = deduction_of(policy, events, "over_cap")

    # 0.30 × 1.5 = 0.45 would be aggravated, but the veto sets the ratio to 0.8
    assert deduction.ratio == Decimal("0.8000")
    assert not deduction.aggravated


def test_veto_replaces_a_larger_violation_ratio_rather_than_adding_to_it():
    policy = make_policy(veto_deduction=Decimal("0.5"))
    events = [violation(2), violation(3), violation(4), veto(5)]

    deduction = deduction_of(policy, events, "reward")

    # three violations would take 1.00; the veto sets the ratio to the policy's 0.5
    assert deduction.ratio == Decimal("0.5000")


def test_error_over_the_cap_aggravates_the_deduction():
    doctor = make_doctor(equivalents=Decimal("2000.00"), events=(violation(error=True),))

    row = review_one(make_policy(), doctor)

    # ratio 0.10 × 1.5 = 0.15; pay r2(1045.80 × 4.5 × 0.85) = r2(4000.185) = 4000.19
    assert row.band == "over_cap"
    assert row.deduction.aggravated
    assert row.deduction.ratio == Decimal("0.1500")
    assert row.performance_pay == Decimal("4000.19")


def test_error_in_the_reward_band_is_not_aggravated():
    doctor = make_doctor(equivalents=Decimal("1162.00"), events=(violation(error=True),))

    row = review_one(make_policy(), doctor)

    assert row.band == "reward"
    assert not row.deduction.aggravated
    assert row.deduction.ratio == Decimal("0.1000")


def test_violation_over_the_cap_without_an_error_is_not_aggravated():
    deduction = deduction_of(make_policy(), [violation()], "over_cap")

    assert not deduction.aggravated
    assert deduction.ratio == Decimal("0.1000")


def test_error_on_another_event_of_the_month_aggravates_the_violations():
    events = [violation(2), violation(3, error=True)]

    deduction = deduction_of(make_policy(), events, "over_cap")

    # two violations 0.30 × 1.5 = 0.45
    assert deduction.errors == 1
    assert deduction.ratio == Decimal("0.4500")


def test_aggravated_deduction_is_at_most_one():
    events = [violation(2, error=True), violation(3), violation(4)]

    deduction = deduction_of(make_policy(), events, "over_cap")

    # 1.00 × 1.5 = 1.5, then min(1, 1.5)
    assert deduction.ratio == Decimal("1.0000")


def test_deduction_ratio_is_rounded_to_four_places_half_up():
    policy = make_policy(violation_deductions=(Decimal("0.12345"), Decimal("1")))

    plain = deduction_of(policy, [violation(error=True)], "reward")
    aggravated = deduction_of(policy, [violation(error=True)], "over_cap")

    assert plain.ratio == Decimal("0.1235")  # r4(0.12345)
    assert aggravated.ratio == Decimal("0.1852")  # r4(0.12345 × 1.5) = r4(0.185175)
