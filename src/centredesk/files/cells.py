"""Typed values from cell texts: dates, months, counts, decimals and the vocabularies of §5.2.

Each reader raises ValueError whose message is the reason a problem line gives.
"""

import re
from datetime import date, timedelta
from decimal import Decimal

from centredesk.model.months import Month
from centredesk.model.numbers import to_decimal

GENDERS = {"male": "male", "female": "female", "男": "male", "女": "female"}
EMPLOYMENTS = {
    "retired": "retired",
    "employed": "employed",
    "student": "student",
    "other": "other",
    "退休": "retired",
    "在职": "employed",
    "学生": "student",
    "其他": "other",
}
EVENT_KINDS = {"violation": "violation", "veto": "veto", "违规": "violation", "一票否决": "veto"}
YES_NO = {
    "yes": True,
    "no": False,
    "是": True,
    "否": False,
    "true": True,
    "false": False,
    "y": True,
    "n": False,
    "1": True,
    "0": False,
}
LIST_SEPARATORS = re.compile(r"[、;；,]")

_DATE = re.compile(r"^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ T]00:00(?::00)?)?$")
_CHINESE_DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONTH = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})|年(\d{1,2})月?)$")
_SERIAL = re.compile(r"^\d{5}$")
# Far above any day's services, and within the integers of every database (PostgreSQL: 2^31).
MOST_COUNT = 1_000_000
_EXCEL_EPOCH = date(1899, 12, 30)
# Only serial numbers of 1950–2099 are taken for dates: anything else is more likely a typo.
_SERIALS = range((date(1950, 1, 1) - _EXCEL_EPOCH).days, (date(2100, 1, 1) - _EXCEL_EPOCH).days)


def read_date(text: str) -> date:
    """A date written YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYY年M月D日, YYYYMMDD or an Excel serial."""
    match = _DATE.match(text) or _CHINESE_DATE.match(text) or _COMPACT_DATE.match(text)
    if match:
        year, month, day = (int(part) for part in match.groups() if part.isdigit())
        try:
            return date(year, month, day)
        except ValueError:
            raise ValueError("no such date") from None
    if _SERIAL.match(text) and int(text) in _SERIALS:
        return _EXCEL_EPOCH + timedelta(days=int(text))
    raise ValueError("not a date YYYY-MM-DD")


def read_month(text: str) -> Month:
    """A month written YYYY-MM, YYYY/M, YYYY年M月, or the first day of that month."""
    match = _MONTH.match(text)
    if match:
        try:
            return Month(int(match.group(1)), int(match.group(2) or match.group(3)))
        except ValueError:
            raise ValueError("no such month") from None
    try:
        day = read_date(text)
    except ValueError:
        day = None
    if day is None or day.day != 1:
        raise ValueError("not a month YYYY-MM")
    return Month.of(day)


def read_count(text: str) -> int:
    """A count of services: a whole number from 0 to MOST_COUNT."""
    # isdigit() alone also admits digits such as "²" that int() cannot read.
    number = int(text) if text.isascii() and text.isdigit() else read_decimal(text, "not a count")
    if number < 0:
        raise ValueError("a count cannot be negative")
    if number != int(number):
        raise ValueError("a count must be a whole number")
    if number > MOST_COUNT:
        raise ValueError(f"a count above {MOST_COUNT} cannot be one day's work")
    return int(number)


def read_decimal(text: str, reason: str = "not a number") -> Decimal:
    """An exact decimal; `reason` is the message when the text is not one."""
    try:
        return to_decimal(text)
    except ValueError:
        raise ValueError(reason) from None


def read_yes_no(text: str) -> bool:
    """yes/no, 是/否, true/false, 1/0; a blank cell is no."""
    return _vocabulary(text, YES_NO, "yes or no") if text else False


def read_gender(text: str) -> str:
    """`male` or `female` from English or Chinese."""
    return _vocabulary(text, GENDERS, "male or female (男/女)")


def read_employment(text: str) -> str:
    """`retired`, `employed`, `student` or `other` from English or Chinese."""
    return _vocabulary(text, EMPLOYMENTS, "retired, employed, student or other")


def read_event_kind(text: str) -> str:
    """`violation` or `veto` from English or Chinese."""
    return _vocabulary(text, EVENT_KINDS, "violation or veto (违规/一票否决)")


def read_list(text: str) -> tuple[str, ...]:
    """A list field split at 、 ; ； or , with blank parts left out."""
    parts = (part.strip() for part in LIST_SEPARATORS.split(text))
    return tuple(part for part in parts if part)


def read_staff_no(text: str, numeric: bool) -> str:
    """A staff number: text, though a whole-number cell is taken as its digits."""
    if numeric and not text.isdigit():
        raise ValueError("a staff number is text, not a fraction")
    return text


def read_id_number(text: str, numeric: bool) -> str:
    """A national ID number, which must come from a text cell."""
    if numeric:
        raise ValueError("an ID number must be a text cell: as a number it has lost digits")
    return text.upper()


def _vocabulary(text: str, words: dict, expected: str) -> object:
    try:
        return words[text.casefold()]
    except KeyError:
        raise ValueError(f"not one of {expected}") from None
