"""The exchange files of SPEC §5.2 read into typed records, every problem of a file named.

Only what a file shows by itself is checked here: readable values, required cells, start
before end, duplicate keys. What needs the database (unknown staff numbers and item codes,
dates outside employment or policy years, signed months) is for the services, which check
the records of `read_records` and name those problems through `record.problem(field, …)`.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from centredesk.files import volunteer_records
from centredesk.files.cells import (
    read_count,
    read_date,
    read_decimal,
    read_event_kind,
    read_month,
    read_staff_no,
    read_yes_no,
)
from centredesk.files.problems import Located, Parsed
from centredesk.files.readers import Sheet, SheetRow
from centredesk.files.table import Column, Table, header_key
from centredesk.model.months import Month
from centredesk.model.numbers import HUNDRED, ZERO


@dataclass(frozen=True)
class StaffRow(Located):
    """A staff member, or a change of their post or title from `effective` on."""

    staff_no: str
    name: str
    post: str
    title: str
    start: date
    end: date | None = None
    basic_pay: Decimal | None = None
    effective: date | None = None


@dataclass(frozen=True)
class ItemRow(Located):
    """A service item's equivalents, from `effective` on (None: for all dates)."""

    code: str
    name: str
    category: str
    equivalents: Decimal
    effective: date | None = None


@dataclass(frozen=True)
class WorkloadRow(Located):
    """`count` services of one item by one staff member on one day (0 removes an entry)."""

    day: date
    staff_no: str
    item_code: str
    count: int


@dataclass(frozen=True)
class WideWorkloadDay(Located):
    """A staff member's whole day from a wide file: the counts above 0 by item code.

    `item_codes` are all the item columns of the file; an item without a count has no entry.
    """

    day: date
    staff_no: str
    counts: dict[str, int] = field(hash=False)
    item_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class QualityRow(Located):
    """A month's quality score and/or grade of a staff member (a grade given wins)."""

    month: Month
    staff_no: str
    score: Decimal | None
    grade: str | None


@dataclass(frozen=True)
class EventRow(Located):
    """A management event: a violation or a veto on a day, possibly a medical error."""

    day: date
    staff_no: str
    kind: str
    error: bool
    note: str


@dataclass(frozen=True)
class LeaveRow(Located):
    """Leave of a staff member, whole days from `start` to `end` inclusive."""

    staff_no: str
    start: date
    end: date
    kind: str


STAFF_NO = Column("staff_no", "工号")
DATE = Column("date", "日期")
STAFF_COLUMNS = (
    STAFF_NO,
    Column("name", "姓名"),
    Column("post", "岗位"),
    Column("title", "职称"),
    Column("start", "入职日期"),
    Column("end", "离职日期", required=False),
    Column("basic_pay", "基本工资", required=False),
    Column("effective", "生效日期", required=False),
)
ITEM_COLUMNS = (
    Column("code", "编码"),
    Column("name", "名称"),
    Column("category", "类别"),
    Column("equivalents", "当量"),
    Column("effective", "生效日期", required=False),
)
WORKLOAD_COLUMNS = (DATE, STAFF_NO, Column("item_code", "项目编码"), Column("count", "数量"))
# A wide file may name the staff member beside the number, for the people who fill it in.
WIDE_WORKLOAD_COLUMNS = (DATE, STAFF_NO, Column("name", "姓名", required=False))
QUALITY_COLUMNS = (
    Column("month", "月份"),
    STAFF_NO,
    Column("score", "得分", required=False),
    Column("grade", "等级", required=False),
)
EVENT_COLUMNS = (
    DATE,
    STAFF_NO,
    Column("kind", "类型"),
    Column("error", "差错", required=False),
    Column("note", "说明", required=False),
)
LEAVE_COLUMNS = (
    STAFF_NO,
    Column("start", "开始日期"),
    Column("end", "结束日期"),
    Column("kind", "类型", required=False),
)


def _staff(sheet: Sheet) -> Parsed:
    """Staff rows; one row per staff number."""
    table = Table(sheet, STAFF_COLUMNS)
    records = table.records(_staff_row)
    table.refuse_duplicates(records, lambda r: (r.staff_no,), ["staff_no"])
    return table.parsed(records)


def _staff_row(table: Table, row: SheetRow) -> StaffRow:
    record = StaffRow(
        origin=table.origin,
        row=row.number,
        staff_no=_staff_no(table, row),
        name=table.value(row, "name", str),
        post=table.value(row, "post", str),
        title=table.value(row, "title", str),
        start=table.value(row, "start", read_date),
        end=table.value(row, "end", read_date),
        basic_pay=table.value(row, "basic_pay", _not_negative("basic pay")),
        effective=table.value(row, "effective", read_date),
    )
    _refuse_end_before_start(table, row, record)
    return record


