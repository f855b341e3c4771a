"""The workload services: grids that add up to the review, saving, drill-down, files."""

import json
from datetime import date
from decimal import Decimal

import pytest

from centredesk.files.problems import ImportRefused
from centredesk.model.months import Month
from centredesk.model.numbers import r2
from centredesk.model.workload_grid import RowEquivalents, month_to_date, row_equivalents
from centredesk.services import catalogue, workload
from centredesk.services.errors import Refused
from centredesk.services.imports import ImportCancelled, import_file
from centredesk.services.months import month_status
from centredesk.services.review import review
from centredesk.services.workflow import mark_reviewed, sign
from centredesk.services.workload import CountChange
from centredesk.services.workload_month import doctor_drilldown, export_month_wide
from tests.databases import dump, query
from tests.services.factories import signed_in

NOVEMBER, AUGUST = Month(2026, 11), Month(2026, 8)
SATURDAY = date(2026, 11, 28)


@pytest.fixture
def admin(demo_database):
    return signed_in(demo_database, "admin")


def _review_rows(ctx, month: Month) -> dict:
    return {row.staff_no: row for row in review(ctx, month).rows}


def _entries(database) -> list[tuple]:
    return query(database.url, "SELECT * FROM workload_entries ORDER BY id")


def _dump(database) -> list[str]:
    return dump(database.url)


def _priced(grid, rows) -> RowEquivalents:
    bonus = grid.setup.bonus_items
    return sum((row_equivalents(r.counts, r.units, bonus) for r in rows), RowEquivalents())


@pytest.mark.parametrize("month", [AUGUST, NOVEMBER])
def test_every_doctors_month_grid_adds_up_to_the_review(admin, month):
    setup = workload.month_setup(admin, month)
    rows = _review_rows(admin, month)

    for doctor in setup.doctors:
        grid = workload.month_grid(admin, setup, doctor.staff_no)
        progress = month_to_date(_priced(grid, grid.rows), setup.lines[doctor.staff_no])
        row = rows[doctor.staff_no]
        assert (progress.equivalents, progress.bonus) == (row.equivalents, row.bonus_equivalents)
        assert (progress.lines.target, progress.band) == (row.target, row.band)
    assert set(rows) == {doctor.staff_no for doctor in setup.doctors}


def test_a_day_grid_carries_the_rest_of_each_doctors_month(admin):
    # 16 November: the day after the vaccination coefficient of 1.2 ends.
    setup = workload.month_setup(admin, NOVEMBER)
    grid = workload.day_grid(admin, setup, date(2026, 11, 16))
    rows = _review_rows(admin, NOVEMBER)

    for row in grid.rows:
        total = _priced(grid, [row]) + grid.elsewhere[row.staff_no]
        assert r2(total.regular) == rows[row.staff_no].equivalents
    assert grid.rows[0].units["VAC"] == Decimal("0.5")
    assert workload.day_grid(admin, setup, date(2026, 11, 13)).rows[0].units["VAC"] == Decimal(
        "0.60"
    )


