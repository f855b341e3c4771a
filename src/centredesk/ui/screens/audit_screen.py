"""The audit log: who changed what and when, with before and after; read-only by design.

The administrator and the director filter it by user, action, dates and text, and export what
the filters show to Excel. Nothing here changes an entry: the services have no way to.
"""

import json
import logging
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from centredesk.services.audit_log import AuditFilter, AuditView, audit_entries, export_audit
from centredesk.services.audit_log import matches as entry_matches
from centredesk.ui.table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel

log = logging.getLogger(__name__)

# A value longer than this is cut in its cell; the whole of it shows below the table.
CELL_CHARACTERS = 90
TOOLTIP_CHARACTERS = 1500
# The date edits' lowest date stands for "no limit" and is shown as a word.
NO_DATE = QDate(2000, 1, 1)


class AuditTableModel(RowTableModel):
    """Audit entries, one a row: when, who, what, to what, before and after."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(self._columns(), parent)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("When"), lambda e: e.at.strftime("%Y-%m-%d %H:%M:%S"), lambda e: e.id),
            Column(self.tr("User"), lambda e: e.user),
            Column(self.tr("Action"), lambda e: e.action),
            Column(self.tr("Target"), lambda e: e.target),
            Column(self.tr("Before"), lambda e: _short(e.before), tooltip=lambda e: _tip(e.before)),
            Column(self.tr("After"), lambda e: _short(e.after), tooltip=lambda e: _tip(e.after)),
        ]


class AuditFilterProxy(QSortFilterProxyModel):
    """Passes the entries the filter holds, by the same rules as the service's query."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wanted = AuditFilter()
        self.setSortRole(SORT_ROLE)

    def set_filter(self, wanted: AuditFilter) -> None:
        self.beginFilterChange()
        self.wanted = wanted
        self.endFilterChange()

    def filterAcceptsRow(
        self, source_row: int, parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        entry: AuditView = self.sourceModel().index(source_row, 0, parent).data(ROW_ROLE)
        return entry_matches(entry, self.wanted)


class AuditScreen(QWidget):
    """The audit log, newest first, with filters, the chosen entry in full, and an export."""

    sig_loaded = Signal()
    """The entries are on show."""

    sig_exported = Signal(object)
    """An export was written (its path)."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # Kept from the start: while the window is locked the screen is outside it.
        self.main_window = parent
        self.model = AuditTableModel(self)
        self.proxy = AuditFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build_filters()
        self._build_table()
        self._build_layout()
        session.sig_data_changed.connect(self._on_session_data_changed)
        self.reload()

    # --- building ------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.user = QComboBox()
        self.user.setObjectName("audit_user")
        self.action = QComboBox()
        self.action.setObjectName("audit_action")
        self.action.setMinimumContentsLength(16)
        self.since, self.until = _date_edit(self.tr("any")), _date_edit(self.tr("any"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search every column…"))
        self.search.setClearButtonEnabled(True)
        for combo in (self.user, self.action):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self._on_filter_changed)
        self.search.textChanged.connect(self._on_filter_changed)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.export)

    def _build_table(self) -> None:
        self.view = QTableView()
        self.view.setObjectName("audit_table")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_row_changed)
        self.count = QLabel()
        self.count.setObjectName("audit_count")
        self.before, self.after = _value_box(), _value_box()

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("User"), self.user),
            (self.tr("Action"), self.action),
            (self.tr("From"), self.since),
            (self.tr("to"), self.until),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.clear_button)
        filters.addWidget(self.export_button)
        values = QSplitter()
        values.addWidget(_titled(self.tr("Before"), self.before))
        values.addWidget(_titled(self.tr("After"), self.after))
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(self.view)
        body.addWidget(values)
        body.setSizes([480, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(body, 1)
        layout.addWidget(self.count)

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read every entry; the filters then work on the list in memory."""
        ctx = self.session.ctx
        self.main_window.run_task(lambda: audit_entries(ctx), self._on_loaded)

    def _on_loaded(self, entries: list[AuditView]) -> None:
        if not shiboken6.isValid(self):
            return  # the user switched out while the log was read
        self.model.set_rows(entries)
        self._fill_choices(self.user, self.tr("All users"), {e.user for e in entries})
        self._fill_choices(self.action, self.tr("All actions"), {e.action for e in entries})
        self.view.resizeColumnsToContents()
        for column in (4, 5):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 320))
        self._on_filter_changed()
        self.sig_loaded.emit()

    def _fill_choices(self, combo: QComboBox, everyone: str, values: set[str]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everyone, "")
        for value in sorted(values):
            combo.addItem(value, value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    # --- filters -------------------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        """The filter as the fields hold it; the same object the export is given."""
        text = self.search.text().strip()
        return AuditFilter(
            user=self.user.currentData() or None,
            action=self.action.currentData() or None,
            since=_day(self.since),
            until=_day(self.until),
            text=text or None,
        )

    def visible_entries(self) -> list[AuditView]:
        """The entries as shown: filtered and in the order sorted."""
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def clear_filters(self) -> None:
        for combo in (self.user, self.action):
            combo.setCurrentIndex(0)
        for edit in (self.since, self.until):
            edit.setDate(NO_DATE)
        self.search.clear()

    def _on_filter_changed(self, *_args) -> None:
        self.proxy.set_filter(self.current_filter())
        self.count.setText(
            self.tr("{shown} of {total} entries").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )

    def _on_view_row_changed(self, current, _previous) -> None:
        entry = current.data(ROW_ROLE) if current.isValid() else None
        self.before.setPlainText(_pretty(entry.before) if entry else "")
        self.after.setPlainText(_pretty(entry.after) if entry else "")

    # --- export --------------------------------------------------------------------------

    def export(self) -> None:
        """Write the entries the filters show to an .xlsx file the user chooses."""
        name = f"audit-{date.today().isoformat()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), name, self.tr("Excel workbooks (*.xlsx)")
        )
        if not path:
            return
        ctx, wanted, target = self.session.ctx, self.current_filter(), Path(path)
        self.main_window.run_task(
            lambda: export_audit(ctx, target, wanted),
            lambda count: self._on_exported(target, count),
        )

    def _on_exported(self, path: Path, count: int) -> None:
        message = self.tr("{count} audit entries exported to {path}").format(count=count, path=path)
        self.main_window.statusBar().showMessage(message, 10000)
        self.sig_exported.emit(path)

    def _on_session_data_changed(self, _kind: str) -> None:
        # Every change of data writes an entry; the log is read again to show it.
        self.reload()


def _date_edit(no_limit: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(no_limit)
    edit.setDate(NO_DATE)
    return edit


def _day(edit: QDateEdit) -> date | None:
    chosen = edit.date()
    return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())


def _short(text: str | None) -> str:
    if text is None:
        return ""
    line = " ".join(text.split())
    return line if len(line) <= CELL_CHARACTERS else line[:CELL_CHARACTERS] + "…"


def _tip(text: str | None) -> str:
    if not text:
        return ""
    return text if len(text) <= TOOLTIP_CHARACTERS else text[:TOOLTIP_CHARACTERS] + "…"


def _pretty(text: str | None) -> str:
    """A recorded value laid out for reading: JSON indented, a text block as it is."""
    if text is None:
        return ""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)


def _value_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setReadOnly(True)
    box.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    return box


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.addWidget(QLabel(f"<b>{title}</b>"))
    layout.addWidget(widget)
    return box
