"""How the review screens write figures, bands and statuses: words and colours, no arithmetic."""

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from centredesk.model.appraisal import BANDS, ReviewRow

CONTEXT = "Review"

BAND_LABELS = {
    "absent": QT_TRANSLATE_NOOP("Review", "absent"),
    "below_base": QT_TRANSLATE_NOOP("Review", "below base"),
    "basic": QT_TRANSLATE_NOOP("Review", "basic"),
    "reward": QT_TRANSLATE_NOOP("Review", "reward"),
    "over_cap": QT_TRANSLATE_NOOP("Review", "over cap"),
}

# Light enough for black text; the same hue family a reader learns once: grey away, red low,
# blue within target, green rewarded, orange above the cap.
BAND_COLOURS = {
    "absent": "#e4e6ea",
    "below_base": "#f8d3d0",
    "basic": "#dde9f8",
    "reward": "#d5efd8",
    "over_cap": "#ffdcae",
}

STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("Review", "Open"),
    "reviewed": QT_TRANSLATE_NOOP("Review", "Reviewed"),
    "signed": QT_TRANSLATE_NOOP("Review", "Signed"),
}

ROW_STATUS_LABELS = {
    "ok": QT_TRANSLATE_NOOP("Review", "ok"),
    "missing_quality": QT_TRANSLATE_NOOP("Review", "quality missing"),
    "missing_value": QT_TRANSLATE_NOOP("Review", "value missing"),
}

EVENT_KIND_LABELS = {
    "violation": QT_TRANSLATE_NOOP("Review", "violation"),
    "veto": QT_TRANSLATE_NOOP("Review", "veto"),
}

MONTH_NAMES = (
    QT_TRANSLATE_NOOP("Review", "Jan"),
    QT_TRANSLATE_NOOP("Review", "Feb"),
    QT_TRANSLATE_NOOP("Review", "Mar"),
    QT_TRANSLATE_NOOP("Review", "Apr"),
    QT_TRANSLATE_NOOP("Review", "May"),
    QT_TRANSLATE_NOOP("Review", "Jun"),
    QT_TRANSLATE_NOOP("Review", "Jul"),
    QT_TRANSLATE_NOOP("Review", "Aug"),
    QT_TRANSLATE_NOOP("Review", "Sep"),
    QT_TRANSLATE_NOOP("Review", "Oct"),
    QT_TRANSLATE_NOOP("Review", "Nov"),
    QT_TRANSLATE_NOOP("Review", "Dec"),
)


def tr(text: str) -> str:
    """`text` translated: strings marked QT_TRANSLATE_NOOP("Review", …) are in the context
    "Review", while lupdate files this module function's literal tr("…") calls under the
    empty context, so both are looked up."""
    translated = QCoreApplication.translate(CONTEXT, text)
    return translated if translated != text else QCoreApplication.translate("", text)


def band_label(band: str) -> str:
    return tr(BAND_LABELS[band])


def band_colour(band: str) -> QColor:
    return QColor(BAND_COLOURS[band])


def band_order(band: str) -> int:
    return BANDS.index(band)


def month_name(number: int) -> str:
    return tr(MONTH_NAMES[number - 1])


def figure(value: Decimal | None) -> str:
    """A figure exactly as `review --json` writes it; empty when there is none."""
    return "" if value is None else str(value)


def money(value: Decimal | None) -> str:
    """Money and equivalents with thousands separators, for totals and summaries."""
    return "" if value is None else f"{value:,.2f}"


def grade_text(row: ReviewRow) -> str:
    return row.grade.name if row.grade else ""


def needs_attention(row: ReviewRow) -> bool:
    """A row a reviewer should read: not ok, or outside the base and cap lines."""
    return row.status != "ok" or row.band in ("over_cap", "below_base")


def row_note(row: ReviewRow) -> str:
    """Why a row needs attention, in one short phrase (empty when it does not)."""
    if row.status == "missing_quality":
        return tr("No quality score or grade")
    if row.status == "missing_value":
        return tr("No value per equivalent")
    if row.band == "over_cap":
        return tr("Above the cap line")
    if row.band == "below_base":
        return tr("Below the base line")
    return ""


def row_explanation(row: ReviewRow) -> str:
    """Why a row needs attention, in full sentences with its figures."""
    lines = row.lines
    if row.status == "missing_quality":
        return tr(
            "The month has no quality score or grade for this doctor: enter one on the "
            "Quality tab. Until then the row has no effective equivalents and no pay."
        )
    if row.status == "missing_value":
        return tr("The month has no value per equivalent and no fund: set one under Pay settings.")
    if row.band == "over_cap":
        return tr(
            "Equivalents {e} are above the cap line {cap}: only {counted} are counted. "
            "Check for understaffing in the post, or for over-reporting."
        ).format(e=row.equivalents, cap=lines.cap_line, counted=row.counted)
    if row.band == "below_base":
        return tr(
            "Equivalents {e} are below the base line {base}: no performance pay for volume, "
            "and the basic pay is cut by the factor {factor}."
        ).format(e=row.equivalents, base=lines.base_line, factor=row.basic_pay_factor)
    return ""
