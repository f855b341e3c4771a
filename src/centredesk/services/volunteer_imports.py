"""Importing the volunteers and volunteer-hours files (SPEC §5.2), all or nothing.

Volunteers are keyed by ID number: a re-import replaces their fields. Hours rows already in
the database as they are in the file are not added twice. Every check runs before anything
is written, leaving problems in `refs.problems`; the caller's transaction does the rest.
"""

from collections import defaultdict
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from centredesk.files.volunteer_records import VolunteerHoursRow, VolunteerRow
from centredesk.model import id_number as ids
from centredesk.model.numbers import ZERO
from centredesk.services.references import References
from centredesk.services.volunteer_common import area_list, joined, label, split
from centredesk.services.volunteer_hours import MOST_A_DAY, new_record
from centredesk.storage import tables as t

# Who approved hours that arrived approved in a file; the audit log names the importer.
APPROVED_BY_IMPORT = "import"


# --- volunteers -----------------------------------------------------------------------------


def apply_volunteers(
    session: Session, refs: References, records: list[VolunteerRow], summary
) -> None:
    existing = {row.id_number: row for row in session.scalars(select(t.Volunteer))}
    _check_areas(session, refs, records, existing)
    _check_same_person(refs, records, existing)
    if refs.problems:
        return

    for record in records:
        row = existing.get(record.id_number)
        if row is None:
            row = t.Volunteer(id_number=record.id_number)
            session.add(row)
            summary.added += 1
        elif _values(row) == _values_of(record):
            summary.unchanged += 1
            continue
        else:
            summary.replaced += 1
        _write(row, record)


def _check_areas(session: Session, refs: References, records, existing) -> None:
    known = set(area_list(session))
    for record in records:
        kept = (
            set(split(existing[record.id_number].areas)) if record.id_number in existing else set()
        )
        for area in record.areas:
            if area not in known | kept:
                refs.problems.append(record.problem("areas", "unknown service area", area))


def _check_same_person(refs: References, records: list[VolunteerRow], existing) -> None:
    """One person registered twice: the same name and phone under another ID number."""
    by_person = {(row.name, row.phone): row for row in existing.values()}
    in_file: dict[tuple[str, str], VolunteerRow] = {}
    for record in records:
        person = (record.name, record.phone)
        other = by_person.get(person)
        if other is not None and other.id_number != record.id_number:
            reason = f"{label(other)} with the same name and phone is registered already"
            refs.problems.append(record.problem("name", reason, ids.masked(other.id_number)))
        first = in_file.setdefault(person, record)
        if first is not record:
            reason = f"the same name and phone as row {first.row}, under another ID number"
            refs.problems.append(record.problem("name", reason, record.name))


_FIELDS = ("name", "gender", "phone", "birth_date", "employment", "registered", "address", "grid")
_LISTS = ("skills", "areas", "motivations", "availability")


def _values(row: t.Volunteer) -> tuple:
    lists = tuple(split(getattr(row, name)) for name in _LISTS)
    return tuple(getattr(row, name) for name in _FIELDS) + lists + (row.emergency_contact,)


def _values_of(record: VolunteerRow) -> tuple:
    lists = tuple(getattr(record, name) for name in _LISTS)
    return tuple(getattr(record, name) for name in _FIELDS) + lists + (record.emergency_contact,)


def _write(row: t.Volunteer, record: VolunteerRow) -> None:
    for name in _FIELDS + ("emergency_contact",):
        setattr(row, name, getattr(record, name))
    for name in _LISTS:
        setattr(row, name, joined(getattr(record, name)))


# --- hours ----------------------------------------------------------------------------------


def apply_volunteer_hours(
    session: Session, refs: References, records: list[VolunteerHoursRow], summary
) -> None:
    volunteers = {row.id_number: row for row in session.scalars(select(t.Volunteer))}
    known_areas = set(area_list(session))
    checked = [r for r in records if _check_row(refs, r, volunteers, known_areas)]
    existing = _existing_hours(session, {volunteers[r.id_number].id for r in checked})
    new = [r for r in checked if _key(volunteers[r.id_number].id, r) not in existing.keys]
    summary.unchanged += len(checked) - len(new)
    _check_days(refs, new, volunteers, existing)
    if refs.problems:
        return

    # Corrections go in after the hours they may correct, which can be in the same file.
    for negative in (False, True):
        for record in (r for r in new if (r.hours < ZERO) == negative):
            session.add(_record(session, volunteers[record.id_number].id, record))
        session.flush()
    summary.added += len(new)


