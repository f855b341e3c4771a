"""A background function shown in a progress dialog whose Cancel asks it to stop."""

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from centredesk.ui.worker import run_in_background


class ProgressRun(QObject):
    """Runs one function off the UI thread behind a window-modal progress dialog.

    The function receives a Progress to call as `progress(done, total)`; Cancel sets its
    `cancelled` flag, and the function decides where stopping is safe. The dialog is closed
    before `on_done` or `on_error` runs, so either may open a dialog of its own.
    """

    def __init__(self, owner: QWidget, label: str, title: str = "") -> None:
        super().__init__(owner)
        cancel = QCoreApplication.translate("ProgressRun", "Cancel")
        # A busy indicator (0 of 0) until the work reports its first step and total.
        self.dialog: QProgressDialog | None = QProgressDialog(label, cancel, 0, 0, owner)
        if title:
            self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        # The last step's report must not reset or hide the dialog while the work still ends.
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setValue(0)
        self.total = 0
        self._task = None

    def start(
        self,
        function: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> "ProgressRun":
        self._task = run_in_background(
            function, self._finish_with(on_done), self._finish_with(on_error), self._progressed
        )
        self.dialog.canceled.connect(self.cancel)
        return self

    def cancel(self) -> None:
        """Ask the function to stop at its next report."""
        if self._task is not None:
            self._task.progress.cancelled = True

    def _progressed(self, done: int, total: int) -> None:
        self.total = total
        if self.dialog is not None:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _finish_with(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def finish(outcome: Any) -> None:
            # Work that ends after its window was closed has nobody left to tell.
            if not shiboken6.isValid(self):
                return
            self._close()
            callback(outcome)

        return finish

    def _close(self) -> None:
        if self.dialog is not None:
            # Closing a progress dialog emits canceled; the work is over, so nothing to ask.
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
