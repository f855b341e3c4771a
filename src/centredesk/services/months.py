"""The month workflow open → reviewed → signed, and the lock on a signed month (SPEC §3)."""

import logging
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from centredesk.model.months import Month
from centredesk.services.context import Actor
from centredesk.services.errors import Refused
from centredesk.storage.tables import MonthState

log = logging.getLogger(__name__)

OPEN, REVIEWED, SIGNED = "open", "reviewed", "signed"


def month_status(session: Session, month: Month) -> str:
    state = session.get(MonthState, str(month))
    return state.status if state else OPEN


def signed_months(session: Session, year: int | None = None) -> set[Month]:
    query = select(MonthState.month).where(MonthState.status == SIGNED)
    if year is not None:
        query = query.where(MonthState.month.like(f"{year}-%"))
    return {Month.parse(text) for text in session.scalars(query)}


def refuse_signed(session: Session, months: Iterable[Month], what: str = "its data") -> None:
    """Refuse a change that touches any signed month, naming them."""
    months = set(months)
    signed = sorted(month for month in signed_months(session) if month in months)
    if signed:
        listed = ", ".join(str(month) for month in signed)
        raise Refused(
            f"{listed} {'is' if len(signed) == 1 else 'are'} signed: {what} cannot "
            "change until the month is reopened"
        )


def mark_changed(session: Session, months: Iterable[Month], actor: Actor) -> None:
    """A change to a month's data sends a reviewed month back to open (SPEC §3).

    Callers refuse changes to signed months first; this never touches one.
    """
    texts = [str(month) for month in set(months)]
    reviewed = session.scalars(
        select(MonthState).where(MonthState.month.in_(texts), MonthState.status == REVIEWED)
    )
    for state in reviewed:
        set_status(session, state.month, OPEN, actor)
        log.info("%s went back to open: its data changed", state.month)


def set_status(session: Session, month: str, status: str, actor: Actor) -> MonthState:
    state = session.get(MonthState, month) or MonthState(month=month)
    state.status = status
    state.changed_at = datetime.now().replace(microsecond=0)
    state.changed_by = actor.name
    session.add(state)
    return state
