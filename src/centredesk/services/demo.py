"""Filling an empty database with the demo centre, through the same imports as real files."""

import logging
import tempfile
from pathlib import Path

from sqlalchemy import func, select

from centredesk.files.policy_toml import read_policy
from centredesk.model.months import Month
from centredesk.services.accounts import add_demo_accounts
from centredesk.services.context import ADMINISTRATOR, Context
from centredesk.services.demo_data import write_demo_files
from centredesk.services.errors import Refused
from centredesk.services.imports import import_in_session
from centredesk.services.policies import store_policy
from centredesk.services.volunteer_demo import add_demo_volunteers
from centredesk.storage import tables as t

log = logging.getLogger(__name__)

# The password of every demo account (README): the demo holds no one's real data.
DEMO_PASSWORD = "demo1234"


def create_demo(ctx: Context, until: Month, seed: int = 1) -> int:
    """Fill an empty database with the demo centre up to `until`; returns the staff count.

    Everything goes in one transaction: an interrupted demo leaves the database empty.
    """
    ctx.require(ADMINISTRATOR)
    with tempfile.TemporaryDirectory(prefix="centredesk-demo-") as folder:
        files = write_demo_files(Path(folder), until, seed)
        with ctx.database.transaction() as session:
            _refuse_unless_empty(session)
            for kind, path in files.imports():
                if kind == "policy":
                    policy = read_policy(path.read_text(encoding="utf-8"))
                    store_policy(session, ctx, policy, path.name)
                else:
                    import_in_session(session, ctx, kind, path, path.name)
            add_demo_accounts(session, ctx.actor, DEMO_PASSWORD)
            add_demo_volunteers(session, until, seed)
            staff = session.scalar(select(func.count()).select_from(t.Staff))
    log.info("demo centre created up to %s (seed %s, %s staff)", until, seed, staff)
    return staff


def _refuse_unless_empty(session) -> None:
    for table in (t.Staff, t.PolicyDocument, t.Item, t.User):
        if session.scalar(select(func.count()).select_from(table)):
            raise Refused(
                "the demo centre only goes into an empty database; this one holds "
                "data already (use --db with a new file)"
            )
