"""Daily workload entry: the grid of a day or of a doctor's month, and saving its counts.

The screen loads a month once (`month_setup`: items, their values per day, staff and their
lines) and then each grid (`day_grid`, `month_grid`) with one indexed query of its entries.
Every save is one transaction with its audit entry; a signed month refuses it.
"""

import logging
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.orm import Session

from centredesk.model.appraisal import Lines, doctor_lines
from centredesk.model.doctor_month import StaffRecord, doctor_month
from centredesk.model.months import Month
from centredesk.model.numbers import to_decimal
from centredesk.model.policy import Policy
from centredesk.model.workload_grid import (
    DEFAULT_DAILY_MAXIMUM,
    RowEquivalents,
    priced_counts,
    row_equivalents,
    unit_values,
)
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context, audit
from centredesk.services.errors import Refused
from centredesk.services.month_data import (
    Catalogue,
    employed_records,
    load_catalogue,
    month_counts,
    month_leave,
)
from centredesk.services.months import SIGNED, mark_changed, month_status, refuse_signed
from centredesk.services.policies import load_policy, policy_years
from centredesk.services.settings import setting_value
from centredesk.storage import tables as t
from centredesk.storage.bulk import delete_where, upsert

log = logging.getLogger(__name__)

# Kinds of Lock: why cells cannot change.
SIGNED_MONTH = "signed"
NO_POLICY = "no_policy"
READ_ONLY = "read_only"
NOT_EMPLOYED = "not_employed"
INACTIVE_ITEM = "inactive_item"
NO_VALUE = "no_value"


@dataclass(frozen=True)
class Lock:
    """Why cells cannot be changed: `kind` (one of the kinds above) and what it concerns."""

    kind: str
    detail: str = ""

    def __str__(self) -> str:
        return {
            SIGNED_MONTH: f"{self.detail} is signed: its workload cannot change until the month "
            "is reopened",
            NO_POLICY: f"there is no policy for {self.detail}; import one first",
            READ_ONLY: "only the administrator enters workload",
            NOT_EMPLOYED: f"not employed on {self.detail}",
            INACTIVE_ITEM: f"{self.detail} is no longer in use",
            NO_VALUE: f"{self.detail} has no equivalents in force on this day",
        }[self.kind]


@dataclass(frozen=True)
class GridItem:
    """A service item as a column of the grid."""

    code: str
    name: str
    category: str
    is_bonus: bool
    active: bool


@dataclass(frozen=True)
class StaffEntry:
    """A staff member employed in the month, with what the grid needs of them."""

    id: int
    staff_no: str
    name: str
    record: StaffRecord

    def employed_on(self, day: date) -> bool:
        return self.record.employment.contains(day)


@dataclass(frozen=True)
class MonthSetup:
    """What every grid of a month shares, read once: items, values per day, staff, lines."""

    month: Month
    lock: Lock | None
    maximum: int
    items: tuple[GridItem, ...]
    catalogue: Catalogue
    units: Mapping[date, Mapping[str, Decimal]]
    staff: tuple[StaffEntry, ...]
    lines: Mapping[str, Lines]
    working_days: frozenset[date] = frozenset()
    policy: Policy | None = None

    @cached_property
    def bonus_items(self) -> frozenset[str]:
        return frozenset(item.code for item in self.items if item.is_bonus)

    @property
    def doctors(self) -> tuple[StaffEntry, ...]:
        """The appraised doctors of the month: those with lines."""
        return tuple(staff for staff in self.staff if staff.staff_no in self.lines)

    def staff_member(self, staff_no: str) -> StaffEntry:
        for staff in self.staff:
            if staff.staff_no == staff_no:
                return staff
        raise Refused(f"{staff_no} is not employed in {self.month}")


@dataclass(frozen=True)
class GridRow:
    """One row of the grid: a doctor's day, with its counts and what each item is worth."""

    day: date
    staff_no: str
    name: str
    counts: Mapping[str, int]
    units: Mapping[str, Decimal]
    lock: Lock | None = None
    working_day: bool = True


@dataclass(frozen=True)
class WorkloadGrid:
    """A day as doctors × items, or a doctor's month as days × items.

    `elsewhere` holds, per staff number, the equivalents of the doctor's month outside these
    rows, so that the month to date can follow what is typed.
    """

    setup: MonthSetup
    items: tuple[GridItem, ...]
    rows: tuple[GridRow, ...]
    elsewhere: Mapping[str, RowEquivalents] = field(default_factory=dict)
    day: date | None = None
    staff_no: str | None = None

    @property
    def lock(self) -> Lock | None:
        return self.setup.lock


