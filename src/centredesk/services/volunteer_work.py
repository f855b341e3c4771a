"""Training with attendance, activities with sign-up and suggestions, supervision notes."""

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from centredesk.model.numbers import ZERO
from centredesk.model.volunteers import (
    EVALUATIONS,
    TRAINING_KINDS,
    Activity,
    fits,
    hours_between,
    served_days,
    suggest,
)
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context, audit
from centredesk.services.errors import Refused
from centredesk.services.settings import setting_value
from centredesk.services.volunteer_common import (
    joined,
    label,
    load_hours,
    load_volunteers,
    number_of,
    split,
    unknown_areas,
    volunteer_row,
)
from centredesk.storage import tables as t

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Person:
    """A volunteer named in a list: their id, number and name."""

    id: int
    number: str
    name: str


@dataclass(frozen=True)
class TrainingView:
    """A training session with the volunteers who attended."""

    id: int
    day: date
    kind: str
    topic: str
    hours: Decimal
    attendees: tuple[Person, ...]


@dataclass(frozen=True)
class ActivityView:
    """An activity with the volunteers signed up for it."""

    id: int
    day: date
    title: str
    area: str
    place: str
    needed: int
    skills: tuple[str, ...]
    signed_up: tuple[Person, ...]

    @property
    def open_places(self) -> int:
        return max(0, self.needed - len(self.signed_up))


@dataclass(frozen=True)
class SuggestionView:
    """A volunteer suggested for an activity, least recently served first."""

    person: Person
    last_served: date | None
    areas: tuple[str, ...]
    skills: tuple[str, ...]


@dataclass(frozen=True)
class NoteView:
    """A supervision note on a volunteer."""

    id: int
    volunteer: Person
    day: date
    evaluation: str
    note: str
    author: str


# --- training -------------------------------------------------------------------------------


def list_trainings(ctx: Context) -> list[TrainingView]:
    """Every training session, the latest first."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        rows = session.scalars(select(t.Training).order_by(t.Training.day.desc(), t.Training.id))
        attendance = _attendees(session)
        return [
            TrainingView(r.id, r.day, r.kind, r.topic, r.hours, attendance.get(r.id, ()))
            for r in rows
        ]


def _attendees(session: Session) -> dict[int, tuple[Person, ...]]:
    query = (
        select(t.TrainingAttendance.training_id, t.Volunteer.id, t.Volunteer.name)
        .join(t.Volunteer, t.Volunteer.id == t.TrainingAttendance.volunteer_id)
        .order_by(t.Volunteer.name)
    )
    found: dict[int, list[Person]] = {}
    for training_id, volunteer_id, name in session.execute(query):
        found.setdefault(training_id, []).append(
            Person(volunteer_id, number_of(volunteer_id), name)
        )
    return {key: tuple(people) for key, people in found.items()}


def add_training(
    ctx: Context, day: date, kind: str, topic: str, hours: Decimal, attendees: Iterable[int] = ()
) -> int:
    """Record a pre-service or in-service session and who attended; returns its id."""
    ctx.require(ADMINISTRATOR)
    if kind not in TRAINING_KINDS:
        raise Refused("a training session is pre-service or in-service")
    if not topic.strip():
        raise Refused("a training session needs a topic")
    if not ZERO <= hours <= 24:
        raise Refused("a training session lasts from 0 to 24 hours")
    with ctx.database.transaction() as session:
        training = t.Training(day=day, kind=kind, topic=topic.strip(), hours=hours)
        session.add(training)
        session.flush()
        names = _write_attendance(session, training.id, attendees)
        audit(session, ctx.actor, "training added", f"{day} {topic.strip()}", None, names)
        training_id = training.id
    log.info("training %s on %s recorded (%d attended)", kind, day, len(names))
    return training_id


def set_attendance(ctx: Context, training_id: int, attendees: Iterable[int]) -> None:
    """Replace who attended a training session."""
    ctx.require(ADMINISTRATOR)
    with ctx.database.transaction() as session:
        training = session.get(t.Training, training_id)
        if training is None:
            raise Refused("this training session no longer exists")
        before = [p.name for p in _attendees(session).get(training_id, ())]
        for row in session.scalars(
            select(t.TrainingAttendance).where(t.TrainingAttendance.training_id == training_id)
        ):
            session.delete(row)
        session.flush()
        names = _write_attendance(session, training_id, attendees)
        target = f"{training.day} {training.topic}"
        audit(session, ctx.actor, "training attendance", target, before, names)


def _write_attendance(session: Session, training_id: int, attendees: Iterable[int]) -> list[str]:
    names = []
    for volunteer_id in dict.fromkeys(attendees):
        names.append(volunteer_row(session, volunteer_id).name)
        session.add(t.TrainingAttendance(training_id=training_id, volunteer_id=volunteer_id))
    return names


# --- activities -----------------------------------------------------------------------------


def list_activities(ctx: Context, since: date | None = None) -> list[ActivityView]:
    """Activities from `since` on (all without it), the latest first."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        return _activities(session, since)


