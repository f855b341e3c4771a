"""The staff register: a searchable, sortable table with an edit form, import and export."""

import logging
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from centredesk.model.months import Month
from centredesk.services import staff as staff_service
from centredesk.services.errors import Refused
from centredesk.services.staff import StaffForm, StaffView
from centredesk.ui.table_model import Column
from centredesk.ui.widgets.filter_table import FilterTable
from centredesk.ui.widgets.form_dialog import FormDialog
from centredesk.ui.widgets.problems import show_import_problems

log = logging.getLogger(__name__)


class StaffRegisterTab(QWidget):
    """The register: search, sort, add, edit, import and export staff."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: StaffDialog | None = None
        self.table = FilterTable(self._columns(), self.tr("Search by number, name, post or title…"))
        self.table.sig_row_activated.connect(self._on_table_row_activated)

        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add staff…"), self.add_staff),
            (self.tr("Edit…"), self._on_edit_clicked),
            (self.tr("Import…"), self._on_import_clicked),
            (self.tr("Export to Excel…"), self._on_export_clicked),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        session.sig_data_changed.connect(self._on_session_data_changed)
        self.reload()

    def _columns(self) -> list[Column]:
        today = date.today()
        return [
            Column(self.tr("Staff no."), lambda s: s.staff_no),
            Column(self.tr("Name"), lambda s: s.name),
            Column(self.tr("Post"), lambda s: s.post_name),
            Column(self.tr("Title"), lambda s: s.title_name),
            Column(self.tr("Start"), lambda s: s.start.isoformat()),
            Column(self.tr("End"), lambda s: s.end.isoformat() if s.end else ""),
            Column(
                self.tr("Basic pay"),
                lambda s: f"{s.basic_pay:.2f}",
                lambda s: s.basic_pay,
                numeric=True,
            ),
            Column(
                self.tr("Status"),
                lambda s: (
                    self.tr("employed")
                    if s.is_employed_on(today)
                    else self.tr("left")
                    if s.end and s.end < today
                    else self.tr("not yet")
                ),
            ),
        ]

    def reload(self) -> None:
        self.table.set_rows(staff_service.list_staff(self.session.ctx))

    # --- editing -----------------------------------------------------------------------

    def add_staff(self) -> "StaffDialog":
        return self._open_dialog(None)

    def edit_staff(self, staff: StaffView) -> "StaffDialog":
        return self._open_dialog(staff)

    def _open_dialog(self, staff: StaffView | None) -> "StaffDialog":
        ctx = self.session.ctx
        self.dialog = StaffDialog(
            staff_service.list_posts(ctx), staff_service.list_titles(ctx), staff, self
        )
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()
        return self.dialog

    def _on_dialog_accepted(self) -> None:
        self.session.changed("staff")

    def _on_edit_clicked(self) -> None:
        staff = self.table.selected_row()
        if staff is not None:
            self.edit_staff(staff)

    def _on_table_row_activated(self, staff: StaffView) -> None:
        self.edit_staff(staff)

    def _on_session_data_changed(self, kind: str) -> None:
        if kind in ("staff", "policy", "all"):
            self.reload()

    # --- files -------------------------------------------------------------------------

    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import staff"), "", self.tr("Spreadsheets (*.xlsx *.xls *.csv)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        from centredesk.services.imports import import_file

        def done(summary) -> None:
            self.session.changed("staff")
            QMessageBox.information(self, self.tr("Import finished"), summary.describe())

        self.window().run_task(
            lambda: import_file(self.session.ctx, "staff", path),
            done,
            lambda error: show_import_problems(self, error),
        )

    def _on_export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export staff"), "staff.xlsx", self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.window().run_task(
                lambda: staff_service.export_staff(self.session.ctx, Path(path)),
                lambda count: (
                    self.window()
                    .statusBar()
                    .showMessage(
                        self.tr("Exported {count} staff to {path}").format(count=count, path=path),
                        10000,
                    )
                ),
            )


class StaffDialog(FormDialog):
    """The edit form of one staff member; it saves through the service and shows refusals."""

    def __init__(self, posts, titles, staff: StaffView | None, parent=None) -> None:
        super().__init__(parent)
        self._staff = staff
        self._ctx = parent.session.ctx
        self.setWindowTitle(self.tr("Edit staff member") if staff else self.tr("New staff member"))
        self._build_fields(posts, titles)
        if staff:
            self._fill(staff)

    def _build_fields(self, posts, titles) -> None:
        self.staff_no = QLineEdit()
        self.name = QLineEdit()
        self.post = _code_combo(posts)
        self.title = _code_combo(titles)
        self.start = _date_edit(date.today())
        self.has_end = QCheckBox(self.tr("Has left"))
        self.end = _date_edit(date.today())
        self.end.setEnabled(False)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.basic_pay = QLineEdit("0")
        self.effective = _date_edit(Month.of(date.today()).first_day)
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end)
        for label, field in (
            (self.tr("Staff no."), self.staff_no),
            (self.tr("Name"), self.name),
            (self.tr("Post"), self.post),
            (self.tr("Title"), self.title),
            (self.tr("Start of employment"), self.start),
            (self.tr("End of employment"), end_row),
            (self.tr("Basic pay per month"), self.basic_pay),
            (self.tr("Post or title changes from"), self.effective),
        ):
            self.form.addRow(label, field)

    def _fill(self, staff: StaffView) -> None:
        self.staff_no.setText(staff.staff_no)
        self.name.setText(staff.name)
        self.post.setCurrentIndex(max(0, self.post.findData(staff.post_code)))
        self.title.setCurrentIndex(max(0, self.title.findData(staff.title_code)))
        self.start.setDate(_qdate(staff.start))
        self.has_end.setChecked(staff.end is not None)
        if staff.end:
            self.end.setDate(_qdate(staff.end))
        self.basic_pay.setText(str(staff.basic_pay))

    def form_value(self) -> StaffForm:
        """The form as the service takes it; raises Refused for an unreadable basic pay."""
        try:
            basic_pay = Decimal(self.basic_pay.text().strip() or "0")
        except InvalidOperation:
            raise Refused(self.tr("basic pay must be a number")) from None
        return StaffForm(
            staff_no=self.staff_no.text(),
            name=self.name.text(),
            post_code=self.post.currentData() or "",
            title_code=self.title.currentData() or "",
            start=self.start.date().toPython(),
            end=self.end.date().toPython() if self.has_end.isChecked() else None,
            basic_pay=basic_pay,
            effective=self.effective.date().toPython() if self._staff else None,
            id=self._staff.id if self._staff else None,
        )

    def store(self) -> None:
        staff_service.save_staff(self._ctx, self.form_value())


def _code_combo(entries) -> QComboBox:
    combo = QComboBox()
    for entry in entries:
        if not entry.retired:
            combo.addItem(f"{entry.name} ({entry.code})", entry.code)
    return combo


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
