"""The volunteer service certificate (志愿服务证明): one A4 page for any period (SPEC §4).

It states who served, from when to when, the approved hours by service area, the star
level reached, the issuing centre and date, with a box for the centre's stamp and a
verification code. The code is `CV-V0001-YYYYMMDD-YYYYMMDD-XXXXXXXX`: the volunteer, the
period, and eight Crockford base32 characters of an HMAC-SHA256 over the printed figures
under the centre's secret, so `centredesk volunteers verify CODE` can confirm them.
"""

import hashlib
import hmac
import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from centredesk import __version__
from centredesk.model.numbers import plain
from centredesk.reports.drawing import Pen
from centredesk.reports.fonts import PRIMARY, SlipFonts
from centredesk.reports.slip import draw_qr
from centredesk.reports.verification import crockford

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT, RIGHT = 64.0, PAGE_WIDTH - 64.0
WIDTH = RIGHT - LEFT
INK = HexColor("#1a1a1a")
MUTED = HexColor("#5f6b76")
HEADING = HexColor("#8a1c1c")
FRAME = HexColor("#b08d57")
SHADE = HexColor("#f6f1e7")
STAMP = HexColor("#c0392b")
STARS = 5
CODE_PATTERN = re.compile(r"(?i:CV)-(V\d+)-(\d{8})-(\d{8})-([0-9A-Za-z]{8})")
_DOMAIN = b"centredesk certificate v1\n"

WORDS = {
    "title": "志愿服务证明",
    "body": (
        "兹证明 {name}（志愿者编号 {number}，身份证号 {id}）于 {first} 至 {last} 期间"
        "在本中心参加志愿服务，经审核的服务时长共计 {hours} 小时。"
    ),
    "table.area": "服务领域",
    "table.hours": "服务时长（小时）",
    "table.total": "合计",
    "table.none": "本期间无经审核的服务时长。",
    "level": "星级",
    "level.text": "截至 {last}，累计经审核服务时长 {hours} 小时，为{stars}志愿者。",
    "level.none": "截至 {last}，累计经审核服务时长 {hours} 小时，尚未达到一星。",
    "stars": {1: "一星", 2: "二星", 3: "三星", 4: "四星", 5: "五星"},
    "issuer": "出具单位",
    "issued": "出具日期",
    "stamp": "（盖章）",
    "footer.code": "核验码",
    "footer.how": "核验：在 CentreDesk 中运行 centredesk volunteers verify 核验码",
    "footer.printed": "打印时间 {at}",
}


@dataclass(frozen=True)
class CertificatePage:
    """What a certificate shows: the volunteer, the period and its approved hours."""

    centre: str
    number: str
    name: str
    masked_id: str
    first: date
    last: date
    hours_by_area: tuple[tuple[str, Decimal], ...]
    cumulative_hours: Decimal
    level: int
    issued: date
    code: str = ""

    @property
    def total_hours(self) -> Decimal:
        return sum((hours for _, hours in self.hours_by_area), Decimal(0))


def canonical(page: CertificatePage) -> str:
    """The text a code signs: the figures a verification recomputes (not the issue date)."""
    lines = [
        f"number={page.number}",
        f"name={page.name}",
        f"period={page.first.isoformat()}..{page.last.isoformat()}",
        *(f"area {area}={plain(hours)}" for area, hours in page.hours_by_area),
        f"total={plain(page.total_hours)}",
        f"cumulative={plain(page.cumulative_hours)}",
        f"level={page.level}",
    ]
    return "\n".join(lines)


def certificate_code(secret: bytes, page: CertificatePage) -> str:
    """CV-V0001-20250101-20251231-XXXXXXXX for the page's figures."""
    digest = hmac.new(secret, _DOMAIN + canonical(page).encode(), hashlib.sha256).digest()
    period = f"{page.first:%Y%m%d}-{page.last:%Y%m%d}"
    return f"CV-{page.number}-{period}-{crockford(digest[:5])}"


def render_certificate(page: CertificatePage, fonts: SlipFonts) -> bytes:
    """The certificate as PDF bytes."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=PRIMARY, initialFontSize=10)
    canvas.setCreator(f"CentreDesk {__version__}")
    canvas.setAuthor(page.centre or "CentreDesk")
    canvas.setTitle(f"{WORDS['title']} {page.name} {page.first}–{page.last}")
    _Certificate(Pen(canvas, fonts), page).draw()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


_WORD = re.compile(r"[0-9A-Za-z.*\-]+|.", re.DOTALL)
# Chinese punctuation that may not begin a line: it stays at the end of the one before.
_NO_LINE_START = set("，。、）：；！？")


def wrap_words(pen: Pen, text: str, size: float, room: float) -> list[str]:
    """`text` in lines no wider than `room`, breaking between Chinese characters but never
    inside a number, a date's digits or a Latin word."""
    lines, line = [], ""
    for word in _WORD.findall(text):
        too_wide = line and pen.width(line + word, size) > room
        if too_wide and word not in _NO_LINE_START:
            lines.append(line)
            line = word.lstrip()
        else:
            line += word
    return [*lines, line]


def stars_text(level: int) -> str:
    return "★" * level + "☆" * (STARS - level)


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


