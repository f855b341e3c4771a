"""The database a test works on: a SQLite file, or a database of its own on a private
PostgreSQL server when CENTREDESK_TEST_BACKEND=postgresql (SPEC §7: the same program and
the same tests on both).

A test names its database by a *location*: the Path of a SQLite file, or the URL of a server
database. The helpers here read and change either with plain SQL, so test code stays the same.
"""

import itertools
import os
import subprocess
from pathlib import Path

import psycopg
from sqlalchemy import Connection, create_engine, inspect, text
from sqlalchemy.pool import NullPool

from centredesk.storage.locations import sqlite_url
from tests.postgres.server import PrivateServer, server_binaries

BACKEND_VARIABLE = "CENTREDESK_TEST_BACKEND"
BACKEND = os.environ.get(BACKEND_VARIABLE, "sqlite")
if BACKEND not in ("sqlite", "postgresql"):
    raise ValueError(f"{BACKEND_VARIABLE} is sqlite or postgresql, not {BACKEND!r}")
ON_POSTGRESQL = BACKEND == "postgresql"

Location = Path | str

_numbers = itertools.count(1)


def url_of(db: Location) -> str:
    """The SQLAlchemy URL of a location."""
    return db if isinstance(db, str) else sqlite_url(db)


def command_line_arguments(db: Location) -> list[str]:
    """How `centredesk` is told about a location: --db for a file, --database-url otherwise."""
    return ["--database-url", db] if isinstance(db, str) else ["--db", str(db)]


def query(db: Location, statement: str, **parameters) -> list[tuple]:
    """The rows of one SELECT, as tuples."""
    engine = create_engine(url_of(db), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(statement), parameters)]
    finally:
        engine.dispose()


def entry_count(db: Location, day, staff_no: str, code: str) -> int | None:
    """The stored count of one doctor, item and day (a date), or None when there is none."""
    found = query(
        db,
        "SELECT count FROM workload_entries JOIN staff ON staff.id = staff_id "
        "JOIN items ON items.id = item_id "
        "WHERE day = :day AND staff_no = :staff_no AND code = :code",
        day=day.isoformat(),
        staff_no=staff_no,
        code=code,
    )
    return found[0][0] if found else None


def execute(db: Location, statement: str, **parameters) -> None:
    """One changing statement, committed."""
    engine = create_engine(url_of(db), poolclass=NullPool)
    try:
        with engine.begin() as connection:
            connection.execute(text(statement), parameters)
    finally:
        engine.dispose()


def dump(db: Location, leave_out: tuple[str, ...] = ()) -> list[str]:
    """Every row of every table, as text in a fixed order, to compare a database before and
    after."""
    engine = create_engine(url_of(db), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return dump_rows(connection, leave_out)
    finally:
        engine.dispose()


def dump_rows(connection: Connection, leave_out: tuple[str, ...] = ()) -> list[str]:
    """dump() through a connection the caller holds."""
    lines = []
    for table in sorted(inspect(connection).get_table_names()):
        if table in leave_out:
            continue
        rows = connection.execute(text(f'SELECT * FROM "{table}"'))
        lines += sorted(f"{table}: {tuple(row)!r}" for row in rows)
    return lines


def fill_from(source: Location, target: Location) -> None:
    """Make `target`, open in the program, hold exactly what `source` holds, as the demo would.

    A file is restored over; on a server every table of the target is emptied and the
    source's rows (sequences included) are copied in with the server's own pg_dump.
    """
    if isinstance(target, Path):
        from centredesk.storage.backup import restore_sqlite

        restore_sqlite(source, target)
        return
    tables = ", ".join(f'"{table}"' for table in _table_names(target))
    execute(target, f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
    binaries = server_binaries()
    rows = subprocess.run(
        [binaries / "pg_dump", "--data-only", "-Fc", _libpq_url(source)],
        capture_output=True,
        check=True,
    ).stdout
    subprocess.run(
        [
            binaries / "pg_restore",
            "--disable-triggers",
            "--single-transaction",
            "-d",
            _libpq_url(target),
        ],
        input=rows,
        capture_output=True,
        check=True,
    )


def _table_names(db: Location) -> list[str]:
    engine = create_engine(url_of(db), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return inspect(connection).get_table_names()
    finally:
        engine.dispose()


def _libpq_url(url: str) -> str:
    return url.replace("+psycopg", "")


def exists(db: Location) -> bool:
    """Whether the file is there; a server database always exists once handed out."""
    return isinstance(db, str) or db.exists()


def create_database(server: PrivateServer, prefix: str, template: str | None = None) -> str:
    """A new database on the server, optionally a copy of `template`; its SQLAlchemy URL."""
    name = f"{prefix}_{next(_numbers)}"
    like = f" TEMPLATE {template}" if template else ""
    with psycopg.connect(_admin_url(server), autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}{like}")
    return server.url(name)


def recreate_database(server: PrivateServer, url: str, template: str) -> None:
    """Replace the database at `url` by a fresh copy of `template`, under the same name."""
    name = database_name(url)
    with psycopg.connect(_admin_url(server), autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {name} TEMPLATE {database_name(template)}")


def close_connections(server: PrivateServer, url: str) -> None:
    """End every session on a database, as CREATE DATABASE … TEMPLATE needs."""
    with psycopg.connect(_admin_url(server), autocommit=True) as connection:
        connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
            (database_name(url),),
        )


def drop_database(server: PrivateServer, url: str) -> None:
    """Remove a test's database, closing any connection a test left open."""
    with psycopg.connect(_admin_url(server), autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {database_name(url)} WITH (FORCE)")


def database_name(url: str) -> str:
    return url.rsplit("/", 1)[1]


def _admin_url(server: PrivateServer) -> str:
    return _libpq_url(server.url())
