"""From a staff record and its month's data to the model's DoctorMonth (SPEC §2.2)."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from centredesk.model.appraisal import DoctorMonth, Event
from centredesk.model.calendar import DateRange, available_days, last_employed_working_day
from centredesk.model.equivalents import Count, Item, MonthEquivalents, month_equivalents
from centredesk.model.months import Month
from centredesk.model.numbers import ZERO
from centredesk.model.policy import Policy


@dataclass(frozen=True)
class Assignment:
    """A post and title from `effective` on (None: from the start of employment)."""

    post: str
    title: str
    effective: date | None = None


@dataclass(frozen=True)
class StaffRecord:
    """A staff member as the appraisal needs them."""

    staff_no: str
    name: str
    start: date
    end: date | None
    assignments: tuple[Assignment, ...]
    basic_pay: Decimal = ZERO

    @property
    def employment(self) -> DateRange:
        return DateRange(self.start, self.end)

    def assignment_on(self, day: date) -> Assignment:
        in_force = [a for a in self.assignments if a.effective is None or a.effective <= day]
        if not in_force:
            in_force = sorted(self.assignments, key=lambda a: a.effective or date.min)[:1]
        return max(in_force, key=lambda a: a.effective or date.min)

    def is_employed_in(self, month: Month) -> bool:
        start_ok = self.start <= month.last_day
        return start_ok and (self.end is None or self.end >= month.first_day)


@dataclass(frozen=True)
class Quality:
    """A month's quality result: a score, a grade given directly, or both."""

    score: Decimal | None = None
    grade: str | None = None


@dataclass(frozen=True)
class DoctorMonthData:
    """A doctor-month ready for review, with the breakdown behind its equivalents."""

    doctor: DoctorMonth
    equivalents: MonthEquivalents


def doctor_month(
    policy: Policy,
    month: Month,
    staff: StaffRecord,
    counts: Iterable[Count],
    items: dict[str, Item],
    leave: Sequence[DateRange] = (),
    quality: Quality | None = None,
    events: Sequence[Event] = (),
) -> DoctorMonthData | None:
    """The DoctorMonth of `staff` in `month`, or None when they have no review row.

    No row: the employment does not overlap the month, or the post in force is not appraised.
    """
    if not staff.is_employed_in(month):
        return None
    working = policy.calendar.working_days(month)
    day = last_employed_working_day(working, staff.employment, month)
    assignment = staff.assignment_on(day)
    post = policy.posts.get(assignment.post)
    title = policy.titles.get(assignment.title)
    if post is None or title is None:
        missing = assignment.post if post is None else assignment.title
        raise ValueError(f"{staff.staff_no}: {missing} is not in the {policy.year} policy")
    if not post.appraised:
        return None

    equivalents = month_equivalents(counts, items, policy)
    quality = quality or Quality()
    doctor = DoctorMonth(
        staff_no=staff.staff_no,
        name=staff.name,
        post=post,
        title=title,
        available_days=len(available_days(working, staff.employment, leave)),
        working_days=len(working),
        equivalents=equivalents.equivalents,
        bonus=equivalents.bonus,
        basic_pay=staff.basic_pay,
        score=quality.score,
        grade=quality.grade,
        events=tuple(event for event in events if month.contains(event.day)),
    )
    return DoctorMonthData(doctor, equivalents)
