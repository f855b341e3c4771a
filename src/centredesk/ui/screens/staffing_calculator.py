"""The staffing calculator (SPEC §2.8): inputs beside published capacities, the working, and
the per-post staffing test from the last twelve months of recorded volume."""

import logging
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from centredesk.model.staffing import CapacityInputs, PostStaffing, Step
from centredesk.services import staffing_report
from centredesk.services.errors import Refused
from centredesk.services.staffing_report import (
    PUBLISHED,
    TYPED,
    WORKING_TIME,
    StaffingForm,
    StaffingWorking,
)
from centredesk.ui.screens.staff_helpers import list_view, note_label, searchable_proxy, warn
from centredesk.ui.table_model import Column, RowTableModel

log = logging.getLogger(__name__)

# The source's working time (part 2.2.2): 226.41 days of 7 hours, 20.05 minutes a visit, and
# 81.35 % of the time left for service after meetings and training.
SOURCE_WORKING_TIME = {
    "working_days": "226.41",
    "hours_per_day": "7",
    "minutes_per_visit": "20.05",
    "service_time_share": "0.8135",
}
DEMAND_FIELDS = (
    "population",
    "two_week_prevalence",
    "visits_per_episode",
    "community_share",
    "public_health_equivalents",
)
VERDICT_COLOURS = {
    "understaffed": "#b3261e",
    "overstaffed": "#9a6700",
    "balanced": "#137333",
    "no_doctors": "#5f6368",
}


