"""The catalogue's dialogs: a new category, a new or renamed item, a new dated value.

Each saves through the catalogue service and shows a refusal in the dialog, changing nothing.
"""

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QWidget,
)

from centredesk.model.numbers import plain
from centredesk.services import catalogue
from centredesk.services.catalogue import ItemForm, ItemView
from centredesk.services.errors import Refused
from centredesk.ui.widgets.form_dialog import FormDialog


class _FormDialog(FormDialog):
    """A catalogue form; subclasses fill it and save it in store()."""

    def __init__(self, ctx, title: str, parent: QWidget | None) -> None:
        super().__init__(parent, title)
        self.ctx = ctx
        self.setMinimumWidth(420)

    def equivalents_from(self, field: QLineEdit) -> Decimal:
        try:
            return Decimal(field.text().strip().replace(",", ""))
        except InvalidOperation:
            raise Refused(
                QCoreApplication.translate(
                    "CatalogueDialogs", "The equivalents must be a number, e.g. 2.7183"
                )
            ) from None


class CategoryDialog(_FormDialog):
    """A new category of items."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New category"), parent)
        self.name = QLineEdit()
        self.form.addRow(self.tr("Name"), self.name)

    def store(self) -> None:
        catalogue.add_category(self.ctx, self.name.text())


class ItemDialog(_FormDialog):
    """A new item with its first value, or a new name for an existing one."""

    def __init__(
        self, ctx, categories: list[str], item: ItemView | None, parent: QWidget | None = None
    ) -> None:
        title = self.tr("Rename service item") if item else self.tr("New service item")
        super().__init__(ctx, title, parent)
        self.item = item
        self.code = QLineEdit(item.code if item else "")
        self.name = QLineEdit(item.name if item else "")
        self.category = QComboBox()
        self.category.addItems(categories)
        self.equivalents = QLineEdit()
        self.equivalents.setPlaceholderText("2.7183")
        self.form.addRow(self.tr("Code"), self.code)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Category"), self.category)
        if item is None:
            self.form.addRow(self.tr("Equivalents"), self.equivalents)
        else:
            self.code.setReadOnly(True)
            self.category.setEnabled(False)
            self.form.addRow(QLabel(self.tr("An item's code and category do not change.")))

    def store(self) -> None:
        is_new = self.item is None
        catalogue.save_item(
            self.ctx,
            ItemForm(
                code=self.code.text(),
                name=self.name.text(),
                category=self.category.currentText(),
                equivalents=self.equivalents_from(self.equivalents) if is_new else None,
                is_new=is_new,
            ),
        )


class ItemValueDialog(_FormDialog):
    """An item's equivalents from a date on, or for all dates."""

    def __init__(self, ctx, item: ItemView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New value of {code}").format(code=item.code), parent)
        self.item = item
        self.equivalents = QLineEdit()
        self.for_all_dates = QCheckBox(self.tr("For all dates (replaces the value without a date)"))
        self.effective = QDateEdit(_qdate(date.today().replace(day=1)))
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        self.for_all_dates.toggled.connect(lambda checked: self.effective.setEnabled(not checked))
        self.form.addRow(self.tr("Item"), QLabel(f"{item.code} {item.name}"))
        self.form.addRow(self.tr("Values so far"), QLabel(_values(item)))
        self.form.addRow(self.tr("Equivalents"), self.equivalents)
        self.form.addRow(self.tr("In force from"), self.effective)
        self.form.addRow("", self.for_all_dates)
        note = QLabel(
            self.tr(
                "Counts from that date on are worth the new value; signed months keep the "
                "figures they were signed with."
            )
        )
        note.setWordWrap(True)
        self.form.addRow(note)

    def store(self) -> None:
        effective = None if self.for_all_dates.isChecked() else self.effective.date().toPython()
        catalogue.add_item_value(
            self.ctx, self.item.code, self.equivalents_from(self.equivalents), effective
        )


def _values(item: ItemView) -> str:
    return "; ".join(
        f"{plain(value.equivalents)} ({value.effective or '—'})" for value in item.values
    )


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
