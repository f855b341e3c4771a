"""The duty roster: a staff × day grid of shift codes, with leave shown where it is recorded.

Limitation: the roster holds one shift per staff member per day. Shifts themselves are not
part of the appraisal, so a signed month's roster may still change; leave may not.
"""

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from centredesk.model.calendar import WorkCalendar
from centredesk.model.months import Month
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context, audit
from centredesk.services.errors import Refused
from centredesk.services.leave import Clash, cut_leave, months_between
from centredesk.services.months import mark_changed, refuse_signed, signed_months
from centredesk.services.policies import load_policy, policy_years
from centredesk.services.shift_codes import ShiftCodeView, code_view, codes_by_text
from centredesk.services.staff import assignments_in_order
from centredesk.storage import tables as t

log = logging.getLogger(__name__)

MAX_DAYS = 62
MAX_WEEKS = 52
MAX_PROBLEMS_SHOWN = 10

# Told (done, total) as work goes on; answers False to stop it, changing nothing.
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class RosterCell:
    """One staff member's day: the code shown, whether it is leave, and what lies beneath.

    `clash` is a work shift rostered on a day of leave (leave imported over a roster);
    `employed` is False before the start or after the end of employment.
    """

    code: str = ""
    leave: bool = False
    clash: str = ""
    employed: bool = True


@dataclass(frozen=True)
class RosterRow:
    """One staff member's line of the roster."""

    staff_no: str
    name: str
    post_name: str
    cells: tuple[RosterCell, ...]


@dataclass(frozen=True)
class Roster:
    """The roster of the days `days`, with the codes to show and the working days to mark."""

    days: tuple[date, ...]
    working_days: frozenset[date]
    signed: frozenset[Month]
    rows: tuple[RosterRow, ...]
    codes: tuple[ShiftCodeView, ...]

    def code(self, text: str) -> ShiftCodeView | None:
        return next((code for code in self.codes if code.code == text), None)


@dataclass(frozen=True)
class ShiftChange:
    """Put `code` on a staff member's day; an empty code clears the day."""

    staff_no: str
    day: date
    code: str


def week_of(day: date) -> date:
    """The Monday of the week holding `day`."""
    return day - timedelta(days=day.weekday())


# --- reading -------------------------------------------------------------------------------


def roster(ctx: Context, first: date, last: date) -> Roster:
    """The roster from `first` to `last` (at most 62 days) of everyone employed in it."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    _refuse_bad_period(first, last)
    with ctx.database.reading() as session:
        return build_roster(session, first, last)


def build_roster(session: Session, first: date, last: date) -> Roster:
    days = tuple(first + timedelta(days=n) for n in range((last - first).days + 1))
    codes = {row.id: code_view(row) for row in session.scalars(select(t.ShiftCode))}
    shifts = _shifts(session, first, last)
    leave = _leave(session, first, last)
    rows = tuple(
        _row(staff, days, codes, shifts, leave) for staff in _staff_in(session, first, last)
    )
    calendars = _calendars(session, days)
    return Roster(
        days,
        frozenset(day for day in days if calendars[day.year].is_working_day(day)),
        frozenset(signed_months(session) & set(months_between(first, last))),
        rows,
        tuple(codes.values()),
    )


def _staff_in(session: Session, first: date, last: date) -> list[t.Staff]:
    return list(
        session.scalars(
            select(t.Staff)
            .where(t.Staff.start <= last, t.Staff.end.is_(None) | (t.Staff.end >= first))
            .options(selectinload(t.Staff.assignments).selectinload(t.Assignment.post))
            .order_by(t.Staff.staff_no)
        )
    )


def _shifts(session: Session, first: date, last: date) -> dict[tuple[int, date], int]:
    query = select(t.RosterShift.staff_id, t.RosterShift.day, t.RosterShift.shift_code_id)
    rows = session.execute(query.where(t.RosterShift.day.between(first, last)))
    return {(staff_id, day): code_id for staff_id, day, code_id in rows}


def _leave(session: Session, first: date, last: date) -> dict[int, list[t.Leave]]:
    query = select(t.Leave).where(t.Leave.start <= last, t.Leave.end >= first)
    leave: dict[int, list[t.Leave]] = {}
    for row in session.scalars(query.order_by(t.Leave.id)):
        leave.setdefault(row.staff_id, []).append(row)
    return leave


def _row(staff: t.Staff, days, codes, shifts, leave) -> RosterRow:
    cells = []
    for day in days:
        code = codes.get(shifts.get((staff.id, day)))
        on_leave = [row for row in leave.get(staff.id, []) if row.start <= day <= row.end]
        employed = staff.start <= day and (staff.end is None or day <= staff.end)
        if on_leave:
            clash = code.code if code and code.is_work else ""
            cells.append(RosterCell(on_leave[-1].kind, True, clash, employed))
        else:
            cells.append(RosterCell(code.code if code else "", False, "", employed))
    return RosterRow(staff.staff_no, staff.name, _post_name(staff, days[-1]), tuple(cells))


def _post_name(staff: t.Staff, day: date) -> str:
    ordered = assignments_in_order(staff)
    in_force = [a for a in ordered if a.effective is None or a.effective <= day]
    assignment = (in_force or ordered)[-1] if ordered else None
    return assignment.post.name if assignment else ""


def _calendars(session: Session, days: Sequence[date]) -> dict[int, WorkCalendar]:
    """The working-day rules of the days' years, from their policies (else Monday to Friday)."""
    known = set(policy_years(session))
    return {
        year: load_policy(session, year).calendar if year in known else WorkCalendar()
        for year in {day.year for day in days}
    }


