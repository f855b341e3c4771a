"""Accounts: argon2 hashes, the first administrator, slowing delays, recovery, resets."""

import time

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from centredesk.model.months import Month
from centredesk.services import accounts
from centredesk.services.accounts import (
    MAX_DELAY_SECONDS,
    authenticate,
    create_account,
    deactivate_account,
    delay_after,
    list_accounts,
    reactivate_account,
    recover_administrator,
    replace_recovery_code,
    reset_password,
)
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, DOCTOR
from centredesk.services.errors import LoginRefused, PermissionDenied, Refused
from centredesk.services.review import review
from centredesk.services.settings import get_setting
from centredesk.storage.tables import User
from tests.conftest import DEMO_PASSWORD, DEMO_UNTIL
from tests.services.factories import Clock, local, signed_in

ADMIN_PASSWORD = "correct horse"


@pytest.fixture
def centre(golden_database):
    """The golden centre with an administrator, a director and the doctor G01; and the code."""
    code = create_account(local(golden_database), "chief", ADMINISTRATOR, ADMIN_PASSWORD)
    admin = signed_in(golden_database, "chief", ADMIN_PASSWORD)
    create_account(admin, "director", DIRECTOR, "director pass")
    create_account(admin, "G01", DOCTOR, "doctor pass", staff_no="G01")
    return golden_database, code


def test_hashes_use_the_fixed_argon2id_parameters_at_a_tolerable_cost():
    started = time.perf_counter()
    hashed = accounts.hash_password("a password")
    seconds = time.perf_counter() - started

    assert hashed.startswith("$argon2id$v=19$m=32768,t=3,p=2$")
    assert PasswordHasher().verify(hashed, "a password")
    assert "a password" not in hashed
    assert 0.005 < seconds < 2, f"one hash took {seconds:.3f} s"


def test_the_delay_doubles_from_the_third_wrong_password_up_to_its_cap():
    assert [delay_after(n) for n in range(7)] == [0, 0, 0, 1, 2, 4, 8]
    assert delay_after(12) == delay_after(50) == MAX_DELAY_SECONDS


def test_the_first_account_must_be_an_administrator_and_only_it_gets_a_recovery_code(
    golden_database,
):
    with pytest.raises(Refused, match="first account must be an administrator"):
        create_account(local(golden_database), "G01", DOCTOR, "doctor pass", staff_no="G01")

    code = create_account(local(golden_database), "chief", ADMINISTRATOR, ADMIN_PASSWORD)
    second = create_account(
        signed_in(golden_database, "chief", ADMIN_PASSWORD), "deputy", ADMINISTRATOR, "deputy pass"
    )

    assert len(code.replace("-", "")) == 20
    assert second is None


def test_once_an_account_exists_nobody_is_local(centre):
    database, _ = centre

    with pytest.raises(PermissionDenied, match="sign in first"):
        get_setting(local(database), "centre_name")


@pytest.mark.parametrize(
    ("name", "role", "password", "staff_no", "reason"),
    [
        ("nurse", DOCTOR, "long enough", None, "needs the doctor's staff number"),
        ("ghost", DOCTOR, "long enough", "X99", "no staff member with the number X99"),
        ("again", DOCTOR, "long enough", "G01", "G01 has an account already"),
        ("short", DIRECTOR, "1234567", None, "at least 8 characters"),
        ("DIRECTOR", DIRECTOR, "long enough", None, "taken by the account director"),
        ("two words", DIRECTOR, "long enough", None, "may not hold spaces"),
        ("boss", "owner", "long enough", None, "unknown role"),
        ("boss", DIRECTOR, "long enough", "G02", "only a doctor's account"),
    ],
)
def test_bad_accounts_are_refused_with_the_reason(centre, name, role, password, staff_no, reason):
    database, _ = centre
    admin = signed_in(database, "chief", ADMIN_PASSWORD)

    with pytest.raises(Refused, match=reason):
        create_account(admin, name, role, password, staff_no)


def test_a_doctor_signs_in_as_their_staff_record(centre):
    database, _ = centre

    actor = authenticate(database, "G01", "doctor pass")

    assert (actor.name, actor.role, actor.staff_no, actor.is_local) == ("G01", DOCTOR, "G01", False)


def test_an_unknown_name_and_a_wrong_password_get_the_same_answer(centre):
    database, _ = centre

    with pytest.raises(LoginRefused) as unknown:
        authenticate(database, "nobody", "doctor pass")
    with pytest.raises(LoginRefused) as wrong:
        authenticate(database, "G01", "not the password")

    assert str(unknown.value) == str(wrong.value) == "wrong user name or password"


def test_five_wrong_passwords_slow_that_account_down_without_blocking_another(centre):
    database, _ = centre
    clock = Clock()
    for failure in range(1, 6):
        with pytest.raises(LoginRefused):
            authenticate(database, "G01", "guess", now=clock.advance(delay_after(failure - 1)))

    with pytest.raises(LoginRefused, match="wait 4 seconds") as refused:
        authenticate(database, "G01", "doctor pass", now=clock.advance(0.5))
    assert refused.value.wait_seconds == 4
    assert authenticate(database, "director", "director pass", now=clock.now).role == DIRECTOR

    clock.advance(4)
    assert authenticate(database, "G01", "doctor pass", now=clock.now).staff_no == "G01"
    assert _failures(database, "G01") == 0