@dataclass(frozen=True)
class CountChange:
    """A cell's new count: `count` services of an item by a doctor on a day (0: no entry)."""

    day: date
    staff_no: str
    item_code: str
    count: int


# --- reading -------------------------------------------------------------------------------


def month_setup(ctx: Context, month: Month) -> MonthSetup:
    """Everything the grids of `month` share, with the lock that applies to the whole month."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        policy = _policy_or_none(session, month.year)
        catalogue = load_catalogue(session)
        staff = tuple(
            StaffEntry(staff_id, record.staff_no, record.name, record)
            for staff_id, record in employed_records(session, month)
        )
        setup = MonthSetup(
            month=month,
            lock=_month_lock(ctx, session, month, policy),
            maximum=daily_maximum(session),
            items=_grid_items(session, catalogue, policy),
            catalogue=catalogue,
            units=_units(catalogue, policy, month),
            staff=staff,
            lines=_doctor_lines(session, policy, month, staff, catalogue),
            working_days=frozenset(policy.calendar.working_days(month)) if policy else frozenset(),
            policy=policy,
        )
    return setup


def month_grid(ctx: Context, setup: MonthSetup, staff_no: str) -> WorkloadGrid:
    """One doctor's month as days × items, read with one indexed query."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    staff = setup.staff_member(staff_no)
    month = setup.month
    entry = t.WorkloadEntry
    query = select(entry.day, entry.item_id, entry.count).where(
        entry.staff_id == staff.id, entry.day.between(month.first_day, month.last_day)
    )
    with ctx.database.reading() as session:
        found = _core(session, query)

    codes = setup.catalogue.codes_by_id
    counts: dict[date, dict[str, int]] = defaultdict(dict)
    for day, item_id, count in found:
        counts[day][codes[item_id]] = count
    rows = tuple(_month_row(setup, staff, day, counts.get(day, {})) for day in month.days())
    return WorkloadGrid(setup, _columns(setup, rows), rows, staff_no=staff_no)


def day_grid(ctx: Context, setup: MonthSetup, day: date) -> WorkloadGrid:
    """A day as the month's doctors × items, with each doctor's month outside that day."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    if not setup.month.contains(day):
        raise Refused(f"{day} is not in {setup.month}")
    entry = t.WorkloadEntry
    query = select(entry.staff_id, entry.item_id, entry.count).where(entry.day == day)
    with ctx.database.reading() as session:
        found = _core(session, query)
        month = _month_equivalents(session, setup)

    codes = setup.catalogue.codes_by_id
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    for staff_id, item_id, count in found:
        counts[staff_id][codes[item_id]] = count
    doctors = [staff for staff in setup.doctors if staff.employed_on(day)]
    rows = tuple(_day_row(setup, staff, day, counts.get(staff.id, {})) for staff in doctors)
    elsewhere = {
        row.staff_no: month.get(row.staff_no, RowEquivalents()) - _priced(setup, row)
        for row in rows
    }
    return WorkloadGrid(setup, _columns(setup, rows), rows, elsewhere, day=day)


def _core(session: Session, query) -> list:
    """Rows of a column query run as Core: the ORM adds nothing to plain columns but time."""
    return session.connection().execute(query).all()


def daily_maximum(session: Session) -> int:
    """The most services of one item a doctor may be credited with on one day (a setting)."""
    try:
        return int(to_decimal(setting_value(session, "daily_count_maximum")))
    except ValueError:
        return DEFAULT_DAILY_MAXIMUM


def _policy_or_none(session: Session, year: int) -> Policy | None:
    return load_policy(session, year) if year in policy_years(session) else None


def _month_lock(ctx: Context, session: Session, month: Month, policy: Policy | None):
    if month_status(session, month) == SIGNED:
        return Lock(SIGNED_MONTH, str(month))
    if policy is None:
        return Lock(NO_POLICY, str(month.year))
    if ctx.actor.role != ADMINISTRATOR and not ctx.actor.is_local:
        return Lock(READ_ONLY)
    return None


def _grid_items(
    session: Session, catalogue: Catalogue, policy: Policy | None
) -> tuple[GridItem, ...]:
    """Every item in the catalogue's order, the inactive ones included."""
    active = dict(session.execute(select(t.Item.code, t.Item.active)).all())
    ordered = [catalogue.codes_by_id[item_id] for item_id in sorted(catalogue.codes_by_id)]
    return tuple(
        GridItem(
            code=code,
            name=catalogue.items[code].name,
            category=catalogue.items[code].category,
            is_bonus=bool(policy and policy.is_bonus_category(catalogue.items[code].category)),
            active=active[code],
        )
        for code in ordered
    )