def _items(sheet: Sheet) -> Parsed:
    """Item rows; one row per code and effective date."""
    table = Table(sheet, ITEM_COLUMNS)
    records = table.records(_item_row)
    table.refuse_duplicates(records, lambda r: (r.code, r.effective), ["code", "effective"])
    return table.parsed(records)


def _item_row(table: Table, row: SheetRow) -> ItemRow:
    return ItemRow(
        origin=table.origin,
        row=row.number,
        code=table.value(row, "code", str),
        name=table.value(row, "name", str),
        category=table.value(row, "category", str),
        equivalents=table.value(row, "equivalents", _not_negative("equivalents")),
        effective=table.value(row, "effective", read_date),
    )


def is_wide(sheet: Sheet) -> bool:
    """Whether a workload sheet is wide: it has neither an item_code nor a count column."""
    keys = {header_key(text) for text in sheet.header}
    names = {
        header_key(name)
        for column in WORKLOAD_COLUMNS[2:]
        for name in (column.name, column.chinese)
    }
    return not keys & names


def _workload(sheet: Sheet) -> Parsed:
    """Workload rows of a long file, or whole days of a wide one."""
    return _wide_workload(sheet) if is_wide(sheet) else _long_workload(sheet)


def _long_workload(sheet: Sheet) -> Parsed:
    """Workload rows; one row per date, staff number and item code."""
    table = Table(sheet, WORKLOAD_COLUMNS)
    records = table.records(_workload_row)
    table.refuse_duplicates(
        records, lambda r: (r.day, r.staff_no, r.item_code), ["date", "staff_no", "item_code"]
    )
    return table.parsed(records)


def _workload_row(table: Table, row: SheetRow) -> WorkloadRow:
    return WorkloadRow(
        origin=table.origin,
        row=row.number,
        day=table.value(row, "date", read_date),
        staff_no=_staff_no(table, row),
        item_code=table.value(row, "item_code", str),
        count=table.value(row, "count", read_count),
    )


def _wide_workload(sheet: Sheet) -> Parsed:
    """Whole days of a wide file; one row per date and staff number."""
    table = Table(sheet, WIDE_WORKLOAD_COLUMNS)
    item_codes = _item_columns(table)
    records = table.records(lambda t, row: _wide_day(t, row, item_codes))
    table.refuse_duplicates(records, lambda r: (r.day, r.staff_no), ["date", "staff_no"])
    return table.parsed(records)


def _item_columns(table: Table) -> tuple[str, ...]:
    """Every column that is not date, staff_no or name is an item code."""
    for index, code in table.others.items():
        if table.has(code):
            table.add_at_column(table.sheet.header_row, index, "the same column twice")
        else:
            table.add_field(code, index)
    _refuse_unheaded_columns(table)

    if table.sheet.header and not table.others:
        table.add(
            None,
            "item_code",
            "missing column, headed item_code or 项目编码, or in a "
            "wide file one column per item code",
        )
    return tuple(dict.fromkeys(table.others.values()))


def _refuse_unheaded_columns(table: Table) -> None:
    """A count under an empty header belongs to no item: name the first such cell."""
    header = table.sheet.header
    for index in range(max(map(len, (row.cells for row in table.sheet.rows)), default=0)):
        if index < len(header) and header[index]:
            continue
        row = next((row for row in table.sheet.rows if row.cell(index)), None)
        if row is not None:
            table.add_at_column(
                row.number, index, "a value in a column without a header", row.cell(index)
            )


def _wide_day(table: Table, row: SheetRow, item_codes: tuple[str, ...]) -> WideWorkloadDay:
    counts = {}
    for code in item_codes:
        count = table.value(row, code, read_count)
        if count:
            counts[code] = count
    return WideWorkloadDay(
        origin=table.origin,
        row=row.number,
        day=table.value(row, "date", read_date),
        staff_no=_staff_no(table, row),
        counts=counts,
        item_codes=item_codes,
    )


def _quality(sheet: Sheet) -> Parsed:
    """Quality rows; one row per month and staff number."""
    table = Table(sheet, QUALITY_COLUMNS)
    if table.sheet.header and not (table.has("score") or table.has("grade")):
        table.add(None, "score", "missing column, headed score or 得分, grade or 等级")
    records = table.records(_quality_row)
    table.refuse_duplicates(records, lambda r: (r.month, r.staff_no), ["month", "staff_no"])
    return table.parsed(records)