def test_a_try_during_the_delay_is_not_checked_and_does_not_lengthen_it(centre):
    database, _ = centre
    clock = Clock()
    for _ in range(3):
        with pytest.raises(LoginRefused):
            authenticate(database, "G01", "guess", now=clock.now)

    with pytest.raises(LoginRefused, match="wait 1 second "):
        authenticate(database, "G01", "guess", now=clock.now)

    assert _failures(database, "G01") == 3


def test_a_success_resets_the_count_of_wrong_passwords(centre):
    database, _ = centre
    clock = Clock()
    for _ in range(2):
        with pytest.raises(LoginRefused):
            authenticate(database, "G01", "guess", now=clock.now)

    authenticate(database, "G01", "doctor pass", now=clock.now)
    with pytest.raises(LoginRefused) as refused:
        authenticate(database, "G01", "guess", now=clock.now)

    assert refused.value.wait_seconds == 0
    assert _failures(database, "G01") == 1


def test_the_recovery_code_resets_the_administrator_password_once(centre):
    database, code = centre

    successor = recover_administrator(database, "chief", code.lower(), "brand new pass")

    assert authenticate(database, "chief", "brand new pass").role == ADMINISTRATOR
    with pytest.raises(LoginRefused, match="wrong recovery code"):
        recover_administrator(database, "chief", code, "another new pass")
    recover_administrator(database, "chief", successor.replace("-", ""), "third new pass")
    assert authenticate(database, "chief", "third new pass").name == "chief"


def test_the_recovery_code_does_not_reset_other_accounts(centre):
    database, code = centre

    with pytest.raises(LoginRefused, match="not an active administrator"):
        recover_administrator(database, "director", code, "brand new pass")


def test_wrong_recovery_codes_slow_the_administrator_account_down(centre):
    database, code = centre
    clock = Clock()
    for _ in range(3):
        with pytest.raises(LoginRefused, match="wrong recovery code"):
            recover_administrator(database, "chief", "AAAA-AAAA", "brand new pass", now=clock.now)

    with pytest.raises(LoginRefused, match="wait 1 second "):
        recover_administrator(database, "chief", code, "brand new pass", now=clock.now)
    recover_administrator(database, "chief", code, "brand new pass", now=clock.advance(1))


def test_a_replaced_recovery_code_retires_the_old_one(centre):
    database, code = centre

    new_code = replace_recovery_code(signed_in(database, "chief", ADMIN_PASSWORD))

    with pytest.raises(LoginRefused, match="wrong recovery code"):
        recover_administrator(database, "chief", code, "brand new pass")
    recover_administrator(database, "chief", new_code, "brand new pass")


def test_the_administrator_resets_passwords_and_only_the_administrator(centre):
    database, _ = centre
    clock = Clock()
    for _ in range(4):
        with pytest.raises(LoginRefused):
            authenticate(database, "G01", "guess", now=clock.advance(10))

    reset_password(signed_in(database, "chief", ADMIN_PASSWORD), "G01", "fresh password")

    assert authenticate(database, "G01", "fresh password", now=clock.now).name == "G01"
    with pytest.raises(PermissionDenied):
        reset_password(signed_in(database, "director", "director pass"), "G01", "other pass")


def test_a_deactivated_account_cannot_sign_in_until_reactivated(centre):
    database, _ = centre
    admin = signed_in(database, "chief", ADMIN_PASSWORD)

    deactivate_account(admin, "G01")

    with pytest.raises(LoginRefused, match="deactivated"):
        authenticate(database, "G01", "doctor pass")
    reactivate_account(admin, "G01")
    assert authenticate(database, "G01", "doctor pass").name == "G01"


def test_the_last_active_administrator_stays_active(centre):
    database, _ = centre

    with pytest.raises(Refused, match="last active administrator"):
        deactivate_account(signed_in(database, "chief", ADMIN_PASSWORD), "chief")


def test_a_user_changes_their_own_password_giving_the_current_one(centre):
    database, _ = centre
    doctor = signed_in(database, "G01", "doctor pass")

    with pytest.raises(Refused, match="current password is wrong"):
        accounts.change_own_password(doctor, "not it", "my new password")
    accounts.change_own_password(doctor, "doctor pass", "my new password")

    assert authenticate(database, "G01", "my new password").name == "G01"


def test_the_account_list_shows_no_hashes(centre):
    database, _ = centre

    listed = list_accounts(signed_in(database, "director", "director pass"))

    assert [(a.name, a.role, a.staff_no) for a in listed] == [
        ("G01", DOCTOR, "G01"),
        ("chief", ADMINISTRATOR, None),
        ("director", DIRECTOR, None),
    ]
    assert not any("argon2" in repr(account) for account in listed)


def test_the_demo_has_admin_director_and_one_account_per_appraised_doctor(demo_database):
    listed = {a.name: a for a in list_accounts(signed_in(demo_database, "admin"))}
    rows = review(signed_in(demo_database, "director"), Month.parse(DEMO_UNTIL)).rows

    assert listed["admin"].role == ADMINISTRATOR
    assert listed["director"].role == DIRECTOR
    assert {row.staff_no for row in rows} <= set(listed)
    assert all(listed[row.staff_no].staff_no == row.staff_no for row in rows)
    assert "D001" not in listed, "the front desk is not appraised"
    assert authenticate(demo_database, "D004", DEMO_PASSWORD).staff_no == "D004"


def _failures(database, name: str) -> int:
    with database.reading() as session:
        return session.scalar(select(User.failed_attempts).where(User.name == name))
