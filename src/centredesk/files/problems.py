"""Problems found in an exchange file, named the way SPEC §5.2 prints them."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from centredesk.model.numbers import plain

_MISSING = "-"


@dataclass(frozen=True)
class Problem:
    """One reason to refuse a file, at a file, sheet, spreadsheet row and column."""

    file: str
    sheet: str | None
    row: int | None
    column: str | None
    reason: str
    value: str | None = None

    def __str__(self) -> str:
        parts = (self.file, self.sheet, self.row, self.column)
        where = ":".join(_MISSING if part in (None, "") else str(part) for part in parts)
        line = f"{where}: {self.reason}"
        return line if self.value is None else f"{line} ({self.value})"


class ImportRefused(Exception):
    """A file refused as a whole, with every problem found in it."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


@dataclass(frozen=True)
class Parsed:
    """The records of a file that have no problem, and the problems found in the others."""

    records: list
    problems: list[Problem]

    def refuse_if_any(self, more: Iterable[Problem] = ()) -> None:
        """Raise ImportRefused with these problems and `more`, in row order, if there is one."""
        problems = sorted([*self.problems, *more], key=lambda problem: problem.row or 0)
        if problems:
            raise ImportRefused(problems)


@dataclass(frozen=True)
class Origin:
    """Where the records of one file come from: file, sheet and each field's column header."""

    file: str
    sheet: str
    columns: Mapping[str, str] = field(default_factory=dict)

    def problem(
        self, row: int | None, field_name: str | None, reason: str, value: object = None
    ) -> Problem:
        """A problem at `row` in the column of `field_name` (its header as written in the file)."""
        column = self.columns.get(field_name, field_name) if field_name else None
        return Problem(self.file, self.sheet, row, column, reason, shown(value))


@dataclass(frozen=True, kw_only=True)
class Located:
    """A record that knows its origin and spreadsheet row, to name problems found later."""

    origin: Origin = field(compare=False, repr=False)
    row: int

    def problem(self, field_name: str | None, reason: str, value: object = None) -> Problem:
        """A problem in this record's row, in the column of `field_name`."""
        return self.origin.problem(self.row, field_name, reason, value)


def shown(value: object) -> str | None:
    """A value as a problem line shows it: decimals plain, dates ISO, None as nothing."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return plain(value)
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    # A line break in a cell would split its problem line in two; show it escaped instead.
    return text if text.isprintable() else "".join(_printable(char) for char in text)


def _printable(char: str) -> str:
    return char if char.isprintable() else repr(char)[1:-1]