class _Certificate:
    """The drawing of one certificate, from the top of the page down."""

    def __init__(self, pen: Pen, page: CertificatePage) -> None:
        self.pen = pen
        self.page = page

    def draw(self) -> None:
        self._frame()
        y = self._heading(PAGE_HEIGHT - 96)
        y = self._body(y - 30)
        y = self._table(y - 18)
        y = self._level(y - 30)
        self._issuer(y - 40)
        self._footer(52)

    def _frame(self) -> None:
        self.pen.box(34, 34, PAGE_WIDTH - 68, PAGE_HEIGHT - 68, stroke=FRAME)
        self.pen.box(40, 40, PAGE_WIDTH - 80, PAGE_HEIGHT - 80, stroke=FRAME)

    def _heading(self, top: float) -> float:
        if self.page.centre:
            self.pen.text(PAGE_WIDTH / 2, top, self.page.centre, 14, "center", colour=INK)
        self.pen.text(PAGE_WIDTH / 2, top - 46, WORDS["title"], 30, "center", True, HEADING)
        self.pen.rule(LEFT + 60, top - 62, RIGHT - 60, top - 62, 1.2, FRAME)
        return top - 62

    def _body(self, top: float) -> float:
        page = self.page
        text = WORDS["body"].format(
            name=page.name,
            number=page.number,
            id=page.masked_id,
            first=chinese_date(page.first),
            last=chinese_date(page.last),
            hours=plain(page.total_hours),
        )
        y = top
        for line in wrap_words(self.pen, "\u3000\u3000" + text, 14, WIDTH):
            self.pen.text(LEFT, y, line, 14, colour=INK)
            y -= 28
        return y

    def _table(self, top: float) -> float:
        rows = [(area, plain(hours)) for area, hours in self.page.hours_by_area]
        if not rows:
            self.pen.text(LEFT, top - 14, WORDS["table.none"], 11, colour=MUTED)
            return top - 20
        height = 24.0
        self._table_row(top, height, WORDS["table.area"], WORDS["table.hours"], MUTED, shade=True)
        y = top - height
        for area, hours in rows:
            self._table_row(y, height, area, hours, INK)
            y -= height
        total = plain(self.page.total_hours)
        self._table_row(y, height, WORDS["table.total"], total, INK, shade=True)
        return y - height

    def _table_row(self, top, height, left_text, right_text, colour, shade=False) -> None:
        x, width = LEFT + 40, WIDTH - 80
        if shade:
            self.pen.box(x, top - height, width, height, fill=SHADE)
        self.pen.rule(x, top - height, x + width, top - height, 0.4, FRAME)
        baseline = top - height + 8
        self.pen.fitted(x + 10, baseline, left_text, 12, width * 0.6, colour=colour)
        self.pen.text(x + width - 10, baseline, right_text, 12, "right", colour=colour)

    def _level(self, top: float) -> float:
        page = self.page
        self.pen.text(LEFT, top, WORDS["level"], 12, bold=True, colour=HEADING)
        self.pen.text(LEFT + 40, top - 2, stars_text(page.level), 20, colour=HEADING)
        words = WORDS["level.text"] if page.level else WORDS["level.none"]
        text = words.format(
            last=chinese_date(page.last),
            hours=plain(page.cumulative_hours),
            stars=WORDS["stars"].get(page.level, ""),
        )
        y = top - 28
        for line in wrap_words(self.pen, text, 12.5, WIDTH):
            self.pen.text(LEFT, y, line, 12.5, colour=INK)
            y -= 22
        return y

    def _issuer(self, top: float) -> None:
        issuer = f"{WORDS['issuer']}：{self.page.centre}"
        self.pen.fitted(RIGHT, top, issuer, 13, WIDTH, "right", colour=INK)
        issued = chinese_date(self.page.issued)
        self.pen.text(RIGHT, top - 30, f"{WORDS['issued']}：{issued}", 13, "right", colour=INK)
        # The stamp goes over the issuer's name, as a centre stamps its certificates.
        self._stamp(RIGHT - 80, top - 10)

    def _stamp(self, x: float, y: float) -> None:
        canvas = self.pen.canvas
        canvas.saveState()
        canvas.setStrokeColor(STAMP)
        canvas.setDash(3, 3)
        canvas.setLineWidth(0.8)
        canvas.circle(x, y, 50)
        canvas.restoreState()
        self.pen.text(x, y - 38, WORDS["stamp"], 9, "center", colour=STAMP)

    def _footer(self, bottom: float) -> None:
        size = 54.0
        draw_qr(self.pen.canvas, self.page.code, RIGHT - size, bottom, size)
        y = bottom + size - 12
        self.pen.text(LEFT, y, WORDS["footer.code"], 9, colour=MUTED)
        self.pen.text(LEFT + 44, y, self.page.code, 10.5, bold=True, colour=INK)
        self.pen.text(LEFT, y - 16, WORDS["footer.how"], 8, colour=MUTED)
        printed = WORDS["footer.printed"].format(at=f"{datetime.now():%Y-%m-%d %H:%M}")
        self.pen.text(LEFT, y - 30, f"{printed} · CentreDesk {__version__}", 8, colour=MUTED)
