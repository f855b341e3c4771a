"""How each kind of file is checked against the database and written (SPEC §5.2's keys).

Every function checks all its records first, leaving problems in `refs.problems`, and writes
only when there are none; the caller's transaction makes the file all-or-nothing.
"""

from collections import Counter
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from centredesk.files.records import (
    EventRow,
    ItemRow,
    LeaveRow,
    QualityRow,
    StaffRow,
    WideWorkloadDay,
    WorkloadRow,
)
from centredesk.model.months import Month
from centredesk.model.numbers import ZERO
from centredesk.services.policies import load_policy
from centredesk.services.references import References
from centredesk.services.staff import assign
from centredesk.storage import tables as t
from centredesk.storage.bulk import delete_where, upsert

ENTRY_KEY = ("staff_id", "day", "item_id")
CHANGES = ("added", "replaced", "removed", "unchanged")


# --- staff ---------------------------------------------------------------------------------


def apply_staff(session: Session, refs: References, records: list[StaffRow], summary) -> None:
    posts = _by_code_or_name(session, t.Post)
    titles = _by_code_or_name(session, t.Title)
    for record in records:
        for column, value, known in (("post", record.post, posts), ("title", record.title, titles)):
            if value not in known:
                refs.problems.append(record.problem(column, f"unknown {column}", value))
    if refs.problems:
        return

    existing = {s.staff_no: s for s in session.scalars(select(t.Staff))}
    for record in records:
        staff = existing.get(record.staff_no)
        summary.added += staff is None
        summary.replaced += staff is not None
        _write_staff(session, staff, record, posts[record.post], titles[record.title])


def _write_staff(
    session: Session, staff: t.Staff | None, record: StaffRow, post: t.Post, title: t.Title
) -> None:
    if staff is None:
        staff = t.Staff(staff_no=record.staff_no, basic_pay=ZERO)
        session.add(staff)
    staff.name, staff.start, staff.end = record.name, record.start, record.end
    if record.basic_pay is not None:
        staff.basic_pay = record.basic_pay
    assign(staff, post, title, record.effective)


def _by_code_or_name(session: Session, table) -> dict:
    rows = list(session.scalars(select(table)))
    return {**{row.name: row for row in rows}, **{row.code: row for row in rows}}


# --- items ---------------------------------------------------------------------------------


def apply_items(session: Session, refs: References, records: list[ItemRow], summary) -> None:
    categories = {c.name: c for c in session.scalars(select(t.ItemCategory))}
    items = {i.code: i for i in session.scalars(select(t.Item))}
    for record in records:
        item = items.get(record.code)
        if item is not None and item.category.name != record.category:
            refs.problems.append(
                record.problem(
                    "category",
                    f"{record.code} is in {item.category.name}; an item's category does not change",
                    record.category,
                )
            )
    if refs.problems:
        return

    for record in records:
        category = categories.get(record.category)
        if category is None:
            category = categories[record.category] = t.ItemCategory(name=record.category)
        item = items.get(record.code)
        if item is None:
            item = items[record.code] = t.Item(code=record.code, category=category)
            session.add(item)
        item.name = record.name
        _write_item_value(item, record, summary)
        summary.months.update(_months_from(session, record.effective))


def _write_item_value(item: t.Item, record: ItemRow, summary) -> None:
    value = next((v for v in item.values if v.effective == record.effective), None)
    if value is None:
        item.values.append(t.ItemValue(effective=record.effective, equivalents=record.equivalents))
        summary.added += 1
    elif value.equivalents != record.equivalents:
        value.equivalents = record.equivalents
        summary.replaced += 1
    else:
        summary.unchanged += 1


def _months_from(session: Session, effective: date | None) -> set[Month]:
    """The months whose review a change in force from `effective` may alter."""
    query = select(t.MonthState.month)
    if effective is not None:
        query = query.where(t.MonthState.month >= str(Month.of(effective)))
    return {Month.parse(text) for text in session.scalars(query)}


# --- workload ------------------------------------------------------------------------------


