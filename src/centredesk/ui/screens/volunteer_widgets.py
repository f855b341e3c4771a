"""Pieces the volunteer tabs share: words for the vocabularies, a checkable list of people,
date fields, button rows and the administrator check."""

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from centredesk.services.context import ADMINISTRATOR
from centredesk.ui.table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel
from centredesk.ui.widgets.filter_table import FilterTable

CONTEXT = "Volunteers"
WORDS = {
    "male": QT_TRANSLATE_NOOP("Volunteers", "male"),
    "female": QT_TRANSLATE_NOOP("Volunteers", "female"),
    "retired": QT_TRANSLATE_NOOP("Volunteers", "retired"),
    "employed": QT_TRANSLATE_NOOP("Volunteers", "employed"),
    "student": QT_TRANSLATE_NOOP("Volunteers", "student"),
    "other": QT_TRANSLATE_NOOP("Volunteers", "other"),
    "learn_skills": QT_TRANSLATE_NOOP("Volunteers", "learn skills"),
    "meet_people": QT_TRANSLATE_NOOP("Volunteers", "meet people"),
    "contribute": QT_TRANSLATE_NOOP("Volunteers", "contribute"),
    "weekday_morning": QT_TRANSLATE_NOOP("Volunteers", "weekday mornings"),
    "weekday_afternoon": QT_TRANSLATE_NOOP("Volunteers", "weekday afternoons"),
    "weekday_evening": QT_TRANSLATE_NOOP("Volunteers", "weekday evenings"),
    "weekend_morning": QT_TRANSLATE_NOOP("Volunteers", "weekend mornings"),
    "weekend_afternoon": QT_TRANSLATE_NOOP("Volunteers", "weekend afternoons"),
    "weekend_evening": QT_TRANSLATE_NOOP("Volunteers", "weekend evenings"),
    "pre_service": QT_TRANSLATE_NOOP("Volunteers", "pre-service"),
    "in_service": QT_TRANSLATE_NOOP("Volunteers", "in-service"),
    "excellent": QT_TRANSLATE_NOOP("Volunteers", "excellent"),
    "good": QT_TRANSLATE_NOOP("Volunteers", "good"),
    "fair": QT_TRANSLATE_NOOP("Volunteers", "fair"),
    "poor": QT_TRANSLATE_NOOP("Volunteers", "poor"),
    "under_18": QT_TRANSLATE_NOOP("Volunteers", "under 18"),
    "18_34": QT_TRANSLATE_NOOP("Volunteers", "18–34"),
    "35_59": QT_TRANSLATE_NOOP("Volunteers", "35–59"),
    "60_plus": QT_TRANSLATE_NOOP("Volunteers", "60 and over"),
}
STARS = 5


def word(key: str) -> str:
    """A vocabulary key (male, retired, weekday_morning …) in the user's language."""
    return QCoreApplication.translate(CONTEXT, WORDS[key]) if key in WORDS else key


def words(keys: Iterable[str]) -> str:
    return "、".join(word(key) for key in keys)


def stars(level: int) -> str:
    return "★" * level + "☆" * (STARS - level)


def is_administrator(session) -> bool:
    return session.ctx.actor.role == ADMINISTRATOR


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def shown_date(day: date | None) -> str:
    return day.isoformat() if day else ""


def button_row(
    buttons: Sequence[tuple[str, Callable]], enabled: bool = True
) -> tuple[QHBoxLayout, list[QPushButton]]:
    """A row of buttons, left-aligned, each wired to its slot (all disabled unless `enabled`)."""
    row, made = QHBoxLayout(), []
    for text, slot in buttons:
        button = QPushButton(text)
        button.clicked.connect(slot)
        button.setEnabled(enabled)
        row.addWidget(button)
        made.append(button)
    row.addStretch()
    return row, made


def with_side_panel(main: QWidget, title: str, *parts, sizes=(880, 340)) -> QSplitter:
    """`main` on the left, and on the right a heading over `parts` (widgets or layouts)."""
    side = QWidget()
    layout = QVBoxLayout(side)
    layout.setContentsMargins(8, 0, 0, 0)
    layout.addWidget(heading(title))
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part, 1 if isinstance(part, QTableView | FilterTable) else 0)
    splitter = QSplitter()
    splitter.addWidget(main)
    splitter.addWidget(side)
    splitter.setSizes(list(sizes))
    return splitter


def problem_label() -> QLabel:
    label = QLabel()
    label.setObjectName("problem_label")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    return label


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; color: #1f3a5f; padding-top: 4px;")
    return label


def selected_rows(view: QTableView) -> list[Any]:
    """The row objects of every selected row of a view over a RowTableModel."""
    return [index.data(ROW_ROLE) for index in view.selectionModel().selectedRows()]


class ChoiceTableModel(RowTableModel):
    """Rows with a tick box in the first column; `checked()` gives the rows ticked."""

    def __init__(self, columns: Sequence[Column], key: Callable[[Any], Any], parent=None) -> None:
        super().__init__(columns, parent)
        self._key = key
        self._checked: set = set()

    def set_checked(self, keys: Iterable) -> None:
        self.beginResetModel()
        self._checked = set(keys)
        self.endResetModel()

    def checked(self) -> list[Any]:
        return [row for row in self.rows() if self._key(row) in self._checked]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            ticked = self._key(self.row_at(index.row())) in self._checked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        key = self._key(self.row_at(index.row()))
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(key)
        else:
            self._checked.discard(key)
        self.dataChanged.emit(index, index, [role])
        return True


def choice_view(model: ChoiceTableModel) -> tuple[QSortFilterProxyModel, QTableView]:
    """A sortable, filterable view of a ChoiceTableModel."""
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return proxy, view


def dialog_layout(dialog: QDialog, above: list, rows: list) -> QVBoxLayout:
    """Labels, then a form of (label, field) rows, then the dialog's problem_label."""
    layout = QVBoxLayout(dialog)
    for widget in above:
        widget.setWordWrap(True)
        layout.addWidget(widget)
    form = QFormLayout()
    for label, field in rows:
        form.addRow(label, field)
    layout.addLayout(form)
    layout.addWidget(dialog.problem_label)
    return layout


def save_buttons(dialog: QDialog, layout: QVBoxLayout) -> QDialogButtonBox:
    """Save and Cancel under the layout: Save calls `dialog.save`."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return buttons


def tell(parent, title: str, text: str) -> QMessageBox:
    """A message that does not block: opened, not executed, so work and tests go on."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.open()
    return box


class ReloadWhenShown:
    """Mixed into a tab: data that changed is reloaded at once if the tab shows, else when
    it is next shown, so that one change does not reload six tabs."""

    _stale = True

    def request_reload(self, *_) -> None:
        if self.isVisible():
            self._stale = False
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()
