"""A full disk, told plainly whichever layer notices it: SQLite, a server or the system."""

import errno
import sqlite3

from sqlalchemy.engine import ExceptionContext

_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_SQLITE_FULL = 13
_SERVER_DISK_FULL = "53100"  # PostgreSQL's SQLSTATE disk_full


class DiskFull(Exception):
    """There was no room to write; what was being changed was rolled back."""


def is_disk_full(error: BaseException | None) -> bool:
    """Whether `error` is a disk (or database size limit) that ran out of room."""
    if isinstance(error, OSError) and error.errno in _FULL_ERRNOS:
        return True
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        return code == _SQLITE_FULL or "database or disk is full" in str(error)
    return getattr(error, "sqlstate", None) == _SERVER_DISK_FULL


def disk_full_message(where: str) -> str:
    return (
        f"the disk is full: {where} could not be written and nothing was changed. "
        "Free some space on that disk and try again."
    )


def refuse_full_disk(context: ExceptionContext) -> None:
    """SQLAlchemy's handle_error hook: a full disk becomes DiskFull, with the change undone."""
    if is_disk_full(context.original_exception):
        engine = context.engine
        where = engine.url.render_as_string(hide_password=True) if engine else "the database"
        raise DiskFull(disk_full_message(where.removeprefix("sqlite:///"))) from None
