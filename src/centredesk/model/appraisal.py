"""Targets, lines, bands, deductions and pay of a doctor's month (SPEC §2.2–§2.6)."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from centredesk.model.fund import FundFigures, fund_figures
from centredesk.model.months import Month
from centredesk.model.numbers import ONE, ZERO, r2, r4
from centredesk.model.policy import Grade, Policy, PostRule, TitleRule
from centredesk.model.quality import grade_for_score

BANDS = ("absent", "below_base", "basic", "reward", "over_cap")
EVENT_KINDS = ("violation", "veto")
STATUS_OK = "ok"
STATUS_MISSING_QUALITY = "missing_quality"
STATUS_MISSING_VALUE = "missing_value"


@dataclass(frozen=True)
class Event:
    """A management event: a violation or a veto, possibly a medical error."""

    day: date
    kind: str
    error: bool = False
    note: str = ""


@dataclass(frozen=True)
class DoctorMonth:
    """Everything the model needs to appraise one doctor for one month."""

    staff_no: str
    name: str
    post: PostRule
    title: TitleRule
    available_days: int
    working_days: int
    equivalents: Decimal
    bonus: Decimal = ZERO
    basic_pay: Decimal = ZERO
    score: Decimal | None = None
    grade: str | None = None
    events: tuple[Event, ...] = ()


@dataclass(frozen=True)
class Lines:
    """A doctor-month's target and the lines derived from it (SPEC §2.2)."""

    annual_target: Decimal
    attendance: Decimal
    target: Decimal
    base_line: Decimal
    cap_line: Decimal


@dataclass(frozen=True)
class Deduction:
    """The month's deduction ratio and how it came about (SPEC §2.5)."""

    violations: int
    errors: int
    veto: bool
    aggravated: bool
    ratio: Decimal


@dataclass(frozen=True)
class ReviewRow:
    """One doctor's appraised month: the figures of `review --json` and of the slip."""

    staff_no: str
    name: str
    post: str
    title: str
    month: Month
    status: str
    lines: Lines
    equivalents: Decimal
    bonus_equivalents: Decimal
    counted: Decimal
    band: str
    performance_equivalents: Decimal
    score: Decimal | None
    grade: Grade | None
    effective_equivalents: Decimal | None
    deduction: Deduction
    value_per_equivalent: Decimal | None
    performance_pay: Decimal | None
    basic_pay_factor: Decimal
    basic_pay: Decimal

    @property
    def target(self) -> Decimal:
        return self.lines.target

    def to_json(self) -> dict[str, str]:
        """The object of SPEC §5.2's `review --json`, numbers as rounded decimal strings."""
        lines = self.lines
        return {
            "staff_no": self.staff_no,
            "name": self.name,
            "post": self.post,
            "title": self.title,
            "month": str(self.month),
            "status": self.status,
            "attendance": _text(lines.attendance),
            "target": _text(lines.target),
            "base_line": _text(lines.base_line),
            "cap_line": _text(lines.cap_line),
            "equivalents": _text(self.equivalents),
            "bonus_equivalents": _text(self.bonus_equivalents),
            "counted": _text(self.counted),
            "band": self.band,
            "performance_equivalents": _text(self.performance_equivalents),
            "grade": self.grade.name if self.grade else "",
            "quality_coefficient": _text(r4(self.grade.coefficient) if self.grade else None),
            "effective_equivalents": _text(self.effective_equivalents),
            "deduction_ratio": _text(self.deduction.ratio),
            "value_per_equivalent": _text(self.value_per_equivalent),
            "performance_pay": _text(self.performance_pay),
            "basic_pay_factor": _text(self.basic_pay_factor),
            "basic_pay": _text(self.basic_pay),
        }

    def to_record(self) -> dict[str, str | int | bool]:
        """Every figure of the row, as text, for storing a signed month (see from_record)."""
        record: dict[str, str | int | bool] = dict(self.to_json())
        record.update(
            annual_target=_text(self.lines.annual_target),
            score=_text(self.score),
            grade_min_score=_text(self.grade.min_score if self.grade else None),
            violations=self.deduction.violations,
            errors=self.deduction.errors,
            veto=self.deduction.veto,
            aggravated=self.deduction.aggravated,
        )
        return record

    @classmethod
    def from_record(cls, record: dict) -> "ReviewRow":
        """The row exactly as `to_record` stored it."""
        grade = None
        if record["grade"]:
            grade = Grade(
                record["grade"],
                Decimal(record["grade_min_score"]),
                Decimal(record["quality_coefficient"]),
            )
        return cls(
            staff_no=record["staff_no"],
            name=record["name"],
            post=record["post"],
            title=record["title"],
            month=Month.parse(record["month"]),
            status=record["status"],
            lines=Lines(
                *(
                    Decimal(record[key])
                    for key in ("annual_target", "attendance", "target", "base_line", "cap_line")
                )
            ),
            equivalents=Decimal(record["equivalents"]),
            bonus_equivalents=Decimal(record["bonus_equivalents"]),
            counted=Decimal(record["counted"]),
            band=record["band"],
            performance_equivalents=Decimal(record["performance_equivalents"]),
            score=_decimal_or_none(record["score"]),
            grade=grade,
            effective_equivalents=_decimal_or_none(record["effective_equivalents"]),
            deduction=Deduction(
                record["violations"],
                record["errors"],
                record["veto"],
                record["aggravated"],
                Decimal(record["deduction_ratio"]),
            ),
            value_per_equivalent=_decimal_or_none(record["value_per_equivalent"]),
            performance_pay=_decimal_or_none(record["performance_pay"]),
            basic_pay_factor=Decimal(record["basic_pay_factor"]),
            basic_pay=Decimal(record["basic_pay"]),
        )


