"""Reading the first sheet of an .xlsx, .xls, .ods or .csv file as rows of cell texts."""

import csv
import io
import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook

from centredesk.collector import collector_paused
from centredesk.files.problems import ImportRefused, Problem
from centredesk.model.numbers import plain

log = logging.getLogger(__name__)

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
SUFFIXES = (*SPREADSHEET_SUFFIXES, ".csv")

# A whole float above this printed through int() shows binary digits (1.2345678901234567e19
# as 12345678901234567168); its shortest form (12345678901234567000) is what was typed.
_INTEGER_FLOAT_LIMIT = 1e15


@dataclass(frozen=True, slots=True)
class SheetRow:
    """A data row that is not empty: its spreadsheet row number and its cell texts."""

    number: int
    cells: tuple[str, ...]
    numeric: frozenset[int] = frozenset()

    def cell(self, index: int) -> str:
        """The text of the cell at `index` (0-based), "" past the end of the row."""
        return self.cells[index] if index < len(self.cells) else ""

    def is_numeric(self, index: int) -> bool:
        """Whether the spreadsheet held a number (not text) at `index`."""
        return index in self.numeric


@dataclass(frozen=True)
class Sheet:
    """The first sheet of a file: its header row and the data rows below it."""

    file: str
    name: str
    header: tuple[str, ...]
    rows: tuple[SheetRow, ...]
    header_row: int = 1


def read_sheet(path: Path, shown_as: str | None = None) -> Sheet:
    """Read the first sheet of `path`; `shown_as` names the file in problems (default: path)."""
    path = Path(path)
    file = shown_as or str(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise _unreadable(file, "no such file")
    if suffix not in (".csv", *SPREADSHEET_SUFFIXES):
        raise _unreadable(file, f"not a spreadsheet: use one of {', '.join(SUFFIXES)}")

    with collector_paused():  # a list per row, possibly a million of them
        if suffix == ".csv":
            sheet_name, rows = path.name, _csv_rows(path, file)
        else:
            sheet_name, rows = _spreadsheet_rows(path, file)
        sheet = _sheet_from(file, sheet_name, rows)
    log.debug("read %d rows from %s", len(sheet.rows), file)
    return sheet


def cell_text(value: object) -> str:
    """A spreadsheet value as text: numbers in shortest decimal form, dates ISO, yes/no."""
    convert = _CONVERTERS.get(type(value))
    return convert(value) if convert else str(value).strip()


def _float_text(value: float) -> str:
    if value.is_integer() and abs(value) < _INTEGER_FLOAT_LIMIT:
        return str(int(value))
    text = repr(value)
    return plain(Decimal(text)) if "e" in text else text


def _datetime_text(value: datetime) -> str:
    # Date cells typed with a time of day still name a day; the readers of dates want the day.
    return value.date().isoformat()


_CONVERTERS = {
    str: str.strip,
    float: _float_text,
    int: str,
    bool: lambda value: "yes" if value else "no",
    date: date.isoformat,
    datetime: _datetime_text,
    time: time.isoformat,
    timedelta: str,
}
_NUMERIC_TYPES = (float, int)


def _spreadsheet_rows(path: Path, file: str) -> tuple[str, list[list]]:
    """The first sheet's name and its rows of values from row 1, straight from calamine."""
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheet = workbook.get_sheet_by_index(0)
        # Keeping the empty area above and left of the data keeps row numbers true.
        values = sheet.to_python(skip_empty_area=False)
    except (CalamineError, OSError, ValueError) as error:
        log.warning("cannot read %s as a spreadsheet: %s", file, error)
        raise _unreadable(
            file,
            f"cannot be read as {path.suffix.lower()}: damaged, protected or not that kind of file",
        ) from None
    return sheet.name, values


def _csv_rows(path: Path, file: str) -> list[list]:
    """The rows of texts of a CSV file, decoded as UTF-8 or else GB18030."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise _unreadable(file, f"cannot be read: {error.strerror}") from None

    text = _decoded(data, file)
    # Lines of bare separators at the end (formatted empty rows saved as CSV) cost nothing.
    text = text.rstrip(", \t\r\n")
    try:
        return list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise _unreadable(file, f"not a readable CSV file: {error}") from None


def _decoded(data: bytes, file: str) -> str:
    if b"\x00" in data:
        raise _unreadable(file, "not a CSV text file (it holds binary data)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise _unreadable(file, "not a CSV text file in UTF-8 or GB18030") from None


def _sheet_from(file: str, name: str, rows: list[list]) -> Sheet:
    """Texts for every cell; the first non-empty row is the header; empty rows are dropped."""
    header: tuple[str, ...] | None = None
    header_row = 1
    data: list[SheetRow] = []
    for number in range(1, _end_of_data(rows) + 1):
        row = _sheet_row(number, rows[number - 1])
        if row is None:
            continue
        if header is None:
            header, header_row = row.cells, number
        else:
            data.append(row)
    return Sheet(file, name, _trimmed(header or ()), tuple(data), header_row)


def _end_of_data(rows: list[list]) -> int:
    """How many rows are left without the empty ones at the end, checked at C speed.

    A formula filled down a whole column leaves a million empty rows behind the data.
    """
    end = len(rows)
    while end and rows[end - 1].count("") == len(rows[end - 1]):
        end -= 1
    return end


def _sheet_row(number: int, values: list) -> SheetRow | None:
    if values.count("") == len(values):
        return None
    cells = tuple(map(cell_text, values))
    if not any(cells):
        return None
    numeric = frozenset(i for i, value in enumerate(values) if type(value) in _NUMERIC_TYPES)
    return SheetRow(number, _trimmed(cells), numeric)


def _trimmed(cells: tuple[str, ...]) -> tuple[str, ...]:
    """Cells without the empty ones at the end of the row."""
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


def _unreadable(file: str, reason: str) -> ImportRefused:
    return ImportRefused([Problem(file, None, None, None, reason)])
