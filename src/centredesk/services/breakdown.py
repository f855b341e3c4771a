"""One doctor's month as the appraisal slip shows it: figures, breakdown, events, comments."""

import json
import logging
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from centredesk.model.appraisal import Event, ReviewRow, review_month
from centredesk.model.equivalents import BreakdownLine
from centredesk.model.months import Month
from centredesk.services.context import Context
from centredesk.services.errors import Refused
from centredesk.services.month_data import doctor_months
from centredesk.services.months import SIGNED, month_status
from centredesk.services.policies import load_policy
from centredesk.storage.tables import Comment, Staff, StoredReviewRow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CommentNote:
    """A doctor's comment on their month, as the slip prints it."""

    at: datetime
    author: str
    text: str
    resolved: bool


@dataclass(frozen=True)
class DoctorBreakdown:
    """A doctor's month as the slip prints it; a signed month's exactly as it was signed.

    `lines` is None for a month signed before breakdowns were stored with the signature.
    """

    row: ReviewRow
    post_name: str
    title_name: str
    lines: tuple[BreakdownLine, ...] | None
    events: tuple[Event, ...]
    signed: bool
    comments: tuple[CommentNote, ...] = ()

    @property
    def staff_no(self) -> str:
        return self.row.staff_no

    @property
    def month(self) -> Month:
        return self.row.month


def doctor_breakdown(ctx: Context, month: Month, staff_no: str) -> DoctorBreakdown:
    """The slip figures of one doctor-month; a doctor may only reach their own."""
    ctx.require_staff(staff_no)
    with ctx.database.reading() as session:
        return find_breakdown(month_breakdowns(session, month), month, staff_no)


def find_breakdown(
    breakdowns: list[DoctorBreakdown], month: Month, staff_no: str
) -> DoctorBreakdown:
    """The breakdown of `staff_no`; Refused when they have no review row in the month."""
    for breakdown in breakdowns:
        if breakdown.staff_no == staff_no:
            return breakdown
    raise Refused(f"{staff_no} has no appraisal in {month} (not employed, or not appraised)")


def month_breakdowns(session: Session, month: Month) -> list[DoctorBreakdown]:
    """Every doctor's breakdown of the month, sorted by staff number, without access checks."""
    if month_status(session, month) == SIGNED:
        breakdowns = stored_breakdowns(session, month)
    else:
        breakdowns = computed_breakdowns(session, month)

    comments = month_comments(session, month)
    return [replace(b, comments=comments.get(b.staff_no, ())) for b in breakdowns]


def computed_breakdowns(session: Session, month: Month) -> list[DoctorBreakdown]:
    """The breakdowns of an unsigned month, from its data as it is now."""
    policy = load_policy(session, month.year)
    data = {item.doctor.staff_no: item for item in doctor_months(session, month, policy)}
    review = review_month(policy, month, [item.doctor for item in data.values()])
    return [
        DoctorBreakdown(
            row=row,
            post_name=data[row.staff_no].doctor.post.name,
            title_name=data[row.staff_no].doctor.title.name,
            lines=data[row.staff_no].equivalents.lines,
            events=data[row.staff_no].doctor.events,
            signed=False,
        )
        for row in review.rows
    ]


def signing_details(session: Session, month: Month) -> dict[str, dict]:
    """What a signature stores beside each review row, so the slip never recomputes it."""
    return {
        breakdown.staff_no: {
            "post_name": breakdown.post_name,
            "title_name": breakdown.title_name,
            "breakdown": [_line_record(line) for line in breakdown.lines or ()],
            "events": [_event_record(event) for event in breakdown.events],
        }
        for breakdown in computed_breakdowns(session, month)
    }


def stored_breakdowns(session: Session, month: Month) -> list[DoctorBreakdown]:
    """A signed month's breakdowns, read back from the records stored when it was signed."""
    texts = session.scalars(
        select(StoredReviewRow.record).where(StoredReviewRow.month == str(month))
    )
    breakdowns = [_stored(json.loads(text)) for text in texts]
    return sorted(breakdowns, key=lambda breakdown: breakdown.staff_no)


def month_comments(session: Session, month: Month) -> dict[str, tuple[CommentNote, ...]]:
    """The doctors' comments on the month, oldest first, by staff number."""
    query = (
        select(Staff.staff_no, Comment)
        .join(Staff, Staff.id == Comment.staff_id)
        .where(Comment.month == str(month))
        .order_by(Comment.at, Comment.id)
    )
    comments: dict[str, list[CommentNote]] = {}
    for staff_no, comment in session.execute(query):
        note = CommentNote(comment.at, comment.author, comment.text, comment.resolved)
        comments.setdefault(staff_no, []).append(note)
    return {staff_no: tuple(notes) for staff_no, notes in comments.items()}


def _stored(record: dict) -> DoctorBreakdown:
    row = ReviewRow.from_record(record)
    lines = record.get("breakdown")
    return DoctorBreakdown(
        row=row,
        post_name=record.get("post_name", row.post),
        title_name=record.get("title_name", row.title),
        lines=None if lines is None else tuple(_line_from(item) for item in lines),
        events=tuple(_event_from(item) for item in record.get("events", ())),
        signed=True,
    )


def _line_record(line: BreakdownLine) -> dict:
    return {
        "item": line.item,
        "name": line.name,
        "category": line.category,
        "count": line.count,
        "equivalents": str(line.equivalents),
        "coefficient": str(line.coefficient),
        "is_bonus": line.is_bonus,
    }


def _line_from(record: dict) -> BreakdownLine:
    return BreakdownLine(
        item=record["item"],
        name=record["name"],
        category=record["category"],
        count=record["count"],
        equivalents=Decimal(record["equivalents"]),
        coefficient=Decimal(record["coefficient"]),
        is_bonus=record["is_bonus"],
    )


def _event_record(event: Event) -> dict:
    return {
        "day": event.day.isoformat(),
        "kind": event.kind,
        "error": event.error,
        "note": event.note,
    }


def _event_from(record: dict) -> Event:
    return Event(date.fromisoformat(record["day"]), record["kind"], record["error"], record["note"])