@dataclass(frozen=True)
class MonthReview:
    """All review rows of a month with the month's pay figures (SPEC §2.4)."""

    month: Month
    rows: tuple[ReviewRow, ...]
    fund: FundFigures
    total_performance_pay: Decimal = field(default=ZERO)

    @property
    def fund_exceeded(self) -> bool:
        distributable = self.fund.distributable
        return distributable is not None and self.total_performance_pay > distributable


def review_month(policy: Policy, month: Month, doctors: Sequence[DoctorMonth]) -> MonthReview:
    """Appraise every doctor of the month, sorted by staff number.

    Targets come first: a month paid from a fund needs their sum for its value per equivalent.
    """
    lines = {doctor.staff_no: doctor_lines(policy, month, doctor) for doctor in doctors}
    fund = fund_figures(policy.pay_setting(month), (line.target for line in lines.values()))
    rows = tuple(
        appraise(policy, month, doctor, lines[doctor.staff_no], fund.value_per_equivalent)
        for doctor in sorted(doctors, key=lambda doctor: doctor.staff_no)
    )
    total = r2(sum((row.performance_pay or ZERO for row in rows), ZERO))
    return MonthReview(month, rows, fund, total)


def doctor_lines(policy: Policy, month: Month, doctor: DoctorMonth) -> Lines:
    """annual target, attendance, target, base line and cap line, each rounded in turn."""
    annual = r2(policy.annual_target * doctor.post.coefficient * doctor.title.coefficient)
    attendance = (
        r4(Decimal(doctor.available_days) / doctor.working_days) if (doctor.working_days) else ZERO
    )
    target = r2(annual * policy.share(month) * attendance)
    return Lines(
        annual_target=annual,
        attendance=attendance,
        target=target,
        base_line=r2(policy.base_ratio * target),
        cap_line=r2(policy.cap_ratio * target),
    )


def band_of(lines: Lines, equivalents: Decimal) -> str:
    """The first band of SPEC §2.3 whose condition holds."""
    if lines.attendance == 0:
        return "absent"
    if equivalents < lines.base_line:
        return "below_base"
    if equivalents <= lines.target:
        return "basic"
    if equivalents <= lines.cap_line:
        return "reward"
    return "over_cap"


