"""One A4 appraisal slip (考核单) per doctor and month, laid out as SPEC §6 lists it.

The top of the page (who, which month, the lines, the band and the pay) and the bottom
(the reckoning, events, comments, signatures, the verification footer) have fixed places;
the breakdown by service item fills the space between, in smaller rows or two columns when
the list is long, so that a slip is always one page.
"""

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib.colors import Color, HexColor, black
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from centredesk import __version__
from centredesk.model.appraisal import Event
from centredesk.model.equivalents import BreakdownLine
from centredesk.reports.drawing import Pen
from centredesk.reports.figures import line_cells, printed_figures
from centredesk.reports.fonts import SlipFonts
from centredesk.services.breakdown import DoctorBreakdown

log = logging.getLogger(__name__)

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT, RIGHT = 40.0, PAGE_WIDTH - 40.0
TOP, BOTTOM = PAGE_HEIGHT - 36.0, 30.0
WIDTH = RIGHT - LEFT

INK = HexColor("#1a1a1a")
MUTED = HexColor("#5f6b76")
HEADING = HexColor("#1f3a5f")
RULE = HexColor("#8c99a6")
FAINT = HexColor("#d5dce3")
SHADE = HexColor("#eef2f6")
DRAFT = HexColor("#b3261e")
WATERMARK = Color(0.70, 0.15, 0.12, alpha=0.13)
BAND_COLOURS = {
    "absent": HexColor("#5f6b76"),
    "below_base": HexColor("#b3261e"),
    "basic": HexColor("#1f5fa8"),
    "reward": HexColor("#1b7a3a"),
    "over_cap": HexColor("#b35900"),
}

# The figure grids: four cells to a row, each a label and its value.
IDENTITY_GRID = (
    ("name", "staff_no", "month", "slip_state"),
    ("post", "title", "attendance", "status"),
    ("annual_target", "target", "base_line", "cap_line"),
)
RESULT_GRID = (
    ("equivalents", "bonus_equivalents", "counted", "performance_equivalents"),
    ("score", "grade", "quality_coefficient", "effective_equivalents"),
    ("deduction_ratio", "value_per_equivalent", "performance_pay", "basic_pay_factor"),
    ("basic_pay", None, None, None),
)
CELL_HEIGHT = 18.0
LABEL_ROOM = 60.0
HEADING_HEIGHT = 18.0
FOOTER_HEIGHT = 70.0
SIGNATURES_HEIGHT = 44.0
EVENT_ROW = 13.0
COMMENT_LINE = 12.0
FORMULA_LINE = 10.0
# Below this row height the breakdown is hard to read: the sections under it give up room.
READABLE_ROW = 9.0


@dataclass(frozen=True)
class Room:
    """How much the sections below the breakdown show; a long breakdown takes the rest."""

    event_rows: int
    comment_lines: int
    cell_height: float
    formula: bool


ROOMY = Room(event_rows=4, comment_lines=4, cell_height=CELL_HEIGHT, formula=True)
COMPACT = Room(event_rows=1, comment_lines=2, cell_height=14.0, formula=False)


@dataclass(frozen=True)
class SlipPage:
    """What one slip shows besides the doctor's figures: the centre, the code, the time."""

    breakdown: DoctorBreakdown
    centre: str
    code: str
    printed_at: datetime


def draw_slip(canvas: Canvas, fonts: SlipFonts, page: SlipPage, words: dict[str, str]) -> None:
    """Draw one slip on the canvas's current page, then end the page."""
    _Slip(Pen(canvas, fonts), page, words).draw()
    canvas.showPage()


