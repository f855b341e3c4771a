"""Helpers shared by the command modules: adding a command, argument types, reading files."""

import argparse
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from centredesk.model.months import Month
from centredesk.model.numbers import to_decimal
from centredesk.services.errors import Refused


class Parser(argparse.ArgumentParser):
    """argparse that reports bad usage as a refusal (exit 2) without printing usage twice."""

    def error(self, message: str) -> None:
        raise Refused(f"{message} (see centredesk --help)")


def command(
    commands, name: str, handler: Callable | None, help_text: str
) -> argparse.ArgumentParser:
    """Add a sub-command whose `handler(ctx, args)` runs it."""
    parser = commands.add_parser(name, help=help_text, description=help_text)
    parser.set_defaults(handler=handler)
    return parser


def actions_of(parser: argparse.ArgumentParser):
    """Sub-sub-commands such as `policy import`."""
    return parser.add_subparsers(dest="action", required=True, parser_class=Parser)


def month_arg(text: str) -> Month:
    try:
        return Month.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def decimal_arg(text: str) -> Decimal:
    try:
        return to_decimal(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text}") from None


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise Refused(f"{path}: cannot be read ({error.strerror})") from None
    except UnicodeDecodeError:
        raise Refused(f"{path}: not UTF-8 text") from None
