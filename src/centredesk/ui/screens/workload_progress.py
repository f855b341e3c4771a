"""A doctor's month to date as a small bar against the base line, target and cap line."""

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from centredesk.model.workload_grid import MonthToDate

BAND_COLOURS = {
    "absent": "#9aa0a6",
    "below_base": "#d9822b",
    "basic": "#1f6fd1",
    "reward": "#2e9d57",
    "over_cap": "#8e44ad",
}
# The bar runs a little past the cap line, so that volume above it still shows.
HEADROOM = Decimal("1.15")


class MonthBar(QWidget):
    """The bar itself: E filled in the band's colour, ticks at the three lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress: MonthToDate | None = None
        self.setMinimumSize(220, 22)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(320, 22)

    def set_progress(self, progress: MonthToDate | None) -> None:
        self.progress = progress
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(1, 4, -1, -4)
        painter.setPen(QPen(QColor("#c4c9d0")))
        painter.setBrush(QColor("#f4f6f9"))
        painter.drawRoundedRect(frame, 3, 3)
        progress = self.progress
        if progress is None or progress.lines is None or progress.lines.cap_line <= 0:
            return
        scale = progress.lines.cap_line * HEADROOM
        filled = frame.width() * float(min(progress.equivalents / scale, Decimal(1)))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BAND_COLOURS.get(progress.band or "", "#1f6fd1")))
        painter.drawRoundedRect(QRectF(frame.left(), frame.top(), filled, frame.height()), 3, 3)
        lines = progress.lines
        for line in (lines.base_line, lines.target, lines.cap_line):
            x = frame.left() + frame.width() * float(line / scale)
            painter.setPen(QPen(QColor("#2b2f36"), 1.5))
            painter.drawLine(int(x), int(frame.top()) - 3, int(x), int(frame.bottom()) + 3)


class MonthToDateBar(QWidget):
    """Who and which month, E so far against the lines in words, and the bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("month_to_date_label")
        self.bar = MonthBar()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)

    def show_progress(self, who: str, month: str, progress: MonthToDate | None) -> None:
        """Show a doctor's month to date; None when the doctor is not appraised."""
        self.bar.set_progress(progress)
        if progress is None or progress.lines is None:
            self.label.setText(
                self.tr("{who}, {month}: not appraised").format(who=who, month=month)
            )
            return
        lines = progress.lines
        self.label.setText(
            self.tr(
                "{who}, {month} so far: {equivalents} of target {target} "
                "(base line {base}, cap line {cap})"
            ).format(
                who=who,
                month=month,
                equivalents=f"{progress.equivalents:,.2f}",
                target=f"{lines.target:,.2f}",
                base=f"{lines.base_line:,.2f}",
                cap=f"{lines.cap_line:,.2f}",
            )
        )
        self.bar.setToolTip(self.tr("Band: {band}").format(band=band_name(progress.band)))

    def clear(self) -> None:
        self.bar.set_progress(None)
        self.label.setText("")


def band_name(band: str | None) -> str:
    """A band in words, in the user's language."""
    names = {
        "absent": QCoreApplication.translate("MonthToDateBar", "absent all month"),
        "below_base": QCoreApplication.translate("MonthToDateBar", "below the base line"),
        "basic": QCoreApplication.translate("MonthToDateBar", "between base line and target"),
        "reward": QCoreApplication.translate("MonthToDateBar", "in the reward band"),
        "over_cap": QCoreApplication.translate("MonthToDateBar", "over the cap line"),
    }
    return names.get(band or "", "")
