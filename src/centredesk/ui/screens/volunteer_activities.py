"""Activities: planning them, suggested volunteers, and who signed up."""

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from centredesk.services import volunteer_work as work
from centredesk.services import volunteers as register
from centredesk.services.errors import Refused
from centredesk.services.volunteer_work import ActivityView, SuggestionView
from centredesk.ui.screens.volunteer_widgets import (
    ChoiceTableModel,
    ReloadWhenShown,
    button_row,
    choice_view,
    date_edit,
    dialog_layout,
    is_administrator,
    problem_label,
    save_buttons,
    shown_date,
    with_side_panel,
)
from centredesk.ui.table_model import Column
from centredesk.ui.widgets.filter_table import FilterTable

log = logging.getLogger(__name__)


class ActivitiesTab(ReloadWhenShown, QWidget):
    """Activities on the left; the selected one's sign-ups, suggestions and withdrawals."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: QDialog | None = None
        self.table = FilterTable(self._columns(), self.tr("Search by title, area or place…"))
        self.table.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        # The latest first: upcoming activities and recent sessions are what people look for.
        self.table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.upcoming_only = QCheckBox(self.tr("Upcoming only"))
        self.upcoming_only.toggled.connect(self.reload)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.signed_up = FilterTable(
            [Column(self.tr("No."), lambda p: p.number), Column(self.tr("Name"), lambda p: p.name)],
            "",
        )
        self.signed_up.search.hide()
        buttons, withdraw = self._buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        side = (self.summary, self.signed_up, withdraw)
        layout.addWidget(with_side_panel(self.table, self.tr("Signed up"), *side))
        session.sig_data_changed.connect(self._on_session_data_changed)

    def _buttons(self):
        """The actions above the table, and Withdraw under the sign-ups."""
        admin = is_administrator(self.session)
        buttons, _ = button_row(
            [
                (self.tr("Plan activity…"), self.plan),
                (self.tr("Suggest volunteers…"), self._on_suggest_clicked),
            ],
            enabled=admin,
        )
        buttons.addWidget(self.upcoming_only)
        withdraw, _ = button_row([(self.tr("Withdraw"), self._on_withdraw_clicked)], admin)
        return buttons, withdraw

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda a: a.day.isoformat()),
            Column(self.tr("Activity"), lambda a: a.title),
            Column(self.tr("Service area"), lambda a: a.area),
            Column(self.tr("Place"), lambda a: a.place),
            Column(self.tr("Skills"), lambda a: "、".join(a.skills)),
            Column(self.tr("Needed"), lambda a: str(a.needed), lambda a: a.needed, numeric=True),
            Column(
                self.tr("Signed up"),
                lambda a: str(len(a.signed_up)),
                lambda a: len(a.signed_up),
                numeric=True,
            ),
            Column(self.tr("Open"), lambda a: str(a.open_places), lambda a: a.open_places, True),
        ]

    def reload(self) -> None:
        since = date.today() if self.upcoming_only.isChecked() else None
        selected = self.table.selected_row()
        self.table.set_rows(work.list_activities(self.session.ctx, since))
        if selected is not None:
            self.select(selected.id)
        self._on_selection_changed()

    def select(self, activity_id: int) -> None:
        """Select an activity's row, as a click on it would."""
        rows = self.table.visible_rows()
        number = next((i for i, row in enumerate(rows) if row.id == activity_id), None)
        if number is not None:
            self.table.view.selectRow(number)

    def _on_selection_changed(self, *_) -> None:
        activity = self.table.selected_row()
        if activity is None:
            self.summary.setText(self.tr("Select an activity to see who signed up."))
            self.signed_up.set_rows([])
            return
        self.summary.setText(
            self.tr("{title} on {day}: {signed} of {needed} places taken").format(
                title=activity.title,
                day=activity.day,
                signed=len(activity.signed_up),
                needed=activity.needed,
            )
        )
        self.signed_up.set_rows(activity.signed_up)

    # --- actions -----------------------------------------------------------------------

    def plan(self) -> "ActivityDialog":
        self.dialog = ActivityDialog(self.session, self)
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()
        return self.dialog

    def suggest(self, activity: ActivityView) -> "SuggestionDialog":
        self.dialog = SuggestionDialog(self.session, activity, self)
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()
        return self.dialog

    def _on_suggest_clicked(self) -> None:
        activity = self.table.selected_row()
        if activity is not None:
            self.suggest(activity)

    def _on_withdraw_clicked(self) -> None:
        activity = self.table.selected_row()
        person = self.signed_up.selected_row()
        if activity is not None and person is not None:
            work.withdraw(self.session.ctx, activity.id, person.id)
            self.session.changed("volunteers")

    def _on_dialog_accepted(self) -> None:
        created = getattr(self.dialog, "created_id", None)
        self.session.changed("volunteers")
        if created is not None:
            self.select(created)

    def _on_session_data_changed(self, kind: str) -> None:
        if kind in ("volunteers", "all"):
            self.request_reload()


