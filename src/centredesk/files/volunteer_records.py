"""The volunteers and volunteer-hours files of SPEC §5.2, read into typed records.

A national ID number never appears in a problem line in full: it is shown masked, as to
anyone but the administrator, since problem lines are copied into e-mails and tickets.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from centredesk.files.cells import (
    read_date,
    read_decimal,
    read_employment,
    read_gender,
    read_id_number,
    read_list,
    read_yes_no,
)
from centredesk.files.problems import Located, Parsed
from centredesk.files.readers import Sheet, SheetRow
from centredesk.files.table import Column, Table
from centredesk.model import id_number as ids
from centredesk.model.volunteers import MOTIVATION_WORDS, SLOT_WORDS, phone_problem, vocabulary_key

MOST_HOURS = Decimal(24)
HOURS_PLACES = 2


@dataclass(frozen=True)
class VolunteerRow(Located):
    """A volunteer as registered; list fields hold names (areas, skills) or keys."""

    name: str
    gender: str
    id_number: str
    phone: str
    birth_date: date
    employment: str
    registered: date
    address: str = ""
    grid: str = ""
    skills: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    motivations: tuple[str, ...] = ()
    availability: tuple[str, ...] = ()
    emergency_contact: str = ""


@dataclass(frozen=True)
class VolunteerHoursRow(Located):
    """Hours a volunteer served on a day in an area; negative only to correct approved ones."""

    day: date
    id_number: str
    area: str
    hours: Decimal
    approved: bool


ID_NUMBER = Column("id_number", "身份证号")
VOLUNTEER_COLUMNS = (
    Column("name", "姓名"),
    Column("gender", "性别"),
    ID_NUMBER,
    Column("phone", "电话"),
    Column("birth_date", "出生日期"),
    Column("address", "地址", required=False),
    Column("grid", "网格", required=False),
    Column("employment", "就业状况"),
    Column("skills", "技能", required=False),
    Column("areas", "服务领域"),
    Column("registered", "登记日期"),
    Column("motivations", "动机", required=False),
    Column("availability", "可服务时间", required=False),
    Column("emergency_contact", "紧急联系人", required=False),
)
# Columns a file must have although a row may leave them blank.
PRESENT_COLUMNS = ("address", "grid", "skills")
HOURS_COLUMNS = (
    Column("date", "日期"),
    ID_NUMBER,
    Column("area", "服务领域"),
    Column("hours", "时长"),
    Column("approved", "已审核"),
)


def read_volunteers(sheet: Sheet) -> Parsed:
    """Volunteer rows; one row per ID number."""
    table = Table(sheet, VOLUNTEER_COLUMNS)
    for column in VOLUNTEER_COLUMNS:
        if column.name in PRESENT_COLUMNS and sheet.header and not table.has(column.name):
            table.add(None, column.name, f"missing column, headed {column.headers}")
    records = table.records(_volunteer_row)
    _refuse_repeated_ids(table, records)
    return table.parsed(records)


def _volunteer_row(table: Table, row: SheetRow) -> VolunteerRow:
    gender = table.value(row, "gender", read_gender)
    birth_date = table.value(row, "birth_date", read_date)
    return VolunteerRow(
        origin=table.origin,
        row=row.number,
        name=table.value(row, "name", str),
        gender=gender,
        id_number=read_id_cell(table, row, birth_date, gender),
        phone=table.value(row, "phone", _phone),
        birth_date=birth_date,
        employment=table.value(row, "employment", read_employment),
        registered=table.value(row, "registered", read_date),
        address=table.value(row, "address", str) or "",
        grid=table.value(row, "grid", str) or "",
        skills=table.value(row, "skills", read_list) or (),
        areas=table.value(row, "areas", read_list),
        motivations=table.value(row, "motivations", _keys(MOTIVATION_WORDS)) or (),
        availability=table.value(row, "availability", _keys(SLOT_WORDS)) or (),
        emergency_contact=table.value(row, "emergency_contact", str) or "",
    )


def read_id_cell(
    table: Table, row: SheetRow, birth_date: date | None = None, gender: str | None = None
) -> str | None:
    """The row's ID number, checked, and against the birth date and gender when given."""
    index = table.index.get(ID_NUMBER.name)
    text = row.cell(index) if index is not None else ""
    if not text:
        if index is not None:
            table.add(row.number, ID_NUMBER.name, "a value is needed")
        return None
    try:
        number = ids.normalised(read_id_number(text, table.is_numeric(row, ID_NUMBER.name)))
    except ValueError as error:
        table.add(row.number, ID_NUMBER.name, str(error), ids.masked(ids.normalised(text)))
        return None

    found = ids.problems(number, birth_date, gender)
    for reason in found:
        table.add(row.number, ID_NUMBER.name, reason, ids.masked(number))
    return None if found else number


def _refuse_repeated_ids(table: Table, records: list[VolunteerRow]) -> None:
    first: dict[str, int] = {}
    for record in records:
        if record.id_number is None:
            continue
        seen = first.setdefault(record.id_number, record.row)
        if seen != record.row:
            table.add(
                record.row, None, f"the same id_number as row {seen}", ids.masked(record.id_number)
            )


def read_volunteer_hours(sheet: Sheet) -> Parsed:
    """Hours rows; the same row twice is refused."""
    table = Table(sheet, HOURS_COLUMNS)
    records = table.records(_hours_row)
    table.refuse_duplicates(
        records,
        lambda r: (r.day, r.id_number, r.area, r.hours, r.approved),
        [column.name for column in HOURS_COLUMNS],
        whole_row=True,
    )
    return table.parsed(records)


def _hours_row(table: Table, row: SheetRow) -> VolunteerHoursRow:
    return VolunteerHoursRow(
        origin=table.origin,
        row=row.number,
        day=table.value(row, "date", read_date),
        id_number=read_id_cell(table, row),
        area=table.value(row, "area", str),
        hours=table.value(row, "hours", read_hours),
        approved=table.value(row, "approved", read_yes_no),
    )


def read_hours(text: str) -> Decimal:
    """Hours from -24 to 24, to 0.01 at most."""
    hours = read_decimal(text)
    if abs(hours) > MOST_HOURS:
        raise ValueError("hours are from 0 to 24 (negative only to correct approved hours)")
    if -hours.as_tuple().exponent > HOURS_PLACES and hours != hours.quantize(Decimal("0.01")):
        raise ValueError("hours are given to 0.01 at most")
    return hours


def _phone(text: str) -> str:
    problem = phone_problem(text)
    if problem:
        raise ValueError(problem)
    return text


def _keys(words: dict) -> Callable[[str], tuple[str, ...]]:
    def read(text: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(vocabulary_key(part, words) for part in read_list(text)))

    return read
