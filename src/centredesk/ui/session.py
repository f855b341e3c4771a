"""What the desktop has in hand: the signed-in context and the month being worked on."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from centredesk.model.months import Month

if TYPE_CHECKING:  # the window appears before the database layer is imported
    from centredesk.services.context import Context


class UiSession(QObject):
    """Shared by the screens of one main window; they listen for changes instead of polling."""

    sig_month_changed = Signal(object)
    """The month in hand changed (a Month)."""

    sig_data_changed = Signal(str)
    """Data of a kind changed ("staff", "workload", "review" …): screens showing it reload."""

    def __init__(self, ctx: "Context", month: Month, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._month = month

    @property
    def month(self) -> Month:
        return self._month

    def set_month(self, month: Month) -> None:
        if month != self._month:
            self._month = month
            self.sig_month_changed.emit(month)

    def changed(self, kind: str) -> None:
        self.sig_data_changed.emit(kind)
