"""Accounts: creating them, signing in, recovery of the administrator's password, resets.

Passwords and recovery codes are kept only as argon2id hashes. Repeated wrong passwords slow
that one account down (never lock it), so a colleague cannot shut the director out.
"""

import functools
import logging
import math
import secrets
from dataclasses import dataclass
from datetime import date, datetime

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from centredesk.services.context import (
    ADMINISTRATOR,
    DIRECTOR,
    DOCTOR,
    ROLES,
    Actor,
    Context,
    audit,
)
from centredesk.services.errors import LoginRefused, Refused
from centredesk.storage.database import Database
from centredesk.storage.tables import Assignment, Setting, Staff, User

log = logging.getLogger(__name__)

# Argon2id with parameters fixed here, so that every hash costs the same to check. About 75 ms
# a hash on a two-core office PC (measured on the development machine): quick enough that
# signing in feels instant, slow enough that guessing from a stolen database file is costly.
#   time_cost    3 passes over the memory
#   memory_cost  32 MiB (given in KiB)
#   parallelism  2 lanes, for the two cores an office PC has at least
#   hash_len     32 bytes of hash
#   salt_len     16 random bytes of salt per hash
TIME_COST = 3
MEMORY_COST_KIB = 32 * 1024
PARALLELISM = 2
HASH_LEN = 32
SALT_LEN = 16
hasher = PasswordHasher(
    time_cost=TIME_COST,
    memory_cost=MEMORY_COST_KIB,
    parallelism=PARALLELISM,
    hash_len=HASH_LEN,
    salt_len=SALT_LEN,
    type=Type.ID,
)

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 256
MAX_NAME_LENGTH = 64

# Wrong passwords in a row before the account must wait: then 1, 2, 4 … seconds, at most 5 min.
FREE_FAILURES = 2
MAX_DELAY_SECONDS = 300

# The recovery code's hash lives among the settings under a key `settings get` refuses.
RECOVERY_CODE_KEY = "recovery_code_hash"
# 20 characters of 32 (no 0/O, 1/I to misread) give 100 bits: beyond guessing.
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
RECOVERY_GROUPS, RECOVERY_GROUP_LENGTH = 5, 4

WRONG_LOGIN = "wrong user name or password"


@dataclass(frozen=True)
class AccountView:
    """An account as the administrator's list shows it; never its password hash."""

    name: str
    role: str
    staff_no: str | None
    active: bool
    created_at: datetime
    failed_attempts: int


def hash_password(password: str) -> str:
    return hasher.hash(password)


def delay_after(failures: int) -> int:
    """Seconds an account waits after `failures` wrong passwords in a row."""
    if failures <= FREE_FAILURES:
        return 0
    return min(2 ** (failures - FREE_FAILURES - 1), MAX_DELAY_SECONDS)


# --- signing in ----------------------------------------------------------------------------


def authenticate(
    database: Database, name: str, password: str, now: datetime | None = None
) -> Actor:
    """The actor of an account whose password is right; LoginRefused otherwise.

    `now` is the clock, given by tests so that they need not sleep through the delays.
    """
    now = now or datetime.now()
    with database.transaction() as session:
        user = _user_named(session, name)
        if user is None:
            _verify(_unused_hash(), password)  # as slow as a real check: names stay private
            refusal = LoginRefused(WRONG_LOGIN)
        else:
            refusal = _check_login(user, password, now)
        actor = _actor(user) if refusal is None else None
    if refusal is not None:
        raise refusal
    log.info("%s signed in", actor.name)
    return actor


def _check_login(user: User, password: str, now: datetime) -> LoginRefused | None:
    """None when the password is right; the failure is recorded in the caller's transaction."""
    waiting = _too_soon(user, now)
    if waiting:
        return waiting

    if not _verify(user.password_hash, password):
        return _failed(user, now, "password", WRONG_LOGIN)

    if not user.active:
        return LoginRefused(f"the account {user.name} is deactivated; ask the administrator")
    user.failed_attempts, user.last_failed_at = 0, None
    if hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return None


