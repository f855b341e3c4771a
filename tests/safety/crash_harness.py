"""Runs `centredesk` in this process and kills it with SIGKILL at a chosen moment.

    python crash_harness.py POINT ARGUMENT -- centredesk arguments…

POINT is where the process dies, in the real code path of the command:
  before SQL     as the first statement starting with SQL begins
  after SQL      right after the first statement starting with SQL has run (not committed)
  commit SQL     as the transaction that ran a statement starting with SQL is about to commit
  committed SQL  just after that transaction committed, before anything else
  backup         with the backup before an import or sign-off written but not yet renamed
  never          not at all (the command runs to its end)
The harness prints "ready" once its hooks are in place, so that the test can time a kill
from outside as well.
"""

import os
import signal
import sys


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def install(point: str, argument: str) -> None:
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

    if point in ("before", "after"):

        def on_statement(_connection, _cursor, statement: str, *_) -> None:
            if statement.lstrip().startswith(argument):
                die()

        event.listen(Engine, f"{point}_cursor_execute", on_statement)
    elif point in ("commit", "committed"):
        ran = {"it": False}

        def on_statement(_connection, _cursor, statement: str, *_) -> None:
            ran["it"] = ran["it"] or statement.lstrip().startswith(argument)

        event.listen(Engine, "after_cursor_execute", on_statement)
        hook = (Engine, "commit") if point == "commit" else (Session, "after_commit")
        event.listen(*hook, lambda *_: ran["it"] and die())
    elif point == "backup":
        import centredesk.storage.backup as backup

        backup._sync = lambda path: die()
    elif point != "never":
        raise SystemExit(f"unknown kill point {point}")


def main(argv: list[str]) -> int:
    point, argument, separator, *command = argv
    assert separator == "--", "usage: crash_harness.py POINT ARGUMENT -- arguments…"
    from centredesk.cli import main as centredesk

    install(point, argument)
    print("ready", flush=True)
    return centredesk(command)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
