"""Copies of a SQLite database through SQLite's online backup API, and their names."""

import logging
import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

# centre-20261130-142501-import.db: the database's name, when, and why the copy was made.
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z]+)(?:-\d+)?\.db$")
_STAMP = "%Y%m%d-%H%M%S"
PARTIAL_SUFFIX = ".partial"


@dataclass(frozen=True)
class BackupFile:
    """A copy in a backup folder, as its name describes it."""

    path: Path
    stem: str
    made: datetime
    reason: str


def copy_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database consistently, even while another connection writes to it.

    The copy is written beside the target and renamed into place once complete and synced, so
    a copy cut short by a crash or a full disk never passes for a backup.
    """
    if not Path(source).is_file():
        raise FileNotFoundError(f"{source}: no such database file")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        partial.unlink(missing_ok=True)
        with closing(_connect(source)) as origin, closing(sqlite3.connect(partial)) as copy:
            origin.backup(copy)
        _sync(partial)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    log.info("copied database %s to %s", source, target)
    return target


def restore_sqlite(backup: Path, live: Path) -> None:
    """Overwrite the live database with a copy, in one transaction under SQLite's own locks.

    Connections other processes hold stay valid and see the restored data on their next read;
    replacing the file instead would leave them writing into the old one.
    """
    if not Path(backup).is_file():
        raise FileNotFoundError(f"{backup}: no such database file")
    with closing(_connect(backup)) as origin, closing(_connect(live)) as to:
        origin.backup(to)
    log.info("restored database %s from %s", live, backup)


def backup_name(stem: str, made: datetime, reason: str) -> str:
    """The file name of a copy of the database named `stem`, made at `made` for `reason`."""
    return f"{stem}-{made.strftime(_STAMP)}-{reason}.db"


def free_backup_path(folder: Path, stem: str, made: datetime, reason: str) -> Path:
    """A path in `folder` for a new copy that no other copy of the same second uses."""
    path = folder / backup_name(stem, made, reason)
    number = 1
    while path.exists():
        number += 1
        path = folder / f"{stem}-{made.strftime(_STAMP)}-{reason}-{number}.db"
    return path


def parse_backup_name(path: Path) -> BackupFile | None:
    """The copy named by `path`, or None for a file CentreDesk did not name."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        made = datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    return BackupFile(path, match["stem"], made, match["reason"])


def backups_in(folder: Path, stem: str) -> list[BackupFile]:
    """The copies of the database named `stem` in `folder`, oldest first."""
    if not folder.is_dir():
        return []
    found = (parse_backup_name(path) for path in folder.glob(f"{glob_escape(stem)}-*.db"))
    copies = (copy for copy in found if copy is not None and copy.stem == stem)
    return sorted(copies, key=lambda copy: (copy.made, copy.path.name))


def glob_escape(text: str) -> str:
    return re.sub(r"([\[\]*?])", r"[\1]", text)


class DataVersionWatch:
    """Tells whether other connections have committed changes since the last look.

    It keeps a connection of its own: SQLite's `PRAGMA data_version` changes for a connection
    whenever another connection commits, which covers the desktop and the command line alike.
    """

    def __init__(self, path: Path) -> None:
        self._connection = _read_only(path)
        self._last = self._version()

    def changed(self) -> bool:
        """True once for each look after which another connection committed something."""
        version = self._version()
        changed, self._last = version != self._last, version
        return changed

    def close(self) -> None:
        self._connection.close()

    def _version(self) -> int:
        return self._connection.execute("PRAGMA data_version").fetchone()[0]


def _connect(path: Path) -> sqlite3.Connection:
    # Read-write, so that a journal left by a crash is recovered before the copy is read.
    return sqlite3.connect(path, timeout=30)


def _read_only(path: Path) -> sqlite3.Connection:
    # Read-only, so that naming a missing file never creates an empty database.
    uri = Path(path).absolute().as_uri() + "?mode=ro"
    connection = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False)
    connection.execute("PRAGMA busy_timeout=30000")
    return connection


def _sync(path: Path) -> None:
    with open(path, "rb+") as file:
        os.fsync(file.fileno())