def _activities(session: Session, since: date | None, until: date | None = None) -> list:
    query = select(t.Activity).order_by(t.Activity.day.desc(), t.Activity.id)
    if since is not None:
        query = query.where(t.Activity.day >= since)
    if until is not None:
        query = query.where(t.Activity.day <= until)
    signed = _signed_up(session)
    return [_activity_view(row, signed.get(row.id, ())) for row in session.scalars(query)]


def _activity_view(row: t.Activity, signed_up: tuple[Person, ...]) -> ActivityView:
    return ActivityView(
        row.id, row.day, row.title, row.area, row.place, row.needed, split(row.skills), signed_up
    )


def _signed_up(session: Session) -> dict[int, tuple[Person, ...]]:
    query = (
        select(t.ActivitySignup.activity_id, t.Volunteer.id, t.Volunteer.name)
        .join(t.Volunteer, t.Volunteer.id == t.ActivitySignup.volunteer_id)
        .order_by(t.ActivitySignup.id)
    )
    found: dict[int, list[Person]] = {}
    for activity_id, volunteer_id, name in session.execute(query):
        found.setdefault(activity_id, []).append(
            Person(volunteer_id, number_of(volunteer_id), name)
        )
    return {key: tuple(people) for key, people in found.items()}


def add_activity(
    ctx: Context,
    day: date,
    title: str,
    area: str,
    place: str,
    needed: int,
    skills: tuple[str, ...] = (),
) -> int:
    """Plan an activity in one of the centre's service areas; returns its id."""
    ctx.require(ADMINISTRATOR)
    if not title.strip():
        raise Refused("an activity needs a title")
    if needed < 1:
        raise Refused("an activity needs at least one volunteer")
    with ctx.database.transaction() as session:
        if unknown_areas(session, [area]):
            raise Refused(f"not one of the centre's service areas: {area}")
        row = t.Activity(
            day=day, title=title.strip(), area=area, place=place.strip(), needed=needed
        )
        row.skills = joined(skills)
        session.add(row)
        session.flush()
        audit(session, ctx.actor, "activity added", f"{day} {row.title}", None, {"area": area})
        activity_id = row.id
    log.info("activity on %s in %s planned", day, area)
    return activity_id


def sign_up(ctx: Context, activity_id: int, volunteer_ids: Iterable[int]) -> int:
    """Sign volunteers up for an activity; returns how many were new to it."""
    ctx.require(ADMINISTRATOR)
    with ctx.database.transaction() as session:
        activity = _activity_row(session, activity_id)
        already = set(_signed_up_ids(session, activity_id))
        added = []
        for volunteer_id in dict.fromkeys(volunteer_ids):
            row = volunteer_row(session, volunteer_id)
            if not row.registered <= activity.day or (row.archived_on or date.max) <= activity.day:
                raise Refused(f"{label(row)} is not registered on {activity.day}")
            if volunteer_id not in already:
                session.add(t.ActivitySignup(activity_id=activity_id, volunteer_id=volunteer_id))
                added.append(row.name)
        target = f"{activity.day} {activity.title}"
        audit(session, ctx.actor, "activity sign-up", target, None, added)
    return len(added)


def withdraw(ctx: Context, activity_id: int, volunteer_id: int) -> None:
    """Take a volunteer off an activity's sign-ups."""
    ctx.require(ADMINISTRATOR)
    with ctx.database.transaction() as session:
        activity = _activity_row(session, activity_id)
        signup = session.scalar(
            select(t.ActivitySignup).where(
                t.ActivitySignup.activity_id == activity_id,
                t.ActivitySignup.volunteer_id == volunteer_id,
            )
        )
        if signup is not None:
            session.delete(signup)
            name = volunteer_row(session, volunteer_id).name
            audit(session, ctx.actor, "activity withdrawal", activity.title, name, None)


