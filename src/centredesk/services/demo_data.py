"""A demo centre written as SPEC §5.2 exchange files, the same files for the same seed.

Volumes are calibrated with the model itself: each doctor-month is given a band, a ratio of
its target inside that band, and daily counts drawn to reach that ratio, so that every month
shows doctors below the base line, in the basic and reward bands, and over the cap.
"""

import csv
import random
import shutil
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from itertools import cycle, islice
from pathlib import Path

from centredesk.files.policy_toml import write_policy
from centredesk.model.appraisal import Lines, doctor_lines
from centredesk.model.calendar import DateRange, available_days
from centredesk.model.doctor_month import Assignment, StaffRecord, doctor_month
from centredesk.model.equivalents import Item, ItemValue, item_coefficient
from centredesk.model.months import Month
from centredesk.model.numbers import r2
from centredesk.model.policy import CoefficientRule, PaySetting, Policy
from centredesk.resources import resource_path
from centredesk.services import demo_centre as shape

# The catalogue is data shipped beside the code, not code.
CATALOGUE = resource_path("catalogue", "items.csv")
PERIOD_MONTHS = 24
FUND_MONTH = 12
DISTRIBUTABLE_RATIO = Decimal("0.88")
# Kept below SPEC's default daily_count_maximum of 200 so the files import as they are.
DAILY_COUNT_LIMIT = 180

# Ratios of the target kept well inside each band, so that rounding never crosses a line.
BAND_RATIOS = {
    "below_base": (0.62, 0.76),
    "basic": (0.84, 0.96),
    "reward": (1.04, 1.16),
    "over_cap": (1.25, 1.38),
}

HEADERS = {
    "staff": ("staff_no", "name", "post", "title", "start", "end", "basic_pay"),
    "workload": ("date", "staff_no", "item_code", "count"),
    "quality": ("month", "staff_no", "score", "grade"),
    "events": ("date", "staff_no", "kind", "error", "note"),
    "leave": ("staff_no", "start", "end", "kind"),
}


@dataclass(frozen=True)
class DemoFiles:
    """The files of a demo centre, in the order an empty database imports them."""

    policies: list[Path]
    items: Path
    staff: Path
    workload: Path
    quality: Path
    events: Path
    leave: Path

    def imports(self) -> list[tuple[str, Path]]:
        """(kind, file) pairs in import order, kinds named as `centredesk import` names them."""
        kinds = ("items", "staff", "workload", "quality", "events", "leave")
        return [("policy", path) for path in self.policies] + [
            (kind, getattr(self, kind)) for kind in kinds
        ]


@dataclass(frozen=True)
class _Leave:
    """A leave range of one staff member, as leave.csv holds it."""

    staff_no: str
    start: date
    end: date
    kind: str


@dataclass
class _DoctorPlan:
    """One review row to be: the doctor, the month's lines, the days they can work, the band."""

    staff: StaffRecord
    month: Month
    lines: Lines
    days: tuple[date, ...]
    band: str = "absent"

    @property
    def post(self) -> str:
        return self.staff.assignments[0].post

    @property
    def title(self) -> str:
        return self.staff.assignments[0].title


def write_demo_files(folder: Path, until: Month, seed: int = 1) -> DemoFiles:
    """Write a demo centre for the 24 months ending with `until` into `folder`."""
    centre = _DemoCentre(random.Random(seed), period_months(until))
    centre.build()
    return centre.write(Path(folder))


def period_months(until: Month, count: int = PERIOD_MONTHS) -> list[Month]:
    """The `count` months ending with `until`, oldest first."""
    months = [until]
    while len(months) < count:
        months.append(months[-1].previous())
    return months[::-1]


