"""A month's slips made, or printed, on a worker thread behind a cancellable progress dialog."""

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from centredesk.model.months import Month
from centredesk.reports.slips import SlipBatch, write_slips
from centredesk.ui.screens.slips_print import new_printer, print_file
from centredesk.ui.widgets.progress import ProgressRun

log = logging.getLogger(__name__)


class SlipBatchRunner(QObject):
    """Makes a month's slips (one file per doctor and the combined one) and prints them."""

    sig_batch_finished = Signal(object)
    """A batch ended: the SlipBatch (cancelled or whole), or None when it was refused."""

    sig_month_printed = Signal(int)
    """The combined file went to the printer (pages printed)."""

    sig_message = Signal(str, bool)
    """What happened, for the screen to show (text, whether it is an error)."""

    def __init__(self, screen: QWidget) -> None:
        super().__init__(screen)
        self._screen = screen
        self.batch: SlipBatch | None = None
        self._progress: ProgressRun | None = None
        self.running = False

    def make(self, ctx, month: Month, folder: Path) -> None:
        """Write `month`'s slips under `folder`; the dialog's Cancel stops after the next slip."""
        self.running = True
        self._run(
            self.tr("Making the slips of {month}…").format(month=month),
            lambda progress: write_slips(ctx, month, folder, progress),
            self._on_made,
            self._on_make_failed,
        )

    def print_combined(self) -> None:
        """Ask for a printer, then print the last batch's combined file page by page."""
        printer = new_printer()
        dialog = QPrintDialog(printer, self._screen)
        dialog.setWindowTitle(self.tr("Print the slips of {month}").format(month=self.batch.month))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        combined = self.batch.combined
        self._run(
            self.tr("Printing {name}…").format(name=combined.name),
            lambda progress: print_file(combined, printer, progress),
            self._on_printed,
            self._on_print_failed,
        )

    def _run(self, label: str, function, on_done, on_error) -> None:
        # The worker learns of a cancel at its next report, after the slip in hand is whole.
        self._progress = ProgressRun(self._screen, label, self.tr("Slips"))
        self._progress.start(function, on_done, on_error)
        self._progress.dialog.show()

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        return self._progress.dialog if self._progress is not None else None

    @property
    def _total(self) -> int:
        return self._progress.total if self._progress is not None else 0

    def _on_made(self, batch: SlipBatch) -> None:
        self.running = False
        self.batch = batch
        self.sig_message.emit(self._batch_message(batch), False)
        self.sig_batch_finished.emit(batch)

    def _batch_message(self, batch: SlipBatch) -> str:
        if batch.cancelled:
            return self.tr(
                "Cancelled after {done} of {total} slips: the {done} files in {folder} are "
                "whole; the combined file for the printer was not made."
            ).format(done=len(batch.files), total=self._total, folder=batch.folder)
        if batch.draft:
            text = self.tr("Wrote {count} DRAFT slips (the month is not signed) to {folder}.")
        else:
            text = self.tr("Wrote {count} slips to {folder}.")
        return text.format(count=len(batch.files), folder=batch.folder)

    def _on_make_failed(self, error: Exception) -> None:
        self.running = False
        self.sig_message.emit(self.tr("The slips were not made: {error}").format(error=error), True)
        self.sig_batch_finished.emit(None)

    def _on_printed(self, printed: int) -> None:
        self.sig_message.emit(
            self.tr("Sent {printed} of {total} pages to the printer.").format(
                printed=printed, total=self._total or printed
            ),
            False,
        )
        self.sig_month_printed.emit(printed)

    def _on_print_failed(self, error: Exception) -> None:
        self.sig_message.emit(self.tr("Not printed: {error}").format(error=error), True)
