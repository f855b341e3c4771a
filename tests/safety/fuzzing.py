"""What the fuzz tests share: a workplace database reset between examples, hostile cells,
files written in every shape, and the one check that every attempt must pass."""

import csv
import io
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from centredesk.files.problems import ImportRefused
from centredesk.model.id_number import check_character
from centredesk.services.context import Actor, Context
from centredesk.services.errors import Refused
from centredesk.services.imports import import_file
from centredesk.services.policies import import_policy
from centredesk.storage.backup import restore_sqlite
from centredesk.storage.database import Database, open_database
from centredesk.storage.integrity import damage, foreign_key_violations
from tests.databases import (
    Location,
    create_database,
    database_name,
    dump_rows,
    recreate_database,
    url_of,
)
from tests.postgres.server import PrivateServer

# Modest, reproducible runs: the same examples on every machine, within CI's budget.
FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# No attempt may take longer: a hang is a failure like a traceback.
SECONDS_ALLOWED = 20


def id_number(region: str, born: date, sequence: str) -> str:
    first = f"{region}{born:%Y%m%d}{sequence}"
    return first + check_character(first)


VOLUNTEER_ID = id_number("110101", date(1965, 3, 4), "123")  # a man (odd sequence digit)
# Cells a centre's files really hold, so that some attempts are correct imports.
GOOD = {
    "staff_no": ["G01", "V01", "W01", "G02", "N99"],
    "name": ["欧阳娜", "钱程", "新同事", "A. N. Other"],
    "post": ["GP", "VX", "WH", "全科门诊"],
    "title": ["ATT", "RES", "ASC"],
    "start": ["2016-05-01", "2025-01-01", "2025-03-17"],
    "end": ["", "2025-12-31"],
    "basic_pay": ["5600", "0", "4100.50"],
    "effective": ["", "2025-06-01"],
    "code": ["GPV", "VAC", "NEW1"],
    "category": ["基本医疗", "公共卫生", "科研教学"],
    "equivalents": ["1.0", "0.5", "2.7183"],
    "date": ["2025-03-03", "2025-03-04", "2025-08-01", "2025-08-12"],
    "item_code": ["GPV", "VAC", "PPV", "PNC"],
    "count": ["1", "45", "0", "200"],
    "month": ["2025-03", "2025-08"],
    "score": ["95", "88.5", "70"],
    "grade": ["A", "B", ""],
    "kind": ["violation", "veto", "违规", "年假", "病假"],
    "error": ["yes", "no", "是", "否"],
    "note": ["", "迟到", "note"],
    "gender": ["male", "男"],
    "id_number": [VOLUNTEER_ID],
    "phone": ["13800138000", "010-12345678"],
    "birth_date": ["1965-03-04"],
    "address": ["幸福路1号"],
    "grid": ["一网格"],
    "employment": ["retired", "退休", "employed"],
    "skills": ["", "理发、摄影"],
    "areas": ["医疗服务", "帮困、医疗服务"],
    "area": ["医疗服务", "帮困"],
    "registered": ["2025-01-10"],
    "hours": ["2", "3.5", "-1", "24"],
    "approved": ["yes", "no"],
    "GPV": ["12", "", "0"],
    "VAC": ["3", ""],
}
HOSTILE = [
    "",
    "   ",
    "=1+1",
    '=HYPERLINK("http://x","点我")',
    "@SUM(A1)",
    "+1",
    "-1",
    "1e400",
    "-1e400",
    "99999999999999999999999999999",
    "1.0000000000000000000001",
    "NaN",
    "inf",
    "0x1F",
    "1,000",
    "３",
    "2025年3月3日",
    "3/3/2025",
    "45717",
    "45717.5",
    "2025-02-30",
    "0000-00-00",
    "9999-12-31",
    "\x00",
    "\u202e反转",
    "𠀀𪚥",
    "a" * 3000,
    "g01",
    " G01 ",
    "是",
    "null",
]


def cell_strategy(column: str) -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(GOOD.get(column, [""])),
        st.sampled_from(HOSTILE),
        st.text(max_size=12),
    )


def rows_strategy(columns: list[str]) -> st.SearchStrategy[list[list[str]]]:
    """Rows a centre might send, some plausible throughout and some with hostile cells."""
    plausible = st.tuples(*(st.sampled_from(GOOD.get(column, [""])) for column in columns))
    anything = st.tuples(*(cell_strategy(column) for column in columns))
    return st.lists(st.one_of(plausible, anything).map(list), min_size=0, max_size=6)


# --- writing files -------------------------------------------------------------------------


def write_csv(path: Path, header: list[str], rows: list[list[str]], encoding: str) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows([header, *rows])
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))
    return path


