"""Quality of a month: entered, imported or computed from indicators, and where it came from."""

from decimal import Decimal

import pytest

from centredesk.files.problems import ImportRefused
from centredesk.model.months import Month
from centredesk.services import quality, review, workflow
from centredesk.services.errors import PermissionDenied, Refused
from centredesk.services.quality import IndicatorForm
from tests.conftest import DEMO_UNTIL
from tests.databases import query
from tests.services.factories import signed_in

MONTH = Month.parse(DEMO_UNTIL)


def _stored(db, staff_no):
    [row] = query(
        db,
        "SELECT q.score, q.grade, q.source FROM quality_results q "
        "JOIN staff s ON s.id = q.staff_id WHERE q.month = :month AND s.staff_no = :staff_no",
        month=str(MONTH),
        staff_no=staff_no,
    )
    return row


def _row(ctx, staff_no):
    return next(row for row in review.review(ctx, MONTH).rows if row.staff_no == staff_no)


def _gp_indicators(admin):
    prescriptions = quality.save_indicator(
        admin,
        IndicatorForm(
            "GP",
            "处方合格率",
            Decimal("95"),
            Decimal("3"),
            raise_percent=Decimal("2"),
            is_rate=True,
        ),
    )
    complaints = quality.save_indicator(
        admin, IndicatorForm("GP", "有效投诉", Decimal("1"), Decimal("1"), higher_is_better=False)
    )
    return prescriptions, complaints


def test_an_entered_grade_wins_over_the_score_and_changes_the_pay(demo_database, demo_db):
    admin = signed_in(demo_database, "admin")
    before = _row(admin, "D005")

    quality.set_quality(admin, MONTH, "D005", Decimal("72.5"), "A")

    after = _row(admin, "D005")
    assert _stored(demo_db, "D005") == ("72.5", "A", "entered")
    assert (before.grade.name, after.grade.name) == ("B", "A")
    assert after.performance_pay > before.performance_pay


def test_a_score_from_indicators_is_stored_as_computed_with_the_figures(demo_database, demo_db):
    admin = signed_in(demo_database, "admin")
    prescriptions, complaints = _gp_indicators(admin)

    # 95 raised by 2 % is 96.9; 93 of it is 0.9598; 2 complaints against 1 allowed is 0.5.
    score = quality.record_indicator_results(
        admin, MONTH, "D004", {prescriptions.id: Decimal("93"), complaints.id: Decimal("2")}
    )

    assert score == Decimal("84.48")
    assert _stored(demo_db, "D004") == ("84.48", None, "computed")
    entry = next(e for e in quality.month_quality(admin, MONTH).entries if e.staff_no == "D004")
    assert (entry.grade.name, entry.source, entry.indicator_results) == ("B", "computed", 2)
    figures = quality.indicator_results(admin, MONTH, "D004")
    assert [(i.name, actual) for i, actual in figures] == [
        ("处方合格率", Decimal("93")),
        ("有效投诉", Decimal("2")),
    ]


def test_every_indicator_needs_a_figure(demo_database, demo_db):
    admin = signed_in(demo_database, "admin")
    prescriptions, _ = _gp_indicators(admin)
    before = _stored(demo_db, "D004")

    with pytest.raises(Refused, match="有效投诉"):
        quality.record_indicator_results(admin, MONTH, "D004", {prescriptions.id: Decimal("93")})
    assert _stored(demo_db, "D004") == before


def test_an_imported_file_is_marked_imported(demo_database, demo_db, tmp_path):
    admin = signed_in(demo_database, "admin")
    path = tmp_path / "quality.csv"
    path.write_text("月份,工号,得分,等级\n2026-11,D006,91,\n2026-11,D007,,C\n", encoding="utf-8")

    summary = quality.import_quality(admin, path)

    assert summary.replaced == 2
    assert _stored(demo_db, "D006") == ("91", None, "imported")
    assert _stored(demo_db, "D007") == (None, "C", "imported")


def test_a_bad_import_changes_nothing(demo_database, demo_db, tmp_path):
    admin = signed_in(demo_database, "admin")
    path = tmp_path / "quality.csv"
    path.write_text("month,staff_no,score\n2026-11,D006,91\n2026-11,D999,80\n", encoding="utf-8")
    before = _stored(demo_db, "D006")

    with pytest.raises(ImportRefused, match="D999"):
        quality.import_quality(admin, path)
    assert _stored(demo_db, "D006") == before


def test_clearing_leaves_the_row_missing_its_quality(demo_database):
    admin = signed_in(demo_database, "admin")

    quality.clear_quality(admin, MONTH, "D009")

    row = _row(admin, "D009")
    assert (row.status, row.performance_pay) == ("missing_quality", None)


def test_quality_is_refused_in_a_signed_month_and_out_of_range(demo_database, demo_db):
    admin = signed_in(demo_database, "admin")
    with pytest.raises(Refused, match="0 to 100"):
        quality.set_quality(admin, MONTH, "D005", Decimal("101"), None)
    with pytest.raises(Refused, match="not a grade"):
        quality.set_quality(admin, MONTH, "D005", None, "E")
    workflow.mark_reviewed(admin, MONTH)
    workflow.sign(signed_in(demo_database, "director"), MONTH)
    before = _stored(demo_db, "D005")

    with pytest.raises(Refused, match="signed"):
        quality.set_quality(admin, MONTH, "D005", Decimal("60"), None)
    assert _stored(demo_db, "D005") == before


def test_an_indicator_form_names_what_is_wrong(demo_database):
    admin = signed_in(demo_database, "admin")
    form = IndicatorForm("GP", " ", Decimal("120"), Decimal("0"), is_rate=True)

    with pytest.raises(Refused) as refusal:
        quality.save_indicator(admin, form)

    message = str(refusal.value)
    assert "needs a name" in message and "at most 100" in message and "weight" in message
    assert quality.list_indicators(admin) == []


def test_a_retired_indicator_is_no_longer_listed(demo_database):
    admin = signed_in(demo_database, "admin")
    prescriptions, complaints = _gp_indicators(admin)

    quality.retire_indicator(admin, complaints.id)

    assert [i.name for i in quality.list_indicators(admin, "GP")] == [prescriptions.name]


def test_the_director_reads_quality_but_does_not_enter_it(demo_database):
    director = signed_in(demo_database, "director")

    assert len(quality.month_quality(director, MONTH).entries) == 26
    with pytest.raises(PermissionDenied):
        quality.set_quality(director, MONTH, "D005", Decimal("90"), None)