def _activity_row(session: Session, activity_id: int) -> t.Activity:
    activity = session.get(t.Activity, activity_id)
    if activity is None:
        raise Refused("this activity no longer exists")
    return activity


def _signed_up_ids(session: Session, activity_id: int) -> list[int]:
    query = select(t.ActivitySignup.volunteer_id).where(t.ActivitySignup.activity_id == activity_id)
    return list(session.scalars(query))


# --- suggestions ----------------------------------------------------------------------------


def suggest_volunteers(ctx: Context, activity_id: int) -> list[SuggestionView]:
    """Who could serve an activity: available, fitting, under the monthly limit, least
    recently served first."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        row = _activity_row(session, activity_id)
        activity = Activity(row.id, row.day, row.area, row.needed, split(row.skills))
        volunteers = load_volunteers(session)
        served = served_days(load_hours(session, until=row.day))
        left = _hours_left(session, served, row.day)
        found = suggest(activity, volunteers, served, _busy(session, row), left)
    return [
        SuggestionView(
            Person(s.volunteer.id, number_of(s.volunteer.id), s.volunteer.name),
            s.last_served,
            s.volunteer.areas,
            s.volunteer.skills,
        )
        for s in found
    ]


def _busy(session: Session, activity: t.Activity) -> frozenset[int]:
    """Volunteers signed up for this activity or another one on the same day."""
    query = (
        select(t.ActivitySignup.volunteer_id)
        .join(t.Activity, t.Activity.id == t.ActivitySignup.activity_id)
        .where(t.Activity.day == activity.day)
    )
    return frozenset(session.scalars(query))


def _hours_left(session: Session, served, day: date) -> dict[int, Decimal]:
    """Each volunteer's hours left under the monthly limit in the month of `day`."""
    limit = Decimal(setting_value(session, "volunteer_monthly_hours_limit"))
    first = day.replace(day=1)
    volunteer_ids = session.scalars(select(t.Volunteer.id))
    return {vid: limit - hours_between(served.get(vid, {}), first, day) for vid in volunteer_ids}


def matching_upcoming(
    ctx: Context, volunteer_ids: Iterable[int], on: date, days: int = 60
) -> dict[int, list[ActivityView]]:
    """For each volunteer, the activities of the next `days` days after `on` that fit them."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    wanted = set(volunteer_ids)
    with ctx.database.reading() as session:
        upcoming = _activities(session, on + timedelta(days=1), on + timedelta(days=days))
        volunteers = [v for v in load_volunteers(session) if v.id in wanted]
    found: dict[int, list[ActivityView]] = {}
    for volunteer in volunteers:
        found[volunteer.id] = [
            view
            for view in sorted(upcoming, key=lambda view: view.day)
            if fits(volunteer, Activity(view.id, view.day, view.area, view.needed, view.skills))
        ]
    return found


# --- supervision ----------------------------------------------------------------------------


def add_supervision_note(
    ctx: Context, volunteer_id: int, day: date, evaluation: str, note: str
) -> None:
    """A supervisor's note on a volunteer with an evaluation: excellent, good, fair or poor."""
    ctx.require(ADMINISTRATOR)
    if evaluation not in EVALUATIONS:
        raise Refused("the evaluation is excellent, good, fair or poor")
    with ctx.database.transaction() as session:
        row = volunteer_row(session, volunteer_id)
        session.add(
            t.SupervisionNote(
                volunteer_id=volunteer_id,
                day=day,
                evaluation=evaluation,
                note=note.strip(),
                author=ctx.actor.name,
            )
        )
        audit(session, ctx.actor, "supervision note", label(row), None, evaluation)


def list_supervision_notes(ctx: Context, volunteer_id: int | None = None) -> list[NoteView]:
    """Supervision notes, of one volunteer or of all, the latest first."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    query = (
        select(t.SupervisionNote, t.Volunteer.name)
        .join(t.Volunteer, t.Volunteer.id == t.SupervisionNote.volunteer_id)
        .order_by(t.SupervisionNote.day.desc(), t.SupervisionNote.id.desc())
    )
    if volunteer_id is not None:
        query = query.where(t.SupervisionNote.volunteer_id == volunteer_id)
    with ctx.database.reading() as session:
        return [
            NoteView(
                n.id,
                Person(n.volunteer_id, number_of(n.volunteer_id), name),
                n.day,
                n.evaluation,
                n.note,
                n.author,
            )
            for n, name in session.execute(query)
        ]
