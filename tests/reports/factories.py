"""Builders for the report tests: slip breakdowns of any length, and a font of rare characters."""

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

from centredesk.model.appraisal import Event
from centredesk.model.equivalents import BreakdownLine
from centredesk.reports.fonts import FontFile, SlipFonts
from centredesk.reports.slip import SlipPage
from centredesk.services.breakdown import CommentNote, DoctorBreakdown
from tests.model.factories import make_doctor, make_policy, review_one

# 𠮷 (CJK Extension B) and 䶮 (Extension A): both occur in names, neither is in the font.
RARE = "\U00020bb7\u4dae"


def make_breakdown(
    lines: int = 3,
    events: int = 0,
    comments: tuple[str, ...] = (),
    name: str = "王医生",
    signed: bool = True,
) -> DoctorBreakdown:
    """SPEC §2.7's doctor with `lines` breakdown lines, `events` violations and comments."""
    row = review_one(make_policy(), make_doctor(name=name, events=_events(events)))
    return DoctorBreakdown(
        row=row,
        post_name="全科门诊",
        title_name="主治医师",
        lines=tuple(_line(number) for number in range(lines)),
        events=_events(events),
        signed=signed,
        comments=tuple(
            CommentNote(datetime(2026, 12, 1, 9, 0), name, text, False) for text in comments
        ),
    )


def make_page(breakdown: DoctorBreakdown, code: str = "CD-202611-D001-00000000") -> SlipPage:
    return SlipPage(breakdown, "示例社区健康服务中心", code, datetime(2026, 12, 1, 10, 0))


def rare_fonts(font: Path) -> SlipFonts:
    """Slip fonts whose only fallback is the test font of rare characters."""
    return SlipFonts(finder=lambda char: [FontFile(font)])


def write_rare_font(path: Path) -> Path:
    """A TrueType font with a box glyph for each character of RARE, and nothing else."""
    codes = [ord(char) for char in RARE]
    names = [".notdef"] + [f"u{code:04X}" for code in codes]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({code: f"u{code:04X}" for code in codes})
    builder.setupGlyf({name: _box() for name in names})
    builder.setupHorizontalMetrics({name: (1000, 100) for name in names})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable(
        {"familyName": "RareTest", "styleName": "Regular", "psName": "RareTest-Regular"}
    )
    builder.setupOS2(sTypoAscender=880, usWinAscent=880, usWinDescent=120, fsType=0)
    builder.setupPost()
    builder.save(str(path))
    return path


def _box():
    pen = TTGlyphPen(None)
    pen.moveTo((100, 0))
    pen.lineTo((100, 800))
    pen.lineTo((900, 800))
    pen.lineTo((900, 0))
    pen.closePath()
    return pen.glyph()


def _line(number: int) -> BreakdownLine:
    return BreakdownLine(
        item=f"I{number:02d}",
        name=f"服务项目第{number}项（含入户随访）",
        category="基本医疗",
        count=number + 1,
        equivalents=Decimal("2.7183"),
        coefficient=Decimal("2.0") if number % 5 == 0 else Decimal("1"),
        is_bonus=False,
    )


def _events(count: int) -> tuple[Event, ...]:
    return tuple(
        Event(date(2026, 11, 2 + day), "violation", day == 0, f"第{day + 1}次违规说明")
        for day in range(count)
    )
