"""Plain-text tables for the console, aligned for Chinese characters (two columns wide)."""

import unicodedata
from collections.abc import Sequence

from centredesk.model.appraisal import MonthReview

_REVIEW_COLUMNS = (
    "staff_no",
    "name",
    "post",
    "band",
    "target",
    "equivalents",
    "grade",
    "effective_equivalents",
    "deduction_ratio",
    "performance_pay",
    "basic_pay",
    "status",
)
_RIGHT = {
    "target",
    "equivalents",
    "effective_equivalents",
    "deduction_ratio",
    "performance_pay",
    "basic_pay",
}


def width(text: str) -> int:
    """Columns `text` takes on a console: wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def table(header: Sequence[str], rows: Sequence[Sequence[str]], right: set[int]) -> str:
    widths = [max([width(h)] + [width(row[i]) for row in rows]) for i, h in enumerate(header)]

    def line(cells: Sequence[str]) -> str:
        padded = []
        for index, cell in enumerate(cells):
            gap = " " * (widths[index] - width(cell))
            padded.append(gap + cell if index in right else cell + gap)
        return "  ".join(padded).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(row) for row in rows)])


def review_table(result: MonthReview) -> str:
    """The month's review as a console table, with the month's total pay underneath."""
    rows = [[row.to_json()[key] for key in _REVIEW_COLUMNS] for row in result.rows]
    right = {i for i, key in enumerate(_REVIEW_COLUMNS) if key in _RIGHT}
    lines = [f"Review of {result.month}: {len(rows)} doctors", table(_REVIEW_COLUMNS, rows, right)]
    lines.append(pay_summary(result))
    return "\n".join(lines)


def pay_summary(result: MonthReview) -> str:
    """The month's value per equivalent, fund figures and total pay, with any warning."""
    fund = result.fund
    value = fund.value_per_equivalent
    lines = [f"{result.month}: value per equivalent {value if value is not None else 'not set'}"]
    if fund.distributable is not None:
        lines.append(
            f"fund distributable {fund.distributable}, reserve {fund.reserve}, "
            f"planned equivalents {fund.planned_equivalents}"
        )
    lines.append(f"total performance pay {result.total_performance_pay}")
    if result.fund_exceeded:
        lines.append(f"WARNING: the total exceeds the distributable fund {fund.distributable}")
    return "\n".join(lines)


def staffing_text(calculator, posts) -> str:
    """The calculator's working (when inputs were given) and the per-post staffing test."""
    lines = []
    if calculator is not None:
        lines.append("Staffing calculator")
        lines += [f"  {step.label}: {step.formula} = {step.value}" for step in calculator.steps]
    header = ("post", "annual_demand", "doctors", "demand_per_doctor", "lower", "upper", "verdict")
    rows = [
        [
            p.post,
            str(p.annual_demand),
            str(p.doctors),
            "" if p.demand_per_doctor is None else str(p.demand_per_doctor),
            str(p.lower),
            str(p.upper),
            p.verdict,
        ]
        for p in posts
    ]
    lines += ["Staffing test per post (last 12 months)", table(header, rows, {1, 2, 3, 4, 5})]
    return "\n".join(lines)
