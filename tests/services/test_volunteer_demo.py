"""The demo centre's volunteers: valid IDs, two years of service, the cases the screens show."""

from datetime import date
from decimal import Decimal

from centredesk.model import id_number as ids
from centredesk.model.months import Month
from centredesk.services.context import Actor, Context
from centredesk.services.volunteer_demo import add_demo_volunteers
from centredesk.services.volunteer_stats import recognition, statistics
from centredesk.storage.database import open_database
from tests.databases import query, url_of

TABLES = ("volunteers", "activities", "activity_signups", "service_hours", "trainings")
TABLES += ("training_attendance", "supervision_notes")


def rows(db, sql):
    return query(db, sql)


def test_every_demo_volunteer_has_a_valid_id_agreeing_with_birth_date_and_gender(demo_db):
    people = rows(demo_db, "SELECT id_number, CAST(birth_date AS VARCHAR), gender FROM volunteers")

    assert 55 <= len(people) <= 65
    for number, born, gender in people:
        assert ids.problems(number, date.fromisoformat(born), gender) == []


def test_the_demo_shows_pending_over_committed_idle_and_a_new_star(demo_db):
    ctx = Context(open_database(url_of(demo_db)), Actor("admin", "administrator"))

    result = statistics(ctx, date(2026, 11, 30))
    stars = recognition(ctx, Month(2026, 11))

    assert rows(demo_db, "SELECT count(*) FROM service_hours WHERE NOT approved")[0][0] > 20
    assert len(result.over_committed) >= 2
    assert all(o.hours > Decimal(40) for o in result.over_committed)
    assert 3 <= len(result.idle) <= 12 and any(i.last_served is None for i in result.idle)
    assert 0 < result.active < result.registered
    assert all(result.age_bands["registered"].values())
    assert any(star.reached_this_month for star in stars)
    assert {star.level for star in stars} >= {0, 1, 3}


def test_the_same_seed_gives_the_same_volunteers_and_another_seed_others(new_database):
    dumps = []
    for name, seed in (("one.db", 7), ("two.db", 7), ("three.db", 8)):
        db = new_database(name)
        database = open_database(url_of(db))
        with database.transaction() as session:
            add_demo_volunteers(session, Month(2026, 11), seed=seed)
        database.close()
        dumps.append({table: rows(db, f"SELECT * FROM {table} ORDER BY id") for table in TABLES})

    assert dumps[0] == dumps[1]
    assert dumps[0]["volunteers"] != dumps[2]["volunteers"]