def _too_soon(user: User, now: datetime) -> LoginRefused | None:
    delay = delay_after(user.failed_attempts)
    if not delay or user.last_failed_at is None:
        return None
    # Capped at the delay, so a clock set back cannot stretch the wait.
    wait = min(math.ceil((user.last_failed_at - now).total_seconds() + delay), delay)
    if wait <= 0:
        return None
    return LoginRefused(
        f"too many wrong tries for {user.name}: wait {_seconds(wait)} before the next one", wait
    )


def _failed(user: User, now: datetime, what: str, message: str) -> LoginRefused:
    """Count a wrong password or recovery code against the account and say what follows."""
    user.failed_attempts += 1
    user.last_failed_at = now
    delay = delay_after(user.failed_attempts)
    log.warning("wrong %s for %s (%d wrong tries in a row)", what, user.name, user.failed_attempts)
    if delay:
        message += f"; {user.name} must wait {_seconds(delay)} before the next try"
    return LoginRefused(message, delay)


def _seconds(count: int) -> str:
    return "1 second" if count == 1 else f"{count} seconds"


def _verify(password_hash: str, password: str) -> bool:
    try:
        return hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@functools.cache
def _unused_hash() -> str:
    return hash_password(secrets.token_hex(16))


def _actor(user: User) -> Actor:
    return Actor(user.name, user.role, user.staff.staff_no if user.staff else None)


# --- the administrator's recovery code -----------------------------------------------------


def recover_administrator(
    database: Database, name: str, code: str, new_password: str, now: datetime | None = None
) -> str:
    """Reset an administrator's password with the recovery code; returns the code's successor.

    A wrong code counts as a wrong password of that account, with the same delays.
    """
    _check_password(new_password)
    now = now or datetime.now()
    with database.transaction() as session:
        user = _user_named(session, name)
        refusal = _check_recovery(session, user, name, code, now)
        if refusal is None:
            before = _reset(user, hash_password(new_password))
            new_code = _replace_recovery_code(session)
            audit(session, _actor(user), "password recovered", name, before, _failures(user))
    if refusal is not None:
        raise refusal
    log.info("password of %s reset with the recovery code", name)
    return new_code


def _check_recovery(
    session: Session, user: User | None, name: str, code: str, now: datetime
) -> LoginRefused | None:
    if user is None or user.role != ADMINISTRATOR or not user.active:
        return LoginRefused(f"{name} is not an active administrator account")
    waiting = _too_soon(user, now)
    if waiting:
        return waiting

    stored = session.get(Setting, RECOVERY_CODE_KEY)
    if stored is None:
        return LoginRefused(
            "this database has no recovery code; another administrator can reset the password"
        )
    if not _verify(stored.value, _normalised_code(code)):
        return _failed(user, now, "recovery code", "wrong recovery code")
    return None


def replace_recovery_code(ctx: Context) -> str:
    """A new recovery code, shown once, for an administrator who lost the old one."""
    ctx.require(ADMINISTRATOR)
    with ctx.database.transaction() as session:
        if not _administrators(session):
            raise Refused("there is no administrator account to recover yet")
        code = _replace_recovery_code(session)
        audit(session, ctx.actor, "recovery code replaced", "")
    log.info("recovery code replaced by %s", ctx.actor.name)
    return code


def _replace_recovery_code(session: Session) -> str:
    characters = RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH
    raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(characters))
    session.merge(Setting(key=RECOVERY_CODE_KEY, value=hash_password(raw)))
    step = RECOVERY_GROUP_LENGTH
    return "-".join(raw[start : start + step] for start in range(0, characters, step))


def _normalised_code(code: str) -> str:
    """The code as stored: capitals without the dashes and spaces people type or leave out."""
    return "".join(code.split()).replace("-", "").upper()


# --- managing accounts ---------------------------------------------------------------------


