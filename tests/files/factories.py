"""Small builders of exchange files on disk for the reader and record tests."""

from pathlib import Path

from openpyxl import Workbook

from centredesk.files.problems import ImportRefused
from centredesk.files.readers import Sheet, read_sheet

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def csv_file(folder: Path, text: str, name: str = "data.csv", encoding: str = "utf-8") -> Path:
    """A CSV file holding `text` (lines as typed, "\\n" between them) in `encoding`."""
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def xlsx_file(folder: Path, rows: list[list], name: str = "data.xlsx", title: str = "") -> Path:
    """An .xlsx file whose first sheet holds `rows` from A1, values typed as given."""
    workbook = Workbook()
    sheet = workbook.active
    if title:
        sheet.title = title
    for row in rows:
        sheet.append(row)
    path = folder / name
    workbook.save(path)
    return path


def csv_sheet(folder: Path, text: str, name: str = "data.csv") -> Sheet:
    """The sheet of a UTF-8 CSV file holding `text`, shown in problems by its name alone."""
    return read_sheet(csv_file(folder, text, name), shown_as=name)


def problem_lines(refused: ImportRefused) -> list[str]:
    """The problems of a refused file as the lines a person sees."""
    return [str(problem) for problem in refused.problems]
