"""The quality tab's dialogs: a post's indicator, and a doctor's figures for the indicators."""

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
)

from centredesk.model.numbers import plain
from centredesk.services import quality as quality_service
from centredesk.services.errors import Refused
from centredesk.services.quality import IndicatorForm, IndicatorView, QualityEntry
from centredesk.ui.screens.review_format import tr
from centredesk.ui.widgets.form_dialog import FormDialog


class IndicatorDialog(FormDialog):
    """Add or change a post's quality indicator."""

    def __init__(self, ctx, posts, post: str | None, indicator: IndicatorView | None, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._indicator = indicator
        self.setWindowTitle(self.tr("Quality indicator"))
        self._build_fields(posts)
        self._fill(indicator, post)
        for label, field in (
            (self.tr("Post"), self.post),
            (self.tr("Name"), self.name),
            (self.tr("Target"), self.target),
            (self.tr("Weight"), self.weight),
            (self.tr("Direction"), self.better),
            (self.tr("Raise of the monthly target, %"), self.raise_percent),
            ("", self.is_rate),
        ):
            self.form.addRow(label, field)

    def _build_fields(self, posts) -> None:
        self.post = QComboBox()
        for text, code in posts:
            self.post.addItem(text, code)
        self.name = QLineEdit()
        self.target = QLineEdit()
        self.weight = QLineEdit("1")
        self.better = QComboBox()
        self.better.addItem(self.tr("higher is better"), True)
        self.better.addItem(self.tr("lower is better"), False)
        self.raise_percent = QLineEdit("0")
        self.is_rate = QCheckBox(self.tr("a rate in % (a raised target stays at most 100)"))

    def _fill(self, indicator: IndicatorView | None, post: str | None) -> None:
        self.post.setCurrentIndex(
            max(0, self.post.findData(indicator.post_code if indicator else post))
        )
        if indicator is None:
            return
        self.name.setText(indicator.name)
        self.target.setText(plain(indicator.target))
        self.weight.setText(plain(indicator.weight))
        self.better.setCurrentIndex(0 if indicator.higher_is_better else 1)
        self.raise_percent.setText(plain(indicator.raise_percent))
        self.is_rate.setChecked(indicator.is_rate)

    def store(self) -> None:
        quality_service.save_indicator(self._ctx, self.form_value())

    def form_value(self) -> IndicatorForm:
        """The form as the service takes it; Refused for a figure that is not a number."""
        return IndicatorForm(
            post_code=self.post.currentData() or "",
            name=self.name.text(),
            target=number(self.target.text(), self.tr("target")),
            weight=number(self.weight.text(), self.tr("weight")),
            higher_is_better=bool(self.better.currentData()),
            raise_percent=number(self.raise_percent.text() or "0", self.tr("raise")),
            is_rate=self.is_rate.isChecked(),
            id=self._indicator.id if self._indicator else None,
        )


class IndicatorFiguresDialog(FormDialog):
    """A doctor's actual figure for each indicator of their post; saving computes the score."""

    def __init__(self, ctx, month, entry: QualityEntry, results, parent=None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._month = month
        self._entry = entry
        self.saved_message = ""
        title = self.tr("Indicator figures of {staff_no} {name}")
        self.setWindowTitle(title.format(staff_no=entry.staff_no, name=entry.name))
        self.fields: dict[int, QLineEdit] = {}
        for indicator, actual in results:
            field = QLineEdit("" if actual is None else plain(actual))
            self.fields[indicator.id] = field
            self.form.addRow(self._label(indicator), field)
        if not results:
            none = self.tr("The post {post} has no quality indicators yet.")
            self.form.addRow(QLabel(none.format(post=entry.post)))

    def _label(self, indicator: IndicatorView) -> str:
        better = indicator.higher_is_better
        direction = self.tr("higher is better") if better else self.tr("lower is better")
        return self.tr("{name} (target {target}, weight {weight}, {direction})").format(
            name=indicator.name,
            target=plain(indicator.target),
            weight=plain(indicator.weight),
            direction=direction,
        )

    def store(self) -> None:
        actuals = {
            indicator_id: number(field.text(), self.tr("figure"))
            for indicator_id, field in self.fields.items()
            if field.text().strip()
        }
        staff_no = self._entry.staff_no
        score = quality_service.record_indicator_results(self._ctx, self._month, staff_no, actuals)
        done = self.tr("Quality of {staff_no} computed from the indicators: score {score}")
        self.saved_message = done.format(staff_no=staff_no, score=score)


def number(text: str, what: str) -> Decimal:
    """A decimal typed in a form; Refused, naming the field, when it is not a number."""
    try:
        return Decimal(text.strip().replace(",", ""))
    except InvalidOperation:
        message = tr("The {what} must be a number: {text}")
        raise Refused(message.format(what=what, text=text)) from None
