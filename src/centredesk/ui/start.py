"""Starting the desktop program, with Python's garbage collector paused until the first screen.

Start-up creates some 130,000 objects that the collector watches and that live as long as
the program (modules, Qt's wrappers, SQLAlchemy's and the tables' mappings), and almost no
garbage. With the cyclic collector running, its rounds walk them again and again: about a
tenth of the start-up's time. Reference counting still frees what start-up drops. The
collector resumes as soon as the database has opened and the window shows its first screen
(or the sign-in or the first-run wizard), before anyone works in it.
"""

import gc


def start_desktop(url: str):
    """Load the desktop program and show its window on the database at `url`; returns the
    QApplication and the DesktopController, for the caller to run the event loop."""
    gc.disable()
    from centredesk.ui.app import DesktopController, create_application
    from centredesk.ui.exception_hook import install_exception_hook
    from centredesk.ui.smoke import SmokeRun, requested

    app = create_application()
    install_exception_hook()
    controller = DesktopController(app)
    controller.sig_opening_done.connect(gc.enable)
    if requested():
        SmokeRun(controller, app)
    controller.open(url)
    return app, controller


def run_desktop(url: str) -> int:
    """Run the desktop program on the database at `url` until its window closes."""
    app, _controller = start_desktop(url)
    return app.exec()
