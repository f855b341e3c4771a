"""Service hours: record them, approve them, correct them; never delete them."""

import logging
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from centredesk.services import volunteer_hours as hours_service
from centredesk.services import volunteer_work as work
from centredesk.services import volunteers as register
from centredesk.services.errors import Refused
from centredesk.services.volunteer_hours import HoursView
from centredesk.ui.screens.volunteer_import import VolunteerImport
from centredesk.ui.screens.volunteer_widgets import (
    ReloadWhenShown,
    button_row,
    date_edit,
    dialog_layout,
    is_administrator,
    problem_label,
    qdate,
    save_buttons,
    selected_rows,
)
from centredesk.ui.table_model import Column
from centredesk.ui.widgets.filter_table import FilterTable
from centredesk.ui.widgets.problems import show_import_problems

log = logging.getLogger(__name__)

PENDING_COLOUR = QColor("#9a6700")
CORRECTION_COLOUR = QColor("#5f6b76")


class HoursTab(ReloadWhenShown, QWidget):
    """The hours of the month in hand (or from any date), pending ones marked."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: QDialog | None = None
        self.loaded = False
        self.table = FilterTable(self._columns(), self.tr("Search by name, number, area…"))
        self.table.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.since = date_edit(session.month.first_day)
        self.since.dateChanged.connect(self.request_reload)
        self.pending_only = QCheckBox(self.tr("Pending only"))
        self.pending_only.toggled.connect(self._show_rows)
        self.pending_label = QLabel()
        self._rows: list[HoursView] = []

        layout = QVBoxLayout(self)
        layout.addLayout(self._buttons())
        layout.addLayout(self._filters())
        layout.addWidget(self.table)
        session.sig_data_changed.connect(self._on_session_data_changed)
        session.sig_month_changed.connect(self._on_session_month_changed)

    def _buttons(self):
        buttons, made = button_row(
            [
                (self.tr("Record hours…"), self.record),
                (self.tr("Approve selected"), self.approve_selected),
                (self.tr("Approve all pending shown"), self.approve_shown),
                (self.tr("Correct…"), self._on_correct_clicked),
                (self.tr("Import hours…"), self._on_import_clicked),
                (self.tr("Export to Excel…"), self._on_export_clicked),
            ]
        )
        for button in made[:5]:
            button.setEnabled(is_administrator(self.session))
        return buttons

    def _filters(self):
        filters, _ = button_row([])
        for number, widget in enumerate(
            (QLabel(self.tr("Hours from")), self.since, self.pending_only, self.pending_label)
        ):
            filters.insertWidget(number, widget)
        return filters

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Record"), lambda h: str(h.id), lambda h: h.id, numeric=True),
            Column(self.tr("Date"), lambda h: h.day.isoformat()),
            Column(self.tr("No."), lambda h: h.number),
            Column(self.tr("Name"), lambda h: h.name),
            Column(self.tr("Service area"), lambda h: h.area),
            Column(self.tr("Activity"), lambda h: h.activity),
            Column(self.tr("Hours"), lambda h: str(h.hours), lambda h: h.hours, numeric=True),
            Column(self.tr("Status"), self._status, foreground=self._colour),
            Column(self.tr("Note"), lambda h: h.note),
        ]

    def _status(self, record: HoursView) -> str:
        status = self.tr("approved") if record.approved else self.tr("pending")
        if record.corrects_id is not None:
            return self.tr("{status}, corrects {record}").format(
                status=status, record=record.corrects_id
            )
        return status

    def _colour(self, record: HoursView):
        if not record.approved:
            return PENDING_COLOUR
        return CORRECTION_COLOUR if record.corrects_id is not None else None

    def reload(self) -> None:
        ctx, since = self.session.ctx, self.since.date().toPython()
        self.window().run_task(
            lambda: (hours_service.list_hours(ctx, since), hours_service.pending_count(ctx)),
            self._on_loaded,
        )

    def _on_loaded(self, loaded: tuple[list[HoursView], int]) -> None:
        self._rows, pending = loaded
        self.loaded = True
        self.pending_label.setText(
            self.tr("{count} records wait for approval").format(count=pending)
        )
        self._show_rows()

    def _show_rows(self) -> None:
        rows = self._rows
        if self.pending_only.isChecked():
            rows = [row for row in rows if not row.approved]
        self.table.set_rows(rows)

    # --- actions -----------------------------------------------------------------------

    def record(self) -> "HoursDialog":
        self.dialog = HoursDialog(self.session, self)
        self.dialog.accepted.connect(self._on_changed)
        self.dialog.open()
        return self.dialog

    def approve_selected(self) -> None:
        self._approve([row for row in selected_rows(self.table.view) if not row.approved])

    def approve_shown(self) -> None:
        self._approve([row for row in self.table.visible_rows() if not row.approved])

    def _approve(self, records: list[HoursView]) -> None:
        if not records:
            return
        try:
            count = hours_service.approve_hours(self.session.ctx, [r.id for r in records])
        except Refused as refusal:
            show_import_problems(self, refusal)
            return
        self.window().statusBar().showMessage(
            self.tr("{count} hours records approved").format(count=count), 8000
        )
        self._on_changed()

    def correct(self, record: HoursView) -> "CorrectionDialog":
        self.dialog = CorrectionDialog(self.session, record, self)
        self.dialog.accepted.connect(self._on_changed)
        self.dialog.open()
        return self.dialog

    def _on_correct_clicked(self) -> None:
        rows = selected_rows(self.table.view)
        if rows:
            self.correct(rows[0])

    def _on_changed(self) -> None:
        self.session.changed("volunteer-hours")

    def _on_session_data_changed(self, kind: str) -> None:
        if kind in ("volunteer-hours", "volunteers", "all"):
            self.request_reload()

    def _on_session_month_changed(self, month) -> None:
        self.since.setDate(qdate(month.first_day))

    # --- files -------------------------------------------------------------------------

    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import volunteer hours"),
            "",
            self.tr("Spreadsheets (*.xlsx *.xls *.csv)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> VolunteerImport:
        """Import a volunteer-hours file; `self.importing.dialog` then shows the outcome."""
        self.importing = VolunteerImport(self, self.session.ctx, "volunteer-hours", path)
        self.importing.sig_file_imported.connect(lambda _: self._on_changed())
        self.importing.start()
        return self.importing

    def _on_export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export hours"),
            "volunteer-hours.xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            since = self.since.date().toPython()
            self.window().run_task(
                lambda: hours_service.export_hours(self.session.ctx, Path(path), since),
                lambda count: (
                    self.window()
                    .statusBar()
                    .showMessage(
                        self.tr("Exported {count} hours records to {path}").format(
                            count=count, path=path
                        ),
                        10000,
                    )
                ),
            )


class HoursDialog(QDialog):
    """Record hours a volunteer served: pending until approved."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        ctx = session.ctx
        self.setWindowTitle(self.tr("Record hours"))
        self.volunteer = _volunteer_choice(register.list_volunteers(ctx))
        self.day = date_edit(min(date.today(), session.month.last_day))
        self.area = QComboBox()
        self.area.addItems(register.service_areas(ctx))
        self.activity = QComboBox()
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("e.g. 3.5"))
        self.note = QLineEdit()
        self.day.dateChanged.connect(self._on_day_changed)
        self.activity.currentIndexChanged.connect(self._on_activity_changed)
        self._on_day_changed()
        self.problem_label = problem_label()
        layout = dialog_layout(self, [], self._rows())
        self.buttons = save_buttons(self, layout)
        self.resize(460, self.sizeHint().height())

    def _rows(self) -> list:
        return [
            (self.tr("Volunteer"), self.volunteer),
            (self.tr("Date"), self.day),
            (self.tr("Activity"), self.activity),
            (self.tr("Service area"), self.area),
            (self.tr("Hours"), self.hours),
            (self.tr("Note"), self.note),
        ]

    def choose(self, volunteer_id: int) -> None:
        self.volunteer.setCurrentIndex(self.volunteer.findData(volunteer_id))

    def _on_day_changed(self, *_) -> None:
        day = self.day.date().toPython()
        self.activity.clear()
        self.activity.addItem(self.tr("(none)"), None)
        for activity in work.list_activities(self._session.ctx, since=day):
            if activity.day == day:
                self.activity.addItem(f"{activity.title} · {activity.area}", activity)

    def _on_activity_changed(self, *_) -> None:
        activity = self.activity.currentData()
        if activity is not None:
            self.area.setCurrentText(activity.area)

    def save(self) -> None:
        activity = self.activity.currentData()
        try:
            if self.volunteer.currentData() is None:
                raise Refused(self.tr("choose a volunteer from the list"))
            hours_service.record_hours(
                self._session.ctx,
                self.volunteer.currentData(),
                self.day.date().toPython(),
                self.area.currentText(),
                _hours(self.hours.text()),
                activity.id if activity else None,
                self.note.text(),
            )
        except Refused as refusal:
            self.problem_label.setText(str(refusal))
            return
        self.accept()


