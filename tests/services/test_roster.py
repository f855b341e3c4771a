"""The duty roster's services on the demo centre: shifts, copied weeks, leave and its locks."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from centredesk.model.months import Month
from centredesk.services import leave, roster, shift_codes
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, DOCTOR, Actor, Context
from centredesk.services.errors import PermissionDenied, Refused
from centredesk.services.review import review
from centredesk.services.roster import ShiftChange
from centredesk.services.workflow import mark_reviewed, sign
from centredesk.storage.database import open_database
from tests.databases import query, url_of

MONDAY = date(2026, 11, 2)
WEEK = ("上午", "下午", "全天", "上午", "夜班", "休", "休")


@pytest.fixture
def database(demo_db):
    return open_database(url_of(demo_db))


@pytest.fixture
def ctx(database):
    return Context(database, Actor("admin", ADMINISTRATOR))


def _week(staff_no: str, monday: date = MONDAY, codes=WEEK) -> list[ShiftChange]:
    return [ShiftChange(staff_no, monday + timedelta(days=n), code) for n, code in enumerate(codes)]


def _codes(ctx, staff_no: str, first: date, last: date) -> list[str]:
    row = next(r for r in roster.roster(ctx, first, last).rows if r.staff_no == staff_no)
    return [cell.code for cell in row.cells]


def _attendance(ctx, staff_no: str, month: Month) -> Decimal:
    return next(r for r in review(ctx, month).rows if r.staff_no == staff_no).lines.attendance


def _leave_rows(demo_db, staff_no: str) -> list[tuple[str, str, str]]:
    return query(
        demo_db,
        "SELECT CAST(leave.start AS VARCHAR), CAST(leave.end AS VARCHAR), kind FROM leave "
        "JOIN staff ON staff.id = staff_id "
        "WHERE staff_no = :staff_no AND leave.start >= '2026-11-01' ORDER BY leave.start",
        staff_no=staff_no,
    )


def test_a_new_database_has_the_default_shift_codes(ctx):
    codes = shift_codes.list_shift_codes(ctx)

    assert [code.code for code in codes] == ["上午", "下午", "全天", "夜班", "休", "年假", "病假"]
    assert [code.code for code in codes if code.is_leave] == ["年假", "病假"]
    assert next(code for code in codes if code.code == "休").kind == shift_codes.REST


def test_a_rostered_week_is_copied_forward_and_repeated(ctx):
    roster.apply_shifts(ctx, _week("D005"))

    assert roster.copy_week(ctx, MONDAY, 3) == 21

    sunday = MONDAY + timedelta(days=27)
    assert _codes(ctx, "D005", MONDAY, sunday) == list(WEEK) * 4


def test_a_copied_week_leaves_leave_and_holidays_alone(ctx):
    # D009 is on annual leave 2026-11-02..06 in the demo; 2026-10-01.. is the National Day.
    roster.apply_shifts(ctx, _week("D005", date(2026, 9, 21)) + _week("D010", date(2026, 9, 21)))

    roster.copy_week(ctx, date(2026, 9, 21), 1)

    # 2026-10-01 and 10-02 are public holidays: they keep what they have (nothing).
    assert _codes(ctx, "D005", date(2026, 9, 28), date(2026, 10, 4)) == [
        "上午", "下午", "全天", "", "", "休", "休",
    ]  # fmt: skip
    roster.apply_shifts(ctx, _week("D009", date(2026, 10, 26)))
    roster.copy_week(ctx, date(2026, 10, 26), 1)
    assert _codes(ctx, "D009", MONDAY, MONDAY + timedelta(days=6)) == [
        "年假", "年假", "年假", "年假", "年假", "休", "休",
    ]  # fmt: skip


def test_a_leave_code_in_a_cell_records_leave_that_the_review_counts(ctx, demo_db):
    before = _attendance(ctx, "D005", Month(2026, 11))

    roster.apply_shifts(ctx, [ShiftChange("D005", date(2026, 11, 10), "病假")])

    assert _leave_rows(demo_db, "D005") == [("2026-11-10", "2026-11-10", "病假")]
    assert _attendance(ctx, "D005", Month(2026, 11)) < before
    roster.apply_shifts(ctx, [ShiftChange("D005", date(2026, 11, 10), "上午")])
    assert _leave_rows(demo_db, "D005") == []
    assert _attendance(ctx, "D005", Month(2026, 11)) == before


def test_recorded_leave_reports_and_replaces_the_rostered_shifts(ctx, demo_db):
    roster.apply_shifts(ctx, _week("D005"))

    clashes = leave.record_leave(ctx, "D005", date(2026, 11, 4), date(2026, 11, 6), "年假")

    assert [(c.day.day, c.code) for c in clashes] == [(4, "全天"), (5, "上午"), (6, "夜班")]
    assert _codes(ctx, "D005", MONDAY, MONDAY + timedelta(days=6)) == [
        "上午", "下午", "年假", "年假", "年假", "休", "休",
    ]  # fmt: skip
    assert _leave_rows(demo_db, "D005") == [("2026-11-04", "2026-11-06", "年假")]


def test_a_day_taken_out_of_imported_leave_keeps_the_days_around_it(ctx, demo_db):
    # D009's demo leave runs 2026-11-02..06 (imported as one range).
    roster.apply_shifts(ctx, [ShiftChange("D009", date(2026, 11, 4), "上午")])

    assert _leave_rows(demo_db, "D009") == [
        ("2026-11-02", "2026-11-03", "年假"),
        ("2026-11-05", "2026-11-06", "年假"),
    ]


def test_imported_leave_over_a_rostered_shift_is_shown_as_a_clash(ctx, database):
    roster.apply_shifts(ctx, [ShiftChange("D005", date(2026, 11, 12), "上午")])
    with database.transaction() as session:
        from centredesk.storage import tables as t

        staff = session.query(t.Staff).filter_by(staff_no="D005").one()
        session.add(t.Leave(staff_id=staff.id, start=date(2026, 11, 12), end=date(2026, 11, 12)))

    shown = roster.roster(ctx, MONDAY, MONDAY + timedelta(13))
    cell = next(row for row in shown.rows if row.staff_no == "D005").cells[10]
    assert (cell.leave, cell.code, cell.clash) == (True, "", "上午")


def test_leave_in_a_signed_month_is_refused_but_shifts_are_not(ctx, database, demo_db):
    mark_reviewed(ctx, Month(2026, 10))
    sign(Context(database, Actor("director", DIRECTOR)), Month(2026, 10))

    with pytest.raises(Refused, match="2026-10 is signed"):
        leave.record_leave(ctx, "D005", date(2026, 10, 20), date(2026, 10, 21), "年假")
    with pytest.raises(Refused, match="2026-10 is signed"):
        roster.apply_shifts(ctx, [ShiftChange("D005", date(2026, 10, 20), "病假")])
    roster.apply_shifts(ctx, [ShiftChange("D005", date(2026, 10, 20), "夜班")])

    assert _codes(ctx, "D005", date(2026, 10, 20), date(2026, 10, 20)) == ["夜班"]
    assert roster.roster(ctx, date(2026, 10, 20), date(2026, 10, 20)).signed == {Month(2026, 10)}


def test_a_reviewed_month_goes_back_to_open_when_its_leave_changes(ctx, demo_db):
    mark_reviewed(ctx, Month(2026, 11))

    leave.record_leave(ctx, "D005", date(2026, 11, 23), date(2026, 11, 23), "病假")

    assert query(demo_db, "SELECT status FROM months WHERE month = '2026-11'") == [("open",)]


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ([ShiftChange("D005", MONDAY, "早班")], "早班 is not one of the current shift codes"),
        ([ShiftChange("D999", MONDAY, "上午")], "unknown staff number D999"),
        ([ShiftChange("D026", date(2026, 7, 6), "上午")], "is not employed on 2026-07-06"),
    ],
)
def test_a_bad_change_refuses_the_whole_batch(ctx, changes, reason):
    with pytest.raises(Refused, match=reason):
        roster.apply_shifts(ctx, [ShiftChange("D006", MONDAY, "上午"), *changes])

    assert _codes(ctx, "D006", MONDAY, MONDAY) == [""]


def test_shift_codes_are_added_and_a_code_in_use_keeps_its_kind(ctx):
    added = shift_codes.save_shift_code(
        ctx, shift_codes.ShiftCodeForm("产假", "产假", Decimal(0), shift_codes.LEAVE, "#fde2e4")
    )
    leave.record_leave(ctx, "D005", date(2026, 11, 16), date(2026, 11, 20), "产假")

    with pytest.raises(Refused, match="in use"):
        shift_codes.save_shift_code(
            ctx,
            shift_codes.ShiftCodeForm("产假", "产假", Decimal(0), shift_codes.WORK, id=added.id),
        )
    with pytest.raises(Refused, match="exists already"):
        shift_codes.save_shift_code(
            ctx, shift_codes.ShiftCodeForm("上午", "早上", Decimal(4), shift_codes.WORK)
        )
    shift_codes.set_shift_code_retired(ctx, "夜班", True)
    with pytest.raises(Refused, match="夜班 is not one of the current shift codes"):
        roster.apply_shifts(ctx, [ShiftChange("D005", MONDAY, "夜班")])


def test_the_roster_exports_to_excel(ctx, tmp_path):
    from centredesk.files.readers import read_sheet

    roster.apply_shifts(ctx, _week("D005"))

    count = roster.export_roster(ctx, tmp_path / "roster.xlsx", MONDAY, MONDAY + timedelta(6))

    sheet = read_sheet(tmp_path / "roster.xlsx")
    assert count == len(sheet.rows)
    assert sheet.header[:4] == ("staff_no", "name", "post", "2026-11-02")
    d005 = next(row for row in sheet.rows if row.cell(0) == "D005")
    assert d005.cells[3:] == WEEK


def test_a_doctor_may_not_read_or_change_the_roster(database):
    doctor = Context(database, Actor("D004", DOCTOR, "D004"))

    with pytest.raises(PermissionDenied):
        roster.roster(doctor, MONDAY, MONDAY)
    with pytest.raises(PermissionDenied):
        roster.apply_shifts(doctor, [ShiftChange("D005", MONDAY, "上午")])
    with pytest.raises(PermissionDenied):
        leave.record_leave(doctor, "D005", MONDAY, MONDAY, "年假")


def test_a_cancelled_repeat_changes_nothing(ctx):
    roster.apply_shifts(ctx, _week("D005"))
    told = []

    def progress(done: int, total: int) -> bool:
        told.append((done, total))
        return done < 3

    with pytest.raises(Refused, match="cancelled"):
        roster.copy_week(ctx, MONDAY, 52, progress)

    assert told[-1][0] == 3 and told[-1][1] >= 29
    assert _codes(ctx, "D005", MONDAY + timedelta(days=7), MONDAY + timedelta(days=7)) == [""]
