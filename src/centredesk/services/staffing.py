"""The per-post staffing test from recorded volume (SPEC §2.8)."""

from collections import defaultdict
from datetime import date
from decimal import Decimal

from centredesk.model.months import Month
from centredesk.model.numbers import ZERO, r2, r4
from centredesk.model.staffing import PostStaffing, post_staffing
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context
from centredesk.services.errors import Refused
from centredesk.services.policies import load_policy, policy_years
from centredesk.services.review import month_review


def last_full_month(today: date | None = None) -> Month:
    return Month.of(today or date.today()).previous()


def posts_staffing(ctx: Context, until: Month | None = None) -> list[PostStaffing]:
    """Each appraised post's demand per full-time doctor over the 12 months ending `until`.

    Demand is the equivalents recorded in the post; full-time doctors are the month's
    attendance summed over the year ÷ 12, so a doctor who joined in July counts about half.
    """
    ctx.require(ADMINISTRATOR, DIRECTOR)
    until = until or last_full_month()
    with ctx.database.reading() as session:
        years = set(policy_years(session))
        if until.year not in years:
            raise Refused(f"there is no policy for {until.year}")
        policy = load_policy(session, until.year)
        demand, attendance = _recorded_volume(session, until, years)

    return [
        post_staffing(
            code,
            r2(demand[code]),
            r2(attendance[code] / 12),
            policy.annual_target,
            rule.coefficient,
            policy.base_ratio,
            policy.cap_ratio,
        )
        for code, rule in sorted(policy.posts.items())
        if rule.appraised
    ]


def _recorded_volume(session, until: Month, years: set[int]):
    demand: dict[str, Decimal] = defaultdict(lambda: ZERO)
    attendance: dict[str, Decimal] = defaultdict(lambda: ZERO)
    month = until
    for _ in range(12):
        if month.year in years:
            for row in month_review(session, month).rows:
                demand[row.post] += row.equivalents
                attendance[row.post] += r4(row.lines.attendance)
        month = month.previous()
    return demand, attendance
