"""Targets, lines, bands and pay of one doctor-month (SPEC §2.2–§2.4, §2.7)."""

from decimal import Decimal

import pytest

from centredesk.model.policy import Grade
from tests.model.factories import make_doctor, make_policy, review_one

# The keys of `review --json` in the order of SPEC §5.2.
REVIEW_KEYS = [
    "staff_no",
    "name",
    "post",
    "title",
    "month",
    "status",
    "attendance",
    "target",
    "base_line",
    "cap_line",
    "equivalents",
    "bonus_equivalents",
    "counted",
    "band",
    "performance_equivalents",
    "grade",
    "quality_coefficient",
    "effective_equivalents",
    "deduction_ratio",
    "value_per_equivalent",
    "performance_pay",
    "basic_pay_factor",
    "basic_pay",
]


def test_worked_example_of_the_spec_gives_every_figure():
    policy = make_policy()

    row = review_one(policy, make_doctor())
    figures = row.to_json()

    assert policy.shares[10] == Decimal("0.083333")
    assert str(row.lines.annual_target) == "11620.00"  # r2(11620 × 1 × 1)
    assert figures["attendance"] == "1.0000"
    assert figures["target"] == "968.33"  # r2(11620 × 0.083333 × 1) = r2(968.32946)
    assert figures["base_line"] == "774.66"  # r2(0.8 × 968.33) = r2(774.664)
    assert figures["cap_line"] == "1162.00"  # r2(1.2 × 968.33) = r2(1161.996)
    assert figures["band"] == "reward"
    assert figures["counted"] == "1000.00"
    assert figures["performance_equivalents"] == "1000.00"  # 968.33 + 31.67 × 1.0
    assert figures["grade"] == "B"
    assert figures["quality_coefficient"] == "0.9000"
    assert figures["effective_equivalents"] == "900.00"  # r2(1000.00 × 0.90)
    assert figures["deduction_ratio"] == "0.0000"
    assert figures["value_per_equivalent"] == "4.5000"
    assert figures["performance_pay"] == "4050.00"  # r2(900.00 × 4.5 × 1)
    assert figures["basic_pay_factor"] == "1.0000"
    assert figures["status"] == "ok"


def test_review_json_has_the_keys_of_the_spec_in_order():
    row = review_one(make_policy(), make_doctor()).to_json()

    assert list(row) == REVIEW_KEYS
    assert (row["post"], row["title"], row["month"]) == ("GP", "ATT", "2026-11")


# The worked example's lines: base 774.66, target 968.33, cap 1162.00.
BAND_EDGES = [
    pytest.param("774.65", "below_base", id="one_cent_below_base_line"),
    pytest.param("774.66", "basic", id="equal_to_base_line"),
    pytest.param("774.67", "basic", id="one_cent_above_base_line"),
    pytest.param("968.33", "basic", id="equal_to_target"),
    pytest.param("968.34", "reward", id="one_cent_above_target"),
    pytest.param("1162.00", "reward", id="equal_to_cap_line"),
    pytest.param("1162.01", "over_cap", id="one_cent_above_cap_line"),
]


@pytest.mark.parametrize(("equivalents", "band"), BAND_EDGES)
def test_band_at_each_line_and_one_cent_above(equivalents, band):
    row = review_one(make_policy(), make_doctor(equivalents=Decimal(equivalents)))

    assert row.band == band


def test_pay_equal_to_base_line_rounds_half_up():
    row = review_one(make_policy(), make_doctor(equivalents=Decimal("774.66")))

    # performance 774.66; effective r2(774.66 × 0.9) = r2(697.194) = 697.19;
    # pay r2(697.19 × 4.5) = r2(3137.355) = 3137.36
    assert row.performance_equivalents == Decimal("774.66")
    assert row.effective_equivalents == Decimal("697.19")
    assert row.performance_pay == Decimal("3137.36")


def test_below_base_line_pays_no_performance_and_cuts_basic_pay():
    doctor = make_doctor(equivalents=Decimal("500.00"), basic_pay=Decimal("6000"))

    row = review_one(make_policy(), doctor)

    # factor r4(500 ÷ 774.66) = r4(0.64544…) = 0.6454; basic r2(6000 × 0.6454) = 3872.40
    assert row.band == "below_base"
    assert row.counted == Decimal("500.00")
    assert row.performance_equivalents == Decimal("0.00")
    assert row.effective_equivalents == Decimal("0.00")
    assert row.performance_pay == Decimal("0.00")
    assert row.basic_pay_factor == Decimal("0.6454")
    assert row.basic_pay == Decimal("3872.40")


