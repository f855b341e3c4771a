"""The year (SPEC §2.11): twelve months side by side, the posts' staffing, the monthly shares.

A month without any recorded workload (a month still to come) is left empty rather than
reviewed, so it shows no one as below the base line.
"""

import logging
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from centredesk.collector import collector_paused
from centredesk.model.appraisal import MonthReview, ReviewRow, review_month
from centredesk.model.doctor_month import StaffRecord
from centredesk.model.fund import FundFigures
from centredesk.model.months import Month
from centredesk.model.numbers import ZERO, r2
from centredesk.model.policy import Policy
from centredesk.model.shares import propose_shares, share_problems
from centredesk.model.staffing import PostStaffing, post_staffing
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context, audit
from centredesk.services.errors import Refused
from centredesk.services.month_data import (
    Catalogue,
    doctor_months,
    employed_records,
    load_catalogue,
)
from centredesk.services.months import SIGNED, month_status
from centredesk.services.policies import load_policy, policy_years, store_policy
from centredesk.services.review import stored_review
from centredesk.storage.tables import WorkloadEntry

log = logging.getLogger(__name__)

# progress(done, total) -> False to stop; see ui/worker.Progress.
ProgressFn = Callable[[int, int], bool]
SHARE_YEARS = 3


@dataclass(frozen=True)
class YearDoctor:
    """One doctor's months of the year (None where they have no row) and their totals."""

    staff_no: str
    name: str
    post: str
    months: tuple[ReviewRow | None, ...]

    @property
    def rows(self) -> list[ReviewRow]:
        return [row for row in self.months if row is not None]

    @property
    def target(self) -> Decimal:
        return sum((row.target for row in self.rows), ZERO)

    @property
    def equivalents(self) -> Decimal:
        return sum((row.equivalents for row in self.rows), ZERO)

    @property
    def effective_equivalents(self) -> Decimal:
        return sum((row.effective_equivalents or ZERO for row in self.rows), ZERO)

    @property
    def performance_pay(self) -> Decimal:
        return sum((row.performance_pay or ZERO for row in self.rows), ZERO)

    @property
    def basic_pay(self) -> Decimal:
        return sum((row.basic_pay for row in self.rows), ZERO)

    @property
    def months_deducted(self) -> int:
        return sum(1 for row in self.rows if row.deduction.ratio > 0)


@dataclass(frozen=True)
class YearMonth:
    """A month of the year: its status, totals and fund; `review` None when nothing recorded."""

    month: Month
    status: str
    review: MonthReview | None

    @property
    def equivalents(self) -> Decimal | None:
        if self.review is None:
            return None
        return sum((row.equivalents for row in self.review.rows), ZERO)

    @property
    def fund(self) -> FundFigures | None:
        return self.review.fund if self.review else None

    @property
    def performance_pay(self) -> Decimal | None:
        return self.review.total_performance_pay if self.review else None


@dataclass(frozen=True)
class YearSummary:
    """A year's months, doctors and posts (SPEC §2.11 and §2.8)."""

    year: int
    months: tuple[YearMonth, ...]
    doctors: tuple[YearDoctor, ...]
    posts: tuple[PostStaffing, ...]

    @property
    def months_recorded(self) -> int:
        return sum(1 for month in self.months if month.review is not None)


@dataclass(frozen=True)
class SharesProposal:
    """Shares proposed from recorded volume (SPEC §2.9) beside the year's current shares."""

    year: int
    current: tuple[Decimal, ...]
    proposed: tuple[Decimal, ...]
    totals: dict[int, tuple[Decimal, ...]]
    skipped: tuple[int, ...]


# --- the year ------------------------------------------------------------------------------


def year_summary(ctx: Context, year: int, progress: ProgressFn | None = None) -> YearSummary:
    """The year's twelve months per doctor, each month's fund, and the posts' staffing test."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        policy = load_policy(session, year)
        months = year_months(session, year, policy, progress)
    doctors = _doctors(months)
    return YearSummary(year, months, doctors, _posts_staffing(policy, months))


def year_shares(ctx: Context, year: int) -> tuple[Decimal, ...]:
    """The monthly shares of the year's policy."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        return load_policy(session, year).shares


def monthly_equivalents(ctx: Context, year: int) -> tuple[Decimal | None, ...]:
    """The centre's equivalents in each month of `year` (None: nothing recorded, no policy)."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        if year not in policy_years(session):
            return (None,) * 12
        months = year_months(session, year, load_policy(session, year))
    return tuple(month.equivalents for month in months)


def year_months(
    session: Session, year: int, policy: Policy, progress: ProgressFn | None = None
) -> tuple[YearMonth, ...]:
    """The twelve months' reviews, loading the catalogue and staff once for all of them."""
    catalogue = load_catalogue(session)
    staff = employed_records(session)
    recorded = _recorded_months(session, year)
    result = []
    with collector_paused():
        for number in range(1, 13):
            month = Month(year, number)
            result.append(_year_month(session, month, policy, catalogue, staff, recorded))
            if progress is not None and not progress(number, 12):
                raise Refused("stopped")
    return tuple(result)