def create_account(
    ctx: Context, name: str, role: str, password: str, staff_no: str | None = None
) -> str | None:
    """Create an account; returns the recovery code when it is the first administrator's.

    The first account of a database must be an administrator's, so someone manages the rest.
    """
    ctx.require(ADMINISTRATOR)
    name = _checked_name(name)
    _check_role(role, staff_no)
    _check_password(password)
    password_hash = hash_password(password)
    with ctx.database.transaction() as session:
        first_administrator = _refuse_first_unless_administrator(session, role)
        _refuse_taken(session, name)
        staff = _staff_for(session, staff_no) if role == DOCTOR else None
        session.add(_new_user(name, role, staff, password_hash))
        code = _replace_recovery_code(session) if first_administrator else None
        after = {"role": role, "staff_no": staff_no, "active": True}
        audit(session, ctx.actor, "account created", name, None, after)
    log.info("account %s (%s) created by %s", name, role, ctx.actor.name)
    return code


def reset_password(ctx: Context, name: str, new_password: str) -> None:
    """The administrator gives an account a new password, clearing its wrong tries."""
    ctx.require(ADMINISTRATOR)
    _check_password(new_password)
    password_hash = hash_password(new_password)
    with ctx.database.transaction() as session:
        user = _existing(session, name)
        before = _reset(user, password_hash)
        audit(session, ctx.actor, "password reset", name, before, _failures(user))
    log.info("password of %s reset by %s", name, ctx.actor.name)


def change_own_password(ctx: Context, current: str, new_password: str) -> None:
    """A signed-in user changes their own password, giving the current one again."""
    ctx.require(ADMINISTRATOR, DIRECTOR, DOCTOR)
    _check_password(new_password)
    password_hash = hash_password(new_password)
    with ctx.database.transaction() as session:
        user = _existing(session, ctx.actor.name)
        if not _verify(user.password_hash, current):
            raise Refused("the current password is wrong; nothing was changed")
        before = _reset(user, password_hash)
        audit(session, ctx.actor, "password changed", user.name, before, _failures(user))
    log.info("%s changed their password", ctx.actor.name)


def deactivate_account(ctx: Context, name: str) -> None:
    """Stop an account from signing in; its name stays taken and in the audit log."""
    ctx.require(ADMINISTRATOR)
    with ctx.database.transaction() as session:
        user = _existing(session, name)
        if not user.active:
            raise Refused(f"the account {name} is deactivated already")
        if user.role == ADMINISTRATOR and len(_administrators(session, active=True)) == 1:
            raise Refused(f"{name} is the last active administrator and must stay active")
        user.active = False
        audit(session, ctx.actor, "account deactivated", name, {"active": True}, {"active": False})
    log.info("account %s deactivated by %s", name, ctx.actor.name)


def reactivate_account(ctx: Context, name: str) -> None:
    """Let a deactivated account sign in again."""
    ctx.require(ADMINISTRATOR)
    with ctx.database.transaction() as session:
        user = _existing(session, name)
        if user.active:
            raise Refused(f"the account {name} is active already")
        user.active = True
        audit(session, ctx.actor, "account reactivated", name, {"active": False}, {"active": True})
    log.info("account %s reactivated by %s", name, ctx.actor.name)


