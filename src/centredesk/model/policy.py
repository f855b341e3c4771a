"""The appraisal policy of one year (SPEC §2.10) as validated, immutable values."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from centredesk.model.calendar import WorkCalendar
from centredesk.model.months import Month
from centredesk.model.numbers import ONE, ZERO
from centredesk.model.shares import DEFAULT_SHARES, share_problems

POST_MODES = ("process", "specialty")
RESEARCH_TEACHING_MODES = ("bonus", "regular")
DEFAULT_ANNUAL_TARGET = Decimal("11620")


class PolicyError(ValueError):
    """A policy that breaks a rule of SPEC §2.10; `problems` lists every reason."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Grade:
    """A quality grade: reached from `min_score`, paying `coefficient`."""

    name: str
    min_score: Decimal
    coefficient: Decimal


@dataclass(frozen=True)
class PostRule:
    """A post as the policy of a year sees it."""

    code: str
    name: str
    coefficient: Decimal = ONE
    mode: str = "specialty"
    appraised: bool = True


@dataclass(frozen=True)
class TitleRule:
    """A professional title as the policy of a year sees it."""

    code: str
    name: str
    coefficient: Decimal = ONE


@dataclass(frozen=True)
class CoefficientRule:
    """An item coefficient in some months, or over an inclusive date range."""

    item: str
    coefficient: Decimal
    months: frozenset[int] = frozenset()
    start: date | None = None
    end: date | None = None

    def covers(self, day: date) -> bool:
        if self.months:
            return day.month in self.months
        return self.start is not None and self.end is not None and self.start <= day <= self.end

    def overlaps(self, other: "CoefficientRule", year: int) -> bool:
        if self.item != other.item:
            return False
        return any(self.covers(day) and other.covers(day) for day in _days_of_year(year))


@dataclass(frozen=True)
class PaySetting:
    """A month's pay settings (SPEC §2.4): a value per equivalent and/or a fund."""

    value_per_equivalent: Decimal | None = None
    fund: Decimal | None = None
    distributable_ratio: Decimal | None = None
    planned_equivalents: Decimal | None = None

    @property
    def is_empty(self) -> bool:
        return self.value_per_equivalent is None and self.fund is None


def default_grades() -> tuple[Grade, ...]:
    """CentreDesk's default grades (SPEC §2.6), not the source's."""
    return (
        Grade("A", Decimal(90), Decimal("1.00")),
        Grade("B", Decimal(80), Decimal("0.90")),
        Grade("C", Decimal(70), Decimal("0.80")),
        Grade("D", ZERO, Decimal("0.60")),
    )