def _quality_row(table: Table, row: SheetRow) -> QualityRow:
    record = QualityRow(
        origin=table.origin,
        row=row.number,
        month=table.value(row, "month", read_month),
        staff_no=_staff_no(table, row),
        score=table.value(row, "score", _score),
        grade=table.value(row, "grade", str.upper),
    )
    if record.score is None and record.grade is None and _blank(table, row, "score", "grade"):
        table.add(
            row.number, "score" if table.has("score") else "grade", "a score or a grade is needed"
        )
    return record


def _events(sheet: Sheet) -> Parsed:
    """Management events; the same row twice is refused."""
    table = Table(sheet, EVENT_COLUMNS)
    records = table.records(_event_row)
    table.refuse_duplicates(
        records,
        lambda r: (r.day, r.staff_no, r.kind, r.error, r.note),
        [column.name for column in EVENT_COLUMNS],
        whole_row=True,
    )
    return table.parsed(records)


def _event_row(table: Table, row: SheetRow) -> EventRow:
    return EventRow(
        origin=table.origin,
        row=row.number,
        day=table.value(row, "date", read_date),
        staff_no=_staff_no(table, row),
        kind=table.value(row, "kind", read_event_kind),
        error=table.value(row, "error", read_yes_no) or False,
        note=table.value(row, "note", str) or "",
    )


def _leave(sheet: Sheet) -> Parsed:
    """Leave rows; one row per staff number, start and end."""
    table = Table(sheet, LEAVE_COLUMNS)
    records = table.records(_leave_row)
    table.refuse_duplicates(
        records, lambda r: (r.staff_no, r.start, r.end), ["staff_no", "start", "end"]
    )
    return table.parsed(records)


def _leave_row(table: Table, row: SheetRow) -> LeaveRow:
    record = LeaveRow(
        origin=table.origin,
        row=row.number,
        staff_no=_staff_no(table, row),
        start=table.value(row, "start", read_date),
        end=table.value(row, "end", read_date),
        kind=table.value(row, "kind", str) or "",
    )
    _refuse_end_before_start(table, row, record)
    return record


READERS: dict[str, Callable[[Sheet], Parsed]] = {
    "staff": _staff,
    "items": _items,
    "workload": _workload,
    "quality": _quality,
    "events": _events,
    "leave": _leave,
    "volunteers": volunteer_records.read_volunteers,
    "volunteer-hours": volunteer_records.read_volunteer_hours,
}
KINDS = tuple(READERS)


def read_records(kind: str, sheet: Sheet) -> Parsed:
    """The records of a sheet of `kind` (one of KINDS) and every problem found in it.

    The records are those of rows without a problem, for the caller to check further, so
    that a refusal can name the problems of the file and of the database together.
    """
    try:
        read = READERS[kind]
    except KeyError:
        raise ValueError(f"no such kind of file: {kind} (one of {', '.join(KINDS)})") from None
    return read(sheet)


def parse(kind: str, sheet: Sheet) -> list[Located]:
    """The records of a sheet of `kind`; raises ImportRefused naming every problem."""
    parsed = read_records(kind, sheet)
    parsed.refuse_if_any()
    return parsed.records


def _staff_no(table: Table, row: SheetRow) -> str | None:
    numeric = table.is_numeric(row, STAFF_NO.name)
    return table.value(row, STAFF_NO.name, lambda text: read_staff_no(text, numeric))


def _not_negative(what: str) -> Callable[[str], Decimal]:
    def read(text: str) -> Decimal:
        number = read_decimal(text)
        if number < 0:
            raise ValueError(f"{what} cannot be negative")
        return number

    return read


def _score(text: str) -> Decimal:
    score = read_decimal(text)
    if not ZERO <= score <= HUNDRED:
        raise ValueError("a score is from 0 to 100")
    return score


def _blank(table: Table, row: SheetRow, *fields: str) -> bool:
    """Whether the file has a column of `fields` and all of them are blank in the row."""
    present = [table.index[name] for name in fields if table.has(name)]
    return bool(present) and not any(row.cell(index) for index in present)


def _refuse_end_before_start(table: Table, row: SheetRow, record: StaffRow | LeaveRow) -> None:
    if record.start and record.end and record.end < record.start:
        table.add(row.number, "end", "the end is before the start", row.cell(table.index["end"]))
