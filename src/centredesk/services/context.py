"""Who is acting on which database: every service call takes a Context."""

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from centredesk.roles import ADMINISTRATOR, DIRECTOR, DOCTOR, ROLES
from centredesk.services.errors import PermissionDenied
from centredesk.storage.database import Database
from centredesk.storage.tables import AuditEntry, PolicyDocument, Staff, User

log = logging.getLogger(__name__)

# The roles are defined in centredesk.roles, which the screens import without the database;
# services take them from here with the rest of who-may-do-what.
__all__ = [
    "ADMINISTRATOR",
    "DIRECTOR",
    "DOCTOR",
    "ROLES",
    "Actor",
    "Context",
    "audit",
    "has_accounts",
    "needs_first_run",
]


@dataclass(frozen=True)
class Actor:
    """A signed-in user: their name, role, and for a doctor their staff number."""

    name: str
    role: str
    staff_no: str | None = None
    is_local: bool = False

    @classmethod
    def local_administrator(cls) -> "Actor":
        """The user of a database that has no accounts yet: it may do everything."""
        return cls("local", ADMINISTRATOR, is_local=True)

    @classmethod
    def anonymous(cls) -> "Actor":
        """Nobody signed in, as when an administrator recovers a forgotten password."""
        return cls("anonymous", "")


@dataclass(frozen=True)
class Context:
    """A database and the user acting on it."""

    database: Database
    actor: Actor

    def require(self, *roles: str) -> None:
        """Refuse unless the actor has one of `roles`; the local user may do anything."""
        if self.actor.is_local:
            self._refuse_local_once_accounts_exist()
        elif self.actor.role not in roles:
            role = self.actor.role or "not signed in"
            raise PermissionDenied(f"{self.actor.name} ({role}) may not do this")

    def require_staff(self, staff_no: str) -> None:
        """A doctor may only reach their own records; the director and administrator anyone's."""
        if self.actor.is_local:
            self._refuse_local_once_accounts_exist()
        elif self.actor.role == DOCTOR and self.actor.staff_no != staff_no:
            raise PermissionDenied(f"{self.actor.name} may only see their own records")
        elif self.actor.role not in ROLES:
            raise PermissionDenied(f"{self.actor.name} may not see staff records")

    def _refuse_local_once_accounts_exist(self) -> None:
        # Checked on every call, so a window opened before the first account was made
        # loses its free hand the moment that account exists.
        if has_accounts(self.database):
            raise PermissionDenied("this database has user accounts: sign in first")


def has_accounts(database: Database) -> bool:
    """Whether any account exists; until then the database has a single local user."""
    with database.reading() as session:
        return session.scalar(select(User.id).limit(1)) is not None


def needs_first_run(database: Database) -> bool:
    """Whether the database is new: no policy, no staff and no accounts."""
    with database.reading() as session:
        return all(
            session.scalar(select(column).limit(1)) is None
            for column in (PolicyDocument.year, Staff.id, User.id)
        )


def audit(
    session: Session,
    actor: Actor,
    action: str,
    target: str = "",
    before: Any = None,
    after: Any = None,
) -> None:
    """Add an audit entry to the session's transaction, so it lands with the change or not."""
    session.add(
        AuditEntry(
            at=datetime.now().replace(microsecond=0),
            user=actor.name,
            action=action,
            target=target,
            before=_json(before),
            after=_json(after),
        )
    )


def _json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)
