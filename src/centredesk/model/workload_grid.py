"""The rules of the daily workload grid: typed counts, pasted blocks, a row's equivalents."""

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from centredesk.model.appraisal import Lines, band_of
from centredesk.model.equivalents import BreakdownLine, Count, Item, item_coefficient
from centredesk.model.numbers import ZERO, r2
from centredesk.model.policy import Policy

DEFAULT_DAILY_MAXIMUM = 200


class CountProblem(Enum):
    """Why a typed count is refused."""

    NOT_A_WHOLE_NUMBER = "not a whole number"
    NEGATIVE = "a count cannot be negative"
    ABOVE_MAXIMUM = "above the daily maximum"


class CountRefused(ValueError):
    """A typed count that cannot be entered: the problem, the text and the daily maximum."""

    def __init__(self, problem: CountProblem, text: str, maximum: int) -> None:
        super().__init__(f"{problem.value} ({text})")
        self.problem = problem
        self.text = text
        self.maximum = maximum


def read_typed_count(text: str, maximum: int) -> int:
    """The count typed into a cell (blank: 0, no entry); CountRefused names the problem."""
    # An input method may give full-width digits (１２); they are digits all the same.
    typed = unicodedata.normalize("NFKC", text).strip().replace(",", "")
    if not typed:
        return 0
    if typed.startswith("-") and typed[1:].strip().isdecimal():
        raise CountRefused(CountProblem.NEGATIVE, text, maximum)
    if not (typed.isascii() and typed.isdecimal()):
        raise CountRefused(CountProblem.NOT_A_WHOLE_NUMBER, text, maximum)
    count = int(typed)
    if count > maximum:
        raise CountRefused(CountProblem.ABOVE_MAXIMUM, text, maximum)
    return count


def parse_block(text: str) -> list[list[str]]:
    """A block copied from Excel or WPS: rows by \\n or \\r\\n, cells by tabs.

    One trailing line break (spreadsheets end a copied block with one) is not a row.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n")
    if lines.endswith("\n"):
        lines = lines[:-1]
    return [line.split("\t") for line in lines.split("\n")]


def unit_values(items: Iterable[Item], policy: Policy, day: date) -> dict[str, Decimal]:
    """What one service of each item is worth on `day`: equivalents × item coefficient.

    An item with no equivalents in force on the day is left out.
    """
    units = {}
    for item in items:
        if any(value.effective is None or value.effective <= day for value in item.values):
            coefficient = item_coefficient(policy.item_coefficients, item.code, day)
            units[item.code] = item.equivalents_on(day) * coefficient
    return units


@dataclass(frozen=True)
class RowEquivalents:
    """A row's equivalents, exact: the regular ones (in E) and the bonus (SPEC §2.1)."""

    regular: Decimal = ZERO
    bonus: Decimal = ZERO

    def __add__(self, other: "RowEquivalents") -> "RowEquivalents":
        return RowEquivalents(self.regular + other.regular, self.bonus + other.bonus)

    def __sub__(self, other: "RowEquivalents") -> "RowEquivalents":
        return RowEquivalents(self.regular - other.regular, self.bonus - other.bonus)


def row_equivalents(
    counts: Mapping[str, int], units: Mapping[str, Decimal], bonus_items: frozenset[str]
) -> RowEquivalents:
    """Σ count × unit value of a row, split into regular and bonus items, unrounded."""
    regular = bonus = ZERO
    for code, count in counts.items():
        subtotal = count * units[code]
        if code in bonus_items:
            bonus += subtotal
        else:
            regular += subtotal
    return RowEquivalents(regular, bonus)


def priced_counts(
    counts: Iterable[Count],
    units: Mapping[date, Mapping[str, Decimal]],
    bonus_items: frozenset[str],
) -> RowEquivalents:
    """Σ count × unit value of counts on any days of a month, unrounded."""
    regular = bonus = ZERO
    for count in counts:
        subtotal = count.count * units[count.day][count.item]
        if count.item in bonus_items:
            bonus += subtotal
        else:
            regular += subtotal
    return RowEquivalents(regular, bonus)


@dataclass(frozen=True)
class MonthToDate:
    """A doctor's month so far: E and bonus rounded as the review rounds them, and the band."""

    equivalents: Decimal
    bonus: Decimal
    lines: Lines | None
    band: str | None


def month_to_date(total: RowEquivalents, lines: Lines | None) -> MonthToDate:
    """E and the bonus of the month so far against the doctor's lines (None: not appraised)."""
    equivalents = r2(total.regular)
    band = band_of(lines, equivalents) if lines is not None else None
    return MonthToDate(equivalents, r2(total.bonus), lines, band)


@dataclass(frozen=True)
class DayLine:
    """One day's count of one item, priced on that day: what the drill-down lists."""

    day: date
    line: BreakdownLine


def day_lines(counts: Iterable[Count], items: Mapping[str, Item], policy: Policy) -> list[DayLine]:
    """Each count priced on its own day (SPEC §2.1), in the order given."""
    result = []
    for count in counts:
        item = items[count.item]
        line = BreakdownLine(
            item=item.code,
            name=item.name,
            category=item.category,
            count=count.count,
            equivalents=item.equivalents_on(count.day),
            coefficient=item_coefficient(policy.item_coefficients, item.code, count.day),
            is_bonus=policy.is_bonus_category(item.category),
        )
        result.append(DayLine(count.day, line))
    return result
