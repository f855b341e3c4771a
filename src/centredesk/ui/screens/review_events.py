"""The events tab: violations and vetoes of the month, and what they do to the deductions."""

import logging

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from centredesk.model.appraisal import EVENT_KINDS, ReviewRow
from centredesk.services import events as event_service
from centredesk.services.events import EventView
from centredesk.services.month_end import MonthEnd
from centredesk.ui.screens.review_format import (
    EVENT_KIND_LABELS,
    band_colour,
    band_label,
    figure,
    tr,
)
from centredesk.ui.screens.review_views import fit_columns, table_view
from centredesk.ui.table_model import ROW_ROLE, Column, RowTableModel

log = logging.getLogger(__name__)


class EventTableModel(RowTableModel):
    """The month's recorded events."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            Column(self.tr("Date"), lambda e: e.day.isoformat()),
            Column(self.tr("Staff no."), lambda e: e.staff_no),
            Column(self.tr("Name"), lambda e: e.name),
            Column(self.tr("Kind"), lambda e: tr(EVENT_KIND_LABELS[e.kind])),
            Column(self.tr("Medical\nerror"), lambda e: self.tr("yes") if e.error else ""),
            Column(self.tr("Note"), lambda e: e.note),
        ]
        super().__init__(columns, parent)


class DeductionTableModel(RowTableModel):
    """Doctors with events this month: the deduction their events give, and the pay after it."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            Column(self.tr("Staff no."), lambda r: r.staff_no),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Violations"), lambda r: str(r.deduction.violations), numeric=True),
            Column(self.tr("Errors"), lambda r: str(r.deduction.errors), numeric=True),
            Column(self.tr("Veto"), lambda r: self.tr("yes") if r.deduction.veto else ""),
            Column(
                self.tr("Band"),
                lambda r: band_label(r.band),
                background=lambda r: band_colour(r.band),
            ),
            Column(
                self.tr("Deduction"),
                lambda r: figure(r.deduction.ratio),
                lambda r: r.deduction.ratio,
                numeric=True,
            ),
            Column(
                self.tr("Performance\npay"),
                lambda r: figure(r.performance_pay),
                lambda r: r.performance_pay,
                numeric=True,
            ),
        ]
        super().__init__(columns, parent)


def has_events(row: ReviewRow) -> bool:
    deduction = row.deduction
    return bool(deduction.violations or deduction.errors or deduction.veto)


class EventsTab(QWidget):
    """Record or remove events; the deductions below follow at once."""

    def __init__(self, screen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen = screen
        self.model = EventTableModel(self)
        self.view = table_view(
            self.model, name="events_table", placeholder=self.tr("No events recorded this month.")
        )
        self.deductions = DeductionTableModel(self)
        self.deduction_view = table_view(
            self.deductions,
            name="deductions_table",
            placeholder=self.tr("No deductions: nobody has an event this month."),
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("events_message")
        self.remove_button = QPushButton(self.tr("Remove the selected event"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.remove_button.setEnabled(screen.can_edit)

        splitter = self._build_lists()
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_form())
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    def _build_lists(self) -> QSplitter:
        events_box = QGroupBox(self.tr("Events of the month"))
        events_layout = QVBoxLayout(events_box)
        events_layout.addWidget(self.view)
        events_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        deductions_box = QGroupBox(self.tr("Their effect on the deductions"))
        deductions_layout = QVBoxLayout(deductions_box)
        deductions_layout.addWidget(self.deduction_view)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(events_box)
        splitter.addWidget(deductions_box)
        splitter.setSizes([480, 640])
        return splitter

    def _build_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Record an event"))
        self.doctor = QComboBox()
        self.doctor.setMinimumContentsLength(14)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        for kind in EVENT_KINDS:
            self.kind.addItem(tr(EVENT_KIND_LABELS[kind]), kind)
        self.error = QCheckBox(self.tr("Medical error"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What happened"))
        self.add_button = QPushButton(self.tr("Add event"))
        self.add_button.clicked.connect(self.add_event)
        row = QHBoxLayout(box)
        for label, widget in (
            (self.tr("Doctor:"), self.doctor),
            (self.tr("Date:"), self.day),
            (self.tr("Kind:"), self.kind),
        ):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addWidget(self.error)
        row.addWidget(self.note, 1)
        row.addWidget(self.add_button)
        box.setEnabled(self.screen.can_edit)
        return box

    # --- showing -------------------------------------------------------------------------

    def reload(self) -> None:
        ctx, month = self.screen.session.ctx, self.screen.session.month
        self.screen.run_task(
            lambda: (month, event_service.list_events(ctx, month)),
            self._on_loaded,
            lambda error: self.message.setText(str(error)),
        )

    def _on_loaded(self, result) -> None:
        month, events = result
        if month != self.screen.session.month:
            return
        self.model.set_rows(events)
        fit_columns(self.view)

    def show_month(self, data: MonthEnd | None) -> None:
        """The month's doctors for the form, and the deductions of those with events."""
        rows = list(data.review.rows) if data else []
        chosen = self.doctor.currentData()
        self.doctor.clear()
        for row in rows:
            self.doctor.addItem(f"{row.staff_no} {row.name}", row.staff_no)
        self.doctor.setCurrentIndex(max(0, self.doctor.findData(chosen)))
        month = self.screen.session.month
        first, last = month.first_day, month.last_day
        self.day.setDateRange(
            QDate(first.year, first.month, 1), QDate(last.year, last.month, last.day)
        )
        self.deductions.set_rows([row for row in rows if has_events(row)])
        fit_columns(self.deduction_view)

    def deduction_of(self, staff_no: str) -> ReviewRow | None:
        return next((row for row in self.deductions.rows() if row.staff_no == staff_no), None)

    # --- changing ------------------------------------------------------------------------

    def add_event(self) -> None:
        staff_no = self.doctor.currentData()
        if staff_no is None:
            return
        ctx = self.screen.session.ctx
        day = self.day.date().toPython()
        kind, error, note = self.kind.currentData(), self.error.isChecked(), self.note.text()
        done = self.tr("{kind} of {staff_no} on {day} recorded")
        self.screen.run_task(
            lambda: event_service.add_event(ctx, staff_no, day, kind, error, note),
            lambda view: self._changed(
                done.format(kind=tr(EVENT_KIND_LABELS[view.kind]), staff_no=staff_no, day=day)
            ),
            self._on_refused,
        )

    def _on_remove_clicked(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            self.message.setText(self.tr("Select an event first."))
            return
        event: EventView = index.data(ROW_ROLE)
        ctx = self.screen.session.ctx
        done = self.tr("The event of {staff_no} on {day} was removed").format(
            staff_no=event.staff_no, day=event.day
        )
        self.screen.run_task(
            lambda: event_service.remove_event(ctx, event.id),
            lambda _: self._changed(done),
            self._on_refused,
        )

    def _changed(self, message: str) -> None:
        self.message.setText(message)
        self.note.clear()
        self.screen.notify_changed("events")

    def _on_refused(self, error: Exception) -> None:
        self.message.setText(str(error))
