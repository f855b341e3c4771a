"""The staffing calculator and the per-post staffing test (SPEC §2.8)."""

from decimal import Decimal

import pytest

from centredesk.model.staffing import (
    CapacityInputs,
    StaffingInputs,
    calculate_staffing,
    post_staffing,
)

DEFAULT_LINES = {
    "annual_target": Decimal("11620"),
    "post_coefficient": Decimal("1"),
    "base_ratio": Decimal("0.8"),
    "cap_ratio": Decimal("1.2"),
}


def _inputs(**changes) -> StaffingInputs:
    """10,000 residents, 20 % ill in a fortnight, one visit each, half of them seen here."""
    fields = {
        "population": Decimal("10000"),
        "two_week_prevalence": Decimal("0.2"),
        "visits_per_episode": Decimal("1"),
        "community_share": Decimal("0.5"),
        "required_public_health_equivalents": Decimal("46481"),
    }
    fields.update(changes)
    return StaffingInputs(**fields)


def _verdict(annual_demand: str, doctors: str, **changes) -> str:
    lines = {**DEFAULT_LINES, **changes}
    return post_staffing("GP", Decimal(annual_demand), Decimal(doctors), **lines).verdict


def test_calculator_defaults_to_the_published_capacities():
    result = calculate_staffing(_inputs())

    # visits 10000 × 0.2 × 26.07 × 1 × 0.5 = 26070.00; doctors r2(26070 ÷ 7170) = r2(3.6359…)
    # public health 46481 ÷ 11620.25 = 4 exactly
    assert result.gp_capacity == Decimal("7170")
    assert result.annual_visits == Decimal("26070.00")
    assert result.gp_doctors == Decimal("3.64")
    assert result.public_health_staff == Decimal("4.00")


def test_calculator_shows_its_working():
    result = calculate_staffing(_inputs())

    assert [step.label for step in result.steps] == [
        "gp_capacity",
        "annual_visits",
        "gp_doctors",
        "public_health_staff",
    ]
    assert [step.value for step in result.steps] == [
        Decimal("7170"),
        Decimal("26070.00"),
        Decimal("3.64"),
        Decimal("4.00"),
    ]


def test_calculator_derives_the_capacity_from_working_time():
    working_time = CapacityInputs(
        working_days=Decimal("250"),
        hours_per_day=Decimal("8"),
        minutes_per_visit=Decimal("10"),
        service_time_share=Decimal("0.75"),
    )

    result = calculate_staffing(_inputs(capacity_inputs=working_time))

    # 250 × 8 × 60 = 120000 minutes ÷ 10 = 12000 visits × 0.75 = 9000.00
    # doctors r2(26070 ÷ 9000) = r2(2.8966…) = 2.90
    assert result.gp_capacity == Decimal("9000.00")
    assert result.gp_doctors == Decimal("2.90")


def test_capacity_typed_in_wins_over_working_time():
    working_time = CapacityInputs(Decimal("250"), Decimal("8"), Decimal("10"), Decimal("0.75"))

    result = calculate_staffing(_inputs(gp_capacity=Decimal("8690"), capacity_inputs=working_time))

    assert result.gp_capacity == Decimal("8690")
    assert result.gp_doctors == Decimal("3.00")  # 26070 ÷ 8690


def test_calculator_refuses_a_capacity_of_zero():
    with pytest.raises(ValueError):
        calculate_staffing(_inputs(gp_capacity=Decimal("0")))


def test_post_lines_are_cap_and_base_ratio_of_the_annual_target():
    staffing = post_staffing("GP", Decimal("27888"), Decimal("2"), **DEFAULT_LINES)

    assert staffing.upper == Decimal("13944.00")  # 1.2 × 11620 × 1
    assert staffing.lower == Decimal("9296.00")  # 0.8 × 11620 × 1
    assert staffing.demand_per_doctor == Decimal("13944.00")


def test_demand_above_the_cap_line_per_doctor_is_understaffed():
    assert _verdict("27890", "2") == "understaffed"  # 13945 > 13944


def test_demand_equal_to_the_cap_line_per_doctor_is_balanced():
    assert _verdict("27888", "2") == "balanced"


def test_demand_equal_to_the_base_line_per_doctor_is_balanced():
    assert _verdict("18592", "2") == "balanced"


def test_demand_below_the_base_line_per_doctor_is_overstaffed():
    assert _verdict("18590", "2") == "overstaffed"  # 9295 < 9296


def test_demand_per_part_time_doctor_uses_full_time_equivalents():
    assert _verdict("14000", "1.5") == "balanced"  # 9333.33, between 9296 and 13944


def test_post_without_doctors_has_no_verdict_of_staffing():
    staffing = post_staffing("GP", Decimal("20000"), Decimal("0"), **DEFAULT_LINES)

    assert staffing.demand_per_doctor is None
    assert staffing.verdict == "no_doctors"


def test_post_coefficient_moves_the_post_lines():
    # 1.2 × 11620 × 1.1 = 15338.40: 14000 a doctor is understaffed at 1, balanced at 1.1
    assert _verdict("14000", "1") == "understaffed"
    assert _verdict("14000", "1", post_coefficient=Decimal("1.1")) == "balanced"
