"""Importing exchange files (SPEC §5.2): all or nothing, every problem named by row and column."""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from centredesk.files.problems import ImportRefused
from centredesk.files.readers import read_sheet
from centredesk.files.records import KINDS, parse
from centredesk.model.months import Month
from centredesk.services import import_rules
from centredesk.services.context import ADMINISTRATOR, Context, audit
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

    def describe(self) -> str:
        months = ", ".join(str(m) for m in sorted(self.months))
        text = (
            f"imported {self.records} {self.kind} rows from {self.file}: {self.added} added, "
            f"{self.replaced} replaced, {self.removed} removed, {self.unchanged} unchanged"
        )
        return text + (f" for {months}" if months else "")


Apply = Callable[[Session, References, list, ImportSummary], None]

_APPLIERS: dict[str, Apply] = {
    "staff": import_rules.apply_staff,
    "items": import_rules.apply_items,
    "workload": import_rules.apply_workload,
    "quality": import_rules.apply_quality,
    "events": import_rules.apply_events,
    "leave": import_rules.apply_leave,
}


def import_file(ctx: Context, kind: str, path: Path, shown_as: str | None = None) -> ImportSummary:
    """Import a file of `kind`; raises ImportRefused listing every problem, changing nothing."""
    ctx.require(ADMINISTRATOR)
    with ctx.database.transaction() as session:
        summary = import_in_session(session, ctx, kind, path, shown_as)
    log.info("%s", summary.describe())
    return summary


def import_in_session(
    session: Session, ctx: Context, kind: str, path: Path, shown_as: str | None = None
) -> ImportSummary:
    """Import a file within the caller's transaction, which a refusal rolls back."""
    if kind not in _APPLIERS:
        raise ValueError(f"no such kind of file: {kind} (one of {', '.join(KINDS)})")
    shown = shown_as or str(path)
    records = parse(kind, read_sheet(Path(path), shown))
    summary = ImportSummary(kind, shown, records=len(records))

    references = References(session)
    _APPLIERS[kind](session, references, records, summary)
    if references.problems:
        raise ImportRefused(references.problems)
    mark_changed(session, summary.months, ctx.actor)
    audit(session, ctx.actor, f"import {kind}", shown, None, summary.describe())
    return summary
