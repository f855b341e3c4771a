"""Writing appraisal slips: one doctor's, or a whole month's for the printer (SPEC §6).

The batch runs without any Qt, so the desktop can call it from a worker thread: it reports
`progress(done, total)` after each slip and stops when that returns False.
"""

import io
import logging
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from centredesk import __version__
from centredesk.model.months import Month
from centredesk.reports.fonts import PRIMARY, SlipFonts, default_fonts
from centredesk.reports.labels import labels
from centredesk.reports.slip import SlipPage, draw_slip
from centredesk.reports.verification import slip_code
from centredesk.services.breakdown import DoctorBreakdown, find_breakdown, month_breakdowns
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context
from centredesk.services.errors import Refused
from centredesk.services.settings import setting_value, slip_secret

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]
# Characters Windows refuses in file names, and control characters.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


@dataclass(frozen=True)
class SlipBatch:
    """What a batch wrote: one file per doctor and the combined file for the printer."""

    month: Month
    folder: Path
    files: tuple[Path, ...]
    combined: Path | None
    draft: bool
    cancelled: bool = False


def doctor_slip(ctx: Context, month: Month, staff_no: str) -> bytes:
    """One doctor's slip of `month` as PDF bytes; a doctor may only have their own."""
    ctx.require_staff(staff_no)
    with ctx.database.transaction() as session:
        breakdowns = month_breakdowns(session, month)
        page = slip_pages(session, [find_breakdown(breakdowns, month, staff_no)])[0]
    fonts = default_fonts()
    refuse_unprintable(fonts, [page])
    return render_pdf([page], fonts)


def write_slips(
    ctx: Context, month: Month, out: Path, progress: Progress | None = None
) -> SlipBatch:
    """Write every doctor's slip of `month` into OUT/YYYY-MM/, and one file with them all.

    Refused before writing anything when a slip cannot be printed (a character without a font).
    """
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.transaction() as session:
        pages = slip_pages(session, month_breakdowns(session, month))
    if not pages:
        raise Refused(f"{month} has no appraised doctors: there are no slips to write")
    fonts = default_fonts()
    refuse_unprintable(fonts, pages)

    folder = out / str(month)
    _make_folder(folder)
    batch = _write_batch(folder, month, pages, fonts, progress)
    _log_batch(batch, len(pages))
    return batch


def slip_pages(session: Session, breakdowns: Iterable[DoctorBreakdown]) -> list[SlipPage]:
    """The slips of `breakdowns`, each with its verification code, printed now."""
    secret = slip_secret(session)
    centre = setting_value(session, "centre_name")
    now = datetime.now()
    return [
        SlipPage(b, centre, slip_code(secret, b.row, draft=not b.signed), now) for b in breakdowns
    ]


def refuse_unprintable(fonts: SlipFonts, pages: list[SlipPage]) -> None:
    """Refuse when any slip has a character that no font here can draw, naming each one."""
    reasons = []
    for page in pages:
        row = page.breakdown.row
        for where, text in slip_texts(page):
            for char in fonts.missing(text):
                reasons.append(
                    f"the slip of {row.staff_no} {row.name} cannot be printed: {char} "
                    f"(U+{ord(char):04X}) in {where} is in no font on this PC"
                )
    if reasons:
        hint = (
            "install a font with CJK Extensions A and B (Linux: fonts-hanazono; "
            "Windows: SimSun and SimSun-ExtB) and try again"
        )
        raise Refused("\n".join([*dict.fromkeys(reasons), hint]))


def slip_texts(page: SlipPage) -> list[tuple[str, str]]:
    """Every text of a slip that comes from the database, with where it is printed."""
    breakdown = page.breakdown
    texts = [
        ("the centre name", page.centre),
        ("the name", breakdown.row.name),
        ("the post", breakdown.post_name),
        ("the title", breakdown.title_name),
    ]
    texts += [(f"item {line.item}", line.name) for line in breakdown.lines or ()]
    texts += [(f"the event of {event.day}", event.note) for event in breakdown.events]
    texts += [("a comment", f"{note.author}{note.text}") for note in breakdown.comments]
    return texts


def render_pdf(pages: list[SlipPage], fonts: SlipFonts) -> bytes:
    """The PDF of `pages`, one slip to a page."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, pages)
    for page in pages:
        draw_slip(canvas, fonts, page, labels())
    canvas.save()
    return buffer.getvalue()


def new_canvas(target, pages: list[SlipPage]) -> Canvas:
    """A canvas for slips, whose only font is the embedded one (no Helvetica reference)."""
    canvas = Canvas(target, pagesize=A4, initialFontName=PRIMARY, initialFontSize=9)
    canvas.setCreator(f"CentreDesk {__version__}")
    canvas.setAuthor(pages[0].centre or "CentreDesk")
    month = pages[0].breakdown.month
    who = pages[0].breakdown.row.name if len(pages) == 1 else f"{len(pages)}"
    canvas.setTitle(f"{labels()['title']} {month} {who}")
    return canvas


def slip_file_name(breakdown: DoctorBreakdown) -> str:
    """D004-沈慧.pdf: staff number first, so the files sort as the review does."""
    name = _UNSAFE.sub("_", f"{breakdown.staff_no}-{breakdown.row.name}").strip(" .")
    return f"{name}.pdf"


def _write_batch(
    folder: Path, month: Month, pages: list[SlipPage], fonts: SlipFonts, progress: Progress | None
) -> SlipBatch:
    combined_buffer = io.BytesIO()
    combined = new_canvas(combined_buffer, pages)
    draft = not pages[0].breakdown.signed
    files = []
    for done, page in enumerate(pages, start=1):
        path = folder / slip_file_name(page.breakdown)
        _write_file(path, render_pdf([page], fonts))
        files.append(path)
        draw_slip(combined, fonts, page, labels())
        if progress is not None and not progress(done, len(pages)):
            return SlipBatch(month, folder, tuple(files), None, draft, cancelled=True)

    combined.save()
    combined_path = folder / f"all-{month}.pdf"
    _write_file(combined_path, combined_buffer.getvalue())
    return SlipBatch(month, folder, tuple(files), combined_path, draft)


def _write_file(path: Path, data: bytes) -> None:
    """Write through a temporary name, so a printer never picks up half a file."""
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise Refused(f"{path}: cannot be written ({error.strerror})") from None


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise Refused(f"{folder}: cannot be created ({error.strerror})") from None


def _log_batch(batch: SlipBatch, total: int) -> None:
    kind = "draft slips" if batch.draft else "slips"
    if batch.cancelled:
        log.info(
            "cancelled after %d of %d %s for %s in %s",
            len(batch.files),
            total,
            kind,
            batch.month,
            batch.folder,
        )
    else:
        log.info("wrote %d %s for %s to %s", len(batch.files), kind, batch.month, batch.folder)
