"""The month tab: the review table with filters and totals, the rows to read, and the working."""

import logging
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from centredesk.model.appraisal import BANDS, ReviewRow
from centredesk.services.comments import CommentView
from centredesk.services.month_end import MonthEnd, doctor_working, review_totals
from centredesk.ui.screens.review_format import (
    band_colour,
    band_label,
    money,
    needs_attention,
    row_explanation,
)
from centredesk.ui.screens.review_models import ReviewFilterProxy, ReviewTableModel
from centredesk.ui.screens.review_views import fit_columns, table_view
from centredesk.ui.screens.review_working import WorkingPanel
from centredesk.ui.table_model import ROW_ROLE, SORT_ROLE

log = logging.getLogger(__name__)


class MonthTab(QWidget):
    """The month's review rows: filter by post and band, select one to see its working."""

    sig_working_shown = Signal(str)
    """The working of a doctor (their staff number) is on show."""

    sig_comment_resolve_requested = Signal(int)
    """The user marked a doctor's comment resolved (the comment's id)."""

    def __init__(self, screen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen = screen
        self.data: MonthEnd | None = None
        self.model = ReviewTableModel(self)
        self.proxy = ReviewFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = table_view(self.model, self.proxy, name="review_table")
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        self.working = WorkingPanel()

        table = QWidget()
        table_layout = QVBoxLayout(table)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.view, 1)
        table_layout.addWidget(self._build_totals())
        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(self.working)
        below.addWidget(self._build_attention())
        below.setSizes([700, 380])
        # The table keeps the window's full width; the working and the notes share the foot.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(table)
        splitter.addWidget(below)
        splitter.setSizes([380, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        layout.addWidget(splitter, 1)

    def _build_filters(self) -> QHBoxLayout:
        self.post_filter = QComboBox()
        self.post_filter.addItem(self.tr("All posts"), "")
        self.band_filter = QComboBox()
        self.band_filter.addItem(self.tr("All bands"), "")
        for band in BANDS:
            self.band_filter.addItem(band_label(band), band)
            self.band_filter.setItemData(
                self.band_filter.count() - 1, band_colour(band), Qt.ItemDataRole.BackgroundRole
            )
        self.attention_filter = QCheckBox(self.tr("Only rows that need attention"))
        self.post_filter.currentIndexChanged.connect(self._on_post_filter_changed)
        self.band_filter.currentIndexChanged.connect(self._on_band_filter_changed)
        self.attention_filter.toggled.connect(self._on_attention_filter_toggled)
        row = QHBoxLayout()
        for label, widget in (
            (self.tr("Post:"), self.post_filter),
            (self.tr("Band:"), self.band_filter),
        ):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addWidget(self.attention_filter)
        row.addStretch()
        return row

    def _build_totals(self) -> QLabel:
        self.totals_label = QLabel()
        self.totals_label.setObjectName("totals_label")
        self.totals_label.setStyleSheet(
            "background:#f3f5f8; border:1px solid #d9dde3; padding:6px 8px;"
        )
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return self.totals_label

    def _build_attention(self) -> QTextBrowser:
        self.attention = QTextBrowser()
        self.attention.setObjectName("attention_panel")
        self.attention.setOpenLinks(False)
        self.attention.anchorClicked.connect(self._on_attention_anchor_clicked)
        return self.attention

    # --- showing -------------------------------------------------------------------------

    def show_month(self, data: MonthEnd | None, comments: Sequence[CommentView] = ()) -> None:
        """Show the month's rows, keeping the filters and the selected doctor if still there.

        The doctors' open comments on the month are listed with the rows to read.
        """
        selected = self.selected_row()
        self.data = data
        rows = list(data.review.rows) if data else []
        self.model.set_rows(rows)
        self._fill_post_filter(sorted({row.post for row in rows}))
        fit_columns(self.view)
        self._show_totals()
        self._show_attention(rows, comments)
        if selected is not None and not self.select(selected.staff_no):
            self.working.show_hint()
        if selected is None:
            self.working.show_hint()

    def visible_rows(self) -> list[ReviewRow]:
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def selected_row(self) -> ReviewRow | None:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select(self, staff_no: str) -> bool:
        """Select a doctor's row (when shown) and so show their working."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).staff_no == staff_no:
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return True
        return False

    def _fill_post_filter(self, posts: list[str]) -> None:
        chosen = self.post_filter.currentData()
        self.post_filter.blockSignals(True)
        while self.post_filter.count() > 1:
            self.post_filter.removeItem(1)
        for post in posts:
            self.post_filter.addItem(post, post)
        self.post_filter.setCurrentIndex(max(0, self.post_filter.findData(chosen)))
        self.post_filter.blockSignals(False)
        self.proxy.set_post(self.post_filter.currentData() or "")

    def _show_totals(self) -> None:
        if self.data is None:
            self.totals_label.setText("")
            return
        shown = self.visible_rows()
        totals = review_totals(shown)
        review = self.data.review
        text = self.tr(
            "{shown} of {count} doctors · targets {target} · equivalents {equivalents} · "
            "effective {effective} · performance pay {pay} · basic pay {basic}"
        ).format(
            shown=totals.doctors,
            count=len(review.rows),
            target=money(totals.target),
            equivalents=money(totals.equivalents),
            effective=money(totals.effective_equivalents),
            pay=money(totals.performance_pay),
            basic=money(totals.basic_pay),
        )
        month_total = self.tr("The month's performance pay: {pay}").format(
            pay=money(review.total_performance_pay)
        )
        self.totals_label.setText(f"{text}\n{month_total}")

    def _show_attention(self, rows: list[ReviewRow], comments: Sequence[CommentView]) -> None:
        flagged = [row for row in rows if needs_attention(row)]
        if flagged:
            heading = self.tr("{count} rows need attention").format(count=len(flagged))
            items = "".join(
                f"<li><b>{escape(row.staff_no)} {escape(row.name)}</b>: "
                f"{escape(row_explanation(row))}</li>"
                for row in flagged
            )
            html = f"<b>{escape(heading)}</b><ul style='margin-top:2px'>{items}</ul>"
        else:
            message = self.tr("Every row is ok and within its lines.") if rows else ""
            html = f"<p style='color:#1d5b2a'>{escape(message)}</p>"
        self.attention.setHtml(html + self._comments_html(comments))

    def _comments_html(self, comments: Sequence[CommentView]) -> str:
        if not comments:
            return ""
        heading = self.tr("Open comments of the doctors ({count})").format(count=len(comments))
        resolve = escape(self.tr("mark resolved"))
        items = "".join(
            f"<li><b>{escape(c.staff_no)} {escape(c.staff_name)}</b> "
            f"({c.at:%Y-%m-%d}): {escape(c.text)} <a href='resolve:{c.id}'>{resolve}</a></li>"
            for c in comments
        )
        return f"<b>{escape(heading)}</b><ul style='margin-top:2px'>{items}</ul>"

    # --- slots ---------------------------------------------------------------------------

    def _on_attention_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "resolve":
            self.sig_comment_resolve_requested.emit(int(url.path()))

    def _on_post_filter_changed(self, _index: int) -> None:
        self.proxy.set_post(self.post_filter.currentData() or "")
        self._show_totals()

    def _on_band_filter_changed(self, _index: int) -> None:
        self.proxy.set_band(self.band_filter.currentData() or "")
        self._show_totals()

    def _on_attention_filter_toggled(self, on: bool) -> None:
        self.proxy.set_attention_only(on)
        self._show_totals()

    def _on_view_current_row_changed(self, current, _previous) -> None:
        row: ReviewRow | None = current.data(ROW_ROLE) if current.isValid() else None
        if row is None:
            return
        ctx = self.screen.session.ctx
        self.screen.run_task(
            lambda: doctor_working(ctx, row.month, row.staff_no), self._on_working_loaded
        )

    def _on_working_loaded(self, working) -> None:
        current = self.selected_row()
        if current is None or current.staff_no != working.row.staff_no:
            return
        self.working.show_working(working)
        self.sig_working_shown.emit(working.row.staff_no)
