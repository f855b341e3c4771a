"""A month's value per equivalent from its fund (SPEC §2.4 and the source's 4.3)."""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from centredesk.model.numbers import ONE, ZERO, r2, r4
from centredesk.model.policy import PaySetting


@dataclass(frozen=True)
class FundFigures:
    """What a month's fund gives: the value per equivalent, what may be paid, the reserve."""

    value_per_equivalent: Decimal | None
    distributable: Decimal | None
    reserve: Decimal | None
    planned_equivalents: Decimal | None


def fund_figures(setting: PaySetting, targets: Iterable[Decimal]) -> FundFigures:
    """The value in force and the fund's split; a value given directly wins over the fund.

    Planned equivalents default to the sum of the month's review targets.
    """
    if setting.fund is None or setting.distributable_ratio is None:
        return FundFigures(setting.value_per_equivalent, None, None, None)

    ratio = setting.distributable_ratio
    planned = setting.planned_equivalents
    if planned is None:
        planned = sum(targets, ZERO)
    value = setting.value_per_equivalent
    if value is None and planned > 0:
        value = r4(setting.fund / planned * ratio)
    return FundFigures(
        value_per_equivalent=value,
        distributable=r2(setting.fund * ratio),
        reserve=r2(setting.fund * (ONE - ratio)),
        planned_equivalents=planned,
    )
