"""What an import changed, as before and after values for the audit log.

Each kind is summed up per doctor-month, staff member or item, and only over what the file
touches, so an entry stays small even for a month of 75,000 workload entries; only the keys
whose values changed are kept. Volunteers' files have no snapshot: their rows hold national ID
numbers, which the audit log does not keep; their entry says what the import did.
"""

from collections import defaultdict
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from centredesk.model.months import Month
from centredesk.storage import tables as t

Snapshot = dict[str, object]


def snapshot(session: Session, kind: str, records: list) -> Snapshot:
    """The values the records of `kind` can change, as they stand in the session now."""
    take = _TAKERS.get(kind)
    return take(session, records) if take and records else {}


def changes(before: Snapshot, after: Snapshot) -> tuple[Snapshot, Snapshot]:
    """The keys whose values differ, with the value before and the value after."""
    keys = sorted(key for key in before.keys() | after.keys() if before.get(key) != after.get(key))
    return (
        {key: before[key] for key in keys if key in before},
        {key: after[key] for key in keys if key in after},
    )


def _workload(session: Session, records: list) -> Snapshot:
    """Entries and services per doctor-month."""
    staff_nos = {record.staff_no for record in records}
    entry = t.WorkloadEntry
    result: Snapshot = {}
    for month in sorted({Month.of(record.day) for record in records}):
        query = (
            select(t.Staff.staff_no, func.count(), func.sum(entry.count))
            .join(t.Staff, t.Staff.id == entry.staff_id)
            .where(entry.day.between(month.first_day, month.last_day))
            .where(t.Staff.staff_no.in_(staff_nos))
            .group_by(t.Staff.staff_no)
        )
        for staff_no, entries, services in session.execute(query):
            result[f"{staff_no} {month}"] = {"entries": entries, "services": int(services)}
    return result


def _quality(session: Session, records: list) -> Snapshot:
    result = t.QualityResult
    query = (
        select(t.Staff.staff_no, result.month, result.score, result.grade)
        .join(t.Staff, t.Staff.id == result.staff_id)
        .where(result.month.in_({str(record.month) for record in records}))
    )
    return {
        f"{staff_no} {month}": {"score": _text(score), "grade": grade or ""}
        for staff_no, month, score, grade in session.execute(query)
    }


def _events(session: Session, records: list) -> Snapshot:
    """Each doctor-month's events as 'date kind [error] note' lines."""
    event = t.ManagementEvent
    days = [record.day for record in records]
    query = (
        select(t.Staff.staff_no, event.day, event.kind, event.error, event.note)
        .join(t.Staff, t.Staff.id == event.staff_id)
        .where(event.day.between(min(days), max(days)))
        .where(t.Staff.staff_no.in_({record.staff_no for record in records}))
    )
    result: dict[str, list[str]] = defaultdict(list)
    for staff_no, day, kind, error, note in session.execute(query):
        line = f"{day} {kind}{' error' if error else ''} {note}".strip()
        result[f"{staff_no} {Month.of(day)}"].append(line)
    return {key: sorted(lines) for key, lines in result.items()}


def _leave(session: Session, records: list) -> Snapshot:
    """Each staff member's leave overlapping the file's dates, as 'start..end kind' lines."""
    leave = t.Leave
    start, end = min(r.start for r in records), max(r.end for r in records)
    query = (
        select(t.Staff.staff_no, leave.start, leave.end, leave.kind)
        .join(t.Staff, t.Staff.id == leave.staff_id)
        .where(leave.start <= end, leave.end >= start)
        .where(t.Staff.staff_no.in_({record.staff_no for record in records}))
    )
    result: dict[str, list[str]] = defaultdict(list)
    for staff_no, first, last, kind in session.execute(query):
        result[staff_no].append(f"{first}..{last} {kind}".strip())
    return {key: sorted(lines) for key, lines in result.items()}


def _staff(session: Session, records: list) -> Snapshot:
    query = (
        select(t.Staff)
        .where(t.Staff.staff_no.in_({record.staff_no for record in records}))
        .options(
            selectinload(t.Staff.assignments).selectinload(t.Assignment.post),
            selectinload(t.Staff.assignments).selectinload(t.Assignment.title),
        )
    )
    return {staff.staff_no: _staff_values(staff) for staff in session.scalars(query)}


def _staff_values(staff: t.Staff) -> dict[str, object]:
    return {
        "name": staff.name,
        "start": str(staff.start),
        "end": _text(staff.end),
        "basic_pay": _text(staff.basic_pay),
        "assignments": sorted(
            f"{a.effective or 'start'} {a.post.code} {a.title.code}" for a in staff.assignments
        ),
    }


def _items(session: Session, records: list) -> Snapshot:
    query = (
        select(t.Item)
        .where(t.Item.code.in_({record.code for record in records}))
        .options(selectinload(t.Item.values), selectinload(t.Item.category))
    )
    return {
        item.code: {
            "name": item.name,
            "category": item.category.name,
            "equivalents": {str(v.effective or "always"): str(v.equivalents) for v in item.values},
        }
        for item in session.scalars(query)
    }


def _text(value: object) -> str:
    return "" if value is None else str(value)


_TAKERS: dict[str, Callable[[Session, list], Snapshot]] = {
    "workload": _workload,
    "quality": _quality,
    "events": _events,
    "leave": _leave,
    "staff": _staff,
    "items": _items,
}