def read_catalogue(path: Path = CATALOGUE) -> dict[str, Item]:
    """The default service items by code."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {
        row["code"]: Item(
            row["code"], row["name"], row["category"], (ItemValue(Decimal(row["equivalents"])),)
        )
        for row in rows
    }


def demo_policy(year: int) -> Policy:
    """The demo centre's policy of `year`, without pay settings."""
    holidays, workdays = shape.public_holidays(year)
    (from_month, from_day), (to_month, to_day) = shape.FLU_CAMPAIGN
    rules = (
        CoefficientRule(
            "PPV", shape.SUMMER_PPV_COEFFICIENT, months=frozenset(shape.SUMMER_PPV_MONTHS)
        ),
        CoefficientRule(
            "VAC",
            shape.FLU_CAMPAIGN_COEFFICIENT,
            start=date(year, from_month, from_day),
            end=date(year, to_month, to_day),
        ),
    )
    return Policy(
        year=year,
        shares=shape.SHARES,
        holidays=holidays,
        workdays=workdays,
        item_coefficients=rules,
        posts={post.code: post for post in shape.POSTS},
        titles={title.code: title for title in shape.TITLES},
    ).validated()


class _DemoCentre:
    """Builds the demo centre step by step from one random generator."""

    def __init__(self, rng: random.Random, months: list[Month]) -> None:
        self.rng = rng
        self.months = months
        self.items = read_catalogue()
        self.policies = {year: demo_policy(year) for year in sorted({m.year for m in months})}
        self.staff: list[StaffRecord] = []
        self.diligence: dict[str, float] = {}
        self.leave: list[_Leave] = []
        self.plans: list[_DoctorPlan] = []
        self.workload: list[tuple[str, str, str, int]] = []
        self.pay: dict[int, dict[Month, PaySetting]] = defaultdict(dict)
        self._units: dict[tuple[str, date], Decimal] = {}

    def build(self) -> None:
        """Hire, plan leave, then work each month and set its pay."""
        self._hire()
        self._plan_leave()

        for month in self.months:
            plans = self._plan_month(month)
            for plan in plans:
                self._work(plan)
            self.pay[month.year][month] = self._pay_setting(month, plans)
            self.plans += plans

        for year, settings in self.pay.items():
            self.policies[year] = replace(self.policies[year], pay=settings).validated()

    # Staff and leave

    def _hire(self) -> None:
        """Staff the roster: names, employment dates and basic pay drawn from the seed."""
        names: set[str] = set()
        for number, place in enumerate(shape.ROSTER, start=1):
            female = place.female if place.female is not None else self.rng.random() < 0.5
            name = self._new_name(female, names)
            low, high = shape.BASIC_PAY["FD" if place.post == "FD" else place.title]
            record = StaffRecord(
                staff_no=f"D{number:03d}",
                name=name,
                start=self._start(place),
                end=self._end(place),
                assignments=(Assignment(place.post, place.title),),
                basic_pay=Decimal(self.rng.randrange(low, high + 1, 100)),
            )
            self.staff.append(record)
            self.diligence[record.staff_no] = self.rng.gauss(0, 1)

    def _new_name(self, female: bool, taken: set[str]) -> str:
        """A plausible name not yet on the roster: surname, then one or two characters."""
        given = shape.GIVEN_FEMALE if female else shape.GIVEN_MALE
        while True:
            surname = self.rng.choice(shape.SURNAMES)
            if self.rng.random() < 0.03:
                surname = self.rng.choice(shape.DOUBLE_SURNAMES)
            first = self.rng.choice(shape.GIVEN_EITHER + given)
            name = surname + first + (self.rng.choice(given) if self.rng.random() < 0.7 else "")
            if name not in taken:
                taken.add(name)
                return name

    def _start(self, place: shape.RosterPlace) -> date:
        if place.joins is not None:
            month = self.months[place.joins]
            return date(month.year, month.month, self.rng.randint(1, 20))
        fewest, most = shape.SERVICE_YEARS["FD" if place.post == "FD" else place.title]
        first = self.months[0]
        return date(first.year - self.rng.randint(fewest, most), self.rng.randint(1, 12), 1)

    def _end(self, place: shape.RosterPlace) -> date | None:
        if place.leaves is None:
            return None
        month = self.months[place.leaves]
        return date(month.year, month.month, self.rng.randint(10, 25))

    def _plan_leave(self) -> None:
        """Maternity leave into the last month, annual leave weeks, and two sick leaves."""
        doctors = [
            (record, place)
            for record, place in zip(self.staff, shape.ROSTER, strict=True)
            if place.post != "FD"
        ]
        last_day = self.months[-1].last_day
        for record, place in doctors:
            if place.maternity:
                start = shape.maternity_start(last_day)
                self.leave.append(_Leave(record.staff_no, start, last_day, "产假"))

        mondays = [day for month in self.months for day in month.days() if day.weekday() == 0]
        for record, _ in doctors:
            for _ in range(len(self.months) // 12):
                if self.rng.random() < 0.6:
                    monday = self.rng.choice(mondays)
                    self._add_leave(record, monday, monday + timedelta(days=4), "年假")

        for record, _ in self.rng.sample(doctors, 2):
            first = self.rng.choice(mondays) + timedelta(days=self.rng.randint(0, 3))
            self._add_leave(record, first, first + timedelta(days=self.rng.randint(1, 3)), "病假")

    def _add_leave(self, record: StaffRecord, start: date, end: date, kind: str) -> None:
        """Add a leave range when it lies in the period and the employment, clear of others."""
        inside = self.months[0].first_day <= start and end <= self.months[-1].last_day
        employed = record.employment.contains(start) and record.employment.contains(end)
        clear = all(
            other.end < start or end < other.start
            for other in self.leave
            if other.staff_no == record.staff_no
        )
        if inside and employed and clear:
            self.leave.append(_Leave(record.staff_no, start, end, kind))

    def _leave_of(self, staff_no: str) -> list[DateRange]:
        return [
            DateRange(leave.start, leave.end) for leave in self.leave if leave.staff_no == staff_no
        ]

    # Months

    def _plan_month(self, month: Month) -> list[_DoctorPlan]:
        """A plan for every review row of the month, with bands assigned."""
        policy = self.policies[month.year]
        working = policy.calendar.working_days(month)
        plans = []
        for record in self.staff:
            leave = self._leave_of(record.staff_no)
            data = doctor_month(policy, month, record, (), self.items, leave)
            if data is None:
                continue
            lines = doctor_lines(policy, month, data.doctor)
            days = tuple(available_days(working, record.employment, leave))
            plans.append(_DoctorPlan(record, month, lines, days))

        self._assign_bands([plan for plan in plans if plan.lines.attendance > 0])
        return plans

    def _assign_bands(self, plans: list[_DoctorPlan]) -> None:
        """Rank the month's doctors by habit, season and luck, and fill each band in turn.

        Habit keeps a doctor near the same band from month to month; the quotas make sure
        every band shows up on the month-end screen.
        """
        scores = {plan.staff.staff_no: self._busyness(plan) for plan in plans}
        ranked = sorted(plans, key=lambda plan: (scores[plan.staff.staff_no], plan.staff.staff_no))
        bands = [band for band, size in self._band_quotas(len(ranked)) for _ in range(size)]
        for plan, band in zip(ranked, bands, strict=True):
            plan.band = band

    def _busyness(self, plan: _DoctorPlan) -> float:
        season = shape.POST_SEASONS.get(plan.post, {}).get(plan.month.month, 0.0)
        return self.diligence[plan.staff.staff_no] + season + self.rng.gauss(0, 0.6)

    def _band_quotas(self, size: int) -> list[tuple[str, int]]:
        """How many doctors go to each band: a few at each edge, the rest between."""
        if size < 8:
            edge = size // 4
            return [
                ("below_base", edge),
                ("basic", size - 3 * edge),
                ("reward", edge),
                ("over_cap", edge),
            ]
        widest = max(2, round(size * 0.2))
        below, over = self.rng.randint(2, widest), self.rng.randint(2, widest)
        middle = size - below - over
        basic = self.rng.randint(round(middle * 0.4), round(middle * 0.6))
        return [
            ("below_base", below),
            ("basic", basic),
            ("reward", middle - basic),
            ("over_cap", over),
        ]

    def _work(self, plan: _DoctorPlan) -> None:
        """Daily counts that bring the doctor's month to a ratio of its target in its band."""
        if plan.band == "absent":
            return
        low, high = BAND_RATIOS[plan.band]
        ratio = Decimal(round(self.rng.uniform(low, high) * 10_000)) / 10_000
        wanted = r2(ratio * plan.lines.target)

        counts = self._draw_counts(plan, wanted)
        self._calibrate(plan, counts, wanted)
        self._add_research_teaching(plan, counts)
        staff_no = plan.staff.staff_no
        self.workload += [
            (day.isoformat(), staff_no, code, count)
            for (day, code), count in counts.items()
            if count > 0
        ]

    def _draw_counts(self, plan: _DoctorPlan, wanted: Decimal) -> dict[tuple[date, str], int]:
        """Counts per day and item following the post's typical day, season and weekday."""
        season = plan.month.month
        rates = [
            (code, rate * shape.SEASONS.get(code, {}).get(season, 1.0))
            for code, rate in shape.DAY_PROFILES[plan.post].items()
        ]
        loads = {day: shape.weekday_load(day) * self.rng.uniform(0.85, 1.15) for day in plan.days}
        expected = sum(
            load * rate * float(self._unit(code, day))
            for day, load in loads.items()
            for code, rate in rates
        )
        scale = float(wanted) / expected

        counts = {}
        for day, load in loads.items():
            for code, rate in rates:
                count = _stochastic_round(self.rng, scale * load * rate)
                counts[(day, code)] = min(count, DAILY_COUNT_LIMIT)
        return counts

    def _calibrate(
        self, plan: _DoctorPlan, counts: dict[tuple[date, str], int], wanted: Decimal
    ) -> None:
        """Add or remove units of the post's main item, a day at a time, until E is `wanted`."""
        main = next(iter(shape.DAY_PROFILES[plan.post]))
        gap = wanted - sum(count * self._unit(code, day) for (day, code), count in counts.items())
        days = list(plan.days)
        self.rng.shuffle(days)

        for day in islice(cycle(days), 100 * len(days)):
            unit = self._unit(main, day)
            if abs(gap) * 2 <= unit:
                return
            step = 1 if gap > 0 else -1
            if 0 <= counts[(day, main)] + step <= DAILY_COUNT_LIMIT:
                counts[(day, main)] += step
                gap -= step * unit

    def _add_research_teaching(
        self, plan: _DoctorPlan, counts: dict[tuple[date, str], int]
    ) -> None:
        """Teaching days and the odd lecture, paper or project, by title; outside E."""
        for day in plan.days:
            if self.rng.random() < shape.TEACHING_RATE[plan.title]:
                counts[(day, "TEACH")] = self.rng.randint(1, 2)
        for code, chance in shape.MONTHLY_BONUS[plan.title]:
            if self.rng.random() < chance:
                day = self.rng.choice(plan.days)
                counts[(day, code)] = counts.get((day, code), 0) + 1

    def _unit(self, code: str, day: date) -> Decimal:
        """Equivalents of one service of `code` on `day`, with the item coefficient."""
        key = (code, day)
        if key not in self._units:
            rules = self.policies[day.year].item_coefficients
            coefficient = item_coefficient(rules, code, day)
            self._units[key] = self.items[code].equivalents_on(day) * coefficient
        return self._units[key]

    def _pay_setting(self, month: Month, plans: list[_DoctorPlan]) -> PaySetting:
        """A value per equivalent; December is paid from a fund at about the same value."""
        value = Decimal(self.rng.randrange(420, 481, 5)) / 100
        if month.month != FUND_MONTH:
            return PaySetting(value_per_equivalent=value)

        planned = sum(plan.lines.target for plan in plans)
        fund = (value * planned / DISTRIBUTABLE_RATIO / 1000).to_integral_value() * 1000
        return PaySetting(fund=fund, distributable_ratio=DISTRIBUTABLE_RATIO)

    # Quality and events

    def _quality_rows(self) -> list[tuple[str, str, str, str]]:
        """A score for every doctor-month worked; a grade given directly now and then."""
        rows = []
        for plan in self.plans:
            if plan.band == "absent":
                continue
            score, grade = self._quality(plan.band)
            rows.append((str(plan.month), plan.staff.staff_no, score, grade))
        return rows

    def _quality(self, band: str) -> tuple[str, str]:
        if self.rng.random() < 0.02:
            return "", self.rng.choice("AB")
        tenths = (
            self.rng.randint(700, 799) if self.rng.random() < 0.12 else self.rng.randint(800, 980)
        )
        # The source warns that quality falls once volume runs past the cap.
        if band == "over_cap":
            tenths -= 30
        return str(Decimal(tenths).scaleb(-1)), ""

    def _event_rows(self) -> list[tuple[str, str, str, str, str]]:
        """A handful of violations, one medical error over the cap and one veto."""
        worked = [plan for plan in self.plans if plan.band != "absent"]
        middle = self.months[len(self.months) // 2]
        third = self.months[len(self.months) // 3]
        error = self.rng.choice([p for p in worked if p.month == middle and p.band == "over_cap"])
        veto = self.rng.choice([p for p in worked if p.month == third and p.band == "basic"])

        events = {
            self._event(error, "violation", "yes", shape.ERROR_NOTE),
            self._event(veto, "veto", "no", shape.VETO_NOTE),
        }
        others = [plan for plan in worked if plan is not error and plan is not veto]
        for _ in range(6):
            plan = self.rng.choice(others)
            events.add(self._event(plan, "violation", "no", self.rng.choice(shape.VIOLATION_NOTES)))
        return sorted(events)

    def _event(
        self, plan: _DoctorPlan, kind: str, error: str, note: str
    ) -> tuple[str, str, str, str, str]:
        return (self.rng.choice(plan.days).isoformat(), plan.staff.staff_no, kind, error, note)

    # Files

    def write(self, folder: Path) -> DemoFiles:
        """Write every file into `folder` and name them in import order."""
        folder.mkdir(parents=True, exist_ok=True)
        policies = []
        for year, policy in sorted(self.policies.items()):
            path = folder / f"policy-{year}.toml"
            path.write_text(write_policy(policy), encoding="utf-8", newline="\n")
            policies.append(path)
        shutil.copyfile(CATALOGUE, folder / "items.csv")

        tables = {
            "staff": [_staff_row(record) for record in self.staff],
            "workload": sorted(self.workload),
            "quality": self._quality_rows(),
            "events": self._event_rows(),
            "leave": sorted(
                (leave.staff_no, leave.start.isoformat(), leave.end.isoformat(), leave.kind)
                for leave in self.leave
            ),
        }
        for kind, rows in tables.items():
            _write_csv(folder / f"{kind}.csv", HEADERS[kind], rows)
        paths = {kind: folder / f"{kind}.csv" for kind in ("items", *tables)}
        return DemoFiles(policies=policies, **paths)


def _stochastic_round(rng: random.Random, value: float) -> int:
    """`value` rounded up with the probability of its fraction, so small rates still occur."""
    whole = int(value)
    return whole + (rng.random() < value - whole)


def _staff_row(record: StaffRecord) -> tuple[str, ...]:
    assignment = record.assignments[0]
    end = record.end.isoformat() if record.end else ""
    return (
        record.staff_no,
        record.name,
        assignment.post,
        assignment.title,
        record.start.isoformat(),
        end,
        str(record.basic_pay),
    )


def _write_csv(path: Path, header: tuple[str, ...], rows: list[tuple]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
