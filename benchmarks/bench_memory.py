"""Peak memory of the desktop on the benchmark database: under 300 MB.

A child process opens the main window on the database as `centredesk` does (the window, the
database on the thread pool, the checks after opening: backup and integrity report), then
visits every screen and every tab of it, waiting each time for the work it started on the
thread pool. Its peak resident set size is the figure: VmHWM of /proc/self/status on Linux
(getrusage's ru_maxrss there would include the size of the benchmark process it was forked
from), ru_maxrss elsewhere; the "floor" is the 300 MB limit itself, so the target is a ratio of 1.
"""

import os
import subprocess
import sys
import tempfile

from benchmarks.data import Centre
from benchmarks.harness import Result

LIMIT = 300 * 10**6

_VISIT = """
import resource, sys
from pathlib import Path
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QTabWidget
from centredesk.storage.locations import sqlite_url
from centredesk.ui.app import DesktopController, create_application

def peak():
    # VmHWM is this program's own; ru_maxrss would also count the parent it was forked from.
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

def settle():
    for _ in range(3):
        QApplication.processEvents()
        QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()

def visit(window):
    settle()
    visited = 0
    for key in window.screen_keys():
        screen = window.show_screen(key)
        settle()
        tabs = screen if isinstance(screen, QTabWidget) else screen.findChild(QTabWidget)
        for number in range(tabs.count() if tabs is not None else 0):
            tabs.setCurrentIndex(number)
            settle()
        window.grab()
        visited += 1
    print("visited", visited, flush=True)
    print("peak", peak(), flush=True)
    app.quit()

app = create_application([])
controller = DesktopController(app)
controller.sig_window_ready.connect(lambda window: QTimer.singleShot(0, lambda: visit(window)))
controller.open(sqlite_url(Path(sys.argv[1])))
app.exec()
"""


def peak_memory(path) -> tuple[int, int]:
    """(peak bytes, screens visited) of a desktop that visits every screen of `path`."""
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": home}
        env.update(XDG_DATA_HOME=home, XDG_STATE_HOME=home, XDG_CACHE_HOME=home)
        env["CENTREDESK_LOG_DIR"] = home  # the user's own log is not written either
        done = subprocess.run(
            [sys.executable, "-c", _VISIT, str(path)],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
    found = dict(line.split() for line in done.stdout.splitlines() if line.count(" ") == 1)
    if done.returncode != 0 or "peak" not in found:
        raise RuntimeError(f"the desktop failed (exit {done.returncode}): {done.stderr[-2000:]}")
    return int(found["peak"]), int(found["visited"])


def scenarios(centre: Centre, quick: bool) -> list[Result]:
    peak, screens = peak_memory(centre.path)
    note = (
        f"{centre.entries:,} entries; window, checks after opening, {screens} screens and all "
        "their tabs visited; peak resident set size (VmHWM)"
    )
    return [Result("desktop: peak memory (limit 300 MB)", peak, LIMIT, 1.0, note, "bytes")]


if __name__ == "__main__":
    from benchmarks.data import build
    from benchmarks.harness import table

    print(table(scenarios(build(), quick="--quick" in sys.argv)))
