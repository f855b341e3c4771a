"""The charts tab: a doctor's year against their lines, the month's bands, the centre's volume."""

import logging
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from centredesk.model.appraisal import BANDS, MonthReview
from centredesk.services.year import YearDoctor, YearSummary
from centredesk.ui.screens.review_format import band_label, month_name, tr
from centredesk.ui.widgets.charts import chart_view, new_chart

log = logging.getLogger(__name__)

LINE_COLOURS = {
    "equivalents": "#1565c0",
    "target": "#2e7d32",
    "base_line": "#c62828",
    "cap_line": "#ef6c00",
}
# The doctor chart's lines: key, name, and the figure of a month's row.
DOCTOR_LINES = (
    ("equivalents", QT_TRANSLATE_NOOP("Review", "Equivalents"), lambda row: row.equivalents),
    ("target", QT_TRANSLATE_NOOP("Review", "Target"), lambda row: row.target),
    ("base_line", QT_TRANSLATE_NOOP("Review", "Base line"), lambda row: row.lines.base_line),
    ("cap_line", QT_TRANSLATE_NOOP("Review", "Cap line"), lambda row: row.lines.cap_line),
)
PREVIOUS_YEAR_COLOUR = "#b0bec5"
THIS_YEAR_COLOUR = "#1565c0"
# Stronger than the table's band colours: a slice is a large area on white.
PIE_COLOURS = {
    "absent": "#9ea4ad",
    "below_base": "#e06b5f",
    "basic": "#6a9fdc",
    "reward": "#5fb36b",
    "over_cap": "#f0a040",
}


def _month_axis() -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append([month_name(n) for n in range(1, 13)])
    return axis


def _value_axis(values: list[Decimal]) -> QValueAxis:
    axis = QValueAxis()
    top = float(max(values, default=Decimal(0)))
    axis.setRange(0, top * 1.1 if top > 0 else 1)
    axis.setLabelFormat("%.0f")
    axis.applyNiceNumbers()
    return axis


class ChartsTab(QWidget):
    """Three charts where people compare months."""

    def __init__(self, screen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen = screen
        self.summary: YearSummary | None = None
        self.previous: tuple[Decimal | None, ...] = (None,) * 12
        self.doctor = QComboBox()
        self.doctor.setMinimumContentsLength(16)
        self.doctor.currentIndexChanged.connect(self._on_doctor_changed)
        self.doctor_chart = new_chart(self.tr("A doctor's months against their lines"))
        self.band_chart = new_chart(self.tr("Bands of the month"))
        self.centre_chart = new_chart(self.tr("The centre's equivalents by month"))
        self.doctor_view = chart_view(self.doctor_chart, "doctor_chart")
        self.band_view = chart_view(self.band_chart, "band_chart")
        self.centre_view = chart_view(self.centre_chart, "centre_chart")

        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Doctor:")))
        choose.addWidget(self.doctor)
        choose.addStretch()
        left = QVBoxLayout()
        left.addLayout(choose)
        left.addWidget(self.doctor_view, 1)
        grid = QGridLayout(self)
        grid.addLayout(left, 0, 0)
        grid.addWidget(self.band_view, 0, 1)
        grid.addWidget(self.centre_view, 1, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

    # --- the year ------------------------------------------------------------------------

    def show_year(self, summary: YearSummary, previous: tuple[Decimal | None, ...]) -> None:
        self.summary, self.previous = summary, previous
        chosen = self.doctor.currentData()
        self.doctor.blockSignals(True)
        self.doctor.clear()
        for doctor in summary.doctors:
            self.doctor.addItem(f"{doctor.staff_no} {doctor.name}", doctor.staff_no)
        self.doctor.setCurrentIndex(max(0, self.doctor.findData(chosen)))
        self.doctor.blockSignals(False)
        self._show_doctor()
        self._show_centre()

    def choose_doctor(self, staff_no: str) -> None:
        self.doctor.setCurrentIndex(max(0, self.doctor.findData(staff_no)))

    def doctor_series(self) -> dict[str, list[tuple[float, float]]]:
        """The doctor chart's points by series name (for checking what is drawn)."""
        return {
            series.name(): [(point.x(), point.y()) for point in series.points()]
            for series in self.doctor_chart.series()
        }

    def _selected_doctor(self) -> YearDoctor | None:
        if self.summary is None:
            return None
        staff_no = self.doctor.currentData()
        return next((d for d in self.summary.doctors if d.staff_no == staff_no), None)

    def _show_doctor(self) -> None:
        chart = self.doctor_chart
        _clear(chart)
        doctor = self._selected_doctor()
        if doctor is None:
            return
        title = self.tr("{staff_no} {name}: equivalents against target and lines, {year}")
        chart.setTitle(
            title.format(staff_no=doctor.staff_no, name=doctor.name, year=self.summary.year)
        )
        values = [r.lines.cap_line for r in doctor.rows] + [r.equivalents for r in doctor.rows]
        x_axis, y_axis = _month_axis(), _value_axis(values)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for key, name, figure in DOCTOR_LINES:
            main = key == "equivalents"
            series = self._line(doctor, tr(name), figure, LINE_COLOURS[key], main)
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)

    def _line(self, doctor: YearDoctor, name: str, figure, colour: str, main: bool) -> QLineSeries:
        series = QLineSeries()
        series.setName(name)
        for index, row in enumerate(doctor.months):
            if row is not None:
                series.append(QPointF(index, float(figure(row))))
        pen = QPen(QColor(colour))
        pen.setWidth(3 if main else 2)
        if not main:
            pen.setStyle(Qt.PenStyle.DashLine)
        series.setPen(pen)
        series.setPointsVisible(main)
        return series

    def _show_centre(self) -> None:
        chart = self.centre_chart
        _clear(chart)
        if self.summary is None:
            return
        year = self.summary.year
        chart.setTitle(
            self.tr("The centre's equivalents by month: {year} against {previous}").format(
                year=year, previous=year - 1
            )
        )
        current = [month.equivalents for month in self.summary.months]
        series = QBarSeries()
        for label, values, colour in (
            (str(year - 1), self.previous, PREVIOUS_YEAR_COLOUR),
            (str(year), current, THIS_YEAR_COLOUR),
        ):
            bars = QBarSet(label)
            bars.append([float(value or 0) for value in values])
            bars.setColor(QColor(colour))
            series.append(bars)
        chart.addSeries(series)
        x_axis = _month_axis()
        y_axis = _value_axis([v for v in (*current, *self.previous) if v is not None])
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)

    # --- the month -----------------------------------------------------------------------

    def show_bands(self, review: MonthReview | None) -> None:
        """How many doctors of the month are in each band."""
        chart = self.band_chart
        _clear(chart)
        if review is None:
            return
        chart.setTitle(self.tr("Bands of {month}").format(month=review.month))
        series = QPieSeries()
        for band in BANDS:
            count = sum(1 for row in review.rows if row.band == band)
            if count:
                piece = series.append(f"{band_label(band)}: {count}", count)
                piece.setColor(QColor(PIE_COLOURS[band]))
                piece.setLabelVisible(True)
        series.setPieSize(0.62)
        chart.addSeries(series)
        chart.legend().setVisible(False)

    def band_counts(self) -> dict[str, int]:
        """The band chart's slices as label → count (for checking what is drawn)."""
        pie = next(iter(self.band_chart.series()), None)
        if pie is None:
            return {}
        return {piece.label().rsplit(":", 1)[0]: int(piece.value()) for piece in pie.slices()}

    def _on_doctor_changed(self, _index: int) -> None:
        self._show_doctor()


def _clear(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
