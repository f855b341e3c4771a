"""Who may do what with volunteers: doctors nothing, the director read, with masked IDs."""

import inspect
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from centredesk.services import (
    volunteer_certificates,
    volunteer_hours,
    volunteer_stats,
    volunteer_work,
    volunteers,
)
from centredesk.services.context import Actor, Context
from centredesk.services.errors import PermissionDenied
from centredesk.storage.database import open_database
from tests.databases import url_of
from tests.model.volunteer_factories import id_number

MODULES = (volunteers, volunteer_work, volunteer_hours, volunteer_stats, volunteer_certificates)
WRITES = {
    "save_volunteer",
    "archive_volunteer",
    "restore_volunteer",
    "set_service_areas",
    "set_skills",
    "add_training",
    "set_attendance",
    "add_activity",
    "sign_up",
    "withdraw",
    "add_supervision_note",
    "record_hours",
    "approve_hours",
    "correct_hours",
}


def _public_functions_taking_a_ctx():
    for module in MODULES:
        for name, function in inspect.getmembers(module, inspect.isfunction):
            parameters = list(inspect.signature(function).parameters)
            own = function.__module__ == module.__name__ and not name.startswith("_")
            if own and parameters[:1] == ["ctx"]:
                yield name, function


FUNCTIONS = sorted(_public_functions_taking_a_ctx())


def _arguments(function, tmp_path) -> list:
    """Plausible arguments for every parameter after ctx, by name."""
    values = {"path": tmp_path / "out.xlsx", "on": date(2026, 1, 1), "code": "CV-V0001-x"}
    return [values.get(name, 1) for name in list(inspect.signature(function).parameters)[1:]]


@pytest.fixture
def database(new_database):
    return open_database(url_of(new_database()))


def test_every_volunteer_service_is_checked(database):
    assert len(FUNCTIONS) >= 25
    assert {name for name, _ in FUNCTIONS} >= WRITES


@pytest.mark.parametrize(("name", "function"), FUNCTIONS)
def test_a_doctor_is_refused_every_volunteer_service(name, function, database, tmp_path):
    doctor = Context(database, Actor("D004", "doctor", staff_no="D004"))

    with pytest.raises(PermissionDenied):
        function(doctor, *_arguments(function, tmp_path))


@pytest.mark.parametrize(("name", "function"), [f for f in FUNCTIONS if f[0] in WRITES])
def test_the_director_may_not_change_volunteers(name, function, database, tmp_path):
    director = Context(database, Actor("director", "director"))

    with pytest.raises(PermissionDenied):
        function(director, *_arguments(function, tmp_path))


def test_the_directors_export_masks_ids_and_the_administrators_does_not(database, tmp_path):
    number = id_number(date(1950, 2, 3), "male")
    admin = Context(database, Actor.local_administrator())
    volunteers.save_volunteer(
        admin,
        volunteers.VolunteerForm(
            "张伟",
            "male",
            date(1950, 2, 3),
            "13912345678",
            number,
            "retired",
            date(2024, 1, 1),
            areas=("帮困",),
        ),
    )
    volunteer_hours.record_hours(admin, 1, date(2024, 2, 1), "帮困", Decimal(3))
    director = Context(database, Actor("director", "director"))

    volunteers.export_volunteers(director, tmp_path / "director.xlsx")
    volunteers.export_volunteers(admin, tmp_path / "admin.xlsx")

    def id_cell(name):
        sheet = load_workbook(tmp_path / name).active
        return sheet.cell(2, 4).value

    assert id_cell("director.xlsx") == number[:6] + "********" + number[-4:]
    assert id_cell("admin.xlsx") == number
    assert volunteer_hours.export_hours(director, tmp_path / "hours.xlsx") == 1
