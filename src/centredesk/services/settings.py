"""Centre settings (SPEC §5.2 keys): read, validated and changed."""

import logging
import secrets
from decimal import Decimal

from sqlalchemy.orm import Session

from centredesk.model.numbers import to_decimal
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, DOCTOR, Context, audit
from centredesk.services.errors import Refused
from centredesk.storage.tables import Setting

log = logging.getLogger(__name__)

DEFAULT_SERVICE_AREAS = (
    "帮困、青少年教育、环保护绿、法律援助、社区治安、医疗服务、文体宣传、家电维修、专业知识咨询"
)
DEFAULTS = {
    "centre_name": "",
    "population": "0",
    "volunteer_monthly_hours_limit": "40",
    "star_thresholds": "100,300,600,1000,1500",
    "service_areas": DEFAULT_SERVICE_AREAS,
    "skills": "",
    "daily_count_maximum": "200",
    "backup_folder": "",
    "idle_lock_minutes": "10",
}
# The keys SPEC §5.2 gives the command line; the rest belong to the desktop program (its
# settings screen), and `centredesk settings` refuses them as the SPEC says of other keys.
COMMAND_LINE_KEYS = tuple(key for key in DEFAULTS if key != "idle_lock_minutes")
NUMBER_KEYS = (
    "population",
    "volunteer_monthly_hours_limit",
    "daily_count_maximum",
    "idle_lock_minutes",
)
# The secret under which slips' verification codes are signed; never shown or exported.
SLIP_SECRET = "slip_secret"


def get_setting(ctx: Context, key: str, known=tuple(DEFAULTS)) -> str:
    """A setting's value; `known` narrows the keys accepted (COMMAND_LINE_KEYS)."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    _known(key, known)
    with ctx.database.reading() as session:
        return setting_value(session, key)


def setting_value(session: Session, key: str) -> str:
    row = session.get(Setting, key)
    return row.value if row else DEFAULTS[key]


def set_setting(ctx: Context, key: str, value: str, known=tuple(DEFAULTS)) -> None:
    """Change a setting after checking its value; Refused for a key not in `known` or a bad
    value."""
    ctx.require(ADMINISTRATOR)
    _known(key, known)
    value = _checked(key, value.strip())
    with ctx.database.transaction() as session:
        before = setting_value(session, key)
        session.merge(Setting(key=key, value=value))
        audit(session, ctx.actor, "setting changed", key, before, value)
    log.info("setting %s changed", key)


def idle_lock_minutes(ctx: Context) -> Decimal:
    """Minutes without input before the desktop locks (0: never); every signed-in user reads it,
    since the window of a doctor locks too."""
    ctx.require(ADMINISTRATOR, DIRECTOR, DOCTOR)
    with ctx.database.reading() as session:
        return to_decimal(setting_value(session, "idle_lock_minutes"))


def slip_secret(session: Session) -> bytes:
    """The centre's secret for verification codes, made on first use."""
    row = session.get(Setting, SLIP_SECRET)
    if row is None:
        row = Setting(key=SLIP_SECRET, value=secrets.token_hex(32))
        session.add(row)
        session.flush()
    return bytes.fromhex(row.value)


def _known(key: str, known: tuple[str, ...]) -> None:
    if key not in known:
        raise Refused(f"unknown setting {key!r}; the settings are: {', '.join(known)}")


def _checked(key: str, value: str) -> str:
    if key in NUMBER_KEYS:
        _non_negative_number(key, value)
    if key == "star_thresholds":
        numbers = [part.strip() for part in value.split(",")]
        for part in numbers:
            _non_negative_number(key, part)
        if [to_decimal(n) for n in numbers] != sorted(to_decimal(n) for n in numbers):
            raise Refused("star_thresholds must rise: e.g. 100,300,600,1000,1500")
    return value


def _non_negative_number(key: str, value: str) -> None:
    try:
        number = to_decimal(value)
    except ValueError:
        raise Refused(f"{key} needs a number ({value})") from None
    if number < 0:
        raise Refused(f"{key} may not be negative ({value})")


def all_settings(ctx: Context) -> dict[str, str]:
    """Every setting of SPEC §5.2 with its value (the default where none is stored)."""
    ctx.require(ADMINISTRATOR)
    with ctx.database.reading() as session:
        return {key: setting_value(session, key) for key in DEFAULTS}