def _refuse_bad_period(first: date, last: date) -> None:
    if last < first:
        raise Refused("the roster's last day is before its first")
    if (last - first).days >= MAX_DAYS:
        raise Refused(f"a roster shows at most {MAX_DAYS} days")


# --- changing ------------------------------------------------------------------------------


def apply_shifts(ctx: Context, changes: Sequence[ShiftChange]) -> list[Clash]:
    """Put codes on days, all or nothing; returns the work shifts a leave code replaced.

    A leave code records a day of leave; any other code (or none) on a day of leave takes
    that day out of the leave. Either is refused in a signed month.
    """
    ctx.require(ADMINISTRATOR)
    if not changes:
        return []
    with ctx.database.transaction() as session:
        codes = codes_by_text(session)
        staff = _staff_by_number(session, {change.staff_no for change in changes})
        _refuse_problems(_change_problems(changes, codes, staff))
        batch = _Batch(session, changes, staff, codes)
        leave_months = batch.leave_months(changes)
        refuse_signed(session, leave_months, "leave")

        clashes = [clash for change in changes for clash in batch.apply(change)]
        mark_changed(session, leave_months, ctx.actor)
        audit(session, ctx.actor, "roster changed", f"{len(changes)} days", None, _shown(changes))
    log.info("roster: %d days changed by %s", len(changes), ctx.actor.name)
    return clashes


def _staff_by_number(session: Session, numbers: set[str]) -> dict[str, t.Staff]:
    rows = session.scalars(select(t.Staff).where(t.Staff.staff_no.in_(numbers)))
    return {row.staff_no: row for row in rows}


def _change_problems(changes, codes, staff) -> list[str]:
    problems = []
    for change in changes:
        person = staff.get(change.staff_no)
        code = codes.get(change.code.strip().casefold()) if change.code.strip() else None
        if person is None:
            problems.append(f"unknown staff number {change.staff_no}")
        elif not (person.start <= change.day and (person.end is None or change.day <= person.end)):
            problems.append(f"{person.name} ({person.staff_no}) is not employed on {change.day}")
        if change.code.strip() and (code is None or code.retired):
            problems.append(f"{change.code} is not one of the current shift codes")
    return problems


