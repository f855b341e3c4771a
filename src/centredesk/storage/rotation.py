"""Which backups to keep: the newest copies, then one a day, one a week and one a month."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Retention:
    """How many of each kind of copy rotation keeps."""

    recent: int = 20
    days: int = 14
    weeks: int = 8
    months: int = 24


def backups_to_keep(
    stamps: Iterable[datetime], now: datetime, retention: Retention = Retention()
) -> set[datetime]:
    """The time stamps of the copies to keep out of `stamps`, as of `now`.

    Kept: the `recent` newest copies; the newest copy of each of the last `days` days, of each
    of the last `weeks` weeks (Monday to Sunday) and of each of the last `months` months; and
    any copy dated after `now`, since a clock set back must never cost a backup.
    """
    newest_first = sorted(set(stamps), reverse=True)
    keep = set(newest_first[: retention.recent])
    keep.update(stamp for stamp in newest_first if stamp > now)

    periods: tuple[tuple[Callable[[datetime], int], int], ...] = (
        (_day_number, retention.days),
        (_week_number, retention.weeks),
        (_month_number, retention.months),
    )
    for period_of, count in periods:
        keep.update(_newest_of_each_period(newest_first, period_of, period_of(now), count))
    return keep


def backups_to_remove(
    stamps: Iterable[datetime], now: datetime, retention: Retention = Retention()
) -> set[datetime]:
    """The time stamps of the copies that rotation deletes."""
    stamps = set(stamps)
    return stamps - backups_to_keep(stamps, now, retention)


def _newest_of_each_period(
    newest_first: list[datetime], period_of: Callable[[datetime], int], current: int, count: int
) -> list[datetime]:
    kept, seen = [], set()
    for stamp in newest_first:
        period = period_of(stamp)
        if period in seen or not 0 <= current - period < count:
            continue
        seen.add(period)
        kept.append(stamp)
    return kept


def _day_number(stamp: datetime) -> int:
    return stamp.date().toordinal()


def _week_number(stamp: datetime) -> int:
    # Weeks counted from a Monday, so that one week runs Monday to Sunday.
    return (stamp.date().toordinal() - date(1, 1, 1).toordinal()) // 7


def _month_number(stamp: datetime) -> int:
    return stamp.year * 12 + stamp.month - 1
