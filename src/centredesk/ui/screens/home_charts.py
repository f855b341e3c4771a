"""The doctor's home screen's pictures: the month against its lines, and the last 12 months."""

from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from centredesk.model.appraisal import ReviewRow
from centredesk.model.months import Month
from centredesk.ui.screens.review_charts import DOCTOR_LINES, LINE_COLOURS, PIE_COLOURS
from centredesk.ui.screens.review_format import money, month_name, tr
from centredesk.ui.widgets.charts import new_chart

TRACK_COLOUR = "#eceff3"
# Room above the largest figure, so that the cap line's mark never sits on the edge.
HEADROOM = Decimal("1.12")


class LinesBar(QWidget):
    """One month's equivalents as a bar, with the base line, target and cap line marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lines_bar")
        self.row: ReviewRow | None = None
        self.setMinimumHeight(86)

    def sizeHint(self) -> QSize:
        return QSize(600, 86)

    def show_row(self, row: ReviewRow | None) -> None:
        self.row = row
        self.update()

    def marks(self) -> list[tuple[str, Decimal]]:
        """The marked lines as (name, value), for checking what is drawn."""
        if self.row is None:
            return []
        lines = self.row.lines
        return [
            (tr("Base line"), lines.base_line),
            (tr("Target"), lines.target),
            (tr("Cap line"), lines.cap_line),
        ]

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QRectF(12, 30, self.width() - 24, 24)
        painter.fillRect(track, QColor(TRACK_COLOUR))
        if self.row is not None and self.row.lines.cap_line > 0:
            self._paint_row(painter, track)
        painter.end()

    def _paint_row(self, painter: QPainter, track: QRectF) -> None:
        row = self.row
        top = max(row.lines.cap_line, row.equivalents) * HEADROOM
        width = track.width() * float(row.equivalents / top)
        painter.fillRect(
            QRectF(track.left(), track.top(), width, track.height()),
            QColor(PIE_COLOURS[row.band]),
        )
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#1f2328"))
        text_rect = QRectF(track.left() + 6, track.top(), max(width - 12, 80), track.height())
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
        painter.drawText(text_rect, align, money(row.equivalents))
        painter.setFont(self.font())
        keys = ("base_line", "target", "cap_line")
        for index, (key, (name, value)) in enumerate(zip(keys, self.marks(), strict=True)):
            x = track.left() + track.width() * float(value / top)
            self._paint_mark(painter, track, x, f"{name} {money(value)}", key, below=index == 1)

    def _paint_mark(
        self, painter: QPainter, track: QRectF, x: float, text: str, key: str, below: bool
    ) -> None:
        pen = QPen(QColor(LINE_COLOURS[key]))
        pen.setWidth(2)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, track.top() - 6), QPointF(x, track.bottom() + 6))
        # The target's label goes under the bar, the others over it, so that none overlap.
        y = track.bottom() + 8 if below else 4
        box = QRectF(x - 110, y, 220, 20)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class MonthsChart(QChartView):
    """The last 12 months: equivalents as bars, target and lines as lines; a bar can be clicked."""

    sig_month_clicked = Signal(object)
    """A month's bar was clicked (the Month)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = new_chart("")
        super().__init__(chart, parent)
        self._chart = chart
        self.setObjectName("months_chart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.months: list[Month] = []

    def show_history(self, history: list[tuple[Month, ReviewRow | None]]) -> None:
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.months = [month for month, _row in history]
        if not history:
            return
        chart.setTitle(
            self.tr("My equivalents, {first} to {last}").format(
                first=self.months[0], last=self.months[-1]
            )
        )
        x_axis, y_axis = QBarCategoryAxis(), QValueAxis()
        x_axis.append(_categories(self.months))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self._bars(history), *self._lines(history)):
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        _scale(y_axis, history)

    def bar_values(self) -> list[float]:
        """The bars' heights (0 for a month without a row), for checking what is drawn."""
        bars = next(s for s in self._chart.series() if isinstance(s, QBarSeries))
        bar_set = bars.barSets()[0]
        return [bar_set.at(i) for i in range(bar_set.count())]

    def _bars(self, history) -> QBarSeries:
        bar_set = QBarSet(tr("Equivalents"))
        bar_set.append([float(row.equivalents) if row else 0.0 for _month, row in history])
        bar_set.setColor(QColor(LINE_COLOURS["equivalents"]).lighter(150))
        bar_set.clicked.connect(self._on_bar_set_clicked)
        series = QBarSeries()
        series.append(bar_set)
        series.setBarWidth(0.6)
        return series

    def _lines(self, history) -> list[QLineSeries]:
        lines = []
        for key, name, figure in DOCTOR_LINES:
            if key == "equivalents":
                continue
            series = QLineSeries()
            series.setName(tr(name))
            for index, (_month, row) in enumerate(history):
                if row is not None:
                    series.append(QPointF(index, float(figure(row))))
            pen = QPen(QColor(LINE_COLOURS[key]))
            pen.setWidth(2)
            pen.setStyle(Qt.PenStyle.DashLine)
            series.setPen(pen)
            lines.append(series)
        return lines

    def _on_bar_set_clicked(self, index: int) -> None:
        self.sig_month_clicked.emit(self.months[index])


def _categories(months: list[Month]) -> list[str]:
    """Month names: distinct within 12 months in a row, and short enough for narrow bars."""
    return [month_name(m.month) for m in months]


def _scale(axis: QValueAxis, history) -> None:
    values = [v for _m, row in history if row for v in (row.equivalents, row.lines.cap_line)]
    top = float(max(values, default=Decimal(0)))
    axis.setRange(0, top * 1.1 if top > 0 else 1)
    axis.setLabelFormat("%.0f")
    axis.applyNiceNumbers()
