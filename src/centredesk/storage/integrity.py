"""Whether a database is sound: SQLite's own checks, foreign keys, and a file's schema."""

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from centredesk.storage.migrations_runner import alembic_config
from centredesk.storage.tables import Base

SQLITE_HEADER = b"SQLite format 3\x00"
# integrity_check lists every damaged page; a handful is enough to say the file is damaged.
_DAMAGE_LINES = 5


@dataclass(frozen=True)
class ForeignKeyViolation:
    """A row whose reference names a row that does not exist."""

    table: str
    rowid: int | None
    parent: str


def damage(connection: Connection) -> list[str]:
    """What SQLite's integrity_check finds wrong; empty when sound, and on a server database."""
    if connection.dialect.name != "sqlite":
        return []
    lines = connection.execute(text(f"PRAGMA integrity_check({_DAMAGE_LINES})")).scalars()
    return [line for line in lines if line != "ok"]


def foreign_key_violations(connection: Connection) -> list[ForeignKeyViolation]:
    """Rows referring to rows that are gone (a server enforces these itself, always)."""
    if connection.dialect.name != "sqlite":
        return []
    rows = connection.execute(text("PRAGMA foreign_key_check")).all()
    return [ForeignKeyViolation(row[0], row[1], row[2]) for row in rows]


def missing_tables(engine: Engine) -> list[str]:
    """The tables this version of CentreDesk declares that the database lacks."""
    present = set(inspect(engine).get_table_names())
    return sorted(name for name in Base.metadata.tables if name not in present)


def known_revisions() -> set[str]:
    """Every schema revision this version of CentreDesk can migrate from."""
    # Alembic is a third of the desktop's start-up: imported only when a file is checked.
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return {script.revision for script in scripts.walk_revisions()}


def file_problems(path: Path) -> list[str]:
    """Why the file at `path` is not a sound CentreDesk database; empty when it is one."""
    path = Path(path)
    if not path.is_file():
        return ["no such file"]
    with open(path, "rb") as file:
        if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return ["not a SQLite database file"]
    uri = path.absolute().as_uri() + "?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            return _damage_of(connection) or _schema_problems(connection)
    except sqlite3.DatabaseError as error:
        return [f"damaged: {error}"]


def _damage_of(connection: sqlite3.Connection) -> list[str]:
    lines = [row[0] for row in connection.execute(f"PRAGMA integrity_check({_DAMAGE_LINES})")]
    return [f"damaged: {line}" for line in lines if line != "ok"]


def _schema_problems(connection: sqlite3.Connection) -> list[str]:
    try:
        rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.OperationalError:
        return ["not a CentreDesk database: it records no schema version"]
    revisions = {row[0] for row in rows}
    if not revisions:
        return ["not a CentreDesk database: it records no schema version"]
    unknown = sorted(revisions - known_revisions())
    if unknown:
        return [
            f"made by a newer CentreDesk (schema {', '.join(unknown)}): "
            "update CentreDesk before restoring it"
        ]
    return []
