"""Tables written as .xlsx and CSV read back by the readers to the same values."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from centredesk.files.readers import read_sheet
from centredesk.files.records import parse
from centredesk.files.writers import write_csv, write_xlsx
from centredesk.model.months import Month

HEADER = ["工号", "姓名", "月份", "当量", "绩效工资", "日期", "备注"]
ROWS = [
    [
        "G01",
        "欧阳娜",
        Month(2025, 3),
        Decimal("2.7183"),
        Decimal("4050.00"),
        date(2025, 3, 5),
        "=SUM(A1:A9)",
    ],
    ["0012", "钱程", Month(2025, 8), Decimal("0.1234567890123456789"), 7, None, True],
]


def test_an_xlsx_reads_back_as_written(tmp_path):
    path = tmp_path / "review.xlsx"

    write_xlsx(path, HEADER, ROWS, sheet_title="2025-03")

    sheet = read_sheet(path)
    assert (sheet.name, sheet.header) == ("2025-03", tuple(HEADER))
    assert [row.cells for row in sheet.rows] == [
        ("G01", "欧阳娜", "2025-03", "2.7183", "4050", "2025-03-05", "=SUM(A1:A9)"),
        ("0012", "钱程", "2025-08", "0.1234567890123456789", "7", "", "yes"),
    ]


def test_short_decimals_are_numbers_showing_their_places_and_long_ones_text(tmp_path):
    path = tmp_path / "review.xlsx"

    write_xlsx(path, HEADER, ROWS)

    cells = load_workbook(path).active
    assert (cells["D2"].value, cells["E2"].value, cells["E2"].number_format) == (
        2.7183,
        4050,
        "0.00",
    )
    assert cells["D3"].value == "0.1234567890123456789"
    assert (cells["G2"].data_type, cells["A3"].data_type) == ("s", "s")


def test_the_header_is_bold_frozen_and_columns_fit_their_text(tmp_path):
    path = tmp_path / "review.xlsx"

    write_xlsx(path, HEADER, ROWS)

    sheet = load_workbook(path).active
    assert sheet["A1"].font.bold and not sheet["A2"].font.bold
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["B"].width == 8  # 姓名 and 欧阳娜: six wide, and a margin
    assert sheet.column_dimensions["D"].width == len("0.1234567890123456789") + 2


@settings(max_examples=300, deadline=None)
@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, places=4, min_value=-(10**13), max_value=10**13
    )
)
def test_any_decimal_reads_back_equal_from_xlsx(tmp_path_factory, value):
    path = tmp_path_factory.mktemp("round") / "one.xlsx"

    write_xlsx(path, ["value"], [[value]])

    assert Decimal(read_sheet(path).rows[0].cells[0]) == value


def test_a_wide_workload_file_written_and_read_again(tmp_path):
    path = tmp_path / "wide.xlsx"
    write_xlsx(
        path,
        ["date", "staff_no", "GPV", "PPV"],
        [[date(2025, 3, 3), "G01", 45, None], [date(2025, 3, 3), "W01", None, 7]],
    )

    days = parse("workload", read_sheet(path))

    assert [(d.day, d.staff_no, d.counts) for d in days] == [
        (date(2025, 3, 3), "G01", {"GPV": 45}),
        (date(2025, 3, 3), "W01", {"PPV": 7}),
    ]


def test_csv_is_utf8_with_a_bom_and_keeps_decimal_places(tmp_path):
    path = tmp_path / "review.csv"

    write_csv(path, HEADER, ROWS)

    data = path.read_bytes()
    assert data.startswith("\ufeff工号,姓名".encode())
    assert b"2025-03,2.7183,4050.00,2025-03-05," in data
    assert [row.cells for row in read_sheet(path).rows][1] == (
        "0012",
        "钱程",
        "2025-08",
        "0.1234567890123456789",
        "7",
        "",
        "yes",
    )


def test_floats_are_refused_since_they_are_inexact(tmp_path):
    with pytest.raises(TypeError, match="floats are inexact"):
        write_csv(tmp_path / "bad.csv", ["value"], [[0.1]])
