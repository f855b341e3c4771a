"""200 appraisal slips against bare reportlab drawing 200 pages of the same font and text.

Both sides start from the same slips' figures, already read from the benchmark centre, and
write each page as its own PDF into memory, with the bundled font registered once before
timing. The floor draws every text of a slip with one drawString in the bundled font, the
same rules and the same QR code, with no layout: what is left is the price of laying out.
"""

import gc
import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from benchmarks.data import Centre
from benchmarks.harness import Result
from centredesk.reports.figures import line_cells, printed_figures
from centredesk.reports.fonts import PRIMARY, default_fonts
from centredesk.reports.labels import FIGURE_KEYS, labels
from centredesk.reports.slip import SlipPage, draw_qr
from centredesk.reports.slips import render_pdf, slip_pages, write_slips
from centredesk.services.breakdown import month_breakdowns
from centredesk.services.context import Actor, Context
from centredesk.storage.database import open_database
from centredesk.storage.locations import sqlite_url

SLIPS = 200


def read_pages(ctx: Context, centre: Centre) -> list[SlipPage]:
    """The first SLIPS slips of the centre's last months, as the batch would print them."""
    months = [centre.last.previous(), centre.last]
    with ctx.database.transaction() as session:
        breakdowns = [b for month in months for b in month_breakdowns(session, month)]
        return slip_pages(session, breakdowns[:SLIPS])


def ours(pages: list[SlipPage]) -> list[bytes]:
    fonts = default_fonts()
    return [render_pdf([page], fonts) for page in pages]


def bare(pages: list[SlipPage]) -> list[bytes]:
    return [_bare_page(page) for page in pages]


def _bare_page(page: SlipPage) -> bytes:
    """One page with the slip's texts in rows and columns, its rules and its QR code."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=PRIMARY)
    for number, text in enumerate(_texts(page)):
        canvas.setFont(PRIMARY, 9)
        canvas.drawString(40 + (number % 6) * 86, 800 - (number // 6) * 9, text)
    for number in range(60):
        canvas.line(40, 60 + number * 12, 555, 60 + number * 12)
    draw_qr(canvas, page.code, 493, 30, 62)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _texts(page: SlipPage) -> list[str]:
    words = labels()
    figures = printed_figures(page.breakdown, words)
    texts = [text for key in FIGURE_KEYS for text in (words[f"figure.{key}"], figures[key])]
    for line in page.breakdown.lines or ():
        texts += [line.item, line.name, *line_cells(line)]
    sections = ("title", "section.breakdown", "section.result", "section.events", "formula")
    texts += [words[key] for key in sections] + [page.code, words["footer.how"]]
    return texts + [words[key] for key in ("sign.doctor", "sign.head", "sign.director")]


def scenarios(centre: Centre, quick: bool) -> list[Result]:
    ctx = Context(open_database(sqlite_url(centre.path)), Actor.local_administrator())
    started = time.perf_counter()
    pages = read_pages(ctx, centre)
    reading = time.perf_counter() - started
    repeat = 2 if quick else 5

    ours(pages[:5])
    bare(pages[:5])
    floor, mine = interleaved(lambda: bare(pages), lambda: ours(pages), repeat)
    size = sum(len(pdf) for pdf in ours(pages)) / len(pages)
    lines = sum(len(page.breakdown.lines or ()) for page in pages) / len(pages)
    note = (
        f"{len(pages)} slips, {lines:.0f} breakdown lines each on average; "
        f"{size / 1024:.0f} KiB per one-page PDF; reading their figures took {reading:.2f} s"
    )
    return [Result("slips: 200 one-page PDFs", mine, floor, 1.3, note), _batch(ctx, centre)]


def interleaved(floor: Callable, ours: Callable, repeat: int) -> tuple[float, float]:
    """The best of `repeat` runs of each, in turns, in CPU seconds of this process.

    Both are single-threaded and CPU-bound, so CPU time measures them; wall time on a shared
    two-core machine measures the neighbours too.
    """
    floors, ourses = [], []
    for _ in range(repeat):
        for function, times in ((floor, floors), (ours, ourses)):
            gc.collect()
            started = time.process_time()
            function()
            times.append(time.process_time() - started)
    return min(floors), min(ourses)


def _batch(ctx: Context, centre: Centre) -> Result:
    """The month's batch as `centredesk slips` writes it, against the same pages drawn bare."""
    with tempfile.TemporaryDirectory() as folder:
        started = time.process_time()
        batch = write_slips(ctx, centre.last, Path(folder))
        elapsed = time.process_time() - started
        combined = batch.combined.stat().st_size / len(batch.files)
    with ctx.database.transaction() as session:
        pages = slip_pages(session, month_breakdowns(session, centre.last))
    floor, _ = interleaved(lambda: bare(pages), lambda: None, 1)
    note = (
        f"{len(batch.files)} slips of {centre.last} read, drawn twice (own file and the "
        f"combined file) and written; combined file {combined / 1024:.0f} KiB per page"
    )
    return Result("slips: a month's batch, end to end", elapsed, floor, 3.0, note)


if __name__ == "__main__":
    from benchmarks.data import build
    from benchmarks.harness import table

    print(table(scenarios(build(), quick="--quick" in sys.argv)))
