"""One program at a time writing a SQLite file: an exclusive lock on a file beside it.

The operating system holds the lock for the process and drops it when the process ends, so
the lock of a program that crashed or was killed is taken over without asking. The lock file
also names its holder (process, computer, user, since when) to tell the next one plainly.
"""

import getpass
import json
import logging
import os
import socket
import sys
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

# Windows locks byte ranges, which then cannot be read; lock one far past the holder's text.
_WINDOWS_LOCK_OFFSET = 1 << 30


@dataclass(frozen=True)
class Holder:
    """Who holds a database's lock."""

    pid: int
    host: str
    user: str
    since: str
    purpose: str

    def describe(self) -> str:
        return (
            f"on {self.host or 'another computer'} (process {self.pid}, user {self.user}, "
            f"since {self.since})"
        )


class DatabaseInUse(Exception):
    """Another program is writing the database; `holder` says which, when known."""

    def __init__(self, database: Path, holder: Holder | None) -> None:
        self.database = database
        self.holder = holder
        where = holder.describe() if holder else "by another program"
        super().__init__(
            f"{database} is already open in CentreDesk {where}. Close it there first: two "
            "programs writing one file would undo each other's work."
        )


class WriterLock:
    """This process's claim on a database; release it when the window or command is done."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self._released = False

    def release(self) -> None:
        if not self._released:
            self._released = True
            _registry.release(self.database)


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def acquire_writer_lock(database: Path, purpose: str = "desktop") -> WriterLock:
    """Claim the database for this process; DatabaseInUse when another process has it.

    A process may claim a database it already holds (a window reopened after a restore).
    """
    database = Path(database).absolute()
    _registry.acquire(database, purpose)
    return WriterLock(database)


def read_holder(database: Path) -> Holder | None:
    """The holder a lock file names, or None when it names nobody readable."""
    try:
        text = lock_path(Path(database).absolute()).read_text(encoding="utf-8")
        fields = json.loads(text)
        return Holder(**{key: fields[key] for key in Holder.__dataclass_fields__})
    except (OSError, ValueError, KeyError, TypeError):
        return None


class _Registry:
    """The locks this process holds, counted, since a second open of the file would fail."""

    def __init__(self) -> None:
        self._held: dict[Path, tuple[int, int]] = {}
        self._mutex = threading.Lock()

    def acquire(self, database: Path, purpose: str) -> None:
        with self._mutex:
            if database in self._held:
                descriptor, count = self._held[database]
                self._held[database] = (descriptor, count + 1)
                return
            descriptor = _claim(database, purpose)
            self._held[database] = (descriptor, 1)

    def release(self, database: Path) -> None:
        with self._mutex:
            descriptor, count = self._held.pop(database, (None, 0))
            if count > 1:
                self._held[database] = (descriptor, count - 1)
            elif descriptor is not None:
                _let_go(descriptor)
                log.info("released the lock on %s", database)


_registry = _Registry()


def _claim(database: Path, purpose: str) -> int:
    path = lock_path(database)
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    if not _try_lock(descriptor):
        os.close(descriptor)
        raise DatabaseInUse(database, read_holder(database))
    since = datetime.now().isoformat(" ", "seconds")
    holder = Holder(os.getpid(), socket.gethostname(), _user(), since, purpose)
    os.ftruncate(descriptor, 0)
    _write_at_start(descriptor, holder)
    log.info("locked %s for this %s (process %d)", database, purpose, holder.pid)
    return descriptor


def _write_at_start(descriptor: int, holder: Holder) -> None:
    os.lseek(descriptor, 0, os.SEEK_SET)
    os.write(descriptor, json.dumps(holder.__dict__).encode("utf-8"))


def _let_go(descriptor: int) -> None:
    try:
        os.ftruncate(descriptor, 0)
        _unlock(descriptor)
    finally:
        os.close(descriptor)


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


if sys.platform == "win32":
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        os.lseek(descriptor, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        os.lseek(descriptor, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
