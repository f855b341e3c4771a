"""The rules a policy must keep (SPEC §2.10), built in code and read from TOML."""

from datetime import date
from decimal import Decimal

import pytest

from centredesk.files.policy_toml import read_policy, write_policy
from centredesk.model.months import Month
from centredesk.model.policy import CoefficientRule, Grade, PaySetting, Policy, PolicyError
from tests.model.factories import ATTENDING, FRONT_DESK, GP, make_policy, nov

SUMMER = CoefficientRule("PPV", Decimal("2.0"), months=frozenset({7, 8}))
LATE_AUGUST = CoefficientRule("PPV", Decimal("1.5"), start=date(2026, 8, 15), end=date(2026, 9, 15))
SEPTEMBER = CoefficientRule("PPV", Decimal("1.5"), start=date(2026, 9, 1), end=date(2026, 9, 30))


def _problems_of(policy: Policy) -> list[str]:
    with pytest.raises(PolicyError) as refused:
        policy.validated()
    return refused.value.problems


def _problems_reading(text: str) -> list[str]:
    with pytest.raises(PolicyError) as refused:
        read_policy(text)
    return refused.value.problems


def test_overlapping_coefficient_rules_of_one_item_are_refused():
    problems = _problems_of(Policy(year=2026, item_coefficients=(SUMMER, LATE_AUGUST)))

    assert problems == ["item_coefficients: two rules of PPV overlap"]


def test_rules_of_one_item_that_do_not_overlap_are_accepted():
    policy = Policy(year=2026, item_coefficients=(SUMMER, SEPTEMBER)).validated()

    assert policy.item_coefficients == (SUMMER, SEPTEMBER)


def test_date_ranges_meeting_on_one_day_overlap():
    first_half = CoefficientRule("GPV", Decimal("1.2"), start=nov(1), end=nov(16))
    second_half = CoefficientRule("GPV", Decimal("1.1"), start=nov(16), end=nov(30))

    problems = _problems_of(Policy(year=2026, item_coefficients=(first_half, second_half)))

    assert problems == ["item_coefficients: two rules of GPV overlap"]


def test_rules_of_different_items_may_cover_the_same_days():
    vaccination = CoefficientRule("VAC", Decimal("1.3"), months=frozenset({7}))

    assert Policy(year=2026, item_coefficients=(SUMMER, vaccination)).validated()


def test_pay_month_outside_the_year_is_refused():
    pay = {Month(2027, 1): PaySetting(value_per_equivalent=Decimal("4.5"))}

    problems = _problems_of(Policy(year=2026, pay=pay))

    assert problems == ["pay month 2027-01 is outside 2026"]


def test_reading_refuses_an_unknown_key():
    problems = _problems_reading('year = 2026\ncolour = "red"\n')

    assert any("unknown key 'colour'" in problem for problem in problems)


def test_reading_refuses_an_unknown_key_of_a_post():
    problems = _problems_reading('year = 2026\n[posts.GP]\nrate = "1.1"\n')

    assert any("posts.GP" in problem and "'rate'" in problem for problem in problems)


def test_reading_refuses_a_malformed_decimal():
    problems = _problems_reading('year = 2026\ncap_ratio = "1.2.3"\n')

    assert any(problem.startswith("cap_ratio:") and "1.2.3" in problem for problem in problems)


def test_reading_refuses_shares_not_summing_to_one():
    shares = ", ".join(['"0.083334"'] * 12)  # 12 × 0.083334 = 1.000008

    problems = _problems_reading(f"year = 2026\nshares = [{shares}]\n")

    assert any(problem.startswith("shares:") and "1.000008" in problem for problem in problems)


def test_reading_refuses_overlapping_coefficient_rules():
    text = """year = 2026

[[item_coefficients]]
item = "PPV"
coefficient = "2.0"
months = [7, 8]

[[item_coefficients]]
item = "PPV"
coefficient = "1.5"
from = "2026-08-15"
to = "2026-09-15"
"""

    problems = _problems_reading(text)

    assert any("PPV" in problem and "overlap" in problem for problem in problems)


def test_reading_refuses_a_value_per_equivalent_month_outside_the_year():
    problems = _problems_reading('year = 2026\nvalue_per_equivalent = { "2027-01" = "4.5" }\n')

    assert any("2027-01" in problem and "outside 2026" in problem for problem in problems)


def test_reading_refuses_a_document_without_a_year():
    problems = _problems_reading('annual_target = "11620"\n')

    assert any(problem.startswith("year:") for problem in problems)


def test_reading_only_a_year_gives_every_default():
    policy = read_policy("year = 2026\n")

    assert policy == Policy(year=2026)
    assert policy.annual_target == Decimal("11620")
    assert policy.base_ratio == Decimal("0.8")
    assert policy.cap_ratio == Decimal("1.2")
    assert policy.reward_band_rate == Decimal("1.0")
    assert policy.aggravation == Decimal("1.5")
    assert policy.violation_deductions == (Decimal("0.10"), Decimal("0.30"), Decimal("1.00"))
    assert policy.veto_deduction == Decimal("1.00")
    assert [(g.name, g.min_score, g.coefficient) for g in policy.grades] == [
        ("A", 90, Decimal("1.00")),
        ("B", 80, Decimal("0.90")),
        ("C", 70, Decimal("0.80")),
        ("D", 0, Decimal("0.60")),
    ]
    assert policy.missing_quality_grade == ""
    assert policy.research_teaching_mode == "bonus"
    assert policy.bonus_categories == ("科研教学",)
    assert policy.pay == {}


def test_written_policy_reads_back_equal():
    policy = make_policy(
        annual_target=Decimal("12000"),
        reward_band_rate=Decimal("1.1"),
        shares=(Decimal("0.075"), Decimal("0.055"), *[Decimal("0.087")] * 10),
        pay={
            Month(2026, 11): PaySetting(value_per_equivalent=Decimal("4.5")),
            Month(2026, 12): PaySetting(
                fund=Decimal("152000"),
                distributable_ratio=Decimal("0.88"),
                planned_equivalents=Decimal("30000.5"),
            ),
        },
        grades=(Grade("优", Decimal("85.5"), Decimal("1.05")), Grade("良", Decimal(0), Decimal(1))),
        violation_deductions=(Decimal("0.05"), Decimal("0.5")),
        veto_deduction=Decimal("0.9"),
        missing_quality_grade="良",
        research_teaching_mode="regular",
        bonus_categories=("科研教学", "带教"),
        holidays=frozenset({date(2026, 10, 1), date(2026, 10, 2)}),
        workdays=frozenset({date(2026, 10, 10)}),
        item_coefficients=(SUMMER, SEPTEMBER),
        posts={post.code: post for post in (GP, FRONT_DESK)},
        titles={ATTENDING.code: ATTENDING},
    )

    again = read_policy(write_policy(policy))

    assert again == policy
