"""Commands of the month's end: the review, pay settings and the sign-off workflow."""

import json

from centredesk.cli.common import command, decimal_arg, month_arg
from centredesk.model.policy import PaySetting
from centredesk.services.context import Context
from centredesk.services.errors import Refused

# --- review, pay and the month workflow ----------------------------------------------------


def _add_review(commands) -> None:
    review = command(commands, "review", _review, "show a month's review")
    review.add_argument("month", type=month_arg)
    review.add_argument("--json", action="store_true", help="print SPEC §5.2's JSON")


def _review(ctx: Context, args) -> None:
    from centredesk.cli.tables import review_table
    from centredesk.services.review import review

    result = review(ctx, args.month)
    if args.json:
        print(json.dumps([row.to_json() for row in result.rows], ensure_ascii=False, indent=1))
    else:
        print(review_table(result))


def _add_pay(commands) -> None:
    pay = command(commands, "pay", _pay, "set a month's value per equivalent or its fund")
    pay.add_argument("month", type=month_arg)
    choice = pay.add_mutually_exclusive_group(required=True)
    choice.add_argument("--value", type=decimal_arg, help="value per equivalent")
    choice.add_argument("--fund", type=decimal_arg, help="the month's performance fund")
    pay.add_argument("--ratio", type=decimal_arg, help="distributable ratio, e.g. 0.88")
    pay.add_argument("--planned", type=decimal_arg, help="planned equivalents (default: targets)")


def _pay(ctx: Context, args) -> None:
    from centredesk.cli.tables import pay_summary
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
        command(commands, name, handler, text).add_argument("month", type=month_arg)
    reopen = command(commands, "reopen", _reopen, "reopen a signed month, with a reason")
    reopen.add_argument("month", type=month_arg)
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


COMMANDS = [_add_review, _add_pay, _add_workflow]
