"""What the month-end review screen shows: the month, its status and pay settings, the working.

The working of a doctor's month holds the policy figures that went into the review row, so a
screen can write SPEC §2 out step by step without computing anything itself.
"""

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from centredesk.files.policy_toml import read_policy
from centredesk.model.appraisal import Event, MonthReview, ReviewRow, review_month
from centredesk.model.equivalents import BreakdownLine
from centredesk.model.months import Month
from centredesk.model.numbers import ZERO
from centredesk.model.policy import PaySetting, Policy
from centredesk.services.breakdown import find_breakdown, stored_breakdowns
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, DOCTOR, Context
from centredesk.services.errors import Refused
from centredesk.services.month_data import doctor_months
from centredesk.services.months import OPEN, SIGNED
from centredesk.services.policies import load_policy
from centredesk.services.review import month_review
from centredesk.storage.tables import MonthState

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MonthEnd:
    """A month as the review screen shows it."""

    month: Month
    status: str
    changed_by: str | None
    changed_at: datetime | None
    review: MonthReview
    pay_setting: PaySetting

    @property
    def signed(self) -> bool:
        return self.status == SIGNED

    @property
    def waiting(self) -> list[ReviewRow]:
        """Rows whose status is not ok: they keep the month from being signed."""
        return [row for row in self.review.rows if row.status != "ok"]


@dataclass(frozen=True)
class Totals:
    """Sums of review rows, as a totals line shows them."""

    doctors: int
    target: Decimal
    equivalents: Decimal
    effective_equivalents: Decimal
    performance_pay: Decimal
    basic_pay: Decimal


@dataclass(frozen=True)
class Working:
    """One doctor's review row with the policy figures and data it was computed from.

    `available_days`, `working_days` and `basic_amount` are None for a signed month, whose
    row was stored without them.
    """

    row: ReviewRow
    post_name: str
    title_name: str
    post_coefficient: Decimal
    title_coefficient: Decimal
    policy_annual_target: Decimal
    share: Decimal
    base_ratio: Decimal
    cap_ratio: Decimal
    reward_band_rate: Decimal
    aggravation: Decimal
    violation_deductions: tuple[Decimal, ...]
    veto_deduction: Decimal
    lines: tuple[BreakdownLine, ...] | None
    events: tuple[Event, ...]
    signed: bool
    available_days: int | None = None
    working_days: int | None = None
    basic_amount: Decimal | None = None


def month_end(ctx: Context, month: Month) -> MonthEnd:
    """The month's review, workflow status and pay settings."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        review = month_review(session, month)
        state = session.get(MonthState, str(month))
        setting = _pay_setting(session, month, state)
    return MonthEnd(
        month,
        state.status if state else OPEN,
        state.changed_by if state else None,
        state.changed_at if state else None,
        review,
        setting,
    )


def review_totals(rows: Iterable[ReviewRow]) -> Totals:
    """Totals of the given rows; missing figures (no grade, no value yet) count as 0."""
    rows = list(rows)
    return Totals(
        len(rows),
        sum((row.target for row in rows), ZERO),
        sum((row.equivalents for row in rows), ZERO),
        sum((row.effective_equivalents or ZERO for row in rows), ZERO),
        sum((row.performance_pay or ZERO for row in rows), ZERO),
        sum((row.basic_pay for row in rows), ZERO),
    )


def doctor_working(ctx: Context, month: Month, staff_no: str) -> Working:
    """The working of one doctor's month; a doctor may only see their own."""
    ctx.require(ADMINISTRATOR, DIRECTOR, DOCTOR)
    ctx.require_staff(staff_no)
    with ctx.database.reading() as session:
        state = session.get(MonthState, str(month))
        if state is not None and state.status == SIGNED:
            return _signed_working(session, month, staff_no, read_policy(state.policy_document))
        return _computed_working(session, month, staff_no)


def _computed_working(session: Session, month: Month, staff_no: str) -> Working:
    policy = load_policy(session, month.year)
    data = doctor_months(session, month, policy)
    review = review_month(policy, month, [item.doctor for item in data])
    row = next((row for row in review.rows if row.staff_no == staff_no), None)
    if row is None:
        raise Refused(f"{staff_no} has no appraisal in {month} (not employed, or not appraised)")
    doctor = next(item for item in data if item.doctor.staff_no == staff_no)
    return _working(
        policy,
        row,
        doctor.doctor.post.name,
        doctor.doctor.title.name,
        doctor.equivalents.lines,
        doctor.doctor.events,
        signed=False,
        available_days=doctor.doctor.available_days,
        working_days=doctor.doctor.working_days,
        basic_amount=doctor.doctor.basic_pay,
    )


def _signed_working(session: Session, month: Month, staff_no: str, policy: Policy) -> Working:
    breakdown = find_breakdown(stored_breakdowns(session, month), month, staff_no)
    return _working(
        policy,
        breakdown.row,
        breakdown.post_name,
        breakdown.title_name,
        breakdown.lines,
        breakdown.events,
        signed=True,
    )


def _working(policy: Policy, row: ReviewRow, post_name, title_name, lines, events, **more):
    post = policy.posts.get(row.post)
    title = policy.titles.get(row.title)
    return Working(
        row=row,
        post_name=post_name,
        title_name=title_name,
        post_coefficient=post.coefficient if post else Decimal(1),
        title_coefficient=title.coefficient if title else Decimal(1),
        policy_annual_target=policy.annual_target,
        share=policy.share(row.month),
        base_ratio=policy.base_ratio,
        cap_ratio=policy.cap_ratio,
        reward_band_rate=policy.reward_band_rate,
        aggravation=policy.aggravation,
        violation_deductions=policy.violation_deductions,
        veto_deduction=policy.veto_deduction,
        lines=lines,
        events=tuple(events),
        **more,
    )


def _pay_setting(session: Session, month: Month, state: MonthState | None) -> PaySetting:
    """The month's pay settings; a signed month's as they were signed."""
    if state is not None and state.status == SIGNED and state.policy_document:
        return read_policy(state.policy_document).pay_setting(month)
    return load_policy(session, month.year).pay_setting(month)
