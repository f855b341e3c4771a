"""Commands of accounts and the audit log: `users …` and `audit`."""

import argparse
from datetime import date
from pathlib import Path

from centredesk.cli.common import actions_of, command
from centredesk.cli.login import RECOVERY_CODE_VARIABLE, new_password, secret
from centredesk.services.context import ROLES, Context

# A console line shows this much of a before or after value; --xlsx gives them whole.
SHOWN_VALUE_LENGTH = 300

# --- users ---------------------------------------------------------------------------------


def _add_users(commands) -> None:
    users = command(commands, "users", None, "add, list, reset and deactivate accounts")
    actions = actions_of(users)
    add = command(actions, "add", _users_add, "add an account (password: prompt or env)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--staff", metavar="STAFF_NO", help="a doctor's staff number")
    command(actions, "list", _users_list, "list the accounts")
    for name, handler, text in (
        ("reset-password", _users_reset, "give an account a new password (administrator)"),
        ("deactivate", _users_deactivate, "stop an account from signing in"),
        ("reactivate", _users_reactivate, "let a deactivated account sign in again"),
    ):
        command(actions, name, handler, text).add_argument("name")
    recover = command(
        actions, "recover", _users_recover, "reset an administrator's password with the code"
    )
    recover.add_argument("name")
    # Whoever forgot the password cannot sign in: this one command runs without --user.
    recover.set_defaults(signed_out=True)
    command(actions, "recovery-code", _users_recovery_code, "replace the recovery code")


def _users_add(ctx: Context, args) -> None:
    from centredesk.services.accounts import create_account

    code = create_account(ctx, args.name, args.role, new_password(), args.staff)
    print(f"account {args.name} ({args.role}) created")
    if code:
        _show_recovery_code(code, args.name)


def _users_list(ctx: Context, args) -> None:
    from centredesk.cli.tables import table
    from centredesk.services.accounts import list_accounts

    header = ("name", "role", "staff_no", "active", "failed_attempts", "created")
    rows = [
        (
            a.name,
            a.role,
            a.staff_no or "",
            "yes" if a.active else "no",
            str(a.failed_attempts),
            a.created_at.strftime("%Y-%m-%d %H:%M"),
        )
        for a in list_accounts(ctx)
    ]
    print(table(header, rows, {4}))


def _users_reset(ctx: Context, args) -> None:
    from centredesk.services.accounts import reset_password

    reset_password(ctx, args.name, new_password(f"new password of {args.name}: "))
    print(f"password of {args.name} reset")


def _users_deactivate(ctx: Context, args) -> None:
    from centredesk.services.accounts import deactivate_account

    deactivate_account(ctx, args.name)
    print(f"account {args.name} deactivated")


def _users_reactivate(ctx: Context, args) -> None:
    from centredesk.services.accounts import reactivate_account

    reactivate_account(ctx, args.name)
    print(f"account {args.name} reactivated")


def _users_recover(ctx: Context, args) -> None:
    from centredesk.services.accounts import recover_administrator

    code = secret(RECOVERY_CODE_VARIABLE, "recovery code: ", "recovery code")
    password = new_password(f"new password of {args.name}: ")
    successor = recover_administrator(ctx.database, args.name, code, password)
    print(f"password of {args.name} reset; the old recovery code no longer works")
    _show_recovery_code(successor, args.name)


def _users_recovery_code(ctx: Context, args) -> None:
    from centredesk.services.accounts import replace_recovery_code

    code = replace_recovery_code(ctx)
    print("a new recovery code replaces the old one")
    _show_recovery_code(code, "NAME")


def _show_recovery_code(code: str, name: str) -> None:
    print(f"recovery code: {code}")
    print(
        "Write it down and keep it locked away: it is shown only this once. It resets a "
        f"forgotten administrator password with `centredesk users recover {name}`."
    )


# --- the audit log -------------------------------------------------------------------------


def _add_audit(commands) -> None:
    audit = command(commands, "audit", _audit, "list the audit log, or export it to Excel")
    audit.add_argument("--user", dest="by_user", metavar="U", help="entries of this user")
    audit.add_argument("--action", metavar="A", help="actions containing this text")
    audit.add_argument("--target", metavar="T", help="targets containing this text")
    audit.add_argument("--since", type=_date_arg, metavar="DATE", help="from this day on")
    audit.add_argument("--until", type=_date_arg, metavar="DATE", help="up to this day")
    audit.add_argument("--xlsx", type=Path, metavar="FILE", help="write an .xlsx file instead")


def _audit(ctx: Context, args) -> None:
    from centredesk.services.audit_log import AuditFilter, audit_entries, export_audit

    wanted = AuditFilter(args.by_user, args.action, args.target, args.since, args.until)
    if args.xlsx:
        count = export_audit(ctx, args.xlsx, wanted)
        print(f"wrote {count} audit entries to {args.xlsx}")
        return
    for entry in audit_entries(ctx, wanted):
        change = f"{_shown(entry.before)} → {_shown(entry.after)}"
        print(f"{entry.at:%Y-%m-%d %H:%M:%S} {entry.user} {entry.action} {entry.target}: {change}")


def _shown(value: str | None) -> str:
    if value is None:
        return "-"
    return value if len(value) <= SHOWN_VALUE_LENGTH else value[:SHOWN_VALUE_LENGTH] + " …"


def _date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text}") from None


COMMANDS = [_add_users, _add_audit]
