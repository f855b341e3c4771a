"""Helpers of the service tests: signing in, a clock to move by hand, audit rows."""

from datetime import datetime, timedelta

from centredesk.services.accounts import authenticate
from centredesk.services.context import Actor, Context
from centredesk.storage.database import Database
from tests.conftest import DEMO_PASSWORD


def signed_in(database: Database, name: str, password: str = DEMO_PASSWORD) -> Context:
    """A context for `name`, signed in the way the desktop and command line do it."""
    return Context(database, authenticate(database, name, password))


def local(database: Database) -> Context:
    return Context(database, Actor.local_administrator())


class Clock:
    """A clock the test moves, so delays can be tested without sleeping."""

    def __init__(self, start: datetime = datetime(2026, 12, 1, 9, 0)) -> None:
        self.now = start

    def advance(self, seconds: float) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now
