"""The File menu's recent databases, kept in the user's QSettings.

Only SQLite files are remembered: a server database's URL needs its password to be opened
again, and that is never written to the settings.
"""

from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_LIMIT = 8
_KEY = "recent_files"


def recent_files() -> list[str]:
    """The files opened lately, newest first, leaving out those that are gone."""
    paths = QSettings().value(_KEY, [], list)
    return [path for path in paths if Path(path).is_file()]


def remember_recent(path: Path | None) -> None:
    """Put the file at `path` first in the list (nothing for a server database)."""
    if path is None:
        return
    text = str(Path(path).absolute())
    earlier = [p for p in QSettings().value(_KEY, [], list) if p != text]
    QSettings().setValue(_KEY, [text, *earlier][:RECENT_LIMIT])
