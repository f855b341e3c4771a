"""Quality of a doctor's month (SPEC §2.6): scores entered, imported or computed from indicators.

A score or grade entered or imported directly is the month's result; indicators give a
computed score instead. `QualityResult.source` says which: entered, imported or computed.
"""

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from centredesk.files.readers import read_sheet
from centredesk.files.records import read_records
from centredesk.model.appraisal import ReviewRow
from centredesk.model.months import Month
from centredesk.model.numbers import HUNDRED, ZERO
from centredesk.model.policy import Grade
from centredesk.model.quality import Indicator, quality_score
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context, audit
from centredesk.services.errors import Refused
from centredesk.services.imports import ImportSummary, import_in_session
from centredesk.services.months import SIGNED, mark_changed, month_status, refuse_signed
from centredesk.services.policies import load_policy
from centredesk.services.review import month_review
from centredesk.storage.tables import IndicatorResult, Post, QualityIndicator, QualityResult, Staff

log = logging.getLogger(__name__)

ENTERED, IMPORTED, COMPUTED = "entered", "imported", "computed"


@dataclass(frozen=True)
class IndicatorView:
    """A post's quality indicator as the screens show and edit it."""

    id: int
    post_code: str
    post_name: str
    name: str
    target: Decimal
    weight: Decimal
    higher_is_better: bool
    raise_percent: Decimal
    is_rate: bool
    retired: bool

    def rule(self) -> Indicator:
        """The model's indicator, for scoring."""
        return Indicator(
            self.name,
            self.target,
            self.weight,
            self.higher_is_better,
            self.raise_percent,
            self.is_rate,
        )


@dataclass(frozen=True)
class IndicatorForm:
    """What the indicator form holds; `id` None for a new indicator."""

    post_code: str
    name: str
    target: Decimal
    weight: Decimal
    higher_is_better: bool = True
    raise_percent: Decimal = ZERO
    is_rate: bool = False
    id: int | None = None


@dataclass(frozen=True)
class QualityEntry:
    """One appraised doctor's quality in a month: what was recorded and the grade it gives."""

    staff_no: str
    name: str
    post: str
    score: Decimal | None
    given_grade: str | None
    source: str | None
    grade: Grade | None
    status: str
    indicator_results: int


@dataclass(frozen=True)
class MonthQuality:
    """The quality of every appraised doctor of a month, with the grades of its policy."""

    month: Month
    entries: tuple[QualityEntry, ...]
    grades: tuple[Grade, ...]
    signed: bool


# --- indicators ----------------------------------------------------------------------------


def list_indicators(ctx: Context, post_code: str | None = None) -> list[IndicatorView]:
    """The indicators in use, by post and then name; retired ones are left out."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    query = (
        select(QualityIndicator, Post)
        .join(Post, Post.id == QualityIndicator.post_id)
        .where(QualityIndicator.retired.is_(False))
        .order_by(Post.code, QualityIndicator.name)
    )
    if post_code is not None:
        query = query.where(Post.code == post_code)
    with ctx.database.reading() as session:
        return [_indicator_view(row, post) for row, post in session.execute(query)]


def save_indicator(ctx: Context, form: IndicatorForm) -> IndicatorView:
    """Add an indicator, or change one; scores computed earlier keep their figures."""
    ctx.require(ADMINISTRATOR)
    problems = indicator_problems(form)
    if problems:
        raise Refused("; ".join(problems))
    with ctx.database.transaction() as session:
        post = session.scalar(select(Post).where(Post.code == form.post_code))
        if post is None:
            raise Refused(f"there is no post {form.post_code}")
        row = _indicator_row(session, form.id) if form.id else QualityIndicator()
        before = _indicator_record(row) if form.id else None
        _fill_indicator(row, form, post)
        session.add(row)
        session.flush()
        view = _indicator_view(row, post)
        audit(session, ctx.actor, "quality indicator", form.name, before, _indicator_record(row))
    log.info("quality indicator %s of %s saved", form.name, form.post_code)
    return view


def retire_indicator(ctx: Context, indicator_id: int) -> None:
    """Stop using an indicator; results recorded with it stay."""
    ctx.require(ADMINISTRATOR)
    with ctx.database.transaction() as session:
        row = _indicator_row(session, indicator_id)
        row.retired = True
        audit(session, ctx.actor, "quality indicator retired", row.name, False, True)
    log.info("quality indicator %s retired", indicator_id)


def indicator_problems(form: IndicatorForm) -> list[str]:
    """What is wrong with an indicator form, in words."""
    problems = []
    if not form.name.strip():
        problems.append("an indicator needs a name")
    if form.target < 0:
        problems.append("the target may not be negative")
    if form.is_rate and form.target > HUNDRED:
        problems.append("a rate's target is at most 100")
    if form.weight <= 0:
        problems.append("the weight must be above 0")
    if not ZERO <= form.raise_percent <= HUNDRED:
        problems.append("the raise of the monthly target is 0 to 100 %")
    return problems


# --- the month's results -------------------------------------------------------------------


def month_quality(ctx: Context, month: Month) -> MonthQuality:
    """Each appraised doctor's recorded quality and the grade the review takes from it."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        rows = month_review(session, month).rows
        grades = load_policy(session, month.year).grades
        results = _results(session, month)
        counts = _indicator_counts(session, month)
        signed = month_status(session, month) == SIGNED
    entries = tuple(_entry(row, results.get(row.staff_no), counts) for row in rows)
    return MonthQuality(month, entries, grades, signed)