def _refuse_problems(problems: list[str]) -> None:
    if problems:
        unique = list(dict.fromkeys(problems))
        more = len(unique) - MAX_PROBLEMS_SHOWN
        shown = "; ".join(unique[:MAX_PROBLEMS_SHOWN])
        raise Refused(shown + (f"; and {more} more" if more > 0 else ""))


class _Batch:
    """The shifts and leave one `apply_shifts` may change, read once for the whole batch."""

    def __init__(self, session: Session, changes: Sequence[ShiftChange], staff, codes) -> None:
        self.session = session
        self.staff = staff
        self.codes = codes
        days = [change.day for change in changes]
        self.first, self.last = min(days), max(days)
        ids = [person.id for person in staff.values()]
        shifts = select(t.RosterShift).where(
            t.RosterShift.staff_id.in_(ids), t.RosterShift.day.between(self.first, self.last)
        )
        self.shifts = {(row.staff_id, row.day): row for row in session.scalars(shifts)}
        self.leave = {staff_id: self._read_leave(staff_id) for staff_id in ids}

    def _read_leave(self, staff_id: int) -> list[t.Leave]:
        query = select(t.Leave).where(
            t.Leave.staff_id == staff_id, t.Leave.start <= self.last, t.Leave.end >= self.first
        )
        return list(self.session.scalars(query.order_by(t.Leave.id)))

    def code(self, change: ShiftChange):
        return self.codes.get(change.code.strip().casefold()) if change.code.strip() else None

    def leave_on(self, staff_id: int, day: date) -> t.Leave | None:
        covering = [row for row in self.leave[staff_id] if row.start <= day <= row.end]
        return covering[-1] if covering else None

    def leave_months(self, changes: Sequence[ShiftChange]) -> set[Month]:
        """The months whose leave the changes touch: leave put on a day, or taken off one."""
        months = set()
        for change in changes:
            code = self.code(change)
            current = self.leave_on(self.staff[change.staff_no].id, change.day)
            puts_leave = code is not None and code.is_leave
            if current is not None and puts_leave and current.kind == code.code:
                continue
            if puts_leave or current is not None:
                months.add(Month.of(change.day))
        return months

    def apply(self, change: ShiftChange) -> list[Clash]:
        person, code = self.staff[change.staff_no], self.code(change)
        current = self.leave_on(person.id, change.day)
        if code is not None and code.is_leave:
            if current is not None and current.kind == code.code:
                return []
            replaced = self._set_shift(person, change.day, None)
            self._cut_leave(person.id, change.day)
            self.session.add(
                t.Leave(staff_id=person.id, start=change.day, end=change.day, kind=code.code)
            )
            self.session.flush()
            self.leave[person.id] = self._read_leave(person.id)
            return replaced
        if current is not None:
            self._cut_leave(person.id, change.day)
        self._set_shift(person, change.day, code)
        return []

    def _cut_leave(self, staff_id: int, day: date) -> None:
        cut_leave(self.session, staff_id, day, day)
        self.leave[staff_id] = self._read_leave(staff_id)

    def _set_shift(self, person: t.Staff, day: date, code) -> list[Clash]:
        """Put `code` (None: nothing) on the day; returns the work shift it replaced, if any."""
        row = self.shifts.get((person.id, day))
        if row is None:
            if code is not None:
                self.shifts[(person.id, day)] = t.RosterShift(
                    staff_id=person.id, day=day, shift_code_id=code.id
                )
                self.session.add(self.shifts[(person.id, day)])
            return []
        if code is not None:
            row.shift_code_id = code.id
            return []
        old = self.session.get(t.ShiftCode, row.shift_code_id)
        self.session.delete(row)
        del self.shifts[(person.id, day)]
        if old.is_leave or old.is_rest:
            return []
        return [Clash(person.staff_no, person.name, day, old.code)]


def _shown(changes: Sequence[ShiftChange]) -> list[str]:
    return [f"{change.staff_no} {change.day} {change.code or '-'}" for change in changes]


# --- copying a week ------------------------------------------------------------------------


