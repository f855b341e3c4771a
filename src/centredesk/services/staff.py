"""The staff register: listing, adding and editing staff, posts and titles."""

import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from centredesk.model.months import Month
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context, audit
from centredesk.services.errors import Refused
from centredesk.storage import tables as t

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StaffView:
    """A staff member as the register shows them, with the post and title in force."""

    id: int
    staff_no: str
    name: str
    post_code: str
    post_name: str
    title_code: str
    title_name: str
    start: date
    end: date | None
    basic_pay: Decimal

    def is_employed_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class StaffForm:
    """What the edit form holds; `id` None for a new staff member."""

    staff_no: str
    name: str
    post_code: str
    title_code: str
    start: date
    end: date | None
    basic_pay: Decimal
    effective: date | None = None
    id: int | None = None


@dataclass(frozen=True)
class CodeName:
    """A post or title as a list shows it."""

    code: str
    name: str
    retired: bool = False


def list_staff(ctx: Context, on: date | None = None) -> list[StaffView]:
    """Every staff member, with the post and title in force on `on` (default today)."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    on = on or date.today()
    with ctx.database.reading() as session:
        rows = session.scalars(
            select(t.Staff)
            .options(
                selectinload(t.Staff.assignments).selectinload(t.Assignment.post),
                selectinload(t.Staff.assignments).selectinload(t.Assignment.title),
            )
            .order_by(t.Staff.staff_no)
        )
        return [_view(row, on) for row in rows]


def list_posts(ctx: Context) -> list[CodeName]:
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        rows = session.scalars(select(t.Post).order_by(t.Post.code))
        return [CodeName(row.code, row.name, row.retired) for row in rows]


def list_titles(ctx: Context) -> list[CodeName]:
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        rows = session.scalars(select(t.Title).order_by(t.Title.code))
        return [CodeName(row.code, row.name, row.retired) for row in rows]


def form_problems(form: StaffForm) -> list[str]:
    """What is wrong with a form on its own, before the database is asked."""
    problems = []
    if not form.staff_no.strip():
        problems.append("a staff number is required")
    if not form.name.strip():
        problems.append("a name is required")
    if form.end is not None and form.end < form.start:
        problems.append("the end of employment is before its start")
    if form.basic_pay < 0:
        problems.append("basic pay may not be negative")
    return problems


def save_staff(ctx: Context, form: StaffForm) -> StaffView:
    """Add or change a staff member; Refused with every problem, changing nothing."""
    ctx.require(ADMINISTRATOR)
    problems = form_problems(form)
    if problems:
        raise Refused("; ".join(problems))
    with ctx.database.transaction() as session:
        post, title = _post_and_title(session, form)
        staff = _staff_to_save(session, form)
        before = _describe(staff)
        staff.staff_no, staff.name = form.staff_no.strip(), form.name.strip()
        staff.start, staff.end, staff.basic_pay = form.start, form.end, form.basic_pay
        assign(staff, post, title, form.effective)
        session.add(staff)
        session.flush()
        audit(session, ctx.actor, "staff saved", staff.staff_no, before, _describe(staff))
        view = _view(staff, date.today())
    log.info("staff %s saved by %s", view.staff_no, ctx.actor.name)
    return view


def _staff_to_save(session: Session, form: StaffForm) -> t.Staff:
    same_number = session.scalar(select(t.Staff).where(t.Staff.staff_no == form.staff_no.strip()))
    if same_number is not None and same_number.id != form.id:
        raise Refused(f"staff number {form.staff_no} belongs to {same_number.name} already")
    if form.id is None:
        return t.Staff()
    staff = session.get(t.Staff, form.id)
    if staff is None:
        raise Refused("this staff member no longer exists")
    return staff


def _post_and_title(session: Session, form: StaffForm) -> tuple[t.Post, t.Title]:
    post = session.scalar(select(t.Post).where(t.Post.code == form.post_code))
    title = session.scalar(select(t.Title).where(t.Title.code == form.title_code))
    problems = []
    if post is None or post.retired:
        problems.append(f"post {form.post_code} is not one of the policy's current posts")
    if title is None or title.retired:
        problems.append(f"title {form.title_code} is not one of the policy's current titles")
    if problems:
        raise Refused("; ".join(problems))
    return post, title


def assignments_in_order(staff: t.Staff) -> list[t.Assignment]:
    """Oldest first; an undated assignment (from the start) comes before any dated one."""
    return sorted(staff.assignments, key=lambda a: a.effective or date.min)


def assign(staff: t.Staff, post: t.Post, title: t.Title, effective: date | None) -> None:
    """Record a change of post or title from `effective` (default: this month's first day).

    A staff member's first assignment has no date: it holds from the start of employment.
    """
    ordered = assignments_in_order(staff)
    current = ordered[-1] if ordered else None
    if current is not None and (current.post_id, current.title_id) == (post.id, title.id):
        return
    if current is None:
        effective = None
    elif effective is None:
        effective = Month.of(date.today()).first_day
    same_day = next((a for a in staff.assignments if a.effective == effective), None)
    if same_day is None:
        same_day = t.Assignment(effective=effective)
        staff.assignments.append(same_day)
    same_day.post, same_day.title = post, title


def _view(row: t.Staff, on: date) -> StaffView:
    ordered = assignments_in_order(row)
    in_force = [a for a in ordered if a.effective is None or a.effective <= on]
    assignment = (in_force or ordered)[-1] if ordered else None
    return StaffView(
        id=row.id,
        staff_no=row.staff_no,
        name=row.name,
        post_code=assignment.post.code if assignment else "",
        post_name=assignment.post.name if assignment else "",
        title_code=assignment.title.code if assignment else "",
        title_name=assignment.title.name if assignment else "",
        start=row.start,
        end=row.end,
        basic_pay=row.basic_pay,
    )


def _describe(staff: t.Staff) -> dict | None:
    if staff.id is None:
        return None
    return {
        "staff_no": staff.staff_no,
        "name": staff.name,
        "start": staff.start,
        "end": staff.end,
        "basic_pay": staff.basic_pay,
    }


STAFF_HEADER = ("staff_no", "name", "post", "title", "start", "end", "basic_pay")


def export_staff(ctx: Context, path) -> int:
    """Write the register as an .xlsx in SPEC §5.2's staff format; returns the row count."""
    from centredesk.files.writers import write_xlsx

    rows = [
        [s.staff_no, s.name, s.post_code, s.title_code, s.start, s.end or "", s.basic_pay]
        for s in list_staff(ctx)
    ]
    write_xlsx(path, list(STAFF_HEADER), rows, sheet_title="staff")
    log.info("exported %d staff to %s", len(rows), path)
    return len(rows)
