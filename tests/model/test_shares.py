"""Monthly shares of the annual target (SPEC §2.9)."""

from decimal import Decimal

import pytest

from centredesk.model.policy import Policy, PolicyError
from centredesk.model.shares import DEFAULT_SHARES, propose_shares


def _refusal(shares) -> list[str]:
    with pytest.raises(PolicyError) as refused:
        Policy(year=2026, shares=tuple(shares)).validated()
    return refused.value.problems


def test_default_shares_give_the_first_four_months_the_spare_millionths():
    assert list(DEFAULT_SHARES) == [Decimal("0.083334")] * 4 + [Decimal("0.083333")] * 8
    assert sum(DEFAULT_SHARES) == 1


def test_default_policy_uses_the_default_shares():
    assert Policy(year=2026).validated().shares == DEFAULT_SHARES


def test_shares_not_summing_to_one_are_refused():
    shares = (Decimal("0.083333"),) * 12  # 0.999996

    problems = _refusal(shares)

    assert any("shares" in problem and "0.999996" in problem for problem in problems)


def test_shares_with_more_than_six_places_are_refused():
    shares = [*DEFAULT_SHARES[:10], Decimal("0.0833335"), Decimal("0.0833325")]

    problems = _refusal(shares)

    assert sum(shares) == 1
    assert any("6 decimal places" in problem for problem in problems)


def test_shares_with_trailing_zeros_past_six_places_are_accepted():
    shares = [*DEFAULT_SHARES[:11], Decimal("0.08333300")]

    assert Policy(year=2026, shares=tuple(shares)).validated().shares[11] == Decimal("0.083333")


def test_eleven_shares_are_refused():
    shares = [*DEFAULT_SHARES[:10], Decimal("0.166666")]

    problems = _refusal(shares)

    assert any("twelve" in problem for problem in problems)


def test_thirteen_shares_are_refused():
    problems = _refusal([*DEFAULT_SHARES, Decimal("0")])

    assert any("twelve" in problem for problem in problems)


def test_proposed_shares_follow_three_years_of_volume_by_largest_remainder():
    years = [
        [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
        [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
        [0, 0, 1, 0, 0, 1, 1, 1, 1, 1, 1, 0],
    ]
    scaled = [[total * 1234 for total in year] for year in years]

    shares = propose_shares(scaled)

    # Month totals 1, 2, 3, 2, 2, 3, 3, 3, 3, 3, 3, 2 of 30: floors 0.033333, 0.066666, 0.1
    # sum to 0.999997; the three missing millionths go to the largest remainders, the
    # 2/30 months (0.67 of a millionth each), the earlier three of the four.
    third, two_thirds_up, two_thirds_down = "0.033333", "0.066667", "0.066666"
    expected = [third, two_thirds_up, "0.1", two_thirds_up, two_thirds_up]
    expected += ["0.1"] * 6 + [two_thirds_down]
    assert shares == tuple(Decimal(share) for share in expected)
    assert sum(shares) == 1


def test_proposed_shares_pass_the_policy_rules():
    years = [[810, 620, 905, 880, 930, 1010, 1210, 1190, 960, 900, 980, 1105]] * 3

    shares = propose_shares(years)

    assert sum(shares) == 1
    assert Policy(year=2026, shares=shares).validated().shares == shares


def test_proposed_shares_need_twelve_months_a_year():
    with pytest.raises(ValueError):
        propose_shares([[1] * 12, [1] * 11, [1] * 12])
