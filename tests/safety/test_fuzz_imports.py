"""Hostile files for every importer: a clear refusal that changes nothing, or a correct import.

Never a traceback, a hang or a partial write. The examples are drawn reproducibly
(derandomized), so CI sees the same ones on every run.
"""

import zipfile

import pytest
from hypothesis import assume, event, given
from hypothesis import strategies as st

from centredesk.services.imports import import_file
from centredesk.services.policies import import_policy
from tests.conftest import GOLDEN_IMPORTS
from tests.databases import query
from tests.safety.fuzzing import (
    FUZZ,
    GOOD,
    VOLUNTEER_ID,
    attempt_import,
    rows_strategy,
    typed,
    write_csv,
    write_xlsx,
)

COLUMNS = {
    "staff": ["staff_no", "name", "post", "title", "start", "end", "basic_pay", "effective"],
    "items": ["code", "name", "category", "equivalents", "effective"],
    "workload": ["date", "staff_no", "item_code", "count"],
    "workload-wide": ["date", "staff_no", "GPV", "VAC"],
    "quality": ["month", "staff_no", "score", "grade"],
    "events": ["date", "staff_no", "kind", "error", "note"],
    "leave": ["staff_no", "start", "end", "kind"],
    "volunteers": [
        "name",
        "gender",
        "id_number",
        "phone",
        "birth_date",
        "address",
        "grid",
        "employment",
        "skills",
        "areas",
        "registered",
    ],  # fmt: skip
    "volunteer-hours": ["date", "id_number", "area", "hours", "approved"],
}
CHINESE = {
    "staff_no": "工号", "name": "姓名", "post": "岗位", "title": "职称", "start": "开始日期",
    "end": "结束日期", "date": "日期", "item_code": "项目编码", "count": "数量", "month": "月份",
    "score": "得分", "grade": "等级", "kind": "类型", "id_number": "身份证号", "hours": "时长",
}  # fmt: skip
ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "utf-16", "latin-1", "big5", "shift_jis"]
SHAPES = sorted(COLUMNS)


def kind_of(shape: str) -> str:
    return "workload" if shape == "workload-wide" else shape


@pytest.fixture(scope="module")
def place(fuzz_workplace, golden_dir):
    """The golden centre with one volunteer, reset before every example."""

    def fill(ctx, folder):
        import_policy(ctx, (golden_dir / "policy.toml").read_text(encoding="utf-8"))
        for kind, name in GOLDEN_IMPORTS:
            import_file(ctx, kind, golden_dir / name)
        volunteer = [[GOOD[column][0] for column in COLUMNS["volunteers"]]]
        path = write_csv(folder / "v.csv", COLUMNS["volunteers"], volunteer, "utf-8")
        import_file(ctx, "volunteers", path)

    return fuzz_workplace(fill)


@FUZZ
@given(
    shape=st.sampled_from(SHAPES),
    suffix=st.sampled_from([".csv", ".xlsx", ".xls", ".ods"]),
    data=st.binary(max_size=3000),
)
def test_random_bytes_are_refused_plainly(place, shape, suffix, data):
    path = place.folder / f"random{suffix}"
    path.write_bytes(data)

    outcome = attempt_import(place, kind_of(shape), path)

    assert outcome == "refused" or suffix == ".csv"


@FUZZ
@given(
    shape=st.sampled_from(SHAPES),
    data=st.data(),
    encoding=st.sampled_from(ENCODINGS),
    chinese=st.booleans(),
)
def test_hostile_csv_files_are_refused_or_imported_whole(place, shape, data, encoding, chinese):
    columns = COLUMNS[shape]
    header = [CHINESE.get(c, c) if chinese else c for c in columns]
    header = data.draw(st.sampled_from([header, header[:-1], [*header, header[0]], header[::-1]]))
    rows = data.draw(rows_strategy(columns))
    path = write_csv(place.folder / "hostile.csv", header, rows, encoding)

    event(attempt_import(place, kind_of(shape), path))


