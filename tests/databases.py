"""The database a test works on: a SQLite file, or a database of its own on a private
PostgreSQL server when CENTREDESK_TEST_BACKEND=postgresql (SPEC §7: the same program and
the same tests on both).

A test names its database by a *location*: the Path of a SQLite file, or the URL of a server
database. The helpers here read and change either with plain SQL, so test code stays the same.
"""

import itertools
import os
from pathlib import Path

import psycopg
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.pool import NullPool

from centredesk.storage.locations import sqlite_url
from tests.postgres.server import PrivateServer

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
            lines = []
            for table in sorted(inspect(connection).get_table_names()):
                if table in leave_out:
                    continue
                rows = connection.execute(text(f'SELECT * FROM "{table}"'))
                lines += sorted(f"{table}: {tuple(row)!r}" for row in rows)
            return lines
    finally:
        engine.dispose()


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
    return server.url().replace("+psycopg", "")
