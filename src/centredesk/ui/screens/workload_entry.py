"""Daily entry: a day as doctors × items, or a doctor's month as days × items.

Counts are saved as they are typed, each change in its own transaction, so closing the
program in the middle of a day loses nothing.
"""

import logging
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from centredesk.model.months import Month
from centredesk.services import workload
from centredesk.services.context import ADMINISTRATOR
from centredesk.services.errors import Refused
from centredesk.ui.screens.workload_grid import WorkloadGridTableModel, lock_text, weekday_name
from centredesk.ui.screens.workload_grid_view import WorkloadGridView
from centredesk.ui.screens.workload_import import WorkloadImport
from centredesk.ui.screens.workload_progress import MonthToDateBar

log = logging.getLogger(__name__)

DAY_VIEW, MONTH_VIEW = 0, 1
BANNER_STYLE = "background: #fff4d6; border: 1px solid #e9c46a; padding: 6px; color: #5c4400;"
REFUSED_STYLE = "color: #b3261e;"
# Kinds of change (UiSession.changed) that alter what the grid shows.
RELOAD_ON = ("workload", "items", "staff", "policy", "review", "all")


class WorkloadEntryTab(QWidget):
    """The grid with its day or doctor in hand, its totals and the doctor's month to date."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setup: workload.MonthSetup | None = None
        self.day: date | None = None  # the day of the day view; set once the month is read
        self.staff_no: str | None = None
        self.drilldown = None
        # Saved since other screens were last told, and telling them now (see hideEvent).
        self._changed = False
        self._announcing = False
        self.importer = WorkloadImport(self)
        self.model = WorkloadGridTableModel(self._save, self)
        self.view = WorkloadGridView(self.model, self)

        self._build_bars()
        self._build_layout()
        self._connect()
        self.reload()

    # --- building ----------------------------------------------------------------------

    def _build_bars(self) -> None:
        self.by_day = _toggle(self.tr("By day"), checked=True)
        self.by_doctor = _toggle(self.tr("By doctor"))
        self.views = QButtonGroup(self)
        self.views.addButton(self.by_day, DAY_VIEW)
        self.views.addButton(self.by_doctor, MONTH_VIEW)
        self.previous = _small_button("◀", self.tr("Previous day or doctor (Alt+Left)"))
        self.next = _small_button("▶", self.tr("Next day or doctor (Alt+Right)"))
        self.previous.setShortcut("Alt+Left")
        self.next.setShortcut("Alt+Right")
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.weekday = QLabel()
        self.today = QPushButton(self.tr("Today"))
        self.doctor = QComboBox()
        self.doctor.setMinimumContentsLength(14)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a doctor…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(180)
        self._build_action_buttons()

    def _build_action_buttons(self) -> None:
        self.undo_button = QToolButton()
        self.undo_button.setDefaultAction(self.model.undo_stack.createUndoAction(self))
        self.redo_button = QToolButton()
        self.redo_button.setDefaultAction(self.model.undo_stack.createRedoAction(self))
        self.drilldown_button = QPushButton(self.tr("Drill-down…"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.export_button = QPushButton(self.tr("Export month…"))
        actor = self.session.ctx.actor
        self.import_button.setEnabled(actor.is_local or actor.role == ADMINISTRATOR)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        for widget in (self.by_day, self.by_doctor):
            top.addWidget(widget)
        top.addSpacing(12)
        for widget in (self.previous, self.day_edit, self.weekday, self.doctor, self.next):
            top.addWidget(widget)
        top.addWidget(self.today)
        top.addSpacing(12)
        top.addWidget(self.search)
        top.addStretch()
        for widget in (self.undo_button, self.redo_button, self.drilldown_button):
            top.addWidget(widget)
        top.addSpacing(12)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)

        self.lock_banner = QLabel()
        self.lock_banner.setObjectName("lock_banner")
        self.lock_banner.setStyleSheet(BANNER_STYLE)
        self.lock_banner.setWordWrap(True)
        self.lock_banner.hide()
        self.status_line = QLabel()
        self.status_line.setObjectName("status_line")
        self.totals = QLabel()
        self.totals.setObjectName("totals_label")
        self.month_to_date = MonthToDateBar()

        bottom = QHBoxLayout()
        bottom.addWidget(self.status_line, 1)
        bottom.addWidget(self.totals)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lock_banner)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.month_to_date)

    def _connect(self) -> None:
        self.views.idToggled.connect(self._on_views_id_toggled)
        self.previous.clicked.connect(lambda: self._step(-1))
        self.next.clicked.connect(lambda: self._step(1))
        self.day_edit.dateChanged.connect(self._on_day_edit_date_changed)
        self.today.clicked.connect(self._on_today_clicked)
        self.doctor.activated.connect(self._on_doctor_activated)
        self.search.textChanged.connect(self.view.proxy.set_search)
        self.drilldown_button.clicked.connect(self.open_drilldown)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.model.sig_count_refused.connect(self._on_model_count_refused)
        self.model.sig_counts_saved.connect(self._on_model_counts_saved)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self.session.sig_month_changed.connect(self._on_session_month_changed)
        self.session.sig_data_changed.connect(self._on_session_data_changed)

    # --- loading -----------------------------------------------------------------------

    @property
    def in_month_view(self) -> bool:
        return self.views.checkedId() == MONTH_VIEW

    def reload(self) -> None:
        """Read the month again (items, staff, lines, lock), then the grid in hand."""
        self.view.commit_open_editor()
        try:
            self.setup = workload.month_setup(self.session.ctx, self.session.month)
        except Refused as refusal:
            self.setup = None
            self._show_banner(str(refusal))
            return
        if self.day is None or not self.setup.month.contains(self.day):
            self.day = _day_to_show(self.setup)
        self._fill_doctors()
        self.show_grid()

    def show_grid(self) -> None:
        """Read the grid of the day or doctor in hand (one indexed query) and show it."""
        setup = self.setup
        if setup is None:
            return
        self.view.commit_open_editor()
        self._show_pickers()
        if self.in_month_view:
            if self.staff_no is None:
                self.model.set_grid(workload.WorkloadGrid(setup, setup.items, ()))
            else:
                self.model.set_grid(workload.month_grid(self.session.ctx, setup, self.staff_no))
        else:
            self.model.set_grid(workload.day_grid(self.session.ctx, setup, self.day))
        self._show_banner(lock_text(setup.lock) if setup.lock else "")
        self.view.select_cell(0, 2)
        self._show_totals()

    def _fill_doctors(self) -> None:
        doctors = self.setup.doctors
        numbers = [doctor.staff_no for doctor in doctors]
        if self.staff_no not in numbers:
            self.staff_no = numbers[0] if numbers else None
        self.doctor.blockSignals(True)
        self.doctor.clear()
        for doctor in doctors:
            self.doctor.addItem(f"{doctor.staff_no} {doctor.name}", doctor.staff_no)
        self.doctor.blockSignals(False)

    def _show_pickers(self) -> None:
        month = self.session.month
        self.day_edit.blockSignals(True)
        self.day_edit.setDateRange(_qdate(month.first_day), _qdate(month.last_day))
        self.day_edit.setDate(_qdate(self.day))
        self.day_edit.blockSignals(False)
        self.doctor.setCurrentIndex(max(0, self.doctor.findData(self.staff_no)))
        self.day_edit.setVisible(not self.in_month_view)
        self.weekday.setVisible(not self.in_month_view)
        self.weekday.setText(weekday_name(self.day))
        self.search.setVisible(not self.in_month_view)
        self.doctor.setVisible(self.in_month_view)

    # --- showing -----------------------------------------------------------------------

    def _show_banner(self, text: str) -> None:
        self.lock_banner.setText(text)
        self.lock_banner.setVisible(bool(text))

    def _show_totals(self) -> None:
        total = self.model.total()
        template = (
            self.tr("Month total: {equivalents} equivalents, bonus {bonus}")
            if self.in_month_view
            else self.tr("Day total: {equivalents} equivalents, bonus {bonus}")
        )
        self.totals.setText(
            template.format(equivalents=f"{total.regular:,.2f}", bonus=f"{total.bonus:,.2f}")
        )
        self._show_month_to_date()

    def _show_month_to_date(self) -> None:
        staff_no = self.current_staff_no()
        if staff_no is None or self.setup is None:
            self.month_to_date.clear()
            return
        staff = self.setup.staff_member(staff_no)
        who = f"{staff.staff_no} {staff.name}"
        progress = self.model.month_to_date(staff_no)
        self.month_to_date.show_progress(who, str(self.session.month), progress)

    def current_staff_no(self) -> str | None:
        """The doctor in hand: the doctor of the month view, or of the current row."""
        if self.in_month_view:
            return self.staff_no
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.grid_row(self.view.proxy.mapToSource(index).row()).staff_no

    # --- saving ------------------------------------------------------------------------

    def _save(self, changes: list[workload.CountChange]) -> None:
        workload.save_counts(self.session.ctx, changes)
        self._changed = True

    def hideEvent(self, event) -> None:
        """Leaving the screen (or closing the program) saves a count still being typed."""
        self.view.commit_open_editor()
        if self._changed:
            # Other screens reload once, not at every keystroke.
            self._changed = False
            self._announcing = True
            self.session.changed("workload")
            self._announcing = False
        super().hideEvent(event)

    # --- slots -------------------------------------------------------------------------

    def _on_model_count_refused(self, reason: str) -> None:
        self.status_line.setStyleSheet(REFUSED_STYLE)
        self.status_line.setText(reason)
        self.status_line.setToolTip(reason)

    def _on_model_counts_saved(self, count: int) -> None:
        self.status_line.setStyleSheet("")
        self.status_line.setText(self.tr("Cells saved: {count}").format(count=count))
        self._show_totals()

    def _on_view_current_changed(self, current, previous) -> None:
        if not self.in_month_view:
            self._show_month_to_date()

    def _on_views_id_toggled(self, view_id: int, checked: bool) -> None:
        if not checked:
            return
        index = self.view.currentIndex()
        if index.isValid():
            row = self.model.grid_row(self.view.proxy.mapToSource(index).row())
            self.day, self.staff_no = row.day, row.staff_no
        self.show_grid()

    def _on_day_edit_date_changed(self, day: QDate) -> None:
        self.day = day.toPython()
        self.show_grid()

    def _on_doctor_activated(self, index: int) -> None:
        self.staff_no = self.doctor.itemData(index)
        self.show_grid()

    def _on_today_clicked(self) -> None:
        self.go_to_day(date.today())

    def go_to_day(self, day: date) -> None:
        """Show a day in the day view, changing the month in hand when it is another."""
        self.day = day
        self.by_day.setChecked(True)
        if Month.of(day) != self.session.month:
            self.session.set_month(Month.of(day))
        else:
            self.show_grid()

    def _step(self, step: int) -> None:
        if self.day is None:
            return
        if not self.in_month_view:
            self.go_to_day(self.day + timedelta(days=step))
            return
        row = self.doctor.currentIndex() + step
        if 0 <= row < self.doctor.count():
            self.doctor.setCurrentIndex(row)
            self._on_doctor_activated(row)

    def _on_session_month_changed(self, month: Month) -> None:
        self.reload()

    def _on_session_data_changed(self, kind: str) -> None:
        if kind in RELOAD_ON and not self._announcing:
            self.reload()

    # --- drill-down, import and export -------------------------------------------------

    def open_drilldown(self) -> None:
        """Open the drill-down of the doctor in hand for the month (read in the background)."""
        from centredesk.services.workload_month import doctor_drilldown
        from centredesk.ui.screens.workload_drilldown import DrillDownDialog

        staff_no = self.current_staff_no()
        if staff_no is None:
            return
        month = self.session.month

        def done(drill) -> None:
            self.drilldown = DrillDownDialog(drill, self)
            self.drilldown.open()

        self.window().run_task(lambda: doctor_drilldown(self.session.ctx, month, staff_no), done)

    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import workload"), "", self.tr("Spreadsheets (*.xlsx *.xls *.csv)")
        )
        if path:
            self.importer.preview(Path(path))

    def _on_export_clicked(self) -> None:
        month = self.session.month
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the month's workload"),
            f"workload-{month}.xlsx",
            self.tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"),
        )
        if path:
            self.export_month(Path(path))

    def export_month(self, path: Path) -> None:
        """Write the month in hand in the wide format, in the background."""
        from centredesk.services.workload_month import export_month_wide

        month = self.session.month

        def done(rows: int) -> None:
            text = self.tr("Exported {rows} doctor-days of {month} to {path}")
            self.window().statusBar().showMessage(
                text.format(rows=rows, month=month, path=path), 10000
            )

        self.window().run_task(lambda: export_month_wide(self.session.ctx, month, path), done)


def _day_to_show(setup: workload.MonthSetup) -> date:
    """Today when it falls in the month in hand, else the month's last working day."""
    today, month = date.today(), setup.month
    if month.contains(today):
        return today
    return max(setup.working_days, default=month.last_day)


def _toggle(text: str, checked: bool = False) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setCheckable(True)
    button.setChecked(checked)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


def _small_button(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    return button


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
