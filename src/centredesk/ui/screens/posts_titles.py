"""Posts and titles: the register with each year's coefficients, and their edit forms."""

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from centredesk.services import posts as posts_service
from centredesk.services.errors import Refused
from centredesk.services.posts import PostForm, PostView, Register, TitleForm, TitleView
from centredesk.ui.screens.staff_helpers import (
    GREY,
    confirm,
    decimal_from,
    list_view,
    may_edit,
    note_label,
    searchable_proxy,
    warn,
)
from centredesk.ui.table_model import ROW_ROLE, Column, RowTableModel

log = logging.getLogger(__name__)


class RegisterTableModel(RowTableModel):
    """Posts or titles; its columns change with the policy years, one coefficient each."""

    def set_table(self, columns: Sequence[Column], rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self._rows = list(rows)
        self.endResetModel()


class RegisterList(QGroupBox):
    """A titled, searchable list of posts or titles with its buttons."""

    sig_row_activated = Signal(object)
    """A row was double-clicked or Enter was pressed on it (the row object)."""

    def __init__(self, title: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.model = RegisterTableModel([], self)
        self.proxy = searchable_proxy(self.model)
        self.proxy.setParent(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = list_view(self.proxy)
        self.view.activated.connect(lambda index: self.sig_row_activated.emit(index.data(ROW_ROLE)))
        self.buttons = QHBoxLayout()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addLayout(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)

    def add_button(self, text: str, slot: Callable) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def set_table(self, columns: Sequence[Column], rows: Sequence[Any]) -> None:
        self.model.set_table(columns, rows)
        self.view.resizeColumnsToContents()

    def visible_rows(self) -> list[Any]:
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def selected_row(self) -> Any | None:
        indexes = self.view.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def select_code(self, code: str) -> None:
        """Select the row of `code` (as a click on it would)."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ROW_ROLE).code == code:
                self.view.selectRow(row)
                return


class PostsTitlesTab(QWidget):
    """Posts and titles: add, edit, retire or delete them, with each year's coefficients."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: QDialog | None = None
        self.register = Register((), (), ())
        self.posts = RegisterList(self.tr("Posts"), self.tr("Search posts…"))
        self.titles = RegisterList(self.tr("Professional titles"), self.tr("Search titles…"))
        self._build_buttons()

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.posts)
        splitter.addWidget(self.titles)
        splitter.setSizes([420, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(note_label(self._explanation()))
        session.sig_data_changed.connect(self._on_session_data_changed)
        self.reload()

    def _explanation(self) -> str:
        return self.tr(
            "Coefficients come from each year's policy. A change applies from the year you "
            "choose to every later year; signed months keep the figures they were signed with. "
            "A retired post or title is kept with its history but no longer offered."
        )

    def _build_buttons(self) -> None:
        self.may_edit = may_edit(self.session)
        add_post = self.posts.add_button(self.tr("Add post…"), self.add_post)
        edit_post = self.posts.add_button(self.tr("Edit…"), self._on_edit_post_clicked)
        self.retire_post_button = self.posts.add_button(self.tr("Retire"), self.toggle_post)
        self.delete_post_button = self.posts.add_button(self.tr("Delete"), self.delete_post)
        add_title = self.titles.add_button(self.tr("Add title…"), self.add_title)
        edit_title = self.titles.add_button(self.tr("Edit…"), self._on_edit_title_clicked)
        for button in (add_post, edit_post, add_title, edit_title):
            button.setEnabled(self.may_edit)
        self.retire_title_button = self.titles.add_button(self.tr("Retire"), self.toggle_title)
        self.delete_title_button = self.titles.add_button(self.tr("Delete"), self.delete_title)
        if self.may_edit:
            self.posts.sig_row_activated.connect(self.edit_post)
            self.titles.sig_row_activated.connect(self.edit_title)
        self.posts.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.titles.view.selectionModel().selectionChanged.connect(self._on_selection_changed)

    # --- showing -------------------------------------------------------------------------

    def reload(self) -> None:
        self.register = posts_service.posts_and_titles(self.session.ctx)
        self.posts.set_table(self._post_columns(), self.register.posts)
        self.titles.set_table(self._title_columns(), self.register.titles)
        self._on_selection_changed()

    def _post_columns(self) -> list[Column]:
        modes = {"process": self.tr("by service process"), "specialty": self.tr("by specialty")}
        return [
            self._column(self.tr("Code"), lambda p: p.code),
            self._column(self.tr("Post"), lambda p: p.name),
            self._column(self.tr("Post mode"), lambda p: modes.get(p.mode, p.mode)),
            self._column(self.tr("Appraised"), lambda p: self._yes_no(p.appraised)),
            *self._year_columns(),
            self._column(self.tr("Status"), self._status),
        ]

    def _title_columns(self) -> list[Column]:
        return [
            self._column(self.tr("Code"), lambda p: p.code),
            self._column(self.tr("Title"), lambda p: p.name),
            *self._year_columns(),
            self._column(self.tr("Status"), self._status),
        ]

    def _year_columns(self) -> list[Column]:
        def coefficient(year: int):
            return lambda row: (
                "" if row.coefficients.get(year) is None else str(row.coefficients[year])
            )

        return [
            Column(
                self.tr("Coefficient {year}").format(year=year),
                coefficient(year),
                lambda row, year=year: row.coefficients.get(year) or 0,
                numeric=True,
                foreground=_grey_if_retired,
            )
            for year in self.register.years
        ]

    def _column(self, title: str, text: Callable) -> Column:
        return Column(title, text, foreground=_grey_if_retired)

    def _status(self, row) -> str:
        return self.tr("not in use") if row.retired else self.tr("in use")

    def _yes_no(self, value: bool) -> str:
        return self.tr("yes") if value else self.tr("no")

    def _on_selection_changed(self, *_: object) -> None:
        for rows, retire, delete in (
            (self.posts, self.retire_post_button, self.delete_post_button),
            (self.titles, self.retire_title_button, self.delete_title_button),
        ):
            row = rows.selected_row() if self.may_edit else None
            retire.setEnabled(row is not None)
            retire.setText(self.tr("Bring back") if row and row.retired else self.tr("Retire"))
            delete.setEnabled(row is not None and not row.in_use)

    def _on_session_data_changed(self, kind: str) -> None:
        if kind in ("policy", "staff", "all"):
            self.reload()

    # --- posts ---------------------------------------------------------------------------

    def add_post(self) -> "PostDialog":
        return self._open(PostDialog(self.register.years, self._default_year(), None, self))

    def edit_post(self, post: PostView) -> "PostDialog":
        return self._open(PostDialog(self.register.years, self._default_year(), post, self))

    def _on_edit_post_clicked(self) -> None:
        if self.posts.selected_row() is not None:
            self.edit_post(self.posts.selected_row())

    def toggle_post(self) -> None:
        post = self.posts.selected_row()
        if post is not None:
            self._change(posts_service.set_post_retired, post.code, not post.retired)

    def delete_post(self) -> None:
        post = self.posts.selected_row()
        if post is None:
            return
        self.question = confirm(
            self,
            self.tr("Delete post"),
            self.tr("Delete the post {name} ({code})? Nobody ever held it.").format(
                name=post.name, code=post.code
            ),
            lambda: self._change(posts_service.delete_post, post.code),
        )

    # --- titles --------------------------------------------------------------------------

    def add_title(self) -> "TitleDialog":
        return self._open(TitleDialog(self.register.years, self._default_year(), None, self))

    def edit_title(self, title: TitleView) -> "TitleDialog":
        return self._open(TitleDialog(self.register.years, self._default_year(), title, self))

    def _on_edit_title_clicked(self) -> None:
        if self.titles.selected_row() is not None:
            self.edit_title(self.titles.selected_row())

    def toggle_title(self) -> None:
        title = self.titles.selected_row()
        if title is not None:
            self._change(posts_service.set_title_retired, title.code, not title.retired)

    def delete_title(self) -> None:
        title = self.titles.selected_row()
        if title is None:
            return
        self.question = confirm(
            self,
            self.tr("Delete title"),
            self.tr("Delete the title {name} ({code})? Nobody ever held it.").format(
                name=title.name, code=title.code
            ),
            lambda: self._change(posts_service.delete_title, title.code),
        )

    # --- shared --------------------------------------------------------------------------

    def _default_year(self) -> int | None:
        years = self.register.years
        if not years:
            return None
        return self.session.month.year if self.session.month.year in years else years[-1]

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.session.changed("policy"))
        dialog.open()
        return dialog

    def _change(self, function: Callable, *args: Any) -> None:
        try:
            function(self.session.ctx, *args)
        except Refused as refusal:
            self.message = warn(self, str(refusal))
            return
        self.session.changed("policy")


def _grey_if_retired(row) -> QColor | None:
    return QColor(GREY) if row.retired else None


class _CoefficientDialog(QDialog):
    """The fields posts and titles share: code, name, and a coefficient from a year on."""

    def __init__(self, years, default_year, row, parent: PostsTitlesTab) -> None:
        super().__init__(parent)
        self._ctx = parent.session.ctx
        self._row = row
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.code = QLineEdit(row.code if row else "")
        self.code.setReadOnly(row is not None)
        self.name = QLineEdit(row.name if row else "")
        self.coefficient = QLineEdit(self._coefficient_of(row, default_year))
        self.from_year = QComboBox()
        for year in years:
            self.from_year.addItem(str(year), year)
        self.from_year.setCurrentIndex(max(0, self.from_year.findData(default_year)))
        self.form.addRow(self.tr("Code"), self.code)
        self.form.addRow(self._name_label(), self.name)
        self._add_fields()
        self.form.addRow(self.tr("Coefficient"), self.coefficient)
        self.form.addRow(self.tr("Applies from the policy of"), self.from_year)
        self._finish(years)

    def _add_fields(self) -> None:
        """Room for the fields only a post has."""

    def _name_label(self) -> str:
        raise NotImplementedError

    def _finish(self, years) -> None:
        self.note = note_label(
            self.tr(
                "The coefficient changes in the chosen year's policy and every later one. "
                "Signed months keep the figures they were signed with."
            )
        )
        self.problem_label = note_label(problem=True)
        self.problem_label.setObjectName("problem_label")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        if not years:
            self.problem_label.setText(self.tr("There is no policy yet: import one first."))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

    @staticmethod
    def _coefficient_of(row, year) -> str:
        if row is None:
            return "1.0"
        value = row.coefficients.get(year)
        return str(value) if value is not None else "1.0"

    def save(self) -> None:
        try:
            self._save()
        except Refused as refusal:
            self.problem_label.setText(str(refusal))
            return
        self.accept()

    def _save(self) -> None:
        raise NotImplementedError


class PostDialog(_CoefficientDialog):
    """The edit form of a post: its mode, whether it is appraised, and its coefficient."""

    def __init__(self, years, default_year, post: PostView | None, parent) -> None:
        self._post = post
        super().__init__(years, default_year, post, parent)
        self.setWindowTitle(self.tr("Edit post") if post else self.tr("New post"))

    def _name_label(self) -> str:
        return self.tr("Post")

    def _add_fields(self) -> None:
        self.mode = QComboBox()
        self.mode.addItem(self.tr("By specialty (GP, vaccination, child health …)"), "specialty")
        self.mode.addItem(self.tr("By service process (front desk, nursing …)"), "process")
        self.appraised = QCheckBox(self.tr("Appraised: its staff have a monthly review row"))
        self.appraised.setChecked(self._post.appraised if self._post else True)
        if self._post:
            self.mode.setCurrentIndex(max(0, self.mode.findData(self._post.mode)))
        self.form.addRow(self.tr("Post mode"), self.mode)
        self.form.addRow("", self.appraised)

    def _save(self) -> None:
        form = PostForm(
            code=self.code.text(),
            name=self.name.text(),
            coefficient=decimal_from(self.coefficient.text(), self.tr("coefficient")),
            mode=self.mode.currentData(),
            appraised=self.appraised.isChecked(),
            from_year=self.from_year.currentData(),
            is_new=self._post is None,
        )
        posts_service.save_post(self._ctx, form)


class TitleDialog(_CoefficientDialog):
    """The edit form of a professional title and its coefficient."""

    def __init__(self, years, default_year, title: TitleView | None, parent) -> None:
        self._title = title
        super().__init__(years, default_year, title, parent)
        self.setWindowTitle(self.tr("Edit title") if title else self.tr("New title"))

    def _name_label(self) -> str:
        return self.tr("Title")

    def _save(self) -> None:
        form = TitleForm(
            code=self.code.text(),
            name=self.name.text(),
            coefficient=decimal_from(self.coefficient.text(), self.tr("coefficient")),
            from_year=self.from_year.currentData(),
            is_new=self._title is None,
        )
        posts_service.save_title(self._ctx, form)
