"""Backups of the SQLite database through SQLite's online backup API."""

import logging
from datetime import datetime
from pathlib import Path

import platformdirs

from centredesk import APP_NAME
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context
from centredesk.services.errors import Refused
from centredesk.services.settings import setting_value
from centredesk.storage.backup import copy_sqlite

log = logging.getLogger(__name__)

POSTGRESQL_ADVICE = (
    "this database is on a PostgreSQL server; back it up with the server's own "
    "tools (pg_dump), which CentreDesk does not replace"
)


def default_backup_folder() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "backups"


def backup_now(ctx: Context, target: Path | None = None) -> Path:
    """Copy the open database to `target`, or a time-stamped file in the backup folder."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    source = ctx.database.path
    if source is None:
        raise Refused(POSTGRESQL_ADVICE)
    if target is None:
        with ctx.database.reading() as session:
            folder = setting_value(session, "backup_folder")
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = (Path(folder) if folder else default_backup_folder()) / f"{source.stem}-{stamp}.db"
    copy_sqlite(source, target)
    log.info("backup written to %s", target)
    return target
