"""Honest volunteer statistics as of a date (SPEC §4, §5.2 `volunteers stats --json`).

Registered, active and the resident population always stand side by side. Only approved
hours count, corrections included, and a day counts as served when its hours are above 0.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from centredesk.model.numbers import ZERO, plain, r4
from centredesk.model.volunteers import (
    AGE_BANDS,
    EMPLOYMENTS,
    HoursRecord,
    Volunteer,
    age_band,
    age_on,
    hours_between,
    last_served,
    served_days,
)

ACTIVE_DAYS = 365
IDLE_DAYS = 183
DEFAULT_MONTHLY_LIMIT = Decimal("40")


@dataclass(frozen=True)
class OverCommitted:
    """A volunteer whose approved hours this month, up to the date, are above the limit."""

    volunteer_id: int
    name: str
    hours: Decimal


@dataclass(frozen=True)
class Idle:
    """A volunteer registered before the idle window who served in none of its days."""

    volunteer_id: int
    name: str
    last_served: date | None


@dataclass(frozen=True)
class VolunteerStatistics:
    """The statistics of one date; `to_json` gives SPEC §5.2's object."""

    on: date
    registered: int
    active: int
    population: int
    registered_share: Decimal
    active_share: Decimal
    age_bands: dict[str, dict[str, int]]
    employment: dict[str, dict[str, int]]
    over_committed: list[OverCommitted]
    idle: list[Idle]

    def to_json(self) -> dict:
        return {
            "on": self.on.isoformat(),
            "registered": self.registered,
            "active": self.active,
            "population": self.population,
            "registered_share": str(self.registered_share),
            "active_share": str(self.active_share),
            "age_bands": self.age_bands,
            "employment": self.employment,
            "over_committed": [
                {"name": o.name, "hours": plain(o.hours)} for o in self.over_committed
            ],
            "idle": [
                {"name": i.name, "last_served": i.last_served and i.last_served.isoformat()}
                for i in self.idle
            ],
        }


def window_start(on: date, days: int) -> date:
    """The first of the `days` days that end on `on`, `on` included."""
    return on - timedelta(days=days - 1)


def share(count: int, population: int) -> Decimal:
    """r4(count ÷ population), 0.0000 when there is no population."""
    return r4(Decimal(count) / Decimal(population)) if population else r4(ZERO)


def volunteer_statistics(
    volunteers: Iterable[Volunteer],
    records: Iterable[HoursRecord],
    on: date,
    population: int,
    monthly_limit: Decimal = DEFAULT_MONTHLY_LIMIT,
) -> VolunteerStatistics:
    """The statistics as of `on`; active volunteers are counted among the registered."""
    registered = [v for v in volunteers if v.is_registered_on(on)]
    served = served_days(records)
    active_from = window_start(on, ACTIVE_DAYS)
    active = [v for v in registered if _served_between(served.get(v.id, {}), active_from, on)]

    return VolunteerStatistics(
        on=on,
        registered=len(registered),
        active=len(active),
        population=population,
        registered_share=share(len(registered), population),
        active_share=share(len(active), population),
        age_bands={"registered": _age_bands(registered, on), "active": _age_bands(active, on)},
        employment={"registered": _employment(registered), "active": _employment(active)},
        over_committed=over_committed(registered, served, on, monthly_limit),
        idle=idle(registered, served, on),
    )


def over_committed(
    registered: Iterable[Volunteer],
    served: Mapping[int, Mapping[date, Decimal]],
    on: date,
    monthly_limit: Decimal,
) -> list[OverCommitted]:
    """Volunteers above the limit in the calendar month of `on`, up to `on`; most hours first."""
    first = on.replace(day=1)
    found = []
    for volunteer in registered:
        hours = hours_between(served.get(volunteer.id, {}), first, on)
        if hours > monthly_limit:
            found.append(OverCommitted(volunteer.id, volunteer.name, hours))
    return sorted(found, key=lambda o: (-o.hours, o.name))


def idle(
    registered: Iterable[Volunteer], served: Mapping[int, Mapping[date, Decimal]], on: date
) -> list[Idle]:
    """Registered before the idle window and no hours in it; longest idle first."""
    start = window_start(on, IDLE_DAYS)
    found = []
    for volunteer in registered:
        days = served.get(volunteer.id, {})
        if volunteer.registered < start and not _served_between(days, start, on):
            found.append(Idle(volunteer.id, volunteer.name, last_served(days, on)))
    return sorted(found, key=lambda i: (i.last_served or date.min, i.name))


def _served_between(days: Mapping[date, Decimal], first: date, last: date) -> bool:
    return any(first <= day <= last for day in days)


def _age_bands(volunteers: list[Volunteer], on: date) -> dict[str, int]:
    counts = dict.fromkeys(AGE_BANDS, 0)
    for volunteer in volunteers:
        counts[age_band(age_on(volunteer.birth_date, on))] += 1
    return counts


def _employment(volunteers: list[Volunteer]) -> dict[str, int]:
    counts = dict.fromkeys(EMPLOYMENTS, 0)
    for volunteer in volunteers:
        counts[volunteer.employment] += 1
    return counts