def copy_week(ctx: Context, monday: date, weeks: int = 1, progress: Progress | None = None) -> int:
    """Repeat the week from `monday` over the next `weeks` weeks; returns the days changed.

    The following weeks become a copy of the week's shifts. Days of leave, public holidays
    and days outside a staff member's employment keep what they have. `progress(done, total)`
    hears of each staff member done; when it answers False nothing is changed.
    """
    ctx.require(ADMINISTRATOR)
    if not 1 <= weeks <= MAX_WEEKS:
        raise Refused(f"a week can be repeated over 1 to {MAX_WEEKS} weeks")
    monday = week_of(monday)
    first, last = monday + timedelta(days=7), monday + timedelta(days=7 * weeks + 6)

    with ctx.database.transaction() as session:
        pattern = {
            (staff_id, day.weekday()): code_id
            for (staff_id, day), code_id in _shifts(session, monday, monday + timedelta(6)).items()
        }
        kept = _kept_days(session, first, last)
        changed = _copy_pattern(session, pattern, kept, (first, last), progress)
        target = f"week of {monday} over {weeks} weeks"
        audit(session, ctx.actor, "roster week copied", target, None, {"days": changed})
    log.info("roster: week of %s copied over %d weeks by %s", monday, weeks, ctx.actor.name)
    return changed


def _kept_days(session: Session, first: date, last: date) -> set[tuple[int, date]]:
    """The staff days a copied week leaves alone: leave, holidays, outside employment."""
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    calendars = _calendars(session, days)
    holidays = {
        day for day in days if day.weekday() < 5 and not calendars[day.year].is_working_day(day)
    }
    kept = set()
    for staff in _staff_in(session, first, last):
        for day in days:
            employed = staff.start <= day and (staff.end is None or day <= staff.end)
            if not employed or day in holidays:
                kept.add((staff.id, day))
    for staff_id, rows in _leave(session, first, last).items():
        kept.update((staff_id, day) for row in rows for day in days if row.start <= day <= row.end)
    return kept


def _copy_pattern(session: Session, pattern, kept, period, progress) -> int:
    first, last = period
    existing = {
        (row.staff_id, row.day): row
        for row in session.scalars(
            select(t.RosterShift).where(t.RosterShift.day.between(first, last))
        )
    }
    staff_ids = [staff.id for staff in _staff_in(session, first, last)]
    changed = 0
    for done, staff_id in enumerate(staff_ids, start=1):
        for offset in range((last - first).days + 1):
            day = first + timedelta(days=offset)
            if (staff_id, day) in kept:
                continue
            changed += _copy_day(session, existing.get((staff_id, day)), staff_id, day, pattern)
        if progress is not None and not progress(done, len(staff_ids)):
            raise Refused("the copy was cancelled: the roster is as it was")
    return changed


def _copy_day(session: Session, row, staff_id: int, day: date, pattern) -> int:
    wanted = pattern.get((staff_id, day.weekday()))
    if row is None and wanted is None:
        return 0
    if row is None:
        session.add(t.RosterShift(staff_id=staff_id, day=day, shift_code_id=wanted))
    elif wanted is None:
        session.delete(row)
    elif row.shift_code_id != wanted:
        row.shift_code_id = wanted
    else:
        return 0
    return 1


# --- export --------------------------------------------------------------------------------

HEADINGS = ("staff_no", "name", "post")


def export_roster(
    ctx: Context, path: Path, first: date, last: date, headings: Sequence[str] = HEADINGS
) -> int:
    """Write the roster as an .xlsx sheet, one row per staff member; returns the row count."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    from centredesk.files.writers import write_xlsx

    shown = roster(ctx, first, last)
    header = [*headings, *(day.isoformat() for day in shown.days)]
    rows = [
        [row.staff_no, row.name, row.post_name, *(cell.code for cell in row.cells)]
        for row in shown.rows
    ]
    write_xlsx(Path(path), header, rows, sheet_title="roster")
    log.info("roster %s to %s exported to %s", first, last, path)
    return len(rows)