def _units(catalogue: Catalogue, policy: Policy | None, month: Month):
    if policy is None:
        return {day: {} for day in month.days()}
    items = list(catalogue.items.values())
    return {day: unit_values(items, policy, day) for day in month.days()}


def _doctor_lines(
    session: Session,
    policy: Policy | None,
    month: Month,
    staff: tuple[StaffEntry, ...],
    catalogue: Catalogue,
) -> dict[str, Lines]:
    """The target and lines of each appraised doctor, as the review computes them."""
    if policy is None:
        return {}
    leave = month_leave(session, month)
    lines = {}
    for entry in staff:
        data = doctor_month(
            policy, month, entry.record, [], catalogue.items, leave.get(entry.id, [])
        )
        if data is not None:
            lines[entry.staff_no] = doctor_lines(policy, month, data.doctor)
    return lines


def _month_row(setup: MonthSetup, staff: StaffEntry, day: date, counts) -> GridRow:
    lock = None if staff.employed_on(day) else Lock(NOT_EMPLOYED, day.isoformat())
    working = day in setup.working_days
    return GridRow(day, staff.staff_no, staff.name, counts, setup.units[day], lock, working)


def _day_row(setup: MonthSetup, staff: StaffEntry, day: date, counts) -> GridRow:
    working = day in setup.working_days
    return GridRow(day, staff.staff_no, staff.name, counts, setup.units[day], None, working)


def _columns(setup: MonthSetup, rows: Sequence[GridRow]) -> tuple[GridItem, ...]:
    """The active items, and an inactive one only where the rows still hold its counts."""
    used = {code for row in rows for code in row.counts}
    return tuple(item for item in setup.items if item.active or item.code in used)


def _priced(setup: MonthSetup, row: GridRow) -> RowEquivalents:
    return row_equivalents(row.counts, row.units, setup.bonus_items)


def _month_equivalents(session: Session, setup: MonthSetup) -> dict[str, RowEquivalents]:
    """Each doctor's month so far, exact, from one aggregate query of the month's entries."""
    if setup.policy is None:
        return {}
    by_id = {staff.id: staff.staff_no for staff in setup.staff}
    counts_by_id = month_counts(session, setup.month, setup.policy, setup.catalogue)
    return {
        by_id[staff_id]: priced_counts(counts, setup.units, setup.bonus_items)
        for staff_id, counts in counts_by_id.items()
        if staff_id in by_id
    }


# --- saving --------------------------------------------------------------------------------


def save_counts(ctx: Context, changes: Sequence[CountChange]) -> None:
    """Save typed or pasted counts in one transaction; Refused names the problems, saving none."""
    ctx.require(ADMINISTRATOR)
    changes = _last_change_per_cell(changes)
    if not changes:
        return
    with ctx.database.transaction() as session:
        refuse_signed(session, {Month.of(change.day) for change in changes}, "its workload")
        rows = _checked_rows(session, changes)
        before = _stored_counts(session, rows)
        _write_counts(session, rows)
        _audit_counts(session, ctx, changes, rows, before)
        mark_changed(session, {Month.of(change.day) for change in changes}, ctx.actor)
    log.debug("%s saved %d workload counts", ctx.actor.name, len(changes))


def _last_change_per_cell(changes: Sequence[CountChange]) -> list[CountChange]:
    latest = {(c.day, c.staff_no, c.item_code): c for c in changes}
    return list(latest.values())


def _checked_rows(session: Session, changes: list[CountChange]) -> list[dict]:
    """The changes as table rows, in their order, after every check; Refused lists problems."""
    checks = _Checks(
        staff=_staff_spans(session, {c.staff_no for c in changes}),
        items=_item_states(session, {c.item_code for c in changes}),
        years=set(policy_years(session)),
        maximum=daily_maximum(session),
    )
    problems = [problem for change in changes for problem in checks.problems(change)]
    if problems:
        shown = "; ".join(problems[:5]) + ("; …" if len(problems) > 5 else "")
        raise Refused(f"nothing saved: {shown}")
    return [
        {
            "staff_id": checks.staff[c.staff_no].id,
            "day": c.day,
            "item_id": checks.items[c.item_code].id,
            "count": c.count,
        }
        for c in changes
    ]


