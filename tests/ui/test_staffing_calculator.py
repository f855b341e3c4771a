"""The staffing calculator as an administrator uses it, with the source's figures (SPEC §2.8)."""

from decimal import Decimal

from PySide6.QtCore import Qt

from centredesk.model.months import Month


def _calculator(window, qtbot):
    screen = window.show_screen("staff")
    tab = screen.staffing_tab
    window.session.set_month(Month(2026, 11))
    with qtbot.waitSignal(tab.sig_posts_tested, timeout=10000):
        screen.setCurrentWidget(tab)
    return tab


def _type(qtbot, field, text: str) -> None:
    field.selectAll()
    qtbot.keyClicks(field, text)


def _fill_demand(tab, qtbot) -> None:
    for name, text in (
        ("population", "100000"),
        ("two_week_prevalence", "0.15"),
        ("visits_per_episode", "1.5"),
        ("community_share", "0.6"),
        ("public_health_equivalents", "46481"),
    ):
        _type(qtbot, tab.fields[name], text)


def _steps(tab) -> list[tuple[str, str]]:
    model = tab.steps
    return [(model.index(r, 0).data(), model.index(r, 2).data()) for r in range(model.rowCount())]


def test_the_sources_figures_beside_the_published_capacities(open_main_window, demo_db, qtbot):
    tab = _calculator(open_main_window(demo_db), qtbot)

    # The source's working time is there to start with: 226.41 d, 7 h, 20.05 min, 81.35 %.
    assert [tab.fields[name].text() for name in ("working_days", "minutes_per_visit")] == [
        "226.41",
        "20.05",
    ]
    assert tab.derived_label.text() == "= 3,858.23 visits"
    assert "7,170 visits and 11,620.25 equivalents" in tab.capacity_note.text()
    assert tab.result_label.text() == "Fill in what the population needs to calculate."


def test_run_the_calculator_with_the_published_and_the_derived_capacity(
    open_main_window, demo_db, qtbot
):
    tab = _calculator(open_main_window(demo_db), qtbot)

    _fill_demand(tab, qtbot)

    # 100000 × 0.15 × 26.07 × 1.5 × 0.6 = 351,945 visits ÷ 7170 = 49.09; 46481 ÷ 11620.25 = 4
    assert tab.result_label.text().split() == [
        "GP", "doctors", "needed:", "49.09", "Public", "health", "staff", "needed:", "4.00",
    ]  # fmt: skip
    assert _steps(tab) == [
        ("GP capacity (visits a year)", "7,170"),
        ("Visits a year to the community", "351,945.00"),
        ("GP doctors needed", "49.09"),
        ("Public health staff needed", "4.00"),
    ]
    tab.working_time_button.click()
    assert _steps(tab)[0] == ("GP capacity (visits a year)", "3,858.23")
    assert _steps(tab)[2] == ("GP doctors needed", "91.22")
    assert tab.working.result.gp_doctors == Decimal("91.22")


def test_each_post_is_tested_in_words(open_main_window, demo_db, qtbot):
    tab = _calculator(open_main_window(demo_db), qtbot)

    verdicts = {
        tab.posts.row_at(r).post: tab.posts.index(r, 6).data() for r in range(tab.posts.rowCount())
    }

    assert set(verdicts) == {"GP", "VX", "CH", "WH", "NUR", "PH"}  # FD is not appraised
    assert verdicts["WH"] == "understaffed" and verdicts["GP"] == "balanced"
    colour = tab.posts.index(list(verdicts).index("WH"), 6).data(Qt.ItemDataRole.ForegroundRole)
    assert colour.name() == "#b3261e"
    assert "12 months to 2026-11" in tab.posts_group.title()


def test_the_calculation_exports_to_excel(open_main_window, demo_db, qtbot, tmp_path):
    from centredesk.files.readers import read_sheet

    window = open_main_window(demo_db)
    tab = _calculator(window, qtbot)
    _fill_demand(tab, qtbot)

    tab.export(tmp_path / "staffing.xlsx")

    sheet = read_sheet(tmp_path / "staffing.xlsx")
    rows = [row.cells for row in sheet.rows]
    assert sheet.header == ("Part", "Item", "Calculation", "Result", "Verdict")
    assert rows[2][:4] == ("Calculator", "GP doctors needed", "351945.00 ÷ 7170", "49.09")
    wh = next(row for row in rows if row[1].endswith("(WH)"))
    assert (wh[0], wh[4]) == ("Staffing test", "understaffed")
