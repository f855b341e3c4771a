"""Volunteer commands: the honest statistics of SPEC §4 as a table or as §5.2's JSON."""

import argparse
import json
from datetime import date
from pathlib import Path

from centredesk.cli.common import actions_of, command
from centredesk.services.context import Context
from centredesk.services.errors import Refused


def date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text}") from None


def _add_volunteers(commands) -> None:
    volunteers = command(commands, "volunteers", None, "volunteer statistics")
    actions = actions_of(volunteers)
    stats = command(
        actions, "stats", _stats, "registered and active volunteers against the population"
    )
    stats.add_argument("--on", type=date_arg, help="as of this date YYYY-MM-DD (default today)")
    stats.add_argument("--json", action="store_true", help="print SPEC §5.2's JSON object")
    certificate = command(
        actions, "certificate", _certificate, "write a volunteer's service certificate (PDF)"
    )
    certificate.add_argument("number", help="the volunteer number, e.g. V0001")
    certificate.add_argument("--from", dest="first", type=date_arg, required=True)
    certificate.add_argument("--to", dest="last", type=date_arg, required=True)
    certificate.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    verify = command(actions, "verify", _verify, "check a certificate's verification code")
    verify.add_argument("code")


def _stats(ctx: Context, args) -> None:
    from centredesk.services.volunteer_stats import statistics

    result = statistics(ctx, args.on)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
    else:
        print(stats_text(result))


def _certificate(ctx: Context, args) -> None:
    from centredesk.services.volunteer_certificates import write_certificate

    page = write_certificate(ctx, volunteer_number(args.number), args.first, args.last, args.out)
    print(f"wrote the certificate of {page.name} ({page.number}): {page.code}")


def volunteer_number(text: str) -> int:
    """V0001 (or 1) as the volunteer's id."""
    digits = text.strip().upper().removeprefix("V")
    if not digits.isdigit():
        raise Refused(f"not a volunteer number: {text}")
    return int(digits)


def _verify(ctx: Context, args) -> int:
    from centredesk.model.numbers import plain
    from centredesk.services.volunteer_certificates import verify_certificate

    page, matches = verify_certificate(ctx, args.code)
    print(f"{page.name} ({page.number}), {page.first} to {page.last}")
    for area, hours in page.hours_by_area:
        print(f"  {area}: {plain(hours)} h")
    print(f"  total {plain(page.total_hours)} h; star level {page.level}")
    if matches:
        print("the code matches these figures")
        return 0
    print("the code does NOT match: the certificate was altered or its hours changed since")
    return 2


def stats_text(result) -> str:
    """The statistics as console tables: the headline, the structure, the lists."""
    from centredesk.cli.tables import table

    lines = [
        f"Volunteers as of {result.on}",
        table(
            ("", "count", "share of population"),
            [
                ["registered", str(result.registered), str(result.registered_share)],
                [
                    "active (served in the last 365 days)",
                    str(result.active),
                    str(result.active_share),
                ],
                ["resident population", str(result.population), ""],
            ],
            {1, 2},
        ),
        "",
        _structure(result),
        "",
        _people("Over-committed this month", ("name", "hours"), result.to_json()["over_committed"]),
        "",
        _people("Idle for 183 days (call them)", ("name", "last_served"), result.to_json()["idle"]),
    ]
    return "\n".join(lines)


def _structure(result) -> str:
    from centredesk.cli.tables import table

    rows = []
    for group in ("age_bands", "employment"):
        figures = getattr(result, group)
        for key in figures["registered"]:
            rows.append([key, str(figures["registered"][key]), str(figures["active"][key])])
    return table(("group", "registered", "active"), rows, {1, 2})


def _people(title: str, keys: tuple[str, str], people: list[dict]) -> str:
    from centredesk.cli.tables import table

    if not people:
        return f"{title}: none"
    rows = [[person[keys[0]], person[keys[1]] or "never"] for person in people]
    return f"{title}: {len(rows)}\n" + table(keys, rows, {1})


COMMANDS = [_add_volunteers]