@dataclass(frozen=True)
class _StaffSpan:
    id: int
    start: date
    end: date | None


@dataclass(frozen=True)
class _ItemState:
    id: int
    active: bool
    first_value: date | None  # None: a value without a date, in force from the beginning


def _staff_spans(session: Session, staff_nos: set[str]) -> dict[str, _StaffSpan]:
    query = select(t.Staff.staff_no, t.Staff.id, t.Staff.start, t.Staff.end).where(
        t.Staff.staff_no.in_(staff_nos)
    )
    return {no: _StaffSpan(id_, start, end) for no, id_, start, end in session.execute(query)}


def _item_states(session: Session, codes: set[str]) -> dict[str, _ItemState]:
    query = (
        select(t.Item.code, t.Item.id, t.Item.active, t.ItemValue.effective)
        .join(t.ItemValue, t.ItemValue.item_id == t.Item.id)
        .where(t.Item.code.in_(codes))
    )
    states: dict[str, _ItemState] = {}
    for code, item_id, active, effective in session.execute(query):
        known = states.get(code)
        first = effective if known is None else _earlier(known.first_value, effective)
        states[code] = _ItemState(item_id, active, first)
    return states


def _earlier(one: date | None, other: date | None) -> date | None:
    return None if one is None or other is None else min(one, other)


@dataclass(frozen=True)
class _Checks:
    """What a count is checked against: staff, items, the policy years, the daily maximum."""

    staff: dict[str, _StaffSpan]
    items: dict[str, _ItemState]
    years: set[int]
    maximum: int

    def problems(self, change: CountChange) -> list[str]:
        where = f"{change.day} {change.staff_no} {change.item_code}"
        staff = self.staff.get(change.staff_no)
        item = self.items.get(change.item_code)
        if staff is None:
            return [f"{where}: unknown staff number"]
        if item is None:
            return [f"{where}: unknown item code"]
        if change.day.year not in self.years:
            return [f"{where}: there is no policy for {change.day.year}"]
        if change.day < staff.start or (staff.end and change.day > staff.end):
            return [f"{where}: outside the staff member's employment"]
        if not 0 <= change.count <= self.maximum:
            return [
                f"{where}: a count is from 0 to the daily maximum {self.maximum} ({change.count})"
            ]
        if change.count and not item.active:
            return [f"{where}: the item is no longer in use"]
        if change.count and item.first_value and change.day < item.first_value:
            return [f"{where}: the item has no equivalents in force on this day"]
        return []


def _stored_counts(session: Session, rows: list[dict]) -> dict[tuple, int]:
    """The counts stored now for the rows' cells, by (staff_id, day, item_id)."""
    entry = t.WorkloadEntry
    days = [row["day"] for row in rows]
    query = select(entry.staff_id, entry.day, entry.item_id, entry.count).where(
        entry.staff_id.in_({row["staff_id"] for row in rows}),
        entry.day.between(min(days), max(days)),
        entry.item_id.in_({row["item_id"] for row in rows}),
    )
    return {(s, d, i): count for s, d, i, count in session.execute(query)}


def _write_counts(session: Session, rows: list[dict]) -> None:
    table = t.WorkloadEntry.__table__
    key = ("staff_id", "day", "item_id")
    upsert(session, table, [row for row in rows if row["count"]], key, ["count"])
    delete_where(session, table, [row for row in rows if not row["count"]], key)


def _audit_counts(
    session: Session,
    ctx: Context,
    changes: list[CountChange],
    rows: list[dict],
    stored: dict[tuple, int],
) -> None:
    """One audit entry per save, with each cell's count before and after."""
    before, after = {}, {}
    # The log writes its JSON with sorted keys: the cells come out in day order.
    for change, row in zip(changes, rows, strict=True):
        cell = f"{change.day} {change.staff_no} {change.item_code}"
        before[cell] = stored.get((row["staff_id"], row["day"], row["item_id"]), 0)
        after[cell] = change.count
    days = sorted({change.day for change in changes})
    target = str(days[0]) if len(days) == 1 else f"{days[0]}..{days[-1]}"
    audit(session, ctx.actor, "workload entered", target, before, after)
