"""The progress dialog of long work: it follows the work, and Cancel stops it."""

import threading

import shiboken6
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


class Screen(QWidget):
    def __init__(self, received: list) -> None:
        super().__init__()
        self.received = received

    def take(self, result) -> None:
        self.received.append(result)


def test_a_result_for_a_deleted_screen_is_dropped(open_main_window, demo_db, qtbot):
    """A switch of user destroys screens; work they started must not reach them afterwards."""
    window = open_main_window(demo_db)
    received = []
    screen = Screen(received)
    gate = threading.Event()

    window.run_task(lambda: gate.wait(5) and "late", screen.take)
    screen.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(screen))
    gate.set()

    qtbot.waitUntil(lambda: window._busy == 0)
    assert received == []


def test_a_result_for_a_living_screen_arrives(open_main_window, demo_db, qtbot):
    window = open_main_window(demo_db)
    received = []
    screen = Screen(received)
    qtbot.addWidget(screen)

    window.run_task(lambda: "in time", screen.take)

    qtbot.waitUntil(lambda: received == ["in time"])
