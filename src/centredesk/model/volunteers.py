"""Volunteers as the rules see them (SPEC §4): phone numbers, ages, star levels, matching.

The statistics of SPEC §4 are in `volunteer_stats`; the national ID number in `id_number`.
"""

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from centredesk.model.numbers import ZERO, to_decimal

EMPLOYMENTS = ("retired", "employed", "student", "other")
GENDERS = ("male", "female")
AGE_BANDS = ("under_18", "18_34", "35_59", "60_plus")
# The motivations of the source (学习技能、结交朋友、奉献社会), kept as these keys.
MOTIVATIONS = ("learn_skills", "meet_people", "contribute")
TRAINING_KINDS = ("pre_service", "in_service")
EVALUATIONS = ("excellent", "good", "fair", "poor")
# The words a file or a person may use for each motivation and time slot, English or Chinese.
MOTIVATION_WORDS = {
    "learn_skills": ("learn skills", "学习技能", "学技能"),
    "meet_people": ("meet people", "结交朋友", "交朋友"),
    "contribute": ("contribute", "奉献社会", "奉献"),
}
_PARTS = {"morning": "上午", "afternoon": "下午", "evening": "晚上"}
_DAYS = {"weekday": "工作日", "weekend": "周末"}
SLOT_WORDS = {
    f"{days}_{part}": (f"{days} {part}", f"{chinese_days}{chinese_part}")
    for days, chinese_days in _DAYS.items()
    for part, chinese_part in _PARTS.items()
}
SLOTS = tuple(SLOT_WORDS)
DEFAULT_STAR_THRESHOLDS = tuple(Decimal(hours) for hours in (100, 300, 600, 1000, 1500))
# An activity with this many places or more is group work: what "meet people" looks for.
GROUP_SIZE = 3

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
# Area codes are 010, 02x or 0 and three digits; local numbers 7 or 8 digits.
_LANDLINE = re.compile(r"^0(?:10|2\d|[3-9]\d{2})-?[2-9]\d{6,7}$")


@dataclass(frozen=True)
class Volunteer:
    """A volunteer as the rules need them; list fields are tuples of keys or names."""

    id: int
    name: str
    gender: str
    birth_date: date
    employment: str
    registered: date
    archived_on: date | None = None
    areas: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    motivations: tuple[str, ...] = ()
    availability: tuple[str, ...] = ()

    def is_registered_on(self, day: date) -> bool:
        """Registered on or before `day` and not archived on or before it."""
        return self.registered <= day and (self.archived_on is None or self.archived_on > day)


@dataclass(frozen=True)
class HoursRecord:
    """A record of service hours; a correction is a record of its own, possibly negative."""

    volunteer_id: int
    day: date
    hours: Decimal
    approved: bool
    area: str = ""


@dataclass(frozen=True)
class Activity:
    """An activity to fill: its day, area, the skills it uses and the volunteers it needs."""

    id: int
    day: date
    area: str
    needed: int
    skills: tuple[str, ...] = ()
    title: str = ""
    place: str = ""


@dataclass(frozen=True)
class Suggestion:
    """A volunteer suggested for an activity, with the day they last served (None: never)."""

    volunteer: Volunteer
    last_served: date | None


def phone_problem(phone: str) -> str | None:
    """Why `phone` is no mainland mobile (1[3-9] and 9 digits) or landline with area code."""
    compact = phone.replace(" ", "")
    if _MOBILE.match(compact) or _LANDLINE.match(compact):
        return None
    return "a phone number is a mobile number (11 digits) or a landline with area code"


def age_on(birth_date: date, day: date) -> int:
    """Whole years of age on `day`."""
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - before_birthday


def age_band(age: int) -> str:
    """The SPEC §4 band of an age: under 18, 18–34, 35–59, 60 and over."""
    if age < 18:
        return "under_18"
    if age < 35:
        return "18_34"
    if age < 60:
        return "35_59"
    return "60_plus"


