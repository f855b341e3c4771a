"""Honest statistics: registered, active and the population side by side, the age and
employment of both, who is over-committed, and whom to call back with matching activities."""

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from centredesk.model.numbers import plain
from centredesk.model.volunteer_stats import VolunteerStatistics
from centredesk.model.volunteers import AGE_BANDS, EMPLOYMENTS
from centredesk.services.volunteer_stats import export_statistics, statistics
from centredesk.services.volunteer_work import ActivityView, matching_upcoming
from centredesk.ui.screens.volunteer_widgets import (
    ReloadWhenShown,
    button_row,
    date_edit,
    heading,
    qdate,
    word,
)
from centredesk.ui.table_model import Column
from centredesk.ui.widgets.charts import chart_view, new_chart
from centredesk.ui.widgets.filter_table import FilterTable

log = logging.getLogger(__name__)

REGISTERED_COLOUR, ACTIVE_COLOUR = "#90a4ae", "#1565c0"
CARD_STYLE = """
QFrame#card { background: #f7f9fc; border: 1px solid #d9dde3; border-radius: 6px; }
QLabel#card_title { color: #5f6b76; font-size: 13px; }
QLabel#card_value { color: #1f3a5f; font-size: 28px; font-weight: 600; }
QLabel#card_note { color: #5f6b76; }
"""


@dataclass(frozen=True)
class IdleRow:
    """An idle volunteer with the upcoming activities that fit them."""

    name: str
    last_served: date | None
    activities: tuple[ActivityView, ...]


