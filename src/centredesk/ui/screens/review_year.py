"""The year tab (SPEC §2.11): each doctor's twelve months side by side, the funds, the posts."""

import logging
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from centredesk.model.appraisal import ReviewRow
from centredesk.services.year import YearDoctor, YearSummary
from centredesk.ui.screens.review_format import (
    STATUS_LABELS,
    band_colour,
    band_label,
    band_order,
    figure,
    money,
    month_name,
    tr,
)
from centredesk.ui.screens.review_views import fit_columns, table_view
from centredesk.ui.table_model import SORT_ROLE, Column, Index, RowTableModel

log = logging.getLogger(__name__)


# (key, title, the figure of a month's row, the doctor's total); a measure without a total
# (bands) shows none.
MEASURES: tuple[tuple[str, str, Callable[[ReviewRow], object], Callable | None], ...] = (
    (
        "equivalents",
        QT_TRANSLATE_NOOP("Review", "Equivalents"),
        lambda r: r.equivalents,
        lambda d: d.equivalents,
    ),
    ("targets", QT_TRANSLATE_NOOP("Review", "Targets"), lambda r: r.target, lambda d: d.target),
    ("bands", QT_TRANSLATE_NOOP("Review", "Bands"), lambda r: r.band, None),
    (
        "effective",
        QT_TRANSLATE_NOOP("Review", "Effective equivalents"),
        lambda r: r.effective_equivalents,
        lambda d: d.effective_equivalents,
    ),
    (
        "pay",
        QT_TRANSLATE_NOOP("Review", "Performance pay"),
        lambda r: r.performance_pay,
        lambda d: d.performance_pay,
    ),
    (
        "deductions",
        QT_TRANSLATE_NOOP("Review", "Deductions"),
        lambda r: r.deduction.ratio,
        lambda d: d.months_deducted,
    ),
)

VERDICTS = {
    "understaffed": QT_TRANSLATE_NOOP("Review", "understaffed"),
    "overstaffed": QT_TRANSLATE_NOOP("Review", "overstaffed"),
    "balanced": QT_TRANSLATE_NOOP("Review", "balanced"),
    "no_doctors": QT_TRANSLATE_NOOP("Review", "no doctors"),
}


