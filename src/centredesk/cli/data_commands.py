"""Commands that bring data in: the demo centre, policies, settings and file imports."""

from pathlib import Path

from centredesk.cli.common import actions_of, command, month_arg, read_text
from centredesk.services.context import Context

# --- policy and settings -------------------------------------------------------------------


def _add_policy(commands) -> None:
    policy = command(commands, "policy", None, "import or export a year's policy (TOML)")
    actions = actions_of(policy)
    load = command(actions, "import", _policy_import, "import a policy TOML file")
    load.add_argument("file", type=Path)
    dump = command(actions, "export", _policy_export, "export a year's policy to TOML")
    dump.add_argument("year", type=int)
    dump.add_argument("file", type=Path)


def _policy_import(ctx: Context, args) -> None:
    from centredesk.services.policies import import_policy

    text = read_text(args.file)
    policy = import_policy(ctx, text, shown_as=str(args.file))
    print(f"imported the {policy.year} policy from {args.file}")


def _policy_export(ctx: Context, args) -> None:
    from centredesk.services.policies import export_policy

    args.file.write_text(export_policy(ctx, args.year), encoding="utf-8")
    print(f"wrote the {args.year} policy to {args.file}")


def _add_settings(commands) -> None:
    settings = command(commands, "settings", None, "read or change a centre setting")
    actions = actions_of(settings)
    get = command(actions, "get", _settings_get, "print a setting")
    get.add_argument("key")
    put = command(actions, "set", _settings_set, "change a setting")
    put.add_argument("key")
    put.add_argument("value")


def _settings_get(ctx: Context, args) -> None:
    from centredesk.services.settings import COMMAND_LINE_KEYS, get_setting

    print(get_setting(ctx, args.key, COMMAND_LINE_KEYS))


def _settings_set(ctx: Context, args) -> None:
    from centredesk.services.settings import COMMAND_LINE_KEYS, set_setting

    set_setting(ctx, args.key, args.value, COMMAND_LINE_KEYS)
    print(f"{args.key} set")


# --- imports -------------------------------------------------------------------------------

IMPORT_KINDS = (
    "staff",
    "items",
    "workload",
    "quality",
    "events",
    "leave",
    "volunteers",
    "volunteer-hours",
)


def _add_import(commands) -> None:
    load = command(commands, "import", _import, "import an exchange file (all or nothing)")
    load.add_argument("kind", choices=IMPORT_KINDS)
    load.add_argument("file", type=Path)


def _import(ctx: Context, args) -> None:
    from centredesk.services.imports import import_file

    print(import_file(ctx, args.kind, args.file).describe())


# --- demo ----------------------------------------------------------------------------------


def _add_demo(commands) -> None:
    demo = command(commands, "demo", _demo, "fill an empty database with a demo centre")
    demo.add_argument(
        "--until", type=month_arg, help="last month of workload (default: last month)"
    )
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same centre")


def _demo(ctx: Context, args) -> None:
    from centredesk.services.demo import create_demo
    from centredesk.services.staffing import last_full_month

    until = args.until or last_full_month()
    staff = create_demo(ctx, until, args.seed)
    print(f"demo centre created: {staff} staff, 24 months of workload up to {until}")


COMMANDS = [_add_demo, _add_policy, _add_settings, _add_import]
