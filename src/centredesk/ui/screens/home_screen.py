"""A doctor's own month: equivalents against the lines, the last 12 months, the drill-down of any
month, the slip, and a comment box per month. Everything shown is the signed-in doctor's own."""

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from centredesk.model.appraisal import ReviewRow
from centredesk.model.months import Month
from centredesk.services.comments import CommentView, add_comment, list_comments
from centredesk.services.doctor_view import doctor_history
from centredesk.ui.screens.home_charts import LinesBar, MonthsChart
from centredesk.ui.screens.review_format import band_colour, band_label, figure, money
from centredesk.ui.table_model import Column
from centredesk.ui.widgets.filter_table import FilterTable

log = logging.getLogger(__name__)

# Kinds of change (UiSession.changed) after which the months are read again.
RELOAD_ON = {"workload", "staff", "items", "policy", "review", "quality", "events", "leave", "all"}


@dataclass(frozen=True)
class HomeData:
    """What the screen shows, read in one go off the UI thread."""

    history: list[tuple[Month, ReviewRow | None]]
    comments: list[CommentView]


@dataclass(frozen=True)
class MonthLine:
    """A row of the months table: the month, the doctor's review row, and its comments."""

    month: Month
    row: ReviewRow | None
    comments: int


def _load(ctx, staff_no: str, month: Month) -> HomeData:
    return HomeData(doctor_history(ctx, staff_no, month), list_comments(ctx, staff_no=staff_no))


