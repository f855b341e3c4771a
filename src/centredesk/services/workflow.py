"""Marking a month reviewed, signing it off and reopening it (SPEC §3)."""

import json
import logging
from dataclasses import replace

from sqlalchemy import delete

from centredesk.files.policy_toml import write_policy
from centredesk.model.months import Month
from centredesk.model.policy import Policy
from centredesk.services.backups import BEFORE_SIGNOFF, automatic_backup
from centredesk.services.breakdown import signing_details
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context, audit
from centredesk.services.errors import Refused
from centredesk.services.months import OPEN, REVIEWED, SIGNED, month_status, set_status
from centredesk.services.policies import load_policy
from centredesk.services.review import computed_review
from centredesk.storage.tables import StoredReviewRow

log = logging.getLogger(__name__)


def mark_reviewed(ctx: Context, month: Month) -> None:
    """The administrator has checked the month's data; it awaits the director's signature."""
    ctx.require(ADMINISTRATOR)
    with ctx.database.transaction() as session:
        status = month_status(session, month)
        if status == SIGNED:
            raise Refused(f"{month} is already signed")
        load_policy(session, month.year)
        set_status(session, str(month), REVIEWED, ctx.actor)
        audit(session, ctx.actor, "month reviewed", str(month), status, REVIEWED)
    log.info("%s marked reviewed by %s", month, ctx.actor.name)


def sign(ctx: Context, month: Month) -> int:
    """Sign the month off, storing its rows and policy as they are; returns the row count.

    Refused unless the month is reviewed and every row's status is ok (naming the others).
    """
    ctx.require(DIRECTOR)
    automatic_backup(ctx, BEFORE_SIGNOFF)
    with ctx.database.transaction() as session:
        status = month_status(session, month)
        if status != REVIEWED:
            raise Refused(
                f"{month} is {status}: only a reviewed month can be signed"
                + ("; mark it reviewed first" if status == OPEN else "")
            )
        result = computed_review(session, month)
        _refuse_incomplete(result.rows, month)
        # The slip of a signed month prints its breakdown and events as they were at signing.
        details = signing_details(session, month)

        state = set_status(session, str(month), SIGNED, ctx.actor)
        state.policy_document = _policy_as_signed(load_policy(session, month.year), month)
        session.add_all(
            StoredReviewRow(
                month=str(month),
                staff_no=row.staff_no,
                record=json.dumps(row.to_record() | details[row.staff_no], ensure_ascii=False),
            )
            for row in result.rows
        )
        audit(
            session,
            ctx.actor,
            "month signed",
            str(month),
            REVIEWED,
            {"rows": len(result.rows), "performance_pay": str(result.total_performance_pay)},
        )
    log.info("signed off %s (%d doctors) by %s", month, len(result.rows), ctx.actor.name)
    return len(result.rows)


def reopen(ctx: Context, month: Month, reason: str) -> None:
    """Reopen a signed month with a reason, discarding its stored rows."""
    ctx.require(DIRECTOR)
    reason = reason.strip()
    if not reason:
        raise Refused("reopening a signed month needs a reason")
    with ctx.database.transaction() as session:
        if month_status(session, month) != SIGNED:
            raise Refused(f"{month} is not signed; there is nothing to reopen")
        session.execute(delete(StoredReviewRow).where(StoredReviewRow.month == str(month)))
        state = set_status(session, str(month), OPEN, ctx.actor)
        state.policy_document = None
        audit(
            session,
            ctx.actor,
            "month reopened",
            str(month),
            SIGNED,
            {"status": OPEN, "reason": reason},
        )
    log.info("reopened %s by %s: %s", month, ctx.actor.name, reason)


def _policy_as_signed(policy: Policy, month: Month) -> str:
    """The policy document kept with a signed month: its own pay settings and no others."""
    setting = policy.pay_setting(month)
    return write_policy(replace(policy, pay={} if setting.is_empty else {month: setting}))


def _refuse_incomplete(rows, month: Month) -> None:
    waiting = [f"{row.staff_no} {row.name} ({row.status})" for row in rows if row.status != "ok"]
    if waiting:
        raise Refused(
            f"{month} cannot be signed while these rows are not ok: " + ", ".join(waiting)
        )
