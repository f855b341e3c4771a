"""Valid national ID numbers and volunteers for tests, the check digit computed by hand here."""

from datetime import date
from decimal import Decimal

from centredesk.model.volunteers import HoursRecord, Volunteer


def id_number(born: date, gender: str = "female", region: str = "330106", order: int = 12) -> str:
    """A GB 11643 number: region, birth date, a two-digit order and a gender digit, check.

    The check uses the standard's own statement, (12 - Σ digit × 2^(17 - i) mod 11) mod 11
    with 10 written X, not the code under test.
    """
    gender_digit = 1 if gender == "male" else 2
    first_17 = f"{region}{born:%Y%m%d}{order:02d}{gender_digit}"
    total = sum(int(digit) * 2 ** (17 - i) for i, digit in enumerate(first_17))
    check = (12 - total % 11) % 11
    return first_17 + ("X" if check == 10 else str(check))


def wrong_check(number: str) -> str:
    """The same number with another check character."""
    return number[:17] + ("0" if number[17] != "0" else "1")


def volunteer(
    id_: int,
    name: str = "",
    born: date = date(1980, 6, 1),
    registered: date = date(2024, 1, 1),
    employment: str = "employed",
    **more,
) -> Volunteer:
    return Volunteer(
        id=id_,
        name=name or f"志愿者{id_}",
        gender=more.pop("gender", "female"),
        birth_date=born,
        employment=employment,
        registered=registered,
        **more,
    )


def hours(volunteer_id: int, day: date, amount: str, approved: bool = True) -> HoursRecord:
    return HoursRecord(volunteer_id, day, Decimal(amount), approved)
