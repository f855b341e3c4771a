"""Commands that keep the data safe: backup, restore, and the integrity check."""

import sys
from pathlib import Path

from centredesk.cli.common import command
from centredesk.services.context import Context

EXIT_FINDINGS = 2


def _add_backup(commands) -> None:
    backup = command(
        commands, "backup", _backup, "copy the database to the backup folders, or to a file"
    )
    backup.add_argument("--to", type=Path, metavar="FILE", help="write the copy to FILE instead")


def _backup(ctx: Context, args) -> None:
    from centredesk.services.backups import backup_now

    result = backup_now(ctx, args.to)
    print(f"backup written to {result.path}")
    if result.second_copy:
        print(f"second copy written to {result.second_copy}")
    if result.warning:
        print(f"warning: {result.warning}", file=sys.stderr)


def _add_restore(commands) -> None:
    restore = command(
        commands,
        "restore",
        _restore,
        "replace the database with a backup (checked first; the current data is kept)",
    )
    restore.add_argument("file", type=Path)


def _restore(ctx: Context, args) -> None:
    from centredesk.services.backups import restore_backup

    result = restore_backup(ctx, args.file)
    print(f"restored the database from {result.restored_from}")
    print(f"the database as it was is kept in {result.kept.path}")


def _add_check(commands) -> None:
    command(
        commands,
        "check",
        _check,
        "check the database: damage, broken references, and signed months changed underneath",
    )


def _check(ctx: Context, args) -> int:
    from centredesk.services.integrity import integrity_report

    findings = integrity_report(ctx)
    for finding in findings:
        print(finding)
    if findings:
        print(f"{len(findings)} findings in {ctx.database.describe()}", file=sys.stderr)
        return EXIT_FINDINGS
    print(f"no findings: {ctx.database.describe()} is sound")
    return 0


COMMANDS = [_add_backup, _add_restore, _add_check]
