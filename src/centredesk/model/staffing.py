"""The staffing calculator and the per-post staffing test (SPEC §2.8)."""

from dataclasses import dataclass
from decimal import Decimal

from centredesk.model.numbers import r2

# Two-week prevalence becomes an annual rate: 365 ÷ 14 = 26.07 fortnights a year.
FORTNIGHTS_PER_YEAR = Decimal("26.07")
PUBLISHED_GP_CAPACITY = Decimal("7170")
PUBLISHED_PH_CAPACITY = Decimal("11620.25")


@dataclass(frozen=True)
class CapacityInputs:
    """What a GP can serve in a year, from working time (the source's 2.2.2 ②)."""

    working_days: Decimal
    hours_per_day: Decimal
    minutes_per_visit: Decimal
    service_time_share: Decimal

    def capacity(self) -> Decimal:
        minutes = self.working_days * self.hours_per_day * 60
        return r2(minutes / self.minutes_per_visit * self.service_time_share)


@dataclass(frozen=True)
class StaffingInputs:
    """The calculator's inputs; a capacity left None is derived or published."""

    population: Decimal
    two_week_prevalence: Decimal
    visits_per_episode: Decimal
    community_share: Decimal
    required_public_health_equivalents: Decimal
    gp_capacity: Decimal | None = None
    capacity_inputs: CapacityInputs | None = None
    ph_capacity: Decimal = PUBLISHED_PH_CAPACITY


@dataclass(frozen=True)
class Step:
    """One line of the calculator's working: what, how, and the figure."""

    label: str
    formula: str
    value: Decimal


@dataclass(frozen=True)
class StaffingResult:
    gp_capacity: Decimal
    annual_visits: Decimal
    gp_doctors: Decimal
    public_health_staff: Decimal
    steps: tuple[Step, ...]


def gp_capacity_of(inputs: StaffingInputs) -> tuple[Decimal, str]:
    """The capacity typed in, else derived from working time, else the published 7170."""
    if inputs.gp_capacity is not None:
        return inputs.gp_capacity, "typed in"
    if inputs.capacity_inputs is not None:
        c = inputs.capacity_inputs
        how = (
            f"{c.working_days} d × {c.hours_per_day} h × 60 ÷ {c.minutes_per_visit} min "
            f"× {c.service_time_share}"
        )
        return c.capacity(), how
    return PUBLISHED_GP_CAPACITY, "published"


def calculate_staffing(inputs: StaffingInputs) -> StaffingResult:
    """GP doctors and public health staff a population needs, with the working."""
    capacity, how = gp_capacity_of(inputs)
    if capacity <= 0 or inputs.ph_capacity <= 0:
        raise ValueError("capacities must be above 0")

    visits = r2(
        inputs.population
        * inputs.two_week_prevalence
        * FORTNIGHTS_PER_YEAR
        * inputs.visits_per_episode
        * inputs.community_share
    )
    doctors = r2(visits / capacity)
    public_health = r2(inputs.required_public_health_equivalents / inputs.ph_capacity)
    steps = (
        Step("gp_capacity", how, capacity),
        Step(
            "annual_visits",
            f"{inputs.population} × {inputs.two_week_prevalence} × "
            f"{FORTNIGHTS_PER_YEAR} × {inputs.visits_per_episode} × "
            f"{inputs.community_share}",
            visits,
        ),
        Step("gp_doctors", f"{visits} ÷ {capacity}", doctors),
        Step(
            "public_health_staff",
            f"{inputs.required_public_health_equivalents} ÷ {inputs.ph_capacity}",
            public_health,
        ),
    )
    return StaffingResult(capacity, visits, doctors, public_health, steps)


@dataclass(frozen=True)
class PostStaffing:
    """The staffing test of one post: demand per doctor against the post's lines."""

    post: str
    annual_demand: Decimal
    doctors: Decimal
    demand_per_doctor: Decimal | None
    upper: Decimal
    lower: Decimal

    @property
    def verdict(self) -> str:
        """`understaffed`, `overstaffed`, `balanced`, or `no_doctors` when none is counted."""
        if self.demand_per_doctor is None:
            return "no_doctors"
        if self.demand_per_doctor > self.upper:
            return "understaffed"
        if self.demand_per_doctor < self.lower:
            return "overstaffed"
        return "balanced"


def post_staffing(
    post: str,
    annual_demand: Decimal,
    doctors: Decimal,
    annual_target: Decimal,
    post_coefficient: Decimal,
    base_ratio: Decimal,
    cap_ratio: Decimal,
) -> PostStaffing:
    """Demand per full-time doctor against cap and base ratio × annual target × coefficient."""
    per_doctor = r2(annual_demand / doctors) if doctors > 0 else None
    line = annual_target * post_coefficient
    return PostStaffing(
        post,
        annual_demand,
        doctors,
        per_doctor,
        upper=r2(cap_ratio * line),
        lower=r2(base_ratio * line),
    )
