"""Exchange files read into typed records, with every problem of a file listed as SPEC prints it."""

import random
import time
from datetime import date, timedelta
from decimal import Decimal

import pytest

from centredesk.files.problems import ImportRefused
from centredesk.files.readers import read_sheet
from centredesk.files.records import (
    KINDS,
    EventRow,
    ItemRow,
    LeaveRow,
    QualityRow,
    StaffRow,
    WideWorkloadDay,
    WorkloadRow,
    is_wide,
    parse,
    read_records,
)
from centredesk.model.months import Month
from tests.files.factories import FIXTURES, csv_file, csv_sheet, problem_lines, xlsx_file


def _refused(kind, sheet) -> list[str]:
    with pytest.raises(ImportRefused) as refused:
        parse(kind, sheet)
    return problem_lines(refused.value)


def _refused_csv(tmp_path, kind, text, name="data.csv") -> list[str]:
    return _refused(kind, csv_sheet(tmp_path, text, name))


# The golden centre


def test_every_golden_file_parses(golden_dir):
    # The golden centre has no volunteers: its files are those of the appraisal.
    kinds = [kind for kind in KINDS if not kind.startswith("volunteer")]
    counts = {kind: len(parse(kind, read_sheet(golden_dir / f"{kind}.csv"))) for kind in kinds}

    assert counts == {
        "staff": 5,
        "items": 5,
        "workload": 281,
        "quality": 9,
        "events": 5,
        "leave": 1,
    }


def test_golden_staff_carry_dates_and_basic_pay(golden_dir):
    staff = {row.staff_no: row for row in parse("staff", read_sheet(golden_dir / "staff.csv"))}

    assert staff["G01"] == StaffRow(
        origin=staff["G01"].origin,
        row=2,
        staff_no="G01",
        name="欧阳娜",
        post="GP",
        title="ATT",
        start=date(2016, 5, 1),
        basic_pay=Decimal("5600"),
    )
    assert (staff["W02"].end, staff["W02"].basic_pay) == (date(2025, 8, 15), None)


def test_golden_items_quality_events_and_leave_values(golden_dir):
    def rows(kind):
        return parse(kind, read_sheet(golden_dir / f"{kind}.csv"))

    assert [item.equivalents for item in rows("items")][2] == Decimal("2.7183")
    assert [(q.month, q.staff_no, q.score, q.grade) for q in rows("quality")][2:4] == [
        (Month(2025, 3), "V01", None, "A"),
        (Month(2025, 3), "W01", Decimal("79.99"), None),
    ]
    assert [(e.staff_no, e.error) for e in rows("events")][:2] == [("V01", False), ("G01", True)]
    assert rows("leave")[0].start == date(2025, 8, 11)


def test_golden_workload_is_long_with_rows_numbered_from_the_header(golden_dir):
    sheet = read_sheet(golden_dir / "workload.csv")

    rows = parse("workload", sheet)

    assert not is_wide(sheet)
    assert rows[0] == WorkloadRow(
        origin=rows[0].origin,
        row=2,
        day=date(2025, 3, 3),
        staff_no="G01",
        item_code="GPV",
        count=45,
    )
    assert rows[-1].row == 282


# Encodings, Chinese headers and files written by spreadsheet programs


def test_a_gbk_csv_with_chinese_headers_gives_the_same_records_as_english(tmp_path):
    chinese = csv_file(
        tmp_path, "日期,工号,项目编码,数量\n2025-03-03,G01,GPV,45\n", "zh.csv", "gbk"
    )
    english = csv_file(tmp_path, "Date, Staff_No ,item_code,COUNT\n2025-03-03,G01,GPV,45\n")

    assert parse("workload", read_sheet(chinese)) == parse("workload", read_sheet(english))


def test_problems_name_the_column_as_the_file_heads_it(tmp_path):
    sheet = read_sheet(
        csv_file(tmp_path, "日期,工号,项目编码,数量\n2025-03-03,G01,GPV,-1\n", "zh.csv", "gbk")
    )

    assert _refused("workload", sheet) == [
        f"{sheet.file}:zh.csv:2:数量: a count cannot be negative (-1)"
    ]


