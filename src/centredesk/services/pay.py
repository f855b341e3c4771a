"""A month's pay settings: value per equivalent, or a fund (SPEC §2.4)."""

import logging

from centredesk.model.appraisal import MonthReview
from centredesk.model.months import Month
from centredesk.model.policy import PaySetting, pay_setting_problems
from centredesk.services.context import ADMINISTRATOR, Context, audit
from centredesk.services.errors import Refused
from centredesk.services.months import mark_changed, refuse_signed
from centredesk.services.policies import load_policy
from centredesk.services.review import computed_review
from centredesk.storage.tables import PaySettingRow

log = logging.getLogger(__name__)


def set_pay(ctx: Context, month: Month, setting: PaySetting) -> MonthReview:
    """Store the month's pay settings and return the review they give."""
    ctx.require(ADMINISTRATOR)
    problems = pay_setting_problems(month, setting)
    if setting.is_empty:
        problems.append("give a value per equivalent, or a fund with its distributable ratio")
    if problems:
        raise Refused("; ".join(problems))
    with ctx.database.transaction() as session:
        refuse_signed(session, [month], "its pay settings")
        load_policy(session, month.year)
        before = session.get(PaySettingRow, str(month))
        session.merge(
            PaySettingRow(
                month=str(month),
                value_per_equivalent=setting.value_per_equivalent,
                fund=setting.fund,
                distributable_ratio=setting.distributable_ratio,
                planned_equivalents=setting.planned_equivalents,
            )
        )
        mark_changed(session, [month], ctx.actor)
        audit(session, ctx.actor, "pay settings", str(month), _describe(before), _describe(setting))
        session.flush()
        result = computed_review(session, month)
    log.info("pay settings of %s changed", month)
    return result


def _describe(setting: PaySetting | PaySettingRow | None) -> dict[str, str] | None:
    if setting is None:
        return None
    fields = ("value_per_equivalent", "fund", "distributable_ratio", "planned_equivalents")
    return {
        name: str(getattr(setting, name)) for name in fields if getattr(setting, name) is not None
    }
