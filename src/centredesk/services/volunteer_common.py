"""What the volunteer services share: list fields, the model's view of rows, lookups.

List fields (skills, areas, motivations, availability) are stored joined by 、, the way a
person writes them; the settings `service_areas` and `skills` are read as list fields too.
"""

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from centredesk.files.cells import read_list
from centredesk.model import id_number as ids
from centredesk.model.volunteers import HoursRecord, Volunteer
from centredesk.services.context import ADMINISTRATOR, Actor
from centredesk.services.errors import Refused
from centredesk.services.settings import setting_value
from centredesk.storage import tables as t

JOIN = "、"


def joined(values) -> str:
    """A list field as stored."""
    return JOIN.join(values)


def split(text: str) -> tuple[str, ...]:
    """A stored list field as a tuple."""
    return read_list(text or "")


def sees_full_ids(actor: Actor) -> bool:
    """Only the administrator sees national ID numbers in full (SPEC §4)."""
    return actor.role == ADMINISTRATOR


def shown_id(number: str, actor: Actor) -> str:
    return number if sees_full_ids(actor) else ids.masked(number)


def number_of(volunteer_id: int) -> str:
    """The volunteer number a person sees: V and four digits."""
    return f"V{volunteer_id:04d}"


def label(row: t.Volunteer) -> str:
    """A volunteer named in messages and the audit log: name and number, never the ID."""
    return f"{row.name} ({number_of(row.id)})"


def to_model(row: t.Volunteer) -> Volunteer:
    return Volunteer(
        id=row.id,
        name=row.name,
        gender=row.gender,
        birth_date=row.birth_date,
        employment=row.employment,
        registered=row.registered,
        archived_on=row.archived_on,
        areas=split(row.areas),
        skills=split(row.skills),
        motivations=split(row.motivations),
        availability=split(row.availability),
    )


def load_volunteers(session: Session) -> list[Volunteer]:
    rows = session.scalars(select(t.Volunteer).order_by(t.Volunteer.id))
    return [to_model(row) for row in rows]


def load_hours(session: Session, until: date | None = None) -> list[HoursRecord]:
    """Every hours record (pending ones too, marked), up to `until` when given."""
    hours = t.ServiceHours
    query = select(hours.volunteer_id, hours.day, hours.hours, hours.approved, hours.area)
    if until is not None:
        query = query.where(hours.day <= until)
    return [HoursRecord(*row) for row in session.execute(query)]


def area_list(session: Session) -> list[str]:
    """The service areas a volunteer, an activity or hours may name (setting service_areas)."""
    return list(split(setting_value(session, "service_areas")))


def skill_list(session: Session) -> list[str]:
    """The skills offered on forms (setting skills); others may be typed in."""
    return list(split(setting_value(session, "skills")))


def volunteer_row(session: Session, volunteer_id: int) -> t.Volunteer:
    row = session.get(t.Volunteer, volunteer_id)
    if row is None:
        raise Refused(f"there is no volunteer {number_of(volunteer_id)}")
    return row


def unknown_areas(session: Session, areas, allowed=()) -> list[str]:
    """The areas not on the centre's list; `allowed` are kept from before though removed."""
    known = set(area_list(session)) | set(allowed)
    return [area for area in areas if area not in known]
