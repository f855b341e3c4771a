"""The roster's dialogs: recording leave, repeating a week, and the shift codes."""

import logging
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from centredesk.services import leave as leave_service
from centredesk.services import shift_codes as codes_service
from centredesk.services.errors import Refused
from centredesk.services.roster import MAX_WEEKS, RosterRow
from centredesk.services.shift_codes import LEAVE, REST, WORK, ShiftCodeForm, ShiftCodeView
from centredesk.ui.screens.staff_helpers import GREY, confirm, date_edit, decimal_from, note_label
from centredesk.ui.table_model import Column
from centredesk.ui.widgets.filter_table import FilterTable

log = logging.getLogger(__name__)


class LeaveDialog(QDialog):
    """Record leave for one staff member; warns first when shifts are rostered on those days."""

    sig_leave_recorded = Signal()
    """Leave was recorded (the roster and the month's review change)."""

    def __init__(self, ctx, rows: list[RosterRow], codes: list[ShiftCodeView], day: date, parent):
        super().__init__(parent)
        self._ctx = ctx
        self.warning: QMessageBox | None = None
        self.setWindowTitle(self.tr("Record leave"))
        self.setMinimumWidth(440)
        self.staff = QComboBox()
        for row in rows:
            self.staff.addItem(f"{row.name} ({row.staff_no}) · {row.post_name}", row.staff_no)
        self.start = date_edit(day)
        self.end = date_edit(day)
        self.kind = QComboBox()
        for code in codes:
            if code.is_leave and not code.retired:
                self.kind.addItem(f"{code.code} · {code.name}", code.code)
        self.problem_label = note_label(problem=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record leave"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Staff member"), self.staff)
        form.addRow(self.tr("First day"), self.start)
        form.addRow(self.tr("Last day"), self.end)
        form.addRow(self.tr("Kind of leave"), self.kind)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            note_label(
                self.tr(
                    "Leave counts against attendance in the month's review. Shifts rostered on "
                    "those days are replaced. A signed month's leave cannot change."
                )
            )
        )
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

    def set_staff(self, staff_no: str) -> None:
        self.staff.setCurrentIndex(max(0, self.staff.findData(staff_no)))

    def submit(self) -> None:
        """Check for rostered shifts; record at once, or after the person agrees."""
        staff_no, start, end = self._values()
        try:
            clashes = leave_service.leave_clashes(self._ctx, staff_no, start, end)
        except Refused as refusal:
            self.problem_label.setText(str(refusal))
            return
        if not clashes:
            self.record()
            return
        shifts = "\n".join(f"{clash.day:%m-%d}  {clash.code}" for clash in clashes)
        self.warning = confirm(
            self,
            self.tr("Shifts are rostered"),
            self.tr(
                "{name} is rostered to work on these days of the leave:\n{shifts}\n\n"
                "Record the leave anyway? Those shifts are replaced by leave."
            ).format(name=clashes[0].name, shifts=shifts),
            self.record,
        )

    def record(self) -> None:
        staff_no, start, end = self._values()
        try:
            leave_service.record_leave(
                self._ctx, staff_no, start, end, self.kind.currentData() or ""
            )
        except Refused as refusal:
            self.problem_label.setText(str(refusal))
            return
        self.sig_leave_recorded.emit()
        self.accept()

    def _values(self) -> tuple[str, date, date]:
        return (
            self.staff.currentData() or "",
            self.start.date().toPython(),
            self.end.date().toPython(),
        )


class RepeatWeekDialog(QDialog):
    """How many weeks to repeat the week shown over."""

    def __init__(self, monday: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Repeat the week"))
        self.setMinimumWidth(440)
        self.weeks = QSpinBox()
        self.weeks.setRange(1, MAX_WEEKS)
        self.weeks.setValue(4)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        heading = QLabel(self._heading(monday))
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.weeks)
        layout.addWidget(note_label(self._explanation()))
        layout.addWidget(self.buttons)

    def _heading(self, monday: date) -> str:
        return self.tr("Repeat the shifts of {first} to {last} over the following").format(
            first=monday.isoformat(), last=(monday + timedelta(days=6)).isoformat()
        )

    def _explanation(self) -> str:
        return self.tr(
            "Those weeks become copies of this week's shifts. Leave, public holidays and "
            "days outside a staff member's employment keep what they have."
        )


