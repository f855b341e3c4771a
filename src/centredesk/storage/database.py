"""Opening a database: engine, pragmas, migrations on open, and sessions."""

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from centredesk.storage.backup import copy_sqlite
from centredesk.storage.disk import refuse_full_disk
from centredesk.storage.locations import check_local_path, sqlite_file
from centredesk.storage.migrations_runner import current_revisions, head_revisions, upgrade

log = logging.getLogger(__name__)


class Database:
    """An open CentreDesk database: its URL, engine and a session factory."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        database = make_url(self.url).database
        return Path(database) if self.is_sqlite and database else None

    def describe(self) -> str:
        """The database as shown to a person: the file, or the server URL without password."""
        if self.path:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed together, or not at all."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading only; nothing it does is committed."""
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_database(url: str, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at `url`, bringing its schema up to date.

    A SQLite file that needs migrating is copied first, so an interrupted or failed migration
    never costs the centre its data.
    """
    path = sqlite_file(url)
    if path is not None:
        check_local_path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = _create_engine(url)
    database = Database(url, engine)
    if migrate:
        _migrate(database)
    return database


def _create_engine(url: str) -> Engine:
    # Statement parameters may hold national ID numbers: errors never carry them into logs.
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
    else:
        engine = create_engine(url, connect_args={"timeout": 30}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "handle_error", refuse_full_disk)
    return engine


def _sqlite_pragmas(connection, _record) -> None:
    """WAL for readers beside a writer, enforced foreign keys, full sync for a power cut."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _migrate(database: Database) -> None:
    with database.engine.connect() as connection:
        current = current_revisions(connection)
        has_tables = bool(inspect(connection).get_table_names())
    heads = head_revisions()
    if current == heads:
        return

    revision = "+".join(sorted(current)) or None
    if current or has_tables:
        _copy_before_migration(database, revision)
    upgrade(database.engine)
    log.info(
        "database %s migrated from %s to %s",
        database.describe(),
        revision or "empty",
        "+".join(sorted(heads)),
    )


def _copy_before_migration(database: Database, revision: str | None) -> None:
    path = database.path
    if path is None or not path.exists():
        return
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    copy = path.with_name(f"{path.stem}.before-migration-{revision or 'none'}-{stamp}.db")
    copy_sqlite(path, copy)