def test_an_xls_written_by_libreoffice_gives_workload_rows():
    rows = parse("workload", read_sheet(FIXTURES / "workload-libreoffice.xls"))

    assert [(r.row, r.day, r.staff_no, r.item_code, r.count) for r in rows] == [
        (2, date(2025, 3, 3), "G01", "GPV", 45),
        (3, date(2025, 3, 3), "V01", "VAC", 77),
        (4, date(2025, 3, 3), "W01", "PPV", 7),
        (5, date(2025, 3, 4), "G01", "GPV", 41),
        (6, date(2025, 3, 4), "W01", "PNC", 0),
    ]


def test_an_xls_written_by_libreoffice_keeps_equivalents_exact():
    items = parse("items", read_sheet(FIXTURES / "items-libreoffice.xls"))

    assert [(i.code, i.equivalents, i.effective) for i in items] == [
        ("GPV", Decimal("1"), None),
        ("PPV", Decimal("2.7183"), None),
        ("PPV", Decimal("2.9"), date(2025, 7, 1)),
    ]


# Wide workload


def _wide_xlsx(tmp_path):
    return xlsx_file(
        tmp_path,
        [
            ["日期", "工号", "姓名", "GPV", "PPV", "TEACH"],
            [date(2025, 3, 3), "G01", "欧阳娜", 45.0, None, 2],
            [date(2025, 3, 3), "W01", "蒋慧", None, 7, 0],
            [date(2025, 3, 4), "W01", "蒋慧", None, None, None],
        ],
        "wide.xlsx",
    )


def test_a_wide_xlsx_gives_whole_days_with_counts_above_zero(tmp_path):
    sheet = read_sheet(_wide_xlsx(tmp_path))

    days = parse("workload", sheet)

    assert is_wide(sheet)
    assert [(d.row, d.day, d.staff_no, d.counts) for d in days] == [
        (2, date(2025, 3, 3), "G01", {"GPV": 45, "TEACH": 2}),
        (3, date(2025, 3, 3), "W01", {"PPV": 7}),
        (4, date(2025, 3, 4), "W01", {}),
    ]
    assert all(isinstance(day, WideWorkloadDay) for day in days)
    assert days[0].item_codes == ("GPV", "PPV", "TEACH")


def test_a_wide_day_names_problems_under_the_item_column(tmp_path):
    day = parse("workload", read_sheet(_wide_xlsx(tmp_path), shown_as="wide.xlsx"))[1]

    assert str(day.problem("PPV", "unknown item code", "PPV")) == (
        "wide.xlsx:Sheet:3:PPV: unknown item code (PPV)"
    )
    assert str(day.problem("staff_no", "unknown staff number", "W01")) == (
        "wide.xlsx:Sheet:3:工号: unknown staff number (W01)"
    )


def test_wide_counts_are_checked_cell_by_cell(tmp_path):
    lines = _refused_csv(
        tmp_path, "workload", "date,staff_no,GPV,PPV\n2025-03-03,G01,-2,1.5\n2025-03-03,G01,,\n"
    )

    assert lines == [
        "data.csv:data.csv:2:GPV: a count cannot be negative (-2)",
        "data.csv:data.csv:2:PPV: a count must be a whole number (1.5)",
        "data.csv:data.csv:3:-: the same date + staff_no as row 2 (2025-03-03, G01)",
    ]


def test_a_wide_file_refuses_a_count_under_no_header_and_an_item_twice(tmp_path):
    lines = _refused_csv(
        tmp_path, "workload", "date,staff_no,GPV,,GPV\n2025-03-03,G01,4,\n2025-03-04,G01,4,5\n"
    )

    assert lines == [
        "data.csv:data.csv:1:GPV: the same column twice",
        "data.csv:data.csv:3:D: a value in a column without a header (5)",
    ]


def test_a_workload_file_with_neither_items_nor_counts_is_refused(tmp_path):
    assert _refused_csv(tmp_path, "workload", "date,staff_no\n2025-03-03,G01\n") == [
        "data.csv:data.csv:-:item_code: missing column, headed item_code or 项目编码, "
        "or in a wide file one column per item code"
    ]


# Problems of a long workload file


def test_every_bad_workload_row_is_listed_with_its_row_column_and_value(tmp_path):
    path = xlsx_file(
        tmp_path,
        [
            ["date", "staff_no", "item_code", "count"],
            [date(2025, 3, 3), "G01", "GPV", 45],
            [date(2025, 3, 3), "G01", "PPV", -3],
            [date(2025, 3, 4), "G01", "GPV", 2.5],
            ["2025-13-01", "G01", "GPV", 4],
            ["2025-3-5", "G01", "GPV", 4],
        ],
        "nov.xlsx",
        title="三月",
    )

    lines = _refused("workload", read_sheet(path, shown_as="nov.xlsx"))

    assert lines == [
        "nov.xlsx:三月:3:count: a count cannot be negative (-3)",
        "nov.xlsx:三月:4:count: a count must be a whole number (2.5)",
        "nov.xlsx:三月:5:date: no such date (2025-13-01)",
    ]


