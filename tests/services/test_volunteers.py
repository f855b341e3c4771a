"""The volunteer services on a fresh database: register, find duplicates, hours, statistics."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from centredesk.model.months import Month
from centredesk.services import volunteer_hours as hours_service
from centredesk.services import volunteer_work as work
from centredesk.services.context import Actor, Context
from centredesk.services.errors import PermissionDenied, Refused
from centredesk.services.settings import set_setting
from centredesk.services.volunteer_stats import recognition, statistics
from centredesk.services.volunteers import (
    VolunteerForm,
    archive_volunteer,
    get_volunteer,
    list_volunteers,
    save_volunteer,
)
from centredesk.storage.database import open_database
from tests.databases import query, url_of
from tests.model.volunteer_factories import id_number, wrong_check

BORN = date(1958, 4, 12)


@pytest.fixture
def ctx(new_database) -> Context:
    return Context(open_database(url_of(new_database())), Actor.local_administrator())


def form(name="王秀英", born=BORN, gender="female", phone="13912345678", **more) -> VolunteerForm:
    values = {
        "name": name,
        "gender": gender,
        "birth_date": born,
        "phone": phone,
        "id_number": id_number(born, gender),
        "employment": "retired",
        "registered": date(2024, 1, 5),
        "areas": ("帮困",),
    }
    return VolunteerForm(**(values | more))


def rows(ctx, sql, **parameters):
    return query(ctx.database.url, sql, **parameters)


# --- register -------------------------------------------------------------------------------


def test_a_registered_volunteer_is_stored_with_lists_joined_and_audited(ctx):
    view = save_volunteer(ctx, form(skills=("急救", "驾驶"), motivations=("contribute",)))

    assert rows(ctx, "SELECT name, skills, areas, motivations FROM volunteers") == [
        ("王秀英", "急救、驾驶", "帮困", "contribute")
    ]
    assert view.number == "V0001" and view.id_number == id_number(BORN)
    (after,) = rows(ctx, "SELECT after FROM audit_log WHERE action = 'volunteer saved'")[0]
    assert id_number(BORN) not in after and "330106********" in after


def test_a_wrong_check_digit_a_wrong_birth_date_and_a_bad_phone_are_all_named(ctx):
    bad = form(id_number=wrong_check(id_number(BORN)), phone="12345")

    with pytest.raises(Refused) as refused:
        save_volunteer(ctx, bad)

    assert "check digit is wrong" in str(refused.value)
    assert "mobile number" in str(refused.value)
    with pytest.raises(Refused, match="does not agree with the birth date 1958-04-13"):
        save_volunteer(ctx, form(born=BORN + timedelta(days=1), id_number=id_number(BORN)))
    assert rows(ctx, "SELECT count(*) FROM volunteers") == [(0,)]


def test_the_same_id_or_the_same_name_and_phone_is_refused_naming_who_has_it(ctx):
    save_volunteer(ctx, form())

    with pytest.raises(Refused, match=r"registered already, to 王秀英 \(V0001\)"):
        save_volunteer(ctx, form(name="王秀"))
    other_id = id_number(BORN, order=77)
    with pytest.raises(Refused, match=r"王秀英 \(V0001\) with the same name and phone"):
        save_volunteer(ctx, form(id_number=other_id))
    assert save_volunteer(ctx, form(id_number=other_id, phone="13800000000")).number == "V0002"


def test_an_unknown_service_area_is_refused(ctx):
    with pytest.raises(Refused, match="not one of the centre's service areas: 修车"):
        save_volunteer(ctx, form(areas=("修车",)))


def test_the_director_sees_masked_ids_and_may_not_register(ctx):
    save_volunteer(ctx, form())
    director = Context(ctx.database, Actor("director", "director"))

    assert [v.id_number for v in list_volunteers(director)] == [_mask()]
    with pytest.raises(PermissionDenied):
        save_volunteer(director, form(name="另一人", phone="13800000000"))


def _mask() -> str:
    number = id_number(BORN)
    return number[:6] + "*" * 8 + number[-4:]


def test_a_doctor_has_no_access_to_volunteers(ctx):
    save_volunteer(ctx, form())
    doctor = Context(ctx.database, Actor("D001", "doctor", staff_no="D001"))

    for call in (
        lambda: list_volunteers(doctor),
        lambda: get_volunteer(doctor, 1),
        lambda: statistics(doctor),
        lambda: hours_service.list_hours(doctor),
        lambda: work.list_activities(doctor),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_archiving_keeps_the_volunteer_and_takes_them_out_of_the_registered(ctx):
    volunteer = save_volunteer(ctx, form())

    archive_volunteer(ctx, volunteer.id, date(2025, 6, 1))

    assert statistics(ctx, date(2025, 5, 31)).registered == 1
    assert statistics(ctx, date(2025, 6, 1)).registered == 0
    assert rows(ctx, "SELECT CAST(archived_on AS VARCHAR) FROM volunteers") == [("2025-06-01",)]


# --- hours ----------------------------------------------------------------------------------

DAY = date(2025, 3, 4)


def test_hours_are_pending_until_approved_and_only_approved_hours_count(ctx):
    volunteer = save_volunteer(ctx, form())
    record = hours_service.record_hours(ctx, volunteer.id, DAY, "帮困", Decimal("3.5"))

    assert statistics(ctx, DAY).active == 0
    assert hours_service.approve_hours(ctx, [record]) == 1
    assert statistics(ctx, DAY).active == 1
    assert rows(ctx, "SELECT approved, approved_by FROM service_hours") == [(1, "local")]


def test_an_approved_record_is_corrected_by_a_new_record_and_a_pending_one_in_place(ctx):
    volunteer = save_volunteer(ctx, form())
    first = hours_service.record_hours(ctx, volunteer.id, DAY, "帮困", Decimal("4"))
    hours_service.approve_hours(ctx, [first])

    correction = hours_service.correct_hours(ctx, first, Decimal("2.5"), "two and a half")
    hours_service.correct_hours(ctx, correction, Decimal("3"))

    assert rows(ctx, "SELECT hours, approved, corrects_id FROM service_hours ORDER BY id") == [
        ("4", 1, None),
        ("-1.0", 0, first),
    ]
    hours_service.approve_hours(ctx, [correction])
    assert statistics(ctx, DAY).active == 1
    assert recognition(ctx, Month(2025, 3))[0].hours == Decimal("3.0")


def test_a_correction_never_takes_the_day_below_0_and_a_day_holds_24_hours(ctx):
    volunteer = save_volunteer(ctx, form())
    record = hours_service.record_hours(ctx, volunteer.id, DAY, "帮困", Decimal("20"))

    with pytest.raises(Refused, match="a day has 24"):
        hours_service.record_hours(ctx, volunteer.id, DAY, "帮困", Decimal("4.5"))
    with pytest.raises(Refused, match="from 0 to 24"):
        hours_service.correct_hours(ctx, record, Decimal("-1"))
    with pytest.raises(Refused, match="more than 0"):
        hours_service.record_hours(ctx, volunteer.id, DAY, "帮困", Decimal("-2"))
    assert rows(ctx, "SELECT count(*) FROM service_hours") == [(1,)]


def test_hours_before_registration_or_in_an_unknown_area_are_refused(ctx):
    volunteer = save_volunteer(ctx, form())

    with pytest.raises(Refused, match="was not registered on 2023-12-31"):
        hours_service.record_hours(ctx, volunteer.id, date(2023, 12, 31), "帮困", Decimal(2))
    with pytest.raises(Refused, match="service areas: 修车"):
        hours_service.record_hours(ctx, volunteer.id, DAY, "修车", Decimal(2))


# --- statistics with settings ---------------------------------------------------------------


def test_statistics_use_the_population_and_monthly_limit_settings(ctx):
    set_setting(ctx, "population", "20000")
    set_setting(ctx, "volunteer_monthly_hours_limit", "10")
    volunteer = save_volunteer(ctx, form())
    for day in (DAY, DAY + timedelta(days=1), DAY + timedelta(days=2)):
        record = hours_service.record_hours(ctx, volunteer.id, day, "帮困", Decimal("3.5"))
        hours_service.approve_hours(ctx, [record])

    result = statistics(ctx, date(2025, 3, 31)).to_json()

    assert (result["population"], result["registered_share"]) == (20000, "0.0001")
    assert result["over_committed"] == [{"name": "王秀英", "hours": "10.5"}]


# --- activities and suggestions -------------------------------------------------------------


def test_suggested_volunteers_fit_and_signing_them_up_records_the_signups(ctx):
    fits = save_volunteer(ctx, form(availability=("weekend_morning",)))
    save_volunteer(
        ctx,
        form(
            name="李四",
            phone="13700000000",
            id_number=id_number(BORN, order=5),
            areas=("法律援助",),
        ),
    )
    saturday = date(2025, 3, 8)
    activity = work.add_activity(ctx, saturday, "独居老人探访", "帮困", "社区活动室", 3)

    suggested = work.suggest_volunteers(ctx, activity)
    work.sign_up(ctx, activity, [s.person.id for s in suggested])

    assert [s.person.name for s in suggested] == ["王秀英"]
    assert rows(ctx, "SELECT volunteer_id FROM activity_signups") == [(fits.id,)]
    assert work.suggest_volunteers(ctx, activity) == []


def test_training_records_attendance(ctx):
    volunteer = save_volunteer(ctx, form())

    training = work.add_training(ctx, DAY, "pre_service", "岗前培训", Decimal(2), [volunteer.id])

    assert work.list_trainings(ctx)[0].attendees[0].name == "王秀英"
    assert rows(ctx, "SELECT training_id, volunteer_id FROM training_attendance") == [
        (training, volunteer.id)
    ]