class YearTableModel(RowTableModel):
    """Doctors by month for one measure: staff number, name, post, twelve months, total."""

    MONTHS = 3

    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            Column(self.tr("Staff no."), lambda d: d.staff_no),
            Column(self.tr("Name"), lambda d: d.name),
            Column(self.tr("Post"), lambda d: d.post),
        ]
        columns += [Column(month_name(n), str, numeric=True) for n in range(1, 13)]
        columns.append(Column(self.tr("Total"), str, numeric=True))
        super().__init__(columns, parent)
        self.measure = MEASURES[0]

    def set_measure(self, key: str) -> None:
        self.beginResetModel()
        self.measure = next(measure for measure in MEASURES if measure[0] == key)
        self.endResetModel()

    def cell(self, doctor: YearDoctor, column: int):
        """The measure's figure for a month column, or the total; None where there is none."""
        _, _, figure_of, total = self.measure
        if column == self.MONTHS + 12:
            return total(doctor) if total else None
        row = doctor.months[column - self.MONTHS]
        return None if row is None else figure_of(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.column() < self.MONTHS:
            return super().data(index, role)
        value = self.cell(self.row_at(index.row()), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(value, index.column())
        if role == SORT_ROLE:
            return band_order(value) if isinstance(value, str) else _sortable(value)
        if role == Qt.ItemDataRole.BackgroundRole and isinstance(value, str):
            return band_colour(value)
        return super().data(index, role)

    def _text(self, value, column: int) -> str:
        if value is None:
            return ""
        if isinstance(value, str):
            return band_label(value)
        if isinstance(value, int) or self.measure[0] == "deductions":
            return str(value)
        return money(value) if column == self.MONTHS + 12 else figure(value)


def _sortable(value) -> float:
    return -1.0 if value is None else float(value)


class YearMonthTableModel(RowTableModel):
    """The year's months: status, volume, pay, and what the fund could pay and keeps."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            Column(self.tr("Month"), lambda m: str(m.month)),
            Column(self.tr("Status"), lambda m: tr(STATUS_LABELS[m.status])),
            Column(
                self.tr("Equivalents"),
                lambda m: money(m.equivalents),
                lambda m: m.equivalents,
                True,
            ),
            Column(
                self.tr("Performance\npay"),
                lambda m: money(m.performance_pay),
                lambda m: m.performance_pay,
                True,
            ),
            Column(
                self.tr("Distributable"),
                lambda m: money(m.fund.distributable) if m.fund else "",
                numeric=True,
            ),
            Column(
                self.tr("Reserve"), lambda m: money(m.fund.reserve) if m.fund else "", numeric=True
            ),
        ]
        super().__init__(columns, parent)


class StaffingTableModel(RowTableModel):
    """SPEC §2.8's staffing test per post, from the year's recorded volume."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            Column(self.tr("Post"), lambda p: p.post),
            Column(
                self.tr("Annual\ndemand"),
                lambda p: money(p.annual_demand),
                lambda p: p.annual_demand,
                True,
            ),
            Column(self.tr("Doctors\n(FTE)"), lambda p: str(p.doctors), lambda p: p.doctors, True),
            Column(
                self.tr("Per\ndoctor"),
                lambda p: money(p.demand_per_doctor),
                lambda p: p.demand_per_doctor or Decimal(0),
                True,
            ),
            Column(self.tr("Lower"), lambda p: money(p.lower), lambda p: p.lower, True),
            Column(self.tr("Upper"), lambda p: money(p.upper), lambda p: p.upper, True),
            Column(
                self.tr("Verdict"), lambda p: tr(VERDICTS[p.verdict]), foreground=_verdict_colour
            ),
        ]
        super().__init__(columns, parent)


def _verdict_colour(post) -> QColor | None:
    return {"understaffed": QColor("#b3261e"), "overstaffed": QColor("#8a5a00")}.get(post.verdict)


class YearTab(QWidget):
    """Pick a year and a measure; the months are side by side, the funds and posts below."""

    def __init__(self, screen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen = screen
        self.summary: YearSummary | None = None
        self.model = YearTableModel(self)
        self.view = table_view(self.model, name="year_table")
        # The total sits by the twelve months, not pushed to the far edge.
        self.view.horizontalHeader().setStretchLastSection(False)
        self.months = YearMonthTableModel(self)
        self.months_view = table_view(self.months, name="year_months_table")
        self.posts = StaffingTableModel(self)
        self.posts_view = table_view(self.posts, name="staffing_table")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color:#5f6670;")

        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(_boxed(self.tr("Months and the reserve of their funds"), self.months_view))
        below.addWidget(_boxed(self.tr("Staffing test per post"), self.posts_view))
        below.setSizes([560, 520])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(below)
        splitter.setSizes([430, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_choices())
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)

    def _build_choices(self) -> QHBoxLayout:
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(self.screen.session.month.year)
        self.year.valueChanged.connect(self._on_year_changed)
        self.measure = QComboBox()
        for key, title, _, _ in MEASURES:
            self.measure.addItem(tr(title), key)
        self.measure.currentIndexChanged.connect(self._on_measure_changed)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Year:")))
        row.addWidget(self.year)
        row.addWidget(QLabel(self.tr("Show:")))
        row.addWidget(self.measure)
        row.addStretch()
        return row

    def show_year(self, summary: YearSummary) -> None:
        self.summary = summary
        if self.year.value() != summary.year:
            self.year.blockSignals(True)
            self.year.setValue(summary.year)
            self.year.blockSignals(False)
        self.model.set_rows(summary.doctors)
        self.months.set_rows(summary.months)
        self.posts.set_rows(summary.posts)
        for view in (self.view, self.months_view, self.posts_view):
            fit_columns(view)
        self.note.setText(
            self.tr(
                "{recorded} of 12 months have recorded workload; months without any are left "
                "empty. The staffing test annualises the recorded months."
            ).format(recorded=summary.months_recorded)
        )

    def show_failure(self, error: Exception) -> None:
        self.summary = None
        self.model.set_rows([])
        self.months.set_rows([])
        self.posts.set_rows([])
        self.note.setText(str(error))

    def _on_year_changed(self, year: int) -> None:
        self.screen.load_year(year)

    def _on_measure_changed(self, _index: int) -> None:
        self.model.set_measure(self.measure.currentData())
        fit_columns(self.view)


def _boxed(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(widget)
    return box