def test_a_missing_column_has_no_row(tmp_path):
    lines = _refused_csv(
        tmp_path, "workload", "date,staff_no,item_code\n2025-03-03,G01,GPV\n", "nov.csv"
    )

    assert lines == ["nov.csv:nov.csv:-:count: missing column, headed count or 数量"]


def test_a_blank_required_cell_is_named(tmp_path):
    lines = _refused_csv(tmp_path, "workload", "date,staff_no,item_code,count\n2025-03-03,,GPV,4\n")

    assert lines == ["data.csv:data.csv:2:staff_no: a value is needed"]


def test_the_same_workload_key_twice_is_refused_at_the_second_row(tmp_path):
    lines = _refused_csv(
        tmp_path,
        "workload",
        "date,staff_no,item_code,count\n"
        "2025-03-03,G01,GPV,4\n2025-03-04,G01,GPV,4\n2025/3/3,G01,GPV,0\n",
    )

    assert lines == [
        "data.csv:data.csv:4:-: the same date + staff_no + item_code as row 2 "
        "(2025-03-03, G01, GPV)"
    ]


def test_a_count_of_zero_is_kept_to_remove_an_entry(tmp_path):
    rows = parse(
        "workload", csv_sheet(tmp_path, "date,staff_no,item_code,count\n2025-03-03,G01,GPV,0\n")
    )

    assert [row.count for row in rows] == [0]


def test_a_staff_number_typed_as_a_number_is_taken_but_a_fraction_is_refused(tmp_path):
    path = xlsx_file(
        tmp_path,
        [
            ["date", "staff_no", "item_code", "count"],
            ["2025-03-03", 1001, "GPV", 4],
            ["2025-03-03", 1001.5, "GPV", 4],
        ],
    )

    lines = _refused("workload", read_sheet(path, shown_as="a.xlsx"))

    assert lines == ["a.xlsx:Sheet:3:staff_no: a staff number is text, not a fraction (1001.5)"]


def test_a_whole_staff_number_cell_reads_as_its_digits(tmp_path):
    path = xlsx_file(
        tmp_path, [["date", "staff_no", "item_code", "count"], [date(2025, 3, 3), 1001, "GPV", 4.0]]
    )

    assert [(r.staff_no, r.count) for r in parse("workload", read_sheet(path))] == [("1001", 4)]


def test_a_header_given_twice_is_refused(tmp_path):
    lines = _refused_csv(
        tmp_path,
        "workload",
        "date,日期,staff_no,item_code,count\n2025-03-03,2025-03-03,G01,GPV,4\n",
    )

    assert lines == ["data.csv:data.csv:1:日期: the same column twice"]


def test_an_empty_sheet_is_refused_once(tmp_path):
    assert _refused_csv(tmp_path, "leave", "\n,,\n") == [
        "data.csv:data.csv:-:-: the sheet is empty: it has no header row"
    ]


def test_a_header_without_rows_gives_no_records(tmp_path):
    assert parse("leave", csv_sheet(tmp_path, "staff_no,start,end\n")) == []


def test_columns_of_other_names_are_left_alone(tmp_path):
    rows = parse(
        "leave", csv_sheet(tmp_path, "备注,staff_no,start,end\n看病,W01,2025-08-11,2025-08-22\n")
    )

    assert [(r.staff_no, r.kind) for r in rows] == [("W01", "")]


# Staff and items


def test_staff_ending_before_they_start_are_refused(tmp_path):
    lines = _refused_csv(
        tmp_path,
        "staff",
        "工号,姓名,岗位,职称,入职日期,离职日期,基本工资\n"
        "G01,欧阳娜,GP,ATT,2016-05-01,2016/4/30,-1\n",
    )

    assert lines == [
        "data.csv:data.csv:2:离职日期: the end is before the start (2016/4/30)",
        "data.csv:data.csv:2:基本工资: basic pay cannot be negative (-1)",
    ]


