"""Copies of a SQLite database through SQLite's online backup API."""

import logging
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)


def copy_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database consistently, even while another connection writes to it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as origin, sqlite3.connect(target) as copy:
        origin.backup(copy)
    # The sqlite3 context manager commits but does not close; close both explicitly.
    origin.close()
    copy.close()
    log.info("copied database %s to %s", source, target)
    return target