def _check_row(refs: References, record, volunteers, known_areas) -> bool:
    volunteer = volunteers.get(record.id_number)
    problems = []
    if volunteer is None:
        masked = ids.masked(record.id_number)
        problems.append(record.problem("id_number", "no volunteer has this ID number", masked))
    elif not _registered_on(volunteer, record.day):
        problems.append(
            record.problem("date", f"{label(volunteer)} was not registered then", record.day)
        )
    if record.day > date.today():
        problems.append(record.problem("date", "the day is in the future", record.day))
    if record.area not in known_areas:
        problems.append(record.problem("area", "unknown service area", record.area))
    refs.problems.extend(problems)
    return not problems


def _registered_on(volunteer: t.Volunteer, day: date) -> bool:
    return volunteer.registered <= day and (
        volunteer.archived_on is None or day < volunteer.archived_on
    )


def _key(volunteer_id: int, record: VolunteerHoursRow) -> tuple:
    return (volunteer_id, record.day, record.area, record.hours, record.approved)


class _Existing:
    """The hours already recorded for the file's volunteers: keys and per-day totals."""

    def __init__(self) -> None:
        self.keys: set[tuple] = set()
        self.approved: dict[tuple[int, date], Decimal] = defaultdict(lambda: ZERO)
        self.everything: dict[tuple[int, date], Decimal] = defaultdict(lambda: ZERO)


def _existing_hours(session: Session, volunteer_ids: set[int]) -> _Existing:
    hours = t.ServiceHours
    query = select(hours.volunteer_id, hours.day, hours.area, hours.hours, hours.approved).where(
        hours.volunteer_id.in_(volunteer_ids)
    )
    found = _Existing()
    for volunteer_id, day, area, amount, approved in session.execute(query):
        found.keys.add((volunteer_id, day, area, amount, approved))
        found.everything[(volunteer_id, day)] += amount
        found.approved[(volunteer_id, day)] += amount if approved else ZERO
    return found


def _check_days(refs: References, new: list, volunteers, existing: _Existing) -> None:
    """A day holds at most 24 hours and never less than 0; negative hours correct approved."""
    days: dict[tuple[int, date], list[VolunteerHoursRow]] = defaultdict(list)
    for record in new:
        days[(volunteers[record.id_number].id, record.day)].append(record)
    for day_key, rows in days.items():
        approved = existing.approved[day_key] + sum(
            (r.hours for r in rows if r.approved and r.hours > ZERO), ZERO
        )
        total = existing.everything[day_key] + sum((r.hours for r in rows), ZERO)
        uncorrectable = [r for r in rows if r.hours < ZERO and approved <= ZERO]
        for record in uncorrectable:
            reason = "negative hours only correct approved hours of that day"
            refs.problems.append(record.problem("hours", reason, record.hours))
        if not uncorrectable and not ZERO <= total <= MOST_A_DAY:
            reason = f"the day would hold {total} hours (0 to 24)"
            refs.problems.append(rows[-1].problem("hours", reason, rows[-1].hours))


def _record(session: Session, volunteer_id: int, record: VolunteerHoursRow) -> t.ServiceHours:
    corrects = _corrected(session, volunteer_id, record) if record.hours < ZERO else None
    row = new_record(volunteer_id, record.day, record.area, record.hours, corrects_id=corrects)
    if record.approved:
        row.approved, row.approved_by = True, APPROVED_BY_IMPORT
        row.approved_at = datetime.now().replace(microsecond=0)
    return row


def _corrected(session: Session, volunteer_id: int, record: VolunteerHoursRow) -> int | None:
    """The approved record a negative row corrects: the day's latest, in its area if any."""
    hours = t.ServiceHours
    query = (
        select(hours.id, hours.area, hours.hours)
        .where(hours.volunteer_id == volunteer_id, hours.day == record.day)
        .where(hours.approved.is_(True), hours.corrects_id.is_(None))
        .order_by(hours.id.desc())
    )
    candidates = [(id_, area) for id_, area, amount in session.execute(query) if amount > ZERO]
    same_area = [id_ for id_, area in candidates if area == record.area]
    return (same_area or [id_ for id_, _ in candidates] or [None])[0]
