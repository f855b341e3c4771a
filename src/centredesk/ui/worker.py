"""One helper for work off the UI thread: run a function, then call back on the UI thread.

The function runs in Qt's global thread pool and never touches widgets; its result or
exception comes back through a queued signal, so the callbacks run on the UI thread.
"""

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    sig_finished = Signal(object)
    sig_failed = Signal(object)
    sig_progressed = Signal(int, int)


class Progress:
    """Given to a background function: report progress and learn whether to stop."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self.cancelled = False

    def __call__(self, done: int, total: int) -> bool:
        """Report `done` of `total`; returns False once the user has cancelled."""
        self._signals.sig_progressed.emit(done, total)
        return not self.cancelled


class Task(QRunnable):
    """A function run on the thread pool; connect to `signals` before starting it."""

    def __init__(self, function: Callable[..., Any], with_progress: bool) -> None:
        super().__init__()
        self.signals = _Signals()
        self.progress = Progress(self.signals)
        self._function = function
        self._with_progress = with_progress

    def run(self) -> None:
        try:
            result = self._function(self.progress) if self._with_progress else self._function()
        except Exception as error:  # noqa: BLE001 - reported on the UI thread
            log.debug("background task failed: %s", traceback.format_exc())
            self._report(self.signals.sig_failed, error)
            return
        self._report(self.signals.sig_finished, result)

    def _report(self, signal, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            # The program quit while this ran (an opening check, say): no one is left to tell.
            log.info("a background task finished after the program had quit")


def run_in_background(
    function: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Run `function` off the UI thread; `on_done(result)` or `on_error(exc)` follow on it.

    With `on_progress`, `function` receives a Progress to call as `progress(done, total)`;
    setting `task.progress.cancelled` asks it to stop at its next report.
    """
    task = Task(function, with_progress=on_progress is not None)
    task.signals.sig_finished.connect(on_done)
    task.signals.sig_failed.connect(on_error)
    if on_progress is not None:
        task.signals.sig_progressed.connect(on_progress)
    # Keep the signals object alive until a callback has run, whatever the caller keeps.
    _running.add(task.signals)
    task.signals.sig_finished.connect(lambda _: _running.discard(task.signals))
    task.signals.sig_failed.connect(lambda _: _running.discard(task.signals))
    task.setAutoDelete(True)
    QThreadPool.globalInstance().start(task)
    return task


_running: set[_Signals] = set()
