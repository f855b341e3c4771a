"""Start-up to a usable main window on the benchmark database, against a bare Qt window.

Both are timed as whole fresh processes, from launch to the window shown and painted, since
imports are most of what a start-up costs. Ours starts as the `centredesk` command does
(cli.main with only --db), with a hook on ui.start that marks the window shown and then
ready. "Usable" is the window signed in with its first screen built and filled
(sig_window_ready), then painted.

The ratio is of CPU time (user + system, every thread of the child, interpreter start-up
included), which a shared two-core machine disturbs far less than wall time; the start-up is
one chain of work (the database opens on a worker thread while the UI thread waits), so on
an idle machine the two agree. The best wall times are given in the note. Each child runs
with its own empty settings folder, so the first screen is the default one and the user's
own settings are neither read nor written.

An installed program starts from compiled bytecode. A source checkout run with
PYTHONDONTWRITEBYTECODE (as on these machines) would compile every module of CentreDesk at
each start, so the children keep their bytecode in a folder of the benchmark's own
(PYTHONPYCACHEPREFIX), written by the warm-up run.
"""

import os
import subprocess
import sys
import tempfile
import time

from benchmarks.data import Centre
from benchmarks.harness import Result

_BARE = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab()
print("ready", time.process_time(), flush=True)
"""

_OURS = """
import sys, time
from centredesk.cli import main
import centredesk.ui.start as start

started = start.start_desktop

def observed(url):
    app, controller = started(url)
    controller.sig_window_ready.connect(lambda window: ready(app, window))
    app.processEvents()
    controller.window.grab()
    print("shown", time.process_time(), flush=True)
    return app, controller

def ready(app, window):
    window.grab()
    print("ready", time.process_time(), flush=True)
    app.quit()

start.start_desktop = observed
status = main(["--db", sys.argv[1]])
for name in ("openpyxl", "reportlab", "alembic", "python_calamine"):
    if name in sys.modules:
        print("loaded", name, flush=True)
sys.exit(status)
"""


def _run(code: str, bytecode: str, *args: str) -> dict[str, tuple[float, float]]:
    """(wall, CPU) seconds from launch until each mark the child prints ("shown", "ready")."""
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": home}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = bytecode
        env.update(XDG_DATA_HOME=home, XDG_STATE_HOME=home, XDG_CACHE_HOME=home)
        env["CENTREDESK_LOG_DIR"] = home  # the user's own log is not written either
        start = time.perf_counter()
        marks, loaded = {}, []
        with subprocess.Popen(
            [sys.executable, "-c", code, *args],
            env=env,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        ) as child:
            for line in child.stdout:
                words = line.split()
                if words[0] == "loaded":
                    loaded.append(words[1])
                elif len(words) == 2:
                    marks[words[0]] = (time.perf_counter() - start, float(words[1]))
            child.wait()
    if "ready" not in marks or child.returncode != 0:
        raise RuntimeError(f"the start-up script failed (exit {child.returncode})")
    if loaded:
        # The first window must come before the heavy libraries of files and reports.
        raise RuntimeError(f"start-up loaded {', '.join(loaded)} before the window was ready")
    return marks


def _best(code: str, *args: str, repeat: int) -> dict[str, tuple[float, float]]:
    runs = [_run(code, *args) for _ in range(repeat)]
    return {
        key: (min(run[key][0] for run in runs), min(run[key][1] for run in runs)) for key in runs[0]
    }


def scenarios(centre: Centre, quick: bool) -> list[Result]:
    repeat = 3 if quick else 7
    with tempfile.TemporaryDirectory() as bytecode:
        # The first runs compile translations and bytecode and warm the disk.
        _run(_BARE, bytecode)
        _run(_OURS, bytecode, str(centre.path))
        floor = _best(_BARE, bytecode, repeat=repeat)["ready"]
        ours = _best(_OURS, bytecode, str(centre.path), repeat=repeat)
    walls = f"wall {ours['shown'][0]:.2f} s and {ours['ready'][0]:.2f} s vs {floor[0]:.2f} s"
    how = f"{centre.entries:,} entries; CPU time of fresh processes, best of {repeat}; {walls}"
    return [
        Result("start-up: main window shown", ours["shown"][1], floor[1], 4.0, how),
        Result(
            "start-up: usable main window",
            ours["ready"][1],
            floor[1],
            4.0,
            "signed in, first screen (staff register) built and filled; "
            "openpyxl, reportlab, alembic not loaded",
        ),
    ]


if __name__ == "__main__":
    from benchmarks.data import build
    from benchmarks.harness import table

    print(table(scenarios(build(), quick="--quick" in sys.argv)))