def apply_workload(session: Session, refs: References, records: list, summary) -> None:
    if records and isinstance(records[0], WideWorkloadDay):
        _apply_wide(session, refs, records, summary)
    else:
        _apply_long(session, refs, records, summary)


def _apply_long(session: Session, refs: References, records: list[WorkloadRow], summary) -> None:
    rows = []
    for record in records:
        staff = refs.staff_ref(record, record.staff_no)
        item_id = refs.item_id(record, record.item_code)
        refs.check_day(record, record.day, staff)
        if staff and item_id:
            rows.append(
                {"staff_id": staff.id, "day": record.day, "item_id": item_id, "count": record.count}
            )
    if refs.problems:
        return

    existing = _existing_counts(session, rows)
    changes = _count_changes(summary, rows, existing, _staff_nos(refs))
    table = t.WorkloadEntry.__table__
    upsert(session, table, changes["added"] + changes["replaced"], ENTRY_KEY, ["count"])
    delete_where(session, table, changes["removed"], ENTRY_KEY)
    summary.months.update(_months_of(changes["added"] + changes["replaced"] + changes["removed"]))


def _apply_wide(
    session: Session, refs: References, records: list[WideWorkloadDay], summary
) -> None:
    header_row = 1
    for code in records[0].item_codes if records else ():
        if code not in refs.items:
            refs.problems.append(
                records[0].origin.problem(header_row, code, "unknown item code", code)
            )
    days, rows = [], []
    for record in records:
        staff = refs.staff_ref(record, record.staff_no)
        refs.check_day(record, record.day, staff)
        if staff is None:
            continue
        days.append({"staff_id": staff.id, "day": record.day})
        rows += [
            {"staff_id": staff.id, "day": record.day, "item_id": refs.items[code], "count": count}
            for code, count in record.counts.items()
            if code in refs.items
        ]
    if refs.problems:
        return

    # Only what changes is written, so a file read back as it was exported changes nothing.
    existing = _existing_day_counts(session, days)
    staff_nos = _staff_nos(refs)
    changes = _count_changes(summary, rows, existing, staff_nos)
    kept = {(r["staff_id"], r["day"], r["item_id"]) for r in rows} if existing else set()
    removed = [_key_row(key) for key in existing if key not in kept]
    _tally(summary, removed, "removed", staff_nos)
    table = t.WorkloadEntry.__table__
    delete_where(session, table, removed, ENTRY_KEY)
    if changes["added"]:
        session.execute(table.insert(), changes["added"])
    upsert(session, table, changes["replaced"], ENTRY_KEY, ["count"])
    summary.months.update(_months_of(changes["added"] + changes["replaced"] + removed))


def _months_of(rows: list[dict]) -> set[Month]:
    return {Month.of(day) for day in {row["day"] for row in rows}}


def _staff_nos(refs: References) -> dict[int, str]:
    return {ref.id: staff_no for staff_no, ref in refs.staff.items()}


def _key_row(key: tuple) -> dict:
    return dict(zip(ENTRY_KEY, key, strict=True))


def _existing_counts(session: Session, rows: list[dict]) -> dict[tuple, int]:
    return _existing_day_counts(
        session, [{"staff_id": r["staff_id"], "day": r["day"]} for r in rows]
    )


def _existing_day_counts(session: Session, days: list[dict]) -> dict[tuple, int]:
    """The entries already stored for the given staff-days, by (staff_id, day, item_id)."""
    wanted = {(d["staff_id"], d["day"]) for d in days}
    if not wanted:
        return {}
    entry = t.WorkloadEntry
    span = (min(day for _, day in wanted), max(day for _, day in wanted))
    query = select(entry.staff_id, entry.day, entry.item_id, entry.count).where(
        entry.day.between(*span),
        entry.staff_id.in_({staff for staff, _ in wanted}),
    )
    return {(s, d, i): c for s, d, i, c in session.execute(query) if (s, d) in wanted}


