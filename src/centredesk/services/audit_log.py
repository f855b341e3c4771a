"""Reading the audit log: filtered lists and an Excel export, for the administrator and director.

The log is written only by the services' own changes (context.audit) and never edited: this
module has no function that changes or removes an entry, on purpose.
"""

import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import Select, or_, select

from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context
from centredesk.storage.tables import AuditEntry

log = logging.getLogger(__name__)

AUDIT_HEADER = ("at", "user", "action", "target", "before", "after")
# Excel holds at most 32,767 characters in a cell; a longer value is cut with a note.
XLSX_CELL_LIMIT = 32_000


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show: exact user, action and target containing the text, dates inclusive.

    `text` is found in any of user, action, target, before and after, ignoring case.
    """

    user: str | None = None
    action: str | None = None
    target: str | None = None
    since: date | None = None
    until: date | None = None
    text: str | None = None


@dataclass(frozen=True)
class AuditView:
    """One entry as recorded; before and after are JSON text, or None."""

    id: int
    at: datetime
    user: str
    action: str
    target: str
    before: str | None
    after: str | None


def audit_entries(ctx: Context, wanted: AuditFilter | None = None) -> list[AuditView]:
    """The entries that pass the filter (all without one), oldest first."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        rows = session.scalars(_query(wanted or AuditFilter()))
        return [
            AuditView(row.id, row.at, row.user, row.action, row.target, row.before, row.after)
            for row in rows
        ]


def export_audit(ctx: Context, path: Path, wanted: AuditFilter | None = None) -> int:
    """Write the filtered entries to an .xlsx file; returns how many."""
    from centredesk.files.writers import write_xlsx

    entries = audit_entries(ctx, wanted)
    rows = [(e.at, e.user, e.action, e.target, _cell(e.before), _cell(e.after)) for e in entries]
    write_xlsx(Path(path), AUDIT_HEADER, rows, sheet_title="audit")
    log.info("exported %d audit entries to %s", len(rows), path)
    return len(rows)


def matches(entry: AuditView, wanted: AuditFilter) -> bool:
    """Whether `entry` passes the filter: the query's rules, for a list already in memory."""
    day = entry.at.date()
    return (
        (not wanted.user or entry.user == wanted.user)
        and _contains(entry.action, wanted.action)
        and _contains(entry.target, wanted.target)
        and (not wanted.since or day >= wanted.since)
        and (not wanted.until or day <= wanted.until)
        and (not wanted.text or any(_contains(text, wanted.text) for text in _texts(entry)))
    )


def _contains(text: str | None, part: str | None) -> bool:
    return not part or (text is not None and part.casefold() in text.casefold())


def _texts(entry: AuditView) -> tuple[str | None, ...]:
    return (entry.user, entry.action, entry.target, entry.before, entry.after)


def _query(wanted: AuditFilter) -> Select:
    query = select(AuditEntry)
    if wanted.user:
        query = query.where(AuditEntry.user == wanted.user)
    if wanted.action:
        query = query.where(AuditEntry.action.icontains(wanted.action, autoescape=True))
    if wanted.target:
        query = query.where(AuditEntry.target.icontains(wanted.target, autoescape=True))
    if wanted.since:
        query = query.where(AuditEntry.at >= datetime.combine(wanted.since, time.min))
    if wanted.until:
        next_day = datetime.combine(wanted.until + timedelta(days=1), time.min)
        query = query.where(AuditEntry.at < next_day)
    if wanted.text:
        columns = (AuditEntry.user, AuditEntry.action, AuditEntry.target)
        columns += (AuditEntry.before, AuditEntry.after)
        query = query.where(or_(*(c.icontains(wanted.text, autoescape=True) for c in columns)))
    return query.order_by(AuditEntry.at, AuditEntry.id)


def _cell(text: str | None) -> str:
    if text is None:
        return ""
    if len(text) <= XLSX_CELL_LIMIT:
        return text
    return text[:XLSX_CELL_LIMIT] + " … (cut here; the whole value is in the database)"
