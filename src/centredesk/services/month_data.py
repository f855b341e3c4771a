"""Gathering a month's inputs from the database for the model (read only)."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, literal, or_, select
from sqlalchemy.orm import Session, selectinload

from centredesk.model.appraisal import Event
from centredesk.model.calendar import DateRange
from centredesk.model.doctor_month import Assignment, DoctorMonthData, Quality, StaffRecord
from centredesk.model.doctor_month import doctor_month as build_doctor_month
from centredesk.model.equivalents import Count, Item, ItemValue, item_coefficient
from centredesk.model.months import Month
from centredesk.model.policy import Policy
from centredesk.storage import tables as t


@dataclass(frozen=True)
class Catalogue:
    """The service items as the model sees them, with their database ids."""

    items: dict[str, Item]
    codes_by_id: dict[int, str]


def load_catalogue(session: Session) -> Catalogue:
    rows = session.scalars(
        select(t.Item).options(selectinload(t.Item.values), selectinload(t.Item.category))
    )
    items, codes = {}, {}
    for row in rows:
        values = tuple(ItemValue(value.equivalents, value.effective) for value in row.values)
        items[row.code] = Item(row.code, row.name, row.category.name, values)
        codes[row.id] = row.code
    return Catalogue(items, codes)


def staff_record(row: t.Staff) -> StaffRecord:
    assignments = tuple(Assignment(a.post.code, a.title.code, a.effective) for a in row.assignments)
    return StaffRecord(row.staff_no, row.name, row.start, row.end, assignments, row.basic_pay)


def employed_staff(session: Session, month: Month) -> list[t.Staff]:
    """Staff whose employment overlaps the month, with their posts and titles loaded."""
    query = (
        select(t.Staff)
        .where(t.Staff.start <= month.last_day)
        .where(or_(t.Staff.end.is_(None), t.Staff.end >= month.first_day))
        .options(
            selectinload(t.Staff.assignments).selectinload(t.Assignment.post),
            selectinload(t.Staff.assignments).selectinload(t.Assignment.title),
        )
        .order_by(t.Staff.staff_no)
    )
    return list(session.scalars(query))


def month_counts(
    session: Session, month: Month, policy: Policy, catalogue: Catalogue
) -> dict[int, list[Count]]:
    """Each staff id's counts of the month, summed per item where the item's value is steady.

    Items whose equivalents or coefficient change within the month are summed per day, so the
    model can price each day; the rest are summed over the month (few rows to price).
    """
    varying = [
        item_id
        for item_id, code in catalogue.codes_by_id.items()
        if _varies(catalogue.items[code], policy, month)
    ]
    day_key = (
        case((t.WorkloadEntry.item_id.in_(varying), t.WorkloadEntry.day))
        if varying
        else literal(None)
    )
    query = (
        select(
            t.WorkloadEntry.staff_id,
            t.WorkloadEntry.item_id,
            day_key,
            func.sum(t.WorkloadEntry.count),
        )
        .where(t.WorkloadEntry.day.between(month.first_day, month.last_day))
        .group_by(t.WorkloadEntry.staff_id, t.WorkloadEntry.item_id, day_key)
    )
    counts: dict[int, list[Count]] = defaultdict(list)
    for staff_id, item_id, day, total in session.execute(query):
        day = _as_date(day) if day is not None else month.first_day
        counts[staff_id].append(Count(day, catalogue.codes_by_id[item_id], int(total)))
    return counts


def _varies(item: Item, policy: Policy, month: Month) -> bool:
    prices = {
        (item.equivalents_on(day), item_coefficient(policy.item_coefficients, item.code, day))
        for day in month.days()
        if any(v.effective is None or v.effective <= day for v in item.values)
    }
    return len(prices) > 1


def _as_date(value: date | str) -> date:
    # A CASE expression loses the Date type on SQLite, which then returns ISO text.
    return value if isinstance(value, date) else date.fromisoformat(value)


def month_leave(session: Session, month: Month) -> dict[int, list[DateRange]]:
    query = select(t.Leave).where(t.Leave.start <= month.last_day, t.Leave.end >= month.first_day)
    leave: dict[int, list[DateRange]] = defaultdict(list)
    for row in session.scalars(query):
        leave[row.staff_id].append(DateRange(row.start, row.end))
    return leave


def month_quality(session: Session, month: Month) -> dict[int, Quality]:
    query = select(t.QualityResult).where(t.QualityResult.month == str(month))
    return {row.staff_id: Quality(row.score, row.grade) for row in session.scalars(query)}


def month_events(session: Session, month: Month) -> dict[int, list[Event]]:
    query = (
        select(t.ManagementEvent)
        .where(t.ManagementEvent.day.between(month.first_day, month.last_day))
        .order_by(t.ManagementEvent.day, t.ManagementEvent.id)
    )
    events: dict[int, list[Event]] = defaultdict(list)
    for row in session.scalars(query):
        events[row.staff_id].append(Event(row.day, row.kind, row.error, row.note))
    return events


def doctor_months(session: Session, month: Month, policy: Policy) -> list[DoctorMonthData]:
    """Every appraised doctor-month of `month`, ready for the model's review."""
    catalogue = load_catalogue(session)
    counts = month_counts(session, month, policy, catalogue)
    leave = month_leave(session, month)
    quality = month_quality(session, month)
    events = month_events(session, month)

    result = []
    for staff in employed_staff(session, month):
        data = build_doctor_month(
            policy,
            month,
            staff_record(staff),
            counts.get(staff.id, []),
            catalogue.items,
            leave.get(staff.id, []),
            quality.get(staff.id),
            events.get(staff.id, []),
        )
        if data is not None:
            result.append(data)
    return result
