"""The slips screen: preview a doctor's slip, print it, make and cancel a month's slips."""

import threading
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QThreadPool
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QPushButton

from centredesk.model.months import Month
from centredesk.reports import slips
from centredesk.services import review, workflow
from centredesk.services.context import Actor, Context
from centredesk.storage.database import open_database
from centredesk.ui.screens import slips_print
from tests.conftest import DEMO_UNTIL
from tests.databases import url_of

WAIT = 20000
MONTH = Month.parse(DEMO_UNTIL)


def _open_slips(open_main_window, db, qtbot, user: str = "admin"):
    """The main window signed in as `user`, on the slips screen with the first slip shown."""
    window = open_main_window(db, user=user)
    screen = window.show_screen("slips")
    qtbot.waitUntil(lambda: screen.preview.page_count == 1, timeout=WAIT)
    return window, screen


def _click_row(qtbot, screen, staff_no: str) -> None:
    row = next(i for i, r in enumerate(screen.model.rows()) if r.staff_no == staff_no)
    rect = screen.table.visualRect(screen.model.index(row, 1))
    with qtbot.waitSignal(screen.sig_slip_shown, timeout=WAIT) as shown:
        qtbot.mouseClick(screen.table.viewport(), _left(), pos=rect.center())
    assert shown.args == [staff_no]


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def _settle(qtbot) -> None:
    """Let background work finish, so no late answer reaches a closed window."""
    pool = QThreadPool.globalInstance()
    qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=WAIT)
    qtbot.wait(30)


def _expected_staff(db) -> list[str]:
    database = open_database(url_of(db))
    rows = review.review(Context(database, Actor("admin", "administrator")), MONTH).rows
    database.close()
    return [row.staff_no for row in rows]


def _pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_administrator_previews_a_doctors_draft_slip(open_main_window, demo_db, qtbot):
    window, screen = _open_slips(open_main_window, demo_db, qtbot)
    assert [row.staff_no for row in screen.model.rows()] == _expected_staff(demo_db)
    second = screen.model.rows()[1]

    _click_row(qtbot, screen, second.staff_no)

    document = screen.preview.document
    assert document.status() == QPdfDocument.Status.Ready and document.pageCount() == 1
    assert second.name in screen.preview.heading.text()
    # The month is not signed: the note above the preview says DRAFT, as the slip does.
    assert screen.preview.draft_note.isVisibleTo(screen)
    assert "DRAFT" in screen.preview.draft_note.text()
    assert screen.month_state.text() == "Not signed: DRAFT"
    _settle(qtbot)


def test_print_sends_the_slip_at_300_dpi_one_page(
    open_main_window, demo_db, qtbot, tmp_path, monkeypatch
):
    window, screen = _open_slips(open_main_window, demo_db, qtbot)
    printed = tmp_path / "printed.pdf"
    seen = {}
    _print_to(monkeypatch, printed, seen)

    qtbot.mouseClick(screen.preview.print_button, _left())

    assert seen["dpi"] == 300
    pages = PdfReader(printed).pages
    assert len(pages) == 1
    assert (round(pages[0].mediabox.width), round(pages[0].mediabox.height)) == (595, 842)
    assert "Sent to the printer" in screen.preview.status_label.text()
    _settle(qtbot)


def test_the_month_is_made_as_one_file_per_doctor_and_one_for_the_printer(
    open_main_window, demo_db, qtbot, tmp_path, monkeypatch
):
    window, screen = _open_slips(open_main_window, demo_db, qtbot)
    staff = screen.model.rows()
    assert not screen.print_month_button.isEnabled() and not screen.open_folder_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path))
    opened = []
    monkeypatch.setattr(
        "centredesk.ui.screens.slips_screen.QDesktopServices.openUrl", opened.append
    )

    with qtbot.waitSignal(screen.runner.sig_batch_finished, timeout=60000) as finished:
        qtbot.mouseClick(screen.make_button, _left())
    batch = finished.args[0]

    folder = tmp_path / str(MONTH)
    names = sorted(path.name for path in folder.iterdir())
    assert names == sorted([f"all-{MONTH}.pdf", *(path.name for path in batch.files)])
    assert len(batch.files) == len(staff)
    assert len(PdfReader(folder / f"all-{MONTH}.pdf").pages) == len(staff)
    first = batch.files[0]
    assert first.name.startswith(staff[0].staff_no) and staff[0].name in _pdf_text(first)
    assert "Wrote" in screen.message.text() and "DRAFT" in screen.message.text()

    qtbot.mouseClick(screen.open_folder_button, _left())
    assert [url.toLocalFile() for url in opened] == [str(folder)]

    # Printing the month sends the combined file page by page; Cancel stops between pages.
    # The second page waits for the click, so that a fast printer cannot finish first.
    printed = tmp_path / "printer.pdf"
    _print_to(monkeypatch, printed)
    clicked = threading.Event()
    draw_page = slips_print._draw_page

    def draw_then_wait(painter, document, page, dpi):
        draw_page(painter, document, page, dpi)
        if page >= 1:
            clicked.wait(WAIT / 1000)

    monkeypatch.setattr(slips_print, "_draw_page", draw_then_wait)
    with qtbot.waitSignal(screen.runner.sig_month_printed, timeout=60000) as done:
        qtbot.mouseClick(screen.print_month_button, _left())
        dialog = screen.runner.progress_dialog
        qtbot.waitUntil(lambda: dialog.value() >= 1, timeout=WAIT)
        qtbot.mouseClick(dialog.findChild(QPushButton), _left())
        clicked.set()
    pages = done.args[0]
    assert 1 <= pages < len(staff)
    assert len(PdfReader(printed).pages) == pages
    assert f"Sent {pages} of {len(staff)} pages" in screen.message.text()
    _settle(qtbot)