def _year_month(
    session: Session,
    month: Month,
    policy: Policy,
    catalogue: Catalogue,
    staff: list[tuple[int, StaffRecord]],
    recorded: set[Month],
) -> YearMonth:
    status = month_status(session, month)
    review = None
    if status == SIGNED:
        review = stored_review(session, month)
    elif month in recorded:
        data = doctor_months(session, month, policy, catalogue=catalogue, staff=staff)
        review = review_month(policy, month, [item.doctor for item in data])
    return YearMonth(month, status, review)


def _recorded_months(session: Session, year: int) -> set[Month]:
    """The months of `year` with any workload entry: one index probe per month."""
    recorded = set()
    for number in range(1, 13):
        month = Month(year, number)
        query = select(WorkloadEntry.id).where(
            WorkloadEntry.day.between(month.first_day, month.last_day)
        )
        if session.scalar(query.limit(1)) is not None:
            recorded.add(month)
    return recorded


def _doctors(months: Sequence[YearMonth]) -> tuple[YearDoctor, ...]:
    rows: dict[str, list[ReviewRow | None]] = {}
    for index, year_month in enumerate(months):
        for row in year_month.review.rows if year_month.review else ():
            rows.setdefault(row.staff_no, [None] * 12)[index] = row
    doctors = []
    for staff_no in sorted(rows):
        latest = next(row for row in reversed(rows[staff_no]) if row is not None)
        doctors.append(YearDoctor(staff_no, latest.name, latest.post, tuple(rows[staff_no])))
    return tuple(doctors)


def _posts_staffing(policy: Policy, months: Sequence[YearMonth]) -> tuple[PostStaffing, ...]:
    """SPEC §2.8's test per appraised post from the year's recorded volume, annualised.

    Demand is the post's equivalents over the recorded months × 12 ÷ their number; doctors
    are the full-time equivalents (attendance) averaged over those months.
    """
    recorded = [month.review for month in months if month.review is not None]
    demand: dict[str, Decimal] = defaultdict(lambda: ZERO)
    attendance: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for review in recorded:
        for row in review.rows:
            demand[row.post] += row.equivalents
            attendance[row.post] += row.lines.attendance
    count = len(recorded) or 1
    return tuple(
        post_staffing(
            code,
            r2(demand[code] * 12 / count),
            r2(attendance[code] / count),
            policy.annual_target,
            rule.coefficient,
            policy.base_ratio,
            policy.cap_ratio,
        )
        for code, rule in sorted(policy.posts.items())
        if rule.appraised
    )


# --- monthly shares ------------------------------------------------------------------------


def propose_year_shares(
    ctx: Context, year: int, progress: ProgressFn | None = None
) -> SharesProposal:
    """Shares for `year` from the three years before it (SPEC §2.9), beside the current ones.

    Only years with a policy and workload recorded in all twelve months are used: a year
    with months missing would push its empty months' shares down.
    """
    ctx.require(ADMINISTRATOR, DIRECTOR)
    totals, skipped = {}, []
    with ctx.database.reading() as session:
        current = load_policy(session, year).shares
        years = set(policy_years(session))
        for done, earlier in enumerate(range(year - SHARE_YEARS, year), start=1):
            monthly = _complete_year(session, earlier) if earlier in years else None
            if monthly is None:
                skipped.append(earlier)
            else:
                totals[earlier] = monthly
            if progress is not None and not progress(done, SHARE_YEARS):
                raise Refused("stopped")
    if not totals:
        first, last = year - SHARE_YEARS, year - 1
        raise Refused(f"no year from {first} to {last} has workload recorded in all twelve months")
    proposed = propose_shares(list(totals.values()))
    return SharesProposal(year, current, proposed, totals, tuple(skipped))


def accept_shares(ctx: Context, year: int, shares: Sequence[Decimal]) -> None:
    """Make `shares` the year's monthly shares.

    The targets of the year's unsigned months change; a signed month keeps the policy it
    was signed with, and so its targets.
    """
    ctx.require(ADMINISTRATOR)
    shares = tuple(shares)
    problems = share_problems(shares)
    if problems:
        raise Refused("; ".join(problems))
    with ctx.database.transaction() as session:
        policy = load_policy(session, year)
        store_policy(session, ctx, replace(policy, shares=shares), f"monthly shares {year}")
        before, after = [str(s) for s in policy.shares], [str(s) for s in shares]
        audit(session, ctx.actor, "monthly shares", str(year), before, after)
    log.info("monthly shares of %s changed", year)


def _complete_year(session: Session, year: int) -> tuple[Decimal, ...] | None:
    """The year's twelve monthly equivalents, or None unless every month has recorded data."""
    months = year_months(session, year, load_policy(session, year))
    totals = [month.equivalents for month in months]
    if any(total is None for total in totals):
        return None
    return tuple(totals)