@dataclass(frozen=True)
class Policy:
    """One year's appraisal policy. Build it with `Policy(...)` and call `validated()`."""

    year: int
    annual_target: Decimal = DEFAULT_ANNUAL_TARGET
    base_ratio: Decimal = field(default_factory=lambda: Decimal("0.8"))
    cap_ratio: Decimal = field(default_factory=lambda: Decimal("1.2"))
    reward_band_rate: Decimal = field(default_factory=lambda: Decimal("1.0"))
    aggravation: Decimal = field(default_factory=lambda: Decimal("1.5"))
    shares: tuple[Decimal, ...] = DEFAULT_SHARES
    pay: dict[Month, PaySetting] = field(default_factory=dict)
    grades: tuple[Grade, ...] = field(default_factory=default_grades)
    violation_deductions: tuple[Decimal, ...] = field(
        default_factory=lambda: (Decimal("0.10"), Decimal("0.30"), Decimal("1.00"))
    )
    veto_deduction: Decimal = field(default_factory=lambda: Decimal("1.00"))
    missing_quality_grade: str = ""
    research_teaching_mode: str = "bonus"
    bonus_categories: tuple[str, ...] = ("科研教学",)
    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()
    item_coefficients: tuple[CoefficientRule, ...] = ()
    posts: dict[str, PostRule] = field(default_factory=dict)
    titles: dict[str, TitleRule] = field(default_factory=dict)

    @property
    def calendar(self) -> WorkCalendar:
        return WorkCalendar(self.holidays, self.workdays)

    def share(self, month: Month) -> Decimal:
        return self.shares[month.month - 1]

    def grade(self, name: str) -> Grade | None:
        return next((grade for grade in self.grades if grade.name == name), None)

    def pay_setting(self, month: Month) -> PaySetting:
        return self.pay.get(month, PaySetting())

    def is_bonus_category(self, category: str) -> bool:
        return self.research_teaching_mode == "bonus" and category in self.bonus_categories

    def problems(self) -> list[str]:
        """Every rule of SPEC §2.10 this policy breaks, in words; empty when valid."""
        problems = share_problems(self.shares)
        problems += self._ratio_problems()
        problems += self._grade_problems()
        problems += self._date_problems()
        problems += self._coefficient_rule_problems()
        problems += self._post_and_title_problems()
        return problems

    def validated(self) -> "Policy":
        """Return self, or raise PolicyError naming every problem."""
        problems = self.problems()
        if problems:
            raise PolicyError(problems)
        return self

    def _ratio_problems(self) -> list[str]:
        problems = []
        if self.annual_target <= 0:
            problems.append("annual_target must be above 0")
        if not ZERO < self.base_ratio <= ONE:
            problems.append("base_ratio must be above 0 and at most 1")
        if self.cap_ratio < ONE:
            problems.append("cap_ratio must be at least 1")
        if self.reward_band_rate < 0 or self.aggravation < 0:
            problems.append("reward_band_rate and aggravation may not be negative")
        deductions = (*self.violation_deductions, self.veto_deduction)
        if not self.violation_deductions or any(not ZERO <= d <= ONE for d in deductions):
            problems.append("deductions must be between 0 and 1, at least one violation step")
        if self.research_teaching_mode not in RESEARCH_TEACHING_MODES:
            problems.append(
                f"research_teaching_mode must be bonus or regular, not "
                f"{self.research_teaching_mode!r}"
            )
        return problems

    def _grade_problems(self) -> list[str]:
        problems = []
        if not self.grades:
            problems.append("grades: at least one grade is needed")
        names = [grade.name for grade in self.grades]
        if len(set(names)) != len(names):
            problems.append("grades: a grade is named twice")
        if self.grades and min(grade.min_score for grade in self.grades) != 0:
            problems.append("grades: the lowest grade must have min_score 0")
        for grade in self.grades:
            if not ZERO <= grade.min_score <= 100 or grade.coefficient < 0:
                problems.append(
                    f"grades: {grade.name} needs min_score 0–100 and a coefficient of at least 0"
                )
        if self.missing_quality_grade and self.missing_quality_grade not in names:
            problems.append(f"missing_quality_grade {self.missing_quality_grade!r} is not a grade")
        return problems

    def _date_problems(self) -> list[str]:
        problems = []
        for key, days in (("holidays", self.holidays), ("workdays", self.workdays)):
            outside = sorted(day for day in days if day.year != self.year)
            if outside:
                problems.append(f"{key}: {outside[0].isoformat()} is outside {self.year}")
        for month in self.pay:
            if month.year != self.year:
                problems.append(f"pay month {month} is outside {self.year}")
        for month, setting in self.pay.items():
            problems += pay_setting_problems(month, setting)
        return problems

    def _coefficient_rule_problems(self) -> list[str]:
        problems = []
        rules = self.item_coefficients
        for index, rule in enumerate(rules):
            problems += _rule_problems(rule, self.year)
            for other in rules[index + 1 :]:
                if rule.overlaps(other, self.year):
                    problems.append(f"item_coefficients: two rules of {rule.item} overlap")
        return problems

    def _post_and_title_problems(self) -> list[str]:
        problems = []
        for post in self.posts.values():
            if post.mode not in POST_MODES:
                problems.append(f"posts.{post.code}: mode must be process or specialty")
            if post.coefficient <= 0:
                problems.append(f"posts.{post.code}: coefficient must be above 0")
        for title in self.titles.values():
            if title.coefficient <= 0:
                problems.append(f"titles.{title.code}: coefficient must be above 0")
        return problems


def pay_setting_problems(month: Month, setting: PaySetting) -> list[str]:
    """The rules of SPEC §2.4 a month's pay settings break, in words."""
    problems = []
    if setting.value_per_equivalent is not None and setting.value_per_equivalent < 0:
        problems.append(f"pay {month}: value_per_equivalent may not be negative")
    if setting.fund is not None:
        ratio = setting.distributable_ratio
        if setting.fund < 0:
            problems.append(f"pay {month}: fund may not be negative")
        if ratio is None or not ZERO < ratio <= ONE:
            problems.append(f"pay {month}: a fund needs a distributable_ratio above 0, at most 1")
        if setting.planned_equivalents is not None and setting.planned_equivalents <= 0:
            problems.append(f"pay {month}: planned_equivalents must be above 0")
    return problems


def _rule_problems(rule: CoefficientRule, year: int) -> list[str]:
    where = f"item_coefficients: {rule.item}"
    if rule.coefficient < 0:
        return [f"{where}: coefficient may not be negative"]
    if rule.months:
        if rule.start or rule.end:
            return [f"{where}: give months or from/to, not both"]
        if any(not 1 <= month <= 12 for month in rule.months):
            return [f"{where}: months are 1 to 12"]
        return []
    if rule.start is None or rule.end is None:
        return [f"{where}: give months, or both from and to"]
    if rule.start > rule.end:
        return [f"{where}: from is after to"]
    if rule.start.year != year or rule.end.year != year:
        return [f"{where}: dates outside {year}"]
    return []


def _days_of_year(year: int) -> list[date]:
    return [day for month in range(1, 13) for day in Month(year, month).days()]
