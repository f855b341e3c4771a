"""`centredesk import volunteers|volunteer-hours` and `centredesk volunteers stats`."""

import json
from datetime import date
from pathlib import Path

from tests.databases import query
from tests.files.factories import csv_file, xlsx_file
from tests.model.volunteer_factories import id_number, wrong_check
from tests.secrets_scan import log_files

WANG = id_number(date(1958, 4, 12), "female")
LI = id_number(date(2009, 9, 1), "male", order=31)
HEADER = "姓名,性别,身份证号,电话,出生日期,地址,网格,就业状况,技能,服务领域,登记日期,动机"
ROWS = (
    f"王秀英,女,{WANG},13912345678,1958-04-12,文一路1号,第1网格,退休,急救、驾驶,帮困;医疗服务,"
    "2024-01-05,奉献社会",
    f"李明,男,{LI},0571-88881234,2009-09-01,文一路2号,第2网格,学生,,青少年教育,2025-05-01,"
    "学习技能、结交朋友",
)


def volunteers_file(folder: Path, *rows: str, name="volunteers.csv") -> Path:
    return csv_file(folder, "\n".join([HEADER, *rows]) + "\n", name)


def hours_file(folder: Path, *rows: str, name="hours.csv") -> Path:
    return csv_file(folder, "\n".join(["date,id_number,area,hours,approved", *rows]) + "\n", name)


# --- volunteers -----------------------------------------------------------------------------


def test_volunteers_import_with_chinese_headers_and_a_reimport_replaces_by_id(cli, tmp_path):
    out = cli.ok("import", "volunteers", volunteers_file(tmp_path, *ROWS))

    assert "2 added" in out
    assert query(cli.db, "SELECT name, gender, employment, areas, motivations FROM volunteers") == [
        ("王秀英", "female", "retired", "帮困、医疗服务", "contribute"),
        ("李明", "male", "student", "青少年教育", "learn_skills、meet_people"),
    ]
    changed = ROWS[0].replace("13912345678", "13912340000")
    out = cli.ok("import", "volunteers", volunteers_file(tmp_path, changed, ROWS[1], name="v2.csv"))
    assert "0 added, 1 replaced, 0 removed, 1 unchanged" in out
    assert query(cli.db, "SELECT count(*), max(phone) FROM volunteers") == [(2, "13912340000")]


def test_a_numeric_id_cell_from_excel_is_refused_and_nothing_is_imported(cli, tmp_path):
    header = ["name", "gender", "id_number", "phone", "birth_date", "address", "grid"]
    header += ["employment", "skills", "areas", "registered"]
    row = ["王秀英", "female", int(WANG[:17] + "0"), "13912345678", "1958-04-12", "", "", "retired"]
    row += ["", "帮困", "2024-01-05"]
    path = xlsx_file(tmp_path, [header, row], name="volunteers.xlsx")

    code, _, err = cli("import", "volunteers", path)

    assert code == 2
    assert f"{path}:Sheet:2:id_number: an ID number must be a text cell" in err
    assert WANG[:14] not in err
    assert query(cli.db, "SELECT count(*) FROM volunteers") == [(0,)]


def test_wrong_check_digits_bad_phones_unknown_areas_and_mismatches_are_listed(cli, tmp_path):
    bad_check = ROWS[0].replace(WANG, wrong_check(WANG))
    bad_rest = ROWS[1].replace("0571-88881234", "5551234").replace("2009-09-01", "2009-09-02")
    zhao = id_number(date(1970, 2, 3), "male", order=8)
    bad_area = f"赵强,男,{zhao},13600000000,1970-02-03,,,在职,,修车,2025-01-01"

    path = volunteers_file(tmp_path, bad_check, bad_rest, bad_area)
    code, _, err = cli("import", "volunteers", path)

    lines = err.splitlines()
    assert code == 2
    assert lines[0] == (
        f"{path}:volunteers.csv:2:身份证号: the ID number's check digit is wrong "
        f"({WANG[:6]}********{wrong_check(WANG)[-4:]})"
    )
    assert any(
        "3:身份证号: the ID number's birth date 2009-09-01 does not agree" in x for x in lines
    )
    assert any("3:电话: a phone number is a mobile number" in x for x in lines)
    assert lines[-1] == f"{path}:volunteers.csv:4:服务领域: unknown service area (修车)"
    assert query(cli.db, "SELECT count(*) FROM volunteers") == [(0,)]


def test_the_same_person_under_another_id_is_refused_naming_the_registered_one(cli, tmp_path):
    cli.ok("import", "volunteers", volunteers_file(tmp_path, ROWS[0]))
    again = ROWS[0].replace(WANG, id_number(date(1958, 4, 12), "female", order=44))

    code, _, err = cli("import", "volunteers", volunteers_file(tmp_path, again, name="v2.csv"))

    assert code == 2
    assert "王秀英 (V0001) with the same name and phone is registered already" in err


# --- hours ----------------------------------------------------------------------------------


