"""Commands of the appraisal slips: writing a month's slips, verifying a code or a PDF."""

import sys
from pathlib import Path

from centredesk.cli.common import command, month_arg
from centredesk.services.context import Context

EXIT_DONE, EXIT_REFUSED = 0, 2


def _add_slips(commands) -> None:
    slips = command(commands, "slips", _slips, "write a month's appraisal slips as PDF")
    slips.add_argument("month", type=month_arg)
    slips.add_argument("--out", type=Path, required=True, help="folder for the PDF files")


def _slips(ctx: Context, args) -> None:
    from centredesk.reports.slips import write_slips

    batch = write_slips(ctx, args.month, args.out)
    kind = "draft slips (the month is not signed)" if batch.draft else "slips"
    print(f"wrote {len(batch.files)} {kind} for {args.month} to {batch.folder}")
    print(f"all pages for the printer: {batch.combined}")


def _add_verify(commands) -> None:
    verify = command(
        commands, "verify", _verify, "check a slip's verification code, or a slip's PDF"
    )
    verify.add_argument("slip", metavar="FILE.pdf|CODE", help="a slip's PDF or its code")


def _verify(ctx: Context, args) -> int:
    from centredesk.reports.verification import verify_code, verify_pdf

    path = Path(args.slip)
    if path.suffix.lower() == ".pdf" or path.is_file():
        checks = verify_pdf(ctx, path)
    else:
        checks = [verify_code(ctx, args.slip)]

    for check in checks:
        _print_check(check)
    return EXIT_DONE if all(check.ok for check in checks) else EXIT_REFUSED


def _print_check(check) -> None:
    from centredesk.reports.labels import FIGURE_KEYS, labels

    words = labels()
    breakdown = check.breakdown
    state = "signed" if breakdown.signed else "DRAFT: the month is not signed"
    verdict = "matches" if check.ok else "DOES NOT MATCH"
    print(f"{check.code}: {verdict} ({state})")
    for key in FIGURE_KEYS:
        print(f"  {key:<24} {words['figure.' + key]:<8} {check.figures[key]}")
    for problem in check.problems:
        print(f"{check.code}: {problem}", file=sys.stderr)


COMMANDS = [_add_slips, _add_verify]
