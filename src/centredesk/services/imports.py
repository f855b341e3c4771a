"""Importing exchange files (SPEC §5.2): all or nothing, every problem named by row and column."""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from centredesk.files.problems import Parsed
from centredesk.files.readers import read_sheet
from centredesk.files.records import KINDS, read_records
from centredesk.model.months import Month
from centredesk.services import import_audit, import_rules, volunteer_imports
from centredesk.services.backups import BEFORE_IMPORT, automatic_backup
from centredesk.services.context import ADMINISTRATOR, Context, audit
from centredesk.services.errors import Refused
from centredesk.services.months import mark_changed
from centredesk.services.references import References

log = logging.getLogger(__name__)


@dataclass
class ImportSummary:
    """What an import changed: rows added, replaced and removed, and the months touched."""

    kind: str
    file: str
    records: int = 0
    added: int = 0
    replaced: int = 0
    removed: int = 0
    unchanged: int = 0
    months: set[Month] = field(default_factory=set)
    by_staff: dict[str, "Changes"] = field(default_factory=dict)
    dry_run: bool = False

    def tally(self, staff_no: str, change: str, rows: int = 1) -> None:
        """Count rows as `change` (added, replaced, removed or unchanged) for a staff member."""
        setattr(self, change, getattr(self, change) + rows)
        changes = self.by_staff.setdefault(staff_no, Changes())
        setattr(changes, change, getattr(changes, change) + rows)

    def describe(self) -> str:
        months = ", ".join(str(m) for m in sorted(self.months))
        text = (
            f"imported {self.records} {self.kind} rows from {self.file}: {self.added} added, "
            f"{self.replaced} replaced, {self.removed} removed, {self.unchanged} unchanged"
        )
        text += f" for {months}" if months else ""
        return f"would have {text}" if self.dry_run else text


@dataclass
class Changes:
    """What an import changes for one staff member."""

    added: int = 0
    replaced: int = 0
    removed: int = 0
    unchanged: int = 0


class ImportCancelled(Refused):
    """The person cancelled an import before it finished: nothing was changed."""


Apply = Callable[[Session, References, list, ImportSummary], None]
# progress(done, total) -> False to cancel, as the desktop's background helper gives it.
Progress = Callable[[int, int], bool]
# Reading the file, reading its records, checking and writing them, the audit entry.
STEPS = 4

_APPLIERS: dict[str, Apply] = {
    "staff": import_rules.apply_staff,
    "items": import_rules.apply_items,
    "workload": import_rules.apply_workload,
    "quality": import_rules.apply_quality,
    "events": import_rules.apply_events,
    "leave": import_rules.apply_leave,
    "volunteers": volunteer_imports.apply_volunteers,
    "volunteer-hours": volunteer_imports.apply_volunteer_hours,
}


def import_file(
    ctx: Context,
    kind: str,
    path: Path,
    shown_as: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import a file of `kind`; raises ImportRefused listing every problem, changing nothing.

    With `dry_run` the summary says what the import would change, per staff member too,
    and nothing is kept. `progress(done, total)` hears of each step and may cancel.
    """
    ctx.require(ADMINISTRATOR)
    if dry_run:
        return _preview(ctx, kind, path, shown_as, progress)
    automatic_backup(ctx, BEFORE_IMPORT)
    with ctx.database.transaction() as session:
        summary = import_in_session(session, ctx, kind, path, shown_as, progress)
    log.info("%s", summary.describe())
    return summary


def _preview(
    ctx: Context, kind: str, path: Path, shown_as: str | None, progress: Progress | None
) -> ImportSummary:
    # The preview runs the import itself, so it cannot disagree with it, in a transaction
    # that is never committed: leaving `reading()` rolls everything back.
    with ctx.database.reading() as session:
        summary = import_in_session(session, ctx, kind, path, shown_as, progress)
        session.rollback()
    summary.dry_run = True
    log.info("%s", summary.describe())
    return summary


def import_in_session(
    session: Session,
    ctx: Context,
    kind: str,
    path: Path,
    shown_as: str | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import a file within the caller's transaction, which a refusal rolls back."""
    ctx.require(ADMINISTRATOR)
    if kind not in _APPLIERS:
        raise ValueError(f"no such kind of file: {kind} (one of {', '.join(KINDS)})")
    shown = shown_as or str(path)
    _step(progress, 0)
    sheet = read_sheet(Path(path), shown)
    _step(progress, 1)
    parsed = read_records(kind, sheet)
    records = parsed.records
    summary = ImportSummary(kind, shown, records=len(records))
    _step(progress, 2)

    # The file's own problems go first into the list, so the database checks add theirs
    # to one refusal and the appliers, seeing problems, write nothing.
    references = References(session)
    references.problems.extend(parsed.problems)
    before = import_audit.snapshot(session, kind, records)
    _APPLIERS[kind](session, references, records, summary)
    Parsed([], references.problems).refuse_if_any()
    _step(progress, 3)

    mark_changed(session, summary.months, ctx.actor)
    old, new = import_audit.changes(before, import_audit.snapshot(session, kind, records))
    after = {"summary": summary.describe(), "changed": new}
    audit(session, ctx.actor, f"import {kind}", shown, {"changed": old}, after)
    _step(progress, STEPS)
    return summary


def _step(progress: Progress | None, done: int) -> None:
    """Report a step of the import; ImportCancelled when the person has cancelled."""
    if progress is not None and not progress(done, STEPS):
        raise ImportCancelled("the import was cancelled: nothing was changed")
