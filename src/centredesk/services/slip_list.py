"""Whose appraisal slips of a month a user may open: everyone's, or a doctor's own."""

from dataclasses import dataclass

from centredesk.model.appraisal import ReviewRow
from centredesk.model.months import Month
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, DOCTOR, Context
from centredesk.services.months import SIGNED, month_status
from centredesk.services.review import month_review


@dataclass(frozen=True)
class MonthSlips:
    """The doctors with a slip in a month, and whether the month is signed (else DRAFT)."""

    month: Month
    signed: bool
    rows: tuple[ReviewRow, ...]


def month_slips(ctx: Context, month: Month) -> MonthSlips:
    """The review rows of `month` whose slips the user may open; a doctor has only their own."""
    ctx.require(ADMINISTRATOR, DIRECTOR, DOCTOR)
    with ctx.database.reading() as session:
        signed = month_status(session, month) == SIGNED
        rows = month_review(session, month).rows
    if ctx.actor.role == DOCTOR and not ctx.actor.is_local:
        rows = tuple(row for row in rows if row.staff_no == ctx.actor.staff_no)
    return MonthSlips(month, signed, rows)
