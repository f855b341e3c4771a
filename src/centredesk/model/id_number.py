"""The 18-character national ID number of GB 11643: check digit, birth date, gender, masking.

An ID number is personal data: nothing here logs it, and a masked form is what screens show
to anyone but the administrator.
"""

import re
from datetime import date

LENGTH = 18
# ISO 7064 MOD 11-2: the weight of position i (from the left, 0-based) is 2^(17 - i) mod 11.
WEIGHTS = tuple(pow(2, LENGTH - 1 - position, 11) for position in range(LENGTH - 1))
# The check character for each remainder of the weighted sum mod 11.
CHECK_CHARACTERS = "10X98765432"
# The province part of the address code (GB/T 2260), with 81–83 for the residence permits of
# Hong Kong, Macao and Taiwan residents.
PROVINCES = frozenset(
    str(code)
    for code in (11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44)
    + (45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83)
)
EARLIEST_BIRTH = date(1900, 1, 1)
_SHAPE = re.compile(r"^\d{17}[\dX]$")
SHOWN_AT_START, SHOWN_AT_END = 6, 4


def check_character(first_17: str) -> str:
    """The 18th character that the first 17 digits call for."""
    total = sum(int(digit) * weight for digit, weight in zip(first_17, WEIGHTS, strict=True))
    return CHECK_CHARACTERS[total % 11]


def normalised(text: str) -> str:
    """An ID number as stored: trimmed, inner spaces removed, a lower-case x made upper-case."""
    return "".join(text.split()).upper()


def shape_problem(number: str) -> str | None:
    """Why `number` is not a well-formed ID number on its own, or None when it is."""
    if len(number) != LENGTH:
        return f"an ID number has 18 characters, not {len(number)}"
    if not _SHAPE.match(number):
        return "an ID number is 17 digits and a digit or X"
    if number[:2] not in PROVINCES:
        return "the ID number's first two digits are no province"
    if birth_date_of(number) is None:
        return "the ID number holds no valid birth date"
    if check_character(number[:17]) != number[17]:
        return "the ID number's check digit is wrong"
    return None


def birth_date_of(number: str) -> date | None:
    """The birth date written in digits 7–14, or None when it is no date from 1900 on."""
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None
    return born if born >= EARLIEST_BIRTH else None


def gender_of(number: str) -> str:
    """`male` when the 17th digit is odd, `female` when it is even."""
    return "male" if int(number[16]) % 2 else "female"


def problems(number: str, birth_date: date | None, gender: str | None) -> list[str]:
    """Everything that is wrong with `number` for a person of this birth date and gender."""
    problem = shape_problem(number)
    if problem:
        return [problem]
    found = []
    written = birth_date_of(number)
    if birth_date is not None and written != birth_date:
        found.append(
            f"the ID number's birth date {written.isoformat()} does not agree with the "
            f"birth date {birth_date.isoformat()}"
        )
    if gender is not None and gender_of(number) != gender:
        found.append(f"the ID number's gender digit says {gender_of(number)}, not {gender}")
    return found


def masked(number: str) -> str:
    """The first six and last four characters, the rest as *: 330106********123X."""
    if len(number) <= SHOWN_AT_START + SHOWN_AT_END:
        return "*" * len(number)
    hidden = len(number) - SHOWN_AT_START - SHOWN_AT_END
    return number[:SHOWN_AT_START] + "*" * hidden + number[-SHOWN_AT_END:]
