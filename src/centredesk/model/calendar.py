"""Working days: Monday to Friday, less holidays, plus make-up working days (调休)."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from centredesk.model.months import Month


@dataclass(frozen=True)
class WorkCalendar:
    """The working-day rules of one policy year."""

    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()

    def is_working_day(self, day: date) -> bool:
        if day in self.workdays:
            return True
        return day.weekday() < 5 and day not in self.holidays

    def working_days(self, month: Month) -> list[date]:
        return list(_working_days(self, month))


@lru_cache(maxsize=256)
def _working_days(calendar: WorkCalendar, month: Month) -> tuple[date, ...]:
    # Asked once per doctor of a month: a year's review would work out each month 100 times.
    return tuple(day for day in month.days() if calendar.is_working_day(day))


@dataclass(frozen=True)
class DateRange:
    """An inclusive range of whole days; `end` None means open-ended."""

    start: date
    end: date | None = None

    def contains(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


def available_days(
    working_days: Iterable[date],
    employment: DateRange,
    leave: Iterable[DateRange] = (),
) -> list[date]:
    """Working days on which the doctor is employed and not on leave (SPEC §2.2)."""
    leave = list(leave)
    return [
        day
        for day in working_days
        if employment.contains(day) and not any(span.contains(day) for span in leave)
    ]


def last_employed_working_day(
    working_days: Iterable[date], employment: DateRange, month: Month
) -> date | None:
    """The day whose post and title apply to the whole month (SPEC §2.2).

    Falls back to the last employed calendar day when the employment covers no working day
    of the month, and is None when the employment does not overlap the month at all.
    """
    employed = [day for day in working_days if employment.contains(day)]
    if employed:
        return employed[-1]

    calendar_days = [day for day in month.days() if employment.contains(day)]
    return calendar_days[-1] if calendar_days else None