class StaffingCalculatorTab(QWidget):
    """How many GP doctors and public health staff the population needs, and each post's test."""

    sig_posts_tested = Signal()
    """The per-post staffing test was read from the recorded volume."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.working: StaffingWorking | None = None
        self.fields: dict[str, QLineEdit] = {}
        self.steps = RowTableModel(self._step_columns(), self)
        self.posts = RowTableModel(self._post_columns(), self)
        self._post_names: dict[str, str] = {}

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self._demand_group(), 1)
        top.addWidget(self._capacity_group(), 1)
        layout.addLayout(top)
        layout.addWidget(self._working_group(), 1)
        layout.addWidget(self._posts_group(), 1)
        self._restore_fields()
        for field in self.fields.values():
            field.textChanged.connect(self.recalculate)
        session.sig_month_changed.connect(lambda _: self.test_posts())
        session.sig_data_changed.connect(self._on_session_data_changed)
        self.recalculate()
        # The per-post test reads a year of reviews: only once the tab is looked at.
        self._stale = True

    # --- building ------------------------------------------------------------------------

    def _field(self, name: str, placeholder: str = "") -> QLineEdit:
        field = QLineEdit()
        if placeholder:
            field.setPlaceholderText(self.tr("e.g. {example}").format(example=placeholder))
        field.setAlignment(Qt.AlignmentFlag.AlignRight)
        field.setMinimumWidth(90)
        self.fields[name] = field
        return field

    def _demand_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("What the population needs"))
        form = QFormLayout(group)
        form.addRow(self.tr("Resident population"), self._field("population", "50000"))
        form.addRow(self.tr("Two-week prevalence"), self._field("two_week_prevalence", "0.15"))
        form.addRow(self.tr("Visits per episode"), self._field("visits_per_episode", "1.2"))
        form.addRow(
            self.tr("Share of visits made in the community"),
            self._field("community_share", "0.6"),
        )
        form.addRow(
            self.tr("Public health equivalents needed a year"),
            self._field("public_health_equivalents", "46481"),
        )
        form.addRow(
            note_label(self.tr("Shares are fractions: 0.15 for 15 %. A year has 26.07 fortnights."))
        )
        return group

    def _capacity_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("What one person can do in a year"))
        grid = QGridLayout(group)
        self.gp_source = QButtonGroup(self)
        self.published_button = QRadioButton(self.tr("Published: 7170 visits"))
        self.working_time_button = QRadioButton(self.tr("From working time"))
        self.typed_button = QRadioButton(self.tr("Typed in"))
        for number, (button, source) in enumerate(
            (
                (self.published_button, PUBLISHED),
                (self.working_time_button, WORKING_TIME),
                (self.typed_button, TYPED),
            )
        ):
            button.setProperty("source", source)
            self.gp_source.addButton(button, number)
        self.published_button.setChecked(True)
        self.gp_source.buttonToggled.connect(lambda *_: self.recalculate())
        self._lay_out_capacities(grid)
        return group

    def _lay_out_capacities(self, grid: QGridLayout) -> None:
        grid.addWidget(QLabel(self.tr("GP capacity used")), 0, 0)
        grid.addWidget(self.published_button, 0, 1, 1, 3)
        grid.addWidget(self.working_time_button, 1, 1)
        self.derived_label = QLabel()
        self.derived_label.setStyleSheet("font-weight: 600;")
        grid.addWidget(self.derived_label, 1, 2, 1, 2)
        working_time = QGridLayout()
        labels = (
            ("working_days", self.tr("Working days a year")),
            ("hours_per_day", self.tr("Hours a day")),
            ("minutes_per_visit", self.tr("Minutes a visit")),
            ("service_time_share", self.tr("Share of time for service")),
        )
        for number, (name, text) in enumerate(labels):
            working_time.addWidget(QLabel(text), number // 2, (number % 2) * 2)
            working_time.addWidget(self._field(name), number // 2, (number % 2) * 2 + 1)
        grid.addLayout(working_time, 2, 1, 1, 3)
        grid.addWidget(self.typed_button, 3, 1)
        grid.addWidget(self._field("typed_gp_capacity", "7170"), 3, 2)
        grid.addWidget(QLabel(self.tr("Public health capacity (equivalents)")), 4, 0, 1, 2)
        grid.addWidget(self._field("ph_capacity", "11620.25"), 4, 2)
        self.capacity_note = note_label()
        grid.addWidget(self.capacity_note, 5, 0, 1, 4)

    def _working_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("The working"))
        self.result_label = QLabel()
        self.result_label.setStyleSheet("font-size: 15px; font-weight: 600; padding: 2px 0;")
        self.steps_view = list_view(self.steps, sortable=False)
        self.steps_view.horizontalHeader().setStretchLastSection(False)
        self.steps_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(group)
        layout.addWidget(self.result_label)
        layout.addWidget(self.steps_view)
        return group

    def _posts_group(self) -> QGroupBox:
        self.posts_group = QGroupBox()
        self.posts_proxy = searchable_proxy(self.posts)
        self.posts_proxy.setParent(self)
        self.posts_view = list_view(self.posts_proxy)
        export = QPushButton(self.tr("Export to Excel…"))
        export.clicked.connect(self._on_export_clicked)
        explanation = note_label(
            self.tr(
                "Demand per doctor is the post's equivalents over the 12 months ÷ its full-time "
                "doctors. Above the cap ratio × annual target × post coefficient the post is "
                "understaffed; below the base ratio × … it is overstaffed."
            )
        )
        bottom = QHBoxLayout()
        bottom.addWidget(explanation, 1)
        bottom.addWidget(export, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self.posts_group)
        layout.addWidget(self.posts_view)
        layout.addLayout(bottom)
        return self.posts_group

    def _step_columns(self) -> list[Column]:
        return [
            Column(self.tr("Step"), lambda s: self._step_label(s.label)),
            Column(self.tr("Calculation"), lambda s: self._step_formula(s.formula)),
            Column(self.tr("Result"), lambda s: f"{s.value:,}", numeric=True),
        ]

    def _post_columns(self) -> list[Column]:
        return [
            Column(self.tr("Post"), self._post_name, lambda p: p.post),
            _figure_column(self.tr("Demand (equivalents)"), "annual_demand"),
            _figure_column(self.tr("Full-time doctors"), "doctors"),
            _figure_column(self.tr("Demand per doctor"), "demand_per_doctor"),
            _figure_column(self.tr("Overstaffed below"), "lower"),
            _figure_column(self.tr("Understaffed above"), "upper"),
            Column(
                self.tr("Verdict"),
                lambda p: self.verdict_text(p.verdict),
                foreground=lambda p: QColor(VERDICT_COLOURS.get(p.verdict, "#202124")),
            ),
        ]

    # --- words ---------------------------------------------------------------------------

    def _post_name(self, post: PostStaffing) -> str:
        name = self._post_names.get(post.post)
        return f"{name} ({post.post})" if name else post.post

    def verdict_text(self, verdict: str) -> str:
        return {
            "understaffed": self.tr("understaffed"),
            "overstaffed": self.tr("overstaffed"),
            "balanced": self.tr("balanced"),
            "no_doctors": self.tr("no doctors counted"),
        }.get(verdict, verdict)

    def _step_label(self, label: str) -> str:
        return {
            "gp_capacity": self.tr("GP capacity (visits a year)"),
            "gp_capacity_working_time": self.tr("GP capacity from working time"),
            "annual_visits": self.tr("Visits a year to the community"),
            "gp_doctors": self.tr("GP doctors needed"),
            "public_health_staff": self.tr("Public health staff needed"),
        }.get(label, label)

    def _step_formula(self, formula: str) -> str:
        return {"published": self.tr("published"), "typed in": self.tr("typed in")}.get(
            formula, formula
        )

    # --- calculating ---------------------------------------------------------------------

    def form(self) -> StaffingForm:
        """The fields as the service takes them; an unreadable field counts as empty."""
        values = {name: _decimal(field.text()) for name, field in self.fields.items()}
        working_time = None
        if all(values[name] is not None for name in SOURCE_WORKING_TIME):
            working_time = CapacityInputs(**{name: values[name] for name in SOURCE_WORKING_TIME})
        return StaffingForm(
            **{name: values[name] for name in DEMAND_FIELDS},
            capacity_source=self.gp_source.checkedButton().property("source"),
            working_time=working_time,
            typed_gp_capacity=values["typed_gp_capacity"],
            ph_capacity=values["ph_capacity"] or Decimal("11620.25"),
        )

    def recalculate(self) -> None:
        self._save_fields()
        try:
            self.working = staffing_report.staffing_working(self.session.ctx, self.form())
        except Refused as refusal:
            self.result_label.setText(str(refusal))
            self.steps.set_rows([])
            return
        self._show_working(self.working)

    def _show_working(self, working: StaffingWorking) -> None:
        self._show_capacities(working)
        if working.result is None:
            self.result_label.setText(self.tr("Fill in what the population needs to calculate."))
            self.steps.set_rows(self._capacity_steps(working))
        else:
            result = working.result
            self.result_label.setText(
                self.tr("GP doctors needed: {gp}    Public health staff needed: {ph}").format(
                    gp=result.gp_doctors, ph=result.public_health_staff
                )
            )
            self.steps.set_rows(result.steps)
        self.steps_view.resizeColumnsToContents()

    def _show_capacities(self, working: StaffingWorking) -> None:
        derived = working.derived_gp_capacity
        self.derived_label.setText(
            self.tr("= {capacity} visits").format(capacity=f"{derived:,}") if derived else ""
        )
        self.capacity_note.setText(
            self.tr(
                "Published: {gp} visits and {ph} equivalents a year. The source's own working "
                "time gives {derived} visits: its figures do not reproduce 7170."
            ).format(
                gp=f"{working.published_gp_capacity:,}",
                ph=f"{working.published_ph_capacity:,}",
                derived=f"{derived:,}" if derived else "—",
            )
        )

    def _capacity_steps(self, working: StaffingWorking) -> list[Step]:
        published = Step("gp_capacity", "published", working.published_gp_capacity)
        if working.derived_gp_capacity is None:
            return [published]
        form = self.form().working_time
        how = (
            f"{form.working_days} d × {form.hours_per_day} h × 60 ÷ {form.minutes_per_visit} "
            f"min × {form.service_time_share}"
        )
        return [published, Step("gp_capacity_working_time", how, working.derived_gp_capacity)]

    # --- the per-post test ---------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.test_posts()

    def test_posts(self) -> None:
        """Run the per-post test now when the tab shows, else when it is next shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        ctx, until = self.session.ctx, self.session.month
        self.posts_group.setTitle(
            self.tr("Staffing test per post: 12 months to {month}").format(month=until)
        )

        def read():
            from centredesk.services.staff import list_posts
            from centredesk.services.staffing import posts_staffing

            names = {post.code: post.name for post in list_posts(ctx)}
            return names, posts_staffing(ctx, until)

        self.window().run_task(read, self._on_posts_tested, self._on_posts_refused)

    def _on_posts_tested(self, answer: tuple[dict[str, str], list[PostStaffing]]) -> None:
        self._post_names, rows = answer
        self.posts.set_rows(rows)
        self.posts_view.resizeColumnsToContents()
        self.sig_posts_tested.emit()

    def _on_posts_refused(self, error: Exception) -> None:
        self.posts.set_rows([])
        self.posts_group.setTitle(
            self.tr("Staffing test per post: {reason}").format(reason=str(error))
        )
        self.sig_posts_tested.emit()

    def _on_session_data_changed(self, kind: str) -> None:
        if kind in ("policy", "staff", "workload", "leave", "all"):
            self.test_posts()

    # --- remembering the fields ----------------------------------------------------------

    def _restore_fields(self) -> None:
        settings = QSettings()
        for name, field in self.fields.items():
            default = SOURCE_WORKING_TIME.get(name, "")
            if name == "ph_capacity":
                default = "11620.25"
            field.setText(str(settings.value(f"staffing/{name}", default)))

    def _save_fields(self) -> None:
        settings = QSettings()
        for name, field in self.fields.items():
            settings.setValue(f"staffing/{name}", field.text())

    # --- export --------------------------------------------------------------------------

    def _on_export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the staffing calculation"),
            "staffing.xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        """Write the working and the per-post test as shown."""
        header = [
            self.tr("Part"),
            self.tr("Item"),
            self.tr("Calculation"),
            self.tr("Result"),
            self.tr("Verdict"),
        ]
        try:
            staffing_report.export_staffing(self.session.ctx, path, header, self._export_rows())
        except (Refused, OSError) as error:
            self.message = warn(self, str(error))
            return
        self.window().statusBar().showMessage(
            self.tr("Staffing calculation written to {path}").format(path=path), 10000
        )

    def _export_rows(self) -> list[list[object]]:
        calculator, test = self.tr("Calculator"), self.tr("Staffing test")
        rows: list[list[object]] = [
            [calculator, self._step_label(s.label), self._step_formula(s.formula), s.value]
            for s in self.steps.rows()
        ]
        rows += [
            [
                test,
                self._post_name(p),
                f"{p.annual_demand} ÷ {p.doctors}",
                p.demand_per_doctor,
                self.verdict_text(p.verdict),
            ]
            for p in self.posts.rows()
        ]
        return rows


def _figure_column(title: str, attribute: str) -> Column:
    """A right-aligned column of a PostStaffing figure, sorted by amount."""

    def text(post: PostStaffing) -> str:
        value = getattr(post, attribute)
        return "" if value is None else f"{value:,}"

    return Column(title, text, lambda post: getattr(post, attribute) or 0, numeric=True)


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text.strip().replace(",", ""))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None
