"""Posts and titles: the register and their coefficients in each year's policy.

A post's or title's coefficient, mode and appraisal live in the policy of each year. A change
applies from a chosen year to every later policy year that exists, through `store_policy`:
unsigned months of those years are reviewed with it at once, while a signed month keeps the
rows and the policy it was signed with (SPEC §3), so no change here can alter a signed month.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, selectinload

from centredesk.files.policy_toml import read_policy
from centredesk.model.policy import POST_MODES, Policy, PostRule, TitleRule
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context, audit
from centredesk.services.errors import Refused
from centredesk.services.policies import load_policy, policy_years, store_policy
from centredesk.storage import tables as t

log = logging.getLogger(__name__)

MAX_CODE_LENGTH = 32
MAX_NAME_LENGTH = 100


@dataclass(frozen=True)
class PostView:
    """A post as the list shows it, with its coefficient in each policy year (None: absent)."""

    code: str
    name: str
    mode: str
    appraised: bool
    retired: bool
    in_use: bool
    coefficients: dict[int, Decimal | None]


@dataclass(frozen=True)
class TitleView:
    """A title as the list shows it, with its coefficient in each policy year (None: absent)."""

    code: str
    name: str
    retired: bool
    in_use: bool
    coefficients: dict[int, Decimal | None]


@dataclass(frozen=True)
class Register:
    """The posts and titles of the centre and the policy years their coefficients come from."""

    years: tuple[int, ...]
    posts: tuple[PostView, ...]
    titles: tuple[TitleView, ...]


@dataclass(frozen=True)
class PostForm:
    """A post as the edit form holds it; the coefficient applies from `from_year` on."""

    code: str
    name: str
    coefficient: Decimal
    mode: str
    appraised: bool
    from_year: int
    is_new: bool = False


@dataclass(frozen=True)
class TitleForm:
    """A title as the edit form holds it; the coefficient applies from `from_year` on."""

    code: str
    name: str
    coefficient: Decimal
    from_year: int
    is_new: bool = False


# --- reading -------------------------------------------------------------------------------


def posts_and_titles(ctx: Context) -> Register:
    """Every post and title, retired ones included, with their coefficients year by year."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        policies = _policies(session)
        posts = tuple(_post_view(session, row, policies) for row in _all(session, t.Post))
        titles = tuple(_title_view(session, row, policies) for row in _all(session, t.Title))
    return Register(tuple(sorted(policies)), posts, titles)


def _policies(session: Session) -> dict[int, Policy]:
    documents = session.scalars(select(t.PolicyDocument).order_by(t.PolicyDocument.year))
    return {row.year: read_policy(row.document) for row in documents}


def _all(session: Session, table):
    return session.scalars(select(table).order_by(table.code))


def _post_view(session: Session, row: t.Post, policies: dict[int, Policy]) -> PostView:
    coefficients = {
        year: rule.coefficient if (rule := policy.posts.get(row.code)) else None
        for year, policy in policies.items()
    }
    in_use = _post_in_use(session, row.id)
    return PostView(row.code, row.name, row.mode, row.appraised, row.retired, in_use, coefficients)


def _title_view(session: Session, row: t.Title, policies: dict[int, Policy]) -> TitleView:
    coefficients = {
        year: rule.coefficient if (rule := policy.titles.get(row.code)) else None
        for year, policy in policies.items()
    }
    return TitleView(row.code, row.name, row.retired, _title_in_use(session, row.id), coefficients)


def _post_in_use(session: Session, post_id: int) -> bool:
    assigned = exists().where(t.Assignment.post_id == post_id)
    indicators = exists().where(t.QualityIndicator.post_id == post_id)
    return bool(session.scalar(select(assigned | indicators)))


def _title_in_use(session: Session, title_id: int) -> bool:
    return bool(session.scalar(select(exists().where(t.Assignment.title_id == title_id))))


# --- saving --------------------------------------------------------------------------------


