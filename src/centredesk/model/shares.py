"""Monthly shares of the annual target (SPEC §2.9)."""

from collections.abc import Sequence
from decimal import ROUND_DOWN, Decimal

SHARE_PLACES = 6
_UNIT = Decimal(1).scaleb(-SHARE_PLACES)


def largest_remainder(weights: Sequence[Decimal | int]) -> tuple[Decimal, ...]:
    """Split 1 in proportion to `weights` into shares of 6 places that sum to exactly 1.

    Each share is first cut down to 6 places; the units still missing go to the largest
    remainders, the earlier month first where remainders are equal.
    """
    total = sum(Decimal(weight) for weight in weights)
    if total <= 0 or any(weight < 0 for weight in weights):
        raise ValueError("shares need non-negative weights with a positive total")

    exact = [Decimal(weight) / total for weight in weights]
    floors = [share.quantize(_UNIT, rounding=ROUND_DOWN) for share in exact]
    missing = int((1 - sum(floors)) / _UNIT)
    by_remainder = sorted(range(len(exact)), key=lambda i: (-(exact[i] - floors[i]), i))
    for index in by_remainder[:missing]:
        floors[index] += _UNIT
    return tuple(floors)


DEFAULT_SHARES = largest_remainder([1] * 12)


def propose_shares(monthly_totals: Sequence[Sequence[Decimal | int]]) -> tuple[Decimal, ...]:
    """Shares from recorded volume: each month's total over the given years ÷ the grand total.

    `monthly_totals` holds one sequence of twelve monthly totals per year (the source used
    the previous three years).
    """
    if not monthly_totals or any(len(year) != 12 for year in monthly_totals):
        raise ValueError("each year needs twelve monthly totals")
    by_month = [sum(Decimal(year[index]) for year in monthly_totals) for index in range(12)]
    return largest_remainder(by_month)


def share_problems(shares: Sequence[Decimal]) -> list[str]:
    """The rules of SPEC §2.9 that `shares` break, in words."""
    if len(shares) != 12:
        return [f"shares: twelve are needed, {len(shares)} given"]
    problems = []
    if any(share < 0 for share in shares):
        problems.append("shares: a share is negative")
    if any(share.normalize().as_tuple().exponent < -SHARE_PLACES for share in shares):
        problems.append("shares: at most 6 decimal places")
    if sum(shares) != 1:
        problems.append(f"shares: they sum to {sum(shares)}, not exactly 1")
    return problems
