"""The quality tab: each doctor's score or grade for the month, and the posts' indicators."""

import logging
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from centredesk.model.numbers import plain
from centredesk.services import quality as quality_service
from centredesk.services.errors import Refused
from centredesk.services.quality import IndicatorView, MonthQuality, QualityEntry
from centredesk.services.staff import list_posts
from centredesk.ui.screens.review_format import figure, tr
from centredesk.ui.screens.review_quality_dialogs import IndicatorDialog, IndicatorFiguresDialog
from centredesk.ui.screens.review_views import fit_columns, table_view
from centredesk.ui.table_model import ROW_ROLE, Column, RowTableModel
from centredesk.ui.widgets.problems import show_import_problems

log = logging.getLogger(__name__)

SOURCE_LABELS = {
    "entered": QT_TRANSLATE_NOOP("Review", "entered"),
    "imported": QT_TRANSLATE_NOOP("Review", "imported"),
    "computed": QT_TRANSLATE_NOOP("Review", "from indicators"),
}


class QualityTableModel(RowTableModel):
    """The month's quality per doctor; the score and grade cells can be typed in."""

    sig_quality_edited = Signal(object, str, str)
    """A score or grade was typed for a doctor: (entry, "score" or "grade", the text)."""

    SCORE, GRADE = 3, 4

    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            Column(self.tr("Staff no."), lambda e: e.staff_no),
            Column(self.tr("Name"), lambda e: e.name),
            Column(self.tr("Post"), lambda e: e.post),
            Column(self.tr("Score"), lambda e: figure(e.score), lambda e: e.score or -1, True),
            Column(self.tr("Grade\ngiven"), lambda e: e.given_grade or ""),
            Column(
                self.tr("Recorded\nas"),
                lambda e: tr(SOURCE_LABELS.get(e.source, "")) if e.source else "",
            ),
            Column(self.tr("Grade\nused"), _grade_used, foreground=_missing_colour),
            Column(self.tr("Indicator\nfigures"), lambda e: str(e.indicator_results or "")),
        ]
        super().__init__(columns, parent)
        self.editable = True

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.editable and index.column() in (self.SCORE, self.GRADE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.EditRole:
            role = Qt.ItemDataRole.DisplayRole
        return super().data(index, role)

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in (self.SCORE, self.GRADE):
            return False
        key = "score" if index.column() == self.SCORE else "grade"
        self.sig_quality_edited.emit(self.row_at(index.row()), key, str(value).strip())
        return True


def _grade_used(entry: QualityEntry) -> str:
    if entry.grade is None:
        return tr("not needed") if entry.status == "ok" else tr("missing")
    return f"{entry.grade.name} ({entry.grade.coefficient:.2f})"


def _missing_colour(entry: QualityEntry) -> QColor | None:
    return QColor("#b3261e") if entry.status == "missing_quality" else None


class IndicatorTableModel(RowTableModel):
    """A post's quality indicators."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            Column(self.tr("Indicator"), lambda i: i.name),
            Column(self.tr("Target"), lambda i: _rate(i, i.target), lambda i: i.target, True),
            Column(self.tr("Monthly\ntarget"), _monthly, numeric=True),
            Column(self.tr("Weight"), lambda i: plain(i.weight), lambda i: i.weight, True),
            Column(
                self.tr("Better\nwhen"),
                lambda i: self.tr("higher") if i.higher_is_better else self.tr("lower"),
            ),
            Column(self.tr("Raise"), lambda i: f"{plain(i.raise_percent)} %", numeric=True),
        ]
        super().__init__(columns, parent)


def _monthly(indicator: IndicatorView) -> str:
    return _rate(indicator, indicator.rule().monthly_target().quantize(Decimal("0.01")))


def _rate(indicator: IndicatorView, value: Decimal) -> str:
    """A rate's figure with its per cent sign, so that the table needs no column for it."""
    return f"{plain(value)} %" if indicator.is_rate else plain(value)


class QualityTab(QWidget):
    """Enter, import or compute each doctor's quality; keep the posts' indicators."""

    def __init__(self, screen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen = screen
        self.data: MonthQuality | None = None
        self.dialog: QDialog | None = None
        self.model = QualityTableModel(self)
        self.model.editable = screen.can_edit
        self.model.sig_quality_edited.connect(self._on_model_quality_edited)
        self.view = table_view(self.model, editable=screen.can_edit, name="quality_table")
        self.indicator_model = IndicatorTableModel(self)
        self.indicator_view = table_view(
            self.indicator_model,
            name="indicator_table",
            placeholder=self.tr(
                "This post has no quality indicators yet. Add them to compute doctors' "
                "scores from their monthly figures: weight, target, and whether "
                "higher or lower is better."
            ),
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("quality_message")

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_results())
        splitter.addWidget(self._build_indicators())
        splitter.setSizes([660, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    def _build_results(self) -> QGroupBox:
        self.results_box = QGroupBox(self.tr("Quality of the month"))
        hint = QLabel(
            self.tr(
                "Type a score (0–100) or a grade in the table, import a quality file, or "
                "compute the score from the indicators of the doctor's post."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#5f6670;")
        buttons = QHBoxLayout()
        self.indicators_button = self._button(
            self.tr("Indicator figures…"), self.open_indicator_figures
        )
        self.clear_button = self._button(self.tr("Clear"), self._on_clear_clicked)
        self.import_button = self._button(self.tr("Import…"), self._on_import_clicked)
        for button in (self.indicators_button, self.clear_button, self.import_button):
            buttons.addWidget(button)
            button.setEnabled(self.screen.can_edit)
        buttons.addStretch()
        layout = QVBoxLayout(self.results_box)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        return self.results_box

    def _build_indicators(self) -> QGroupBox:
        box = QGroupBox(self.tr("Quality indicators of a post"))
        self.post_combo = QComboBox()
        self.post_combo.setMinimumContentsLength(12)
        self.post_combo.currentIndexChanged.connect(self._on_post_combo_changed)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Post:")))
        row.addWidget(self.post_combo, 1)
        self.add_indicator_button = self._button(self.tr("Add…"), self.add_indicator)
        self.edit_indicator_button = self._button(self.tr("Edit…"), self._on_edit_indicator_clicked)
        self.retire_indicator_button = self._button(self.tr("Retire"), self._on_retire_clicked)
        for button in (
            self.add_indicator_button,
            self.edit_indicator_button,
            self.retire_indicator_button,
        ):
            row.addWidget(button)
            button.setEnabled(self.screen.can_edit)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.indicator_view)
        return box

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        ctx, month = self.screen.session.ctx, self.screen.session.month

        def load():
            return quality_service.month_quality(ctx, month), list_posts(ctx)

        self.screen.run_task(load, self._on_loaded, self._on_load_failed)

    def _on_loaded(self, result) -> None:
        data, posts = result
        if data.month != self.screen.session.month:
            return
        self.data = data
        self.results_box.setTitle(self.tr("Quality of {month}").format(month=data.month))
        self.model.set_rows(data.entries)
        fit_columns(self.view)
        self._fill_posts([post for post in posts if not post.retired])

    def _on_load_failed(self, error: Exception) -> None:
        self.data = None
        self.model.set_rows([])
        self.message.setText(str(error))

    def _fill_posts(self, posts) -> None:
        chosen = self.post_combo.currentData()
        self.post_combo.blockSignals(True)
        self.post_combo.clear()
        for post in posts:
            self.post_combo.addItem(f"{post.name} ({post.code})", post.code)
        self.post_combo.setCurrentIndex(max(0, self.post_combo.findData(chosen)))
        self.post_combo.blockSignals(False)
        self.reload_indicators()

    def reload_indicators(self) -> None:
        post = self.post_combo.currentData()
        if post is None:
            self.indicator_model.set_rows([])
            return
        ctx = self.screen.session.ctx
        self.screen.run_task(
            lambda: quality_service.list_indicators(ctx, post), self._on_indicators_loaded
        )

    def _on_indicators_loaded(self, indicators: list[IndicatorView]) -> None:
        self.indicator_model.set_rows(indicators)
        fit_columns(self.indicator_view)

    def selected_entry(self) -> QualityEntry | None:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select(self, staff_no: str) -> None:
        proxy = self.view.model()
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(ROW_ROLE).staff_no == staff_no:
                self.view.setCurrentIndex(proxy.index(row, QualityTableModel.SCORE))
                return

    # --- entering ------------------------------------------------------------------------

    def _on_model_quality_edited(self, entry: QualityEntry, key: str, text: str) -> None:
        try:
            score, grade = self._edited(entry, key, text)
        except Refused as refusal:
            self.message.setText(str(refusal))
            return
        ctx, month = self.screen.session.ctx, self.screen.session.month
        if score is None and grade is None:
            if entry.source is None:
                return
            work = lambda: quality_service.clear_quality(ctx, month, entry.staff_no)  # noqa: E731
        else:
            work = lambda: quality_service.set_quality(ctx, month, entry.staff_no, score, grade)  # noqa: E731
        done = self.tr("Quality of {staff_no} saved").format(staff_no=entry.staff_no)
        self.screen.run_task(work, lambda _: self._saved(done), self._on_refused)

    def _edited(self, entry: QualityEntry, key: str, text: str):
        score, grade = entry.score, entry.given_grade
        if key == "grade":
            return score, text.upper() or None
        if not text:
            return None, grade
        try:
            return Decimal(text.replace(",", ".")), grade
        except InvalidOperation:
            raise Refused(
                self.tr("A score is a number from 0 to 100: {text}").format(text=text)
            ) from None

    def _saved(self, message: str) -> None:
        self.message.setText(message)
        self.screen.notify_changed("quality")

    def _on_refused(self, error: Exception) -> None:
        self.message.setText(str(error))

    def _on_clear_clicked(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.source is None:
            return
        ctx, month = self.screen.session.ctx, self.screen.session.month
        done = self.tr("Quality of {staff_no} cleared").format(staff_no=entry.staff_no)
        self.screen.run_task(
            lambda: quality_service.clear_quality(ctx, month, entry.staff_no),
            lambda _: self._saved(done),
            self._on_refused,
        )

    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import quality"), "", self.tr("Spreadsheets (*.xlsx *.xls *.csv)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        ctx = self.screen.session.ctx

        def done(summary) -> None:
            self._saved(summary.describe())

        self.screen.run_task(
            lambda: quality_service.import_quality(ctx, path, path.name),
            done,
            lambda error: show_import_problems(self, error),
        )

    def open_indicator_figures(self) -> "IndicatorFiguresDialog | None":
        entry = self.selected_entry()
        if entry is None:
            self.message.setText(self.tr("Select a doctor first."))
            return None
        ctx, month = self.screen.session.ctx, self.screen.session.month
        try:
            results = quality_service.indicator_results(ctx, month, entry.staff_no)
        except Refused as refusal:
            self.message.setText(str(refusal))
            return None
        self.dialog = IndicatorFiguresDialog(ctx, month, entry, results, self)
        self.dialog.accepted.connect(lambda: self._saved(self.dialog.saved_message))
        self.dialog.open()
        return self.dialog

    # --- indicators ----------------------------------------------------------------------

    def add_indicator(self) -> "IndicatorDialog":
        return self._open_indicator(None)

    def _on_edit_indicator_clicked(self) -> None:
        index = self.indicator_view.currentIndex()
        if index.isValid():
            self._open_indicator(index.data(ROW_ROLE))

    def _open_indicator(self, indicator: IndicatorView | None) -> "IndicatorDialog":
        posts = [
            (self.post_combo.itemText(i), self.post_combo.itemData(i))
            for i in range(self.post_combo.count())
        ]
        self.dialog = IndicatorDialog(
            self.screen.session.ctx, posts, self.post_combo.currentData(), indicator, self
        )
        self.dialog.accepted.connect(self.reload_indicators)
        self.dialog.open()
        return self.dialog

    def _on_retire_clicked(self) -> None:
        index = self.indicator_view.currentIndex()
        if not index.isValid():
            return
        indicator: IndicatorView = index.data(ROW_ROLE)
        ctx = self.screen.session.ctx
        self.screen.run_task(
            lambda: quality_service.retire_indicator(ctx, indicator.id),
            lambda _: self.reload_indicators(),
            self._on_refused,
        )

    def _on_post_combo_changed(self, _index: int) -> None:
        self.reload_indicators()
