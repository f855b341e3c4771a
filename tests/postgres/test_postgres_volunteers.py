"""Volunteers on PostgreSQL: the demo's volunteers leave room for the next one registered."""

from datetime import date
from decimal import Decimal

from centredesk.model.months import Month
from centredesk.services.context import Actor, Context
from centredesk.services.volunteer_demo import add_demo_volunteers
from centredesk.services.volunteer_hours import record_hours
from centredesk.services.volunteer_stats import statistics
from centredesk.services.volunteers import VolunteerForm, save_volunteer
from centredesk.storage.database import open_database
from tests.model.volunteer_factories import id_number


def test_a_volunteer_registered_after_the_demo_gets_a_new_number(empty_url):
    database = open_database(empty_url)
    with database.transaction() as session:
        count = add_demo_volunteers(session, Month(2026, 11), seed=1)
    ctx = Context(database, Actor.local_administrator())
    born = date(1980, 3, 15)
    form = VolunteerForm(
        "张三",
        "male",
        born,
        "13800138000",
        id_number(born, "male", order=77),
        "retired",
        date(2026, 1, 5),
        areas=("帮困",),
    )

    view = save_volunteer(ctx, form)
    record_hours(ctx, view.id, date(2026, 11, 2), "帮困", Decimal(3))

    assert view.number == f"V{count + 1:04d}"
    assert statistics(ctx, date(2026, 11, 30)).registered >= 50
    database.close()