def set_quality(
    ctx: Context, month: Month, staff_no: str, score: Decimal | None, grade: str | None
) -> None:
    """Enter a doctor's score and/or grade for the month (a grade given wins)."""
    ctx.require(ADMINISTRATOR)
    grade = (grade or "").strip() or None
    if score is None and grade is None:
        raise Refused("give a score, a grade or both")
    if score is not None and not ZERO <= score <= HUNDRED:
        raise Refused(f"a quality score is 0 to 100, not {score}")
    with ctx.database.transaction() as session:
        staff = _changeable(session, month, staff_no)
        if grade is not None and load_policy(session, month.year).grade(grade) is None:
            raise Refused(f"{grade} is not a grade of the {month.year} policy")
        _store_result(session, ctx, month, staff, score, grade, ENTERED)
    log.info("quality of %s for %s entered", staff_no, month)


def clear_quality(ctx: Context, month: Month, staff_no: str) -> None:
    """Remove a doctor's quality result for the month (its indicator figures stay)."""
    ctx.require(ADMINISTRATOR)
    with ctx.database.transaction() as session:
        staff = _changeable(session, month, staff_no)
        before = _result_row(session, month, staff.id)
        if before is None:
            raise Refused(f"{staff_no} has no quality result in {month}")
        session.delete(before)
        mark_changed(session, [month], ctx.actor)
        target = f"{month} {staff_no}"
        audit(session, ctx.actor, "quality cleared", target, _result_record(before), None)
    log.info("quality of %s for %s cleared", staff_no, month)


def import_quality(ctx: Context, path: Path, shown_as: str | None = None) -> ImportSummary:
    """Import a quality file (SPEC §5.2), all or nothing; its results are marked imported."""
    ctx.require(ADMINISTRATOR)
    with ctx.database.transaction() as session:
        summary = import_in_session(session, ctx, "quality", Path(path), shown_as)
        records = read_records("quality", read_sheet(Path(path), shown_as)).records
        staff_ids = _staff_ids(session)
        for record in records:
            row = _result_row(session, record.month, staff_ids[record.staff_no])
            row.source = IMPORTED
    log.info("%s", summary.describe())
    return summary


# --- indicator results ---------------------------------------------------------------------


def indicator_results(
    ctx: Context, month: Month, staff_no: str
) -> list[tuple[IndicatorView, Decimal | None]]:
    """The indicators of the doctor's post in the month, each with the figure recorded."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        row = _review_row(session, month, staff_no)
        indicators = _post_indicators(session, row.post)
        actuals = _actuals(session, month, row.staff_no)
    return [(indicator, actuals.get(indicator.id)) for indicator in indicators]


def record_indicator_results(
    ctx: Context, month: Month, staff_no: str, actuals: Mapping[int, Decimal]
) -> Decimal:
    """Store a doctor's figures for every indicator of their post and the score they give."""
    ctx.require(ADMINISTRATOR)
    if any(actual < 0 for actual in actuals.values()):
        raise Refused("an indicator's figure may not be negative")
    with ctx.database.transaction() as session:
        staff = _changeable(session, month, staff_no)
        indicators = _post_indicators(session, _review_row(session, month, staff_no).post)
        score = _score(indicators, actuals, staff_no)
        _store_actuals(session, month, staff.id, indicators, actuals)
        _store_result(session, ctx, month, staff, score, None, COMPUTED)
    log.info("quality of %s for %s computed from indicators: %s", staff_no, month, score)
    return score


# --- helpers -------------------------------------------------------------------------------


def _score(indicators: list[IndicatorView], actuals: Mapping[int, Decimal], staff_no: str):
    if not indicators:
        raise Refused(f"the post of {staff_no} has no quality indicators")
    missing = [indicator.name for indicator in indicators if indicator.id not in actuals]
    if missing:
        raise Refused("a figure is needed for every indicator: " + ", ".join(missing))
    return quality_score([(indicator.rule(), actuals[indicator.id]) for indicator in indicators])


def _store_actuals(
    session: Session,
    month: Month,
    staff_id: int,
    indicators: list[IndicatorView],
    actuals: Mapping[int, Decimal],
) -> None:
    session.execute(
        delete(IndicatorResult).where(
            IndicatorResult.month == str(month), IndicatorResult.staff_id == staff_id
        )
    )
    session.add_all(
        IndicatorResult(
            month=str(month), staff_id=staff_id, indicator_id=ind.id, actual=actuals[ind.id]
        )
        for ind in indicators
    )


