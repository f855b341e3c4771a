"""The month's review: computed from the data of an unsigned month, stored for a signed one."""

import json
import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from centredesk.files.policy_toml import read_policy
from centredesk.model.appraisal import MonthReview, ReviewRow, review_month
from centredesk.model.fund import fund_figures
from centredesk.model.months import Month
from centredesk.model.numbers import ZERO, r2
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, DOCTOR, Context
from centredesk.services.month_data import doctor_months
from centredesk.services.months import SIGNED, month_status
from centredesk.services.policies import load_policy
from centredesk.storage.tables import MonthState, StoredReviewRow

log = logging.getLogger(__name__)


def review(ctx: Context, month: Month) -> MonthReview:
    """The month's review rows; a doctor receives only their own row."""
    ctx.require(ADMINISTRATOR, DIRECTOR, DOCTOR)
    with ctx.database.reading() as session:
        result = month_review(session, month)
    if ctx.actor.role == DOCTOR:
        own = tuple(row for row in result.rows if row.staff_no == ctx.actor.staff_no)
        result = MonthReview(result.month, own, result.fund, result.total_performance_pay)
    return result


def month_review(session: Session, month: Month) -> MonthReview:
    """The review as it stands, without access checks: for services that check their own."""
    if month_status(session, month) == SIGNED:
        return stored_review(session, month)
    return computed_review(session, month)


def computed_review(session: Session, month: Month) -> MonthReview:
    policy = load_policy(session, month.year)
    doctors = [data.doctor for data in doctor_months(session, month, policy)]
    return review_month(policy, month, doctors)


def stored_review(session: Session, month: Month) -> MonthReview:
    """A signed month's rows exactly as signed, with its fund from the stored policy."""
    records = session.scalars(
        select(StoredReviewRow.record).where(StoredReviewRow.month == str(month))
    )
    rows = tuple(
        sorted(
            (ReviewRow.from_record(json.loads(text)) for text in records),
            key=lambda row: row.staff_no,
        )
    )
    state = session.get(MonthState, str(month))
    policy = read_policy(state.policy_document)
    fund = fund_figures(policy.pay_setting(month), (row.target for row in rows))
    total = r2(sum((row.performance_pay or ZERO for row in rows), ZERO))
    return MonthReview(month, rows, fund, total)