class _Slip:
    """The drawing of one slip; each section draws itself and returns where it ends."""

    def __init__(self, pen: Pen, page: SlipPage, words: dict[str, str]) -> None:
        self.pen = pen
        self.page = page
        self.words = words
        self.breakdown = page.breakdown
        self.figures = printed_figures(page.breakdown, words)
        self.figures["post"] = page.breakdown.post_name
        self.figures["title"] = page.breakdown.title_name
        self.room = ROOMY

    def draw(self) -> None:
        y = self._header(TOP)
        y = self._grid(y - 8, IDENTITY_GRID, CELL_HEIGHT)
        top = self._banner(y - 10) - 10

        if self._row_height(top) < READABLE_ROW:
            self.room = COMPACT
        lower = self._lower_part()
        self._breakdown(top, lower + 12)

        if not self.breakdown.signed:
            self._watermark()

    def _row_height(self, top: float) -> float:
        """The breakdown's row height between `top` and the sections below it."""
        lines = self.breakdown.lines or ()
        bottom = BOTTOM + self._lower_height() + 12
        return table_shape(len(lines), len(self._totals(lines)), top - HEADING_HEIGHT - bottom)[1]

    def _lower_height(self) -> float:
        """The height of what _lower_part draws, gaps included."""
        sections = self._comments_height() + self._events_height() + self._result_height()
        return FOOTER_HEIGHT + 14 + SIGNATURES_HEIGHT + 30 + sections

    def _lower_part(self) -> float:
        """Draw the sections below the breakdown from the foot up; returns their top."""
        y = self._footer(BOTTOM)
        y = self._signatures(y + 14)
        y = self._comments(y + 10)
        y = self._events(y + 10)
        return self._result(y + 10)

    # --- the top ---------------------------------------------------------------------------

    def _header(self, top: float) -> float:
        y = top - 12
        if self.page.centre:
            self.pen.text(PAGE_WIDTH / 2, y, self.page.centre, 12.5, "center", colour=INK)
            y -= 24
        else:
            y -= 8
        self.pen.text(PAGE_WIDTH / 2, y, self.words["title"], 18, "center", True, HEADING)

        y -= 11
        self.pen.rule(LEFT, y, RIGHT, y, 1.4, HEADING)
        return y

    def _grid(self, top: float, grid: tuple, height: float) -> float:
        """Rows of label/value cells `height` high; returns the bottom of the last row."""
        cell_width = WIDTH / 4
        for number, keys in enumerate(grid):
            y = top - (number + 1) * height
            if number % 2 == 0:
                self.pen.box(LEFT, y, WIDTH, height, fill=SHADE)
            for column, key in enumerate(keys):
                if key is not None:
                    self._cell(LEFT + column * cell_width, y + (height - CELL_HEIGHT) / 2, key)

        bottom = top - len(grid) * height
        self.pen.rule(LEFT, top, RIGHT, top, 0.6, RULE)
        self.pen.rule(LEFT, bottom, RIGHT, bottom, 0.6, RULE)
        return bottom

    def _cell(self, x: float, y: float, key: str) -> None:
        baseline = y + 5.5
        self.pen.text(x + 5, baseline, self.words[f"figure.{key}"], 8, colour=MUTED)
        colour = DRAFT if key == "slip_state" and not self.breakdown.signed else INK
        room = WIDTH / 4 - LABEL_ROOM - 8
        self.pen.fitted(x + 5 + LABEL_ROOM, baseline, self.figures[key], 10, room, colour=colour)

    def _banner(self, top: float) -> float:
        """The band in words and the performance pay, large enough to see across a desk."""
        height = 48.0
        bottom = top - height
        self.pen.box(LEFT, bottom, WIDTH, height, fill=SHADE, stroke=RULE)

        band = self.breakdown.row.band
        colour = BAND_COLOURS[band]
        self.pen.text(LEFT + 12, top - 15, self.words["figure.band"], 8.5, colour=MUTED)
        self.pen.text(LEFT + 12, top - 38, self.figures["band"], 18, bold=True, colour=colour)
        note_x = LEFT + 24 + self.pen.width(self.figures["band"], 18)
        self.pen.text(note_x, top - 37, self.words[f"band.note.{band}"], 8.5, colour=MUTED)

        self.pen.text(
            RIGHT - 200, top - 15, self.words["figure.performance_pay"], 8.5, colour=MUTED
        )
        pay = self.figures["performance_pay"]
        self.pen.text(RIGHT - 30, top - 39, pay, 22, "right", True, HEADING)
        self.pen.text(RIGHT - 12, top - 39, self.words["unit.money"], 10, "right", colour=INK)
        return bottom

    # --- the breakdown ---------------------------------------------------------------------

    def _breakdown(self, top: float, bottom: float) -> None:
        y = self._heading(top, self.words["section.breakdown"])
        lines = self.breakdown.lines
        if not lines:
            key = "breakdown.not_stored" if lines is None else "breakdown.none"
            self.pen.text(LEFT + 6, y - 14, self.words[key], 9, colour=MUTED)
            return

        ordered = sorted(lines, key=lambda line: line.is_bonus)
        totals = self._totals(ordered)
        columns, row_height = table_shape(len(ordered), len(totals), y - bottom)
        per_column = -(-len(ordered) // columns)
        column_width = (WIDTH - 12 * (columns - 1)) / columns
        for column in range(columns):
            x = LEFT + column * (column_width + 12)
            part = ordered[column * per_column : (column + 1) * per_column]
            self._table(x, y, column_width, row_height, part)

        self._table_totals(y - (per_column + 1) * row_height, row_height, totals)

    def _totals(self, lines: Sequence[BreakdownLine]) -> list[tuple[str, str]]:
        row = self.breakdown.row
        totals = [(self.words["breakdown.regular_total"], str(row.equivalents))]
        if any(line.is_bonus for line in lines):
            totals.append((self.words["breakdown.bonus_total"], str(row.bonus_equivalents)))
        return totals

    def _table(
        self, x: float, top: float, width: float, height: float, lines: list[BreakdownLine]
    ) -> None:
        edges = column_edges(x, width)
        size = min(9.0, height * 0.7)
        self.pen.box(x, top - height, width, height, fill=SHADE)
        headings = ("item", "name", "count", "equivalents", "coefficient", "subtotal")
        cells = [self.words[f"column.{key}"] for key in headings]
        self._table_row(edges, top - height, height, cells, size, MUTED)

        for number, line in enumerate(lines, start=2):
            y = top - number * height
            name = line.name + (self.words["breakdown.bonus_mark"] if line.is_bonus else "")
            self._table_row(edges, y, height, [line.item, name, *line_cells(line)], size, INK)
            self.pen.rule(x, y, x + width, y, 0.3, FAINT)

    def _table_row(
        self,
        edges: list[float],
        y: float,
        height: float,
        cells: list[str],
        size: float,
        colour: Color,
    ) -> None:
        baseline = y + (height - size) / 2 + size * 0.18
        for number, text in enumerate(cells):
            left, right = edges[number], edges[number + 1]
            if number < 2:
                self.pen.fitted(left + 3, baseline, text, size, right - left - 6, colour=colour)
            else:
                self.pen.fitted(right - 3, baseline, text, size, right - left - 6, "right", colour)

    def _table_totals(self, top: float, height: float, totals: list[tuple[str, str]]) -> None:
        self.pen.rule(LEFT, top, RIGHT, top, 0.7, RULE)
        size = min(9.5, height * 0.66)
        for number, (label, value) in enumerate(totals, start=1):
            baseline = top - number * height + (height - size) / 2 + size * 0.18
            self.pen.text(RIGHT - 110, baseline, label, size, "right", colour=INK)
            self.pen.text(RIGHT - 3, baseline, value, size, "right", bold=True, colour=INK)

    # --- the bottom, drawn from the foot of the page up ----------------------------------

    def _result(self, bottom: float) -> float:
        formula = self._formula_lines()
        y = bottom + FORMULA_LINE * len(formula) + 2
        top = y + len(RESULT_GRID) * self.room.cell_height
        self._heading(top + HEADING_HEIGHT, self.words["section.result"])
        self._grid(top, RESULT_GRID, self.room.cell_height)
        for number, line in enumerate(formula):
            self.pen.text(LEFT + 4, y - FORMULA_LINE * (number + 1) + 1, line, 7, colour=MUTED)
        return top + HEADING_HEIGHT

    def _result_height(self) -> float:
        grid = len(RESULT_GRID) * self.room.cell_height
        return HEADING_HEIGHT + grid + FORMULA_LINE * len(self._formula_lines()) + 2

    def _formula_lines(self) -> list[str]:
        if not self.room.formula:
            return []
        return self.pen.wrap(self.words["formula"], 7, WIDTH - 8)

    def _events(self, bottom: float) -> float:
        shown, notes = self._event_layout()
        top = bottom + self._events_height() - HEADING_HEIGHT

        y = self._heading(top + HEADING_HEIGHT, self.words["section.events"]) - 2
        if shown:
            y = self._event_table(y, shown)
        for text in notes:
            y -= EVENT_ROW
            self.pen.fitted(LEFT + 6, y + 3, text, 9, WIDTH - 12, colour=INK)
        return top + HEADING_HEIGHT

    def _events_height(self) -> float:
        shown, notes = self._event_layout()
        table = len(shown) + 1 if shown else 0
        return HEADING_HEIGHT + EVENT_ROW * (table + len(notes)) + 2

    def _event_layout(self) -> tuple[tuple[Event, ...], list[str]]:
        """The events shown in the table, and the lines under it ending with the deduction."""
        events = self.breakdown.events
        shown = events[: self.room.event_rows]
        notes = [self._deduction_text()]
        if len(events) > len(shown):
            notes.insert(0, self.words["events.more"].format(count=len(events) - len(shown)))
        if not events:
            notes.insert(0, self.words["events.none"])
        return shown, notes

    def _event_table(self, top: float, events: tuple[Event, ...]) -> float:
        edges = [LEFT, LEFT + 80, LEFT + 150, LEFT + 210, RIGHT]
        headings = ("day", "kind", "error", "note")
        self.pen.box(LEFT, top - EVENT_ROW, WIDTH, EVENT_ROW, fill=SHADE)
        self._event_row(
            edges, top - EVENT_ROW, [self.words[f"column.{k}"] for k in headings], MUTED
        )
        for number, event in enumerate(events, start=2):
            cells = [
                event.day.isoformat(),
                self.words[f"event.{event.kind}"],
                self.words["yes" if event.error else "no"],
                event.note,
            ]
            self._event_row(edges, top - EVENT_ROW * number, cells, INK)
        return top - EVENT_ROW * (len(events) + 1)

    def _event_row(self, edges: list[float], y: float, cells: list[str], colour: Color) -> None:
        for number, text in enumerate(cells):
            room = edges[number + 1] - edges[number] - 6
            self.pen.fitted(edges[number] + 3, y + 3.5, text, 8.5, room, colour=colour)

    def _deduction_text(self) -> str:
        """Why the deduction ratio is what it is, ending in the ratio itself."""
        deduction = self.breakdown.row.deduction
        parts = []
        if deduction.violations:
            parts.append(self.words["deduction.violations"].format(count=deduction.violations))
        if deduction.errors:
            parts.append(self.words["deduction.errors"].format(count=deduction.errors))
        if deduction.aggravated:
            parts.append(self.words["deduction.aggravated"])
        if deduction.veto:
            parts.append(self.words["deduction.veto"])
        reason = "，".join(parts) or self.words["deduction.none"]
        ratio = self.figures["deduction_ratio"]
        return f"{reason}；{self.words['figure.deduction_ratio']} {ratio}"

    def _comments(self, bottom: float) -> float:
        lines = self._comment_lines()
        top = bottom + self._comments_height() - HEADING_HEIGHT
        y = self._heading(top + HEADING_HEIGHT, self.words["section.comments"])
        for line in lines:
            y -= COMMENT_LINE
            self.pen.text(LEFT + 6, y + 2, line, 9, colour=INK)
        return top + HEADING_HEIGHT

    def _comments_height(self) -> float:
        return HEADING_HEIGHT + COMMENT_LINE * len(self._comment_lines()) + 4

    def _comment_lines(self) -> list[str]:
        comments = self.breakdown.comments
        lines: list[str] = []
        for comment in comments:
            resolved = self.words["comments.resolved"] if comment.resolved else ""
            text = f"{comment.at:%Y-%m-%d} {comment.author}：{comment.text}{resolved}"
            lines.extend(self.pen.wrap(text, 9, WIDTH - 12))
        most = self.room.comment_lines
        if len(lines) > most:
            rest = self.words["comments.more"].format(count=len(comments))
            lines = lines[: most - 1] + [rest]
        return lines or [self.words["comments.none"]]

    def _signatures(self, bottom: float) -> float:
        width = WIDTH / 3
        for number, key in enumerate(("sign.doctor", "sign.head", "sign.director")):
            x = LEFT + number * width
            self._signature_line(x, bottom + 30, width, self.words[key])
            self._signature_line(x, bottom + 6, width, self.words["sign.date"])
        return bottom + SIGNATURES_HEIGHT

    def _signature_line(self, x: float, y: float, width: float, label: str) -> None:
        self.pen.text(x, y, label + "：", 9.5, colour=INK)
        start = x + self.pen.width(label + "：", 9.5) + 2
        self.pen.rule(start, y - 2, x + width - 14, y - 2, 0.6, INK)

    def _footer(self, bottom: float) -> float:
        size = FOOTER_HEIGHT - 8
        top = bottom + FOOTER_HEIGHT
        self.pen.rule(LEFT, top, RIGHT, top, 0.6, RULE)
        draw_qr(self.pen.canvas, self.page.code, RIGHT - size, bottom, size)

        y = top - 16
        self.pen.text(LEFT, y, self.words["footer.code"], 9, colour=MUTED)
        self.pen.text(LEFT + 42, y, self.page.code, 11, bold=True, colour=INK)
        self.pen.text(LEFT, y - 15, self.words["footer.how"], 7.5, colour=MUTED)
        printed = self.words["footer.printed"].format(at=f"{self.page.printed_at:%Y-%m-%d %H:%M}")
        self.pen.text(LEFT, y - 28, f"{printed} · CentreDesk {__version__}", 7.5, colour=MUTED)
        if not self.breakdown.signed:
            self.pen.text(LEFT, y - 43, self.words["footer.draft"], 9, bold=True, colour=DRAFT)
        return top

    # --- helpers ---------------------------------------------------------------------------

    def _heading(self, top: float, text: str) -> float:
        """A section heading with a coloured bar; returns the top of the section's body."""
        self.pen.box(LEFT, top - 14, 3, 11, fill=HEADING)
        self.pen.text(LEFT + 8, top - 12, text, 10.5, bold=True, colour=HEADING)
        return top - 18

    def _watermark(self) -> None:
        canvas = self.pen.canvas
        canvas.saveState()
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(35)
        self.pen.text(0, -30, self.words["watermark"], 96, "center", colour=WATERMARK)
        canvas.restoreState()
        self.pen.forget_colours()


def table_shape(count: int, totals: int, height: float) -> tuple[int, float]:
    """One or two columns, and the row height, that fit `count` lines and totals in `height`."""
    columns = 1 if height / (count + 1 + totals) >= 10.5 else 2
    rows = -(-count // columns) + 1 + totals
    return columns, min(15.0, height / rows)


def column_edges(x: float, width: float) -> list[float]:
    """The x of each breakdown column's edges: code, name, count, value, coefficient, subtotal."""
    numbers = (0.14, 0.16, 0.14, 0.19) if width > 300 else (0.08, 0.13, 0.12, 0.16)
    code = width * (0.09 if width > 300 else 0.11)
    name = width - code - width * sum(numbers)
    edges = [x, x + code, x + code + name]
    for share in numbers:
        edges.append(edges[-1] + width * share)
    return edges


def draw_qr(canvas: Canvas, code: str, x: float, y: float, size: float) -> None:
    """The verification code as a black QR code, `size` points square, lower left at (x, y).

    Drawn as a flowable rather than a graphics Drawing, which would add an unembedded
    Helvetica to every slip; its colour stays inside q … Q, leaving the caller's in force.
    """
    canvas.saveState()
    canvas.setFillColor(black)
    QrCode(code, width=size, height=size, qrBorder=0, qrLevel="M").drawOn(canvas, x, y)
    canvas.restoreState()
