"""Who is acting on which database: every service call takes a Context."""

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from centredesk.services.errors import PermissionDenied
from centredesk.storage.database import Database
from centredesk.storage.tables import AuditEntry

log = logging.getLogger(__name__)

ADMINISTRATOR = "administrator"
DIRECTOR = "director"
DOCTOR = "doctor"
ROLES = (ADMINISTRATOR, DIRECTOR, DOCTOR)


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


@dataclass(frozen=True)
class Context:
    """A database and the user acting on it."""

    database: Database
    actor: Actor

    def require(self, *roles: str) -> None:
        """Refuse unless the actor has one of `roles` (before any account exists, anyone may)."""
        if not self.actor.is_local and self.actor.role not in roles:
            raise PermissionDenied(f"{self.actor.name} ({self.actor.role}) may not do this")

    def require_staff(self, staff_no: str) -> None:
        """A doctor may only reach their own records; others reach everyone's."""
        if self.actor.role == DOCTOR and self.actor.staff_no != staff_no:
            raise PermissionDenied(f"{self.actor.name} may only see their own records")


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