def performance_equivalents(policy: Policy, lines: Lines, counted: Decimal, band: str) -> Decimal:
    """Counted volume up to the target, plus the reward band at its rate (SPEC §2.4)."""
    if band in ("below_base", "absent"):
        return r2(ZERO)
    above_target = max(ZERO, counted - lines.target)
    return r2(min(counted, lines.target) + above_target * policy.reward_band_rate)


def deduction_of(policy: Policy, events: Sequence[Event], band: str) -> Deduction:
    """The deduction ratio from the month's violations, errors and vetoes (SPEC §2.5)."""
    violations = sum(1 for event in events if event.kind == "violation")
    errors = sum(1 for event in events if event.error)
    veto = any(event.kind == "veto" for event in events)

    steps = policy.violation_deductions
    ratio = steps[min(violations, len(steps)) - 1] if violations else ZERO
    aggravated = band == "over_cap" and errors > 0
    if aggravated:
        ratio = ratio * policy.aggravation
    if veto:
        ratio = policy.veto_deduction
    return Deduction(violations, errors, veto, aggravated and not veto, r4(min(ONE, ratio)))


def resolve_grade(policy: Policy, doctor: DoctorMonth) -> Grade | None:
    """A grade given directly wins over a score; the policy may name one for the missing."""
    if doctor.grade:
        grade = policy.grade(doctor.grade)
        if grade is None:
            raise ValueError(f"{doctor.staff_no}: no grade {doctor.grade!r} in the policy")
        return grade
    if doctor.score is not None:
        return grade_for_score(doctor.score, policy.grades)
    if policy.missing_quality_grade:
        return policy.grade(policy.missing_quality_grade)
    return None


def appraise(
    policy: Policy,
    month: Month,
    doctor: DoctorMonth,
    lines: Lines,
    value_per_equivalent: Decimal | None,
) -> ReviewRow:
    """One doctor's review row: band, quality, effective volume, deduction and pay."""
    equivalents = doctor.equivalents
    band = band_of(lines, equivalents)
    counted = min(equivalents, lines.cap_line)
    performance = performance_equivalents(policy, lines, counted, band)
    deduction = deduction_of(policy, doctor.events, band)

    grade = None if band == "absent" else resolve_grade(policy, doctor)
    value = None if value_per_equivalent is None else r4(value_per_equivalent)
    status = _status(band, grade, value)
    effective = _effective(band, grade, performance, doctor.bonus)
    pay = None
    if effective is not None and value is not None:
        pay = r2(effective * value * (ONE - deduction.ratio))

    factor = ONE if lines.base_line == 0 else r4(min(ONE, equivalents / lines.base_line))
    return ReviewRow(
        staff_no=doctor.staff_no,
        name=doctor.name,
        post=doctor.post.code,
        title=doctor.title.code,
        month=month,
        status=status,
        lines=lines,
        equivalents=equivalents,
        bonus_equivalents=doctor.bonus,
        counted=counted,
        band=band,
        performance_equivalents=performance,
        score=doctor.score,
        grade=grade,
        effective_equivalents=effective,
        deduction=deduction,
        value_per_equivalent=value,
        performance_pay=pay,
        basic_pay_factor=r4(factor),
        basic_pay=r2(doctor.basic_pay * r4(factor)),
    )


def _status(band: str, grade: Grade | None, value: Decimal | None) -> str:
    if grade is None and band != "absent":
        return STATUS_MISSING_QUALITY
    if value is None:
        return STATUS_MISSING_VALUE
    return STATUS_OK


def _effective(
    band: str, grade: Grade | None, performance: Decimal, bonus: Decimal
) -> Decimal | None:
    """Effective equivalents: the bonus alone when absent, None while the grade is missing."""
    if band == "absent":
        return bonus
    if grade is None:
        return None
    return r2(performance * r4(grade.coefficient)) + bonus


def _text(value: Decimal | None) -> str:
    return "" if value is None else str(value)


def _decimal_or_none(text: str) -> Decimal | None:
    return Decimal(text) if text else None
