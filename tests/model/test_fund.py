"""A month paid from a fund: value per equivalent, reserve and the distributable total."""

from decimal import Decimal

from centredesk.model.appraisal import review_month
from centredesk.model.fund import fund_figures
from centredesk.model.months import Month
from centredesk.model.policy import PaySetting
from tests.model.factories import YEAR, make_doctor, make_policy

DECEMBER = Month(YEAR, 12)


def _fund_policy(fund: str = "152000", ratio: str = "0.88", planned: str | None = None):
    setting = PaySetting(
        fund=Decimal(fund),
        distributable_ratio=Decimal(ratio),
        planned_equivalents=Decimal(planned) if planned else None,
    )
    return make_policy(value=None, pay={DECEMBER: setting})


def _two_doctors(equivalents: str, grade: str):
    return [
        make_doctor(staff_no=staff_no, equivalents=Decimal(equivalents), grade=grade)
        for staff_no in ("D002", "D001")
    ]


def test_fund_value_uses_the_planned_equivalents_given():
    setting = PaySetting(
        fund=Decimal("10000"),
        distributable_ratio=Decimal("0.9"),
        planned_equivalents=Decimal("2000"),
    )

    figures = fund_figures(setting, [Decimal("968.33")])

    assert figures.value_per_equivalent == Decimal("4.5000")  # r4(10000 ÷ 2000 × 0.9)
    assert figures.distributable == Decimal("9000.00")
    assert figures.reserve == Decimal("1000.00")  # r2(10000 × (1 − 0.9))
    assert figures.planned_equivalents == Decimal("2000")


def test_fund_value_defaults_planned_to_the_sum_of_the_targets():
    review = review_month(_fund_policy(), DECEMBER, _two_doctors("1000.00", "B"))

    # December share 0.083333: each target 968.33, planned 1936.66;
    # value r4(152000 ÷ 1936.66 × 0.88) = r4(69.067363…) = 69.0674
    assert review.fund.planned_equivalents == Decimal("1936.66")
    assert review.fund.value_per_equivalent == Decimal("69.0674")
    assert [row.value_per_equivalent for row in review.rows] == [Decimal("69.0674")] * 2


def test_fund_reserve_is_what_the_distributable_ratio_leaves():
    review = review_month(_fund_policy(), DECEMBER, _two_doctors("1000.00", "B"))

    assert review.fund.distributable == Decimal("133760.00")  # r2(152000 × 0.88)
    assert review.fund.reserve == Decimal("18240.00")  # r2(152000 × 0.12)


def test_total_pay_within_the_distributable_fund_is_not_exceeded():
    review = review_month(_fund_policy(), DECEMBER, _two_doctors("900.00", "B"))

    # each effective r2(900 × 0.9) = 810.00; pay r2(810.00 × 69.0674) = 55944.59
    assert [row.performance_pay for row in review.rows] == [Decimal("55944.59")] * 2
    assert review.total_performance_pay == Decimal("111889.18")
    assert not review.fund_exceeded


def test_total_pay_above_the_distributable_fund_is_exceeded():
    review = review_month(_fund_policy(), DECEMBER, _two_doctors("2000.00", "A"))

    # each effective 1162.00 (capped, grade A); pay r2(1162.00 × 69.0674) = 80256.32;
    # total 160512.64 > 133760.00
    assert review.total_performance_pay == Decimal("160512.64")
    assert review.fund_exceeded


def test_value_given_directly_wins_over_the_fund():
    setting = PaySetting(
        value_per_equivalent=Decimal("5"),
        fund=Decimal("10000"),
        distributable_ratio=Decimal("0.9"),
    )

    figures = fund_figures(setting, [Decimal("1000")])

    assert figures.value_per_equivalent == Decimal("5")
    assert figures.reserve == Decimal("1000.00")


def test_month_without_value_or_fund_has_no_value_and_no_fund_limit():
    review = review_month(make_policy(value=None), DECEMBER, _two_doctors("1000.00", "B"))

    assert review.fund.value_per_equivalent is None
    assert review.fund.distributable is None
    assert not review.fund_exceeded
    assert {row.status for row in review.rows} == {"missing_value"}


def test_review_rows_are_sorted_by_staff_number():
    review = review_month(_fund_policy(), DECEMBER, _two_doctors("1000.00", "B"))

    assert [row.staff_no for row in review.rows] == ["D001", "D002"]
