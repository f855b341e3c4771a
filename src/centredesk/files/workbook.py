"""Workbooks of several sheets, each with a header row and a row explaining every column.

Values only, never formulas: decimals go in as numbers (keeping their places on screen through
the number format) when a float gives the same decimal back, otherwise as text.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from centredesk.files.writers import xlsx_cell

_NOTE_FILL = PatternFill("solid", fgColor="F2F2F2")


@dataclass(frozen=True)
class SheetData:
    """One sheet: its title, column headers, a note per column, then the rows of values."""

    title: str
    header: Sequence[str]
    notes: Sequence[str]
    rows: Sequence[Sequence[object]]


def write_workbook(path: Path, sheets: Sequence[SheetData]) -> None:
    """Write the sheets in order; the header and note rows stay in view when scrolling."""
    workbook = Workbook(write_only=True)
    for data in sheets:
        sheet = workbook.create_sheet(title=data.title[:31])
        for index, header in enumerate(data.header, start=1):
            width = max(len(str(header)) + 2, 10)
            sheet.column_dimensions[get_column_letter(index)].width = min(width, 40)
        sheet.freeze_panes = "A3"
        sheet.append([xlsx_cell(sheet, text, Font(bold=True)) for text in data.header])
        sheet.append([_note(sheet, text) for text in data.notes])
        for row in data.rows:
            sheet.append([xlsx_cell(sheet, value) for value in row])
    workbook.save(Path(path))


def _note(sheet, text: str) -> WriteOnlyCell:
    cell = xlsx_cell(sheet, text, Font(italic=True, color="555555"))
    cell.fill = _NOTE_FILL
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    return cell
