"""The progress dialog of long work: it follows the work, and Cancel stops it."""

import threading

from PySide6.QtWidgets import QPushButton, QWidget

from centredesk.ui.widgets.progress import ProgressRun


class Stopped(Exception):
    pass


def test_cancel_stops_the_work_and_closes_the_dialog(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    reported = threading.Event()
    outcomes = []

    def work(progress):
        done = 0
        while progress(done % 100, 100):
            done += 1
            reported.set()
            threading.Event().wait(0.005)
        raise Stopped(f"stopped after {done} steps")

    run = ProgressRun(owner, "Working…").start(work, outcomes.append, outcomes.append)
    qtbot.waitUntil(reported.is_set)
    qtbot.waitUntil(lambda: run.dialog.maximum() == 100)
    run.dialog.findChild(QPushButton).click()

    qtbot.waitUntil(lambda: bool(outcomes))
    assert isinstance(outcomes[0], Stopped)
    assert run.dialog is None


def test_the_result_arrives_after_the_dialog_is_closed(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    seen = []
    run = ProgressRun(owner, "Working…")

    def on_done(result):
        seen.append((result, run.dialog))

    run.start(lambda progress: progress(1, 1) and 42, on_done, seen.append)

    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(42, None)]