def test_a_staff_number_twice_is_refused(tmp_path):
    lines = _refused_csv(
        tmp_path,
        "staff",
        "staff_no,name,post,title,start,effective\n"
        "G01,欧阳娜,GP,ATT,2016-05-01,\nG01,欧阳娜,GP,ASC,2016-05-01,2025-01-01\n",
    )

    assert lines == ["data.csv:data.csv:3:-: the same staff_no as row 2 (G01)"]


def test_a_staff_change_carries_its_effective_date(tmp_path):
    rows = parse(
        "staff",
        csv_sheet(
            tmp_path,
            "staff_no,name,post,title,start,effective\nG01,欧阳娜,GP,ASC,2016-05-01,2025-07-01\n",
        ),
    )

    assert rows[0].effective == date(2025, 7, 1)


def test_items_may_repeat_a_code_with_another_effective_date_only(tmp_path):
    lines = _refused_csv(
        tmp_path,
        "items",
        "code,name,category,equivalents,effective\n"
        "PPV,产后访视,公共卫生,2.7183,\nPPV,产后访视,公共卫生,2.9,2025-07-01\n"
        "PPV,产后访视,公共卫生,3,\nGPV,诊疗,基本医疗,-1,\n",
    )

    assert lines == [
        "data.csv:data.csv:4:-: the same code + effective as row 2 (PPV, )",
        "data.csv:data.csv:5:equivalents: equivalents cannot be negative (-1)",
    ]


def test_items_from_an_xlsx_keep_their_shortest_decimals(tmp_path):
    path = xlsx_file(
        tmp_path,
        [
            ["编码", "名称", "类别", "当量"],
            ["PPV", "产后访视", "公共卫生", 2.7183],
            ["VAC", "预防接种", "公共卫生", 0.5],
        ],
    )

    items = parse("items", read_sheet(path))

    assert items[0] == ItemRow(
        origin=items[0].origin,
        row=2,
        code="PPV",
        name="产后访视",
        category="公共卫生",
        equivalents=Decimal("2.7183"),
    )
    assert items[1].equivalents == Decimal("0.5")


# Quality, events and leave


def test_quality_takes_a_score_a_grade_or_both(tmp_path):
    rows = parse(
        "quality",
        csv_sheet(
            tmp_path,
            "月份,工号,得分,等级\n2025-03,G01,88.5,\n2025/3,G02,,b\n2025年3月,G03,79.99,A\n",
        ),
    )

    assert [(r.month, r.staff_no, r.score, r.grade) for r in rows] == [
        (Month(2025, 3), "G01", Decimal("88.5"), None),
        (Month(2025, 3), "G02", None, "B"),
        (Month(2025, 3), "G03", Decimal("79.99"), "A"),
    ]
    assert all(isinstance(row, QualityRow) for row in rows)


def test_quality_refuses_scores_outside_0_to_100_and_rows_with_neither(tmp_path):
    lines = _refused_csv(
        tmp_path,
        "quality",
        "month,staff_no,score,grade\n2025-03,G01,100.5,\n"
        "2025-03,G02,,\n2025-03-15,G03,90,\n2025-03,G01,90,\n",
    )

    assert lines == [
        "data.csv:data.csv:2:score: a score is from 0 to 100 (100.5)",
        "data.csv:data.csv:3:score: a score or a grade is needed",
        "data.csv:data.csv:4:month: not a month YYYY-MM (2025-03-15)",
        "data.csv:data.csv:5:-: the same month + staff_no as row 2 (2025-03, G01)",
    ]


def test_the_same_month_and_staff_twice_in_quality_is_refused(tmp_path):
    lines = _refused_csv(
        tmp_path, "quality", "month,staff_no,grade\n2025-03,G01,A\n2025-03,G01,B\n"
    )

    assert lines == ["data.csv:data.csv:3:-: the same month + staff_no as row 2 (2025-03, G01)"]


def test_quality_needs_a_score_or_a_grade_column(tmp_path):
    assert _refused_csv(tmp_path, "quality", "month,staff_no\n2025-03,G01\n") == [
        "data.csv:data.csv:-:score: missing column, headed score or 得分, grade or 等级"
    ]


def test_events_in_chinese_with_error_flags_blank_meaning_no(tmp_path):
    rows = parse(
        "events",
        csv_sheet(
            tmp_path,
            "日期,工号,类型,差错,说明\n2025-08-06,G01,违规,是,用药差错\n"
            "2025-08-20,G01,违规,,迟到\n2025-08-21,G01,一票否决,否,\n",
        ),
    )

    assert [(r.kind, r.error, r.note) for r in rows] == [
        ("violation", True, "用药差错"),
        ("violation", False, "迟到"),
        ("veto", False, ""),
    ]
    assert all(isinstance(row, EventRow) for row in rows)


