"""Databases for the service tests: the golden centre (no accounts) and the demo (accounts)."""

import pytest

from centredesk.storage.database import open_database
from tests.databases import url_of


@pytest.fixture
def golden_database(golden_cli):
    """The golden centre, imported by the command line, without any account yet."""
    database = open_database(url_of(golden_cli.db))
    yield database
    database.close()


@pytest.fixture
def demo_database(demo_db):
    """A private copy of the demo centre, with its accounts."""
    database = open_database(url_of(demo_db))
    yield database
    database.close()
