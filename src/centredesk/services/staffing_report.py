"""The staffing calculator as the desktop shows it: every input optional, the working shown."""

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from centredesk.model.staffing import (
    PUBLISHED_GP_CAPACITY,
    PUBLISHED_PH_CAPACITY,
    CapacityInputs,
    StaffingInputs,
    StaffingResult,
    calculate_staffing,
)
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context
from centredesk.services.errors import Refused

log = logging.getLogger(__name__)

PUBLISHED, WORKING_TIME, TYPED = "published", "working_time", "typed"


@dataclass(frozen=True)
class StaffingForm:
    """The calculator's fields; None where a field is empty."""

    population: Decimal | None = None
    two_week_prevalence: Decimal | None = None
    visits_per_episode: Decimal | None = None
    community_share: Decimal | None = None
    public_health_equivalents: Decimal | None = None
    capacity_source: str = PUBLISHED
    working_time: CapacityInputs | None = None
    typed_gp_capacity: Decimal | None = None
    ph_capacity: Decimal = PUBLISHED_PH_CAPACITY


@dataclass(frozen=True)
class StaffingWorking:
    """The published and derived capacities side by side, and the result once it can be had."""

    published_gp_capacity: Decimal
    published_ph_capacity: Decimal
    derived_gp_capacity: Decimal | None
    result: StaffingResult | None
    missing: tuple[str, ...]


def staffing_working(ctx: Context, form: StaffingForm) -> StaffingWorking:
    """Work the calculator as far as the form allows; `missing` names the empty inputs."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    derived = _derived_capacity(form.working_time)
    missing = _missing(form, derived)
    result = None
    if not missing:
        try:
            result = calculate_staffing(_inputs(form))
        except ValueError as error:
            raise Refused(str(error)) from None
    return StaffingWorking(
        PUBLISHED_GP_CAPACITY, PUBLISHED_PH_CAPACITY, derived, result, tuple(missing)
    )


def _derived_capacity(working_time: CapacityInputs | None) -> Decimal | None:
    if working_time is None or working_time.minutes_per_visit <= 0:
        return None
    return working_time.capacity()


def _missing(form: StaffingForm, derived: Decimal | None) -> list[str]:
    missing = [
        name
        for name in ("population", "two_week_prevalence", "visits_per_episode", "community_share")
        if getattr(form, name) is None
    ]
    if form.capacity_source == WORKING_TIME and derived is None:
        missing.append("working_time")
    if form.capacity_source == TYPED and form.typed_gp_capacity is None:
        missing.append("typed_gp_capacity")
    return missing


def _inputs(form: StaffingForm) -> StaffingInputs:
    return StaffingInputs(
        population=form.population,
        two_week_prevalence=form.two_week_prevalence,
        visits_per_episode=form.visits_per_episode,
        community_share=form.community_share,
        required_public_health_equivalents=form.public_health_equivalents or Decimal(0),
        gp_capacity=form.typed_gp_capacity if form.capacity_source == TYPED else None,
        capacity_inputs=form.working_time if form.capacity_source == WORKING_TIME else None,
        ph_capacity=form.ph_capacity,
    )


def export_staffing(
    ctx: Context, path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]
) -> None:
    """Write the calculator's working and the per-post test, as shown, to an .xlsx sheet."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    from centredesk.files.writers import write_xlsx

    write_xlsx(Path(path), list(header), [list(row) for row in rows], sheet_title="staffing")
    log.info("staffing calculation exported to %s", path)