def test_hours_import_adds_identical_rows_once_and_corrects_approved_hours(cli, tmp_path):
    cli.ok("import", "volunteers", volunteers_file(tmp_path, *ROWS))
    rows = (f"2025-03-04,{WANG},帮困,4,yes", f"2025-06-07,{LI},青少年教育,2.5,否")
    cli.ok("import", "volunteer-hours", hours_file(tmp_path, *rows))

    out = cli.ok(
        "import", "volunteer-hours", hours_file(tmp_path, *rows, f"2025-03-04,{WANG},帮困,-1.5,是")
    )

    assert "1 added, 0 replaced, 0 removed, 2 unchanged" in out
    assert query(cli.db, "SELECT hours, approved, corrects_id FROM service_hours ORDER BY id") == [
        ("4", 1, None),
        ("2.5", 0, None),
        ("-1.5", 1, 1),
    ]


def test_hours_problems_are_listed_and_nothing_is_added(cli, tmp_path):
    cli.ok("import", "volunteers", volunteers_file(tmp_path, *ROWS))
    rows = (
        f"2025-03-04,{WANG},修车,4,yes",
        f"2025-03-05,{WANG},帮困,25,yes",
        f"2025-03-06,{WANG},帮困,-2,yes",
        f"2025-03-07,{id_number(date(1990, 1, 1))},帮困,2,no",
        f"2025-03-07,{WANG},帮困,2,no",
        f"2025-03-07,{WANG},帮困,2,no",
    )

    path = hours_file(tmp_path, *rows)
    code, _, err = cli("import", "volunteer-hours", path)

    assert code == 2
    assert [line.removeprefix(f"{path}:hours.csv:") for line in err.splitlines()] == [
        "2:area: unknown service area (修车)",
        "3:hours: hours are from 0 to 24 (negative only to correct approved hours) (25)",
        "4:hours: negative hours only correct approved hours of that day (-2)",
        "5:id_number: no volunteer has this ID number (330106********"
        f"{id_number(date(1990, 1, 1))[-4:]})",
        "7:-: the same row as row 6",
    ]
    assert query(cli.db, "SELECT count(*) FROM service_hours") == [(0,)]


# --- statistics -----------------------------------------------------------------------------


def test_volunteers_stats_json_has_spec_keys_and_the_figures_of_the_date(cli, tmp_path):
    cli.ok("import", "volunteers", volunteers_file(tmp_path, *ROWS))
    cli.ok("settings", "set", "population", "20000")
    rows = (
        f"2025-11-03,{WANG},帮困,20.5,yes",
        f"2025-11-20,{WANG},医疗服务,20,yes",
        f"2025-11-21,{LI},青少年教育,20,no",
        f"2025-11-22,{LI},青少年教育,23,no",
    )
    cli.ok("import", "volunteer-hours", hours_file(tmp_path, *rows))

    result = json.loads(cli.ok("volunteers", "stats", "--on", "2025-11-30", "--json"))

    assert result == {
        "on": "2025-11-30",
        "registered": 2,
        "active": 1,
        "population": 20000,
        "registered_share": "0.0001",
        "active_share": "0.0001",
        "age_bands": {
            "registered": {"under_18": 1, "18_34": 0, "35_59": 0, "60_plus": 1},
            "active": {"under_18": 0, "18_34": 0, "35_59": 0, "60_plus": 1},
        },
        "employment": {
            "registered": {"retired": 1, "employed": 0, "student": 1, "other": 0},
            "active": {"retired": 1, "employed": 0, "student": 0, "other": 0},
        },
        "over_committed": [{"name": "王秀英", "hours": "40.5"}],
        # Registered before the 183 days from 2025-06-01: pending hours do not keep him active.
        "idle": [{"name": "李明", "last_served": None}],
    }
    table = cli.ok("volunteers", "stats", "--on", "2025-11-30")
    assert "Over-committed this month: 1" in table and "王秀英" in table


def test_a_bad_date_is_refused(cli):
    code, _, err = cli("volunteers", "stats", "--on", "2025-13-01")

    assert code == 2 and "not a date" in err


def test_id_numbers_never_reach_the_log_file(cli, tmp_path):
    cli.ok("import", "volunteers", volunteers_file(tmp_path, *ROWS))
    cli.ok("import", "volunteer-hours", hours_file(tmp_path, f"2025-03-04,{WANG},帮困,4,yes"))
    cli("import", "volunteers", volunteers_file(tmp_path, ROWS[0].replace(WANG, wrong_check(WANG))))
    cli("import", "volunteer-hours", hours_file(tmp_path, f"2025-03-04,{WANG},帮困,30,yes"))
    cli.ok("volunteers", "stats", "--json")

    # The log may have rotated during a long run: every file of it is read.
    log = "\n".join(path.read_text(encoding="utf-8") for path in log_files())

    assert f"imported 2 volunteers rows from {tmp_path}" in log
    for number in (WANG, LI, wrong_check(WANG)):
        assert number[6:14] not in log
