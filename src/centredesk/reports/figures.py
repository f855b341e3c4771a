"""The figures a slip prints, as text: one source for the slip and for `verify FILE.pdf`."""

import logging
from decimal import Decimal

from centredesk.model.equivalents import BreakdownLine
from centredesk.model.numbers import plain
from centredesk.reports.labels import FIGURE_KEYS
from centredesk.services.breakdown import DoctorBreakdown

log = logging.getLogger(__name__)

# Figures printed as words: their value picks the word from the labels.
_WORDED = {"band": "band.", "status": "status.", "slip_state": "slip_state."}


def printed_figures(breakdown: DoctorBreakdown, words: dict[str, str]) -> dict[str, str]:
    """Each figure of FIGURE_KEYS exactly as the slip prints it (rounded as in SPEC §2.0)."""
    row = breakdown.row
    values = row.to_json()
    values["annual_target"] = str(row.lines.annual_target)
    values["score"] = "" if row.score is None else str(row.score)
    values["slip_state"] = "signed" if breakdown.signed else "draft"
    return {key: _shown(key, values[key], words) for key in FIGURE_KEYS}


def line_cells(line: BreakdownLine) -> tuple[str, str, str, str]:
    """A breakdown line's count, equivalents, coefficient and exact subtotal, as printed.

    The subtotal is exact, not rounded: the lines add up to E before its one rounding.
    """
    return (
        str(line.count),
        decimal_text(line.equivalents),
        decimal_text(line.coefficient),
        decimal_text(line.subtotal),
    )


def decimal_text(value: Decimal) -> str:
    """An exact decimal with at least two places: 2.7183 stays, 412 becomes 412.00."""
    text = plain(value)
    whole, _, places = text.partition(".")
    return f"{whole}.{places.ljust(2, '0')}"


def _shown(key: str, value: str, words: dict[str, str]) -> str:
    if key in _WORDED and value:
        return words[_WORDED[key] + value]
    return value or words["missing"]
