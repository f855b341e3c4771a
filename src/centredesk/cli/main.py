"""The command line (SPEC §5.2): the same services as the desktop, for scripts and tests."""

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from centredesk import __version__
from centredesk.logsetup import setup_logging
from centredesk.storage.locations import NetworkPathError, database_url

# Only what the desktop needs is imported here: `centredesk` without a command opens the
# window, which must not wait for the commands' modules and the database layer to load.

log = logging.getLogger(__name__)

EXIT_DONE, EXIT_FAILED, EXIT_REFUSED = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command, or the desktop without one; returns the exit status of SPEC §5.2."""
    _utf8_output()
    log_path = setup_logging()
    arguments = sys.argv[1:] if argv is None else list(argv)
    desktop = _desktop_arguments(arguments)
    if desktop is not None:
        return _desktop(desktop)
    return _command(arguments, log_path)


def _command(arguments: list[str], log_path: Path) -> int:
    from centredesk.files.problems import ImportRefused
    from centredesk.services.errors import Refused
    from centredesk.storage.disk import DiskFull

    try:
        args = build_parser().parse_args(arguments)
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
        log.exception("command failed: %s", arguments)
        print(
            f"unexpected failure: {error.__class__.__name__}: {error} (details in {log_path})",
            file=sys.stderr,
        )
        return EXIT_FAILED


def _utf8_output() -> None:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _context(args: argparse.Namespace):
    from centredesk.cli.login import signed_in
    from centredesk.services.context import Actor, Context
    from centredesk.storage.database import open_database

    url = database_url(args.db, args.database_url)
    database = open_database(url)
    if getattr(args, "signed_out", False):
        return Context(database, Actor.anonymous())
    return Context(database, signed_in(database, args.user))


def _desktop_arguments(arguments: list[str]) -> argparse.Namespace | None:
    """The options of a desktop start, or None when the arguments name a command or ask for
    help (the full parser answers those)."""
    parser = _QuietParser(prog="centredesk", add_help=False)
    _add_global_options(parser)
    try:
        args, rest = parser.parse_known_args(arguments)
    except ValueError:
        return None  # a bad option: the full parser says what is wrong
    return None if rest else args


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:
        raise ValueError(message)


def _desktop(args: argparse.Namespace) -> int:
    try:
        url = database_url(args.db, args.database_url)
    except NetworkPathError as refusal:
        print(str(refusal), file=sys.stderr)
        return EXIT_REFUSED
    from centredesk.ui.start import run_desktop

    return run_desktop(url)


def build_parser() -> argparse.ArgumentParser:
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

    parser = Parser(
        prog="centredesk",
        description="CentreDesk: staff, workload, volunteers "
        "and month-end performance pay of a community health service centre.",
    )
    parser.add_argument("--version", action="version", version=f"CentreDesk {__version__}")
    _add_global_options(parser)
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    # Each module adds its commands; a new group of commands is one more module here.
    for module in (
        data_commands,
        month_commands,
        staffing_commands,
        account_commands,
        slip_commands,
        volunteer_commands,
        backup_commands,
    ):
        for add in module.COMMANDS:
            add(commands)
    return parser


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", help="the SQLite database file")
    parser.add_argument("--database-url", metavar="URL", help="an SQLAlchemy database URL")
    parser.add_argument(
        "--user", metavar="NAME", help="the account to run as (password: CENTREDESK_PASSWORD)"
    )
