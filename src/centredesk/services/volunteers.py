"""The volunteer register (SPEC §4): registering, editing, archiving, and the area and skill lists.

National ID numbers are shown in full to the administrator only and never logged; the audit
log names a volunteer by name and number and keeps the ID masked.
"""

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from centredesk.model import id_number as ids
from centredesk.model.volunteers import EMPLOYMENTS, GENDERS, MOTIVATIONS, SLOTS, phone_problem
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context, audit
from centredesk.services.errors import Refused
from centredesk.services.settings import set_setting
from centredesk.services.volunteer_common import (
    area_list,
    joined,
    label,
    number_of,
    shown_id,
    skill_list,
    split,
    unknown_areas,
    volunteer_row,
)
from centredesk.storage import tables as t

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VolunteerForm:
    """What the registration form holds; `id` None for a new volunteer."""

    name: str
    gender: str
    birth_date: date
    phone: str
    id_number: str
    employment: str
    registered: date
    address: str = ""
    grid: str = ""
    skills: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    motivations: tuple[str, ...] = ()
    availability: tuple[str, ...] = ()
    emergency_contact: str = ""
    id: int | None = None


@dataclass(frozen=True)
class VolunteerView:
    """A volunteer as the register shows them; `id_number` is masked unless `id_shown`."""

    id: int
    number: str
    name: str
    gender: str
    birth_date: date
    phone: str
    id_number: str
    id_shown: bool
    address: str
    grid: str
    employment: str
    skills: tuple[str, ...]
    areas: tuple[str, ...]
    motivations: tuple[str, ...]
    availability: tuple[str, ...]
    emergency_contact: str
    registered: date
    archived_on: date | None

    @property
    def archived(self) -> bool:
        return self.archived_on is not None


def list_volunteers(ctx: Context) -> list[VolunteerView]:
    """Every volunteer, archived ones too, by number."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        rows = session.scalars(select(t.Volunteer).order_by(t.Volunteer.id))
        return [view_of(row, ctx) for row in rows]


def get_volunteer(ctx: Context, volunteer_id: int) -> VolunteerView:
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        return view_of(volunteer_row(session, volunteer_id), ctx)


def view_of(row: t.Volunteer, ctx: Context) -> VolunteerView:
    return VolunteerView(
        id=row.id,
        number=number_of(row.id),
        name=row.name,
        gender=row.gender,
        birth_date=row.birth_date,
        phone=row.phone,
        id_number=shown_id(row.id_number, ctx.actor),
        id_shown=shown_id(row.id_number, ctx.actor) == row.id_number,
        address=row.address,
        grid=row.grid,
        employment=row.employment,
        skills=split(row.skills),
        areas=split(row.areas),
        motivations=split(row.motivations),
        availability=split(row.availability),
        emergency_contact=row.emergency_contact,
        registered=row.registered,
        archived_on=row.archived_on,
    )


def form_problems(form: VolunteerForm, today: date | None = None) -> list[str]:
    """What is wrong with a form on its own, before the database is asked."""
    today = today or date.today()
    problems = [] if form.name.strip() else ["a name is required"]
    if form.gender not in GENDERS:
        problems.append("choose a gender")
    if form.employment not in EMPLOYMENTS:
        problems.append("choose an employment")
    problems += ids.problems(ids.normalised(form.id_number), form.birth_date, form.gender)
    problem = phone_problem(form.phone.strip())
    if problem:
        problems.append(problem)
    if form.birth_date > today:
        problems.append("the birth date is in the future")
    if form.registered < form.birth_date:
        problems.append("the registration date is before the birth date")
    if not form.areas:
        problems.append("choose at least one service area")
    problems += _vocabulary_problems(form)
    return problems


def _vocabulary_problems(form: VolunteerForm) -> list[str]:
    problems = [f"unknown motivation {m}" for m in form.motivations if m not in MOTIVATIONS]
    return problems + [f"unknown time slot {s}" for s in form.availability if s not in SLOTS]


def save_volunteer(ctx: Context, form: VolunteerForm) -> VolunteerView:
    """Register or change a volunteer; Refused with every problem, changing nothing."""
    ctx.require(ADMINISTRATOR)
    problems = form_problems(form)
    if problems:
        raise Refused("; ".join(problems))
    with ctx.database.transaction() as session:
        row = _row_to_save(session, form)
        _refuse_unknown_areas(session, form, row)
        refuse_duplicates(session, form, row.id)
        before = describe(row)
        _write(row, form)
        session.add(row)
        session.flush()
        audit(session, ctx.actor, "volunteer saved", label(row), before, describe(row))
        view = view_of(row, ctx)
    log.info("volunteer %s saved by %s", view.number, ctx.actor.name)
    return view


def _row_to_save(session: Session, form: VolunteerForm) -> t.Volunteer:
    if form.id is None:
        return t.Volunteer()
    return volunteer_row(session, form.id)


def _refuse_unknown_areas(session: Session, form: VolunteerForm, row: t.Volunteer) -> None:
    unknown = unknown_areas(session, form.areas, allowed=split(row.areas or ""))
    if unknown:
        raise Refused(f"not one of the centre's service areas: {joined(unknown)}")


def refuse_duplicates(session: Session, form: VolunteerForm, own_id: int | None) -> None:
    """Refuse a second registration of one person: the same ID, or the same name and phone."""
    number = ids.normalised(form.id_number)
    same_id = session.scalar(select(t.Volunteer).where(t.Volunteer.id_number == number))
    if same_id is not None and same_id.id != own_id:
        raise Refused(f"this ID number is registered already, to {label(same_id)}")
    same_person = session.scalar(
        select(t.Volunteer).where(
            t.Volunteer.name == form.name.strip(),
            t.Volunteer.phone == form.phone.strip(),
            t.Volunteer.id != (own_id or 0),
        )
    )
    if same_person is not None:
        raise Refused(
            f"{label(same_person)} with the same name and phone is registered already "
            f"(since {same_person.registered.isoformat()})"
        )


def _write(row: t.Volunteer, form: VolunteerForm) -> None:
    row.name, row.gender, row.birth_date = form.name.strip(), form.gender, form.birth_date
    row.phone, row.id_number = form.phone.strip(), ids.normalised(form.id_number)
    row.address, row.grid = form.address.strip(), form.grid.strip()
    row.employment, row.registered = form.employment, form.registered
    row.skills, row.areas = joined(form.skills), joined(form.areas)
    row.motivations, row.availability = joined(form.motivations), joined(form.availability)
    row.emergency_contact = form.emergency_contact.strip()


def describe(row: t.Volunteer) -> dict | None:
    """A volunteer's fields for the audit log, the ID number masked."""
    if row.id is None:
        return None
    fields = ("name", "gender", "birth_date", "phone", "address", "grid", "employment")
    more = ("skills", "areas", "motivations", "availability", "emergency_contact", "registered")
    values = {name: getattr(row, name) for name in fields + more}
    return values | {"id_number": ids.masked(row.id_number), "archived_on": row.archived_on}


