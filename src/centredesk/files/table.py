"""A sheet matched against the columns of one kind of file, read cell by cell into values.

Every bad cell becomes a Problem and reading goes on, so that one pass names them all.
"""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from centredesk.files.problems import Located, Origin, Parsed, Problem, shown
from centredesk.files.readers import Sheet, SheetRow

T = TypeVar("T")
R = TypeVar("R", bound=Located)
# Problems of a row as a whole (a duplicate key) come after those of its cells.
_LAST = 10**6


@dataclass(frozen=True)
class Column:
    """A column of an exchange file: its English name (the field), its Chinese header."""

    name: str
    chinese: str
    required: bool = True

    @property
    def headers(self) -> str:
        return f"{self.name} or {self.chinese}"


def header_key(text: str) -> str:
    """A header as compared: trimmed, case-folded, inner spaces as underscores."""
    return "_".join(text.split()).casefold()


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index: 0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class Table:
    """One sheet read as one kind of file: where each field's column is, and what went wrong."""

    def __init__(self, sheet: Sheet, columns: Sequence[Column]) -> None:
        self.sheet = sheet
        self._found: list[tuple[int, int, Problem]] = []
        self._bad_cells: set[tuple[int | None, str | None]] = set()
        self.index: dict[str, int] = {}
        self.required: set[str] = {column.name for column in columns if column.required}
        self.others: dict[int, str] = {}
        self._labels: dict[str, str] = {}
        self.origin = Origin(sheet.file, sheet.name, self._labels)
        self._match_header(columns)

    def has(self, field: str) -> bool:
        """Whether the file has a column for `field`."""
        return field in self.index

    def add_field(self, field: str, index: int) -> None:
        """Read the column at `index` as `field` (an item code in a wide file), not required."""
        self.index[field] = index
        self._labels[field] = self.sheet.header[index]

    def value(self, row: SheetRow, field: str, read: Callable[[str], T]) -> T | None:
        """`read` applied to the row's cell of `field`; None, with a problem if due, otherwise."""
        index = self.index.get(field)
        text = row.cell(index) if index is not None else ""
        if not text:
            if field in self.required and index is not None:
                self.add(row.number, field, "a value is needed")
            return None
        try:
            return read(text)
        except ValueError as error:
            self.add(row.number, field, str(error), text)
            return None

    def is_numeric(self, row: SheetRow, field: str) -> bool:
        """Whether the spreadsheet held a number in the row's cell of `field`."""
        index = self.index.get(field)
        return index is not None and row.is_numeric(index)

    def add(self, row: int | None, field: str | None, reason: str, value: object = None) -> None:
        """Note a problem at `row` in the column of `field` (None: the row as a whole)."""
        position = self.index.get(field, _LAST) if field else _LAST
        self._note(row, position, self.origin.problem(row, field, reason, value))
        self._bad_cells.add((row, field))

    def add_at_column(self, row: int, index: int, reason: str, value: object = None) -> None:
        """Note a problem in the column at `index`, named by its header or else its letter."""
        header = self.sheet.header
        label = header[index] if index < len(header) and header[index] else column_letter(index)
        self._note(
            row, index, Problem(self.sheet.file, self.sheet.name, row, label, reason, shown(value))
        )

    def records(self, build: Callable[["Table", SheetRow], R]) -> list[R]:
        """`build` applied to every data row, whatever the problems of the row."""
        return [build(self, row) for row in self.sheet.rows]

    def refuse_duplicates(
        self,
        records: Iterable[R],
        key: Callable[[R], tuple],
        fields: Sequence[str],
        whole_row: bool = False,
    ) -> None:
        """A problem for every record whose `key` (read from `fields`) an earlier one has.

        Records with a problem in one of `fields` are left out: their key is not known.
        """
        first: dict[tuple, int] = {}
        for record in records:
            if any((record.row, field) in self._bad_cells for field in fields):
                continue
            seen = first.setdefault(key(record), record.row)
            if seen == record.row:
                continue
            if whole_row:
                self.add(record.row, None, f"the same row as row {seen}")
            else:
                self.add(
                    record.row,
                    None,
                    f"the same {' + '.join(fields)} as row {seen}",
                    ", ".join(shown(part) or "" for part in key(record)),
                )

    @property
    def problems(self) -> list[Problem]:
        """The problems found so far, by row and then by column."""
        return [problem for _, _, problem in sorted(self._found, key=lambda found: found[:2])]

    def parsed(self, records: list[R]) -> Parsed:
        """The records of rows without a problem, with every problem found.

        A problem of the file as a whole (a missing column) leaves no record: every row lacks
        a value, and a record without it would mislead the checks that follow.
        """
        bad_rows = {row for row, _ in self._bad_cells}
        if None in bad_rows:
            return Parsed([], self.problems)
        return Parsed([record for record in records if record.row not in bad_rows], self.problems)

    def _note(self, row: int | None, position: int, problem: Problem) -> None:
        self._found.append((row or 0, position, problem))

    def _match_header(self, columns: Sequence[Column]) -> None:
        known = {}
        for column in columns:
            known[header_key(column.name)] = column.name
            known[header_key(column.chinese)] = column.name
        header = self.sheet.header
        if not header:
            self.add(None, None, "the sheet is empty: it has no header row")
            return

        for index, text in enumerate(header):
            self._match_cell(index, text, known.get(header_key(text)))
        for column in columns:
            if column.required and column.name not in self.index:
                self.add(None, column.name, f"missing column, headed {column.headers}")

    def _match_cell(self, index: int, text: str, field: str | None) -> None:
        if field is None:
            if text:
                self.others[index] = text
            return
        if field in self.index:
            self.add_at_column(self.sheet.header_row, index, "the same column twice")
            return
        self.index[field] = index
        self._labels[field] = text
