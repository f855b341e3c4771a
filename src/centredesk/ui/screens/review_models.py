"""Table models of the month-end review screens, testable without any widget."""

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from centredesk.model.appraisal import ReviewRow
from centredesk.ui.screens.review_format import (
    band_colour,
    band_label,
    band_order,
    figure,
    grade_text,
    needs_attention,
    row_explanation,
    row_note,
)
from centredesk.ui.table_model import ROW_ROLE, Column, RowTableModel


def _band_background(row: ReviewRow):
    return band_colour(row.band)


def _numeric(title: str, value: Callable) -> Column:
    return Column(title, lambda row: figure(value(row)), value, numeric=True)


class ReviewTableModel(RowTableModel):
    """One row per appraised doctor of the month: SPEC §5.2's figures, band coloured.

    Headers break over two lines so that the fifteen columns fit a 1280-pixel window.

    `keys` names each column after the `review --json` key it shows ("" for none).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            ("staff_no", Column(self.tr("Staff no."), lambda r: r.staff_no)),
            ("name", Column(self.tr("Name"), lambda r: r.name)),
            ("post", Column(self.tr("Post"), lambda r: r.post)),
            ("target", _numeric(self.tr("Target"), lambda r: r.target)),
            ("base_line", _numeric(self.tr("Base\nline"), lambda r: r.lines.base_line)),
            ("cap_line", _numeric(self.tr("Cap\nline"), lambda r: r.lines.cap_line)),
            ("equivalents", _numeric(self.tr("Equivalents"), lambda r: r.equivalents)),
            (
                "band",
                Column(
                    self.tr("Band"),
                    lambda r: band_label(r.band),
                    lambda r: band_order(r.band),
                    background=_band_background,
                ),
            ),
            ("grade", Column(self.tr("Grade"), grade_text)),
            (
                "effective_equivalents",
                _numeric(self.tr("Effective\nequivalents"), lambda r: r.effective_equivalents),
            ),
            ("deduction_ratio", _numeric(self.tr("Deduction\nratio"), lambda r: r.deduction.ratio)),
            ("performance_pay", _numeric(self.tr("Performance\npay"), lambda r: r.performance_pay)),
            (
                "basic_pay_factor",
                _numeric(self.tr("Basic pay\nfactor"), lambda r: r.basic_pay_factor),
            ),
            ("basic_pay", _numeric(self.tr("Basic\npay"), lambda r: r.basic_pay)),
            ("", Column(self.tr("Note"), row_note, tooltip=row_explanation)),
        ]
        super().__init__([column for _, column in columns], parent)
        self.keys = [key for key, _ in columns]

    def column_of(self, key: str) -> int:
        return self.keys.index(key)


class ReviewFilterProxy(QSortFilterProxyModel):
    """Rows of one post and/or one band, or only those needing attention."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._post = ""
        self._band = ""
        self._attention_only = False

    def set_post(self, post: str) -> None:
        self.beginFilterChange()
        self._post = post
        self.endFilterChange()

    def set_band(self, band: str) -> None:
        self.beginFilterChange()
        self._band = band
        self.endFilterChange()

    def set_attention_only(self, on: bool) -> None:
        self.beginFilterChange()
        self._attention_only = on
        self.endFilterChange()

    def filterAcceptsRow(
        self, source_row: int, parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        row: ReviewRow = self.sourceModel().index(source_row, 0, parent).data(ROW_ROLE)
        if self._post and row.post != self._post:
            return False
        if self._band and row.band != self._band:
            return False
        return not self._attention_only or needs_attention(row)
