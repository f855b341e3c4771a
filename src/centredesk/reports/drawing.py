"""Drawing on a PDF page with the slip's fonts: text in font runs, fitted text, rules, boxes."""

import logging

from reportlab.lib.colors import Color, black
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from centredesk.reports.fonts import SlipFonts, printable

log = logging.getLogger(__name__)

SMALLEST_SIZE = 5.0


class Pen:
    """Draws on one canvas; every character goes in a font that has it (see SlipFonts)."""

    def __init__(self, canvas: Canvas, fonts: SlipFonts) -> None:
        self.canvas = canvas
        self.fonts = fonts
        # The colours and line width in force, so that a run of texts or rules sets them once.
        self._fill: Color | None = None
        self._stroke: tuple[Color, float] | None = None

    def width(self, text: str, size: float) -> float:
        return self.fonts.width(text, size)

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        align: str = "left",
        bold: bool = False,
        colour: Color = black,
        width: float | None = None,
    ) -> None:
        """Draw `text` on the baseline `y`, left-aligned at `x`, centred on it, or right of it.

        `width` is the text's width at `size` when the caller has measured it already.
        """
        text = printable(text)
        if align != "left":
            width = self.width(text, size) if width is None else width
            x -= width if align == "right" else width / 2
        words = self.canvas.beginText(x, y)
        if colour != self._fill:
            words.setFillColor(colour)
        if bold:
            # The bundled font has one weight; a thin outline of the same colour thickens it.
            words.setStrokeColor(colour)
            words.setTextRenderMode(2)
        self._runs(words, text, size)
        if not bold:
            self._fill = colour
            self.canvas.drawText(words)
            return

        # The outline's colour, render mode and width outlive the text: keep them in q … Q.
        self.canvas.saveState()
        self.canvas.setLineWidth(size * 0.04)
        self.canvas.drawText(words)
        self.canvas.restoreState()

    def _runs(self, words: PDFTextObject, text: str, size: float) -> None:
        """Add `text` to the text object, each run in its font."""
        runs = self.fonts.runs(text)
        for font, piece in runs[:-1]:
            words.setFont(font, size)
            words.textOut(piece)
        if runs:
            # textLine, unlike textOut, does not measure the text again to advance the cursor;
            # with no leading its line feed stays on the baseline, as text extraction expects.
            words.setFont(runs[-1][0], size, leading=0)
            words.textLine(runs[-1][1])

    def fitted(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        room: float,
        align: str = "left",
        colour: Color = black,
    ) -> None:
        """Draw `text` within `room` points of width, in a smaller size when it is too wide."""
        width = self.width(text, size)
        if width > room:
            smaller = max(SMALLEST_SIZE, size * room / width)
            width, size = width * smaller / size, smaller
        self.text(x, y, text, size, align=align, colour=colour, width=width)

    def wrap(self, text: str, size: float, room: float) -> list[str]:
        """`text` broken into lines no wider than `room`; Chinese breaks between any two."""
        lines: list[str] = []
        for paragraph in text.splitlines() or [""]:
            line, width = "", 0.0
            for char in paragraph:
                advance = self.width(char, size)
                if line and width + advance > room:
                    lines.append(line)
                    line, width = "", 0.0
                line, width = line + char, width + advance
            lines.append(line)
        return lines

    def set_fill(self, colour: Color) -> None:
        self.canvas.setFillColor(colour)
        self._fill = colour

    def forget_colours(self) -> None:
        """After a restored graphics state the colours are the saved ones, unknown here."""
        self._fill = self._stroke = None

    def rule(self, x1: float, y1: float, x2: float, y2: float, width: float, colour: Color) -> None:
        self._set_stroke(colour, width)
        self.canvas.line(x1, y1, x2, y2)

    def box(
        self,
        x: float,
        y: float,
        width: float,
        height: float,
        fill: Color | None = None,
        stroke: Color | None = None,
    ) -> None:
        """A rectangle from its lower-left corner, filled and/or outlined."""
        if fill is not None:
            self.set_fill(fill)
        if stroke is not None:
            self._set_stroke(stroke, 0.5)
        self.canvas.rect(x, y, width, height, stroke=int(stroke is not None), fill=int(bool(fill)))

    def _set_stroke(self, colour: Color, width: float) -> None:
        if self._stroke != (colour, width):
            self.canvas.setStrokeColor(colour)
            self.canvas.setLineWidth(width)
            self._stroke = (colour, width)