@FUZZ
@given(
    shape=st.sampled_from(SHAPES),
    data=st.data(),
    merge=st.sampled_from([None, "A2:B3", "B1:C1", "A1:A4"]),
)
def test_hostile_spreadsheets_are_refused_or_imported_whole(place, shape, data, merge):
    columns = COLUMNS[shape]
    rows = [[typed(cell) for cell in row] for row in data.draw(rows_strategy(columns))]
    path = write_xlsx(place.folder / "hostile.xlsx", columns, rows, merge)

    event(attempt_import(place, kind_of(shape), path))


@FUZZ
@given(shape=st.sampled_from(SHAPES), fraction=st.floats(0.05, 0.95))
def test_a_truncated_spreadsheet_is_refused_plainly(place, shape, fraction):
    columns = COLUMNS[shape]
    good = [[typed(GOOD.get(column, [""])[0]) for column in columns]]
    whole = write_xlsx(place.folder / "whole.xlsx", columns, good).read_bytes()
    cut = place.folder / "cut.xlsx"
    cut.write_bytes(whole[: int(len(whole) * fraction)])
    assume(not zipfile.is_zipfile(cut))

    assert attempt_import(place, kind_of(shape), cut) == "refused"


def test_a_million_empty_rows_after_the_data_cost_no_time(place):
    header = COLUMNS["workload"]
    path = place.folder / "million.csv"
    rows = "2025-03-03,G01,GPV,44\n" + ",,,\n" * 1_000_000
    path.write_text(",".join(header) + "\n" + rows, encoding="utf-8")

    assert attempt_import(place, "workload", path) == "imported"


def test_a_spreadsheet_used_down_to_its_last_row_is_read_quickly(place):
    path = place.folder / "tall.xlsx"
    write_xlsx(path, COLUMNS["workload"], [[typed("2025-03-03"), "G01", "GPV", 44]])
    import openpyxl

    book = openpyxl.load_workbook(path)
    book.active.cell(row=1_048_576, column=1, value=None).number_format = "yyyy-mm-dd"
    book.active.cell(row=1_048_576, column=5, value="")
    book.save(path)

    assert attempt_import(place, "workload", path) == "imported"


def test_an_excel_serial_date_is_read_as_the_date_excel_shows(place):
    path = write_xlsx(place.folder / "serial.xlsx", COLUMNS["workload"], [[45719, "G01", "GPV", 3]])

    assert attempt_import(place, "workload", path) == "imported"
    assert _count_on(place, "2025-03-03") == 3


def test_formulas_without_a_value_are_refused_not_taken_as_blanks(place):
    rows = [["=TODAY()", "G01", "VAC", 2], [typed("2025-03-05"), "G01", "GPV", "=1+1"]]
    path = write_xlsx(place.folder / "formulas.xlsx", COLUMNS["workload"], rows)

    assert attempt_import(place, "workload", path) == "refused"


def _count_on(place, day: str) -> int:
    statement = (
        "SELECT count FROM workload_entries WHERE day = :day AND item_id = 1 AND staff_id = 1"
    )
    return query(place.location, statement, day=day)[0][0]


def test_numbers_past_any_limit_are_refused(place):
    rows = [["2025-03-03", "G01", "GPV", "1" + "0" * 40], ["2025-03-04", "G01", "GPV", "1e400"]]
    path = write_csv(place.folder / "huge.csv", COLUMNS["workload"], rows, "utf-8")

    assert attempt_import(place, "workload", path) == "refused"


def test_the_volunteer_of_the_template_is_there(place):
    place.reset()
    assert query(place.location, "SELECT id_number FROM volunteers") == [(VOLUNTEER_ID,)]


def test_every_importer_is_fuzzed():
    from centredesk.files.records import KINDS

    assert set(KINDS) == {kind_of(shape) for shape in SHAPES}