def archive_volunteer(ctx: Context, volunteer_id: int, on: date | None = None) -> None:
    """Archive a volunteer from `on` (default today): kept with their hours, no longer counted."""
    ctx.require(ADMINISTRATOR)
    _set_archived(ctx, volunteer_id, on or date.today(), "volunteer archived")


def restore_volunteer(ctx: Context, volunteer_id: int) -> None:
    """Bring an archived volunteer back onto the register."""
    ctx.require(ADMINISTRATOR)
    _set_archived(ctx, volunteer_id, None, "volunteer restored")


def _set_archived(ctx: Context, volunteer_id: int, on: date | None, action: str) -> None:
    with ctx.database.transaction() as session:
        row = volunteer_row(session, volunteer_id)
        if on is not None and on < row.registered:
            raise Refused("a volunteer cannot be archived before they registered")
        before = row.archived_on
        row.archived_on = on
        audit(session, ctx.actor, action, label(row), {"archived_on": before}, {"archived_on": on})
    log.info("%s: %s", action, number_of(volunteer_id))


# --- the lists of service areas and skills --------------------------------------------------


def service_areas(ctx: Context) -> list[str]:
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        return area_list(session)


def skills(ctx: Context) -> list[str]:
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        return skill_list(session)


def set_service_areas(ctx: Context, areas: list[str]) -> None:
    """Replace the list of service areas; volunteers keep areas taken off it."""
    ctx.require(ADMINISTRATOR)
    set_setting(ctx, "service_areas", joined(_cleaned(areas, "service area")))


def set_skills(ctx: Context, names: list[str]) -> None:
    ctx.require(ADMINISTRATOR)
    set_setting(ctx, "skills", joined(_cleaned(names, "skill")))


def _cleaned(names: list[str], what: str) -> list[str]:
    cleaned = list(dict.fromkeys(name.strip() for name in names if name.strip()))
    bad = [name for name in cleaned if split(name) != (name,)]
    if bad:
        raise Refused(f"a {what} may not contain 、 ; ； or , ({bad[0]})")
    return cleaned


# --- export ---------------------------------------------------------------------------------

EXPORT_HEADER = (
    "number",
    "name",
    "gender",
    "id_number",
    "phone",
    "birth_date",
    "address",
    "grid",
    "employment",
    "skills",
    "areas",
    "registered",
    "motivations",
    "availability",
    "emergency_contact",
    "archived_on",
)


def export_volunteers(ctx: Context, path: Path) -> int:
    """Write the register as .xlsx in the import's columns (IDs as the user sees them)."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    from centredesk.files.writers import write_xlsx

    rows = [_export_row(view) for view in list_volunteers(ctx)]
    write_xlsx(Path(path), list(EXPORT_HEADER), rows, sheet_title="volunteers")
    log.info("exported %d volunteers to %s", len(rows), path)
    return len(rows)


def _export_row(view: VolunteerView) -> list:
    values = [getattr(view, name) for name in EXPORT_HEADER]
    return [joined(value) if isinstance(value, tuple) else value for value in values]