def test_saved_counts_are_audited_and_send_a_reviewed_month_back_to_open(admin, demo_database):
    mark_reviewed(admin, NOVEMBER)

    workload.save_counts(
        admin,
        [CountChange(SATURDAY, "D004", "GPV", 12), CountChange(SATURDAY, "D005", "GRV", 3)],
    )

    setup = workload.month_setup(admin, NOVEMBER)
    grid = workload.day_grid(admin, setup, SATURDAY)
    counts = {row.staff_no: dict(row.counts) for row in grid.rows if row.counts}
    assert counts == {"D004": {"GPV": 12}, "D005": {"GRV": 3}}
    with demo_database.reading() as session:
        assert month_status(session, NOVEMBER) == "open"
    [(before, after)] = query(
        demo_database.url, "SELECT before, after FROM audit_log WHERE action = 'workload entered'"
    )
    assert json.loads(before) == {"2026-11-28 D004 GPV": 0, "2026-11-28 D005 GRV": 0}
    assert json.loads(after) == {"2026-11-28 D004 GPV": 12, "2026-11-28 D005 GRV": 3}


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (CountChange(SATURDAY, "D004", "GPV", 201), "daily maximum 200"),
        (CountChange(SATURDAY, "D004", "GPV", -1), "daily maximum 200"),
        (CountChange(SATURDAY, "D004", "NOPE", 1), "unknown item code"),
        (CountChange(SATURDAY, "D999", "GPV", 1), "unknown staff number"),
        (CountChange(date(2026, 6, 1), "D026", "GPV", 1), "outside the staff member's employment"),
        (CountChange(date(2027, 1, 4), "D004", "GPV", 1), "no policy for 2027"),
    ],
)
def test_one_bad_count_refuses_the_whole_save(admin, demo_database, change, reason):
    before = _entries(demo_database)

    with pytest.raises(Refused, match=reason):
        workload.save_counts(admin, [CountChange(SATURDAY, "D005", "GPV", 4), change])

    assert _entries(demo_database) == before


def test_an_inactive_item_takes_no_new_counts(admin, demo_database):
    catalogue.set_item_active(admin, "HBD", False)

    with pytest.raises(Refused, match="no longer in use"):
        workload.save_counts(admin, [CountChange(SATURDAY, "D004", "HBD", 1)])

    setup = workload.month_setup(admin, NOVEMBER)
    assert "HBD" not in [item.code for item in workload.day_grid(admin, setup, SATURDAY).items]


def test_a_signed_month_refuses_counts_and_locks_its_grid(admin, demo_database):
    mark_reviewed(admin, NOVEMBER)
    sign(signed_in(demo_database, "director"), NOVEMBER)
    before = _entries(demo_database)

    with pytest.raises(Refused, match="2026-11 is signed"):
        workload.save_counts(admin, [CountChange(SATURDAY, "D004", "GPV", 1)])

    assert workload.month_setup(admin, NOVEMBER).lock == workload.Lock("signed", "2026-11")
    assert _entries(demo_database) == before


def test_the_director_reads_the_grid_but_may_not_type(demo_database):
    director = signed_in(demo_database, "director")

    setup = workload.month_setup(director, NOVEMBER)

    assert setup.lock == workload.Lock(workload.READ_ONLY)
    with pytest.raises(Refused):
        workload.save_counts(director, [CountChange(SATURDAY, "D004", "GPV", 1)])


def test_the_drilldown_prices_each_day_as_the_review_does(admin):
    drill = doctor_drilldown(admin, AUGUST, "D019")

    visits = [line for line in drill.lines if line.line.item == "PPV"]
    assert visits and all(
        (v.line.equivalents, v.line.coefficient) == (Decimal("2.7183"), 2) for v in visits
    )
    regular = sum(line.line.subtotal for line in drill.lines if not line.line.is_bonus)
    assert r2(regular) == drill.equivalents == drill.review.row.equivalents
    assert drill.matches_review


def test_a_doctor_drills_into_their_own_month_only(demo_database):
    doctor = signed_in(demo_database, "D004")

    assert doctor_drilldown(doctor, NOVEMBER, "D004").staff_no == "D004"
    with pytest.raises(Refused):
        doctor_drilldown(doctor, NOVEMBER, "D005")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_month_exported_wide_reads_back_unchanged(admin, demo_database, tmp_path, suffix):
    mark_reviewed(admin, NOVEMBER)
    before = _entries(demo_database)
    path = tmp_path / f"november{suffix}"

    rows = export_month_wide(admin, NOVEMBER, path)
    summary = import_file(admin, "workload", path)

    november = [entry for entry in before if str(entry[1]).startswith("2026-11")]
    assert summary.records == rows
    assert (summary.added, summary.replaced, summary.removed) == (0, 0, 0)
    assert summary.unchanged == len(november)
    assert _entries(demo_database) == before, "the same rows, the same ids"
    with demo_database.reading() as session:
        assert month_status(session, NOVEMBER) == "reviewed", "nothing changed, nothing reopens"