def star_thresholds(text: str) -> tuple[Decimal, ...]:
    """Thresholds from the setting's comma-separated hours; ValueError unless they rise."""
    thresholds = tuple(to_decimal(part) for part in text.split(",") if part.strip())
    if any(low >= high for low, high in zip(thresholds, thresholds[1:], strict=False)):
        raise ValueError("star thresholds must rise")
    if any(hours <= ZERO for hours in thresholds):
        raise ValueError("star thresholds are hours above 0")
    return thresholds


def star_level(hours: Decimal, thresholds: Sequence[Decimal] = DEFAULT_STAR_THRESHOLDS) -> int:
    """How many thresholds the approved cumulative hours reach: 0 (none) to 5 stars."""
    return sum(1 for threshold in thresholds if hours >= threshold)


def served_days(records: Iterable[HoursRecord]) -> dict[int, dict[date, Decimal]]:
    """Each volunteer's approved hours per day, corrections included; days above 0 only."""
    totals: dict[int, dict[date, Decimal]] = defaultdict(lambda: defaultdict(lambda: ZERO))
    for record in records:
        if record.approved:
            totals[record.volunteer_id][record.day] += record.hours
    return {
        volunteer: {day: hours for day, hours in days.items() if hours > ZERO}
        for volunteer, days in totals.items()
    }


def hours_between(days: Mapping[date, Decimal], first: date, last: date) -> Decimal:
    """The hours of the days from `first` to `last`, both included."""
    return sum((hours for day, hours in days.items() if first <= day <= last), ZERO)


def last_served(days: Mapping[date, Decimal], on: date) -> date | None:
    """The last day on or before `on` with hours, or None."""
    return max((day for day in days if day <= on), default=None)


def is_available(volunteer: Volunteer, day: date) -> bool:
    """Registered that day and free on that kind of day; no availability recorded means any."""
    if not volunteer.is_registered_on(day):
        return False
    if not volunteer.availability:
        return True
    kind = "weekend" if day.weekday() >= 5 else "weekday"
    return any(slot.startswith(kind) for slot in volunteer.availability)


def fits(volunteer: Volunteer, activity: Activity) -> bool:
    """Whether the volunteer serves the activity's area, has a skill it uses, and wants it."""
    if activity.area not in volunteer.areas:
        return False
    if activity.skills and not set(activity.skills) & set(volunteer.skills):
        return False
    return motivation_fits(volunteer.motivations, activity)


def motivation_fits(motivations: Sequence[str], activity: Activity) -> bool:
    """Contribute fits any activity, learn skills one that uses skills, meet people group work.

    A volunteer who gave no motivation is taken to fit any activity.
    """
    if not motivations or "contribute" in motivations:
        return True
    if "learn_skills" in motivations and activity.skills:
        return True
    return "meet_people" in motivations and activity.needed >= GROUP_SIZE


def suggest(
    activity: Activity,
    volunteers: Iterable[Volunteer],
    served: Mapping[int, Mapping[date, Decimal]],
    busy: frozenset[int] = frozenset(),
    month_hours_left: Mapping[int, Decimal] | None = None,
) -> list[Suggestion]:
    """Available volunteers who fit the activity, least recently served first.

    `busy` are those signed up for it or for another activity that day; `month_hours_left`,
    when given, leaves out volunteers with no hours left under the monthly limit.
    """
    found = []
    for volunteer in volunteers:
        if volunteer.id in busy or not is_available(volunteer, activity.day):
            continue
        if month_hours_left is not None and month_hours_left.get(volunteer.id, ZERO) <= ZERO:
            continue
        if fits(volunteer, activity):
            days = served.get(volunteer.id, {})
            found.append(Suggestion(volunteer, last_served(days, activity.day)))
    return sorted(found, key=_least_recent_first)


def _least_recent_first(suggestion: Suggestion) -> tuple:
    served = suggestion.last_served
    return (served is not None, served or date.min, suggestion.volunteer.name)


def vocabulary_key(text: str, words: Mapping[str, Sequence[str]]) -> str:
    """The key that `text` names, in any of its words or the key itself; ValueError if none."""
    folded = " ".join(text.replace("_", " ").split()).casefold()
    for key, names in words.items():
        if folded == key.replace("_", " ") or folded in (name.casefold() for name in names):
            return key
    raise ValueError(f"not one of {', '.join(names[0] for names in words.values())}")
