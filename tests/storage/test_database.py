"""Opening databases: migrations match the tables, older files are copied first, shares refused."""

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from centredesk.storage import locations
from centredesk.storage.database import open_database
from centredesk.storage.locations import NetworkPathError, database_url, sqlite_url
from centredesk.storage.migrations_runner import head_revisions, upgrade
from centredesk.storage.tables import Base
from tests.databases import url_of


def test_the_migrations_build_exactly_the_tables_the_code_declares(new_database):
    database = open_database(url_of(new_database()))

    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)

    database.close()
    assert differences == []


# WAL and SQLite's foreign-key pragma are settings of a SQLite file.
@pytest.mark.sqlite_only
def test_a_new_database_uses_wal_and_enforces_foreign_keys(tmp_path):
    database = open_database(sqlite_url(tmp_path / "new.db"))

    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


# The copy before a migration is a file beside a SQLite database; a server has its own backups.
@pytest.mark.sqlite_only
def test_an_older_database_is_copied_before_it_is_migrated(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    engine = create_engine(sqlite_url(path))
    upgrade(engine, "0001")
    engine.dispose()
    monkeypatch.setattr("centredesk.storage.database.head_revisions", lambda: {"9999"})
    monkeypatch.setattr("centredesk.storage.database.upgrade", lambda engine: None)

    open_database(sqlite_url(path))

    copies = list(tmp_path.glob("old.before-migration-0001-*.db"))
    assert len(copies) == 1
    assert "staff" in inspect(create_engine(sqlite_url(copies[0]))).get_table_names()


def test_the_head_revision_is_what_a_new_database_records(new_database):
    database = open_database(url_of(new_database()))

    with database.engine.connect() as connection:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    database.close()

    assert {revision} == head_revisions()


@pytest.mark.parametrize("path", [r"\\server\share\centre.db", "//server/share/centre.db"])
def test_a_unc_path_is_refused_with_advice_to_use_postgresql(path):
    with pytest.raises(NetworkPathError, match="PostgreSQL"):
        open_database(f"sqlite:///{path}")


def test_a_file_on_an_nfs_mount_is_refused(monkeypatch, tmp_path):
    monkeypatch.setattr(locations, "_mount_type", lambda path: "nfs4")

    with pytest.raises(NetworkPathError, match="network share"):
        locations.check_local_path(tmp_path / "centre.db")


def test_the_url_comes_from_the_option_then_the_environment_then_the_user_folder(monkeypatch):
    monkeypatch.setenv(locations.URL_VARIABLE, "postgresql+psycopg://u@h/centre")

    assert database_url(None, "sqlite:///x.db") == "sqlite:///x.db"
    assert database_url("x.db", None) == sqlite_url(Path("x.db"))
    assert database_url(None, None) == "postgresql+psycopg://u@h/centre"
    monkeypatch.delenv(locations.URL_VARIABLE)
    assert database_url(None, None).endswith("centredesk.db")
    with pytest.raises(ValueError, match="not both"):
        database_url("x.db", "sqlite:///y.db")


def test_the_quick_reading_of_heads_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    from centredesk.storage.migrations_runner import alembic_config

    assert head_revisions() == set(ScriptDirectory.from_config(alembic_config()).get_heads())
