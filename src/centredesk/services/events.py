"""Management events of a month: violations and vetoes, possibly medical errors (SPEC §2.5)."""

import logging
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from centredesk.model.appraisal import EVENT_KINDS
from centredesk.model.months import Month
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context, audit
from centredesk.services.errors import Refused
from centredesk.services.months import mark_changed, refuse_signed
from centredesk.services.policies import load_policy
from centredesk.storage.tables import ManagementEvent, Staff

log = logging.getLogger(__name__)

MAX_NOTE_LENGTH = 500


@dataclass(frozen=True)
class EventView:
    """A recorded event with the doctor it concerns."""

    id: int
    day: date
    staff_no: str
    name: str
    kind: str
    error: bool
    note: str

    @property
    def month(self) -> Month:
        return Month.of(self.day)


def list_events(ctx: Context, month: Month) -> list[EventView]:
    """The month's events, by date and then in the order they were recorded."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    query = (
        select(ManagementEvent, Staff)
        .join(Staff, Staff.id == ManagementEvent.staff_id)
        .where(ManagementEvent.day.between(month.first_day, month.last_day))
        .order_by(ManagementEvent.day, ManagementEvent.id)
    )
    with ctx.database.reading() as session:
        return [_view(event, staff) for event, staff in session.execute(query)]


def add_event(
    ctx: Context, staff_no: str, day: date, kind: str, error: bool = False, note: str = ""
) -> EventView:
    """Record a violation or veto; refused in a signed month or outside the employment."""
    ctx.require(ADMINISTRATOR)
    note = _checked(kind, note)
    month = Month.of(day)
    with ctx.database.transaction() as session:
        staff = _staff(session, staff_no)
        if not (staff.start <= day and (staff.end is None or day <= staff.end)):
            raise Refused(f"{day} is outside the employment of {staff_no} {staff.name}")
        load_policy(session, day.year)
        refuse_signed(session, [month], "its events")
        event = ManagementEvent(day=day, staff_id=staff.id, kind=kind, error=error, note=note)
        session.add(event)
        session.flush()
        view = _view(event, staff)
        mark_changed(session, [month], ctx.actor)
        audit(session, ctx.actor, "event added", f"{month} {staff_no}", None, _describe(view))
    log.info("%s recorded for %s on %s", kind, staff_no, day)
    return view


def remove_event(ctx: Context, event_id: int) -> EventView:
    """Remove a recorded event; refused in a signed month."""
    ctx.require(ADMINISTRATOR)
    with ctx.database.transaction() as session:
        event = session.get(ManagementEvent, event_id)
        if event is None:
            raise Refused(f"there is no event {event_id}")
        view = _view(event, session.get(Staff, event.staff_id))
        refuse_signed(session, [view.month], "its events")
        session.delete(event)
        mark_changed(session, [view.month], ctx.actor)
        target = f"{view.month} {view.staff_no}"
        audit(session, ctx.actor, "event removed", target, _describe(view), None)
    log.info("%s of %s on %s removed", view.kind, view.staff_no, view.day)
    return view


def _checked(kind: str, note: str) -> str:
    if kind not in EVENT_KINDS:
        raise Refused(f"an event is a violation or a veto, not {kind!r}")
    note = note.strip()
    if len(note) > MAX_NOTE_LENGTH:
        raise Refused(f"a note may have at most {MAX_NOTE_LENGTH} characters")
    return note


def _staff(session: Session, staff_no: str) -> Staff:
    staff = session.scalar(select(Staff).where(Staff.staff_no == staff_no))
    if staff is None:
        raise Refused(f"there is no staff member with the number {staff_no}")
    return staff


def _view(event: ManagementEvent, staff: Staff) -> EventView:
    return EventView(
        event.id, event.day, staff.staff_no, staff.name, event.kind, event.error, event.note
    )


def _describe(view: EventView) -> dict:
    return {"day": view.day.isoformat(), "kind": view.kind, "error": view.error, "note": view.note}
