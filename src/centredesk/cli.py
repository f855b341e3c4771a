"""The command line (SPEC §5.2): the same services as the desktop, for scripts and tests."""

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

from centredesk import __version__
from centredesk.files.problems import ImportRefused
from centredesk.logsetup import setup_logging
from centredesk.model.months import Month
from centredesk.model.numbers import to_decimal
from centredesk.model.policy import PaySetting
from centredesk.services.context import Actor, Context
from centredesk.services.errors import Refused
from centredesk.storage.database import open_database
from centredesk.storage.locations import NetworkPathError, database_url

log = logging.getLogger(__name__)

EXIT_DONE, EXIT_FAILED, EXIT_REFUSED = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad usage as a refusal (exit 2) without printing usage twice."""

    def error(self, message: str) -> None:
        raise Refused(f"{message} (see centredesk --help)")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status of SPEC §5.2."""
    _utf8_output()
    log_path = setup_logging()
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            return _desktop(args)
        return args.handler(_context(args), args) or EXIT_DONE
    except (Refused, NetworkPathError, ImportRefused) as refusal:
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
    return Context(database, Actor.local_administrator())


def _desktop(args: argparse.Namespace) -> int:
    print(
        "The desktop program is not part of this version yet; run `centredesk --help` for "
        "the commands that work today.",
        file=sys.stderr,
    )
    return EXIT_REFUSED


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="centredesk",
        description="CentreDesk: staff, workload, volunteers "
        "and month-end performance pay of a community health service centre.",
    )
    parser.add_argument("--version", action="version", version=f"CentreDesk {__version__}")
    parser.add_argument("--db", metavar="PATH", help="the SQLite database file")
    parser.add_argument("--database-url", metavar="URL", help="an SQLAlchemy database URL")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    for add in _COMMANDS:
        add(commands)
    return parser


def _command(commands, name: str, handler: Callable, help_text: str) -> argparse.ArgumentParser:
    command = commands.add_parser(name, help=help_text, description=help_text)
    command.set_defaults(handler=handler)
    return command


def _month(text: str) -> Month:
    try:
        return Month.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _decimal(text: str) -> Decimal:
    try:
        return to_decimal(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text}") from None


# --- policy and settings -------------------------------------------------------------------


def _add_policy(commands) -> None:
    policy = _command(commands, "policy", None, "import or export a year's policy (TOML)")
    actions = policy.add_subparsers(dest="action", required=True, parser_class=_Parser)
    load = _command(actions, "import", _policy_import, "import a policy TOML file")
    load.add_argument("file", type=Path)
    dump = _command(actions, "export", _policy_export, "export a year's policy to TOML")
    dump.add_argument("year", type=int)
    dump.add_argument("file", type=Path)


def _policy_import(ctx: Context, args) -> None:
    from centredesk.services.policies import import_policy

    text = _read_text(args.file)
    policy = import_policy(ctx, text, shown_as=str(args.file))
    print(f"imported the {policy.year} policy from {args.file}")


def _policy_export(ctx: Context, args) -> None:
    from centredesk.services.policies import export_policy

    args.file.write_text(export_policy(ctx, args.year), encoding="utf-8")
    print(f"wrote the {args.year} policy to {args.file}")


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise Refused(f"{path}: cannot be read ({error.strerror})") from None
    except UnicodeDecodeError:
        raise Refused(f"{path}: not UTF-8 text") from None


def _add_settings(commands) -> None:
    settings = _command(commands, "settings", None, "read or change a centre setting")
    actions = settings.add_subparsers(dest="action", required=True, parser_class=_Parser)
    get = _command(actions, "get", _settings_get, "print a setting")
    get.add_argument("key")
    put = _command(actions, "set", _settings_set, "change a setting")
    put.add_argument("key")
    put.add_argument("value")


def _settings_get(ctx: Context, args) -> None:
    from centredesk.services.settings import get_setting

    print(get_setting(ctx, args.key))


def _settings_set(ctx: Context, args) -> None:
    from centredesk.services.settings import set_setting

    set_setting(ctx, args.key, args.value)
    print(f"{args.key} set")


# --- review, pay and the month workflow ----------------------------------------------------


def _add_review(commands) -> None:
    review = _command(commands, "review", _review, "show a month's review")
    review.add_argument("month", type=_month)
    review.add_argument("--json", action="store_true", help="print SPEC §5.2's JSON")


def _review(ctx: Context, args) -> None:
    from centredesk.cli_tables import review_table
    from centredesk.services.review import review

    result = review(ctx, args.month)
    if args.json:
        print(json.dumps([row.to_json() for row in result.rows], ensure_ascii=False, indent=1))
    else:
        print(review_table(result))


def _add_pay(commands) -> None:
    pay = _command(commands, "pay", _pay, "set a month's value per equivalent or its fund")
    pay.add_argument("month", type=_month)
    choice = pay.add_mutually_exclusive_group(required=True)
    choice.add_argument("--value", type=_decimal, help="value per equivalent")
    choice.add_argument("--fund", type=_decimal, help="the month's performance fund")
    pay.add_argument("--ratio", type=_decimal, help="distributable ratio, e.g. 0.88")
    pay.add_argument("--planned", type=_decimal, help="planned equivalents (default: targets)")


