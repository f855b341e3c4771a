"""Leave entered on the desktop: whole days that feed attendance (SPEC §2.2) and the roster.

Leave lives in the Leave table only, the same rows `centredesk import leave` writes, so the
review counts it whichever way it came in. A day of leave replaces the shift rostered on it.
"""

import logging
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from centredesk.model.months import Month
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context, audit
from centredesk.services.errors import Refused
from centredesk.services.months import mark_changed, refuse_signed
from centredesk.services.shift_codes import codes_by_text
from centredesk.storage import tables as t

log = logging.getLogger(__name__)

MAX_LEAVE_DAYS = 366


@dataclass(frozen=True)
class Clash:
    """A work shift rostered on a day of leave."""

    staff_no: str
    name: str
    day: date
    code: str


def leave_clashes(ctx: Context, staff_no: str, start: date, end: date) -> list[Clash]:
    """The work shifts rostered for `staff_no` from `start` to `end`, which leave would replace."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        return work_shifts_between(session, staff_by_number(session, staff_no), start, end)


def record_leave(ctx: Context, staff_no: str, start: date, end: date, kind: str) -> list[Clash]:
    """Record leave of a leave code's kind; returns the work shifts it replaced.

    Leave already recorded on those days gives way to the new leave. Refused in a signed month.
    """
    ctx.require(ADMINISTRATOR)
    _refuse_bad_range(start, end)
    with ctx.database.transaction() as session:
        staff = staff_by_number(session, staff_no)
        code = leave_code(session, kind)
        refuse_outside_employment(staff, start, end)
        months = months_between(start, end)
        refuse_signed(session, months, "leave")

        clashes = work_shifts_between(session, staff, start, end)
        delete_shifts(session, staff.id, start, end)
        cut_leave(session, staff.id, start, end)
        session.add(t.Leave(staff_id=staff.id, start=start, end=end, kind=code.code))
        mark_changed(session, months, ctx.actor)
        after = {"start": start, "end": end, "kind": code.code, "replaced": _shown(clashes)}
        audit(session, ctx.actor, "leave recorded", staff_no, None, after)
    log.info("leave %s–%s (%s) recorded for %s", start, end, code.code, staff_no)
    return clashes


def staff_by_number(session: Session, staff_no: str) -> t.Staff:
    staff = session.scalar(select(t.Staff).where(t.Staff.staff_no == staff_no))
    if staff is None:
        raise Refused(f"unknown staff number {staff_no}")
    return staff


def leave_code(session: Session, kind: str) -> t.ShiftCode:
    """The current leave code named `kind`; Refused for anything else."""
    code = codes_by_text(session).get(kind.strip().casefold())
    if code is None or not code.is_leave or code.retired:
        raise Refused(f"{kind} is not one of the current leave codes")
    return code


def refuse_outside_employment(staff: t.Staff, start: date, end: date) -> None:
    if start < staff.start or (staff.end is not None and end > staff.end):
        employed = f"{staff.start} to {staff.end or 'now'}"
        raise Refused(f"{staff.name} ({staff.staff_no}) is employed from {employed} only")


def months_between(start: date, end: date) -> list[Month]:
    months, month = [], Month.of(start)
    while month <= Month.of(end):
        months.append(month)
        month = month.next()
    return months


def work_shifts_between(session: Session, staff: t.Staff, start: date, end: date) -> list[Clash]:
    rows = session.execute(
        select(t.RosterShift.day, t.ShiftCode.code)
        .join(t.ShiftCode, t.RosterShift.shift_code_id == t.ShiftCode.id)
        .where(t.RosterShift.staff_id == staff.id, t.RosterShift.day.between(start, end))
        .where(t.ShiftCode.is_leave.is_(False), t.ShiftCode.is_rest.is_(False))
        .order_by(t.RosterShift.day)
    )
    return [Clash(staff.staff_no, staff.name, day, code) for day, code in rows]


def delete_shifts(session: Session, staff_id: int, start: date, end: date) -> None:
    rows = session.scalars(
        select(t.RosterShift).where(
            t.RosterShift.staff_id == staff_id, t.RosterShift.day.between(start, end)
        )
    )
    for row in rows:
        session.delete(row)


def cut_leave(session: Session, staff_id: int, start: date, end: date) -> None:
    """Take the days `start`–`end` out of the staff member's leave, keeping the days around."""
    overlapping = list(
        session.scalars(
            select(t.Leave).where(
                t.Leave.staff_id == staff_id, t.Leave.start <= end, t.Leave.end >= start
            )
        )
    )
    pieces: dict[tuple[date, date], str] = {}
    for row in overlapping:
        if row.start < start:
            pieces.setdefault((row.start, start - timedelta(days=1)), row.kind)
        if row.end > end:
            pieces.setdefault((end + timedelta(days=1), row.end), row.kind)
        session.delete(row)
    # The deletes go first: a piece may have the same days as a row being deleted.
    session.flush()
    for (piece_start, piece_end), kind in sorted(pieces.items()):
        same_days = select(t.Leave.id).where(
            t.Leave.staff_id == staff_id, t.Leave.start == piece_start, t.Leave.end == piece_end
        )
        if session.scalar(same_days) is None:
            session.add(t.Leave(staff_id=staff_id, start=piece_start, end=piece_end, kind=kind))
    session.flush()


def _refuse_bad_range(start: date, end: date) -> None:
    if end < start:
        raise Refused("the leave ends before it starts")
    if (end - start).days >= MAX_LEAVE_DAYS:
        raise Refused(f"leave is recorded at most {MAX_LEAVE_DAYS} days at a time")


def _shown(clashes: list[Clash]) -> list[str]:
    return [f"{clash.day} {clash.code}" for clash in clashes]
