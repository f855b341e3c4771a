"""The working of a doctor's month, step by step as SPEC §2 computes it (same figures as the slip).

Every result shown is a figure of the review row; the formulas only name what went in.
"""

from dataclasses import dataclass
from decimal import Decimal
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

from centredesk.model.numbers import plain
from centredesk.services.month_end import Working
from centredesk.ui.screens.review_format import band_label, figure, tr


@dataclass(frozen=True)
class Step:
    """One line of the working: what is computed, from what, and the figure."""

    label: str
    formula: str
    result: str


def working_steps(w: Working) -> list[Step]:
    """SPEC §2.2–§2.5 written out for one doctor's month."""
    return [
        *_target_steps(w),
        *_volume_steps(w),
        *_quality_steps(w),
        _deduction_step(w),
        *_pay_steps(w),
    ]


def _target_steps(w: Working) -> list[Step]:
    row, lines = w.row, w.row.lines
    if w.available_days is None:
        attendance = tr("as stored when the month was signed")
    else:
        attendance = tr("{available} available ÷ {working} working days").format(
            available=w.available_days, working=w.working_days
        )
    annual = tr("{target} × {post} (post {post_name}) × {title} (title {title_name})").format(
        target=plain(w.policy_annual_target),
        post=plain(w.post_coefficient),
        post_name=w.post_name,
        title=plain(w.title_coefficient),
        title_name=w.title_name,
    )
    return [
        Step(tr("Annual target"), annual, figure(lines.annual_target)),
        Step(tr("Attendance"), attendance, figure(lines.attendance)),
        Step(
            tr("Target"),
            tr("{annual} × {share} (share of {month}) × {attendance}").format(
                annual=lines.annual_target,
                share=w.share,
                month=row.month,
                attendance=lines.attendance,
            ),
            figure(lines.target),
        ),
        Step(tr("Base line"), f"{plain(w.base_ratio)} × {lines.target}", figure(lines.base_line)),
        Step(tr("Cap line"), f"{plain(w.cap_ratio)} × {lines.target}", figure(lines.cap_line)),
    ]


def _volume_steps(w: Working) -> list[Step]:
    row, lines = w.row, w.row.lines
    counted = row.counted
    if row.band in ("below_base", "absent"):
        performance = tr("0: no performance equivalents in the band {band}").format(
            band=band_label(row.band)
        )
    else:
        performance = (
            f"min({counted}, {lines.target}) + max(0, {counted} − {lines.target})"
            f" × {plain(w.reward_band_rate)}"
        )
    return [
        Step(
            tr("Equivalents E"),
            tr("Σ count × equivalents × coefficient over the items below"),
            figure(row.equivalents),
        ),
        Step(
            tr("Bonus equivalents"),
            tr("research and teaching items"),
            figure(row.bonus_equivalents),
        ),
        Step(tr("Band"), _band_condition(w), band_label(row.band)),
        Step(tr("Counted"), f"min({row.equivalents}, {lines.cap_line})", figure(counted)),
        Step(tr("Performance equivalents"), performance, figure(row.performance_equivalents)),
    ]


def _band_condition(w: Working) -> str:
    row, lines = w.row, w.row.lines
    e = row.equivalents
    return {
        "absent": tr("attendance is 0"),
        "below_base": f"{e} < {lines.base_line}",
        "basic": f"{lines.base_line} ≤ {e} ≤ {lines.target}",
        "reward": f"{lines.target} < {e} ≤ {lines.cap_line}",
        "over_cap": f"{e} > {lines.cap_line}",
    }[row.band]


def _quality_steps(w: Working) -> list[Step]:
    row = w.row
    grade = row.grade
    if row.band == "absent":
        quality = Step(tr("Quality"), tr("not needed in the band absent"), "")
        effective = Step(
            tr("Effective equivalents"), tr("the bonus alone"), figure(row.effective_equivalents)
        )
        return [quality, effective]
    if grade is None:
        missing = tr("missing: no score or grade recorded")
        return [Step(tr("Quality"), missing, ""), Step(tr("Effective equivalents"), missing, "")]
    if row.score is not None:
        how = tr("score {score} → grade {grade}").format(score=row.score, grade=grade.name)
    else:
        how = tr("grade {grade} given").format(grade=grade.name)
    coefficient = row.to_json()["quality_coefficient"]
    return [
        Step(tr("Quality coefficient"), how, coefficient),
        Step(
            tr("Effective equivalents"),
            f"{row.performance_equivalents} × {coefficient} + {row.bonus_equivalents}",
            figure(row.effective_equivalents),
        ),
    ]


def _deduction_step(w: Working) -> Step:
    deduction = w.row.deduction
    parts = []
    if deduction.violations:
        steps = w.violation_deductions
        step = steps[min(deduction.violations, len(steps)) - 1]
        parts.append(
            tr("{count} violation(s) → {ratio}").format(
                count=deduction.violations, ratio=plain(step)
            )
        )
    if deduction.aggravated:
        parts.append(
            tr("a medical error above the cap: × {factor}").format(factor=plain(w.aggravation))
        )
    if deduction.veto:
        parts.append(tr("veto → {ratio}").format(ratio=plain(w.veto_deduction)))
    formula = "; ".join(parts) if parts else tr("no events")
    return Step(tr("Deduction ratio"), formula, figure(deduction.ratio))


