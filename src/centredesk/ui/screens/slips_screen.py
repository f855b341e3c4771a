"""Appraisal slips (SPEC §6): a month's doctors, one slip previewed, printed, or all made."""

import logging
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from centredesk.model.months import Month
from centredesk.reports.slips import SlipBatch, doctor_slip
from centredesk.roles import ADMINISTRATOR, DIRECTOR
from centredesk.services.slip_list import MonthSlips, month_slips
from centredesk.ui.screens.review_format import money
from centredesk.ui.screens.slips_batch import SlipBatchRunner
from centredesk.ui.screens.slips_preview import SlipPreview
from centredesk.ui.table_model import Column, RowTableModel

log = logging.getLogger(__name__)

# Kinds of change (UiSession.changed) after which the month's slips read differently.
RELOAD_ON = {"workload", "staff", "items", "policy", "review", "quality", "events", "leave"}
RELOAD_ON |= {"settings", "all"}
FOLDER_SETTING = "slips/folder"


class SlipsTableModel(RowTableModel):
    """One row per doctor with a slip in the month."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Staff no."), lambda row: row.staff_no),
                Column(self.tr("Name"), lambda row: row.name),
                Column(self.tr("Post"), lambda row: row.post),
                Column(
                    self.tr("Performance pay"),
                    lambda row: money(row.performance_pay),
                    lambda row: row.performance_pay,
                    numeric=True,
                ),
            ],
            parent,
        )


class SlipsScreen(QWidget):
    """The slips of a month: pick a doctor to preview and print; make all of them at once."""

    sig_slips_listed = Signal(object)
    """The doctors of a month are listed (a MonthSlips, or None when it could not be read)."""

    sig_slip_shown = Signal(str)
    """A doctor's slip is in the preview (their staff number)."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        actor = session.ctx.actor
        self.can_make_all = actor.is_local or actor.role in (ADMINISTRATOR, DIRECTOR)
        self.month = session.month
        self.slips: MonthSlips | None = None
        # Loads are numbered so that only the answer to the latest request is shown.
        self._list_load = 0
        self._slip_load = 0

        self.runner = SlipBatchRunner(self)
        self.runner.sig_batch_finished.connect(self._on_runner_batch_finished)
        self.runner.sig_message.connect(self._show_message)
        self._build_header()
        self._build_body()
        layout = QVBoxLayout(self)
        layout.addLayout(self._header)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

        session.sig_month_changed.connect(self._on_session_month_changed)
        session.sig_data_changed.connect(self._on_session_data_changed)
        self.reload()

    # --- building ------------------------------------------------------------------------

    def _build_header(self) -> None:
        self.month_edit = QDateEdit(QDate(self.month.year, self.month.month, 1))
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.dateChanged.connect(self._on_month_edit_date_changed)
        self.month_state = QLabel()
        self.month_state.setObjectName("month_state")
        self.make_button = self._button(self.tr("Make the month's slips…"), self._on_make_clicked)
        self.print_month_button = self._button(
            self.tr("Print the month…"), self._on_print_month_clicked
        )
        self.open_folder_button = self._button(self.tr("Open folder"), self.open_folder)

        self._header = QHBoxLayout()
        self._header.addWidget(QLabel(self.tr("Slips of")))
        self._header.addWidget(self.month_edit)
        self._header.addWidget(self.month_state)
        self._header.addStretch(1)
        for button in (self.make_button, self.print_month_button, self.open_folder_button):
            self._header.addWidget(button)
            button.setVisible(self.can_make_all)
        self.message = QLabel()
        self.message.setObjectName("slips_message")
        self.message.setWordWrap(True)
        self.message.hide()
        self._update_batch_buttons()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    def _build_body(self) -> None:
        self.model = SlipsTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.preview = SlipPreview()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 820])

    # --- the month's doctors -------------------------------------------------------------

    def reload(self) -> None:
        """List the doctors of the month chosen; the first one's slip follows."""
        ctx, month = self.session.ctx, self.month
        self._list_load += 1
        number = self._list_load
        self.model.set_rows([])
        self.preview.clear(self.tr("Reading the slips of {month}…").format(month=month))
        self.window().run_task(
            lambda: (number, month_slips(ctx, month)),
            self._on_slips_listed,
            lambda error: self._on_slips_failed(number, error),
        )

    def _on_slips_listed(self, result) -> None:
        number, slips = result
        if number != self._list_load:
            return
        self.slips = slips
        self.model.set_rows(slips.rows)
        self._show_month_state(slips)
        self._update_batch_buttons()
        if slips.rows:
            self.table.selectRow(0)
        else:
            self.preview.clear(self.tr("{month} has no slips to show.").format(month=slips.month))
        self.sig_slips_listed.emit(slips)

    def _on_slips_failed(self, number: int, error: Exception) -> None:
        if number != self._list_load:
            return
        self.slips = None
        self.month_state.clear()
        self.preview.show_draft_note(self.month, signed=True)
        self.preview.clear(self.tr("No slip to show."))
        self._show_message(str(error), error=True)
        self._update_batch_buttons()
        self.sig_slips_listed.emit(None)

    def _show_month_state(self, slips: MonthSlips) -> None:
        if slips.signed:
            self.month_state.setText(self.tr("Signed"))
            self.month_state.setStyleSheet("color:#1b5e20; font-weight:600;")
        else:
            self.month_state.setText(self.tr("Not signed: DRAFT"))
            self.month_state.setStyleSheet("color:#b3261e; font-weight:600;")
        self.preview.show_draft_note(slips.month, slips.signed)

    # --- one slip ------------------------------------------------------------------------

    def show_slip_of(self, staff_no: str) -> None:
        """Make the doctor's slip off the UI thread and preview it."""
        row = next(row for row in self.model.rows() if row.staff_no == staff_no)
        ctx, month = self.session.ctx, self.month
        title = f"{row.staff_no} {row.name} {month}"
        self._slip_load += 1
        number = self._slip_load
        self.preview.clear(self.tr("Making the slip of {title}…").format(title=title))
        self.window().run_task(
            lambda: (number, doctor_slip(ctx, month, staff_no)),
            lambda result: self._on_slip_made(result, staff_no, title),
            lambda error: self._on_slip_failed(number, error),
        )

    def _on_slip_made(self, result, staff_no: str, title: str) -> None:
        number, data = result
        if number != self._slip_load:
            return
        self.preview.show_slip(data, title)
        self.sig_slip_shown.emit(staff_no)

    def _on_slip_failed(self, number: int, error: Exception) -> None:
        if number == self._slip_load:
            self.preview.clear(str(error))

    # --- the whole month -----------------------------------------------------------------

    def make_month_slips(self, folder: Path) -> None:
        """Write the month's slips into FOLDER/YYYY-MM/ with a cancellable progress dialog."""
        QSettings().setValue(FOLDER_SETTING, str(folder))
        self.make_button.setEnabled(False)
        self.runner.make(self.session.ctx, self.month, folder)

    def print_month(self) -> None:
        """Print the combined file of the month's slips made last."""
        self.runner.print_combined()

    def open_folder(self) -> None:
        batch = self.runner.batch
        if batch is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(batch.folder)))

    def _update_batch_buttons(self) -> None:
        batch = self.runner.batch
        has_slips = self.slips is not None and bool(self.slips.rows)
        self.make_button.setEnabled(has_slips and not self.runner.running)
        self.print_month_button.setEnabled(
            batch is not None and batch.combined is not None and batch.month == self.month
        )
        self.print_month_button.setToolTip(
            "" if self.print_month_button.isEnabled() else self.tr("Make the month's slips first.")
        )
        self.open_folder_button.setEnabled(batch is not None)
        self.open_folder_button.setToolTip(str(batch.folder) if batch is not None else "")

    def _on_runner_batch_finished(self, _batch: SlipBatch | None) -> None:
        self._update_batch_buttons()

    def _show_message(self, text: str, error: bool) -> None:
        self.message.setStyleSheet("color:#b3261e;" if error else "color:#1b5e20;")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _on_make_clicked(self) -> None:
        start = str(QSettings().value(FOLDER_SETTING, str(Path.home())))
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the slips of {month}").format(month=self.month), start
        )
        if folder:
            self.make_month_slips(Path(folder))

    def _on_print_month_clicked(self) -> None:
        self.print_month()

    # --- slots ---------------------------------------------------------------------------

    def _on_table_current_row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.show_slip_of(self.model.row_at(current.row()).staff_no)

    def _on_month_edit_date_changed(self, date: QDate) -> None:
        month = Month(date.year(), date.month())
        if month != self.month:
            self.month = month
            self._show_message("", error=False)
            self.reload()

    def _on_session_month_changed(self, month: Month) -> None:
        self.month_edit.setDate(QDate(month.year, month.month, 1))

    def _on_session_data_changed(self, kind: str) -> None:
        if kind in RELOAD_ON:
            self.reload()
