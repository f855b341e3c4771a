"""Backups of the SQLite database and restoring one (SQLite's online backup API).

Every copy goes to the `backups` folder beside the database (for the usual database, the
user data folder's `backups`) and, when the `backup_folder` setting names one, a second copy
goes there too, e.g. to a USB stick. Copies are rotated in both folders (storage.rotation).
"""

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from tempfile import TemporaryDirectory

from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context, audit
from centredesk.services.errors import Refused
from centredesk.services.settings import setting_value
from centredesk.storage.backup import backups_in, copy_sqlite, free_backup_path, restore_sqlite
from centredesk.storage.database import open_database
from centredesk.storage.disk import disk_full_message, is_disk_full
from centredesk.storage.integrity import file_problems, missing_tables
from centredesk.storage.locations import sqlite_url
from centredesk.storage.locks import DatabaseInUse, WriterLock, acquire_writer_lock
from centredesk.storage.rotation import backups_to_remove

log = logging.getLogger(__name__)

POSTGRESQL_ADVICE = (
    "this database is on a PostgreSQL server; back it up and restore it with the server's own "
    "tools (pg_dump and pg_restore), which CentreDesk does not replace"
)
# Why a copy was made, as its file name says: centre-20261130-142501-import.db.
MANUAL, STARTUP, TIMED, BEFORE_IMPORT, BEFORE_SIGNOFF, BEFORE_RESTORE = (
    "manual",
    "startup",
    "timed",
    "import",
    "signoff",
    "restore",
)


@dataclass(frozen=True)
class BackupResult:
    """Where a backup was written, the second copy if any, and why a second copy is missing."""

    path: Path
    second_copy: Path | None = None
    warning: str = ""


@dataclass(frozen=True)
class RestoreResult:
    """A restore: the file restored and the copy kept of the database as it was."""

    restored_from: Path
    kept: BackupResult


def backup_folder_of(database: Path) -> Path:
    """The folder that always receives the copies of `database`."""
    return database.parent / "backups"


def backed_up_by_the_server(ctx: Context) -> bool:
    """Whether the database is on a server, whose own tools back it up: CentreDesk writes no
    copies of it (and refuses backup and restore there with POSTGRESQL_ADVICE)."""
    return ctx.database.path is None


