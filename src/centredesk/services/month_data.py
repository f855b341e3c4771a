"""Gathering a month's inputs from the database for the model (read only)."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, or_, select
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
    """Every service item with its dated values (one Core query: the review is timed)."""
    query = (
        select(t.Item.id, t.Item.code, t.Item.name, t.ItemCategory.name)
        .add_columns(t.ItemValue.effective, t.ItemValue.equivalents)
        .join(t.ItemCategory, t.ItemCategory.id == t.Item.category_id)
        .outerjoin(t.ItemValue, t.ItemValue.item_id == t.Item.id)
        .order_by(t.Item.id, t.ItemValue.effective)
    )
    heads: dict[int, tuple[str, str, str]] = {}
    values: dict[int, list[ItemValue]] = defaultdict(list)
    for item_id, code, name, category, effective, equivalents in _core(session, query):
        heads[item_id] = (code, name, category)
        if equivalents is not None:
            values[item_id].append(ItemValue(equivalents, effective))
    items = {
        code: Item(code, name, category, tuple(values[item_id]))
        for item_id, (code, name, category) in heads.items()
    }
    return Catalogue(items, {item_id: head[0] for item_id, head in heads.items()})


def staff_record(row: t.Staff) -> StaffRecord:
    assignments = tuple(Assignment(a.post.code, a.title.code, a.effective) for a in row.assignments)
    return StaffRecord(row.staff_no, row.name, row.start, row.end, assignments, row.basic_pay)


def employed_staff(session: Session, month: Month) -> list[t.Staff]:
    """Staff whose employment overlaps the month, with their posts and titles loaded."""
    query = (
        select(t.Staff)
        .where(*_employed_in(month))
        .options(
            selectinload(t.Staff.assignments).selectinload(t.Assignment.post),
            selectinload(t.Staff.assignments).selectinload(t.Assignment.title),
        )
        .order_by(t.Staff.staff_no)
    )
    return list(session.scalars(query))


def employed_records(session: Session, month: Month | None = None) -> list[tuple[int, StaffRecord]]:
    """(staff id, record) of the staff employed in `month` (all staff for None), by number.

    The records of `employed_staff` from one Core query instead of three ORM loads.
    """
    query = _records_query()
    if month is not None:
        query = query.where(*_employed_in(month))
    heads: dict[int, tuple] = {}
    assignments: dict[int, list[Assignment]] = defaultdict(list)
    for staff_id, *head, post, title, effective in _core(session, query):
        heads[staff_id] = tuple(head)
        assignments[staff_id].append(Assignment(post, title, effective))
    return [
        (staff_id, StaffRecord(no, name, start, end, tuple(assignments[staff_id]), pay))
        for staff_id, (no, name, start, end, pay) in heads.items()
    ]


def _records_query():
    staff = t.Staff
    return (
        select(staff.id, staff.staff_no, staff.name, staff.start, staff.end, staff.basic_pay)
        .add_columns(t.Post.code, t.Title.code, t.Assignment.effective)
        .join(t.Assignment, t.Assignment.staff_id == staff.id)
        .join(t.Post, t.Post.id == t.Assignment.post_id)
        .join(t.Title, t.Title.id == t.Assignment.title_id)
        .order_by(staff.staff_no, t.Assignment.effective)
    )


def _employed_in(month: Month) -> tuple:
    return (
        t.Staff.start <= month.last_day,
        or_(t.Staff.end.is_(None), t.Staff.end >= month.first_day),
    )


def _core(session: Session, query) -> list:
    """Rows of a column query run as Core: the ORM adds nothing to plain columns but time.

    Core skips the ORM's autoflush, so pending changes of the caller's transaction are
    flushed first, as an ORM query would.
    """
    if session.autoflush:
        session.flush()
    return session.connection().execute(query).all()


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
    query = _counts_query(month, varying)
    rows = _core(session, query)
    if not varying:
        rows = [(staff_id, item_id, None, total) for staff_id, item_id, total in rows]
    counts: dict[int, list[Count]] = defaultdict(list)
    first, codes = month.first_day, catalogue.codes_by_id
    for staff_id, item_id, day, total in rows:
        day = first if day is None else _as_date(day)
        counts[staff_id].append(Count(day, codes[item_id], int(total)))
    return counts


def _counts_query(month: Month, varying: list[int]):
    """The month's sums per staff and item, and per day for the items in `varying`."""
    entry = t.WorkloadEntry
    # Without varying items the query is the plain aggregate the review is measured against.
    keys = (entry.staff_id, entry.item_id)
    if varying:
        keys += (case((entry.item_id.in_(varying), entry.day)),)
    return (
        select(*keys, func.sum(entry.count))
        .where(entry.day.between(month.first_day, month.last_day))
        .group_by(*keys)
    )


def _varies(item: Item, policy: Policy, month: Month) -> bool:
    """Whether the item's price (equivalents × coefficient) changes within the month."""
    rules = [rule for rule in policy.item_coefficients if rule.item == item.code]
    starts = [v.effective for v in item.values if v.effective is not None]
    if not rules and not any(month.first_day < day <= month.last_day for day in starts):
        return False
    prices = {
        (item.equivalents_on(day), item_coefficient(rules, item.code, day))
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


@dataclass(frozen=True)
class _MonthInputs:
    """A month's data by staff id: counts, leave, quality and events."""

    counts: dict[int, list[Count]]
    leave: dict[int, list[DateRange]]
    quality: dict[int, Quality]
    events: dict[int, list[Event]]


def doctor_months(
    session: Session,
    month: Month,
    policy: Policy,
    *,
    catalogue: Catalogue | None = None,
    staff: list[tuple[int, StaffRecord]] | None = None,
) -> list[DoctorMonthData]:
    """Every appraised doctor-month of `month`, ready for the model's review.

    A caller reviewing several months may pass the catalogue and all staff (employed_records
    without a month), loaded once; staff not employed in the month are left out either way.
    """
    catalogue = catalogue or load_catalogue(session)
    inputs = _MonthInputs(
        month_counts(session, month, policy, catalogue),
        month_leave(session, month),
        month_quality(session, month),
        month_events(session, month),
    )
    staff = employed_records(session, month) if staff is None else staff
    built = (_doctor_month(policy, month, catalogue, inputs, *member) for member in staff)
    return [data for data in built if data is not None]


def _doctor_month(
    policy: Policy,
    month: Month,
    catalogue: Catalogue,
    inputs: _MonthInputs,
    staff_id: int,
    record: StaffRecord,
) -> DoctorMonthData | None:
    return build_doctor_month(
        policy,
        month,
        record,
        inputs.counts.get(staff_id, []),
        catalogue.items,
        inputs.leave.get(staff_id, []),
        inputs.quality.get(staff_id),
        inputs.events.get(staff_id, []),
    )
