"""The integrity report shown on opening: damage, broken references, orphans, and signed
months whose stored rows no longer match a recomputation (data changed underneath them)."""

import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from centredesk.files.policy_toml import read_policy
from centredesk.model.appraisal import review_month
from centredesk.model.months import Month
from centredesk.model.policy import PolicyError
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context
from centredesk.services.errors import Refused
from centredesk.services.month_data import doctor_months
from centredesk.services.months import SIGNED
from centredesk.services.review import stored_review
from centredesk.storage import tables as t
from centredesk.storage.integrity import damage, foreign_key_violations

log = logging.getLogger(__name__)

DAMAGE, REFERENCE, ORPHAN, SIGNED_MONTH = "damage", "reference", "orphan", "signed_month"
# A renamed doctor is not a changed month; every figure is.
_IGNORED_KEYS = {"name"}
_SHOWN_DIFFERENCES = 3


@dataclass(frozen=True)
class Finding:
    """One thing wrong with the database: its kind, what it concerns, and what is wrong."""

    kind: str
    subject: str
    message: str

    def __str__(self) -> str:
        return f"{self.subject}: {self.message}"


def integrity_report(ctx: Context) -> list[Finding]:
    """Everything the checks find wrong; an empty list for a sound database."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        findings = _storage_findings(session)
        findings += _orphans(session)
        for month in _signed(session):
            findings += _signed_month_findings(session, month)
    if findings:
        log.warning("integrity report on %s: %d findings", ctx.database.describe(), len(findings))
    else:
        log.info("integrity report on %s: no findings", ctx.database.describe())
    return findings


def _storage_findings(session: Session) -> list[Finding]:
    connection = session.connection()
    findings = [Finding(DAMAGE, "database file", line) for line in damage(connection)]
    findings += [
        Finding(
            REFERENCE,
            f"{violation.table} row {violation.rowid}",
            f"refers to a row of {violation.parent} that does not exist",
        )
        for violation in foreign_key_violations(connection)
    ]
    return findings


def _orphans(session: Session) -> list[Finding]:
    signed = set(_signed(session))
    stored_months = set(session.scalars(select(t.StoredReviewRow.month).distinct()))
    findings = [
        Finding(ORPHAN, month, "has stored review rows but is not signed")
        for month in sorted(stored_months - {str(m) for m in signed})
    ]
    staff_nos = set(session.scalars(select(t.Staff.staff_no)))
    unknown = session.execute(
        select(t.StoredReviewRow.month, t.StoredReviewRow.staff_no).order_by(
            t.StoredReviewRow.month, t.StoredReviewRow.staff_no
        )
    )
    findings += [
        Finding(ORPHAN, f"{month} {staff_no}", "a signed row names a staff number that is gone")
        for month, staff_no in unknown
        if staff_no not in staff_nos
    ]
    return findings + _records_without_parts(session)


def _records_without_parts(session: Session) -> list[Finding]:
    unplaced = select(t.Staff.staff_no).where(~t.Staff.assignments.any()).order_by(t.Staff.staff_no)
    unvalued = select(t.Item.code).where(~t.Item.values.any()).order_by(t.Item.code)
    return [
        Finding(ORPHAN, f"staff {staff_no}", "has no post or title")
        for staff_no in session.scalars(unplaced)
    ] + [
        Finding(ORPHAN, f"item {code}", "has no equivalents") for code in session.scalars(unvalued)
    ]


def _signed(session: Session) -> list[Month]:
    query = select(t.MonthState.month).where(t.MonthState.status == SIGNED)
    return sorted(Month.parse(text) for text in session.scalars(query))


def _signed_month_findings(session: Session, month: Month) -> list[Finding]:
    """Differences between a signed month's stored rows and the same month recomputed now."""
    state = session.get(t.MonthState, str(month))
    if not state.policy_document:
        return [Finding(ORPHAN, str(month), "is signed but its policy was not kept")]
    try:
        stored = {row.staff_no: row.to_json() for row in stored_review(session, month).rows}
        policy = read_policy(state.policy_document)
        doctors = [data.doctor for data in doctor_months(session, month, policy)]
        now = {row.staff_no: row.to_json() for row in review_month(policy, month, doctors).rows}
    except (Refused, PolicyError, ValueError, KeyError) as error:
        return [Finding(SIGNED_MONTH, str(month), f"cannot be recomputed: {error}")]
    return [
        Finding(SIGNED_MONTH, f"{month} {no}", _difference(stored.get(no), now.get(no)))
        for no in sorted(stored.keys() | now.keys())
        if _figures(stored.get(no)) != _figures(now.get(no))
    ]


def _figures(row: dict[str, str] | None) -> dict[str, str] | None:
    return None if row is None else {k: v for k, v in row.items() if k not in _IGNORED_KEYS}


def _difference(signed: dict[str, str] | None, now: dict[str, str] | None) -> str:
    if signed is None:
        return "has no signed row, but a recomputation from today's data gives one"
    if now is None:
        return "has a signed row, but a recomputation from today's data gives none"
    changed = [key for key in signed if key not in _IGNORED_KEYS and signed[key] != now.get(key)]
    shown = ", ".join(
        f"{key} signed {signed[key] or '-'}, now {now.get(key) or '-'}"
        for key in changed[:_SHOWN_DIFFERENCES]
    )
    hidden = len(changed) - _SHOWN_DIFFERENCES
    more = f" and {hidden} more" if hidden > 0 else ""
    return (
        f"differs from a recomputation from today's data ({shown}{more}): its data changed "
        "after signing, by a later change of items or staff or by an edit outside CentreDesk"
    )