def test_the_same_event_row_twice_is_refused_but_another_note_is_another_event(tmp_path):
    lines = _refused_csv(
        tmp_path,
        "events",
        "date,staff_no,kind,error,note\n"
        "2025-08-20,G01,violation,no,迟到\n2025-08-20,G01,violation,no,早退\n"
        "2025-08-20,G01,违规,否,迟到\n2025-08-21,G01,warning,maybe,\n",
    )

    assert lines == [
        "data.csv:data.csv:4:-: the same row as row 2",
        "data.csv:data.csv:5:kind: not one of violation or veto (违规/一票否决) (warning)",
        "data.csv:data.csv:5:error: not one of yes or no (maybe)",
    ]


def test_leave_ending_before_it_starts_and_leave_twice_are_refused(tmp_path):
    lines = _refused_csv(
        tmp_path,
        "leave",
        "staff_no,start,end,kind\n"
        "W01,2025-08-11,2025-08-01,年假\nW01,2025-08-11,2025-08-22,年假\n"
        "W01,2025-08-11,2025-08-22,病假\n",
    )

    assert lines == [
        "data.csv:data.csv:2:end: the end is before the start (2025-08-01)",
        "data.csv:data.csv:4:-: the same staff_no + start + end as row 3 "
        "(W01, 2025-08-11, 2025-08-22)",
    ]


def test_leave_rows(tmp_path):
    rows = parse(
        "leave", csv_sheet(tmp_path, "工号,开始日期,结束日期,类型\nW01,20250811,2025-08-22,年假\n")
    )

    assert rows == [
        LeaveRow(
            origin=rows[0].origin,
            row=2,
            staff_no="W01",
            start=date(2025, 8, 11),
            end=date(2025, 8, 22),
            kind="年假",
        )
    ]


def test_read_records_keeps_the_good_rows_for_further_checks_beside_the_problems(tmp_path):
    sheet = csv_sheet(
        tmp_path,
        "date,staff_no,item_code,count\n2025-03-04,G01,GPV,12\n"
        "2025-03-04,X99,GPV,3\n2025-03-06,G01,GPV,-2\n",
    )

    parsed = read_records("workload", sheet)
    unknown = parsed.records[1].problem("staff_no", "unknown staff number", "X99")

    assert [record.row for record in parsed.records] == [2, 3]
    with pytest.raises(ImportRefused) as refused:
        parsed.refuse_if_any([unknown])
    assert problem_lines(refused.value) == [
        "data.csv:data.csv:3:staff_no: unknown staff number (X99)",
        "data.csv:data.csv:4:count: a count cannot be negative (-2)",
    ]


def test_read_records_of_a_good_file_refuses_nothing(tmp_path):
    parsed = read_records(
        "leave", csv_sheet(tmp_path, "staff_no,start,end\nW01,2025-08-11,2025-08-22\n")
    )

    parsed.refuse_if_any()

    assert (len(parsed.records), parsed.problems) == (1, [])


def test_an_unknown_kind_of_file_is_a_programming_error(tmp_path):
    with pytest.raises(ValueError, match="no such kind of file: rota"):
        parse("rota", csv_sheet(tmp_path, "date\n"))


# Speed


def _wide_month_xlsx(folder, staff: int, days: int, items: int):
    """A wide workload file of `staff` × `days` rows with `items` item columns, some blank."""
    rng = random.Random(7)
    codes = [f"I{index:02d}" for index in range(items)]
    rows = [["date", "staff_no", *codes]]
    for offset in range(days):
        day = date(2025, 1, 1) + timedelta(days=offset)
        for number in range(staff):
            counts = [rng.choice([None, rng.randint(0, 60), rng.randint(1, 9)]) for _ in codes]
            rows.append([day, f"S{number:03d}", *counts])
    return xlsx_file(folder, rows, "year.xlsx")


def test_a_wide_file_of_130_000_cells_reads_and_parses_within_a_second(tmp_path):
    path = _wide_month_xlsx(tmp_path, staff=50, days=100, items=24)

    # CPU time: the suite runs in parallel, and wall time would count the other workers too.
    started = time.process_time()
    days = parse("workload", read_sheet(path))
    seconds = time.process_time() - started

    assert len(days) == 5000
    assert seconds < 1.0
