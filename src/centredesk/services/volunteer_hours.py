"""Service hours (SPEC §4): recorded as pending, approved by the administrator, never deleted.

An approved record is corrected by a new record holding the difference, negative when hours
come off; a pending record may still be changed in place. A volunteer's day never holds
more than 24 hours nor, once approved, less than 0.
"""

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from centredesk.model.numbers import ZERO, to_decimal
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Actor, Context, audit
from centredesk.services.errors import Refused
from centredesk.services.volunteer_common import label, number_of, unknown_areas, volunteer_row
from centredesk.storage import tables as t

log = logging.getLogger(__name__)

MOST_A_DAY = Decimal(24)


@dataclass(frozen=True)
class HoursView:
    """A record of service hours as the hours list shows it."""

    id: int
    volunteer_id: int
    number: str
    name: str
    day: date
    area: str
    activity: str
    hours: Decimal
    approved: bool
    corrects_id: int | None
    recorded_at: datetime
    approved_by: str
    note: str


def list_hours(
    ctx: Context, since: date | None = None, volunteer_id: int | None = None
) -> list[HoursView]:
    """Hours records from `since` on, of one volunteer or all, the latest day first."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    hours = t.ServiceHours
    query = (
        select(hours, t.Volunteer.name, t.Activity.title)
        .join(t.Volunteer, t.Volunteer.id == hours.volunteer_id)
        .outerjoin(t.Activity, t.Activity.id == hours.activity_id)
        .order_by(hours.day.desc(), hours.id.desc())
    )
    if since is not None:
        query = query.where(hours.day >= since)
    if volunteer_id is not None:
        query = query.where(hours.volunteer_id == volunteer_id)
    with ctx.database.reading() as session:
        return [_view(row, name, title) for row, name, title in session.execute(query)]


def _view(row: t.ServiceHours, name: str, activity: str | None) -> HoursView:
    return HoursView(
        id=row.id,
        volunteer_id=row.volunteer_id,
        number=number_of(row.volunteer_id),
        name=name,
        day=row.day,
        area=row.area,
        activity=activity or "",
        hours=row.hours,
        approved=row.approved,
        corrects_id=row.corrects_id,
        recorded_at=row.recorded_at,
        approved_by=row.approved_by or "",
        note=row.note,
    )


def record_hours(
    ctx: Context,
    volunteer_id: int,
    day: date,
    area: str,
    hours: Decimal,
    activity_id: int | None = None,
    note: str = "",
) -> int:
    """Record hours a volunteer served, pending until approved; returns the record's id."""
    ctx.require(ADMINISTRATOR)
    hours = to_decimal(hours)
    if not ZERO < hours <= MOST_A_DAY:
        raise Refused("hours are more than 0 and at most 24; correct approved hours instead")
    with ctx.database.transaction() as session:
        row = volunteer_row(session, volunteer_id)
        _check_day_and_area(session, row, day, area)
        refuse_beyond_a_day(session, row, day, hours)
        record = new_record(volunteer_id, day, area, hours, activity_id, note)
        session.add(record)
        session.flush()
        audit(session, ctx.actor, "hours recorded", label(row), None, _describe(record))
        record_id = record.id
    log.info("%s hours of %s on %s recorded", hours, number_of(volunteer_id), day)
    return record_id


def new_record(
    volunteer_id: int,
    day: date,
    area: str,
    hours: Decimal,
    activity_id: int | None = None,
    note: str = "",
    corrects_id: int | None = None,
) -> t.ServiceHours:
    """A pending record, stamped now."""
    return t.ServiceHours(
        volunteer_id=volunteer_id,
        day=day,
        area=area,
        hours=hours,
        activity_id=activity_id,
        approved=False,
        corrects_id=corrects_id,
        recorded_at=datetime.now().replace(microsecond=0),
        note=note.strip(),
    )


def _check_day_and_area(session: Session, row: t.Volunteer, day: date, area: str) -> None:
    if day > date.today():
        raise Refused("hours are recorded once served: the day is in the future")
    if day < row.registered or (row.archived_on is not None and day >= row.archived_on):
        raise Refused(f"{label(row)} was not registered on {day}")
    if unknown_areas(session, [area]):
        raise Refused(f"not one of the centre's service areas: {area}")


def day_totals(session: Session, volunteer_id: int, day: date) -> tuple[Decimal, Decimal]:
    """A volunteer's hours on a day: (approved, approved and pending)."""
    hours = t.ServiceHours
    query = select(hours.hours, hours.approved).where(
        hours.volunteer_id == volunteer_id, hours.day == day
    )
    approved = everything = ZERO
    for amount, is_approved in session.execute(query):
        everything += amount
        approved += amount if is_approved else ZERO
    return approved, everything


def refuse_beyond_a_day(session: Session, row: t.Volunteer, day: date, more: Decimal) -> None:
    """Refuse `more` hours on a day that would hold over 24 or, with corrections, below 0."""
    _, everything = day_totals(session, row.id, day)
    total = everything + more
    if total > MOST_A_DAY:
        raise Refused(f"{label(row)} would have {total} hours on {day}: a day has 24")
    if total < ZERO:
        raise Refused(f"{label(row)} would have {total} hours on {day}: a day cannot go below 0")