def _long_file(tmp_path, demo_database):
    gpv, grv = query(
        demo_database.url,
        "SELECT count FROM workload_entries JOIN items ON items.id = item_id "
        "JOIN staff ON staff.id = staff_id WHERE staff_no = 'D004' AND day = '2026-11-30' "
        "AND code IN ('GPV', 'GRV') ORDER BY code",
    )
    path = tmp_path / "changes.csv"
    path.write_text(
        "date,staff_no,item_code,count\n"
        "2026-11-28,D004,GPV,5\n"
        f"2026-11-30,D004,GPV,{gpv[0] + 1}\n"
        "2026-11-30,D004,GRV,0\n"
        f"2026-11-30,D005,GRV,{grv[0]}\n",
        encoding="utf-8",
    )
    return path


def test_a_dry_run_tells_each_doctors_changes_and_keeps_nothing(admin, demo_database, tmp_path):
    path = _long_file(tmp_path, demo_database)
    before = _dump(demo_database)

    summary = import_file(admin, "workload", path, dry_run=True)

    assert summary.by_staff["D004"].added == 1
    assert (summary.by_staff["D004"].replaced, summary.by_staff["D004"].removed) == (1, 1)
    assert summary.describe().startswith("would have imported 4 workload rows")
    assert summary.months == {NOVEMBER}
    assert _dump(demo_database) == before


def test_a_cancelled_import_changes_nothing(admin, demo_database, tmp_path):
    path = _long_file(tmp_path, demo_database)
    before = _dump(demo_database)
    steps = []

    def progress(done: int, total: int) -> bool:
        steps.append((done, total))
        return done < 3

    with pytest.raises(ImportCancelled):
        import_file(admin, "workload", path, progress=progress)

    assert steps == [(0, 4), (1, 4), (2, 4), (3, 4)]
    assert _dump(demo_database) == before


def test_a_dry_run_lists_file_and_database_problems_together(admin, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "date,staff_no,item_code,count\n2026-11-28,D004,GPV,x\n2026-11-28,D999,GPV,1\n",
        encoding="utf-8",
    )

    with pytest.raises(ImportRefused) as refused:
        import_file(admin, "workload", path, dry_run=True)

    assert [(p.row, p.column) for p in refused.value.problems] == [(2, "count"), (3, "staff_no")]


# --- the catalogue -------------------------------------------------------------------------


def test_the_summer_coefficient_shows_what_a_postpartum_visit_is_worth(admin):
    rules = {rule.item: rule for rule in catalogue.coefficient_rules(admin, 2026)}

    assert rules["PPV"].months == (6, 7, 8)
    assert rules["PPV"].effective_value == Decimal("5.4366")


def test_the_catalogue_exported_reads_back_unchanged(admin, tmp_path):
    path = tmp_path / "items.xlsx"

    rows = catalogue.export_items(admin, path)
    summary = import_file(admin, "items", path)

    assert (summary.added, summary.replaced, summary.unchanged) == (0, 0, rows)


def test_items_and_dated_values_are_added_and_audited(admin, demo_database):
    catalogue.add_category(admin, "家庭医生服务")
    catalogue.save_item(
        admin, catalogue.ItemForm("FUV", "家庭访视随访", "家庭医生服务", Decimal("1.75"))
    )
    catalogue.add_item_value(admin, "FUV", Decimal("2"), date(2026, 11, 16))

    item = next(item for item in catalogue.list_items(admin) if item.code == "FUV")
    assert item.equivalents_on(date(2026, 11, 15)) == Decimal("1.75")
    assert item.equivalents_on(date(2026, 11, 16)) == Decimal("2")
    with pytest.raises(Refused, match="already"):
        catalogue.save_item(admin, catalogue.ItemForm("FUV", "again", "家庭医生服务", Decimal(1)))
    actions = [a for (a,) in query(demo_database.url, "SELECT action FROM audit_log")]
    assert {"category added", "item saved", "item value"} <= set(actions)
