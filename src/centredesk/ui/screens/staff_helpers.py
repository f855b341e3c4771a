"""Small pieces the staff tabs share: non-blocking message boxes, dates, decimals, searches."""

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)

from centredesk.services.context import ADMINISTRATOR
from centredesk.services.errors import Refused
from centredesk.ui.widgets.form_dialog import PROBLEM_STYLE

NOTE_STYLE = "color: #5f6368;"
GREY = "#9aa0a6"


def may_edit(session) -> bool:
    """Whether the signed-in user may change staff, posts and rosters (the director reads)."""
    actor = session.ctx.actor
    return actor.is_local or actor.role == ADMINISTRATOR


def tell(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A message box opened without blocking, so tests can read and close it."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok)
    box.setParent(parent, box.windowFlags())
    box.open()
    return box


def warn(parent: QWidget, text: str) -> QMessageBox:
    """A refusal or failure shown without blocking."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, parent.tr("Not done"), text, QMessageBox.StandardButton.Ok
    )
    box.setParent(parent, box.windowFlags())
    box.open()
    return box


def confirm(parent: QWidget, title: str, text: str, on_yes: Callable[[], None]) -> QMessageBox:
    """Ask a yes/no question without blocking; `on_yes` runs when the answer is yes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    box.setParent(parent, box.windowFlags())
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).clicked.connect(on_yes)
    box.open()
    return box


def note_label(text: str = "", problem: bool = False) -> QLabel:
    """A wrapped line of explanation (grey) or of refusal (red)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(PROBLEM_STYLE if problem else NOTE_STYLE)
    return label


def decimal_from(text: str, what: str) -> Decimal:
    """A decimal typed in a field; Refused naming the field when it is not a number."""
    try:
        value = Decimal(text.strip().replace(",", ""))
    except InvalidOperation:
        raise Refused(f"{what}: {text or '(empty)'}") from None
    if not value.is_finite():
        raise Refused(f"{what}: {text}")
    return value


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def searchable_proxy(model) -> QSortFilterProxyModel:
    """A proxy that filters on every column, case-insensitively, and sorts by SORT_ROLE."""
    from centredesk.ui.table_model import SORT_ROLE

    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def list_view(model, sortable: bool = True) -> QTableView:
    """A read-only table of whole-row selection, as the register's lists look."""
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(sortable)
    if sortable:
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view
