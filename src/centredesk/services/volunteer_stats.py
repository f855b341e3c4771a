"""Honest volunteer statistics as of a date, and recognition by star level (SPEC §4)."""

import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from centredesk.model.months import Month
from centredesk.model.numbers import to_decimal
from centredesk.model.volunteer_stats import VolunteerStatistics, volunteer_statistics
from centredesk.model.volunteers import (
    DEFAULT_STAR_THRESHOLDS,
    hours_between,
    served_days,
    star_level,
    star_thresholds,
)
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context
from centredesk.services.settings import setting_value
from centredesk.services.volunteer_common import load_hours, load_volunteers, number_of

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StarView:
    """A volunteer's recognition: approved hours up to the month's end and their star level."""

    volunteer_id: int
    number: str
    name: str
    hours: Decimal
    month_hours: Decimal
    level: int
    reached_this_month: bool
    next_threshold: Decimal | None

    @property
    def hours_to_next(self) -> Decimal | None:
        return None if self.next_threshold is None else self.next_threshold - self.hours


def statistics(ctx: Context, on: date | None = None) -> VolunteerStatistics:
    """The statistics as of `on` (default today)."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    on = on or date.today()
    with ctx.database.reading() as session:
        return volunteer_statistics(
            load_volunteers(session),
            load_hours(session, until=on),
            on,
            population(session),
            monthly_limit(session),
        )


def population(session: Session) -> int:
    """The resident population (setting population), in whole people."""
    return int(to_decimal(setting_value(session, "population")))


def monthly_limit(session: Session) -> Decimal:
    return to_decimal(setting_value(session, "volunteer_monthly_hours_limit"))


def thresholds(session: Session) -> tuple[Decimal, ...]:
    """The star thresholds of the setting star_thresholds (the default if it is unusable)."""
    try:
        return star_thresholds(setting_value(session, "star_thresholds"))
    except ValueError:
        log.warning("star_thresholds is unusable; the default ladder applies")
        return DEFAULT_STAR_THRESHOLDS


def recognition(ctx: Context, month: Month) -> list[StarView]:
    """Every volunteer registered at the end of `month` with their star level, most hours
    first; `reached_this_month` marks those whose level rose in that month."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    end = month.last_day
    with ctx.database.reading() as session:
        ladder = thresholds(session)
        served = served_days(load_hours(session, until=end))
        volunteers = [v for v in load_volunteers(session) if v.is_registered_on(end)]
    found = [_star(v.id, v.name, served.get(v.id, {}), month, ladder) for v in volunteers]
    return sorted(found, key=lambda star: (-star.hours, star.name))


def _star(volunteer_id: int, name: str, days, month: Month, ladder) -> StarView:
    hours = hours_between(days, date.min, month.last_day)
    month_hours = hours_between(days, month.first_day, month.last_day)
    level = star_level(hours, ladder)
    return StarView(
        volunteer_id=volunteer_id,
        number=number_of(volunteer_id),
        name=name,
        hours=hours,
        month_hours=month_hours,
        level=level,
        reached_this_month=level > star_level(hours - month_hours, ladder),
        next_threshold=ladder[level] if level < len(ladder) else None,
    )


def star_ladder(ctx: Context) -> tuple[Decimal, ...]:
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        return thresholds(session)


def export_statistics(ctx: Context, on: date, path: Path) -> VolunteerStatistics:
    """Write the statistics of `on` as an .xlsx of figures, one per row."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    from centredesk.files.writers import write_xlsx

    result = statistics(ctx, on)
    write_xlsx(Path(path), ["figure", "registered", "active"], statistics_rows(result), "stats")
    log.info("exported the volunteer statistics of %s to %s", on, path)
    return result


def statistics_rows(result: VolunteerStatistics) -> list[list]:
    """The statistics as rows of a sheet: a figure, then its value for registered and active."""
    rows: list[list] = [
        ["date", result.on, result.on],
        ["population", result.population, result.population],
        ["count", result.registered, result.active],
        ["share of population", result.registered_share, result.active_share],
    ]
    for group in ("age_bands", "employment"):
        figures = getattr(result, group)
        for key in figures["registered"]:
            rows.append([f"{group} {key}", figures["registered"][key], figures["active"][key]])
    rows += [[f"over-committed {o.name}", o.hours, None] for o in result.over_committed]
    rows += [[f"idle {i.name}", i.last_served or "never served", None] for i in result.idle]
    return rows


def hours_total(ctx: Context, volunteer_id: int, first: date, last: date) -> Decimal:
    """A volunteer's approved hours from `first` to `last`, both included."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        served = served_days(load_hours(session, until=last))
    return hours_between(served.get(volunteer_id, {}), first, last)
