"""Properties of performance pay that hold for any volume, grade, bonus and events."""

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from centredesk.model.appraisal import Event
from tests.model.factories import (
    NOVEMBER_WORKING_DAYS,
    make_doctor,
    make_policy,
    nov,
    review_one,
    veto,
)

POLICY = make_policy()
CAP_LINE = Decimal("1162.00")  # the worked example's cap line at full attendance
FAST = settings(max_examples=300, deadline=None)

equivalents = st.decimals(min_value=0, max_value=4000, places=2)
above_cap = st.decimals(min_value=Decimal("1162.01"), max_value=10000, places=2)
bonuses = st.decimals(min_value=0, max_value=300, places=2)
grades = st.sampled_from(["A", "B", "C", "D"])
attendance_days = st.integers(min_value=0, max_value=NOVEMBER_WORKING_DAYS)
event_days = st.integers(min_value=1, max_value=30)
any_events = st.lists(
    st.builds(
        Event, st.builds(nov, event_days), st.sampled_from(["violation", "veto"]), st.booleans()
    ),
    max_size=5,
).map(tuple)
violations_without_error = st.lists(
    st.builds(Event, st.builds(nov, event_days), st.just("violation")), max_size=4
).map(tuple)


def _pay(**doctor) -> Decimal:
    return review_one(POLICY, make_doctor(**doctor)).performance_pay


@FAST
@given(equivalents, bonuses, grades, attendance_days, any_events)
def test_performance_pay_is_never_negative(e, bonus, grade, days, events):
    pay = _pay(equivalents=e, bonus=bonus, grade=grade, available_days=days, events=events)

    assert pay >= 0


@FAST
@given(equivalents, equivalents, bonuses, grades, violations_without_error)
def test_pay_never_falls_as_equivalents_grow_without_errors(e1, e2, bonus, grade, events):
    lower, higher = sorted((e1, e2))

    pays = [_pay(equivalents=e, bonus=bonus, grade=grade, events=events) for e in (lower, higher)]

    assert pays[0] <= pays[1]


@FAST
@given(above_cap, above_cap, bonuses, grades, any_events)
def test_pay_is_the_same_for_any_volume_above_the_cap_line(e1, e2, bonus, grade, events):
    pays = [_pay(equivalents=e, bonus=bonus, grade=grade, events=events) for e in (e1, e2)]

    assert review_one(POLICY, make_doctor(equivalents=e1)).lines.cap_line == CAP_LINE
    assert pays[0] == pays[1]


@FAST
@given(equivalents, bonuses, grades, attendance_days, any_events)
def test_veto_leaves_no_performance_pay(e, bonus, grade, days, events):
    events = (*events, veto())

    row = review_one(
        POLICY,
        make_doctor(equivalents=e, bonus=bonus, grade=grade, available_days=days, events=events),
    )

    assert row.deduction.ratio == Decimal("1.0000")
    assert row.performance_pay == Decimal("0.00")