def _pay(ctx: Context, args) -> None:
    from centredesk.cli_tables import pay_summary
    from centredesk.services.pay import set_pay

    if args.value is not None and (args.ratio is not None or args.planned is not None):
        raise Refused("--ratio and --planned go with --fund, not with --value")
    setting = PaySetting(args.value, args.fund, args.ratio, args.planned)
    print(pay_summary(set_pay(ctx, args.month, setting)))


def _add_workflow(commands) -> None:
    for name, handler, text in (
        ("reviewed", _reviewed, "mark a month reviewed, ready for signing"),
        ("close", _close, "sign a month off (director)"),
    ):
        _command(commands, name, handler, text).add_argument("month", type=_month)
    reopen = _command(commands, "reopen", _reopen, "reopen a signed month, with a reason")
    reopen.add_argument("month", type=_month)
    reopen.add_argument("--reason", required=True)


def _reviewed(ctx: Context, args) -> None:
    from centredesk.services.workflow import mark_reviewed

    mark_reviewed(ctx, args.month)
    print(f"{args.month} marked reviewed")


def _close(ctx: Context, args) -> None:
    from centredesk.services.workflow import sign

    count = sign(ctx, args.month)
    print(f"{args.month} signed off ({count} doctors)")


def _reopen(ctx: Context, args) -> None:
    from centredesk.services.workflow import reopen

    reopen(ctx, args.month, args.reason)
    print(f"{args.month} reopened")


# --- staffing ------------------------------------------------------------------------------


def _add_staffing(commands) -> None:
    staffing = _command(
        commands, "staffing", _staffing, "the staffing calculator and the per-post staffing test"
    )
    staffing.add_argument("--json", action="store_true")
    staffing.add_argument(
        "--until", type=_month, help="last month of the 12 tested (default: last month)"
    )
    for name, text in (
        ("population", "resident population"),
        ("prevalence", "two-week prevalence, e.g. 0.15"),
        ("visits", "visits per episode"),
        ("community-share", "share of visits made in the community"),
        ("public-health-equivalents", "public health equivalents needed a year"),
        ("gp-capacity", "visits a GP gives a year (default 7170)"),
    ):
        staffing.add_argument(f"--{name}", type=_decimal, help=text)


def _staffing(ctx: Context, args) -> None:
    from centredesk.cli_tables import staffing_text
    from centredesk.model.staffing import StaffingInputs, calculate_staffing
    from centredesk.services.staffing import posts_staffing

    calculator = None
    given = (args.population, args.prevalence, args.visits, args.community_share)
    if any(value is not None for value in given):
        if any(value is None for value in given):
            raise Refused(
                "the calculator needs --population, --prevalence, --visits and "
                "--community-share together"
            )
        calculator = calculate_staffing(
            StaffingInputs(*given, args.public_health_equivalents or Decimal(0), args.gp_capacity)
        )
    posts = posts_staffing(ctx, args.until)
    if args.json:
        print(json.dumps(_staffing_json(calculator, posts), ensure_ascii=False, indent=1))
    else:
        print(staffing_text(calculator, posts))


def _staffing_json(calculator, posts) -> dict:
    from centredesk.model.staffing import PUBLISHED_GP_CAPACITY, PUBLISHED_PH_CAPACITY

    result: dict = {
        "published_gp_capacity": str(PUBLISHED_GP_CAPACITY),
        "published_ph_capacity": str(PUBLISHED_PH_CAPACITY),
    }
    if calculator is not None:
        result["calculator"] = {step.label: str(step.value) for step in calculator.steps}
    result["posts"] = [
        {
            "post": p.post,
            "annual_demand": str(p.annual_demand),
            "doctors": str(p.doctors),
            "demand_per_doctor": "" if p.demand_per_doctor is None else str(p.demand_per_doctor),
            "upper": str(p.upper),
            "lower": str(p.lower),
            "verdict": p.verdict,
        }
        for p in posts
    ]
    return result


# --- imports -------------------------------------------------------------------------------

IMPORT_KINDS = ("staff", "items", "workload", "quality", "events", "leave")


def _add_import(commands) -> None:
    load = _command(commands, "import", _import, "import an exchange file (all or nothing)")
    load.add_argument("kind", choices=IMPORT_KINDS)
    load.add_argument("file", type=Path)


def _import(ctx: Context, args) -> None:
    from centredesk.services.imports import import_file

    print(import_file(ctx, args.kind, args.file).describe())


# --- demo ----------------------------------------------------------------------------------


def _add_demo(commands) -> None:
    demo = _command(commands, "demo", _demo, "fill an empty database with a demo centre")
    demo.add_argument("--until", type=_month, help="last month of workload (default: last month)")
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same centre")


def _demo(ctx: Context, args) -> None:
    from centredesk.services.demo import create_demo
    from centredesk.services.staffing import last_full_month

    until = args.until or last_full_month()
    staff = create_demo(ctx, until, args.seed)
    print(f"demo centre created: {staff} staff, 24 months of workload up to {until}")


_COMMANDS = [
    _add_demo,
    _add_policy,
    _add_settings,
    _add_import,
    _add_review,
    _add_pay,
    _add_workflow,
    _add_staffing,
]


if __name__ == "__main__":
    sys.exit(main())
