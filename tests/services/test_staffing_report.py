"""The staffing calculator with the source's figures (SPEC §2.8)."""

from decimal import Decimal

import pytest

from centredesk.model.staffing import CapacityInputs
from centredesk.services.context import ADMINISTRATOR, DOCTOR, Actor, Context
from centredesk.services.errors import PermissionDenied
from centredesk.services.staffing_report import (
    PUBLISHED,
    TYPED,
    WORKING_TIME,
    StaffingForm,
    staffing_working,
)
from tests.databases import url_of

# The source's working time: 226.41 days of 7 hours, 20.05 minutes a visit, 81.35 % service.
SOURCE_TIME = CapacityInputs(Decimal("226.41"), Decimal(7), Decimal("20.05"), Decimal("0.8135"))
DEMAND = {
    "population": Decimal(100000),
    "two_week_prevalence": Decimal("0.15"),
    "visits_per_episode": Decimal("1.5"),
    "community_share": Decimal("0.6"),
    "public_health_equivalents": Decimal(46481),
}


@pytest.fixture
def ctx(new_database):
    from centredesk.storage.database import open_database

    return Context(open_database(url_of(new_database())), Actor("a", ADMINISTRATOR))


def test_published_capacities_and_the_sources_working_time_side_by_side(ctx):
    working = staffing_working(ctx, StaffingForm(working_time=SOURCE_TIME))

    # 226.41 × 7 × 60 = 95,092.2 minutes ÷ 20.05 = 4,742.75 visits × 0.8135 = 3,858.23
    assert working.published_gp_capacity == Decimal("7170")
    assert working.published_ph_capacity == Decimal("11620.25")
    assert working.derived_gp_capacity == Decimal("3858.23")
    assert working.result is None
    assert working.missing == (
        "population",
        "two_week_prevalence",
        "visits_per_episode",
        "community_share",
    )


@pytest.mark.parametrize(
    ("source", "capacity", "doctors"),
    [
        # 100000 × 0.15 × 26.07 × 1.5 × 0.6 = 351,945 visits a year
        (PUBLISHED, "7170", "49.09"),  # 351945 ÷ 7170 = 49.0857…
        (WORKING_TIME, "3858.23", "91.22"),  # 351945 ÷ 3858.23 = 91.2192…
        (TYPED, "8314", "42.33"),  # the source's 8314 before meetings: 42.331…
    ],
)
def test_the_calculator_with_each_capacity(ctx, source, capacity, doctors):
    form = StaffingForm(
        **DEMAND,
        capacity_source=source,
        working_time=SOURCE_TIME,
        typed_gp_capacity=Decimal(8314),
    )

    result = staffing_working(ctx, form).result

    assert result.gp_capacity == Decimal(capacity)
    assert result.annual_visits == Decimal("351945.00")
    assert result.gp_doctors == Decimal(doctors)
    assert result.public_health_staff == Decimal("4.00")  # 46481 ÷ 11620.25 = 4


def test_a_doctor_may_not_use_the_calculator(ctx):
    doctor = Context(ctx.database, Actor("D004", DOCTOR, "D004"))

    with pytest.raises(PermissionDenied):
        staffing_working(doctor, StaffingForm())