class HomeScreen(QWidget):
    """The signed-in doctor's months; a screen of the doctor's role only."""

    sig_loaded = Signal()
    """The months and comments are on show."""

    sig_comment_added = Signal(object)
    """A comment was stored (the CommentView)."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # Kept from the start: while the window is locked the screen is outside it.
        self.main_window = parent
        self.staff_no = session.ctx.actor.staff_no
        self.data: HomeData | None = None
        self.selected: Month | None = None
        self.dialog = None
        self._load_number = 0

        self._build_widgets()
        self._build_layout()
        session.sig_month_changed.connect(self._on_session_month_changed)
        session.sig_data_changed.connect(self._on_session_data_changed)
        self.reload()

    # --- building ------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("home_heading")
        self.heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.summary = QLabel()
        self.summary.setObjectName("home_summary")
        self.summary.setWordWrap(True)
        self.bar = LinesBar()
        self.chart = MonthsChart()
        self.chart.sig_month_clicked.connect(self.select_month)
        self.months = FilterTable(self._month_columns(), "")
        self.months.search.hide()
        # Newest month first, as loaded: the table is a list of months, not something to sort.
        self.months.view.setSortingEnabled(False)
        self.months.proxy.sort(-1)
        self.months.view.selectionModel().currentRowChanged.connect(self._on_months_row_changed)
        self._build_month_box()

    def _build_month_box(self) -> None:
        self.month_box = QGroupBox()
        self.drill_button = QPushButton(self.tr("Day by day…"))
        self.drill_button.clicked.connect(self.open_drilldown)
        self.slip_button = QPushButton(self.tr("Save my slip…"))
        self.slip_button.clicked.connect(self.save_slip)
        self.comment_list = QListWidget()
        self.comment_list.setObjectName("comment_list")
        self.comment_list.setWordWrap(True)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setObjectName("comment_edit")
        self.comment_edit.setPlaceholderText(
            self.tr("A remark or a disagreement about this month, for the office…")
        )
        self.comment_edit.setMaximumHeight(70)
        self.comment_button = QPushButton(self.tr("Add comment"))
        self.comment_button.clicked.connect(self.add_comment)

        buttons = QHBoxLayout()
        buttons.addWidget(self.drill_button)
        buttons.addWidget(self.slip_button)
        buttons.addStretch()
        buttons.addWidget(self.comment_button)
        layout = QVBoxLayout(self.month_box)
        layout.addWidget(QLabel(self.tr("Comments on this month")))
        layout.addWidget(self.comment_list, 1)
        layout.addWidget(self.comment_edit)
        layout.addLayout(buttons)

    def _build_layout(self) -> None:
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.months)
        right.addWidget(self.month_box)
        right.setSizes([300, 260])
        body = QSplitter()
        body.addWidget(self.chart)
        body.addWidget(right)
        body.setSizes([620, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.bar)
        layout.addWidget(body, 1)

    def _month_columns(self) -> list[Column]:
        def row_figure(get):
            return lambda line: figure(get(line.row)) if line.row else ""

        def band(line: MonthLine) -> str:
            return band_label(line.row.band) if line.row else self.tr("no appraisal")

        return [
            Column(self.tr("Month"), lambda line: str(line.month)),
            Column(self.tr("Equivalents"), row_figure(lambda r: r.equivalents), numeric=True),
            Column(self.tr("Target"), row_figure(lambda r: r.target), numeric=True),
            Column(self.tr("Band"), band, background=_band_background),
            Column(
                self.tr("Performance pay"), row_figure(lambda r: r.performance_pay), numeric=True
            ),
            Column(self.tr("Comments"), lambda line: str(line.comments or ""), numeric=True),
        ]

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the doctor's 12 months ending with the month in hand, and their comments."""
        if self.staff_no is None:
            self.heading.setText(self.tr("This screen shows a doctor's own months."))
            self.summary.setText(self.tr("Sign in with a doctor's account to see it."))
            return
        self._load_number += 1
        number, ctx, month = self._load_number, self.session.ctx, self.session.month
        self.main_window.run_task(
            lambda: _load(ctx, self.staff_no, month),
            lambda data: self._on_loaded(number, data),
        )

    def _on_loaded(self, number: int, data: HomeData) -> None:
        # A user switched out while this was read destroyed the screen: nothing to show.
        if not shiboken6.isValid(self) or number != self._load_number:
            return
        self.data = data
        in_hand = data.history[-1]
        self._show_month_in_hand(*in_hand)
        self.chart.show_history(data.history)
        self.months.set_rows(self._month_lines())
        wanted = self.selected if self.selected in self.chart.months else in_hand[0]
        self.selected = None
        self.select_month(wanted)
        self.sig_loaded.emit()

    def _month_lines(self) -> list[MonthLine]:
        counts: dict[Month, int] = {}
        for comment in self.data.comments:
            counts[comment.month] = counts.get(comment.month, 0) + 1
        return [MonthLine(m, row, counts.get(m, 0)) for m, row in reversed(self.data.history)]

    def _show_month_in_hand(self, month: Month, row: ReviewRow | None) -> None:
        self.bar.show_row(row)
        if row is None:
            self.heading.setText(str(month))
            self.summary.setText(
                self.tr(
                    "No appraisal in {month} (not employed, on an unappraised post, or no "
                    "policy for the year)."
                ).format(month=month)
            )
            return
        self.heading.setText(
            self.tr("{name} ({staff_no}), {month}").format(
                name=row.name, staff_no=row.staff_no, month=month
            )
        )
        so_far = month == Month.of(date.today())
        text = self.tr("Equivalents so far: {e}") if so_far else self.tr("Equivalents: {e}")
        self.summary.setText(
            text.format(e=money(row.equivalents))
            + "  ·  "
            + self.tr("target {target}, base line {base}, cap line {cap}: {band}").format(
                target=money(row.target),
                base=money(row.lines.base_line),
                cap=money(row.lines.cap_line),
                band=band_label(row.band),
            )
        )

    # --- the month chosen ------------------------------------------------------------------

    def select_month(self, month: Month) -> None:
        """Choose a month of the 12 for the drill-down, the slip and the comments."""
        lines = self.months.visible_rows()
        index = next((i for i, line in enumerate(lines) if line.month == month), None)
        if index is None:
            return
        if self.months.view.currentIndex().row() != index:
            self.months.view.selectRow(index)
        self._show_selected(month)

    def _on_months_row_changed(self, current, _previous) -> None:
        if current.isValid():
            self._show_selected(self.months.visible_rows()[current.row()].month)

    def _show_selected(self, month: Month) -> None:
        if month == self.selected:
            return
        self.selected = month
        self.month_box.setTitle(str(month))
        self._show_comments()
        has_row = dict(self.data.history).get(month) is not None
        self.drill_button.setEnabled(has_row)
        self.slip_button.setEnabled(has_row)

    def _show_comments(self) -> None:
        self.comment_list.clear()
        for comment in self.data.comments:
            if comment.month != self.selected:
                continue
            text = self.tr("{at}, {author}: {text}").format(
                at=comment.at.strftime("%Y-%m-%d %H:%M"), author=comment.author, text=comment.text
            )
            if comment.resolved:
                text += " " + self.tr("(dealt with)")
            self.comment_list.addItem(QListWidgetItem(text))

    # --- actions ---------------------------------------------------------------------------

    def add_comment(self) -> None:
        """Store the typed comment on the chosen month."""
        text = self.comment_edit.toPlainText().strip()
        if not text or self.selected is None:
            return
        ctx, month, staff_no = self.session.ctx, self.selected, self.staff_no
        self.comment_button.setEnabled(False)
        self.main_window.run_task(
            lambda: add_comment(ctx, month, staff_no, text),
            self._on_comment_added,
            self._on_comment_refused,
        )

    def _on_comment_added(self, comment: CommentView) -> None:
        self.comment_button.setEnabled(True)
        self.comment_edit.clear()
        self.data = HomeData(self.data.history, [*self.data.comments, comment])
        self.months.set_rows(self._month_lines())
        month, self.selected = self.selected, None
        self.select_month(month)
        self.sig_comment_added.emit(comment)
        self.session.changed("comments")

    def _on_comment_refused(self, error: Exception) -> None:
        self.comment_button.setEnabled(True)
        self.main_window.show_error(error)

    def open_drilldown(self) -> None:
        """Each day and item of the chosen month: count × equivalents × coefficient."""
        from centredesk.services.workload_month import doctor_drilldown

        ctx, month, staff_no = self.session.ctx, self.selected, self.staff_no
        self.main_window.run_task(
            lambda: doctor_drilldown(ctx, month, staff_no), self._on_drilldown_loaded
        )

    def _on_drilldown_loaded(self, drill) -> None:
        from centredesk.ui.screens.workload_drilldown import DrillDownDialog

        self.dialog = DrillDownDialog(drill, self)
        self.dialog.open()

    def save_slip(self) -> None:
        """Save the chosen month's appraisal slip as a PDF (DRAFT until the month is signed)."""
        name = f"slip-{self.staff_no}-{self.selected}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save my slip"), name, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        ctx, month, staff_no = self.session.ctx, self.selected, self.staff_no
        self.main_window.run_task(
            lambda: _write_slip(ctx, month, staff_no, Path(path)), self._on_slip_saved
        )

    def _on_slip_saved(self, path: Path) -> None:
        message = self.tr("Slip saved to {path}").format(path=path)
        self.main_window.statusBar().showMessage(message, 10000)

    # --- slots -------------------------------------------------------------------------------

    def _on_session_month_changed(self, _month: Month) -> None:
        self.reload()

    def _on_session_data_changed(self, kind: str) -> None:
        if kind in RELOAD_ON:
            self.reload()


def _write_slip(ctx, month: Month, staff_no: str, path: Path) -> Path:
    from centredesk.reports.slips import doctor_slip

    path.write_bytes(doctor_slip(ctx, month, staff_no))
    log.info("slip of %s for %s saved to %s", month, staff_no, path)
    return path


def _band_background(line: MonthLine):
    return band_colour(line.row.band) if line.row else None