def post_form_problems(form: PostForm) -> list[str]:
    """What is wrong with a post form on its own, before the database is asked."""
    problems = _code_and_name_problems(form.code, form.name)
    if form.coefficient <= 0:
        problems.append("the coefficient must be above 0")
    if form.mode not in POST_MODES:
        problems.append("the post mode must be process or specialty")
    return problems


def title_form_problems(form: TitleForm) -> list[str]:
    """What is wrong with a title form on its own, before the database is asked."""
    problems = _code_and_name_problems(form.code, form.name)
    if form.coefficient <= 0:
        problems.append("the coefficient must be above 0")
    return problems


def save_post(ctx: Context, form: PostForm) -> None:
    """Add or change a post in the register and in the policies from `form.from_year` on."""
    ctx.require(ADMINISTRATOR)
    _refuse_problems(post_form_problems(form))
    code = form.code.strip()
    rule = PostRule(code, form.name.strip(), form.coefficient, form.mode, form.appraised)

    with ctx.database.transaction() as session:
        row = _existing_or_new(session, t.Post, code, form.is_new, "post")
        before = _post_record(row)
        years = _years_from(session, form.from_year)
        for year in years:
            policy = load_policy(session, year)
            posts = {**policy.posts, code: rule}
            store_policy(session, ctx, replace(policy, posts=posts).validated(), f"post {code}")
        after = {**_post_record_of(rule), "from_year": form.from_year}
        audit(session, ctx.actor, "post saved", code, before, after)
    log.info("post %s saved by %s for %s", code, ctx.actor.name, _years_text(years))


def save_title(ctx: Context, form: TitleForm) -> None:
    """Add or change a title in the register and in the policies from `form.from_year` on."""
    ctx.require(ADMINISTRATOR)
    _refuse_problems(title_form_problems(form))
    code = form.code.strip()
    rule = TitleRule(code, form.name.strip(), form.coefficient)

    with ctx.database.transaction() as session:
        row = _existing_or_new(session, t.Title, code, form.is_new, "title")
        before = {"name": row.name} if row else None
        years = _years_from(session, form.from_year)
        for year in years:
            policy = load_policy(session, year)
            titles = {**policy.titles, code: rule}
            store_policy(session, ctx, replace(policy, titles=titles).validated(), f"title {code}")
        after = {"name": rule.name, "coefficient": rule.coefficient, "from_year": form.from_year}
        audit(session, ctx.actor, "title saved", code, before, after)
    log.info("title %s saved by %s for %s", code, ctx.actor.name, _years_text(years))


def _code_and_name_problems(code: str, name: str) -> list[str]:
    problems = []
    code = code.strip()
    if not code:
        problems.append("a code is required")
    elif len(code) > MAX_CODE_LENGTH or any(character.isspace() for character in code):
        problems.append(f"a code has at most {MAX_CODE_LENGTH} characters and no spaces")
    if not name.strip():
        problems.append("a name is required")
    elif len(name.strip()) > MAX_NAME_LENGTH:
        problems.append(f"a name has at most {MAX_NAME_LENGTH} characters")
    return problems


def _refuse_problems(problems: list[str]) -> None:
    if problems:
        raise Refused("; ".join(problems))


def _existing_or_new(session: Session, table, code: str, is_new: bool, what: str):
    """The register row of `code` when editing; None when adding one that does not exist."""
    row = session.scalar(select(table).where(table.code == code))
    if is_new and row is not None:
        raise Refused(f"the {what} {code} exists already ({row.name})")
    if not is_new and row is None:
        raise Refused(f"the {what} {code} no longer exists")
    return row


def _years_from(session: Session, from_year: int) -> list[int]:
    years = [year for year in policy_years(session) if year >= from_year]
    if not years:
        raise Refused(f"there is no policy for {from_year} or later; import or create one first")
    return years


def _years_text(years: list[int]) -> str:
    return ", ".join(str(year) for year in years)


def _post_record(row: t.Post | None) -> dict | None:
    if row is None:
        return None
    return {"name": row.name, "mode": row.mode, "appraised": row.appraised}