def list_accounts(ctx: Context) -> list[AccountView]:
    """Every account, by name."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        users = session.scalars(select(User).options(selectinload(User.staff)).order_by(User.name))
        return [
            AccountView(
                user.name,
                user.role,
                user.staff.staff_no if user.staff else None,
                user.active,
                user.created_at,
                user.failed_attempts,
            )
            for user in users
        ]


def add_demo_accounts(session: Session, actor: Actor, password: str) -> int:
    """The demo centre's accounts, all with one password: admin, director, one per doctor.

    Doctors' accounts are named by staff number. One hash serves every account, which keeps
    the demo quick; its password is public anyway. Returns the number of accounts.
    """
    password_hash = hash_password(password)
    accounts = [("admin", ADMINISTRATOR, None), ("director", DIRECTOR, None)]
    accounts += [(staff.staff_no, DOCTOR, staff) for staff in _appraised_staff(session)]
    session.add_all(_new_user(name, role, staff, password_hash) for name, role, staff in accounts)
    after = {name: role for name, role, _ in accounts}
    audit(session, actor, "account created", "demo accounts", None, after)
    log.info("demo accounts created: admin, director and %d doctors", len(accounts) - 2)
    return len(accounts)


# --- checks and lookups --------------------------------------------------------------------


def _checked_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > MAX_NAME_LENGTH:
        raise Refused(f"an account name needs 1 to {MAX_NAME_LENGTH} characters")
    if any(character.isspace() or not character.isprintable() for character in name):
        raise Refused(f"an account name may not hold spaces or control characters ({name!r})")
    return name


def _check_role(role: str, staff_no: str | None) -> None:
    if role not in ROLES:
        raise Refused(f"unknown role {role!r}; the roles are: {', '.join(ROLES)}")
    if role == DOCTOR and not staff_no:
        raise Refused("a doctor's account needs the doctor's staff number (--staff)")
    if role != DOCTOR and staff_no:
        raise Refused(f"only a doctor's account is linked to a staff number, not a {role}'s")


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise Refused(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise Refused(f"a password may have at most {MAX_PASSWORD_LENGTH} characters")


def _refuse_first_unless_administrator(session: Session, role: str) -> bool:
    """Whether this is the first administrator; Refused for a first account of another role."""
    if _administrators(session):
        return False
    if role != ADMINISTRATOR:
        raise Refused("the first account must be an administrator's, who then adds the others")
    return True


def _refuse_taken(session: Session, name: str) -> None:
    taken = session.scalar(select(User.name).where(func.lower(User.name) == name.lower()))
    if taken is not None:
        raise Refused(f"the name {name} is taken by the account {taken}")


def _staff_for(session: Session, staff_no: str) -> Staff:
    staff = session.scalar(select(Staff).where(Staff.staff_no == staff_no))
    if staff is None:
        raise Refused(f"there is no staff member with the number {staff_no}")
    linked = session.scalar(
        select(User.name).where(User.staff_id == staff.id, User.active.is_(True))
    )
    if linked is not None:
        raise Refused(f"{staff_no} has an account already: {linked}")
    return staff


def _new_user(name: str, role: str, staff: Staff | None, password_hash: str) -> User:
    return User(
        name=name,
        role=role,
        staff=staff,
        password_hash=password_hash,
        failed_attempts=0,
        active=True,
        created_at=datetime.now().replace(microsecond=0),
    )


def _user_named(session: Session, name: str) -> User | None:
    return session.scalar(
        select(User).where(User.name == name.strip()).options(selectinload(User.staff))
    )


def _existing(session: Session, name: str) -> User:
    user = _user_named(session, name)
    if user is None:
        raise Refused(f"there is no account named {name}")
    return user


def _administrators(session: Session, active: bool = False) -> list[str]:
    query = select(User.name).where(User.role == ADMINISTRATOR)
    if active:
        query = query.where(User.active.is_(True))
    return list(session.scalars(query))


def _reset(user: User, password_hash: str) -> dict[str, int]:
    """Set a new password hash and clear the wrong tries; returns the tries as they were."""
    before = _failures(user)
    user.password_hash = password_hash
    user.failed_attempts, user.last_failed_at = 0, None
    return before


def _failures(user: User) -> dict[str, int]:
    return {"failed_attempts": user.failed_attempts}


def _appraised_staff(session: Session) -> list[Staff]:
    """Staff whose latest post is appraised: the doctors of the review."""
    rows = session.scalars(
        select(Staff)
        .options(selectinload(Staff.assignments).selectinload(Assignment.post))
        .order_by(Staff.staff_no)
    )
    return [
        staff
        for staff in rows
        if staff.assignments
        and max(staff.assignments, key=lambda a: a.effective or date.min).post.appraised
    ]
