"""The volunteer register: search and sort, register and edit, archive, supervision notes,
the lists of service areas and skills, import and export."""

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from centredesk.model.volunteers import EVALUATIONS, age_on
from centredesk.services import volunteer_work as work
from centredesk.services import volunteers as service
from centredesk.services.errors import Refused
from centredesk.services.volunteers import VolunteerView
from centredesk.ui.screens.volunteer_form import VolunteerDialog
from centredesk.ui.screens.volunteer_import import VolunteerImport
from centredesk.ui.screens.volunteer_widgets import (
    ReloadWhenShown,
    button_row,
    date_edit,
    dialog_layout,
    heading,
    is_administrator,
    problem_label,
    save_buttons,
    with_side_panel,
    word,
    words,
)
from centredesk.ui.table_model import Column
from centredesk.ui.widgets.filter_table import FilterTable

log = logging.getLogger(__name__)


class RegisterTab(ReloadWhenShown, QWidget):
    """The register: a searchable table, the selected volunteer's details and notes."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: QDialog | None = None
        self.table = FilterTable(self._columns(), self.tr("Search by name, number, phone, area…"))
        self.table.sig_row_activated.connect(self._on_table_row_activated)
        self.table.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.show_archived = QCheckBox(self.tr("Show archived volunteers"))
        self.show_archived.toggled.connect(self.reload)
        self.details = _details_label()
        self.notes = FilterTable(self._note_columns(), "")
        self.notes.search.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self._buttons())
        layout.addWidget(
            with_side_panel(
                self.table,
                self.tr("Volunteer"),
                self.details,
                heading(self.tr("Supervision notes")),
                self.notes,
                sizes=(900, 320),
            )
        )
        session.sig_data_changed.connect(self._on_session_data_changed)

    def _buttons(self):
        """The register's actions; the director may only search and export."""
        buttons, self.buttons = button_row(
            [
                (self.tr("Register volunteer…"), self.register),
                (self.tr("Edit…"), self._on_edit_clicked),
                (self.tr("Archive…"), self._on_archive_clicked),
                (self.tr("Restore"), self._on_restore_clicked),
                (self.tr("Supervision note…"), self._on_note_clicked),
                (self.tr("Import…"), self._on_import_clicked),
                (self.tr("Export to Excel…"), self._on_export_clicked),
                (self.tr("Areas and skills…"), self._on_lists_clicked),
            ],
            enabled=is_administrator(self.session),
        )
        self.buttons[6].setEnabled(True)
        buttons.addWidget(self.show_archived)
        return buttons

    def _columns(self) -> list[Column]:
        today = date.today()
        return [
            Column(self.tr("No."), lambda v: v.number),
            Column(self.tr("Name"), lambda v: v.name),
            Column(self.tr("Gender"), lambda v: word(v.gender)),
            Column(
                self.tr("Age"),
                lambda v: str(age_on(v.birth_date, today)),
                numeric=True,
                sort_key=lambda v: age_on(v.birth_date, today),
            ),
            Column(self.tr("Phone"), lambda v: v.phone),
            Column(self.tr("ID number"), lambda v: v.id_number),
            Column(self.tr("Employment"), lambda v: word(v.employment)),
            Column(self.tr("Service areas"), lambda v: "、".join(v.areas)),
            Column(self.tr("Skills"), lambda v: "、".join(v.skills)),
            Column(self.tr("Grid"), lambda v: v.grid),
            Column(self.tr("Registered on"), lambda v: v.registered.isoformat()),
            Column(self.tr("Status"), self._status),
        ]

    def _status(self, volunteer: VolunteerView) -> str:
        if volunteer.archived:
            return self.tr("archived {day}").format(day=volunteer.archived_on)
        return self.tr("active")

    def _note_columns(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda n: n.day.isoformat()),
            Column(self.tr("Evaluation"), lambda n: word(n.evaluation)),
            Column(self.tr("Note"), lambda n: n.note),
        ]

    def reload(self) -> None:
        volunteers = service.list_volunteers(self.session.ctx)
        if not self.show_archived.isChecked():
            volunteers = [v for v in volunteers if not v.archived]
        self.table.set_rows(volunteers)
        self._show_selected()

    def select(self, volunteer_id: int) -> None:
        """Select a volunteer's row, as a click on it would."""
        rows = self.table.visible_rows()
        number = next(i for i, row in enumerate(rows) if row.id == volunteer_id)
        self.table.view.selectRow(number)

    # --- the selected volunteer --------------------------------------------------------

    def _on_selection_changed(self, *_) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        volunteer = self.table.selected_row()
        if volunteer is None:
            self.details.setText(self.tr("Select a volunteer to see their details."))
            self.notes.set_rows([])
            return
        self.details.setText(self._describe(volunteer))
        self.notes.set_rows(work.list_supervision_notes(self.session.ctx, volunteer.id))

    def _describe(self, v: VolunteerView) -> str:
        lines = [
            f"<b>{v.name}</b> ({v.number}) · {word(v.gender)} · {v.birth_date}",
            self.tr("ID {id} · phone {phone}").format(id=v.id_number, phone=v.phone),
            f"{v.address} {v.grid}".strip(),
            self.tr("Motivations: {words}").format(words=words(v.motivations) or "—"),
            self.tr("Available: {words}").format(words=words(v.availability) or "—"),
            self.tr("Emergency contact: {who}").format(who=v.emergency_contact or "—"),
        ]
        return "<br>".join(line for line in lines if line)

    # --- editing -----------------------------------------------------------------------

    def register(self) -> VolunteerDialog:
        return self._open_form(None)

    def edit(self, volunteer: VolunteerView) -> VolunteerDialog:
        return self._open_form(volunteer)

    def _open_form(self, volunteer: VolunteerView | None) -> VolunteerDialog:
        ctx = self.session.ctx
        self.dialog = VolunteerDialog(
            ctx, service.service_areas(ctx), service.skills(ctx), volunteer, self
        )
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()
        return self.dialog

    def _on_dialog_accepted(self) -> None:
        self.session.changed("volunteers")

    def _on_edit_clicked(self) -> None:
        volunteer = self.table.selected_row()
        if volunteer is not None:
            self.edit(volunteer)

    def _on_table_row_activated(self, volunteer: VolunteerView) -> None:
        if is_administrator(self.session):
            self.edit(volunteer)

    def _on_archive_clicked(self) -> None:
        volunteer = self.table.selected_row()
        if volunteer is not None and not volunteer.archived:
            self.dialog = ArchiveDialog(self.session, volunteer, self)
            self.dialog.accepted.connect(self._on_dialog_accepted)
            self.dialog.open()

    def _on_restore_clicked(self) -> None:
        volunteer = self.table.selected_row()
        if volunteer is not None and volunteer.archived:
            service.restore_volunteer(self.session.ctx, volunteer.id)
            self.session.changed("volunteers")

    def _on_note_clicked(self) -> None:
        volunteer = self.table.selected_row()
        if volunteer is not None:
            self.dialog = NoteDialog(self.session, volunteer, self)
            self.dialog.accepted.connect(self._show_selected)
            self.dialog.open()

    def _on_lists_clicked(self) -> None:
        self.dialog = ListsDialog(self.session, self)
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()

    def _on_session_data_changed(self, kind: str) -> None:
        if kind in ("volunteers", "all"):
            self.request_reload()

    # --- files -------------------------------------------------------------------------

    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import volunteers"), "", self.tr("Spreadsheets (*.xlsx *.xls *.csv)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, kind: str = "volunteers") -> VolunteerImport:
        """Import a volunteers file; `self.importing.dialog` then shows the outcome."""
        self.importing = VolunteerImport(self, self.session.ctx, kind, path)
        self.importing.sig_file_imported.connect(lambda _: self.session.changed("volunteers"))
        self.importing.start()
        return self.importing

    def _on_export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export volunteers"),
            "volunteers.xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            self.window().run_task(
                lambda: service.export_volunteers(self.session.ctx, Path(path)),
                lambda count: (
                    self.window()
                    .statusBar()
                    .showMessage(
                        self.tr("Exported {count} volunteers to {path}").format(
                            count=count, path=path
                        ),
                        10000,
                    )
                ),
            )


