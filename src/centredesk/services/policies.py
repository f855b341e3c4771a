"""The yearly appraisal policy: import, export, and loading it for a review."""

import logging
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from centredesk.files.policy_toml import read_policy, write_policy
from centredesk.model.months import Month
from centredesk.model.policy import PaySetting, Policy, PolicyError
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context, audit
from centredesk.services.errors import Refused
from centredesk.services.months import mark_changed, signed_months
from centredesk.storage.tables import PaySettingRow, PolicyDocument, Post, Title

log = logging.getLogger(__name__)


def load_policy(session: Session, year: int) -> Policy:
    """The policy of `year` with its months' pay settings; Refused when there is none."""
    document = session.get(PolicyDocument, year)
    if document is None:
        raise Refused(f"there is no policy for {year}; import one first")
    policy = read_policy(document.document)
    return replace(policy, pay=pay_settings(session, year))


def policy_years(session: Session) -> list[int]:
    return list(session.scalars(select(PolicyDocument.year).order_by(PolicyDocument.year)))


def pay_settings(session: Session, year: int) -> dict[Month, PaySetting]:
    rows = session.scalars(select(PaySettingRow).where(PaySettingRow.month.like(f"{year}-%")))
    return {Month.parse(row.month): _setting(row) for row in rows}


def import_policy(ctx: Context, text: str, shown_as: str = "policy") -> Policy:
    """Replace a year's policy for its unsigned months (SPEC §2.10); Refused with every reason."""
    ctx.require(ADMINISTRATOR)
    try:
        policy = read_policy(text)
    except PolicyError as error:
        raise Refused("\n".join(f"{shown_as}: {problem}" for problem in error.problems)) from None

    with ctx.database.transaction() as session:
        store_policy(session, ctx, policy, shown_as)
    log.info("imported the %s policy from %s", policy.year, shown_as)
    return policy


def store_policy(session: Session, ctx: Context, policy: Policy, shown_as: str) -> None:
    """Store a validated policy within the caller's transaction (see import_policy)."""
    ctx.require(ADMINISTRATOR)
    signed = signed_months(session, policy.year)
    _refuse_signed_pay_changes(session, policy, signed, shown_as)
    # Read before storing: the merge below updates this very object.
    before = session.get(PolicyDocument, policy.year)
    before_text = before.document if before else None
    _store_policy(session, policy, signed)
    mark_changed(session, [Month(policy.year, m) for m in range(1, 13)], ctx.actor)
    audit(session, ctx.actor, "policy import", str(policy.year), before_text, write_policy(policy))


def export_policy(ctx: Context, year: int) -> str:
    """The year's policy as a TOML document, pay settings included."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        return write_policy(load_policy(session, year))


def _refuse_signed_pay_changes(
    session: Session, policy: Policy, signed: set[Month], shown_as: str
) -> None:
    stored = pay_settings(session, policy.year)
    changed = sorted(
        month
        for month in signed
        if month in policy.pay and policy.pay[month] != stored.get(month, PaySetting())
    )
    if changed:
        months = ", ".join(str(month) for month in changed)
        raise Refused(
            f"{shown_as}: the pay settings of signed months would change ({months}); "
            "reopen those months first"
        )


def _store_policy(session: Session, policy: Policy, signed: set[Month]) -> None:
    """Save the document, the register of posts and titles, and unsigned months' pay settings.

    A month the file leaves out keeps no pay setting unless it is signed; a signed month keeps
    the one it was signed with.
    """
    session.merge(PolicyDocument(year=policy.year, document=write_policy(replace(policy, pay={}))))
    _register_posts_and_titles(session, policy)
    for month in (Month(policy.year, number) for number in range(1, 13)):
        if month in signed:
            continue
        existing = session.get(PaySettingRow, str(month))
        if existing is not None:
            session.delete(existing)
        if month in policy.pay:
            session.flush()
            session.add(_row(month, policy.pay[month]))


def _register_posts_and_titles(session: Session, policy: Policy) -> None:
    posts = {post.code: post for post in session.scalars(select(Post))}
    for rule in policy.posts.values():
        post = posts.get(rule.code) or Post(code=rule.code)
        post.name, post.mode, post.appraised = rule.name, rule.mode, rule.appraised
        session.add(post)
    titles = {title.code: title for title in session.scalars(select(Title))}
    for rule in policy.titles.values():
        title = titles.get(rule.code) or Title(code=rule.code)
        title.name = rule.name
        session.add(title)


def _setting(row: PaySettingRow) -> PaySetting:
    return PaySetting(
        row.value_per_equivalent, row.fund, row.distributable_ratio, row.planned_equivalents
    )


def _row(month: Month, setting: PaySetting) -> PaySettingRow:
    return PaySettingRow(
        month=str(month),
        value_per_equivalent=setting.value_per_equivalent,
        fund=setting.fund,
        distributable_ratio=setting.distributable_ratio,
        planned_equivalents=setting.planned_equivalents,
    )