def _post_record_of(rule: PostRule) -> dict:
    return {
        "name": rule.name,
        "mode": rule.mode,
        "appraised": rule.appraised,
        "coefficient": rule.coefficient,
    }


# --- retiring and deleting -----------------------------------------------------------------


def set_post_retired(ctx: Context, code: str, retired: bool) -> None:
    """Retire a post (hidden from pickers, kept with its history) or bring it back."""
    ctx.require(ADMINISTRATOR)
    with ctx.database.transaction() as session:
        row = _existing_or_new(session, t.Post, code, False, "post")
        if retired:
            _refuse_current_holders(session, lambda a: a.post_id == row.id, f"post {code}")
        row.retired = retired
        audit(session, ctx.actor, "post retired" if retired else "post restored", code)
    log.info("post %s %s by %s", code, "retired" if retired else "restored", ctx.actor.name)


def set_title_retired(ctx: Context, code: str, retired: bool) -> None:
    """Retire a title (hidden from pickers, kept with its history) or bring it back."""
    ctx.require(ADMINISTRATOR)
    with ctx.database.transaction() as session:
        row = _existing_or_new(session, t.Title, code, False, "title")
        if retired:
            _refuse_current_holders(session, lambda a: a.title_id == row.id, f"title {code}")
        row.retired = retired
        audit(session, ctx.actor, "title retired" if retired else "title restored", code)
    log.info("title %s %s by %s", code, "retired" if retired else "restored", ctx.actor.name)


def delete_post(ctx: Context, code: str) -> None:
    """Delete a post that nobody ever held, from the register and every year's policy."""
    ctx.require(ADMINISTRATOR)
    with ctx.database.transaction() as session:
        row = _existing_or_new(session, t.Post, code, False, "post")
        if _post_in_use(session, row.id):
            raise Refused(f"the post {code} has history (staff or quality indicators): retire it")
        for policy in _policies_with_pay(session):
            if code in policy.posts:
                posts = {key: rule for key, rule in policy.posts.items() if key != code}
                store_policy(session, ctx, replace(policy, posts=posts), f"post {code}")
        session.delete(row)
        audit(session, ctx.actor, "post deleted", code, _post_record(row))
    log.info("post %s deleted by %s", code, ctx.actor.name)


def delete_title(ctx: Context, code: str) -> None:
    """Delete a title that nobody ever held, from the register and every year's policy."""
    ctx.require(ADMINISTRATOR)
    with ctx.database.transaction() as session:
        row = _existing_or_new(session, t.Title, code, False, "title")
        if _title_in_use(session, row.id):
            raise Refused(f"the title {code} has history (staff held it): retire it")
        for policy in _policies_with_pay(session):
            if code in policy.titles:
                titles = {key: rule for key, rule in policy.titles.items() if key != code}
                store_policy(session, ctx, replace(policy, titles=titles), f"title {code}")
        session.delete(row)
        audit(session, ctx.actor, "title deleted", code, {"name": row.name})
    log.info("title %s deleted by %s", code, ctx.actor.name)


def _policies_with_pay(session: Session) -> list[Policy]:
    """Every year's policy with its months' pay settings, so storing it keeps them."""
    return [load_policy(session, year) for year in policy_years(session)]


def _refuse_current_holders(session: Session, holds: Callable, what: str) -> None:
    """Refuse while staff employed today or later hold `what` in their latest assignment."""
    staff = session.scalars(
        select(t.Staff)
        .where(t.Staff.end.is_(None) | (t.Staff.end >= date.today()))
        .options(selectinload(t.Staff.assignments))
        .order_by(t.Staff.staff_no)
    )
    holders = [row for row in staff if row.assignments and holds(_latest(row))]
    if holders:
        names = ", ".join(f"{row.name} ({row.staff_no})" for row in holders[:5])
        more = f" and {len(holders) - 5} more" if len(holders) > 5 else ""
        raise Refused(f"{names}{more} still hold the {what}: change their post or title first")


def _latest(staff: t.Staff) -> t.Assignment:
    return max(staff.assignments, key=lambda a: a.effective or date.min)
