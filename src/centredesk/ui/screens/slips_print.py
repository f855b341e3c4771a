"""Printing slips from their PDF: each page rendered at 300 dpi, one page at a time (SPEC §6)."""

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)

PRINT_DPI = 300
POINTS_PER_INCH = 72

# Called after each printed page with (done, total); returning False stops the printing.
PageProgress = Callable[[int, int], bool]


class PrintFailed(Exception):
    """The printer could not be started or took no page."""


def new_printer() -> QPrinter:
    """A printer at 300 dpi on portrait A4, as the slips are laid out."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(PRINT_DPI)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def print_document(
    document: QPdfDocument, printer: QPrinter, progress: PageProgress | None = None
) -> int:
    """Print every page of `document`; returns how many pages went to the printer.

    Only one page's image exists at a time: an A4 page at 300 dpi is about 35 MB.
    """
    total = document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        name = printer.printerName() or printer.outputFileName()
        raise PrintFailed(f"the printer {name} cannot be started")
    printed = 0
    try:
        for page in range(total):
            if page:
                printer.newPage()
            _draw_page(painter, document, page, printer.resolution())
            printed += 1
            if progress is not None and not progress(printed, total):
                break
    finally:
        painter.end()
    return printed


def print_file(path: Path, printer: QPrinter, progress: PageProgress | None = None) -> int:
    """Print a PDF file; for the worker thread, where painting on a printer is allowed."""
    document = QPdfDocument()
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_:
        raise PrintFailed(f"{path} cannot be read ({error.name})")
    total = document.pageCount()
    try:
        printed = print_document(document, printer, progress)
    finally:
        document.close()
    log.info("printed %d of %d pages of %s", printed, total, path.name)
    return printed


def _draw_page(painter: QPainter, document: QPdfDocument, page: int, dpi: int) -> None:
    """Draw one page as large as the printable area allows, keeping its shape, centred."""
    points = document.pagePointSize(page)
    wanted = QSize(
        round(points.width() * dpi / POINTS_PER_INCH),
        round(points.height() * dpi / POINTS_PER_INCH),
    )
    area = painter.viewport()
    size = wanted
    if not _fits(wanted, area):
        size = wanted.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    image = document.render(page, size)
    left = area.x() + (area.width() - size.width()) // 2
    top = area.y() + (area.height() - size.height()) // 2
    painter.drawImage(QRect(left, top, size.width(), size.height()), image)


def _fits(size: QSize, area: QRect) -> bool:
    return size.width() <= area.width() and size.height() <= area.height()