def _store_result(
    session: Session,
    ctx: Context,
    month: Month,
    staff: Staff,
    score: Decimal | None,
    grade: str | None,
    source: str,
) -> None:
    row = _result_row(session, month, staff.id)
    before = _result_record(row) if row else None
    if row is None:
        row = QualityResult(month=str(month), staff_id=staff.id)
        session.add(row)
    row.score, row.grade, row.source = score, grade, source
    mark_changed(session, [month], ctx.actor)
    target = f"{month} {staff.staff_no}"
    audit(session, ctx.actor, f"quality {source}", target, before, _result_record(row))


def _changeable(session: Session, month: Month, staff_no: str) -> Staff:
    """The staff member, once the month is known to be open to changes."""
    load_policy(session, month.year)
    refuse_signed(session, [month], "its quality results")
    staff = session.scalar(select(Staff).where(Staff.staff_no == staff_no))
    if staff is None:
        raise Refused(f"there is no staff member with the number {staff_no}")
    return staff


def _review_row(session: Session, month: Month, staff_no: str) -> ReviewRow:
    for row in month_review(session, month).rows:
        if row.staff_no == staff_no:
            return row
    raise Refused(f"{staff_no} has no appraisal in {month} (not employed, or not appraised)")


def _post_indicators(session: Session, post_code: str) -> list[IndicatorView]:
    query = (
        select(QualityIndicator, Post)
        .join(Post, Post.id == QualityIndicator.post_id)
        .where(Post.code == post_code, QualityIndicator.retired.is_(False))
        .order_by(QualityIndicator.name)
    )
    return [_indicator_view(row, post) for row, post in session.execute(query)]


def _actuals(session: Session, month: Month, staff_no: str) -> dict[int, Decimal]:
    query = (
        select(IndicatorResult.indicator_id, IndicatorResult.actual)
        .join(Staff, Staff.id == IndicatorResult.staff_id)
        .where(IndicatorResult.month == str(month), Staff.staff_no == staff_no)
    )
    return {key: value for key, value in session.execute(query)}


def _results(session: Session, month: Month) -> dict[str, QualityResult]:
    query = (
        select(Staff.staff_no, QualityResult)
        .join(Staff, Staff.id == QualityResult.staff_id)
        .where(QualityResult.month == str(month))
    )
    return {key: value for key, value in session.execute(query)}


def _indicator_counts(session: Session, month: Month) -> dict[str, int]:
    query = (
        select(Staff.staff_no, func.count(IndicatorResult.id))
        .join(Staff, Staff.id == IndicatorResult.staff_id)
        .where(IndicatorResult.month == str(month))
        .group_by(Staff.staff_no)
    )
    return {key: value for key, value in session.execute(query)}


def _staff_ids(session: Session) -> dict[str, int]:
    return {no: id_ for no, id_ in session.execute(select(Staff.staff_no, Staff.id))}


def _result_row(session: Session, month: Month, staff_id: int) -> QualityResult | None:
    return session.scalar(
        select(QualityResult).where(
            QualityResult.month == str(month), QualityResult.staff_id == staff_id
        )
    )


def _entry(row: ReviewRow, result: QualityResult | None, counts: dict[str, int]) -> QualityEntry:
    return QualityEntry(
        staff_no=row.staff_no,
        name=row.name,
        post=row.post,
        score=result.score if result else None,
        given_grade=result.grade if result else None,
        source=result.source if result else None,
        grade=row.grade,
        status=row.status,
        indicator_results=counts.get(row.staff_no, 0),
    )


def _indicator_row(session: Session, indicator_id: int) -> QualityIndicator:
    row = session.get(QualityIndicator, indicator_id)
    if row is None:
        raise Refused(f"there is no quality indicator {indicator_id}")
    return row


def _fill_indicator(row: QualityIndicator, form: IndicatorForm, post: Post) -> None:
    row.post_id = post.id
    row.name = form.name.strip()
    row.target, row.weight = form.target, form.weight
    row.higher_is_better, row.is_rate = form.higher_is_better, form.is_rate
    row.raise_percent = form.raise_percent
    row.retired = False


def _indicator_view(row: QualityIndicator, post: Post) -> IndicatorView:
    return IndicatorView(
        row.id,
        post.code,
        post.name,
        row.name,
        row.target,
        row.weight,
        row.higher_is_better,
        row.raise_percent,
        row.is_rate,
        row.retired,
    )


def _indicator_record(row: QualityIndicator) -> dict:
    return {
        "name": row.name,
        "target": row.target,
        "weight": row.weight,
        "higher_is_better": row.higher_is_better,
        "raise_percent": row.raise_percent,
        "is_rate": row.is_rate,
    }


def _result_record(row: QualityResult) -> dict:
    return {"score": row.score, "grade": row.grade, "source": row.source}
