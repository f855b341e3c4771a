"""Searching output and log files for what must never be written there.

Passwords, password hashes, recovery codes and national ID numbers (18 characters, GB 11643)
may be typed in or stored, but never reach a log file or a command's ordinary output.
"""

import logging
import os
import re
from collections.abc import Iterable
from pathlib import Path

from tests.conftest import DEMO_PASSWORD

# 17 digits and a check character, not part of a longer number or a decimal's fraction.
NATIONAL_ID = re.compile(r"(?<![\d.])\d{17}[\dXx](?!\d)")
ALWAYS_SECRET = (DEMO_PASSWORD, "$argon2")


def leaks(text: str, secrets: Iterable[str] = ()) -> list[str]:
    """The secrets and ID-like numbers found in `text`."""
    found = [secret for secret in (*ALWAYS_SECRET, *secrets) if secret and secret in text]
    return found + NATIONAL_ID.findall(text)


def log_files() -> list[Path]:
    """Every CentreDesk log file of this process: the handler's folder and this test's."""
    folders = {
        Path(handler.baseFilename).parent
        for handler in logging.getLogger().handlers
        if getattr(handler, "centredesk", False)
    }
    if os.environ.get("CENTREDESK_LOG_DIR"):
        folders.add(Path(os.environ["CENTREDESK_LOG_DIR"]))
    return sorted(path for folder in folders for path in folder.glob("centredesk.log*"))


def log_leaks(secrets: Iterable[str] = ()) -> dict[str, list[str]]:
    """The leaks of each log file that has any."""
    secrets = list(secrets)
    found = {
        str(path): leaks(path.read_text(encoding="utf-8", errors="replace"), secrets)
        for path in log_files()
    }
    return {path: items for path, items in found.items() if items}