def test_basic_pay_is_whole_at_and_above_the_base_line():
    doctor = make_doctor(equivalents=Decimal("774.66"), basic_pay=Decimal("6000"))

    row = review_one(make_policy(), doctor)

    assert row.basic_pay_factor == Decimal("1.0000")
    assert row.basic_pay == Decimal("6000.00")


def test_over_cap_counts_only_up_to_the_cap_line():
    row = review_one(make_policy(), make_doctor(equivalents=Decimal("2000.00")))

    # counted 1162.00; effective r2(1162 × 0.9) = 1045.80; pay r2(1045.80 × 4.5) = 4706.10
    assert row.band == "over_cap"
    assert row.counted == Decimal("1162.00")
    assert row.performance_equivalents == Decimal("1162.00")
    assert row.effective_equivalents == Decimal("1045.80")
    assert row.performance_pay == Decimal("4706.10")


def test_reward_band_rate_pays_the_reward_band_at_its_rate():
    policy = make_policy(reward_band_rate=Decimal("1.1"))

    row = review_one(policy, make_doctor(equivalents=Decimal("2000.00")))

    # r2(968.33 + (1162.00 − 968.33) × 1.1) = r2(968.33 + 213.037) = 1181.37
    assert row.performance_equivalents == Decimal("1181.37")


def test_post_and_title_coefficients_scale_the_annual_target():
    policy = make_policy()
    doctor = make_doctor(post=policy.posts["VX"], title=policy.titles["ASC"])

    row = review_one(policy, doctor)

    # annual r2(11620 × 0.95 × 0.9) = r2(9935.10) = 9935.10;
    # target r2(9935.10 × 0.083333) = r2(827.92169…) = 827.92
    assert row.lines.annual_target == Decimal("9935.10")
    assert row.lines.target == Decimal("827.92")


def test_part_attendance_scales_the_target():
    row = review_one(make_policy(), make_doctor(available_days=11))

    # attendance r4(11 ÷ 21) = r4(0.523809…) = 0.5238;
    # target r2(11620 × 0.083333 × 0.5238) = r2(507.2109…) = 507.21
    assert row.lines.attendance == Decimal("0.5238")
    assert row.lines.target == Decimal("507.21")
    assert row.lines.base_line == Decimal("405.77")  # r2(0.8 × 507.21) = r2(405.768)
    assert row.lines.cap_line == Decimal("608.65")  # r2(1.2 × 507.21) = r2(608.652)


def test_absent_doctor_is_ok_without_grade_and_paid_only_the_bonus():
    doctor = make_doctor(
        available_days=0,
        equivalents=Decimal("0.00"),
        bonus=Decimal("20.00"),
        grade=None,
        basic_pay=Decimal("6000"),
    )

    row = review_one(make_policy(), doctor).to_json()

    assert row["band"] == "absent"
    assert row["status"] == "ok"
    assert row["attendance"] == "0.0000"
    assert (row["target"], row["base_line"], row["cap_line"]) == ("0.00", "0.00", "0.00")
    assert row["grade"] == ""
    assert row["quality_coefficient"] == ""
    assert row["effective_equivalents"] == "20.00"
    assert row["performance_pay"] == "90.00"  # 20.00 × 4.5
    assert row["basic_pay_factor"] == "1.0000"
    assert row["basic_pay"] == "6000.00"


def test_absent_doctor_ignores_a_grade_given_for_the_month():
    doctor = make_doctor(available_days=0, equivalents=Decimal("0.00"), grade="A")

    row = review_one(make_policy(), doctor)

    assert row.band == "absent"
    assert row.grade is None
    assert row.performance_pay == Decimal("0.00")


def test_pay_uses_the_value_per_equivalent_as_printed():
    row = review_one(make_policy(value="4.56785"), make_doctor())

    # printed value r4(4.56785) = 4.5679; pay r2(900.00 × 4.5679) = r2(4111.11) = 4111.11
    # (the unrounded value would give r2(4111.065) = 4111.07, which no calculator redoes)
    assert row.value_per_equivalent == Decimal("4.5679")
    assert row.performance_pay == Decimal("4111.11")


def test_effective_equivalents_use_the_quality_coefficient_as_printed():
    grades = (Grade("A", Decimal(90), Decimal("1")), Grade("B", Decimal(0), Decimal("0.33335")))

    row = review_one(make_policy(grades=grades), make_doctor())

    # printed coefficient r4(0.33335) = 0.3334; effective r2(1000 × 0.3334) = 333.40
    # (the unrounded coefficient would give r2(333.35) = 333.35)
    assert row.to_json()["quality_coefficient"] == "0.3334"
    assert row.effective_equivalents == Decimal("333.40")
