"""Writing tables as .xlsx (openpyxl, write-only) and as CSV that Excel opens right.

Decimals go into .xlsx as numbers, so that a spreadsheet can add them up, whenever the
readers give back the same decimal: with at most 15 significant digits a float's shortest
form is the decimal itself. A longer decimal is written as text. Decimals keep their places
on screen through the cell's number format (4050.00 shows as 4050.00, reads back as 4050).
"""

import csv
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

# A float holds any decimal of 15 significant digits exactly enough to give it back.
_FLOAT_DIGITS = 15
_WIDTH_SAMPLE_ROWS = 200
_MIN_WIDTH, _MAX_WIDTH = 6, 50


def write_xlsx(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[object]], sheet_title: str = "Sheet1"
) -> None:
    """Write one sheet: a bold header, then `rows` (text, int, Decimal, date, bool or None)."""
    rows = list(rows)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=sheet_title)
    for index, width in enumerate(_column_widths(header, rows), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"

    bold = Font(bold=True)
    sheet.append([xlsx_cell(sheet, text, bold) for text in header])
    for row in rows:
        sheet.append([xlsx_cell(sheet, value) for value in row])
    workbook.save(Path(path))


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write CSV in UTF-8 with a BOM, which Excel on a Chinese Windows opens as UTF-8."""
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows([_text(value) for value in row] for row in rows)


def xlsx_cell(sheet, value: object, font: Font | None = None) -> WriteOnlyCell:
    """A write-only cell holding `value` as a value, never a formula."""
    cell = WriteOnlyCell(sheet, value=_xlsx_value(value))
    if isinstance(cell.value, str):
        # openpyxl would take text starting with "=" for a formula; text stays text.
        cell.data_type = "s"
    elif isinstance(value, Decimal):
        places = max(0, -value.as_tuple().exponent)
        cell.number_format = "0." + "0" * places if places else "0"
    if font is not None:
        cell.font = font
    return cell


def _xlsx_value(value: object) -> object:
    if isinstance(value, Decimal):
        return float(value) if _fits_float(value) else format(value, "f")
    if value is None or (isinstance(value, (int, date, str)) and not isinstance(value, bool)):
        return value
    return _text(value)


def _fits_float(value: Decimal) -> bool:
    if not value.is_finite() or not -300 < value.adjusted() < 300:
        return False
    return len(value.normalize().as_tuple().digits) <= _FLOAT_DIGITS


def _text(value: object) -> str:
    """A value as CSV text: decimals with their places and no exponent, dates ISO, yes/no."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        raise TypeError("floats are inexact: write a Decimal")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _column_widths(header: Sequence[str], rows: list[Sequence[object]]) -> list[float]:
    """Widths from the header and the first rows; a Chinese character is two wide."""
    widths = [_display_width(text) for text in header]
    for row in rows[:_WIDTH_SAMPLE_ROWS]:
        for index, value in enumerate(row[: len(widths)]):
            widths[index] = max(widths[index], _display_width(_text(value)))
    return [min(_MAX_WIDTH, max(_MIN_WIDTH, width + 2)) for width in widths]


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)
