"""Standard work equivalents of a doctor's month (SPEC §2.1)."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from centredesk.model.numbers import ONE, ZERO, r2
from centredesk.model.policy import CoefficientRule, Policy


@dataclass(frozen=True)
class ItemValue:
    """An item's equivalents from `effective` on (None: from the beginning)."""

    equivalents: Decimal
    effective: date | None = None


@dataclass(frozen=True)
class Item:
    """A service item with its category and its dated equivalents."""

    code: str
    name: str
    category: str
    values: tuple[ItemValue, ...]

    def equivalents_on(self, day: date) -> Decimal:
        """The value in force on `day`: the latest effective date not after it."""
        if len(self.values) == 1 and self.values[0].effective is None:
            # Most items have one value for all time; a year's review asks this 50,000 times.
            return self.values[0].equivalents
        in_force = [
            value for value in self.values if value.effective is None or value.effective <= day
        ]
        if not in_force:
            raise ValueError(f"item {self.code} has no equivalents in force on {day}")
        return max(in_force, key=lambda value: value.effective or date.min).equivalents


# Count and BreakdownLine are named tuples, not frozen dataclasses: a year view makes some
# 50,000 of each, and a named tuple is built four times faster.
class Count(NamedTuple):
    """`count` services of item `item` on `day` (several entries may be summed into one)."""

    day: date
    item: str
    count: int


class BreakdownLine(NamedTuple):
    """One item at one value and coefficient within a month: what a slip prints."""

    item: str
    name: str
    category: str
    count: int
    equivalents: Decimal
    coefficient: Decimal
    is_bonus: bool

    @property
    def subtotal(self) -> Decimal:
        """Exact count × equivalents × coefficient, unrounded so the lines add up to E."""
        return self.count * self.equivalents * self.coefficient


@dataclass(frozen=True)
class MonthEquivalents:
    """E and the bonus of one doctor-month, with the breakdown they come from."""

    equivalents: Decimal
    bonus: Decimal
    lines: tuple[BreakdownLine, ...]


def item_coefficient(rules: Sequence[CoefficientRule], item: str, day: date) -> Decimal:
    """The coefficient of `item` on `day`: a covering rule's, else 1."""
    for rule in rules:
        if rule.item == item and rule.covers(day):
            return rule.coefficient
    return ONE


def month_equivalents(
    counts: Iterable[Count], items: dict[str, Item], policy: Policy
) -> MonthEquivalents:
    """Sum counts × equivalents × coefficient into E and the bonus (SPEC §2.1).

    Items of a bonus category go into the bonus when the policy's research/teaching mode is
    `bonus`; otherwise they count in E like any other item.
    """
    grouped: dict[tuple[str, Decimal, Decimal], int] = {}
    rules = policy.item_coefficients
    for count in counts:
        item = items[count.item]
        coefficient = item_coefficient(rules, item.code, count.day) if rules else ONE
        key = (item.code, item.equivalents_on(count.day), coefficient)
        grouped[key] = grouped.get(key, 0) + count.count

    lines = tuple(
        _line(items[code], value, coefficient, total, policy)
        for (code, value, coefficient), total in sorted(grouped.items())
        if total
    )
    # One pass over the lines: a year view prices some 50,000 of them.
    sums = {False: ZERO, True: ZERO}
    for line in lines:
        sums[line.is_bonus] += line.count * line.equivalents * line.coefficient
    return MonthEquivalents(r2(sums[False]), r2(sums[True]), lines)


def _line(
    item: Item, value: Decimal, coefficient: Decimal, count: int, policy: Policy
) -> BreakdownLine:
    is_bonus = policy.is_bonus_category(item.category)
    return BreakdownLine(item.code, item.name, item.category, count, value, coefficient, is_bonus)
