"""Equivalents of a month: dated item values, coefficient rules and the bonus (SPEC §2.1)."""

from datetime import date
from decimal import Decimal

from centredesk.model.equivalents import Count, Item, ItemValue, item_coefficient
from centredesk.model.equivalents import month_equivalents as equivalents_of
from centredesk.model.policy import CoefficientRule
from tests.model.factories import (
    make_doctor,
    make_item,
    make_policy,
    nov,
    review_one,
    violation,
)

SUMMER = CoefficientRule("PPV", Decimal("2.0"), months=frozenset({6, 7, 8}))
SECOND_HALF_OF_NOVEMBER = CoefficientRule("GPV", Decimal("1.2"), start=nov(16), end=nov(20))
TEACHING = make_item("RT", "5", category="科研教学")


def _july(day: int) -> date:
    return date(2026, 7, day)


def test_coefficient_by_months_covers_each_day_of_those_months():
    rules = [SUMMER]

    assert item_coefficient(rules, "PPV", date(2026, 5, 31)) == Decimal("1")
    assert item_coefficient(rules, "PPV", date(2026, 6, 1)) == Decimal("2.0")
    assert item_coefficient(rules, "PPV", date(2026, 8, 31)) == Decimal("2.0")
    assert item_coefficient(rules, "PPV", date(2026, 9, 1)) == Decimal("1")


def test_coefficient_by_date_range_covers_first_and_last_day_only():
    rules = [SECOND_HALF_OF_NOVEMBER]

    assert item_coefficient(rules, "GPV", nov(15)) == Decimal("1")
    assert item_coefficient(rules, "GPV", nov(16)) == Decimal("1.2")
    assert item_coefficient(rules, "GPV", nov(20)) == Decimal("1.2")
    assert item_coefficient(rules, "GPV", nov(21)) == Decimal("1")


def test_coefficient_rule_applies_to_its_own_item_only():
    assert item_coefficient([SUMMER], "GPV", _july(1)) == Decimal("1")


def test_postpartum_visit_counts_double_in_summer():
    policy = make_policy(item_coefficients=(SUMMER,))
    items = {"PPV": make_item("PPV", "2.7183")}

    july = equivalents_of([Count(_july(1), "PPV", 3)], items, policy)
    september = equivalents_of([Count(date(2026, 9, 1), "PPV", 3)], items, policy)

    # 2.7183 × 2.0 = 5.4366 a visit: r2(3 × 5.4366) = r2(16.3098); r2(3 × 2.7183) = r2(8.1549)
    assert july.equivalents == Decimal("16.31")
    assert july.lines[0].coefficient == Decimal("2.0")
    assert september.equivalents == Decimal("8.15")
    assert september.lines[0].coefficient == Decimal("1")


def test_date_range_coefficient_counts_only_entries_inside_the_range():
    policy = make_policy(item_coefficients=(SECOND_HALF_OF_NOVEMBER,))
    counts = [Count(nov(day), "GPV", 10) for day in (13, 16, 20, 23)]

    result = equivalents_of(counts, {"GPV": make_item("GPV", "1.5")}, policy)

    # outside: 2 × 10 × 1.5 = 30; inside: 2 × 10 × 1.5 × 1.2 = 36
    assert result.equivalents == Decimal("66.00")


def test_entry_uses_the_item_value_in_force_on_its_date():
    item = Item(
        "GPV",
        "全科诊疗",
        "基本医疗",
        (ItemValue(Decimal("1.2"), nov(16)), ItemValue(Decimal("1.0"))),
    )
    counts = [Count(nov(2), "GPV", 10), Count(nov(16), "GPV", 10), Count(nov(30), "GPV", 5)]

    result = equivalents_of(counts, {"GPV": item}, make_policy())

    # undated 1.0 before the 16th, 1.2 from the 16th: 10 + 12 + 6
    assert result.equivalents == Decimal("28.00")
    assert item.equivalents_on(nov(15)) == Decimal("1.0")
    assert item.equivalents_on(nov(16)) == Decimal("1.2")


def test_equivalents_round_the_exact_sum_not_the_lines():
    items = {code: make_item(code, "0.3333") for code in ("A", "B", "C")}
    counts = [Count(nov(2), code, 1) for code in items]

    result = equivalents_of(counts, items, make_policy())

    # exact 0.9999 → 1.00; rounding each line first would give 0.33 × 3 = 0.99
    assert result.equivalents == Decimal("1.00")
    assert [line.subtotal for line in result.lines] == [Decimal("0.3333")] * 3


def test_counts_of_one_item_at_one_value_make_one_breakdown_line():
    counts = [Count(nov(2), "GPV", 4), Count(nov(3), "GPV", 6)]

    result = equivalents_of(counts, {"GPV": make_item("GPV", "1.5")}, make_policy())

    assert len(result.lines) == 1
    assert result.lines[0].count == 10
    assert result.equivalents == Decimal("15.00")


def test_bonus_mode_sums_research_and_teaching_apart_from_e():
    items = {"GPV": make_item("GPV", "1"), "RT": TEACHING}
    counts = [Count(nov(2), "GPV", 100), Count(nov(3), "RT", 4)]

    result = equivalents_of(counts, items, make_policy())

    assert result.equivalents == Decimal("100.00")
    assert result.bonus == Decimal("20.00")  # 4 × 5


def test_regular_mode_counts_research_and_teaching_in_e():
    items = {"GPV": make_item("GPV", "1"), "RT": TEACHING}
    counts = [Count(nov(2), "GPV", 100), Count(nov(3), "RT", 4)]

    result = equivalents_of(counts, items, make_policy(research_teaching_mode="regular"))

    assert result.equivalents == Decimal("120.00")
    assert result.bonus == Decimal("0.00")


def test_bonus_is_paid_below_the_base_line():
    doctor = make_doctor(equivalents=Decimal("500.00"), bonus=Decimal("20.00"))

    row = review_one(make_policy(), doctor)

    # performance 0; effective r2(0 × 0.9) + 20.00 = 20.00; pay 20.00 × 4.5 = 90.00
    assert row.band == "below_base"
    assert row.effective_equivalents == Decimal("20.00")
    assert row.performance_pay == Decimal("90.00")


def test_bonus_is_paid_outside_the_cap_and_the_quality_grade():
    doctor = make_doctor(equivalents=Decimal("2000.00"), bonus=Decimal("20.00"))

    row = review_one(make_policy(), doctor)

    # r2(1162.00 × 0.9) + 20.00 = 1065.80; pay r2(1065.80 × 4.5) = 4796.10
    assert row.effective_equivalents == Decimal("1065.80")
    assert row.performance_pay == Decimal("4796.10")


def test_deduction_applies_to_the_bonus():
    doctor = make_doctor(
        equivalents=Decimal("500.00"), bonus=Decimal("20.00"), events=(violation(),)
    )

    row = review_one(make_policy(), doctor)

    # below the base line only the bonus is paid: r2(20.00 × 4.5 × (1 − 0.10)) = 81.00
    assert row.performance_pay == Decimal("81.00")