def typed(text: str) -> object:
    """A cell as Excel would hold it: numbers, dates and formulas typed, the rest text."""
    for convert in (int, float):
        try:
            return convert(text)
        except (ValueError, OverflowError):
            continue
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return text


def write_xlsx(path: Path, header: list[str], rows: list[list], merge: str | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append([_xlsx_safe(value) for value in row])
    if merge:
        sheet.merge_cells(merge)
    book.save(path)
    return path


def _xlsx_safe(value: object) -> object:
    if isinstance(value, float) and value != value:  # NaN cannot be stored
        return "NaN"
    if isinstance(value, str):
        # Control characters are refused by openpyxl; Excel cannot hold them either.
        return "".join(ch for ch in value if ch >= " " or ch in "\t\n")[:32000]
    return value


# --- the workplace and the check -----------------------------------------------------------


@dataclass
class Workplace:
    """A database the examples run against, reset to the template before each of them: a
    SQLite file, or a database on the private PostgreSQL server (tests/databases.py)."""

    template: Location
    location: Location
    database: Database
    folder: Path
    server: PrivateServer | None = None
    # Whether the database may differ from the template. A refusal that left every row as it
    # was clears it, so that the next example skips the copy (on a server, a new database).
    changed: bool = True

    @property
    def ctx(self) -> Context:
        return Context(self.database, Actor.local_administrator())

    def reset(self) -> None:
        if not self.changed:
            return
        if self.server is None:
            restore_sqlite(self.template, self.location)
        else:
            # The server copies a template only into a new database: the old one goes, with
            # the connections the program holds to it, and the program reconnects.
            self.database.engine.dispose()
            recreate_database(self.server, self.location, self.template)
        self.changed = False

    def dump(self) -> list[str]:
        with self.database.engine.connect() as connection:
            return dump_rows(connection)

    def integrity(self) -> tuple[list[str], list]:
        """SQLite's integrity and foreign key checks; a server enforces both itself."""
        with self.database.engine.connect() as connection:
            return damage(connection), foreign_key_violations(connection)


def workplace(template: Location, folder: Path, server: PrivateServer | None = None) -> Workplace:
    """The working copy of `template` (which no connection may hold open on a server)."""
    if server is not None:
        location = create_database(server, "fuzz_work", database_name(template))
    else:
        location = folder / "centre.db"
        location.write_bytes(template.read_bytes())
    return Workplace(template, location, open_database(url_of(location)), folder, server)


def attempt_import(place: Workplace, kind: str, path: Path) -> str:
    """Import, and demand a clear refusal that changed nothing or a sound, repeatable import.

    Returns "refused" or "imported". Any other exception fails the test, as a traceback would.
    """
    place.reset()
    before = place.dump()
    started = time.monotonic()
    place.changed = True
    try:
        import_file(place.ctx, kind, path, shown_as=path.name)
    except (ImportRefused, Refused) as refusal:
        _assert_clear(refusal, path.name)
        assert place.dump() == before, "a refused import changed the database"
        place.changed = False
        outcome = "refused"
    else:
        assert place.integrity() == ([], [])
        _assert_repeatable(place, kind, path)
        outcome = "imported"
    assert time.monotonic() - started < SECONDS_ALLOWED, "the import took too long"
    return outcome


def attempt_policy(place: Workplace, text: str) -> str:
    """Import a policy text: a refusal that changed nothing, or a sound import."""
    place.reset()
    before = place.dump()
    place.changed = True
    try:
        import_policy(place.ctx, text, shown_as="policy.toml")
    except Refused as refusal:
        _assert_clear(refusal, "policy.toml")
        assert place.dump() == before, "a refused policy changed the database"
        place.changed = False
        return "refused"
    assert place.integrity() == ([], [])
    return "imported"


def _assert_clear(refusal: Exception, file: str) -> None:
    message = str(refusal)
    assert message.strip(), "a refusal must say why"
    assert "Traceback" not in message
    if isinstance(refusal, ImportRefused):
        assert refusal.problems
        assert all(line.startswith(f"{file}:") for line in message.splitlines())


def _assert_repeatable(place: Workplace, kind: str, path: Path) -> None:
    """Importing the same file again changes no data: the import was whole and exact."""
    first = _data(place.dump())
    import_file(place.ctx, kind, path, shown_as=path.name)
    assert _data(place.dump()) == first


def _data(dump: list[str]) -> list[str]:
    # The audit log and the month's workflow stamps record the second import itself.
    skipped = ("audit_log: ", "months: ")
    return [line for line in dump if not line.startswith(skipped)]
