"""The drill-down of a doctor-month: every day and item, count × equivalents × coefficient,
with the totals beside the review's figures and the slip's lines per item."""

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from centredesk.model.numbers import plain
from centredesk.model.workload_grid import DayLine
from centredesk.services.workload_month import DrillDown
from centredesk.ui.table_model import Column
from centredesk.ui.widgets.filter_table import FilterTable

log = logging.getLogger(__name__)
MISMATCH_STYLE = "color: #b3261e; font-weight: bold;"


class DrillDownDialog(QDialog):
    """A doctor's month day by day, adding up to the review's equivalents."""

    def __init__(self, drill: DrillDown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drill = drill
        self.setWindowTitle(
            self.tr("Drill-down: {staff_no} {name}, {month}").format(
                staff_no=drill.staff_no, name=drill.name, month=drill.month
            )
        )
        self.resize(900, 640)
        self.summary = QLabel(self._summary_text())
        self.summary.setObjectName("drilldown_summary")
        self.summary.setWordWrap(True)
        if not drill.matches_review:
            self.summary.setStyleSheet(MISMATCH_STYLE)
        self.days = FilterTable(self._day_columns(), self.tr("Search by day, code or item…"))
        self.days.set_rows(list(drill.lines))
        self.items = FilterTable(self._item_columns(), self.tr("Search the slip's lines…"))
        self.items.set_rows(list(drill.review.lines or ()) if drill.review else [])
        self._build_layout()

    def _build_layout(self) -> None:
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(_titled(self.tr("Each day and item"), self.days))
        splitter.addWidget(_titled(self.tr("As the appraisal slip prints it"), self.items))
        splitter.setSizes([420, 200])
        copy = QPushButton(self.tr("Copy the lines"))
        copy.clicked.connect(self.copy_lines)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    def _summary_text(self) -> str:
        drill = self.drill
        text = self.tr("Equivalents {equivalents}, bonus {bonus}, from {lines} lines.").format(
            equivalents=drill.equivalents, bonus=drill.bonus, lines=len(drill.lines)
        )
        if drill.review is None:
            return text + " " + self.tr("No appraisal this month (not employed or not appraised).")
        row = drill.review.row
        source = self.tr("the signed review") if drill.review.signed else self.tr("the review")
        if drill.matches_review:
            return text + " " + self.tr("They match {source}.").format(source=source)
        return (
            text
            + " "
            + self.tr("They differ from {source}: {equivalents}, bonus {bonus}.").format(
                source=source, equivalents=row.equivalents, bonus=row.bonus_equivalents
            )
        )

    def _day_columns(self) -> list[Column]:
        return [
            Column(self.tr("Day"), lambda d: d.day.isoformat()),
            Column(self.tr("Code"), lambda d: d.line.item),
            Column(self.tr("Item"), lambda d: d.line.name),
            *self._figure_columns(lambda d: d.line),
        ]

    def _item_columns(self) -> list[Column]:
        return [
            Column(self.tr("Code"), lambda line: line.item),
            Column(self.tr("Item"), lambda line: line.name),
            *self._figure_columns(lambda line: line),
        ]

    def _figure_columns(self, line) -> list[Column]:
        """Count, equivalents, coefficient and the exact subtotal of a line (of any row)."""
        return [
            Column(
                self.tr("Count"),
                lambda r: str(line(r).count),
                lambda r: line(r).count,
                numeric=True,
            ),
            Column(
                self.tr("Equivalents"),
                lambda r: plain(line(r).equivalents),
                lambda r: line(r).equivalents,
                numeric=True,
            ),
            Column(
                self.tr("Coefficient"),
                lambda r: plain(line(r).coefficient),
                lambda r: line(r).coefficient,
                numeric=True,
            ),
            Column(
                self.tr("Subtotal"),
                lambda r: plain(line(r).subtotal),
                lambda r: line(r).subtotal,
                numeric=True,
            ),
            Column(self.tr("Bonus"), lambda r: self.tr("bonus") if line(r).is_bonus else ""),
        ]

    def copy_lines(self) -> None:
        """Copy the day lines as tab-separated text, for a spreadsheet."""
        names = ("day", "code", "item", "count", "equivalents", "coefficient", "subtotal")
        lines = ["\t".join(names)] + [_tsv(row) for row in self.drill.lines]
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")


def _tsv(row: DayLine) -> str:
    line = row.line
    return "\t".join(
        (
            row.day.isoformat(),
            line.item,
            line.name,
            str(line.count),
            plain(line.equivalents),
            plain(line.coefficient),
            plain(line.subtotal),
        )
    )


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 6, 0, 0)
    label = QLabel(f"<b>{title}</b>")
    layout.addWidget(label)
    layout.addWidget(widget)
    return box
