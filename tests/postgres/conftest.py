"""A fresh database on the private PostgreSQL server (tests/conftest.py starts it) for each test.

Without PostgreSQL's binaries these tests are skipped on a developer's machine and fail in CI,
where .ci/run installs them.
"""

import pytest

from centredesk.services.context import Actor, Context
from centredesk.services.imports import import_file
from centredesk.services.policies import import_policy
from centredesk.storage.database import open_database
from tests.conftest import GOLDEN_IMPORTS
from tests.databases import create_database, database_name, drop_database
from tests.ui.conftest import _private_qsettings  # noqa: F401 - the desktop test's QSettings


@pytest.fixture
def empty_url(postgres_server) -> str:
    """An empty database of its own for one test."""
    url = create_database(postgres_server, "empty")
    yield url
    drop_database(postgres_server, url)


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
    return database_name(url)


@pytest.fixture
def golden_url(postgres_server, golden_template) -> str:
    """A private copy of the golden centre on the server."""
    url = create_database(postgres_server, "golden", golden_template)
    yield url
    drop_database(postgres_server, url)
