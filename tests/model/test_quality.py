"""Quality scores, grades and the statuses of a row without grade or value (SPEC §2.6)."""

from decimal import Decimal

import pytest

from centredesk.model.policy import default_grades
from centredesk.model.quality import Indicator, grade_for_score, quality_score
from tests.model.factories import make_doctor, make_policy, review_one


def _indicator(target: str, **changes) -> Indicator:
    fields = {"name": "指标", "target": Decimal(target), "weight": Decimal("1")}
    fields.update(changes)
    return Indicator(**fields)


@pytest.mark.parametrize(
    ("score", "grade"),
    [
        ("100", "A"),
        ("90", "A"),
        ("89.99", "B"),
        ("80", "B"),
        ("79.99", "C"),
        ("70", "C"),
        ("69.99", "D"),
        ("0", "D"),
    ],
)
def test_grade_for_score_is_the_highest_grade_reached(score, grade):
    assert grade_for_score(Decimal(score), default_grades()).name == grade


def test_score_of_79_99_gives_grade_c_on_the_row():
    row = review_one(make_policy(), make_doctor(grade=None, score=Decimal("79.99")))

    # effective r2(1000.00 × 0.80) = 800.00; pay 800.00 × 4.5 = 3600.00
    assert row.grade.name == "C"
    assert row.effective_equivalents == Decimal("800.00")
    assert row.performance_pay == Decimal("3600.00")


def test_grade_given_directly_wins_over_the_score():
    row = review_one(make_policy(), make_doctor(grade="D", score=Decimal("95")))

    assert row.grade.name == "D"
    assert row.effective_equivalents == Decimal("600.00")  # 1000.00 × 0.60


def test_missing_quality_leaves_grade_and_pay_empty():
    row = review_one(make_policy(), make_doctor(grade=None)).to_json()

    assert row["status"] == "missing_quality"
    assert row["grade"] == ""
    assert row["quality_coefficient"] == ""
    assert row["effective_equivalents"] == ""
    assert row["performance_pay"] == ""
    assert row["value_per_equivalent"] == "4.5000"
    assert row["performance_equivalents"] == "1000.00"


def test_missing_quality_grade_of_the_policy_stands_in_for_a_missing_grade():
    policy = make_policy(missing_quality_grade="C")

    row = review_one(policy, make_doctor(grade=None))

    assert row.status == "ok"
    assert row.grade.name == "C"
    assert row.performance_pay == Decimal("3600.00")  # r2(1000 × 0.8) × 4.5


def test_missing_value_leaves_value_and_pay_empty():
    row = review_one(make_policy(value=None), make_doctor()).to_json()

    assert row["status"] == "missing_value"
    assert row["value_per_equivalent"] == ""
    assert row["performance_pay"] == ""
    assert row["grade"] == "B"
    assert row["effective_equivalents"] == "900.00"


def test_missing_quality_wins_over_missing_value():
    row = review_one(make_policy(value=None), make_doctor(grade=None)).to_json()

    assert row["status"] == "missing_quality"
    assert row["value_per_equivalent"] == ""
    assert row["performance_pay"] == ""


def test_absent_doctor_without_a_value_is_missing_value():
    doctor = make_doctor(available_days=0, equivalents=Decimal("0.00"), grade=None)

    row = review_one(make_policy(value=None), doctor)

    assert row.status == "missing_value"


def test_higher_is_better_achievement_is_actual_over_target_at_most_one():
    indicator = _indicator("90")

    assert indicator.achievement(Decimal("81")) == Decimal("0.9")
    assert indicator.achievement(Decimal("99")) == Decimal("1")


def test_lower_is_better_achievement_is_target_over_actual_at_most_one():
    indicator = _indicator("2", higher_is_better=False)

    assert indicator.achievement(Decimal("4")) == Decimal("0.5")
    assert indicator.achievement(Decimal("1")) == Decimal("1")


def test_lower_is_better_with_actual_zero_is_full_achievement():
    indicator = _indicator("2", higher_is_better=False)

    assert indicator.achievement(Decimal("0")) == Decimal("1")


def test_raised_target_multiplies_when_higher_is_better():
    indicator = _indicator("200", raise_percent=Decimal("5"))

    assert indicator.monthly_target() == Decimal("210")  # 200 × 1.05
    assert quality_score([(indicator, Decimal("189"))]) == Decimal("90.00")  # 189 ÷ 210


def test_raised_target_divides_when_lower_is_better():
    indicator = _indicator("2", higher_is_better=False, raise_percent=Decimal("5"))

    # target 2 ÷ 1.05 = 1.904761…; actual 2 → 0.952380…; score r2(95.238…) = 95.24
    assert indicator.monthly_target() == Decimal("2") / Decimal("1.05")
    assert quality_score([(indicator, Decimal("2"))]) == Decimal("95.24")


def test_raised_rate_target_is_capped_at_100():
    indicator = _indicator("98", raise_percent=Decimal("5"), is_rate=True)

    # 98 × 1.05 = 102.9, above 100 for a rate
    assert indicator.monthly_target() == Decimal("100")
    assert indicator.achievement(Decimal("99")) == Decimal("0.99")


def test_raised_count_target_is_not_capped_at_100():
    indicator = _indicator("98", raise_percent=Decimal("5"))

    assert indicator.monthly_target() == Decimal("102.9")


def test_quality_score_is_the_weighted_mean_of_achievements():
    results = [
        (_indicator("90", weight=Decimal("3")), Decimal("81")),
        (_indicator("2", higher_is_better=False), Decimal("4")),
        (_indicator("98", raise_percent=Decimal("5"), is_rate=True), Decimal("99")),
        (_indicator("2", higher_is_better=False, raise_percent=Decimal("5")), Decimal("0")),
    ]

    # r2(100 × (3 × 0.9 + 0.5 + 0.99 + 1) ÷ 6) = r2(100 × 5.19 ÷ 6) = r2(86.5)
    assert quality_score(results) == Decimal("86.50")