def _details_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ArchiveDialog(QDialog):
    """Archive a volunteer from a date: they stay on file, out of the statistics."""

    def __init__(self, session, volunteer: VolunteerView, parent=None) -> None:
        super().__init__(parent)
        self._session, self._volunteer = session, volunteer
        self.setWindowTitle(self.tr("Archive volunteer"))
        self.day = date_edit(date.today())
        self.problem_label = problem_label()
        text = self.tr("{name} ({number}) leaves the register; their hours are kept.")
        layout = dialog_layout(
            self,
            [QLabel(text.format(name=volunteer.name, number=volunteer.number))],
            [(self.tr("Archived from"), self.day)],
        )
        self.buttons = save_buttons(self, layout)

    def save(self) -> None:
        try:
            service.archive_volunteer(
                self._session.ctx, self._volunteer.id, self.day.date().toPython()
            )
        except Refused as refusal:
            self.problem_label.setText(str(refusal))
            return
        self.accept()


class NoteDialog(QDialog):
    """A supervision note with an evaluation."""

    def __init__(self, session, volunteer: VolunteerView, parent=None) -> None:
        super().__init__(parent)
        self._session, self._volunteer = session, volunteer
        self.setWindowTitle(self.tr("Supervision note on {name}").format(name=volunteer.name))
        self.day = date_edit(date.today())
        self.evaluation = QComboBox()
        for key in EVALUATIONS:
            self.evaluation.addItem(word(key), key)
        self.evaluation.setCurrentIndex(1)
        self.note = QLineEdit()
        self.problem_label = problem_label()
        layout = dialog_layout(
            self,
            [],
            [
                (self.tr("Date"), self.day),
                (self.tr("Evaluation"), self.evaluation),
                (self.tr("Note"), self.note),
            ],
        )
        self.buttons = save_buttons(self, layout)
        self.resize(460, self.sizeHint().height())

    def save(self) -> None:
        try:
            work.add_supervision_note(
                self._session.ctx,
                self._volunteer.id,
                self.day.date().toPython(),
                self.evaluation.currentData(),
                self.note.text(),
            )
        except Refused as refusal:
            self.problem_label.setText(str(refusal))
            return
        self.accept()


class ListsDialog(QDialog):
    """The centre's lists of service areas and of skills, one entry per line."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Service areas and skills"))
        ctx = session.ctx
        self.areas = QPlainTextEdit("\n".join(service.service_areas(ctx)))
        self.skills = QPlainTextEdit("\n".join(service.skills(ctx)))
        self.problem_label = problem_label()
        note = QLabel(self.tr("One per line. Volunteers keep an area taken off the list."))
        layout = dialog_layout(
            self, [note], [(self.tr("Service areas"), self.areas), (self.tr("Skills"), self.skills)]
        )
        self.buttons = save_buttons(self, layout)
        self.resize(520, 480)

    def save(self) -> None:
        ctx = self._session.ctx
        try:
            service.set_service_areas(ctx, self.areas.toPlainText().splitlines())
            service.set_skills(ctx, self.skills.toPlainText().splitlines())
        except Refused as refusal:
            self.problem_label.setText(str(refusal))
            return
        self.accept()