class ShiftCodesDialog(QDialog):
    """The roster's shift codes: add, change, retire or bring back."""

    sig_codes_changed = Signal()
    """A shift code was added or changed."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._editing: ShiftCodeView | None = None
        self.setWindowTitle(self.tr("Shift codes"))
        self.resize(640, 520)
        self.table = FilterTable(self._columns(), self.tr("Search codes…"))
        self.table.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._build_form()
        self.problem_label = note_label(problem=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.problem_label)
        layout.addLayout(self._buttons())
        self.reload()

    def _columns(self) -> list[Column]:
        kinds = self._kind_names()
        return [
            Column(self.tr("Code"), lambda c: c.code, background=_swatch),
            Column(self.tr("Description"), lambda c: c.name, foreground=_grey_if_retired),
            Column(self.tr("Hours"), lambda c: str(c.hours), lambda c: c.hours, numeric=True),
            Column(self.tr("Kind"), lambda c: kinds.get(c.kind, c.kind)),
            Column(
                self.tr("Status"),
                lambda c: self.tr("not in use") if c.retired else self.tr("in use"),
                foreground=_grey_if_retired,
            ),
        ]

    def _kind_names(self) -> dict[str, str]:
        return {
            WORK: self.tr("work shift"),
            REST: self.tr("rest day"),
            LEAVE: self.tr("leave (counts against attendance)"),
        }

    def _build_form(self) -> None:
        self.form = QFormLayout()
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.hours = QLineEdit("0")
        self.kind = QComboBox()
        for kind, text in self._kind_names().items():
            self.kind.addItem(text, kind)
        self.colour = QLineEdit()
        self.colour.setPlaceholderText("#dcebfa")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._on_choose_clicked)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour, 1)
        colour_row.addWidget(choose)
        for label, field in (
            (self.tr("Code"), self.code),
            (self.tr("Description"), self.name),
            (self.tr("Hours"), self.hours),
            (self.tr("Kind"), self.kind),
            (self.tr("Colour"), colour_row),
        ):
            self.form.addRow(label, field)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New code"))
        self.save_button = QPushButton(self.tr("Save"))
        self.retire_button = QPushButton(self.tr("Retire"))
        close = QPushButton(self.tr("Close"))
        self.new_button.clicked.connect(self.new_code)
        self.save_button.clicked.connect(self.save)
        self.retire_button.clicked.connect(self.toggle_retired)
        close.clicked.connect(self.accept)
        for button in (self.new_button, self.save_button, self.retire_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(close)
        return row

    def reload(self) -> None:
        self.table.set_rows(codes_service.list_shift_codes(self._ctx))
        self._on_selection_changed()

    def new_code(self) -> None:
        self.table.view.clearSelection()
        self._fill(None)

    def save(self) -> None:
        try:
            form = ShiftCodeForm(
                code=self.code.text(),
                name=self.name.text(),
                hours=decimal_from(self.hours.text() or "0", self.tr("hours")),
                kind=self.kind.currentData(),
                colour=self.colour.text().strip(),
                id=self._editing.id if self._editing else None,
            )
            saved = codes_service.save_shift_code(self._ctx, form)
        except Refused as refusal:
            self.problem_label.setText(str(refusal))
            return
        self.problem_label.clear()
        self._after_change(saved.code)

    def toggle_retired(self) -> None:
        if self._editing is None:
            return
        code = self._editing
        codes_service.set_shift_code_retired(self._ctx, code.code, not code.retired)
        self._after_change(code.code)

    def _after_change(self, code: str) -> None:
        self.reload()
        for row, shown in enumerate(self.table.visible_rows()):
            if shown.code == code:
                self.table.view.selectRow(row)
        self.sig_codes_changed.emit()

    def _on_selection_changed(self, *_: object) -> None:
        self._fill(self.table.selected_row())

    def _fill(self, code: ShiftCodeView | None) -> None:
        self._editing = code
        self.code.setText(code.code if code else "")
        self.name.setText(code.name if code else "")
        self.hours.setText(str(code.hours) if code else "0")
        self.kind.setCurrentIndex(max(0, self.kind.findData(code.kind if code else WORK)))
        self.colour.setText(code.colour if code else "")
        self.retire_button.setEnabled(code is not None)
        retired = code is not None and code.retired
        self.retire_button.setText(self.tr("Bring back") if retired else self.tr("Retire"))

    def _on_choose_clicked(self) -> None:
        self.colour_dialog = QColorDialog(QColor(self.colour.text() or "#ffffff"), self)
        self.colour_dialog.colorSelected.connect(lambda colour: self.colour.setText(colour.name()))
        self.colour_dialog.open()


def _swatch(code: ShiftCodeView):
    return QColor(code.colour) if code.colour else None


def _grey_if_retired(code: ShiftCodeView):
    return QColor(GREY) if code.retired else None