def approve_hours(ctx: Context, record_ids: Iterable[int]) -> int:
    """Approve pending records; returns how many were approved."""
    ctx.require(ADMINISTRATOR)
    wanted = list(dict.fromkeys(record_ids))
    with ctx.database.transaction() as session:
        pending = list(
            session.scalars(
                select(t.ServiceHours).where(
                    t.ServiceHours.id.in_(wanted), t.ServiceHours.approved.is_(False)
                )
            )
        )
        approve_records(pending, ctx.actor)
        session.flush()
        for record in pending:
            _refuse_negative_approved_day(session, record)
        audit(session, ctx.actor, "hours approved", f"{len(pending)} records", None, wanted)
    log.info("%d hours records approved by %s", len(pending), ctx.actor.name)
    return len(pending)


def approve_records(records: Iterable[t.ServiceHours], actor: Actor) -> None:
    now = datetime.now().replace(microsecond=0)
    for record in records:
        record.approved, record.approved_by, record.approved_at = True, actor.name, now


def _refuse_negative_approved_day(session: Session, record: t.ServiceHours) -> None:
    approved, _ = day_totals(session, record.volunteer_id, record.day)
    if approved < ZERO:
        row = volunteer_row(session, record.volunteer_id)
        raise Refused(
            f"approving this would leave {label(row)} {approved} hours on {record.day}; "
            "approve the record it corrects first"
        )


def correct_hours(ctx: Context, record_id: int, right_hours: Decimal, note: str = "") -> int:
    """Make what a record and its corrections count `right_hours`; returns the changed id.

    A pending record changes in place; an approved one gets a correcting record holding the
    difference.
    """
    ctx.require(ADMINISTRATOR)
    right_hours = to_decimal(right_hours)
    if not ZERO <= right_hours <= MOST_A_DAY:
        raise Refused("the right number of hours is from 0 to 24")
    with ctx.database.transaction() as session:
        record = session.get(t.ServiceHours, record_id)
        if record is None:
            raise Refused("this hours record no longer exists")
        row = volunteer_row(session, record.volunteer_id)
        original = _original(session, record)
        difference = right_hours - _net(session, original)
        if difference == ZERO:
            raise Refused("the record already counts that many hours")
        refuse_beyond_a_day(session, row, record.day, difference)
        changed = _apply_correction(session, record, original, difference, note)
        audit(session, ctx.actor, "hours corrected", label(row), None, _describe(changed))
        changed_id = changed.id
    log.info("hours of %s on %s corrected", number_of(row.id), record.day)
    return changed_id


def _original(session: Session, record: t.ServiceHours) -> t.ServiceHours:
    """The record that a chain of corrections corrects."""
    while record.corrects_id is not None:
        record = session.get(t.ServiceHours, record.corrects_id)
    return record


def _net(session: Session, original: t.ServiceHours) -> Decimal:
    """What an original record counts with its corrections, pending ones included."""
    corrections = aliased(t.ServiceHours)
    query = select(corrections.hours).where(corrections.corrects_id == original.id)
    return original.hours + sum(session.scalars(query), ZERO)


def _apply_correction(
    session: Session,
    record: t.ServiceHours,
    original: t.ServiceHours,
    difference: Decimal,
    note: str,
) -> t.ServiceHours:
    """A pending record (a correction too) changes in place; an approved one gets a new one."""
    if not record.approved:
        record.hours += difference
        record.note = note.strip() or record.note
        return record
    correction = new_record(
        original.volunteer_id,
        original.day,
        original.area,
        difference,
        original.activity_id,
        note or f"correction of record {original.id}",
        corrects_id=original.id,
    )
    session.add(correction)
    session.flush()
    return correction


def _describe(record: t.ServiceHours) -> dict:
    return {
        "record": record.id,
        "day": record.day,
        "area": record.area,
        "hours": record.hours,
        "approved": record.approved,
        "corrects": record.corrects_id,
    }


def pending_count(ctx: Context) -> int:
    """How many records, of any date, wait for approval."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        query = select(func.count()).where(t.ServiceHours.approved.is_(False))
        return session.scalar(query.select_from(t.ServiceHours))


EXPORT_HEADER = (
    "record",
    "number",
    "name",
    "date",
    "area",
    "activity",
    "hours",
    "approved",
    "corrects",
    "note",
)


def export_hours(ctx: Context, path: Path, since: date | None = None) -> int:
    """Write the hours records (from `since` on) as .xlsx; returns the row count."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    from centredesk.files.writers import write_xlsx

    rows = [
        [h.id, h.number, h.name, h.day, h.area, h.activity, h.hours, h.approved]
        + [h.corrects_id, h.note]
        for h in list_hours(ctx, since)
    ]
    write_xlsx(Path(path), list(EXPORT_HEADER), rows, sheet_title="hours")
    log.info("exported %d hours records to %s", len(rows), path)
    return len(rows)
