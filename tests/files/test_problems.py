"""Problem lines in SPEC §5.2's form, and records that name problems in their own cells."""

from datetime import date
from decimal import Decimal

from centredesk.files.problems import ImportRefused, Origin, Problem
from centredesk.files.records import WorkloadRow


def test_a_problem_names_file_sheet_row_column_reason_and_value():
    problem = Problem("nov.xlsx", "Sheet1", 7, "数量", "a count cannot be negative", "-3")

    assert str(problem) == "nov.xlsx:Sheet1:7:数量: a count cannot be negative (-3)"


def test_a_problem_without_value_leaves_the_brackets_out():
    problem = Problem("nov.xlsx", "Sheet1", 7, "date", "a value is needed")

    assert str(problem) == "nov.xlsx:Sheet1:7:date: a value is needed"


def test_parts_that_do_not_apply_are_dashes():
    missing_column = Problem("staff.csv", "staff.csv", None, "staff_no", "missing column")
    unreadable = Problem("nov.xlsx", None, None, None, "cannot be read")

    assert str(missing_column) == "staff.csv:staff.csv:-:staff_no: missing column"
    assert str(unreadable) == "nov.xlsx:-:-:-: cannot be read"


def test_a_refused_import_lists_every_problem_on_its_own_line():
    problems = [
        Problem("a.csv", "a.csv", 2, "date", "no such date", "2025-02-30"),
        Problem("a.csv", "a.csv", 3, "count", "not a count", "many"),
    ]

    refused = ImportRefused(problems)

    assert refused.problems == problems
    assert str(refused) == (
        "a.csv:a.csv:2:date: no such date (2025-02-30)\na.csv:a.csv:3:count: not a count (many)"
    )


def test_a_record_names_a_problem_in_its_row_under_the_header_as_written():
    origin = Origin("nov.csv", "nov.csv", {"staff_no": "工号", "item_code": "项目编码"})
    row = WorkloadRow(
        origin=origin, row=12, day=date(2025, 3, 3), staff_no="G09", item_code="GPV", count=4
    )

    problem = row.problem("staff_no", "unknown staff number", row.staff_no)

    assert str(problem) == "nov.csv:nov.csv:12:工号: unknown staff number (G09)"


def test_a_record_shows_decimals_plainly_and_dates_as_iso():
    origin = Origin("q.csv", "q.csv")

    assert origin.problem(2, "score", "too high", Decimal("1.50E+2")).value == "150"
    assert origin.problem(2, "date", "outside", date(2025, 3, 5)).value == "2025-03-05"
    assert str(origin.problem(2, None, "signed month")) == "q.csv:q.csv:2:-: signed month"


def test_records_with_the_same_values_are_equal_whatever_their_origin():
    first = WorkloadRow(
        origin=Origin("a.csv", "a.csv"),
        row=2,
        day=date(2025, 3, 3),
        staff_no="G01",
        item_code="GPV",
        count=4,
    )
    second = WorkloadRow(
        origin=Origin("b.csv", "b.csv"),
        row=2,
        day=date(2025, 3, 3),
        staff_no="G01",
        item_code="GPV",
        count=4,
    )

    assert first == second
