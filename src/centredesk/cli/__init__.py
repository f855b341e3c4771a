"""The command line: `centredesk` and its commands (SPEC §5.2)."""

from centredesk.cli.main import main

__all__ = ["main"]
