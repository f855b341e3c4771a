"""The registration form of one volunteer: every field of SPEC §4, checked as it is typed."""

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from centredesk.files.cells import read_list
from centredesk.model import id_number as ids
from centredesk.model.volunteers import EMPLOYMENTS, GENDERS, MOTIVATIONS, SLOTS
from centredesk.services import volunteers as service
from centredesk.services.errors import Refused
from centredesk.services.volunteers import VolunteerForm, VolunteerView
from centredesk.ui.screens.volunteer_widgets import date_edit, problem_label, qdate, word

log = logging.getLogger(__name__)

OK_STYLE, BAD_STYLE = "color: #1b7a3a;", "color: #b3261e;"


class VolunteerDialog(QDialog):
    """Register a volunteer or change one; saves through the service and shows refusals."""

    def __init__(
        self, ctx, areas: list[str], skills: list[str], volunteer: VolunteerView | None, parent
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._volunteer = volunteer
        self.saved: VolunteerView | None = None
        self.setWindowTitle(
            self.tr("Edit volunteer") if volunteer else self.tr("Register volunteer")
        )
        self.problem_label = problem_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addLayout(self._person_fields(), 1)
        columns.addLayout(self._service_fields(areas, skills, volunteer), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        if volunteer:
            self._fill(volunteer)
        self.resize(940, self.sizeHint().height())

    # --- building ----------------------------------------------------------------------

    def _person_fields(self) -> QFormLayout:
        self._build_person_widgets()
        form = QFormLayout()
        for label, field in (
            (self.tr("Name"), self.name),
            (self.tr("National ID number"), self.id_number),
            ("", self.id_hint),
            (self.tr("Gender"), self.gender),
            (self.tr("Birth date"), self.birth_date),
            (self.tr("Phone"), self.phone),
            (self.tr("Employment"), self.employment),
            (self.tr("Address"), self.address),
            (self.tr("Grid"), self.grid),
            (self.tr("Emergency contact"), self.emergency_contact),
            (self.tr("Registered on"), self.registered),
        ):
            form.addRow(label, field)
        return form

    def _build_person_widgets(self) -> None:
        self.name = QLineEdit()
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(ids.LENGTH)
        self.id_number.setPlaceholderText(self.tr("18 characters, the last may be X"))
        self.id_hint = QLabel()
        self.id_hint.setObjectName("id_hint")
        self.id_number.textChanged.connect(self._on_id_number_text_changed)
        self.gender = _combo(GENDERS)
        self.birth_date = date_edit(date(1970, 1, 1))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("13912345678 or 0571-88881234"))
        self.employment = _combo(EMPLOYMENTS)
        self.address = QLineEdit()
        self.grid = QLineEdit()
        self.emergency_contact = QLineEdit()
        self.registered = date_edit(date.today())

    def _service_fields(self, areas, skills, volunteer) -> QVBoxLayout:
        kept = set(volunteer.areas) - set(areas) if volunteer else set()
        self.area_boxes = _boxes(list(areas) + sorted(kept))
        self.skill_boxes = _boxes(skills)
        self.other_skills = QLineEdit()
        self.other_skills.setPlaceholderText(self.tr("Other skills, separated by 、 or ,"))
        self.motivation_boxes = {key: QCheckBox(word(key)) for key in MOTIVATIONS}
        self.slot_boxes = {key: QCheckBox(word(key)) for key in SLOTS}

        column = QVBoxLayout()
        column.addWidget(_group(self.tr("Service areas"), self.area_boxes))
        skill_group = _group(self.tr("Skills"), self.skill_boxes)
        skill_group.layout().addWidget(self.other_skills, 99, 0, 1, 3)
        column.addWidget(skill_group)
        column.addWidget(_group(self.tr("Motivations"), self.motivation_boxes))
        column.addWidget(_group(self.tr("Available"), self.slot_boxes))
        column.addStretch()
        return column

    def _fill(self, volunteer: VolunteerView) -> None:
        self.name.setText(volunteer.name)
        self.id_number.setText(volunteer.id_number)
        self.id_number.setReadOnly(not volunteer.id_shown)
        self.gender.setCurrentIndex(self.gender.findData(volunteer.gender))
        self.birth_date.setDate(qdate(volunteer.birth_date))
        self.phone.setText(volunteer.phone)
        self.employment.setCurrentIndex(self.employment.findData(volunteer.employment))
        self.address.setText(volunteer.address)
        self.grid.setText(volunteer.grid)
        self.emergency_contact.setText(volunteer.emergency_contact)
        self.registered.setDate(qdate(volunteer.registered))
        for boxes, chosen in (
            (self.area_boxes, volunteer.areas),
            (self.skill_boxes, volunteer.skills),
            (self.motivation_boxes, volunteer.motivations),
            (self.slot_boxes, volunteer.availability),
        ):
            for key, box in boxes.items():
                box.setChecked(key in chosen)
        self.other_skills.setText(
            "、".join(s for s in volunteer.skills if s not in self.skill_boxes)
        )

    # --- checking and saving -----------------------------------------------------------

    def _on_id_number_text_changed(self, text: str) -> None:
        number = ids.normalised(text)
        if len(number) < ids.LENGTH:
            self.id_hint.setText(self.tr("{count} of 18 characters").format(count=len(number)))
            self.id_hint.setStyleSheet("color: #5f6b76;")
            return
        problem = ids.shape_problem(number)
        if problem:
            self.id_hint.setText(self.tr("Not a valid ID number: {reason}").format(reason=problem))
            self.id_hint.setStyleSheet(BAD_STYLE)
            return
        born, gender = ids.birth_date_of(number), ids.gender_of(number)
        self.id_hint.setText(
            self.tr("Valid: born {born}, {gender}").format(born=born, gender=word(gender))
        )
        self.id_hint.setStyleSheet(OK_STYLE)
        # The ID says the birth date and gender: filled in, the person only checks them.
        self.birth_date.setDate(qdate(born))
        self.gender.setCurrentIndex(self.gender.findData(gender))

    def form_value(self) -> VolunteerForm:
        """The form as the service takes it."""
        skills = [k for k, box in self.skill_boxes.items() if box.isChecked()]
        skills += [s for s in read_list(self.other_skills.text()) if s not in skills]
        return VolunteerForm(
            name=self.name.text(),
            gender=self.gender.currentData(),
            birth_date=self.birth_date.date().toPython(),
            phone=self.phone.text(),
            id_number=self.id_number.text(),
            employment=self.employment.currentData(),
            registered=self.registered.date().toPython(),
            address=self.address.text(),
            grid=self.grid.text(),
            skills=tuple(skills),
            areas=_ticked(self.area_boxes),
            motivations=_ticked(self.motivation_boxes),
            availability=_ticked(self.slot_boxes),
            emergency_contact=self.emergency_contact.text(),
            id=self._volunteer.id if self._volunteer else None,
        )

    def save(self) -> None:
        try:
            self.saved = service.save_volunteer(self._ctx, self.form_value())
        except Refused as refusal:
            self.problem_label.setText("\n".join(str(refusal).split("; ")))
            return
        self.accept()


def _combo(keys) -> QComboBox:
    combo = QComboBox()
    for key in keys:
        combo.addItem(word(key), key)
    return combo


def _boxes(keys) -> dict[str, QCheckBox]:
    return {key: QCheckBox(word(key)) for key in keys}


def _group(title: str, boxes: dict[str, QCheckBox], columns: int = 3) -> QGroupBox:
    group = QGroupBox(title)
    grid = QGridLayout(group)
    for number, box in enumerate(boxes.values()):
        grid.addWidget(box, number // columns, number % columns)
    if not boxes:
        grid.addWidget(
            QLabel(QCoreApplication.translate("VolunteerDialog", "none listed yet")), 0, 0
        )
    return group


def _ticked(boxes: dict[str, QCheckBox]) -> tuple[str, ...]:
    return tuple(key for key, box in boxes.items() if box.isChecked())