def _print_to(monkeypatch, path: Path, seen: dict | None = None) -> None:
    """The print dialog accepts at once and the printer writes `path`, as a PDF printer."""

    def accept(dialog):
        printer = dialog.printer()
        if seen is not None:
            seen["dpi"] = printer.resolution()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)


def test_cancel_stops_after_whole_slips_and_makes_no_combined_file(
    open_main_window, demo_db, qtbot, tmp_path, monkeypatch
):
    window, screen = _open_slips(open_main_window, demo_db, qtbot)
    total = len(screen.model.rows())
    # The second slip waits for the click, so that a fast machine cannot finish first.
    clicked = threading.Event()
    write_file = slips._write_file
    written_files = []

    def write_then_wait(path, data):
        write_file(path, data)
        written_files.append(path)
        if len(written_files) >= 2:
            clicked.wait(WAIT / 1000)

    monkeypatch.setattr(slips, "_write_file", write_then_wait)
    with qtbot.waitSignal(screen.runner.sig_batch_finished, timeout=60000) as finished:
        screen.make_month_slips(tmp_path)
        dialog: QProgressDialog = screen.runner.progress_dialog
        qtbot.waitUntil(lambda: dialog.value() >= 1, timeout=WAIT)
        qtbot.mouseClick(dialog.findChild(QPushButton), _left())
        clicked.set()
    batch = finished.args[0]

    assert batch.cancelled and batch.combined is None
    written = sorted((tmp_path / str(MONTH)).iterdir())
    assert 1 <= len(written) < total
    assert written == sorted(batch.files)
    # Every file left is a whole slip: no partial file, none that fails to open.
    assert all(len(PdfReader(path).pages) == 1 for path in written)
    assert "Cancelled after" in screen.message.text()
    assert screen.make_button.isEnabled() and not screen.print_month_button.isEnabled()
    _settle(qtbot)


def test_a_doctor_sees_only_their_own_slip(open_main_window, demo_db, qtbot):
    window, screen = _open_slips(open_main_window, demo_db, qtbot, user="D004")

    assert [row.staff_no for row in screen.model.rows()] == ["D004"]
    assert screen.preview.heading.text().startswith("D004 ")
    assert screen.preview.print_button.isEnabled()
    # Making every doctor's slips is for the administrator and the director.
    assert not screen.make_button.isVisibleTo(screen)
    _settle(qtbot)


def test_a_signed_month_picked_has_no_draft_note(open_main_window, demo_db, qtbot):
    earlier = MONTH.previous()
    database = open_database(url_of(demo_db))
    workflow.mark_reviewed(Context(database, Actor("admin", "administrator")), earlier)
    workflow.sign(Context(database, Actor("director", "director")), earlier)
    database.close()
    window, screen = _open_slips(open_main_window, demo_db, qtbot)
    assert screen.preview.draft_note.isVisibleTo(screen)

    with qtbot.waitSignal(screen.sig_slips_listed, timeout=WAIT) as listed:
        screen.month_edit.setDate(screen.month_edit.date().addMonths(-1))

    assert listed.args[0].month == earlier and listed.args[0].signed
    assert {row.month for row in screen.model.rows()} == {earlier}
    qtbot.waitUntil(lambda: screen.preview.page_count == 1, timeout=WAIT)
    assert str(earlier) in screen.preview.heading.text()
    assert screen.month_state.text() == "Signed"
    assert not screen.preview.draft_note.isVisibleTo(screen)
    _settle(qtbot)


def test_a_month_without_a_policy_says_why(open_main_window, demo_db, qtbot):
    window, screen = _open_slips(open_main_window, demo_db, qtbot)

    with qtbot.waitSignal(screen.sig_slips_listed, timeout=WAIT) as listed:
        screen.month_edit.setDate(screen.month_edit.date().addYears(-5))

    assert listed.args[0] is None and screen.model.rowCount() == 0
    assert f"no policy for {MONTH.year - 5}" in screen.message.text()
    assert screen.message.isVisibleTo(screen) and not screen.make_button.isEnabled()
    assert screen.preview.page_count == 0 and not screen.preview.print_button.isEnabled()
    _settle(qtbot)
