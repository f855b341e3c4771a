"""Verification codes: their form, what they cover, and reading them back from a person."""

import re
from dataclasses import replace
from decimal import Decimal
from io import BytesIO

import pytest
from pypdf import PdfReader

from centredesk.reports.fonts import SlipFonts
from centredesk.reports.slips import render_pdf
from centredesk.reports.verification import (
    check_of,
    compare_printed,
    crockford,
    parse_code,
    slip_code,
)
from centredesk.services.errors import Refused
from tests.reports.factories import make_breakdown, make_page

SECRET = bytes(range(32))


def test_crockford_base32_takes_five_bits_to_a_character_without_i_l_o_or_u():
    assert crockford(bytes(5)) == "00000000"
    assert crockford(b"\xff" * 5) == "ZZZZZZZZ"
    assert crockford((1 << 35).to_bytes(5, "big")) == "10000000"
    assert crockford((18).to_bytes(5, "big")) == "0000000J"


def test_a_code_names_its_month_and_staff_number_and_reads_back_as_a_person_types_it():
    row = make_breakdown().row

    code = slip_code(SECRET, row, draft=False)

    assert re.fullmatch(r"CD-202611-D001-[0-9A-HJKMNP-TV-Z]{8}", code)
    check = code[-8:]
    typed = code[:-8] + check.lower().replace("0", "o").replace("1", "l")
    assert parse_code(typed).check == check
    assert (str(parse_code(code).month), parse_code(code).staff_no) == ("2026-11", "D001")


def test_the_code_changes_with_the_draft_flag_the_secret_and_every_printed_figure():
    row = make_breakdown().row
    signed = check_of(SECRET, row, draft=False)
    changed_rows = [
        replace(row, performance_pay=row.performance_pay + Decimal("0.01")),
        replace(row, basic_pay=Decimal("1.00")),
        replace(row, band="basic"),
        replace(row, name="王医师"),
        replace(row, equivalents=Decimal("1000.01")),
    ]

    assert check_of(SECRET, row, draft=True) != signed
    assert check_of(b"another centre", row, draft=False) != signed
    assert all(check_of(SECRET, changed, draft=False) != signed for changed in changed_rows)


@pytest.mark.parametrize(
    "text",
    ["hello", "CD-2026-D004-ABCDEFGH", "CD-202613-D004-ABCDEFGH", "CD-202611-D004-ABCDEFGU"],
)
def test_what_is_not_a_code_is_refused(text):
    with pytest.raises(Refused):
        parse_code(text)


def _slip_text(breakdown) -> str:
    pdf = render_pdf([make_page(breakdown)], SlipFonts(finder=lambda char: []))
    return PdfReader(BytesIO(pdf)).pages[0].extract_text()


def test_the_printed_figures_are_found_again_even_in_a_name_with_a_space():
    breakdown = make_breakdown(lines=4, name="Anna Smith")

    assert compare_printed(_slip_text(breakdown), breakdown) == []


def test_a_figure_changed_on_the_slip_is_named_with_both_values():
    breakdown = make_breakdown(lines=4)
    text = _slip_text(breakdown).replace("绩效工资 4050.00", "绩效工资 5050.00")
    text = text.replace("I02 服务项目第2项（含入户随访） 3", "I02 服务项目第2项（含入户随访） 30")

    assert compare_printed(text, breakdown) == [
        "performance_pay (绩效工资): slip shows 4050.00 / 5050.00, database has 4050.00",
        "breakdown I02 服务项目第2项（含入户随访）: slip shows 30 × 2.7183 × 1.00 = 8.1549, "
        "database has 3 × 2.7183 × 1.00 = 8.1549",
    ]
