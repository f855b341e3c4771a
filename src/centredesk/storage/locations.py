"""Where the database lives: the user data folder, URLs, and SQLite's local-disk rule."""

import configparser
import os
import re
import sys
from pathlib import Path

import platformdirs

from centredesk import APP_NAME

URL_VARIABLE = "CENTREDESK_DATABASE_URL"
DATA_DIR_VARIABLE = "CENTREDESK_DATA_DIR"
# Written by the Windows installer beside CentreDesk.exe to name the machine-wide data folder.
INSTALL_CONFIG = "centredesk.ini"
# Mount types on which SQLite's file locking cannot be trusted (SPEC §7).
_NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smbfs",
    "smb2",
    "smb3",
    "afs",
    "9p",
    "fuse.sshfs",
    "davfs",
    "ncpfs",
    "glusterfs",
    "ceph",
}


class NetworkPathError(ValueError):
    """SQLite asked to open a file on a network share."""


def default_database_path() -> Path:
    """centredesk.db in the data folder: CENTREDESK_DATA_DIR, the installer's, or the user's."""
    return data_folder() / "centredesk.db"


def data_folder() -> Path:
    """The folder of the default database, in that order of preference."""
    chosen = os.environ.get(DATA_DIR_VARIABLE) or _installed_data_folder()
    if chosen:
        return Path(chosen).expanduser()
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def _installed_data_folder() -> str:
    """The `[data] folder` of centredesk.ini beside a built program's executable, if any."""
    if not getattr(sys, "frozen", False):
        return ""
    config = configparser.ConfigParser()
    config.read(Path(sys.executable).parent / INSTALL_CONFIG, encoding="utf-8")
    return config.get("data", "folder", fallback="").strip()


def database_url(db_path: str | None, url: str | None) -> str:
    """The SQLAlchemy URL from --db, --database-url or the environment (SPEC §5.2)."""
    if db_path and url:
        raise ValueError("give --db or --database-url, not both")
    if url:
        return url
    if db_path:
        return sqlite_url(Path(db_path))
    return os.environ.get(URL_VARIABLE) or sqlite_url(default_database_path())


def describe_url(url: str) -> str:
    """A database URL as shown to a person: the file of SQLite, a server URL without password."""
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///") :]
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", url)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.expanduser().absolute()}"


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL, or None for a server or an in-memory database."""
    # Imported here: this module is read before the first window, SQLAlchemy after it.
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def check_local_path(path: Path) -> None:
    """Refuse a SQLite file on a network share, recommending PostgreSQL instead."""
    if is_network_path(path):
        raise NetworkPathError(
            f"{path} is on a network share; SQLite's locking is unreliable there and data can be "
            "lost. Keep the database on this PC's own disk, or use a PostgreSQL server "
            "(--database-url postgresql+psycopg://…) for several PCs."
        )


def is_network_path(path: Path) -> bool:
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        return _is_windows_network_drive(path)
    return _mount_type(path.expanduser().absolute()) in _NETWORK_FILESYSTEMS


def _is_windows_network_drive(path: Path) -> bool:
    import ctypes

    drive = os.path.splitdrive(str(path.absolute()))[0]
    drive_remote = 4
    return bool(drive) and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote


def _mount_type(path: Path) -> str:
    """The filesystem type of the longest mount point above `path` (Linux /proc/mounts)."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return ""
    best, kind = "", ""
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = str(path) == point or str(path).startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, kind = point, fields[2]
    return kind
