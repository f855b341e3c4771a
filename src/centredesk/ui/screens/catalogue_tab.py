"""The service catalogue: categories, items with their dated equivalents, and the year's
coefficient rules with what one service is worth under them."""

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from centredesk.model.numbers import plain
from centredesk.services import catalogue
from centredesk.services.catalogue import CategoryView, CoefficientView, ItemView
from centredesk.services.context import ADMINISTRATOR
from centredesk.services.errors import Refused
from centredesk.ui.screens.catalogue_dialogs import CategoryDialog, ItemDialog, ItemValueDialog
from centredesk.ui.table_model import ROW_ROLE, Column
from centredesk.ui.widgets.filter_table import FilterTable
from centredesk.ui.widgets.problems import show_import_problems

log = logging.getLogger(__name__)
INACTIVE_COLOUR = QColor("#8a8f98")
# The row that stands for every category (no category is named "").
ALL = ""


class CatalogueTab(QWidget):
    """Categories beside their items, the year's coefficient rules below."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog = None
        self._items: list[ItemView] = []
        self.categories = FilterTable(self._category_columns(), self.tr("Search categories…"))
        self.items = FilterTable(self._item_columns(), self.tr("Search by code, name or category…"))
        self.rules = FilterTable(self._rule_columns(), self.tr("Search the rules…"))
        self.rules_title = QLabel()
        self.categories.view.selectionModel().currentRowChanged.connect(
            self._on_categories_current_row_changed
        )
        self.items.sig_row_activated.connect(self.edit_item)
        self._build_layout()
        session.sig_data_changed.connect(self._on_session_data_changed)
        session.sig_month_changed.connect(lambda month: self.reload())
        self.reload()

    # --- building ----------------------------------------------------------------------

    def _build_layout(self) -> None:
        may_change = self._may_change()
        top = QSplitter(Qt.Orientation.Horizontal)
        category_buttons = [(self.tr("Add category…"), self.add_category, may_change)]
        top.addWidget(self._with_buttons(self.categories, category_buttons))
        top.addWidget(self._with_buttons(self.items, self._item_buttons(may_change)))
        top.setSizes([330, 900])
        header = self.categories.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        bottom = QWidget()
        layout = QVBoxLayout(bottom)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.rules_title)
        layout.addWidget(self.rules)
        note = QLabel(
            self.tr(
                "Coefficient rules belong to each year's policy: change them in the policy "
                "and import it again."
            )
        )
        note.setStyleSheet("color: #5f6670;")
        layout.addWidget(note)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([580, 170])
        QVBoxLayout(self).addWidget(splitter)

    def _item_buttons(self, may_change: bool) -> list:
        return [
            (self.tr("Add item…"), self.add_item, may_change),
            (self.tr("Rename…"), self._on_rename_clicked, may_change),
            (self.tr("New dated value…"), self._on_value_clicked, may_change),
            (self.tr("Deactivate / bring back"), self._on_active_clicked, may_change),
            (self.tr("Import…"), self._on_import_clicked, may_change),
            (self.tr("Export to Excel…"), self._on_export_clicked, True),
        ]

    def _with_buttons(self, table: QWidget, buttons: list) -> QWidget:
        box = QWidget()
        row = QHBoxLayout()
        for text, slot, enabled in buttons:
            button = QPushButton(text)
            button.clicked.connect(slot)
            button.setEnabled(enabled)
            row.addWidget(button)
        row.addStretch()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(table)
        return box

    def _may_change(self) -> bool:
        actor = self.session.ctx.actor
        return actor.is_local or actor.role == ADMINISTRATOR

    def _category_columns(self) -> list[Column]:
        return [
            Column(
                self.tr("Category"),
                lambda c: c.name or self.tr("All categories"),
                lambda c: c.name,
            ),
            Column(self.tr("Items"), lambda c: str(c.items), lambda c: c.items, numeric=True),
        ]

    def _item_columns(self) -> list[Column]:
        today = self.session.month.last_day
        grey = _grey_when_inactive
        return [
            Column(self.tr("Code"), lambda i: i.code, foreground=grey),
            Column(self.tr("Name"), lambda i: i.name, foreground=grey),
            Column(self.tr("Category"), lambda i: i.category, foreground=grey),
            Column(
                self.tr("Equivalents"),
                lambda i: _plain_or_blank(i.equivalents_on(today)),
                lambda i: i.equivalents_on(today) or 0,
                numeric=True,
                foreground=grey,
            ),
            Column(self.tr("Dated values"), self._history, foreground=grey),
            Column(
                self.tr("In use"),
                lambda i: self.tr("yes") if i.active else self.tr("no"),
                foreground=grey,
            ),
        ]

    def _rule_columns(self) -> list[Column]:
        return [
            Column(self.tr("Code"), lambda r: r.item),
            Column(self.tr("Item"), lambda r: r.name),
            Column(self.tr("When"), self._when),
            Column(self.tr("One service"), self._worth),
        ]

    # --- reading -----------------------------------------------------------------------

    def reload(self) -> None:
        ctx = self.session.ctx
        self._items = catalogue.list_items(ctx)
        every = CategoryView(ALL, len(self._items))
        self.categories.set_rows([every, *catalogue.list_categories(ctx)])
        self._show_items(None)
        self._show_rules()

    def _show_items(self, category: str | None) -> None:
        shown = [item for item in self._items if category in (None, item.category)]
        self.items.set_rows(shown)

    def _show_rules(self) -> None:
        year = self.session.month.year
        heading = self.tr("Item coefficients of {year}").format(year=year)
        title = f"<b>{heading}</b>"
        try:
            rules = catalogue.coefficient_rules(self.session.ctx, year)
        except Refused as refusal:
            rules, title = [], f"{title} — {refusal}"
        self.rules_title.setText(title)
        self.rules.set_rows(rules)

    def _history(self, item: ItemView) -> str:
        parts = []
        for value in item.values:
            since = value.effective.isoformat() if value.effective else self.tr("always")
            parts.append(f"{plain(value.equivalents)} ({since})")
        return "; ".join(parts)

    def _when(self, rule: CoefficientView) -> str:
        if rule.months:
            return self.tr("months {months}").format(months=", ".join(map(str, rule.months)))
        return self.tr("{start} to {end}").format(start=rule.start, end=rule.end)

    def _worth(self, rule: CoefficientView) -> str:
        if rule.equivalents is None:
            return self.tr("unknown item")
        return (
            f"{plain(rule.equivalents)} × {plain(rule.coefficient)} = {plain(rule.effective_value)}"
        )

    # --- changing ----------------------------------------------------------------------

    def add_category(self) -> CategoryDialog:
        self.dialog = CategoryDialog(self.session.ctx, self)
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()
        return self.dialog

    def add_item(self) -> ItemDialog:
        names = [c.name for c in catalogue.list_categories(self.session.ctx)]
        return self._open(ItemDialog(self.session.ctx, names, None, self))

    def edit_item(self, item: ItemView) -> ItemDialog:
        return self._open(ItemDialog(self.session.ctx, [item.category], item, self))

    def new_value(self, item: ItemView) -> ItemValueDialog:
        return self._open(ItemValueDialog(self.session.ctx, item, self))

    def set_active(self, item: ItemView, active: bool) -> None:
        try:
            catalogue.set_item_active(self.session.ctx, item.code, active)
        except Refused as refusal:
            QMessageBox.warning(self, self.tr("Not done"), str(refusal))
            return
        self.session.changed("items")

    def _open(self, dialog):
        self.dialog = dialog
        dialog.accepted.connect(self._on_dialog_accepted)
        dialog.open()
        return dialog

    def _on_dialog_accepted(self) -> None:
        self.session.changed("items")

    def _selected(self) -> ItemView | None:
        return self.items.selected_row()

    def _on_rename_clicked(self) -> None:
        if item := self._selected():
            self.edit_item(item)

    def _on_value_clicked(self) -> None:
        if item := self._selected():
            self.new_value(item)

    def _on_active_clicked(self) -> None:
        if item := self._selected():
            self.set_active(item, not item.active)

    def _on_categories_current_row_changed(self, current, previous) -> None:
        category = current.data(ROW_ROLE) if current.isValid() else None
        self._show_items(category.name if category and category.name != ALL else None)

    def _on_session_data_changed(self, kind: str) -> None:
        if kind in ("items", "policy", "all"):
            self.reload()

    # --- files -------------------------------------------------------------------------

    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import service items"), "", self.tr("Spreadsheets (*.xlsx *.xls *.csv)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        from centredesk.services.imports import import_file

        def done(summary) -> None:
            self.session.changed("items")
            self.window().statusBar().showMessage(summary.describe(), 10000)

        self.window().run_task(
            lambda: import_file(self.session.ctx, "items", path),
            done,
            lambda error: show_import_problems(self, error),
        )

    def _on_export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export service items"), "items.xlsx", self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> None:
        def done(rows: int) -> None:
            text = self.tr("Exported {rows} item values to {path}").format(rows=rows, path=path)
            self.window().statusBar().showMessage(text, 10000)

        self.window().run_task(lambda: catalogue.export_items(self.session.ctx, path), done)


def _grey_when_inactive(item: ItemView) -> QColor | None:
    return None if item.active else INACTIVE_COLOUR


def _plain_or_blank(value) -> str:
    return "" if value is None else plain(value)