class CorrectionDialog(QDialog):
    """Say how many hours a record should count; approved records get a correcting record."""

    def __init__(self, session, record: HoursView, parent=None) -> None:
        super().__init__(parent)
        self._session, self._record = session, record
        self.setWindowTitle(self.tr("Correct hours"))
        how = (
            self.tr(
                "An approved record is never changed: a correcting record is added, "
                "pending until approved."
            )
            if record.approved
            else self.tr("This record is pending: it changes in place.")
        )
        about = QLabel(
            self.tr("Record {id}: {name}, {day}, {area}, {hours} h.").format(
                id=record.id, name=record.name, day=record.day, area=record.area, hours=record.hours
            )
            + "\n"
            + how
        )
        self.hours = QLineEdit()
        self.note = QLineEdit()
        self.problem_label = problem_label()
        layout = dialog_layout(
            self,
            [about],
            [(self.tr("Hours it should count"), self.hours), (self.tr("Reason"), self.note)],
        )
        self.buttons = save_buttons(self, layout)
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        try:
            hours_service.correct_hours(
                self._session.ctx, self._record.id, _hours(self.hours.text()), self.note.text()
            )
        except Refused as refusal:
            self.problem_label.setText(str(refusal))
            return
        self.accept()


def _volunteer_choice(volunteers) -> QComboBox:
    """A combo of the registered volunteers that finds one by any part of name or number."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for v in volunteers:
        if not v.archived:
            combo.addItem(f"{v.name} ({v.number})", v.id)
    combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


def _hours(text: str) -> Decimal:
    try:
        return Decimal(text.strip())
    except InvalidOperation:
        raise Refused(QCoreApplication.translate("HoursDialog", "hours must be a number")) from None
