"""The pay tab (SPEC §2.4 and §2.9): the month's value or fund, and the year's monthly shares."""

import logging
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from centredesk.model.numbers import plain
from centredesk.model.policy import PaySetting
from centredesk.services.errors import Refused
from centredesk.services.month_end import MonthEnd, review_totals
from centredesk.services.pay import set_pay
from centredesk.services.year import SharesProposal, accept_shares, propose_year_shares
from centredesk.ui.screens.review_format import money, month_name, tr
from centredesk.ui.table_model import Column, RowTableModel

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ShareRow:
    """A month's current share beside the proposed one and the volume behind it."""

    month: int
    current: Decimal
    proposed: Decimal | None
    totals: tuple[Decimal, ...]


def share_rows(proposal: SharesProposal) -> list[ShareRow]:
    return [
        ShareRow(
            number,
            proposal.current[number - 1],
            proposal.proposed[number - 1],
            tuple(totals[number - 1] for totals in proposal.totals.values()),
        )
        for number in range(1, 13)
    ]


class SharesTableModel(RowTableModel):
    """The twelve monthly shares: current, proposed, and the recorded equivalents per year."""

    def __init__(self, years: list[int], parent: QObject | None = None) -> None:
        columns = [
            Column(self.tr("Month"), lambda r: month_name(r.month), lambda r: r.month),
            Column(self.tr("Current share"), lambda r: str(r.current), lambda r: r.current, True),
            Column(
                self.tr("Proposed share"),
                lambda r: "" if r.proposed is None else str(r.proposed),
                lambda r: r.proposed,
                True,
            ),
        ]
        for index, year in enumerate(years):
            columns.append(
                Column(
                    self.tr("Equivalents {year}").format(year=year),
                    lambda r, i=index: money(r.totals[i]),
                    lambda r, i=index: r.totals[i],
                    True,
                )
            )
        super().__init__(columns, parent)


