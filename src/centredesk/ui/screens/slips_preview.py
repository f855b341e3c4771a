"""One doctor's slip on screen as the printer will have it, with Print… and Save PDF…."""

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from centredesk.ui.screens.slips_print import PrintFailed, new_printer, print_document

log = logging.getLogger(__name__)

DRAFT_STYLE = (
    "background:#fdecea; color:#b3261e; border:1px solid #f1b0aa; border-radius:4px;"
    "padding:6px 10px; font-weight:600;"
)


class SlipPreview(QWidget):
    """The slip in hand: a DRAFT note over an unsigned month's, the page, and what to do."""

    sig_slip_printed = Signal(int)
    """The slip went to the printer (its number of pages)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.title = ""
        self._data = b""
        self._buffer: QBuffer | None = None

        self._build_note()
        self._build_view()
        self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.draft_note)
        layout.addLayout(self._actions)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status_label)
        self.clear(self.tr("Choose a doctor to see their slip."))

    def _build_note(self) -> None:
        self.draft_note = QLabel()
        self.draft_note.setObjectName("draft_note")
        self.draft_note.setWordWrap(True)
        self.draft_note.setStyleSheet(DRAFT_STYLE)
        self.draft_note.hide()

    def _build_view(self) -> None:
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setStyleSheet("background:#8a8f98;")
        self.status_label = QLabel()
        self.status_label.setObjectName("preview_status")
        self.status_label.setWordWrap(True)

    def _build_actions(self) -> None:
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_slip)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.clicked.connect(self._on_save_clicked)
        self.fit_width_button = QPushButton(self.tr("Fit width"))
        self.fit_width_button.setCheckable(True)
        self.fit_width_button.toggled.connect(self._on_fit_width_toggled)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight:600; font-size:14px;")
        self._actions = QHBoxLayout()
        self._actions.addWidget(self.heading, 1)
        for button in (self.fit_width_button, self.save_button, self.print_button):
            self._actions.addWidget(button)

    # --- showing -------------------------------------------------------------------------

    def show_draft_note(self, month, signed: bool) -> None:
        self.draft_note.setText(
            self.tr(
                "DRAFT: {month} is not signed. Its slips are marked DRAFT and are not for "
                "signing; they become final once the director signs the month."
            ).format(month=month)
        )
        self.draft_note.setVisible(not signed)

    def show_slip(self, data: bytes, title: str) -> None:
        """Show the slip's PDF; `title` names it in the heading and the file name offered."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self._data, self.title = data, title
        self.heading.setText(title)
        self._set_enabled(self.document.status() == QPdfDocument.Status.Ready)
        self.status_label.setText(self.tr("Ready to print."))

    def clear(self, message: str) -> None:
        """No slip on show; `message` says why (loading, nobody chosen, refused)."""
        self.document.close()
        self._data, self.title = b"", ""
        self.heading.clear()
        self.status_label.setText(message)
        self._set_enabled(False)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.print_button, self.save_button):
            button.setEnabled(enabled)

    # --- printing and saving -------------------------------------------------------------

    def print_slip(self) -> int:
        """Ask for a printer and print the slip at 300 dpi; returns the pages printed."""
        printer = new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the slip"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        try:
            printed = print_document(self.document, printer)
        except PrintFailed as error:
            self.status_label.setText(self.tr("Not printed: {error}").format(error=error))
            return 0
        log.info("printed the slip %s (%d pages)", self.title, printed)
        self.status_label.setText(self.tr("Sent to the printer: {title}").format(title=self.title))
        self.sig_slip_printed.emit(printed)
        return printed

    def save_to(self, path: Path) -> None:
        try:
            path.write_bytes(self._data)
        except OSError as error:
            self.status_label.setText(
                self.tr("{path} cannot be written: {error}").format(path=path, error=error.strerror)
            )
            return
        self.status_label.setText(self.tr("Saved to {path}").format(path=path))

    def _on_save_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the slip"), f"{self.title}.pdf", self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def _on_fit_width_toggled(self, checked: bool) -> None:
        mode = QPdfView.ZoomMode.FitToWidth if checked else QPdfView.ZoomMode.FitInView
        self.view.setZoomMode(mode)
        self.view.setPageMode(
            QPdfView.PageMode.MultiPage if checked else QPdfView.PageMode.SinglePage
        )
