"""The review screen's tabs as the administrator uses them: filters and working, indicators,
pay settings and shares, the year, the charts and the exports."""

from decimal import Decimal

from openpyxl import load_workbook
from PySide6.QtCore import Qt, QUrl

from centredesk.files.policy_toml import read_policy
from centredesk.model.months import Month
from centredesk.services import comments
from centredesk.services.context import Actor, Context
from centredesk.storage.database import open_database
from centredesk.ui.screens.review_format import band_label
from tests.conftest import DEMO_UNTIL
from tests.databases import query, url_of
from tests.ui.conftest import type_text
from tests.ui.review_helpers import WAIT, open_review, review_row, settle

MONTH = Month.parse(DEMO_UNTIL)


def _indicator_names(tab) -> list[str]:
    return [indicator.name for indicator in tab.indicator_model.rows()]


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_filters_totals_and_the_working_of_a_selected_doctor(open_main_window, demo_db, qtbot):
    window, screen = open_review(open_main_window, demo_db, qtbot, MONTH)
    tab = screen.month_tab

    tab.post_filter.setCurrentIndex(tab.post_filter.findData("VX"))
    assert {row.post for row in tab.visible_rows()} == {"VX"} and len(tab.visible_rows()) == 3
    assert tab.totals_label.text().startswith("3 of 26 doctors")
    tab.post_filter.setCurrentIndex(0)
    tab.band_filter.setCurrentIndex(tab.band_filter.findData("over_cap"))
    over_cap = [row.staff_no for row in tab.visible_rows()]
    assert over_cap == ["D006", "D008", "D013", "D019"]
    tab.band_filter.setCurrentIndex(0)
    tab.attention_filter.setChecked(True)
    assert [row.staff_no for row in tab.visible_rows()] == over_cap[:3] + ["D019", "D026", "D029"]
    assert "D026" in tab.attention.toPlainText() and "below the base line" in (
        tab.attention.toPlainText()
    )

    with qtbot.waitSignal(tab.sig_working_shown, timeout=WAIT):
        tab.select("D006")
    steps = {step.label: step for step in tab.working.steps}
    row = review_row(screen, "D006").to_json()
    for label, key in (
        ("Target", "target"),
        ("Cap line", "cap_line"),
        ("Counted", "counted"),
        ("Effective equivalents", "effective_equivalents"),
        ("Performance pay", "performance_pay"),
        ("Basic pay factor", "basic_pay_factor"),
    ):
        assert steps[label].result == row[key], label
    assert steps["Band"].formula == f"{row['equivalents']} > {row['cap_line']}"
    assert steps["Attendance"].formula == "21 available ÷ 21 working days"
    assert "全科门诊诊疗" in tab.working.toPlainText()
    settle(qtbot)


def test_indicators_compute_a_doctors_score(open_main_window, demo_db, qtbot):
    window, screen = open_review(open_main_window, demo_db, qtbot, MONTH)
    tab = screen.quality_tab
    screen.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 26, timeout=WAIT)
    tab.post_combo.setCurrentIndex(tab.post_combo.findData("GP"))

    for name, target, weight, lower in (
        ("处方合格率", "95", "3", False),
        ("有效投诉", "1", "1", True),
    ):
        dialog = tab.add_indicator()
        type_text(dialog.name, name)
        dialog.target.setText(target)
        dialog.weight.setText(weight)
        dialog.better.setCurrentIndex(1 if lower else 0)
        _click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
        qtbot.waitUntil(lambda n=name: n in _indicator_names(tab), timeout=WAIT)

    tab.select("D004")
    figures = tab.open_indicator_figures()
    first, second = figures.fields.values()
    first.setText("93")
    second.setText("2")
    _click(qtbot, figures.buttons.button(figures.buttons.StandardButton.Save))

    # 93 of 95 is 0.9789 (weight 3); 2 complaints against 1 allowed is 0.5 (weight 1).
    qtbot.waitUntil(lambda: str(review_row(screen, "D004").score) == "85.92", timeout=WAIT)
    assert review_row(screen, "D004").grade.name == "B"
    assert "computed" in tab.message.text()
    settle(qtbot)


def test_a_fund_gives_the_value_and_warns_when_the_pay_exceeds_it(open_main_window, demo_db, qtbot):
    window, screen = open_review(open_main_window, demo_db, qtbot, MONTH)
    tab = screen.pay_tab
    screen.tabs.setCurrentWidget(tab)

    tab.by_fund.setChecked(True)
    tab.fund.setText("50000")
    tab.ratio.setText("0.88")
    tab.planned.setText("10000")
    _click(qtbot, tab.save_button)

    qtbot.waitUntil(lambda: tab.figures["distributable"].text() == "44,000.00", timeout=WAIT)
    assert tab.figures["value"].text() == "4.4"
    assert tab.figures["distributable"].text() == "44,000.00"
    assert tab.figures["reserve"].text() == "6,000.00"
    assert "exceeds the distributable fund 44,000.00" in tab.warning.text()
    [stored] = query(
        demo_db,
        "SELECT value_per_equivalent, fund, distributable_ratio FROM pay_settings "
        "WHERE month = :month",
        month=str(MONTH),
    )
    assert stored == (None, "50000", "0.88")
    settle(qtbot)