class PayTab(QWidget):
    """Set the month's pay, see what its fund gives, and renew the year's monthly shares."""

    def __init__(self, screen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen = screen
        self.data: MonthEnd | None = None
        self.proposal: SharesProposal | None = None
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("pay_message")
        left = QVBoxLayout()
        left.addWidget(self._build_settings())
        left.addWidget(self._build_figures())
        left.addStretch()
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(self._build_shares(), 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)

    def _build_settings(self) -> QGroupBox:
        self.settings_box = QGroupBox(self.tr("Pay settings"))
        self.by_value = QRadioButton(self.tr("A value per equivalent"))
        self.by_fund = QRadioButton(self.tr("The month's fund"))
        group = QButtonGroup(self)
        group.addButton(self.by_value)
        group.addButton(self.by_fund)
        self.by_value.setChecked(True)
        self.by_value.toggled.connect(self._on_by_value_toggled)
        self.value = QLineEdit()
        self.fund = QLineEdit()
        self.ratio = QLineEdit()
        self.ratio.setPlaceholderText("0.88")
        self.planned = QLineEdit()
        self.save_button = QPushButton(self.tr("Save pay settings"))
        self.save_button.clicked.connect(self.save_settings)
        form = QFormLayout()
        form.addRow(self.by_value)
        form.addRow(self.tr("Value per equivalent"), self.value)
        form.addRow(self.by_fund)
        form.addRow(self.tr("Fund"), self.fund)
        form.addRow(self.tr("Distributable ratio"), self.ratio)
        form.addRow(self.tr("Planned equivalents"), self.planned)
        form.addRow("", self.save_button)
        self.settings_box.setLayout(form)
        self.settings_box.setEnabled(self.screen.can_edit)
        self._on_by_value_toggled(True)
        return self.settings_box

    def _build_figures(self) -> QGroupBox:
        box = QGroupBox(self.tr("What the month's pay comes to"))
        grid = QGridLayout(box)
        self.figures: dict[str, QLabel] = {}
        for row, (key, label) in enumerate(
            (
                ("value", self.tr("Value per equivalent in force")),
                ("planned", self.tr("Planned equivalents")),
                ("distributable", self.tr("Distributable fund")),
                ("reserve", self.tr("Reserve")),
                ("total", self.tr("Performance pay of the month")),
            )
        ):
            value = QLabel()
            value.setObjectName(f"figure_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(value, row, 1)
            self.figures[key] = value
        self.warning = QLabel()
        self.warning.setObjectName("fund_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color:#b3261e; font-weight:600;")
        grid.addWidget(self.warning, len(self.figures), 0, 1, 2)
        return box

    def _build_shares(self) -> QGroupBox:
        self.shares_box = QGroupBox(self.tr("Monthly shares of the year"))
        self.shares_view = QTableView()
        self.shares_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.shares_view.verticalHeader().hide()
        self.shares_view.horizontalHeader().setStretchLastSection(True)
        self.shares_model = SharesTableModel([], self)
        self.shares_view.setModel(self.shares_model)
        self.propose_button = QPushButton(self.tr("Propose from the last three years"))
        self.propose_button.clicked.connect(self.propose_shares)
        self.accept_button = QPushButton(self.tr("Accept the proposed shares"))
        self.accept_button.clicked.connect(self.accept_proposal)
        self.accept_button.setEnabled(False)
        self.propose_button.setEnabled(self.screen.can_edit)
        self.shares_note = QLabel(
            self.tr(
                "Accepting changes the targets of the year's unsigned months; a signed month "
                "keeps the shares it was signed with."
            )
        )
        self.shares_note.setWordWrap(True)
        self.shares_note.setStyleSheet("color:#5f6670;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.propose_button)
        buttons.addWidget(self.accept_button)
        buttons.addStretch()
        layout = QVBoxLayout(self.shares_box)
        layout.addLayout(buttons)
        layout.addWidget(self.shares_view, 1)
        layout.addWidget(self.shares_note)
        return self.shares_box

    # --- showing -------------------------------------------------------------------------

    def show_month(self, data: MonthEnd | None) -> None:
        self.data = data
        if data is None:
            return
        self.settings_box.setTitle(self.tr("Pay settings of {month}").format(month=data.month))
        self.settings_box.setEnabled(self.screen.can_edit and not data.signed)
        self._fill_settings(data.pay_setting, data)
        self._show_figures(data)
        if self.proposal is None or self.proposal.year != data.month.year:
            self._show_current_shares(data)

    def _fill_settings(self, setting: PaySetting, data: MonthEnd) -> None:
        def text(value: Decimal | None) -> str:
            return "" if value is None else plain(value)

        self.by_fund.setChecked(setting.fund is not None)
        self.by_value.setChecked(setting.fund is None)
        self.value.setText(text(setting.value_per_equivalent))
        self.fund.setText(text(setting.fund))
        self.ratio.setText(text(setting.distributable_ratio))
        self.planned.setText(text(setting.planned_equivalents))
        targets = review_totals(data.review.rows).target
        self.planned.setPlaceholderText(
            self.tr("the sum of the targets: {sum}").format(sum=money(targets))
        )

    def _show_figures(self, data: MonthEnd) -> None:
        fund, review = data.review.fund, data.review
        shown = {
            "value": plain(fund.value_per_equivalent)
            if fund.value_per_equivalent
            else self.tr("not set"),
            "planned": money(fund.planned_equivalents) or "—",
            "distributable": money(fund.distributable) or "—",
            "reserve": money(fund.reserve) or "—",
            "total": money(review.total_performance_pay),
        }
        for key, text in shown.items():
            self.figures[key].setText(text)
        self.warning.setText(
            self.tr(
                "The month's performance pay {total} exceeds the distributable fund {fund}."
            ).format(total=money(review.total_performance_pay), fund=money(fund.distributable))
            if review.fund_exceeded
            else ""
        )

    def _show_current_shares(self, data: MonthEnd) -> None:
        self.proposal = None
        self.accept_button.setEnabled(False)
        self.shares_box.setTitle(self.tr("Monthly shares of {year}").format(year=data.month.year))
        self.screen.run_task(
            lambda: self.screen.current_shares(data.month.year), self._on_shares_loaded
        )

    def _on_shares_loaded(self, shares) -> None:
        rows = [ShareRow(number, shares[number - 1], None, ()) for number in range(1, 13)]
        self._set_share_model([], rows)

    def _set_share_model(self, years: list[int], rows: list[ShareRow]) -> None:
        self.shares_model = SharesTableModel(years, self)
        self.shares_model.set_rows(rows)
        self.shares_view.setModel(self.shares_model)
        self.shares_view.resizeColumnsToContents()

    # --- changing ------------------------------------------------------------------------

    def setting_value(self) -> PaySetting:
        """The form as a PaySetting; Refused for a figure that is not a number."""
        if self.by_value.isChecked():
            return PaySetting(value_per_equivalent=_decimal(self.value.text(), self.tr("value")))
        return PaySetting(
            fund=_decimal(self.fund.text(), self.tr("fund")),
            distributable_ratio=_decimal(self.ratio.text(), self.tr("distributable ratio")),
            planned_equivalents=_decimal(self.planned.text(), self.tr("planned equivalents")),
        )

    def save_settings(self) -> None:
        try:
            setting = self.setting_value()
        except Refused as refusal:
            self.message.setText(str(refusal))
            return
        ctx, month = self.screen.session.ctx, self.screen.session.month
        done = self.tr("Pay settings of {month} saved").format(month=month)
        self.screen.run_task(
            lambda: set_pay(ctx, month, setting), lambda _: self._saved(done), self._on_refused
        )

    def propose_shares(self) -> None:
        ctx, year = self.screen.session.ctx, self.screen.session.month.year
        self.screen.run_with_progress(
            self.tr("Reading three years of recorded volume…"),
            lambda progress: propose_year_shares(ctx, year, progress),
            self._on_proposed,
            self._on_refused,
        )

    def _on_proposed(self, proposal: SharesProposal) -> None:
        self.proposal = proposal
        self._set_share_model(list(proposal.totals), share_rows(proposal))
        self.accept_button.setEnabled(self.screen.can_edit)
        used = ", ".join(str(year) for year in proposal.totals)
        text = self.tr("Proposed from the recorded equivalents of {years}.").format(years=used)
        if proposal.skipped:
            skipped = ", ".join(str(year) for year in proposal.skipped)
            text += " " + self.tr("Left out (no policy, or months without data): {years}.").format(
                years=skipped
            )
        self.message.setText(text)

    def accept_proposal(self) -> None:
        if self.proposal is None:
            return
        ctx, proposal = self.screen.session.ctx, self.proposal
        done = self.tr("The monthly shares of {year} were changed").format(year=proposal.year)
        self.screen.run_task(
            lambda: accept_shares(ctx, proposal.year, proposal.proposed),
            lambda _: self._accepted(done),
            self._on_refused,
        )

    def _accepted(self, message: str) -> None:
        self.proposal = None
        self._saved(message)

    def _saved(self, message: str) -> None:
        self.message.setText(message)
        self.screen.notify_changed("policy")

    def _on_refused(self, error: Exception) -> None:
        self.message.setText(str(error))

    def _on_by_value_toggled(self, by_value: bool) -> None:
        self.value.setEnabled(by_value)
        for field in (self.fund, self.ratio, self.planned):
            field.setEnabled(not by_value)


def _decimal(text: str, what: str) -> Decimal | None:
    text = text.strip().replace(",", "")
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        raise Refused(
            tr("The {what} must be a number: {text}").format(what=what, text=text)
        ) from None
