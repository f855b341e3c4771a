"""Rotation of backups on fixed dates: recent copies kept, older ones thinned to a day, a
week and a month."""

from datetime import datetime, timedelta

from centredesk.storage.rotation import Retention, backups_to_keep, backups_to_remove

NOW = datetime(2026, 11, 30, 17, 0)  # a Monday


def hourly(days: int) -> list[datetime]:
    """A copy every hour for `days` days up to NOW."""
    return [NOW - timedelta(hours=h) for h in range(days * 24)]


def test_the_newest_copies_are_all_kept():
    stamps = hourly(1)

    kept = backups_to_keep(stamps, NOW, Retention(recent=5, days=0, weeks=0, months=0))

    assert kept == set(stamps[:5])


def test_older_copies_are_thinned_to_the_newest_of_each_day():
    stamps = hourly(10)

    kept = backups_to_keep(stamps, NOW, Retention(recent=0, days=3, weeks=0, months=0))

    assert sorted(kept) == [
        datetime(2026, 11, 28, 23, 0),
        datetime(2026, 11, 29, 23, 0),
        datetime(2026, 11, 30, 17, 0),
    ]


def test_weeks_run_monday_to_sunday_and_keep_their_newest_copy():
    stamps = [datetime(2026, 11, d, 9, 0) for d in range(1, 31)]

    kept = backups_to_keep(stamps, NOW, Retention(recent=0, days=0, weeks=3, months=0))

    # Sundays 15 and 22 November close their weeks; Monday 30 November opens this one.
    assert sorted(kept) == [
        datetime(2026, 11, 22, 9, 0),
        datetime(2026, 11, 29, 9, 0),
        datetime(2026, 11, 30, 9, 0),
    ]


def test_months_keep_their_newest_copy_for_as_many_months_as_asked():
    stamps = [datetime(2025, m, 28, 12, 0) for m in range(1, 13)] + [datetime(2026, 1, 5)]

    kept = backups_to_keep(stamps, datetime(2026, 1, 31), Retention(0, 0, 0, months=3))

    assert sorted(kept) == [
        datetime(2025, 11, 28, 12),
        datetime(2025, 12, 28, 12),
        datetime(2026, 1, 5),
    ]


def test_a_year_of_hourly_copies_keeps_about_forty_with_the_defaults():
    stamps = hourly(365)

    kept = backups_to_keep(stamps, NOW)

    assert 40 <= len(kept) <= 60
    assert max(stamps) in kept and min(kept) < NOW - timedelta(days=300)
    assert backups_to_remove(stamps, NOW) == set(stamps) - kept


def test_a_copy_dated_after_now_is_never_removed():
    future = NOW + timedelta(days=40)

    assert future in backups_to_keep([future, *hourly(60)], NOW, Retention(1, 1, 1, 1))
