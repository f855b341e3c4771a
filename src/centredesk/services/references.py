"""What an import checks its rows against: staff, items, posts, titles, years, signed months."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from centredesk.files.problems import Located, Problem
from centredesk.model.months import Month
from centredesk.services.months import signed_months
from centredesk.services.policies import policy_years
from centredesk.storage import tables as t


@dataclass(frozen=True)
class StaffRef:
    id: int
    start: date
    end: date | None

    def employed_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


class References:
    """Lookups loaded once per import, and the problems found with them."""

    def __init__(self, session: Session) -> None:
        self.staff = {
            row.staff_no: StaffRef(row.id, row.start, row.end)
            for row in session.execute(
                select(t.Staff.staff_no, t.Staff.id, t.Staff.start, t.Staff.end)
            )
        }
        self.items = {code: id_ for code, id_ in session.execute(select(t.Item.code, t.Item.id))}
        self.years = set(policy_years(session))
        self.signed = signed_months(session)
        self.problems: list[Problem] = []

    def staff_ref(self, record: Located, staff_no: str) -> StaffRef | None:
        ref = self.staff.get(staff_no)
        if ref is None:
            self.problems.append(record.problem("staff_no", "unknown staff number", staff_no))
        return ref

    def item_id(self, record: Located, code: str, column: str = "item_code") -> int | None:
        item_id = self.items.get(code)
        if item_id is None:
            self.problems.append(record.problem(column, "unknown item code", code))
        return item_id

    def check_day(
        self, record: Located, day: date, staff: StaffRef | None, column: str = "date"
    ) -> bool:
        """A day inside a policy year, an unsigned month and the staff member's employment."""
        month = Month.of(day)
        reason = None
        if day.year not in self.years:
            reason = f"outside every policy year (there is no policy for {day.year})"
        elif month in self.signed:
            reason = f"{month} is signed; reopen it before changing its data"
        elif staff is not None and not staff.employed_on(day):
            reason = "outside the staff member's employment"
        if reason:
            self.problems.append(record.problem(column, reason, day))
        return reason is None

    def check_month(self, record: Located, month: Month, column: str = "month") -> bool:
        reason = None
        if month.year not in self.years:
            reason = f"outside every policy year (there is no policy for {month.year})"
        elif month in self.signed:
            reason = f"{month} is signed; reopen it before changing its data"
        if reason:
            self.problems.append(record.problem(column, reason, month))
        return reason is None
