"""The built program's entry point: the `centredesk` command (no arguments opens the desktop)."""

import sys

from centredesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