class ActivityDialog(QDialog):
    """Plan an activity: date, title, area, place, how many volunteers, the skills it uses."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("Plan activity"))
        ctx = session.ctx
        self.day = date_edit(date.today())
        self.title = QLineEdit()
        self.area = QComboBox()
        self.area.addItems(register.service_areas(ctx))
        self.place = QLineEdit()
        self.needed = QSpinBox()
        self.needed.setRange(1, 200)
        self.needed.setValue(4)
        skills = self._skills_group(register.skills(ctx))
        self.problem_label = problem_label()
        layout = dialog_layout(
            self,
            [],
            [
                (self.tr("Date"), self.day),
                (self.tr("Activity"), self.title),
                (self.tr("Service area"), self.area),
                (self.tr("Place"), self.place),
                (self.tr("Volunteers needed"), self.needed),
            ],
        )
        layout.insertWidget(1, skills)
        self.buttons = save_buttons(self, layout)
        self.resize(480, self.sizeHint().height())

    def _skills_group(self, names: list[str]) -> QGroupBox:
        self.skill_boxes = {name: QCheckBox(name) for name in names}
        group = QGroupBox(self.tr("Skills it uses (volunteers need one of them)"))
        grid = QGridLayout(group)
        for number, box in enumerate(self.skill_boxes.values()):
            grid.addWidget(box, number // 3, number % 3)
        return group

    def save(self) -> None:
        skills = tuple(name for name, box in self.skill_boxes.items() if box.isChecked())
        try:
            self.created_id = work.add_activity(
                self._session.ctx,
                self.day.date().toPython(),
                self.title.text(),
                self.area.currentText(),
                self.place.text(),
                self.needed.value(),
                skills,
            )
        except Refused as refusal:
            self.problem_label.setText(str(refusal))
            return
        self.accept()


class SuggestionDialog(QDialog):
    """Volunteers suggested for an activity, the first ones for its open places ticked."""

    def __init__(self, session, activity: ActivityView, parent=None) -> None:
        super().__init__(parent)
        self._session, self._activity = session, activity
        self.setWindowTitle(self.tr("Suggested volunteers"))
        suggestions = work.suggest_volunteers(session.ctx, activity.id)
        self.model = ChoiceTableModel(self._columns(), key=lambda s: s.person.id)
        self.model.set_rows(suggestions)
        self.model.set_checked(s.person.id for s in suggestions[: activity.open_places])
        _, self.view = choice_view(self.model)
        self.view.resizeColumnsToContents()
        explanation = QLabel(self._explanation(len(suggestions)))
        explanation.setWordWrap(True)
        self.problem_label = problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = self.buttons.addButton(
            self.tr("Sign up the ticked"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (explanation, self.view, self.problem_label, self.buttons):
            layout.addWidget(widget)
        self.resize(680, 460)

    def _columns(self) -> list[Column]:
        never = self.tr("never")
        return [
            Column(self.tr("Name"), lambda s: s.person.name),
            Column(self.tr("No."), lambda s: s.person.number),
            Column(
                self.tr("Last served"),
                lambda s: shown_date(s.last_served) or never,
                lambda s: shown_date(s.last_served),
            ),
            Column(self.tr("Service areas"), lambda s: "、".join(s.areas)),
            Column(self.tr("Skills"), lambda s: "、".join(s.skills)),
        ]

    def _explanation(self, count: int) -> str:
        activity = self._activity
        return self.tr(
            "{title} on {day} ({area}) has {open} open places. {count} available volunteers "
            "fit it, least recently served first; the first are ticked."
        ).format(
            title=activity.title,
            day=activity.day,
            area=activity.area,
            open=activity.open_places,
            count=count,
        )

    def suggested(self) -> list[SuggestionView]:
        return self.model.rows()

    def save(self) -> None:
        ticked = [s.person.id for s in self.model.checked()]
        if not ticked:
            self.problem_label.setText(
                QCoreApplication.translate("SuggestionDialog", "Tick at least one volunteer.")
            )
            return
        try:
            work.sign_up(self._session.ctx, self._activity.id, ticked)
        except Refused as refusal:
            self.problem_label.setText(str(refusal))
            return
        self.accept()