def _count_changes(
    summary, rows: list[dict], existing: dict[tuple, int], staff_nos: dict[int, str]
) -> dict[str, list[dict]]:
    """The rows by what they do to the stored entries, tallied per staff member."""
    changes: dict[str, list[dict]] = {change: [] for change in CHANGES}
    tallies: Counter = Counter()
    for row in rows:
        before = existing.get((row["staff_id"], row["day"], row["item_id"]))
        if row["count"] == 0:
            change = "unchanged" if before is None else "removed"
        elif before is None:
            change = "added"
        else:
            change = "unchanged" if before == row["count"] else "replaced"
        tallies[row["staff_id"], change] += 1
        changes[change].append(row)
    for (staff_id, change), count in tallies.items():
        summary.tally(staff_nos[staff_id], change, count)
    return changes


def _tally(summary, rows: list[dict], change: str, staff_nos: dict[int, str]) -> None:
    for staff_id, count in Counter(row["staff_id"] for row in rows).items():
        summary.tally(staff_nos[staff_id], change, count)


# --- quality, events, leave ----------------------------------------------------------------


def apply_quality(session: Session, refs: References, records: list[QualityRow], summary) -> None:
    rows = []
    grades = {}
    for record in records:
        staff = refs.staff_ref(record, record.staff_no)
        if not refs.check_month(record, record.month):
            continue
        year = record.month.year
        grades.setdefault(year, {g.name for g in load_policy(session, year).grades})
        if record.grade and record.grade not in grades[year]:
            refs.problems.append(
                record.problem("grade", f"not a grade of the {year} policy", record.grade)
            )
        if staff:
            rows.append(
                {
                    "month": str(record.month),
                    "staff_id": staff.id,
                    "score": record.score,
                    "grade": record.grade,
                }
            )
    if refs.problems:
        return

    table = t.QualityResult.__table__
    summary.replaced += delete_where(session, table, rows, ("month", "staff_id"))
    summary.added += len(rows) - summary.replaced
    if rows:
        session.execute(table.insert(), rows)
    summary.months.update(Month.parse(r["month"]) for r in rows)


def apply_events(session: Session, refs: References, records: list[EventRow], summary) -> None:
    rows = []
    for record in records:
        staff = refs.staff_ref(record, record.staff_no)
        refs.check_day(record, record.day, staff)
        if staff:
            rows.append(
                {
                    "day": record.day,
                    "staff_id": staff.id,
                    "kind": record.kind,
                    "error": record.error,
                    "note": record.note,
                }
            )
    if refs.problems:
        return

    event = t.ManagementEvent
    columns = (event.day, event.staff_id, event.kind, event.error, event.note)
    stored = {tuple(row) for row in session.execute(select(*columns))}
    new = [r for r in rows if tuple(r.values()) not in stored]
    summary.added += len(new)
    summary.unchanged += len(rows) - len(new)
    if new:
        session.execute(event.__table__.insert(), new)
    summary.months.update(Month.of(r["day"]) for r in new)


def apply_leave(session: Session, refs: References, records: list[LeaveRow], summary) -> None:
    rows = []
    for record in records:
        staff = refs.staff_ref(record, record.staff_no)
        refs.check_day(record, record.start, staff, "start")
        refs.check_day(record, record.end, staff, "end")
        _refuse_signed_between(refs, record)
        if staff:
            rows.append(
                {
                    "staff_id": staff.id,
                    "start": record.start,
                    "end": record.end,
                    "kind": record.kind,
                }
            )
    if refs.problems:
        return

    summary.added += len(rows)
    upsert(session, t.Leave.__table__, rows, ("staff_id", "start", "end"), ["kind"])
    for row in rows:
        month = Month.of(row["start"])
        while month <= Month.of(row["end"]):
            summary.months.add(month)
            month = month.next()


def _refuse_signed_between(refs: References, record: LeaveRow) -> None:
    """Leave spanning a signed month in its middle changes that month's attendance too."""
    month = Month.of(record.start).next()
    while month < Month.of(record.end):
        if month in refs.signed:
            refs.problems.append(
                record.problem(
                    "end", f"{month} is signed; reopen it before changing its data", record.end
                )
            )
        month = month.next()
