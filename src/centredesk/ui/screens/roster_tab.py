"""The duty roster tab: a week or a month of shifts per staff member, leave, print and export."""

import logging
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from centredesk.model.months import Month
from centredesk.services import roster as roster_service
from centredesk.services.roster import Roster, week_of
from centredesk.services.shift_codes import ShiftCodeView
from centredesk.ui.screens.roster_dialogs import LeaveDialog, RepeatWeekDialog, ShiftCodesDialog
from centredesk.ui.screens.roster_grid import RosterFilterProxy, RosterGridView, RosterTableModel
from centredesk.ui.screens.roster_print import PrintLabels
from centredesk.ui.screens.staff_helpers import confirm, may_edit, qdate, warn
from centredesk.ui.worker import run_in_background

log = logging.getLogger(__name__)

WEEK, MONTH = "week", "month"
BANNER_STYLE = "background: #fef7e0; border: 1px solid #f9d67a; padding: 6px; color: #5f4100;"
LOCK_STYLE = "background: #e8f0fe; border: 1px solid #aecbfa; padding: 6px; color: #174ea6;"


class RosterTab(QWidget):
    """The duty roster: pick a week or month, type or pick codes, record leave, copy weeks."""

    sig_roster_loaded = Signal()
    """The grid shows the period's roster as the database holds it."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.mode = WEEK
        self.first = week_of(date.today())
        self.dialog = None
        self.pending = 0
        self._build_grid()
        self.banner = _note(BANNER_STYLE)
        self.lock_note = _note(LOCK_STYLE)
        self.palette = QHBoxLayout()

        layout = QVBoxLayout(self)
        layout.addLayout(self._period_bar())
        layout.addLayout(self._action_bar())
        layout.addLayout(self.palette)
        layout.addWidget(self.lock_note)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        self._connect()
        self._limit_to_reading()
        # Loaded when first shown: a tab nobody looks at costs no database work.
        self._stale = True

    def _build_grid(self) -> None:
        self.model = RosterTableModel(self)
        self.proxy = RosterFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = RosterGridView()
        self.view.setModel(self.proxy)

    def _period_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.week_button = self._toggle(self.tr("Week"), True)
        self.month_button = self._toggle(self.tr("Month"), False)
        group = QButtonGroup(self)
        group.addButton(self.week_button)
        group.addButton(self.month_button)
        self.previous_button = self._tool("◀", self.tr("Previous"), lambda: self.step(-1))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(lambda: self.show_period(date.today()))
        self.next_button = self._tool("▶", self.tr("Next"), lambda: self.step(1))
        self.period_label = QLabel()
        self.period_label.setStyleSheet("font-size: 15px; font-weight: 600; padding: 0 8px;")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, number or post…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        for widget in (self.week_button, self.month_button, self.previous_button):
            bar.addWidget(widget)
        for widget in (self.today_button, self.next_button, self.period_label):
            bar.addWidget(widget)
        bar.addStretch()
        bar.addWidget(self.search)
        return bar

    def _action_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy week to next week"))
        self.repeat_button = QPushButton(self.tr("Repeat week…"))
        self.leave_button = QPushButton(self.tr("Record leave…"))
        self.codes_button = QPushButton(self.tr("Shift codes…"))
        buttons = (
            (self.copy_button, self.copy_week_forward),
            (self.repeat_button, self.repeat_week),
            (self.leave_button, self.record_leave),
            (self.codes_button, self.edit_shift_codes),
            (None, None),
            (QPushButton(self.tr("Print…")), self._on_print_clicked),
            (QPushButton(self.tr("Export PDF…")), self._on_pdf_clicked),
            (QPushButton(self.tr("Export to Excel…")), self._on_excel_clicked),
        )
        for button, slot in buttons:
            if button is None:
                bar.addStretch()
                continue
            button.clicked.connect(slot)
            bar.addWidget(button)
        return bar

    def _toggle(self, text: str, checked: bool) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setChecked(checked)
        return button

    def _tool(self, text: str, tooltip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tooltip)
        button.clicked.connect(slot)
        return button

    def _limit_to_reading(self) -> None:
        """The director sees the roster; only the administrator changes it."""
        self.may_edit = may_edit(self.session)
        if not self.may_edit:
            self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            for button in (self.leave_button, self.codes_button):
                button.setEnabled(False)

    def _connect(self) -> None:
        self.week_button.toggled.connect(self._on_week_button_toggled)
        self.search.textChanged.connect(self.proxy.set_search)
        self.model.sig_shifts_edited.connect(self._on_model_shifts_edited)
        self.model.sig_code_refused.connect(self._on_model_code_refused)
        self.view.sig_clear_requested.connect(lambda: self.put_code_on_selection(""))
        self.view.sig_paste_requested.connect(self.paste)
        self.view.sig_copy_requested.connect(self.copy_selection)
        self.session.sig_data_changed.connect(self._on_session_data_changed)

    # --- the period shown ----------------------------------------------------------------

    @property
    def last(self) -> date:
        if self.mode == WEEK:
            return self.first + timedelta(days=6)
        return Month.of(self.first).last_day

    def show_period(self, day: date, mode: str | None = None) -> None:
        """Show the week (or month) holding `day`."""
        self.mode = mode or self.mode
        self.first = week_of(day) if self.mode == WEEK else Month.of(day).first_day
        self.week_button.setChecked(self.mode == WEEK)
        self.month_button.setChecked(self.mode == MONTH)
        self.reload()

    def step(self, direction: int) -> None:
        if self.mode == WEEK:
            self.show_period(self.first + timedelta(days=7 * direction))
        else:
            month = Month.of(self.first)
            self.show_period((month.next() if direction > 0 else month.previous()).first_day)

    def _on_week_button_toggled(self, checked: bool) -> None:
        mode = WEEK if checked else MONTH
        if mode != self.mode:
            self.show_period(self.first, mode)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the period's roster now when the tab shows, else when it is next shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        first, last = self.first, self.last
        self.copy_button.setEnabled(self.may_edit and self.mode == WEEK)
        self.repeat_button.setEnabled(self.may_edit and self.mode == WEEK)
        self.period_label.setText(self._period_text(first, last))
        ctx = self.session.ctx
        self._run(
            lambda: roster_service.roster(ctx, first, last),
            self._on_roster_loaded,
            self._on_task_failed,
        )

    def _period_text(self, first: date, last: date) -> str:
        if self.mode == MONTH:
            return str(Month.of(first))
        return self.tr("{first} to {last} (week {week})").format(
            first=first.isoformat(), last=last.isoformat(), week=first.isocalendar().week
        )

    def _on_roster_loaded(self, roster: Roster) -> None:
        if roster.days and (roster.days[0], roster.days[-1]) != (self.first, self.last):
            return  # an older period's answer arriving after the person moved on
        self.model.set_roster(roster)
        self._fit_columns()
        self._fill_palette(self.model.current_codes())
        self._show_signed(roster)
        self.sig_roster_loaded.emit()

    def _fit_columns(self) -> None:
        # A week fills the width; a month scrolls sideways when the window is narrow.
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(80 if self.mode == WEEK else 42)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def _show_signed(self, roster: Roster) -> None:
        months = ", ".join(str(month) for month in sorted(roster.signed))
        self.lock_note.setText(
            self.tr("{months} is signed: its leave cannot change.").format(months=months)
        )
        self.lock_note.setVisible(bool(roster.signed))

    def _run(self, function, on_done, on_error) -> None:
        """Database work through the window's helper, counted in `pending` until it answers."""
        self.pending += 1

        def done(result) -> None:
            self.pending -= 1
            on_done(result)

        def failed(error: Exception) -> None:
            self.pending -= 1
            on_error(error)

        self.window().run_task(function, done, failed)

    # --- the palette of codes ------------------------------------------------------------

    def _fill_palette(self, codes: list[ShiftCodeView]) -> None:
        while self.palette.count():
            item = self.palette.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.palette.addWidget(QLabel(self.tr("Put on the selected days:")))
        for code in codes:
            button = QPushButton(code.code)
            button.setToolTip(code.name)
            button.setStyleSheet(_palette_style(code.colour))
            button.setEnabled(self.may_edit)
            button.clicked.connect(lambda _=False, text=code.code: self.put_code_on_selection(text))
            self.palette.addWidget(button)
        clear = QPushButton(self.tr("Clear"))
        clear.setEnabled(self.may_edit)
        clear.clicked.connect(lambda: self.put_code_on_selection(""))
        self.palette.addWidget(clear)
        self.palette.addStretch()

    def put_code_on_selection(self, code: str) -> None:
        cells = [
            (source.row(), source.column(), code)
            for source in map(self.proxy.mapToSource, self.view.selectionModel().selectedIndexes())
        ]
        if cells and self.may_edit:
            self.model.propose(cells)

    # --- clipboard -----------------------------------------------------------------------

    def paste(self) -> None:
        """Paste a block of codes (tab-separated rows, as Excel copies) at the current cell."""
        current = self.view.currentIndex()
        text = QGuiApplication.clipboard().text().rstrip("\n")
        if not current.isValid() or not text or not self.may_edit:
            return
        cells = []
        for down, line in enumerate(text.split("\n")):
            for across, code in enumerate(line.rstrip("\r").split("\t")):
                index = self.proxy.index(current.row() + down, current.column() + across)
                if index.isValid():
                    source = self.proxy.mapToSource(index)
                    cells.append((source.row(), source.column(), code))
        self.model.propose(cells)

    def copy_selection(self) -> None:
        indexes = self.view.selectionModel().selectedIndexes()
        if not indexes:
            return
        rows = sorted({index.row() for index in indexes})
        columns = sorted({index.column() for index in indexes})
        lines = [
            "\t".join(
                self.proxy.index(row, column).data(Qt.ItemDataRole.EditRole) or ""
                for column in columns
            )
            for row in rows
        ]
        QGuiApplication.clipboard().setText("\n".join(lines))

    # --- saving --------------------------------------------------------------------------

    def _on_model_shifts_edited(self, changes) -> None:
        ctx = self.session.ctx
        self._run(
            lambda: roster_service.apply_shifts(ctx, changes),
            self._on_shifts_saved,
            self._on_shifts_refused,
        )

    def _on_shifts_saved(self, clashes) -> None:
        self.hide_banner()
        if clashes:
            replaced = ", ".join(f"{c.name} {c.day:%m-%d} {c.code}" for c in clashes)
            self.show_banner(
                self.tr("Leave replaced rostered shifts: {shifts}").format(shifts=replaced)
            )
        self.session.changed("roster")

    def _on_shifts_refused(self, error: Exception) -> None:
        self.show_banner(self.tr("Not saved: {reason}").format(reason=error))
        self.reload()

    def _on_model_code_refused(self, text: str) -> None:
        codes = " ".join(code.code for code in self.model.current_codes())
        self.show_banner(
            self.tr("{text} is not a shift code. The codes are: {codes}").format(
                text=text, codes=codes
            )
        )

    def _on_task_failed(self, error: Exception) -> None:
        self.message = warn(self, str(error))

    def _on_session_data_changed(self, kind: str) -> None:
        if kind in ("roster", "leave", "staff", "shift_codes", "policy", "all"):
            self.reload()

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def hide_banner(self) -> None:
        self.banner.hide()

    # --- weeks ---------------------------------------------------------------------------

    def copy_week_forward(self) -> None:
        """Copy the week shown to the next week, after asking, then show that week."""
        monday = self.first
        self.question = confirm(
            self,
            self.tr("Copy the week"),
            self.tr(
                "Copy the shifts of the week from {monday} to the next week? Shifts already "
                "there are replaced; leave and public holidays stay as they are."
            ).format(monday=monday.isoformat()),
            lambda: self._copy(monday, 1),
        )

    def repeat_week(self) -> RepeatWeekDialog:
        monday = self.first
        self.dialog = RepeatWeekDialog(monday, self)
        self.dialog.accepted.connect(lambda: self._copy(monday, self.dialog.weeks.value()))
        self.dialog.open()
        return self.dialog

    def _copy(self, monday: date, weeks: int) -> None:
        """Copy the week on the thread pool, with a progress dialog that can cancel it."""
        ctx = self.session.ctx
        self.progress = QProgressDialog(
            self.tr("Rostering {weeks} weeks…").format(weeks=weeks), self.tr("Cancel"), 0, 0, self
        )
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(500)
        self.pending += 1
        task = run_in_background(
            lambda progress: roster_service.copy_week(ctx, monday, weeks, progress),
            lambda changed: self._on_copied(monday, changed),
            self._on_copy_failed,
            self._on_copy_progressed,
        )
        self.progress.canceled.connect(lambda: setattr(task.progress, "cancelled", True))

    def _on_copy_progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _on_copied(self, monday: date, changed: int) -> None:
        self.pending -= 1
        self.progress.reset()
        self.window().statusBar().showMessage(
            self.tr("{days} days rostered from the week of {monday}").format(
                days=changed, monday=monday.isoformat()
            ),
            10000,
        )
        self.first = monday + timedelta(days=7)
        self.session.changed("roster")

    def _on_copy_failed(self, error: Exception) -> None:
        self.pending -= 1
        self.progress.reset()
        self._on_task_failed(error)

    # --- leave and codes -----------------------------------------------------------------

    def record_leave(self) -> LeaveDialog:
        current = self.view.currentIndex()
        day = self.first
        rows = list(self.model.roster.rows)
        self.dialog = LeaveDialog(self.session.ctx, rows, self.model.current_codes(), day, self)
        if current.isValid():
            source = self.proxy.mapToSource(current)
            self.dialog.set_staff(self.model.row_at(source.row()).staff_no)
            self.dialog.start.setDate(qdate(self.model.day(source.column())))
            self.dialog.end.setDate(qdate(self.model.day(source.column())))
        self.dialog.sig_leave_recorded.connect(lambda: self.session.changed("leave"))
        self.dialog.open()
        return self.dialog

    def edit_shift_codes(self) -> ShiftCodesDialog:
        self.dialog = ShiftCodesDialog(self.session.ctx, self)
        self.dialog.sig_codes_changed.connect(lambda: self.session.changed("shift_codes"))
        self.dialog.open()
        return self.dialog

    # --- print and export ----------------------------------------------------------------

    def print_labels(self) -> PrintLabels:
        from centredesk.services.settings import get_setting

        centre = get_setting(self.session.ctx, "centre_name")
        title = self.tr("Duty roster {first} to {last}").format(
            first=self.first.isoformat(), last=self.last.isoformat()
        )
        return PrintLabels(
            title=f"{centre}  {title}" if centre else title,
            staff=self.tr("Staff"),
            weekdays=self.model.weekday_names(),
            page=self.tr("Page {page} of {pages}"),
            leave=self.tr("leave"),
        )

    def export_pdf(self, path: Path) -> int:
        from centredesk.ui.screens.roster_print import write_pdf

        pages = write_pdf(path, self.model.roster, self.print_labels())
        self._exported(path)
        return pages

    def export_excel(self, path: Path) -> None:
        ctx, first, last = self.session.ctx, self.first, self.last
        headings = (self.tr("Staff no."), self.tr("Name"), self.tr("Post"))
        self._run(
            lambda: roster_service.export_roster(ctx, path, first, last, headings),
            lambda _: self._exported(path),
            self._on_task_failed,
        )

    def _exported(self, path: Path) -> None:
        self.window().statusBar().showMessage(
            self.tr("Roster written to {path}").format(path=path), 10000
        )

    def _on_print_clicked(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.print_dialog = QPrintDialog(self.printer, self)
        self.print_dialog.accepted.connect(self._on_print_dialog_accepted)
        self.print_dialog.open()

    def _on_print_dialog_accepted(self) -> None:
        from centredesk.ui.screens.roster_print import paint_roster

        paint_roster(self.printer, self.model.roster, self.print_labels())

    def _on_pdf_clicked(self) -> None:
        name = f"roster-{self.first.isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the roster"), name, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.export_pdf(Path(path))

    def _on_excel_clicked(self) -> None:
        name = f"roster-{self.first.isoformat()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the roster"), name, self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.export_excel(Path(path))


def _note(style: str) -> QLabel:
    """A hidden coloured band for a warning or the lock of a signed month."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.hide()
    return label


def _palette_style(colour: str) -> str:
    background = QColor(colour).name() if colour else "#ffffff"
    return (
        f"QPushButton {{ background: {background}; border: 1px solid #c4c7cc; "
        "border-radius: 3px; padding: 3px 10px; min-width: 34px; }"
        "QPushButton:hover { border-color: #1a73e8; }"
    )
