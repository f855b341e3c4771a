"""Setting up a new database: the centre's name, the default policy and the administrator."""

import re
from datetime import date
from decimal import Decimal

import pytest

from centredesk.services.centre_setup import CentreForm, default_policy, set_up_centre
from centredesk.services.context import Actor, Context, needs_first_run
from centredesk.services.errors import PermissionDenied, Refused
from centredesk.services.policies import policy_years
from centredesk.storage.database import open_database
from tests.databases import query, url_of


@pytest.fixture
def new_db(new_database):
    return new_database("new.db")


@pytest.fixture
def local(new_db):
    return Context(open_database(url_of(new_db)), Actor.local_administrator())


def test_the_default_policy_has_the_typical_posts_at_coefficient_one():
    policy = default_policy(2026)

    assert list(policy.posts) == ["FD", "GP", "VX", "CH", "WH", "NUR", "PH"]
    assert not policy.posts["FD"].appraised
    assert {rule.coefficient for rule in (*policy.posts.values(), *policy.titles.values())} == {
        Decimal(1)
    }
    assert date(2026, 10, 1) in policy.holidays and date(2026, 10, 10) in policy.workdays


def test_a_new_centre_is_set_up_and_its_administrator_signed_in(local, new_db):
    assert needs_first_run(local.database)

    ready = set_up_centre(local, CentreForm("滨江社区卫生服务中心", 2026, "admin", "s3cret-pass"))

    assert ready.actor == Actor("admin", "administrator")
    assert re.fullmatch(r"([A-Z2-9]{4}-){4}[A-Z2-9]{4}", ready.recovery_code)
    assert not needs_first_run(local.database)
    assert query(new_db, "SELECT value FROM settings WHERE key = 'centre_name'")
    assert query(new_db, "SELECT name, role FROM users") == [("admin", "administrator")]
    assert query(new_db, "SELECT count(*) FROM posts") == [(7,)]
    with local.database.reading() as session:
        assert policy_years(session) == [2026]
    with pytest.raises(PermissionDenied, match="sign in first"):
        set_up_centre(local, CentreForm("x", 2026, "admin2", "s3cret-pass"))


def test_a_short_password_refuses_the_set_up_and_stores_nothing(local):
    with pytest.raises(Refused, match="at least 8 characters"):
        set_up_centre(local, CentreForm("滨江社区卫生服务中心", 2026, "admin", "short"))

    assert needs_first_run(local.database)