def backup_now(ctx: Context, target: Path | None = None) -> BackupResult:
    """Copy the open database to `target`, or a time-stamped file in the backup folders."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    source = _sqlite_file(ctx)
    if target is None:
        return _write_backups(ctx, source, MANUAL)
    target = Path(target).absolute()
    if target == source:
        raise Refused(f"{target} is the database itself; choose another file for the backup")
    _copy_or_refuse(source, target)
    log.info("backup written to %s", target)
    return BackupResult(target)


def automatic_backup(ctx: Context, reason: str) -> BackupResult | None:
    """The copy made at start-up, on the timer, and before an import, a sign-off or a restore.

    None for a server database, which the server's own tools back up. Refused when no copy
    can be written, so that the change it should protect is not made without one.
    """
    ctx.require(ADMINISTRATOR, DIRECTOR)
    source = ctx.database.path
    if source is None or not source.is_file():
        return None
    return _write_backups(ctx, source, reason)


def restore_backup(ctx: Context, backup: Path) -> RestoreResult:
    """Replace the database with a backup after checking it, keeping a copy of it as it was.

    The backup must pass SQLite's integrity check and carry a schema this version knows; it is
    brought up to date on a scratch copy first. Refused, changing nothing, otherwise.
    """
    ctx.require(ADMINISTRATOR)
    live = _sqlite_file(ctx)
    backup = Path(backup).absolute()
    _refuse_unsound(backup, live)
    lock = _claim(live)
    try:
        with TemporaryDirectory(prefix="centredesk-restore-") as scratch:
            staged = _staged_copy(backup, Path(scratch) / live.name)
            kept = _write_backups(ctx, live, BEFORE_RESTORE)
            restore_sqlite(staged, live)
    finally:
        lock.release()

    with ctx.database.transaction() as session:
        audit(session, ctx.actor, "database restored", str(backup), {"kept": str(kept.path)})
    log.info("restored %s from %s; the database as it was is kept in %s", live, backup, kept.path)
    return RestoreResult(backup, kept)


# --- writing copies ------------------------------------------------------------------------


def _sqlite_file(ctx: Context) -> Path:
    source = ctx.database.path
    if source is None:
        raise Refused(POSTGRESQL_ADVICE)
    return source.absolute()


def _write_backups(ctx: Context, source: Path, reason: str) -> BackupResult:
    made = datetime.now().replace(microsecond=0)
    primary = free_backup_path(backup_folder_of(source), source.stem, made, reason)
    _copy_or_refuse(source, primary)
    rotate(primary.parent, source.stem, made)
    log.info("backup written to %s", primary)

    with ctx.database.reading() as session:
        second_folder = setting_value(session, "backup_folder").strip()
    if not second_folder:
        return BackupResult(primary)
    return _second_copy(primary, Path(second_folder), source.stem, made, reason)


def _copy_or_refuse(source: Path, target: Path) -> None:
    try:
        copy_sqlite(source, target)
    except (OSError, sqlite3.Error) as error:
        log.warning("no backup could be written to %s: %s", target, error)
        if is_disk_full(error):
            raise Refused(disk_full_message(str(target.parent))) from None
        reason = getattr(error, "strerror", None) or str(error)
        raise Refused(
            f"no backup could be written to {target} ({reason}); nothing was changed"
        ) from None


def _second_copy(
    primary: Path, folder: Path, stem: str, made: datetime, reason: str
) -> BackupResult:
    """The copy for the second folder; a folder that is not there is a warning, not a refusal."""
    folder = folder.expanduser().absolute()
    if folder == primary.parent:
        return BackupResult(primary)
    if not folder.is_dir() and not folder.parent.is_dir():
        # Creating it would fill the local disk where a USB stick is meant to be mounted.
        warning = f"the second backup folder {folder} is not there (is the USB stick plugged in?)"
        log.warning("%s", warning)
        return BackupResult(primary, None, warning)
    second = free_backup_path(folder, stem, made, reason)
    try:
        copy_sqlite(primary, second)
    except (OSError, sqlite3.Error) as error:
        warning = f"no second copy could be written to {folder}: {error}"
        log.warning("%s", warning)
        return BackupResult(primary, None, warning)
    rotate(folder, stem, made)
    return BackupResult(primary, second)


def rotate(folder: Path, stem: str, now: datetime) -> list[Path]:
    """Delete the copies of `stem` in `folder` that rotation no longer keeps; returns them."""
    copies = backups_in(folder, stem)
    doomed = backups_to_remove((copy.made for copy in copies), now)
    removed = []
    for copy in copies:
        if copy.made in doomed:
            try:
                copy.path.unlink(missing_ok=True)
            except OSError as error:
                log.warning("could not remove the old backup %s: %s", copy.path, error)
                continue
            removed.append(copy.path)
    if removed:
        log.info("rotation removed %d old backups from %s", len(removed), folder)
    return removed


# --- restoring -----------------------------------------------------------------------------


def _refuse_unsound(backup: Path, live: Path) -> None:
    if backup == live:
        raise Refused(f"{backup} is the database itself; choose a backup to restore")
    problems = file_problems(backup)
    if problems:
        raise Refused(f"{backup} cannot be restored: {'; '.join(problems)}. Nothing was changed.")


def _staged_copy(backup: Path, staged: Path) -> Path:
    """A scratch copy of the backup, migrated to this version's schema and checked."""
    _copy_or_refuse(backup, staged)
    try:
        database = open_database(sqlite_url(staged))
    except Exception as error:  # noqa: BLE001 - any failure to migrate refuses the backup
        log.exception("cannot bring %s up to date", backup)
        raise Refused(
            f"{backup} cannot be brought up to this version's schema ({error}); nothing was changed"
        ) from None
    try:
        missing = missing_tables(database.engine)
    finally:
        database.close()
    if missing:
        raise Refused(
            f"{backup} cannot be restored: it lacks the tables {', '.join(missing)}. "
            "Nothing was changed."
        )
    return staged


def _claim(live: Path) -> WriterLock:
    try:
        return acquire_writer_lock(live, "restore")
    except DatabaseInUse as error:
        raise Refused(str(error)) from None
