"""The year: twelve months side by side, posts' staffing, funds, shares and the Excel exports."""

from decimal import Decimal

import pytest
from openpyxl import load_workbook

from centredesk.model.months import Month
from centredesk.model.shares import largest_remainder
from centredesk.services import exports, review, workflow, year
from centredesk.services.errors import PermissionDenied, Refused
from tests.conftest import DEMO_UNTIL
from tests.services.factories import signed_in

MONTH = Month.parse(DEMO_UNTIL)


def test_the_year_holds_each_months_review_and_leaves_empty_months_empty(demo_database):
    admin = signed_in(demo_database, "admin")

    summary = year.year_summary(admin, 2026)

    assert summary.months_recorded == 11 and summary.months[11].review is None
    for month in summary.months[:11]:
        expected = review.review(admin, month.month)
        assert [r.to_json() for r in month.review.rows] == [r.to_json() for r in expected.rows]
    d004 = next(doctor for doctor in summary.doctors if doctor.staff_no == "D004")
    rows = [row for row in d004.months if row is not None]
    assert d004.equivalents == sum(row.equivalents for row in rows)
    assert d004.performance_pay == sum(row.performance_pay for row in rows)
    assert len(d004.months) == 12 and d004.months[11] is None


def test_a_month_paid_from_a_fund_shows_its_reserve(demo_database):
    summary = year.year_summary(signed_in(demo_database, "director"), 2025)

    december = summary.months[11]
    # The demo pays December 2025 from a fund of 151000 with 0.88 distributable.
    assert (december.fund.distributable, december.fund.reserve) == (
        Decimal("132880.00"),
        Decimal("18120.00"),
    )
    assert summary.months[10].fund.reserve is None


def test_the_staffing_test_annualises_the_recorded_months(demo_database):
    summary = year.year_summary(signed_in(demo_database, "admin"), 2026)

    gp = next(post for post in summary.posts if post.post == "GP")
    recorded = [m.review for m in summary.months if m.review is not None]
    demand = sum(r.equivalents for m in recorded for r in m.rows if r.post == "GP")
    assert gp.annual_demand == (demand * 12 / 11).quantize(Decimal("0.01"))
    assert (gp.upper, gp.lower) == (Decimal("13944.00"), Decimal("9296.00"))
    assert {post.post for post in summary.posts} == {"GP", "VX", "CH", "WH", "NUR", "PH"}


def test_shares_are_proposed_from_complete_years_only(demo_database):
    proposal = year.propose_year_shares(signed_in(demo_database, "admin"), 2026)

    # The demo holds December 2024 to November 2026: only 2025 has all twelve months.
    assert list(proposal.totals) == [2025] and proposal.skipped == (2023, 2024)
    assert proposal.proposed == largest_remainder(proposal.totals[2025])
    assert sum(proposal.proposed) == 1
    with pytest.raises(Refused, match="all twelve months"):
        year.propose_year_shares(signed_in(demo_database, "admin"), 2025)


def test_accepted_shares_change_unsigned_targets_and_spare_a_signed_month(demo_database):
    admin, director = signed_in(demo_database, "admin"), signed_in(demo_database, "director")
    workflow.mark_reviewed(admin, Month(2026, 10))
    workflow.sign(director, Month(2026, 10))
    october = [r.target for r in review.review(admin, Month(2026, 10)).rows]
    november = [r.target for r in review.review(admin, MONTH).rows]

    proposal = year.propose_year_shares(admin, 2026)
    year.accept_shares(admin, 2026, proposal.proposed)

    assert year.year_shares(admin, 2026) == proposal.proposed
    assert [r.target for r in review.review(admin, Month(2026, 10)).rows] == october
    assert [r.target for r in review.review(admin, MONTH).rows] != november


def test_shares_that_do_not_sum_to_one_are_refused(demo_database):
    admin = signed_in(demo_database, "admin")
    before = year.year_shares(admin, 2026)

    with pytest.raises(Refused, match="not exactly 1"):
        year.accept_shares(admin, 2026, [Decimal("0.08")] * 12)
    assert year.year_shares(admin, 2026) == before


def test_the_month_export_has_a_note_under_each_header_and_the_figures(demo_database, tmp_path):
    director = signed_in(demo_database, "director")
    path = tmp_path / "month.xlsx"

    count = exports.export_month(director, MONTH, path)

    sheet = load_workbook(path)[f"review {MONTH}"]
    rows = list(sheet.iter_rows(values_only=True))
    header, notes, first = rows[0], rows[1], rows[2]
    expected = review.review(director, MONTH).rows[0].to_json()
    assert count == 26 and len(rows) == 2 + 26 + 1
    assert header[:3] == ("staff_no", "name", "post") and all(notes)
    for key in ("target", "equivalents", "effective_equivalents", "performance_pay"):
        assert Decimal(str(first[header.index(key)])) == Decimal(expected[key])
    assert rows[-1][0] == "total 合计"
    assert not any(isinstance(cell, str) and cell.startswith("=") for row in rows for cell in row)


def test_the_year_export_has_a_sheet_per_measure(demo_database, tmp_path):
    admin = signed_in(demo_database, "admin")
    path = tmp_path / "year.xlsx"

    exports.export_year(admin, 2026, path)

    book = load_workbook(path)
    assert book.sheetnames == [
        "targets",
        "equivalents",
        "bands",
        "effective",
        "pay",
        "deductions",
        "months",
        "posts",
    ]
    bands = list(book["bands"].iter_rows(values_only=True))
    assert bands[0][3:15] == tuple(f"2026-{m:02d}" for m in range(1, 13))
    d004 = next(row for row in bands if row[0] == "D004")
    assert d004[13] == "reward" and d004[14] is None


def test_a_doctor_reaches_none_of_the_year_and_exports(demo_database, tmp_path):
    doctor = signed_in(demo_database, "D004")

    for call in (
        lambda: year.year_shares(doctor, 2026),
        lambda: exports.export_month(doctor, MONTH, tmp_path / "m.xlsx"),
        lambda: exports.export_year(doctor, 2026, tmp_path / "y.xlsx"),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert not (tmp_path / "m.xlsx").exists()
