"""One doctor's months side by side: what the doctor's own home screen charts."""

from sqlalchemy.orm import Session

from centredesk.model.appraisal import ReviewRow
from centredesk.model.months import Month
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, DOCTOR, Context
from centredesk.services.policies import policy_years
from centredesk.services.review import month_review


def doctor_history(
    ctx: Context, staff_no: str, until: Month, count: int = 12
) -> list[tuple[Month, ReviewRow | None]]:
    """The doctor's review row in each of the `count` months ending `until`, oldest first.

    A month without a row (not employed, not appraised, no policy for its year) gives None.
    """
    ctx.require(ADMINISTRATOR, DIRECTOR, DOCTOR)
    ctx.require_staff(staff_no)
    months = [until]
    while len(months) < count:
        months.append(months[-1].previous())
    with ctx.database.reading() as session:
        years = set(policy_years(session))
        return [(month, _row(session, month, staff_no, years)) for month in reversed(months)]


def _row(session: Session, month: Month, staff_no: str, years: set[int]) -> ReviewRow | None:
    if month.year not in years:
        return None
    rows = month_review(session, month).rows
    return next((row for row in rows if row.staff_no == staff_no), None)
