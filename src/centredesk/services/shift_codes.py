"""The duty roster's shift codes: work shifts, rest, and leave codes that record leave."""

import logging
import re
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context, audit
from centredesk.services.errors import Refused
from centredesk.storage import tables as t

log = logging.getLogger(__name__)

WORK, REST, LEAVE = "work", "rest", "leave"
KINDS = (WORK, REST, LEAVE)
MAX_CODE_LENGTH = 16
MAX_HOURS = Decimal(24)
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class ShiftCodeView:
    """A shift code as the roster and its settings show it."""

    id: int
    code: str
    name: str
    hours: Decimal
    kind: str
    colour: str
    retired: bool

    @property
    def is_leave(self) -> bool:
        return self.kind == LEAVE

    @property
    def is_work(self) -> bool:
        return self.kind == WORK


@dataclass(frozen=True)
class ShiftCodeForm:
    """A shift code as the edit form holds it; `id` None for a new one."""

    code: str
    name: str
    hours: Decimal
    kind: str
    colour: str = ""
    id: int | None = None


def list_shift_codes(ctx: Context, include_retired: bool = True) -> list[ShiftCodeView]:
    """The shift codes in the order they were made; retired ones only when asked."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        return [
            code_view(row)
            for row in session.scalars(select(t.ShiftCode).order_by(t.ShiftCode.id))
            if include_retired or not row.retired
        ]


def code_view(row: t.ShiftCode) -> ShiftCodeView:
    kind = LEAVE if row.is_leave else REST if row.is_rest else WORK
    return ShiftCodeView(row.id, row.code, row.name, row.hours, kind, row.colour, row.retired)


def codes_by_text(session: Session) -> dict[str, t.ShiftCode]:
    """Every shift code by its text as typed in a cell (folded, so `am` finds `AM`)."""
    return {row.code.casefold(): row for row in session.scalars(select(t.ShiftCode))}


def form_problems(form: ShiftCodeForm) -> list[str]:
    """What is wrong with a shift code form on its own, before the database is asked."""
    problems = []
    code = form.code.strip()
    if not code:
        problems.append("a code is required")
    elif len(code) > MAX_CODE_LENGTH or any(character.isspace() for character in code):
        problems.append(f"a code has at most {MAX_CODE_LENGTH} characters and no spaces")
    if not form.name.strip():
        problems.append("a name is required")
    if not Decimal(0) <= form.hours <= MAX_HOURS:
        problems.append("hours are between 0 and 24")
    if form.kind not in KINDS:
        problems.append("the kind must be work, rest or leave")
    if form.colour and not _COLOUR.match(form.colour):
        problems.append(f"a colour is written #rrggbb ({form.colour})")
    return problems


def save_shift_code(ctx: Context, form: ShiftCodeForm) -> ShiftCodeView:
    """Add or change a shift code; a code in use keeps its text and its kind of leave."""
    ctx.require(ADMINISTRATOR)
    problems = form_problems(form)
    if problems:
        raise Refused("; ".join(problems))

    with ctx.database.transaction() as session:
        row = _row_to_save(session, form)
        before = _record(row) if row.id else None
        if row.id and _in_use(session, row):
            _refuse_changes_in_use(row, form)
        row.code, row.name, row.hours = form.code.strip(), form.name.strip(), form.hours
        row.is_leave, row.is_rest = form.kind == LEAVE, form.kind == REST
        row.colour = form.colour
        session.add(row)
        session.flush()
        audit(session, ctx.actor, "shift code saved", row.code, before, _record(row))
        view = code_view(row)
    log.info("shift code %s saved by %s", view.code, ctx.actor.name)
    return view


def set_shift_code_retired(ctx: Context, code: str, retired: bool) -> None:
    """Retire a shift code (no longer offered, still shown where used) or bring it back."""
    ctx.require(ADMINISTRATOR)
    with ctx.database.transaction() as session:
        row = session.scalar(select(t.ShiftCode).where(t.ShiftCode.code == code))
        if row is None:
            raise Refused(f"there is no shift code {code}")
        row.retired = retired
        audit(session, ctx.actor, "shift code retired" if retired else "shift code restored", code)
    log.info("shift code %s %s by %s", code, "retired" if retired else "restored", ctx.actor.name)


def _row_to_save(session: Session, form: ShiftCodeForm) -> t.ShiftCode:
    code = form.code.strip()
    same = codes_by_text(session).get(code.casefold())
    if same is not None and same.id != form.id:
        raise Refused(f"the shift code {same.code} exists already ({same.name})")
    if form.id is None:
        return t.ShiftCode(retired=False)
    row = session.get(t.ShiftCode, form.id)
    if row is None:
        raise Refused("this shift code no longer exists")
    return row


def _in_use(session: Session, row: t.ShiftCode) -> bool:
    rostered = exists().where(t.RosterShift.shift_code_id == row.id)
    on_leave = exists().where(t.Leave.kind == row.code)
    return bool(session.scalar(select(rostered | on_leave)))


def _refuse_changes_in_use(row: t.ShiftCode, form: ShiftCodeForm) -> None:
    # Leave rows name their code by its text, and rostered days are kept as shifts or leave
    # by kind: changing either would silently turn recorded days into something else.
    if form.code.strip() != row.code:
        raise Refused(f"the shift code {row.code} is in use: its text cannot change")
    if (form.kind == LEAVE) != row.is_leave:
        raise Refused(f"the shift code {row.code} is in use: it cannot become or stop being leave")


def _record(row: t.ShiftCode) -> dict:
    return {
        "code": row.code,
        "name": row.name,
        "hours": row.hours,
        "kind": code_view(row).kind,
        "colour": row.colour,
    }
