"""A bad file is refused whole: every problem named, the database unchanged."""

from tests.databases import dump as _dump


def test_three_bad_workload_rows_are_all_named_and_nothing_changes(golden_cli, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "date,staff_no,item_code,count\n"
        "2025-03-04,G01,GPV,12\n"
        "2025-03-04,X99,GPV,3\n"
        "2025-03-05,G01,NOPE,4\n"
        "2025-03-06,G01,GPV,-2\n",
        encoding="utf-8",
    )
    before = _dump(golden_cli.db)

    code, out, err = golden_cli("import", "workload", bad)

    assert code == 2
    lines = err.strip().splitlines()
    assert f"{bad}:bad.csv:3:staff_no: unknown staff number (X99)" in lines
    assert f"{bad}:bad.csv:4:item_code: unknown item code (NOPE)" in lines
    assert any(
        line.startswith(f"{bad}:bad.csv:5:count:") and line.endswith("(-2)") for line in lines
    )
    assert _dump(golden_cli.db) == before


def test_workload_in_a_signed_month_is_refused(golden_cli, tmp_path):
    golden_cli.ok("reviewed", "2025-03")
    late = tmp_path / "late.csv"
    late.write_text("date,staff_no,item_code,count\n2025-03-04,G01,GPV,12\n", encoding="utf-8")

    code, _, err = golden_cli("close", "2025-03")
    assert code == 0, err
    code, _, err = golden_cli("import", "workload", late)

    assert code == 2
    assert "2025-03 is signed" in err


def test_workload_outside_employment_is_refused(golden_cli, tmp_path):
    early = tmp_path / "early.csv"
    early.write_text("date,staff_no,item_code,count\n2025-03-03,G02,GPV,5\n", encoding="utf-8")

    code, _, err = golden_cli("import", "workload", early)

    assert code == 2
    assert "early.csv:2:date: outside the staff member's employment (2025-03-03)" in err
