"""Training: pre-service and in-service sessions and the volunteers who attended."""

import logging
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from centredesk.model.volunteers import TRAINING_KINDS
from centredesk.services import volunteer_work as work
from centredesk.services import volunteers as register
from centredesk.services.errors import Refused
from centredesk.services.volunteer_work import TrainingView
from centredesk.ui.screens.volunteer_widgets import (
    ChoiceTableModel,
    ReloadWhenShown,
    button_row,
    choice_view,
    date_edit,
    dialog_layout,
    is_administrator,
    problem_label,
    qdate,
    save_buttons,
    with_side_panel,
    word,
)
from centredesk.ui.table_model import Column
from centredesk.ui.widgets.filter_table import FilterTable

log = logging.getLogger(__name__)


class TrainingTab(ReloadWhenShown, QWidget):
    """Training sessions on the left, who attended the selected one on the right."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: TrainingDialog | None = None
        self.table = FilterTable(self._columns(), self.tr("Search by topic or date…"))
        self.table.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        # The latest first: upcoming activities and recent sessions are what people look for.
        self.table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.attendees = FilterTable(
            [Column(self.tr("No."), lambda p: p.number), Column(self.tr("Name"), lambda p: p.name)],
            self.tr("Search attendees…"),
        )
        buttons, _ = button_row(
            [
                (self.tr("Add session…"), self.add_session),
                (self.tr("Attendance…"), self._on_attendance_clicked),
            ],
            enabled=is_administrator(session),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(
            with_side_panel(self.table, self.tr("Attended"), self.attendees, sizes=(860, 360))
        )
        session.sig_data_changed.connect(self._on_session_data_changed)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda s: s.day.isoformat()),
            Column(self.tr("Kind"), lambda s: word(s.kind)),
            Column(self.tr("Topic"), lambda s: s.topic),
            Column(self.tr("Hours"), lambda s: str(s.hours), lambda s: s.hours, numeric=True),
            Column(
                self.tr("Attended"),
                lambda s: str(len(s.attendees)),
                lambda s: len(s.attendees),
                numeric=True,
            ),
        ]

    def reload(self) -> None:
        self.table.set_rows(work.list_trainings(self.session.ctx))
        self._on_selection_changed()

    def _on_selection_changed(self, *_) -> None:
        training = self.table.selected_row()
        self.attendees.set_rows(training.attendees if training else [])

    def add_session(self) -> "TrainingDialog":
        return self._open(None)

    def edit_attendance(self, training: TrainingView) -> "TrainingDialog":
        return self._open(training)

    def _open(self, training: TrainingView | None) -> "TrainingDialog":
        self.dialog = TrainingDialog(self.session, training, self)
        self.dialog.accepted.connect(lambda: self.session.changed("volunteers"))
        self.dialog.open()
        return self.dialog

    def _on_attendance_clicked(self) -> None:
        training = self.table.selected_row()
        if training is not None:
            self.edit_attendance(training)

    def _on_session_data_changed(self, kind: str) -> None:
        if kind in ("volunteers", "all"):
            self.request_reload()


class TrainingDialog(QDialog):
    """A new session with its attendees, or the attendance of an existing one."""

    def __init__(self, session, training: TrainingView | None, parent=None) -> None:
        super().__init__(parent)
        self._session, self._training = session, training
        self.setWindowTitle(self.tr("Attendance") if training else self.tr("New training session"))
        self.day = date_edit(training.day if training else date.today())
        self.kind = QComboBox()
        for key in TRAINING_KINDS:
            self.kind.addItem(word(key), key)
        self.topic = QLineEdit(training.topic if training else "")
        self.hours = QLineEdit(str(training.hours) if training else "2")
        self._build_people()
        self._fill(training)
        self.problem_label = problem_label()
        layout = dialog_layout(
            self,
            [],
            [
                (self.tr("Date"), self.day),
                (self.tr("Kind"), self.kind),
                (self.tr("Topic"), self.topic),
                (self.tr("Hours"), self.hours),
                (self.tr("Attended"), self.search),
            ],
        )
        layout.insertWidget(1, self.people_view, 1)
        self.buttons = save_buttons(self, layout)
        self.resize(560, 620)

    def _build_people(self) -> None:
        """The volunteers to tick, behind a search box."""
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search volunteers…"))
        self.people = ChoiceTableModel(
            [
                Column(self.tr("Name"), lambda v: v.name),
                Column(self.tr("No."), lambda v: v.number),
                Column(self.tr("Areas"), lambda v: "、".join(v.areas)),
            ],
            key=lambda v: v.id,
        )
        proxy, self.people_view = choice_view(self.people)
        self.search.textChanged.connect(proxy.setFilterFixedString)

    def _fill(self, training: TrainingView | None) -> None:
        volunteers = [v for v in register.list_volunteers(self._session.ctx) if not v.archived]
        self.people.set_rows(volunteers)
        if training is not None:
            self.kind.setCurrentIndex(self.kind.findData(training.kind))
            self.people.set_checked(person.id for person in training.attendees)
            for field in (self.day, self.kind, self.topic, self.hours):
                field.setEnabled(False)
            self.day.setDate(qdate(training.day))

    def tick(self, names: list[str]) -> None:
        """Tick the volunteers of these names, as clicking their boxes would."""
        self.people.set_checked(v.id for v in self.people.rows() if v.name in names)

    def save(self) -> None:
        ticked = [v.id for v in self.people.checked()]
        try:
            if self._training is None:
                work.add_training(
                    self._session.ctx,
                    self.day.date().toPython(),
                    self.kind.currentData(),
                    self.topic.text(),
                    _hours(self.hours.text()),
                    ticked,
                )
            else:
                work.set_attendance(self._session.ctx, self._training.id, ticked)
        except Refused as refusal:
            self.problem_label.setText(str(refusal))
            return
        self.accept()


def _hours(text: str) -> Decimal:
    try:
        return Decimal(text.strip() or "0")
    except InvalidOperation:
        raise Refused("hours must be a number") from None
