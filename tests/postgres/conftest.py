"""A private PostgreSQL server for the session, and a fresh database for each test.

The server is started by these fixtures (initdb and pg_ctl on 127.0.0.1 and a free port);
without PostgreSQL's binaries the tests are skipped on a developer's machine and fail in CI,
where .ci/run installs them.
"""

import itertools
import os

import psycopg
import pytest

from centredesk.services.context import Actor, Context
from centredesk.services.imports import import_file
from centredesk.services.policies import import_policy
from centredesk.storage.database import open_database
from tests.conftest import GOLDEN_IMPORTS
from tests.postgres.server import PrivateServer, server_binaries
from tests.ui.conftest import _private_qsettings  # noqa: F401 - the desktop test's QSettings

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_server():
    binaries = server_binaries()
    if binaries is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL's server binaries are missing: .ci/run installs them")
        pytest.skip("PostgreSQL's server binaries (initdb, pg_ctl) are not installed here")
    server = PrivateServer(binaries).start()
    yield server
    server.stop()


def create_database(server: PrivateServer, name: str, template: str | None = None) -> str:
    """A new database on the server; its SQLAlchemy URL."""
    like = f" TEMPLATE {template}" if template else ""
    with psycopg.connect(server.url().replace("+psycopg", ""), autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}{like}")
    return server.url(name)


@pytest.fixture
def empty_url(postgres_server) -> str:
    """An empty database of its own for one test."""
    return create_database(postgres_server, f"empty_{next(_numbers)}")


@pytest.fixture(scope="session")
def golden_template(postgres_server, golden_dir) -> str:
    """A database holding the golden centre, imported once, to copy for each test."""
    url = create_database(postgres_server, "golden_template")
    database = open_database(url)
    ctx = Context(database, Actor.local_administrator())
    import_policy(ctx, (golden_dir / "policy.toml").read_text(encoding="utf-8"))
    for kind, name in GOLDEN_IMPORTS:
        import_file(ctx, kind, golden_dir / name)
    database.close()
    return "golden_template"


@pytest.fixture
def golden_url(postgres_server, golden_template) -> str:
    """A private copy of the golden centre on the server."""
    return create_database(postgres_server, f"golden_{next(_numbers)}", golden_template)