def _pay_steps(w: Working) -> list[Step]:
    row = w.row
    if row.performance_pay is None:
        why = tr("missing value per equivalent") if row.grade or row.band == "absent" else ""
        pay = Step(tr("Performance pay"), why or tr("waits for the quality grade"), "")
    else:
        pay = Step(
            tr("Performance pay"),
            f"{row.effective_equivalents} × {row.value_per_equivalent} × "
            f"(1 − {row.deduction.ratio})",
            figure(row.performance_pay),
        )
    base_line = row.lines.base_line
    factor = (
        f"min(1, {row.equivalents} ÷ {base_line})" if base_line else tr("1: the base line is 0")
    )
    if w.basic_amount is None:
        basic = tr("the basic amount × {factor}").format(factor=row.basic_pay_factor)
    else:
        basic = f"{plain(w.basic_amount)} × {row.basic_pay_factor}"
    return [
        pay,
        Step(tr("Basic pay factor"), factor, figure(row.basic_pay_factor)),
        Step(tr("Basic pay"), basic, figure(row.basic_pay)),
    ]


def decimal_text(value: Decimal) -> str:
    """An exact decimal with at least two places, as the slip prints breakdown lines."""
    whole, _, places = plain(value).partition(".")
    return f"{whole}.{places.ljust(2, '0')}"


def _steps_html(steps: list[Step]) -> str:
    rows = []
    for index, step in enumerate(steps):
        shade = " style='background:#f4f6f9'" if index % 2 == 0 else ""
        rows.append(
            f"<tr{shade}><td><b>{escape(step.label)}</b><br>"
            f"<span style='color:#4a5059'>{escape(step.formula)}</span></td>"
            f"<td align='right' valign='bottom'><b>{escape(step.result)}</b></td></tr>"
        )
    return "<table cellspacing='0' cellpadding='3' width='100%'>" + "".join(rows) + "</table>"


class WorkingPanel(QTextBrowser):
    """The working of the selected doctor's month, as a read-only page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("working_panel")
        self.setOpenLinks(False)
        # The page wraps to the panel's width; a scroll bar for a pixel of table border is noise.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps: list[Step] = []
        self.show_hint()

    def show_hint(self) -> None:
        self.steps = []
        self.setHtml(
            "<p style='color:#5f6670'>"
            + escape(self.tr("Select a doctor to see how their month was computed."))
            + "</p>"
        )

    def show_working(self, working: Working) -> None:
        self.steps = working_steps(working)
        self.setHtml(self._html(working))

    def _html(self, w: Working) -> str:
        row = w.row
        title = self.tr("{staff_no} {name}, {month}").format(
            staff_no=row.staff_no, name=row.name, month=row.month
        )
        state = (
            self.tr("signed: figures as stored") if w.signed else self.tr("open: figures as of now")
        )
        parts = [
            f"<h3 style='margin:0'>{escape(title)}</h3>",
            f"<p style='color:#5f6670;margin:2px 0 8px 0'>{escape(w.post_name)} · "
            f"{escape(w.title_name)} · {escape(state)}</p>",
        ]
        # Two columns side by side: the target and lines, then the counting and the pay.
        half = (len(self.steps) + 1) // 2
        columns = [_steps_html(self.steps[:half]), _steps_html(self.steps[half:])]
        parts.append(
            "<table cellspacing='0' cellpadding='0' width='100%'><tr>"
            f"<td width='50%' valign='top'>{columns[0]}</td><td width='12'></td>"
            f"<td width='50%' valign='top'>{columns[1]}</td></tr></table>"
        )
        parts += self._events_html(w) + self._items_html(w)
        return "".join(parts)

    def _events_html(self, w: Working) -> list[str]:
        if not w.events:
            return []
        lines = [f"<h4 style='margin:10px 0 4px 0'>{escape(self.tr('Events'))}</h4><ul>"]
        for event in w.events:
            kind = self.tr("veto") if event.kind == "veto" else self.tr("violation")
            error = self.tr(", medical error") if event.error else ""
            lines.append(
                f"<li>{event.day.isoformat()} {escape(kind + error)} {escape(event.note)}</li>"
            )
        return [*lines, "</ul>"]

    def _items_html(self, w: Working) -> list[str]:
        if w.lines is None:
            return [f"<p>{escape(self.tr('The items of this signed month were not stored.'))}</p>"]
        heads = (
            self.tr("Item"),
            self.tr("Count"),
            self.tr("Equiv."),
            self.tr("Coef."),
            self.tr("Subtotal"),
        )
        cells = "".join(f"<th align='right'>{escape(head)}</th>" for head in heads[1:])
        parts = [
            f"<h4 style='margin:10px 0 4px 0'>{escape(self.tr('Items'))}</h4>",
            "<table cellspacing='0' cellpadding='2' width='100%'>",
            f"<tr><th align='left'>{escape(heads[0])}</th>{cells}</tr>",
        ]
        for line in w.lines:
            mark = self.tr(" (bonus)") if line.is_bonus else ""
            values = (
                str(line.count),
                plain(line.equivalents),
                plain(line.coefficient),
                decimal_text(line.subtotal),
            )
            numbers = "".join(f"<td align='right'>{value}</td>" for value in values)
            parts.append(f"<tr><td>{escape(line.name + mark)}</td>{numbers}</tr>")
        return [*parts, "</table>"]
