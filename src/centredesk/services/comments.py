"""Comments on a doctor's month: the doctor's remark or disagreement, resolved by the office.

A comment may be added at any time, a signed month included (SPEC §3); open comments are shown
to the director at sign-off.
"""

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from centredesk.model.months import Month
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, DOCTOR, Context, audit
from centredesk.services.errors import Refused
from centredesk.storage.tables import Comment, Staff

log = logging.getLogger(__name__)

MAX_COMMENT_LENGTH = 2000


@dataclass(frozen=True)
class CommentView:
    """A comment with the doctor it is about."""

    id: int
    month: Month
    staff_no: str
    staff_name: str
    author: str
    at: datetime
    text: str
    resolved: bool


def add_comment(ctx: Context, month: Month, staff_no: str, text: str) -> CommentView:
    """Comment on one doctor's month; a doctor may comment only on their own."""
    ctx.require(ADMINISTRATOR, DIRECTOR, DOCTOR)
    ctx.require_staff(staff_no)
    text = _checked_text(text)
    with ctx.database.transaction() as session:
        staff = session.scalar(select(Staff).where(Staff.staff_no == staff_no))
        if staff is None:
            raise Refused(f"there is no staff member with the number {staff_no}")
        comment = Comment(
            month=str(month),
            staff_id=staff.id,
            author=ctx.actor.name,
            at=datetime.now().replace(microsecond=0),
            text=text,
            resolved=False,
        )
        session.add(comment)
        session.flush()
        audit(session, ctx.actor, "comment added", f"{month} {staff_no}", None, {"text": text})
        view = _view(comment, staff)
    log.info("comment on %s of %s added by %s", month, staff_no, ctx.actor.name)
    return view


def list_comments(
    ctx: Context,
    month: Month | None = None,
    staff_no: str | None = None,
    open_only: bool = False,
) -> list[CommentView]:
    """Comments, oldest first; a doctor sees only those on their own months."""
    ctx.require(ADMINISTRATOR, DIRECTOR, DOCTOR)
    if staff_no is not None:
        ctx.require_staff(staff_no)
    elif ctx.actor.role == DOCTOR:
        staff_no = ctx.actor.staff_no or ""

    query = select(Comment, Staff).join(Staff, Comment.staff_id == Staff.id)
    if month is not None:
        query = query.where(Comment.month == str(month))
    if staff_no is not None:
        query = query.where(Staff.staff_no == staff_no)
    if open_only:
        query = query.where(Comment.resolved.is_(False))
    with ctx.database.reading() as session:
        rows = session.execute(query.order_by(Comment.at, Comment.id))
        return [_view(comment, staff) for comment, staff in rows]


def resolve_comment(ctx: Context, comment_id: int) -> CommentView:
    """Mark a comment dealt with; it stays listed, no longer as open."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.transaction() as session:
        comment = session.get(Comment, comment_id)
        if comment is None:
            raise Refused(f"there is no comment {comment_id}")
        if comment.resolved:
            raise Refused(f"comment {comment_id} is resolved already")
        comment.resolved = True
        staff = session.get(Staff, comment.staff_id)
        target = f"{comment.month} {staff.staff_no}"
        before, after = {"resolved": False}, {"resolved": True}
        audit(session, ctx.actor, "comment resolved", target, before, after)
        view = _view(comment, staff)
    log.info("comment %s on %s resolved by %s", comment_id, target, ctx.actor.name)
    return view


def _checked_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise Refused("a comment needs some text")
    if len(text) > MAX_COMMENT_LENGTH:
        raise Refused(f"a comment may have at most {MAX_COMMENT_LENGTH} characters")
    return text


def _view(comment: Comment, staff: Staff) -> CommentView:
    return CommentView(
        comment.id,
        Month.parse(comment.month),
        staff.staff_no,
        staff.name,
        comment.author,
        comment.at,
        comment.text,
        comment.resolved,
    )
