"""The slip's figures from the database: who may see them, and a signed month's staying put."""

from io import BytesIO

import pytest
from pypdf import PdfReader

from centredesk.model.months import Month
from centredesk.model.numbers import r2
from centredesk.reports.slips import doctor_slip
from centredesk.reports.verification import verify_code
from centredesk.services.breakdown import doctor_breakdown
from centredesk.services.context import Actor, Context
from centredesk.services.errors import PermissionDenied, Refused
from centredesk.services.workflow import mark_reviewed, reopen, sign
from centredesk.storage.database import open_database
from tests.conftest import DEMO_UNTIL
from tests.databases import execute, url_of

MONTH = Month.parse(DEMO_UNTIL)
ADMINISTRATOR = Actor("admin", "administrator")
DIRECTOR = Actor("director", "director")
DOCTOR_D004 = Actor("d1", "doctor", staff_no="D004")


def _context(db, actor: Actor) -> Context:
    return Context(open_database(url_of(db)), actor)


def _sql(db, statement: str, **parameters) -> None:
    execute(db, statement, **parameters)


def test_a_doctor_reaches_their_own_slip_and_nobody_elses(demo_db):
    ctx = _context(demo_db, DOCTOR_D004)

    assert doctor_breakdown(ctx, MONTH, "D004").staff_no == "D004"
    assert PdfReader(BytesIO(doctor_slip(ctx, MONTH, "D004"))).pages
    with pytest.raises(PermissionDenied):
        doctor_breakdown(ctx, MONTH, "D005")
    with pytest.raises(PermissionDenied):
        doctor_slip(ctx, MONTH, "D005")
    with pytest.raises(PermissionDenied):
        verify_code(ctx, "CD-202611-D005-00000000")


def test_the_breakdown_lines_add_up_to_the_months_equivalents_and_bonus(demo_db):
    breakdown = doctor_breakdown(_context(demo_db, ADMINISTRATOR), MONTH, "D027")

    regular = sum(line.subtotal for line in breakdown.lines if not line.is_bonus)
    bonus = sum(line.subtotal for line in breakdown.lines if line.is_bonus)
    assert r2(regular) == breakdown.row.equivalents
    assert r2(bonus) == breakdown.row.bonus_equivalents > 0
    assert not breakdown.signed


def test_a_signed_month_keeps_the_breakdown_it_was_signed_with(demo_db):
    admin, director = _context(demo_db, ADMINISTRATOR), _context(demo_db, DIRECTOR)
    mark_reviewed(admin, MONTH)
    sign(director, MONTH)
    signed = doctor_breakdown(admin, MONTH, "D004")
    _sql(
        demo_db,
        "UPDATE item_values SET equivalents = '9' WHERE item_id = "
        "(SELECT id FROM items WHERE code = 'GPV')",
    )

    assert doctor_breakdown(admin, MONTH, "D004") == signed
    assert signed.signed
    reopen(director, MONTH, "GP consultation re-valued")
    reopened = doctor_breakdown(admin, MONTH, "D004")
    assert {line.equivalents for line in reopened.lines if line.item == "GPV"} == {9}
    assert reopened.row.equivalents > signed.row.equivalents


def test_the_doctors_comment_is_printed_on_the_slip(demo_db):
    _sql(
        demo_db,
        "INSERT INTO comments (month, staff_id, author, at, text, resolved) VALUES (:month, "
        "(SELECT id FROM staff WHERE staff_no = 'D004'), '沈慧', :at, "
        "'随访数量少记了3例，已补录。', false)",
        month=DEMO_UNTIL,
        at="2026-12-01 09:30:00",
    )
    ctx = _context(demo_db, ADMINISTRATOR)

    assert [note.text for note in doctor_breakdown(ctx, MONTH, "D004").comments] == [
        "随访数量少记了3例，已补录。"
    ]
    text = PdfReader(BytesIO(doctor_slip(ctx, MONTH, "D004"))).pages[0].extract_text()
    assert "沈慧：随访数量少记了3例，已补录。" in text


def test_a_doctor_without_an_appraisal_in_the_month_has_no_slip(demo_db):
    with pytest.raises(Refused, match="D999 has no appraisal in 2026-11"):
        doctor_breakdown(_context(demo_db, ADMINISTRATOR), MONTH, "D999")
