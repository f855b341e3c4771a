"""Month-end review: the month's rows, quality, events, pay, sign-off, the year and charts."""

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from centredesk.services import workflow
from centredesk.services.comments import list_comments, resolve_comment
from centredesk.services.context import ADMINISTRATOR
from centredesk.services.exports import export_month, export_year
from centredesk.services.month_end import MonthEnd, month_end
from centredesk.services.year import monthly_equivalents, year_shares, year_summary
from centredesk.ui.screens.review_charts import ChartsTab
from centredesk.ui.screens.review_events import EventsTab
from centredesk.ui.screens.review_month import MonthTab
from centredesk.ui.screens.review_pay import PayTab
from centredesk.ui.screens.review_quality import QualityTab
from centredesk.ui.screens.review_workflow import ReopenDialog, SignDialog, WorkflowBar
from centredesk.ui.screens.review_year import YearTab
from centredesk.ui.worker import run_in_background

log = logging.getLogger(__name__)

# Kinds of change (UiSession.changed) after which the review is computed again.
RELOAD_ON = {"workload", "staff", "items", "policy", "review", "quality", "events", "leave", "all"}


class ReviewScreen(QWidget):
    """The month in hand at its end: review, correct, pay, sign; then the year."""

    sig_month_loaded = Signal(object)
    """The month's review is on show (a MonthEnd, or None when it could not be loaded)."""

    sig_year_loaded = Signal(object)
    """The year tab and charts show a year (a YearSummary)."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        actor = session.ctx.actor
        self.can_edit = actor.is_local or actor.role == ADMINISTRATOR
        self.data: MonthEnd | None = None
        self.dialog = None
        # Loads are numbered so that only the answer to the latest request is shown.
        self._month_load = 0
        self._year_load = 0
        self._year_loaded: int | None = None

        self._build_header(actor)
        self._build_tabs()

        layout = QVBoxLayout(self)
        layout.addWidget(self.workflow)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        session.sig_month_changed.connect(self._on_session_month_changed)
        session.sig_data_changed.connect(self._on_session_data_changed)
        self.reload()

    def _build_header(self, actor) -> None:
        self.workflow = WorkflowBar(actor)
        self.workflow.sig_mark_reviewed_clicked.connect(self.mark_reviewed)
        self.workflow.sig_sign_clicked.connect(self.open_sign_dialog)
        self.workflow.sig_reopen_clicked.connect(self.open_reopen_dialog)
        for text, slot in (
            (self.tr("Export month…"), self._on_export_month_clicked),
            (self.tr("Export year…"), self._on_export_year_clicked),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.workflow.add_button(button)
        # A month that cannot be loaded (no policy for its year) says why here, not in a box.
        self.banner = QLabel()
        self.banner.setObjectName("review_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("color:#b3261e; font-weight:600;")
        self.banner.hide()

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget()
        self.month_tab = MonthTab(self)
        self.month_tab.sig_comment_resolve_requested.connect(self.resolve_comment)
        self.quality_tab = QualityTab(self)
        self.events_tab = EventsTab(self)
        self.pay_tab = PayTab(self)
        self.year_tab = YearTab(self)
        self.charts_tab = ChartsTab(self)
        # Tabs are named for the screenshots (scripts/screenshots.py): review-quality.png.
        for widget, name, title in (
            (self.month_tab, "month", self.tr("Review")),
            (self.quality_tab, "quality", self.tr("Quality")),
            (self.events_tab, "events", self.tr("Events")),
            (self.pay_tab, "pay", self.tr("Pay and shares")),
            (self.year_tab, "year", self.tr("The year")),
            (self.charts_tab, "charts", self.tr("Charts")),
        ):
            widget.setObjectName(name)
            self.tabs.addTab(widget, title)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    # --- background work -----------------------------------------------------------------

    def run_task(self, function, on_done, on_error=None) -> None:
        """Database work off the UI thread (MainWindow.run_task)."""
        self.window().run_task(function, on_done, on_error)

    def run_with_progress(self, label: str, function, on_done, on_error) -> QProgressDialog:
        """Longer work with a cancellable progress dialog; `function(progress)` reports to it."""
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Working"))
        dialog.setMinimumDuration(400)

        def progressed(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)

        def finished(result) -> None:
            dialog.reset()
            on_done(result)

        def failed(error: Exception) -> None:
            dialog.reset()
            on_error(error)

        task = run_in_background(function, finished, failed, progressed)
        dialog.canceled.connect(lambda: setattr(task.progress, "cancelled", True))
        return dialog

    def notify_changed(self, kind: str) -> None:
        """Tell every screen that data of `kind` changed; this one reloads with them."""
        self.session.changed(kind)

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the month in hand; the tabs that show the year follow when they are shown."""
        ctx, month = self.session.ctx, self.session.month
        self.workflow.show_title(self.tr("Month-end review of {month}").format(month=month))
        self._month_load += 1
        number = self._month_load
        self.run_task(
            lambda: (number, month_end(ctx, month), list_comments(ctx, month, open_only=True)),
            self._on_month_loaded,
            lambda error: self._on_month_failed(number, error),
        )
        self.quality_tab.reload()
        self.events_tab.reload()
        self._year_loaded = None
        if self.tabs.currentWidget() in (self.year_tab, self.charts_tab):
            self.load_year(self.year_tab.year.value())

    def _on_month_loaded(self, result) -> None:
        number, data, comments = result
        if number != self._month_load:
            return
        self.data = data
        self.banner.hide()
        self._show_month(data, comments)

    def _on_month_failed(self, number: int, error: Exception) -> None:
        if number != self._month_load:
            return
        self.data = None
        self.banner.setText(str(error))
        self.banner.show()
        self._show_month(None)

    def _show_month(self, data: MonthEnd | None, comments=()) -> None:
        self.workflow.show_month(data)
        self.month_tab.show_month(data, comments)
        self.events_tab.show_month(data)
        self.pay_tab.show_month(data)
        self.charts_tab.show_bands(data.review if data else None)
        self.sig_month_loaded.emit(data)

    def load_year(self, year: int) -> None:
        """Load the year's twelve months for the year tab and the charts (once per change)."""
        if year == self._year_loaded:
            return
        self._year_loaded = year
        self._year_load += 1
        number, ctx = self._year_load, self.session.ctx

        def load():
            return number, year_summary(ctx, year), monthly_equivalents(ctx, year - 1)

        self.run_task(load, self._on_year_loaded, lambda error: self._on_year_failed(number, error))

    def _on_year_loaded(self, result) -> None:
        number, summary, previous = result
        if number != self._year_load:
            return
        self.year_tab.show_year(summary)
        self.charts_tab.show_year(summary, previous)
        self.sig_year_loaded.emit(summary)

    def _on_year_failed(self, number: int, error: Exception) -> None:
        if number == self._year_load:
            self.year_tab.show_failure(error)

    def current_shares(self, year: int):
        return year_shares(self.session.ctx, year)

    # --- workflow ------------------------------------------------------------------------

    def resolve_comment(self, comment_id: int) -> None:
        ctx = self.session.ctx
        self.run_task(
            lambda: resolve_comment(ctx, comment_id), lambda _: self.notify_changed("review")
        )

    def mark_reviewed(self) -> None:
        ctx, month = self.session.ctx, self.session.month
        self.run_task(
            lambda: workflow.mark_reviewed(ctx, month),
            lambda _: self.notify_changed("review"),
        )

    def open_sign_dialog(self) -> SignDialog | None:
        if self.data is None:
            return None
        comments = list_comments(self.session.ctx, self.data.month, open_only=True)
        self.dialog = SignDialog(self.session.ctx, self.data, comments, self.run_task, self)
        self.dialog.accepted.connect(lambda: self.notify_changed("review"))
        self.dialog.open()
        return self.dialog

    def open_reopen_dialog(self) -> ReopenDialog:
        self.dialog = ReopenDialog(self.session.ctx, self.session.month, self.run_task, self)
        self.dialog.accepted.connect(lambda: self.notify_changed("review"))
        self.dialog.open()
        return self.dialog

    # --- exports -------------------------------------------------------------------------

    def export_month_to(self, path: Path) -> None:
        ctx, month = self.session.ctx, self.session.month
        self.run_task(
            lambda: export_month(ctx, month, path),
            lambda count: self._exported(
                self.tr("Exported the review of {month} ({count} doctors) to {path}").format(
                    month=month, count=count, path=path
                )
            ),
        )

    def export_year_to(self, path: Path) -> None:
        ctx, year = self.session.ctx, self.year_tab.year.value()
        self.run_with_progress(
            self.tr("Exporting {year}…").format(year=year),
            lambda progress: export_year(ctx, year, path, progress),
            lambda count: self._exported(
                self.tr("Exported the year {year} ({count} doctors) to {path}").format(
                    year=year, count=count, path=path
                )
            ),
            self.window().show_error,
        )

    def _exported(self, message: str) -> None:
        self.window().statusBar().showMessage(message, 10000)

    def _on_export_month_clicked(self) -> None:
        name = f"review-{self.session.month}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the month"), name, self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.export_month_to(Path(path))

    def _on_export_year_clicked(self) -> None:
        name = f"year-{self.year_tab.year.value()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the year"), name, self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.export_year_to(Path(path))

    # --- slots ---------------------------------------------------------------------------

    def _on_session_month_changed(self, month) -> None:
        if self.year_tab.year.value() != month.year:
            self.year_tab.year.blockSignals(True)
            self.year_tab.year.setValue(month.year)
            self.year_tab.year.blockSignals(False)
        self.reload()

    def _on_session_data_changed(self, kind: str) -> None:
        if kind in RELOAD_ON:
            self.reload()

    def _on_tabs_current_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() in (self.year_tab, self.charts_tab):
            self.load_year(self.year_tab.year.value())
