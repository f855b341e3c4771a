"""Opening the month-end review screen on a month, as a signed-in user, for the review tests."""

from PySide6.QtCore import QThreadPool

from centredesk.model.months import Month

# Background work on a busy machine (CI on two cores) can take seconds; waits allow for it.
WAIT = 15000


def open_review(open_main_window, db, qtbot, month: Month, user: str = "admin"):
    """A main window signed in as `user`, showing the review of `month` once it has loaded."""
    window = open_main_window(db, user=user)
    window.session.set_month(month)
    screen = window.show_screen("review")
    qtbot.waitUntil(lambda: loaded(screen, month), timeout=WAIT)
    return window, screen


def loaded(screen, month: Month) -> bool:
    """The screen shows the review of `month`."""
    data = screen.data
    return data is not None and data.month == month


def review_row(screen, staff_no: str):
    return next(row for row in screen.month_tab.model.rows() if row.staff_no == staff_no)


def settle(qtbot) -> None:
    """Let background work and the reloads it starts finish, so that no late answer reaches a
    window after the test has closed it."""
    pool = QThreadPool.globalInstance()
    for _ in range(3):
        qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=WAIT)
        qtbot.wait(30)