def test_a_value_that_is_not_a_number_is_refused_in_the_form(open_main_window, demo_db, qtbot):
    window, screen = open_review(open_main_window, demo_db, qtbot, MONTH)
    tab = screen.pay_tab

    tab.value.setText("4,4元")
    _click(qtbot, tab.save_button)

    assert "must be a number" in tab.message.text()
    assert review_row(screen, "D004").value_per_equivalent == Decimal("4.4")
    settle(qtbot)


def test_proposed_shares_are_shown_beside_the_current_and_accepted(
    open_main_window, demo_db, qtbot
):
    window, screen = open_review(open_main_window, demo_db, qtbot, MONTH)
    tab = screen.pay_tab
    screen.tabs.setCurrentWidget(tab)

    _click(qtbot, tab.propose_button)
    qtbot.waitUntil(lambda: tab.accept_button.isEnabled(), timeout=WAIT)
    model = tab.shares_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Month", "Current share", "Proposed share", "Equivalents 2025"]
    proposed = [Decimal(model.index(r, 2).data()) for r in range(12)]
    assert model.index(1, 1).data() == "0.07" and sum(proposed) == 1
    _click(qtbot, tab.accept_button)

    qtbot.waitUntil(lambda: "were changed" in tab.message.text(), timeout=WAIT)
    [document] = query(demo_db, "SELECT document FROM policies WHERE year = 2026")
    assert list(read_policy(document[0]).shares) == proposed
    settle(qtbot)


def test_the_year_side_by_side_with_its_funds_posts_and_charts(
    open_main_window, demo_db, qtbot, tmp_path
):
    window, screen = open_review(open_main_window, demo_db, qtbot, MONTH)
    with qtbot.waitSignal(screen.sig_year_loaded, timeout=WAIT) as loaded:
        screen.tabs.setCurrentWidget(screen.year_tab)
    summary = loaded.args[0]
    year_tab = screen.year_tab

    model = year_tab.model
    row = next(i for i, d in enumerate(model.rows()) if d.staff_no == "D004")
    november = review_row(screen, "D004")
    assert model.index(row, 3 + 10).data() == str(november.equivalents)
    year_tab.measure.setCurrentIndex(year_tab.measure.findData("bands"))
    assert model.index(row, 3 + 10).data() == band_label(november.band)
    assert model.index(row, 3 + 11).data() == ""
    assert len(year_tab.posts.rows()) == 6 and year_tab.months.rowCount() == 12

    charts = screen.charts_tab
    charts.choose_doctor("D004")
    series = charts.doctor_series()
    assert series["Equivalents"][10] == (10.0, float(november.equivalents))
    assert len(series["Cap line"]) == 11
    bands = charts.band_counts()
    assert bands[band_label("over_cap")] == 4 and sum(bands.values()) == 26
    assert summary.year == 2026 and charts.previous[11] is not None

    screen.export_year_to(tmp_path / "year.xlsx")
    screen.export_month_to(tmp_path / "month.xlsx")
    qtbot.waitUntil(lambda: (tmp_path / "month.xlsx").exists(), timeout=WAIT)
    qtbot.waitUntil(lambda: (tmp_path / "year.xlsx").exists(), timeout=WAIT)
    sheet = load_workbook(tmp_path / "month.xlsx")[f"review {MONTH}"]
    assert sheet.max_row == 2 + 26 + 1
    settle(qtbot)


def test_a_doctors_open_comment_is_listed_and_resolved(open_main_window, demo_db, qtbot):
    database = open_database(url_of(demo_db))
    doctor = Context(database, Actor("D007", "doctor", "D007"))
    comment = comments.add_comment(doctor, MONTH, "D007", "本月有两天出诊未登记")
    database.close()
    window, screen = open_review(open_main_window, demo_db, qtbot, MONTH)
    panel = screen.month_tab.attention
    qtbot.waitUntil(lambda: "本月有两天出诊未登记" in panel.toPlainText(), timeout=WAIT)

    panel.anchorClicked.emit(QUrl(f"resolve:{comment.id}"))

    qtbot.waitUntil(lambda: "本月有两天出诊未登记" not in panel.toPlainText(), timeout=WAIT)
    resolved = query(demo_db, "SELECT resolved FROM comments WHERE id = :id", id=comment.id)
    assert resolved == [(1,)]
    settle(qtbot)
