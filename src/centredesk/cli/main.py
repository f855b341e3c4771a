"""The command line (SPEC §5.2): the same services as the desktop, for scripts and tests."""

import argparse
import logging
import sys
from collections.abc import Sequence

from centredesk import __version__
from centredesk.cli import (
    account_commands,
    backup_commands,
    data_commands,
    month_commands,
    slip_commands,
    staffing_commands,
    volunteer_commands,
)
from centredesk.cli.common import Parser
from centredesk.cli.login import signed_in
from centredesk.files.problems import ImportRefused
from centredesk.logsetup import setup_logging
from centredesk.services.context import Actor, Context
from centredesk.services.errors import Refused
from centredesk.storage.database import open_database
from centredesk.storage.disk import DiskFull
from centredesk.storage.locations import NetworkPathError, database_url

log = logging.getLogger(__name__)

EXIT_DONE, EXIT_FAILED, EXIT_REFUSED = 0, 1, 2
# Each module adds its commands; a new group of commands is one more module here.
COMMAND_MODULES = (
    data_commands,
    month_commands,
    staffing_commands,
    account_commands,
    slip_commands,
    volunteer_commands,
    backup_commands,
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status of SPEC §5.2."""
    _utf8_output()
    log_path = setup_logging()
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            return _desktop(args)
        return args.handler(_context(args), args) or EXIT_DONE
    except (Refused, NetworkPathError, ImportRefused, DiskFull) as refusal:
        print(str(refusal), file=sys.stderr)
        return EXIT_REFUSED
    except SystemExit as exit_:
        return int(exit_.code or 0)
    except KeyboardInterrupt:
        print("interrupted; nothing was changed by the unfinished step", file=sys.stderr)
        return EXIT_FAILED
    except Exception as error:  # noqa: BLE001 - the console gets one line, the log the rest
        log.exception("command failed: %s", argv if argv is not None else sys.argv[1:])
        print(
            f"unexpected failure: {error.__class__.__name__}: {error} (details in {log_path})",
            file=sys.stderr,
        )
        return EXIT_FAILED


def _utf8_output() -> None:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _context(args: argparse.Namespace) -> Context:
    url = database_url(args.db, args.database_url)
    database = open_database(url)
    if getattr(args, "signed_out", False):
        return Context(database, Actor.anonymous())
    return Context(database, signed_in(database, args.user))


def _desktop(args: argparse.Namespace) -> int:
    from centredesk.ui.app import run_desktop

    return run_desktop(database_url(args.db, args.database_url))


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="centredesk",
        description="CentreDesk: staff, workload, volunteers "
        "and month-end performance pay of a community health service centre.",
    )
    parser.add_argument("--version", action="version", version=f"CentreDesk {__version__}")
    parser.add_argument("--db", metavar="PATH", help="the SQLite database file")
    parser.add_argument("--database-url", metavar="URL", help="an SQLAlchemy database URL")
    parser.add_argument(
        "--user", metavar="NAME", help="the account to run as (password: CENTREDESK_PASSWORD)"
    )
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    for module in COMMAND_MODULES:
        for add in module.COMMANDS:
            add(commands)
    return parser