class StatisticsTab(ReloadWhenShown, QWidget):
    """The statistics of one date, which follows the month in hand."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result: VolunteerStatistics | None = None
        self.on = date_edit(_default_date(session.month))
        self.on.dateChanged.connect(self.request_reload)
        self.cards = {key: _Card() for key in ("registered", "active", "population")}
        self.age_chart = new_chart(self.tr("Age"))
        self.employment_chart = new_chart(self.tr("Employment"))
        self.over_committed = self._over_committed_table()
        self.idle = FilterTable(self._idle_columns(), self.tr("Search idle volunteers…"))
        self.idle.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.over_heading = heading("")
        self.idle_heading = heading("")
        buttons, _ = button_row([(self.tr("Export to Excel…"), self._on_export_clicked)])
        buttons.insertWidget(0, QLabel(self.tr("As of")))
        buttons.insertWidget(1, self.on)
        self._lay_out(buttons)
        session.sig_month_changed.connect(self._on_session_month_changed)
        session.sig_data_changed.connect(self._on_session_data_changed)

    def _lay_out(self, buttons) -> None:
        self.setStyleSheet(CARD_STYLE)
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card)
        charts = QHBoxLayout()
        charts.addWidget(chart_view(self.age_chart, "age_chart", minimum_height=220))
        charts.addWidget(chart_view(self.employment_chart, "employment_chart", minimum_height=220))
        lists = QGridLayout()
        lists.addWidget(self.over_heading, 0, 0)
        lists.addWidget(self.idle_heading, 0, 1)
        lists.addWidget(self.over_committed, 1, 0)
        lists.addWidget(self.idle, 1, 1)
        lists.setColumnStretch(0, 1)
        lists.setColumnStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(cards)
        layout.addLayout(charts, 3)
        layout.addLayout(lists, 2)

    def _over_committed_table(self) -> FilterTable:
        """Who served above the monthly limit, most hours first."""
        hours = Column(
            self.tr("Hours this month"), lambda o: plain(o.hours), lambda o: o.hours, numeric=True
        )
        table = FilterTable([Column(self.tr("Name"), lambda o: o.name), hours], "")
        table.search.hide()
        table.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        return table

    def _idle_columns(self) -> list[Column]:
        never = self.tr("never")
        return [
            Column(self.tr("Name"), lambda i: i.name),
            Column(
                self.tr("Last served"),
                lambda i: i.last_served.isoformat() if i.last_served else never,
                lambda i: i.last_served.isoformat() if i.last_served else "",
            ),
            Column(
                self.tr("Upcoming activities that fit"),
                lambda i: "；".join(f"{a.day:%m-%d} {a.title}" for a in i.activities[:3]),
            ),
        ]

    # --- loading -----------------------------------------------------------------------

    def reload(self, *_) -> None:
        ctx, on = self.session.ctx, self.on.date().toPython()

        def load():
            result = statistics(ctx, on)
            matches = matching_upcoming(ctx, [i.volunteer_id for i in result.idle], on)
            return result, matches

        self.window().run_task(load, self._on_loaded)

    def _on_loaded(self, loaded) -> None:
        result, matches = loaded
        self.result = result
        self._show_cards(result)
        self._shownew_chart(self.age_chart, AGE_BANDS, result.age_bands)
        self._shownew_chart(self.employment_chart, EMPLOYMENTS, result.employment)
        self.over_heading.setText(
            self.tr("Over-committed in {month} (up to the date)").format(month=f"{result.on:%Y-%m}")
        )
        self.over_committed.set_rows(result.over_committed)
        self.idle_heading.setText(
            self.tr("Idle for 183 days: {count} to call, with activities that fit them").format(
                count=len(result.idle)
            )
        )
        self.idle.set_rows(
            [
                IdleRow(i.name, i.last_served, tuple(matches.get(i.volunteer_id, ())))
                for i in result.idle
            ]
        )

    def _show_cards(self, result: VolunteerStatistics) -> None:
        self.cards["registered"].display(
            self.tr("Registered"),
            str(result.registered),
            self.tr("{share} of the population").format(share=_percent(result.registered_share)),
        )
        self.cards["active"].display(
            self.tr("Active (served in the last 365 days)"),
            str(result.active),
            self.tr("{share} of the population").format(share=_percent(result.active_share)),
        )
        self.cards["population"].display(
            self.tr("Resident population"),
            f"{result.population:,}",
            self.tr("shares are of this figure (setting population)"),
        )

    def _shownew_chart(self, chart: QChart, keys, figures: dict) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QBarSeries()
        for group, colour, label in (
            ("registered", REGISTERED_COLOUR, self.tr("registered")),
            ("active", ACTIVE_COLOUR, self.tr("active")),
        ):
            bars = QBarSet(label)
            bars.setColor(QColor(colour))
            bars.append([figures[group][key] for key in keys])
            series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([word(key) for key in keys])
        values = _count_axis(max([1, *figures["registered"].values()]))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)

    # --- slots -------------------------------------------------------------------------

    def _on_session_month_changed(self, month) -> None:
        self.on.setDate(qdate(_default_date(month)))

    def _on_session_data_changed(self, kind: str) -> None:
        if kind in ("volunteer-hours", "volunteers", "all"):
            self.request_reload()

    def _on_export_clicked(self) -> None:
        on = self.on.date().toPython()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export statistics"),
            f"volunteer-statistics-{on}.xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            self.window().run_task(
                lambda: export_statistics(self.session.ctx, on, Path(path)),
                lambda _: (
                    self.window()
                    .statusBar()
                    .showMessage(self.tr("Statistics written to {path}").format(path=path), 10000)
                ),
            )


class _Card(QFrame):
    """A figure with its title and a note underneath."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.title, self.value, self.note = QLabel(), QLabel(), QLabel()
        for label, name in (
            (self.title, "card_title"),
            (self.value, "card_value"),
            (self.note, "card_note"),
        ):
            label.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.note)

    def display(self, title: str, value: str, note: str) -> None:
        self.title.setText(title)
        self.value.setText(value)
        self.note.setText(note)


def _count_axis(most: int) -> QValueAxis:
    """An axis of whole people with a little room above the tallest bar, ticks at round steps."""
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500) if most * 1.15 / s <= 8)
    top = (int(most * 1.15 / step) + 1) * step
    axis = QValueAxis()
    axis.setRange(0, top)
    axis.setTickCount(top // step + 1)
    axis.setLabelFormat("%d")
    return axis


def _default_date(month) -> date:
    """The last day of the month in hand, or today while that month is still running."""
    return min(month.last_day, date.today())


def _percent(share) -> str:
    """A share of 0.0012 as 0.12 %, the share itself kept to its four places."""
    return f"{share * 100:.2f} % ({share})"
