"""An unexpected error is logged with its traceback and shown, never a silent vanishing."""

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from centredesk.logsetup import log_file

log = logging.getLogger(__name__)


def install_exception_hook() -> None:
    sys.excepthook = _show_and_log


def _show_and_log(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    text = "".join(traceback.format_exception(kind, error, trace))
    log.error("unexpected error in the desktop program:\n%s", text)
    if QApplication.instance() is None:
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QApplication.translate("ExceptionHook", "Unexpected error"),
        QApplication.translate(
            "ExceptionHook",
            "Something went wrong and this action did not finish. "
            "Your saved data is safe.\n\n{error}\n\nDetails are in the log file:\n{log}",
        ).format(error=error, log=log_file()),
    )
    box.setDetailedText(text)
    box.exec()
