"""Printing the roster: the same pages to a printer or to a PDF file (A4 landscape)."""

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from centredesk.services.roster import Roster
from centredesk.ui.screens.roster_grid import DAY_OFF_COLOUR, LEAVE_COLOUR, NOT_EMPLOYED_COLOUR

log = logging.getLogger(__name__)

# Sizes in points of the page's printable area (A4 landscape less margins is 806 × 539).
TITLE_HEIGHT = 34.0
HEADER_HEIGHT = 26.0
ROW_HEIGHT = 17.0
FOOTER_HEIGHT = 30.0
NAME_SHARE = 0.16


@dataclass(frozen=True)
class PrintLabels:
    """The translated words the printed roster needs."""

    title: str
    staff: str
    weekdays: tuple[str, ...]
    page: str  # "Page {page} of {pages}"
    leave: str


def write_pdf(path: Path, roster: Roster, labels: PrintLabels) -> int:
    """Write the roster as a PDF file; returns the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(labels.title)
    pages = paint_roster(writer, roster, labels)
    log.info("roster printed to %s (%d pages)", path, pages)
    return pages


def paint_roster(device: QPagedPaintDevice, roster: Roster, labels: PrintLabels) -> int:
    """Paint the roster on A4 landscape pages of `device`; returns the number of pages."""
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Point,
        )
    )
    area = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    per_page = max(
        1, int((area.height() - TITLE_HEIGHT - HEADER_HEIGHT - FOOTER_HEIGHT) // ROW_HEIGHT)
    )
    chunks = [roster.rows[i : i + per_page] for i in range(0, len(roster.rows), per_page)] or [()]

    painter = QPainter(device)
    painter.setWindow(0, 0, int(area.width()), int(area.height()))
    page = _Page(painter, roster, labels, area.width(), area.height())
    for number, rows in enumerate(chunks, start=1):
        if number > 1:
            device.newPage()
        page.paint(rows, number, len(chunks))
    painter.end()
    return len(chunks)


class _Page:
    """Paints one page: title, day headings, a band of staff rows, the legend and page number."""

    def __init__(self, painter: QPainter, roster: Roster, labels: PrintLabels, width, height):
        self.painter = painter
        self.roster = roster
        self.labels = labels
        self.width = width
        self.height = height
        self.name_width = width * NAME_SHARE
        self.day_width = (width - self.name_width) / max(1, len(roster.days))

    def paint(self, rows, number: int, pages: int) -> None:
        self._text(
            QRectF(0, 0, self.width, TITLE_HEIGHT - 8), self.labels.title, 15, True, left=True
        )
        top = TITLE_HEIGHT
        self._header(top)
        for offset, row in enumerate(rows):
            self._row(top + HEADER_HEIGHT + offset * ROW_HEIGHT, row)
        self._footer(number, pages)

    def _header(self, top: float) -> None:
        self._cell(
            QRectF(0, top, self.name_width, HEADER_HEIGHT), self.labels.staff, "#e8eef7", True
        )
        for column, day in enumerate(self.roster.days):
            # A month's narrow columns have room for the day of the month only.
            date_text = f"{day:%m-%d}" if len(self.roster.days) <= 7 else str(day.day)
            text = f"{date_text}\n{self.labels.weekdays[day.weekday()]}"
            colour = "#e8eef7" if day in self.roster.working_days else "#f6dede"
            rect = self._day_rect(column, top, HEADER_HEIGHT)
            self._cell(rect, text, colour, True, size=8 if len(self.roster.days) <= 7 else 7)

    def _row(self, top: float, row) -> None:
        self._cell(
            QRectF(0, top, self.name_width, ROW_HEIGHT),
            f"{row.name} {row.staff_no}",
            "",
            False,
            left=True,
        )
        for column, cell in enumerate(row.cells):
            day = self.roster.days[column]
            self._cell(
                self._day_rect(column, top, ROW_HEIGHT),
                self._code_text(cell),
                self._colour(cell, day),
                cell.leave,
            )

    def _code_text(self, cell) -> str:
        return cell.code or (self.labels.leave if cell.leave else "")

    def _colour(self, cell, day: date) -> str:
        if not cell.employed:
            return NOT_EMPLOYED_COLOUR
        code = self.roster.code(cell.code) if cell.code else None
        if code is not None and code.colour:
            return code.colour
        if cell.leave:
            return LEAVE_COLOUR
        return "" if day in self.roster.working_days else DAY_OFF_COLOUR

    def _footer(self, number: int, pages: int) -> None:
        legend = "   ".join(
            f"{code.code} {code.name}" for code in self.roster.codes if not code.retired
        )
        bottom = QRectF(0, self.height - FOOTER_HEIGHT + 8, self.width, FOOTER_HEIGHT - 8)
        self._text(bottom, legend, 8, False, left=True)
        page = self.labels.page.format(page=number, pages=pages)
        self._text(bottom, page, 8, False, right=True)

    def _day_rect(self, column: int, top: float, height: float) -> QRectF:
        return QRectF(self.name_width + column * self.day_width, top, self.day_width, height)

    def _cell(self, rect: QRectF, text: str, colour: str, bold: bool, left=False, size=8) -> None:
        if colour:
            self.painter.fillRect(rect, QColor(colour))
        self.painter.setPen(QPen(QColor("#9aa0a6"), 0.5))
        self.painter.drawRect(rect)
        self._text(rect.adjusted(2, 0, -2, 0), text, size, bold, left=left)

    def _text(
        self, rect: QRectF, text: str, size: float, bold: bool, left=False, right=False
    ) -> None:
        font = QFont()
        # Pixel sizes are in the page's point coordinates, which the painter's window scales.
        font.setPixelSize(max(1, round(size)))
        font.setBold(bold)
        self.painter.setFont(font)
        self.painter.setPen(QColor("#202124"))
        horizontal = (
            Qt.AlignmentFlag.AlignLeft
            if left
            else Qt.AlignmentFlag.AlignRight
            if right
            else Qt.AlignmentFlag.AlignHCenter
        )
        self.painter.drawText(rect, horizontal | Qt.AlignmentFlag.AlignVCenter, text)
