"""Start-up to a usable main window on the benchmark database, against a bare Qt window.

Both are timed as whole fresh processes, from launch to the window shown and painted, since
imports are most of what a start-up costs.
"""

import os
import subprocess
import sys
import time

from benchmarks.data import Centre
from benchmarks.harness import Result

_BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab()
print("ready", flush=True)
"""

_OURS = """
import sys
from pathlib import Path
from centredesk.storage.locations import sqlite_url
from centredesk.ui.app import DesktopController, create_application
app = create_application([])
controller = DesktopController(app)
controller.sig_window_ready.connect(lambda window: (window.grab(), app.quit()))
window = controller.open(sqlite_url(Path(sys.argv[1])))
app.processEvents()
window.grab()
print("shown", flush=True)
app.exec()
print("ready", flush=True)
"""


def _run(code: str, *args: str) -> dict[str, float]:
    """Seconds from launching a process until each line it prints ("shown", "ready")."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    times = {}
    with subprocess.Popen(
        [sys.executable, "-c", code, *args],
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    ) as child:
        for line in child.stdout:
            times[line.strip()] = time.perf_counter() - start
        child.wait()
    if "ready" not in times or child.returncode != 0:
        raise RuntimeError(f"the start-up script failed (exit {child.returncode})")
    return times


def _best(code: str, *args: str, repeat: int) -> dict[str, float]:
    runs = [_run(code, *args) for _ in range(repeat)]
    return {key: min(run[key] for run in runs) for key in runs[0]}


def scenarios(centre: Centre, quick: bool) -> list[Result]:
    repeat = 3 if quick else 7
    _run(_OURS, str(centre.path))  # the first run compiles translations and warms the disk
    floor = _best(_BARE, repeat=repeat)["ready"]
    ours = _best(_OURS, str(centre.path), repeat=repeat)
    how = f"{centre.entries:,} entries; fresh processes, best of {repeat}"
    return [
        Result("start-up: main window shown", ours["shown"], floor, 4.0, how),
        Result(
            "start-up: first screen filled",
            ours["ready"],
            floor,
            4.0,
            "database opened and the staff register loaded on the thread pool",
        ),
    ]


if __name__ == "__main__":
    from benchmarks.data import build
    from benchmarks.harness import table

    print(table(scenarios(build(), quick="--quick" in sys.argv)))
