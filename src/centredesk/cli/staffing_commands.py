"""The staffing calculator and the per-post staffing test."""

import json
from decimal import Decimal

from centredesk.cli.common import command, decimal_arg, month_arg
from centredesk.services.context import Context
from centredesk.services.errors import Refused

# --- staffing ------------------------------------------------------------------------------


def _add_staffing(commands) -> None:
    staffing = command(
        commands, "staffing", _staffing, "the staffing calculator and the per-post staffing test"
    )
    staffing.add_argument("--json", action="store_true")
    staffing.add_argument(
        "--until", type=month_arg, help="last month of the 12 tested (default: last month)"
    )
    for name, text in (
        ("population", "resident population"),
        ("prevalence", "two-week prevalence, e.g. 0.15"),
        ("visits", "visits per episode"),
        ("community-share", "share of visits made in the community"),
        ("public-health-equivalents", "public health equivalents needed a year"),
        ("gp-capacity", "visits a GP gives a year (default 7170)"),
    ):
        staffing.add_argument(f"--{name}", type=decimal_arg, help=text)


def _staffing(ctx: Context, args) -> None:
    from centredesk.cli.tables import staffing_text
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


COMMANDS = [_add_staffing]
