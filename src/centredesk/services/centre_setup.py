"""Setting up a new, empty database: the centre's name, this year's policy, the administrator."""

import logging
from dataclasses import dataclass, replace
from decimal import Decimal

from centredesk.model.months import Month
from centredesk.model.policy import Policy
from centredesk.services.accounts import MIN_PASSWORD_LENGTH, authenticate, create_account
from centredesk.services.context import ADMINISTRATOR, Actor, Context
from centredesk.services.demo_centre import POSTS, TITLES, public_holidays
from centredesk.services.errors import Refused
from centredesk.services.policies import store_policy
from centredesk.services.settings import set_setting

log = logging.getLogger(__name__)

# The demo's posts and titles are a typical centre's; a new centre starts them at coefficient 1
# and sets its own coefficients on the posts and titles tab.
DEFAULT_POSTS = tuple(replace(post, coefficient=Decimal(1)) for post in POSTS)
DEFAULT_TITLES = tuple(replace(title, coefficient=Decimal(1)) for title in TITLES)
DEMO_ADMINISTRATOR = "admin"


@dataclass(frozen=True)
class CentreForm:
    """What the first-run wizard asks of a new centre."""

    centre_name: str
    year: int
    administrator: str
    password: str


@dataclass(frozen=True)
class CentreReady:
    """A set-up database: who is signed in now, and the recovery code to show once."""

    actor: Actor
    recovery_code: str | None = None


def default_policy(year: int) -> Policy:
    """CentreDesk's default policy of `year` with typical posts, titles and public holidays."""
    holidays, workdays = public_holidays(year)
    return Policy(
        year=year,
        holidays=holidays,
        workdays=workdays,
        posts={post.code: post for post in DEFAULT_POSTS},
        titles={title.code: title for title in DEFAULT_TITLES},
    ).validated()


def form_problems(form: CentreForm) -> list[str]:
    """What is wrong with the wizard's answers, before anything is stored."""
    problems = []
    if not form.centre_name.strip():
        problems.append("the centre's name is required")
    if not form.administrator.strip():
        problems.append("the administrator's account name is required")
    if len(form.password) < MIN_PASSWORD_LENGTH:
        problems.append(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    return problems


def set_up_centre(ctx: Context, form: CentreForm) -> CentreReady:
    """Create the administrator, then store the centre's name and the year's default policy.

    The account comes first, as it is what the person may still get wrong; from then on the
    work is done as that administrator, since a database with accounts has no local user.
    """
    ctx.require(ADMINISTRATOR)
    problems = form_problems(form)
    if problems:
        raise Refused("; ".join(problems))

    code = create_account(ctx, form.administrator.strip(), ADMINISTRATOR, form.password)
    actor = authenticate(ctx.database, form.administrator.strip(), form.password)
    signed_in = Context(ctx.database, actor)
    set_setting(signed_in, "centre_name", form.centre_name)
    with signed_in.database.transaction() as session:
        store_policy(session, signed_in, default_policy(form.year), "the default policy")
    log.info("new centre set up with the default %s policy", form.year)
    return CentreReady(actor, code)


def open_demo_centre(ctx: Context, until: Month) -> CentreReady:
    """Fill the empty database with the demo centre and sign in as its administrator."""
    ctx.require(ADMINISTRATOR)
    from centredesk.services.demo import DEMO_PASSWORD, create_demo

    create_demo(ctx, until)
    return CentreReady(authenticate(ctx.database, DEMO_ADMINISTRATOR, DEMO_PASSWORD))
