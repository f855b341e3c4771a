"""A doctor's month of workload in detail (the drill-down), and a month as a wide file."""

import logging
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from centredesk.model.equivalents import Count, month_equivalents
from centredesk.model.months import Month
from centredesk.model.workload_grid import DayLine, day_lines
from centredesk.services.breakdown import DoctorBreakdown, month_breakdowns
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, DOCTOR, Context
from centredesk.services.errors import Refused
from centredesk.services.month_data import load_catalogue
from centredesk.services.policies import load_policy
from centredesk.storage import tables as t

log = logging.getLogger(__name__)

WIDE_HEADER = ("date", "staff_no", "name")


@dataclass(frozen=True)
class DrillDown:
    """A doctor-month day by day: count × equivalents × coefficient = subtotal per line.

    `equivalents` and `bonus` are the review's own sums of these lines; `review` is the
    doctor's review row and slip breakdown (None: no appraisal that month).
    """

    month: Month
    staff_no: str
    name: str
    lines: tuple[DayLine, ...]
    equivalents: Decimal
    bonus: Decimal
    review: DoctorBreakdown | None

    @property
    def matches_review(self) -> bool:
        """Whether the lines add up to the review's (for a signed month: the signed) figures."""
        if self.review is None:
            return True
        row = self.review.row
        return (row.equivalents, row.bonus_equivalents) == (self.equivalents, self.bonus)


def doctor_drilldown(ctx: Context, month: Month, staff_no: str) -> DrillDown:
    """Every day and item of a doctor's month, priced as the review and the slip price them."""
    ctx.require(ADMINISTRATOR, DIRECTOR, DOCTOR)
    ctx.require_staff(staff_no)
    with ctx.database.reading() as session:
        staff = session.scalar(select(t.Staff).where(t.Staff.staff_no == staff_no))
        if staff is None:
            raise Refused(f"unknown staff number {staff_no}")
        policy = load_policy(session, month.year)
        catalogue = load_catalogue(session)
        counts = _doctor_counts(session, month, staff.id, catalogue.codes_by_id)
        review = _review_of(session, month, staff_no)

    totals = month_equivalents(counts, catalogue.items, policy)
    lines = tuple(day_lines(counts, catalogue.items, policy))
    return DrillDown(month, staff_no, staff.name, lines, totals.equivalents, totals.bonus, review)


def _doctor_counts(
    session: Session, month: Month, staff_id: int, codes: dict[int, str]
) -> list[Count]:
    entry = t.WorkloadEntry
    query = (
        select(entry.day, entry.item_id, entry.count)
        .where(entry.staff_id == staff_id, entry.day.between(month.first_day, month.last_day))
        .order_by(entry.day, entry.item_id)
    )
    return [Count(day, codes[item_id], count) for day, item_id, count in session.execute(query)]


def _review_of(session: Session, month: Month, staff_no: str) -> DoctorBreakdown | None:
    breakdowns = month_breakdowns(session, month)
    return next((b for b in breakdowns if b.staff_no == staff_no), None)


def export_month_wide(ctx: Context, month: Month, path: Path) -> int:
    """Write a month's workload in the wide format (.xlsx, or .csv by the name); returns rows.

    One row per doctor-day with entries, one column per item used in the month, a blank cell
    for no entry: importing the file back changes nothing.
    """
    ctx.require(ADMINISTRATOR, DIRECTOR)
    # openpyxl takes a third of a second to import: only an export needs it.
    from centredesk.files.writers import write_csv, write_xlsx

    with ctx.database.reading() as session:
        codes, rows = _wide_rows(session, month)
    header = (*WIDE_HEADER, *codes)
    path = Path(path)
    if path.suffix.lower() == ".csv":
        write_csv(path, header, rows)
    else:
        write_xlsx(path, header, rows, sheet_title=str(month))
    log.info("exported %d doctor-days of workload of %s to %s", len(rows), month, path)
    return len(rows)


def _wide_rows(session: Session, month: Month) -> tuple[list[str], list[list]]:
    """The item codes used in the month, in the catalogue's order, and a row per doctor-day."""
    entry = t.WorkloadEntry
    query = (
        select(entry.day, t.Staff.staff_no, t.Staff.name, entry.item_id, t.Item.code, entry.count)
        .join(t.Staff, t.Staff.id == entry.staff_id)
        .join(t.Item, t.Item.id == entry.item_id)
        .where(entry.day.between(month.first_day, month.last_day))
        .order_by(entry.day, t.Staff.staff_no)
    )
    days: dict[tuple, dict[str, int]] = {}
    used: dict[int, str] = {}
    for day, staff_no, name, item_id, code, count in session.execute(query):
        days.setdefault((day, staff_no, name), {})[code] = count
        used[item_id] = code
    codes = [used[item_id] for item_id in sorted(used)]
    rows = [[*key, *(counts.get(code) for code in codes)] for key, counts in days.items()]
    return codes, rows
