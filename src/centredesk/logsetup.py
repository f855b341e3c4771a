"""Logging: one rotating file in the user's log folder (SPEC §5.2), quiet libraries."""

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from centredesk import APP_NAME

LOG_DIR_VARIABLE = "CENTREDESK_LOG_DIR"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    folder = os.environ.get(LOG_DIR_VARIABLE)
    base = Path(folder) if folder else platformdirs.user_log_path(APP_NAME, appauthor=False)
    return base / "centredesk.log"


def setup_logging(level: int = logging.INFO) -> Path:
    """Send every module's log lines to the rotating file; returns the file's path."""
    path = log_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    if not any(getattr(h, "centredesk", False) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler.centredesk = True
        root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    # SQL statements would drown the lines an administrator needs, and may hold personal data.
    logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return path
