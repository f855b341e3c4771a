"""One page per slip, whatever the length of its breakdown, with every figure where it belongs."""

from io import BytesIO

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from centredesk.reports.fonts import SlipFonts
from centredesk.reports.slip import BOTTOM, LEFT, PAGE_WIDTH, TOP, table_shape
from centredesk.reports.slips import render_pdf
from centredesk.reports.verification import compare_printed
from tests.reports.factories import make_breakdown, make_page

FONTS = SlipFonts(finder=lambda char: [])


def _page(breakdown):
    return PdfReader(BytesIO(render_pdf([make_page(breakdown)], FONTS))).pages


def _positions(page) -> dict[str, list[tuple[float, float]]]:
    """Where each piece of text starts on the page, in points from the lower left."""
    found: dict[str, list[tuple[float, float]]] = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.setdefault(text.strip(), []).append((x, y))

    page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("lines", [0, 1, 14, 21, 35, 50])
def test_a_breakdown_of_any_length_with_events_and_comments_prints_on_one_page(lines):
    long_comment = "我对本月的工作量统计有不同意见，请核对随访记录。" * 8
    breakdown = make_breakdown(lines=lines, events=6, comments=(long_comment, "已补录"))

    pages = _page(breakdown)

    assert len(pages) == 1
    assert compare_printed(pages[0].extract_text(), breakdown) == []


def test_nothing_is_drawn_outside_the_margins_and_the_table_ends_above_the_reckoning():
    breakdown = make_breakdown(lines=50, events=6, comments=("意见" * 200,))

    positions = _positions(_page(breakdown)[0])

    points = [point for places in positions.values() for point in places]
    assert all(LEFT - 0.5 <= x < PAGE_WIDTH - LEFT and BOTTOM <= y <= TOP for x, y in points)
    lowest_line = min(y for text, places in positions.items() if text[:1] == "I" for _, y in places)
    assert lowest_line > positions["核算"][0][1] + 12


def test_the_table_shape_always_fits_its_rows_into_the_height_it_is_given():
    for count in range(0, 120):
        columns, row_height = table_shape(count, 2, 260.0)

        rows = -(-count // columns) + 1 + 2
        assert rows * row_height <= 260.0 + 1e-9
        assert columns == 1 or 260.0 / (count + 3) < 10.5


def test_a_draft_slip_is_watermarked_and_says_it_is_not_a_basis_for_pay():
    text = _page(make_breakdown(signed=False))[0].extract_text()

    assert "草稿 DRAFT" in text
    assert "考核单状态 草稿" in text
    assert "本月尚未签核，本单为草稿" in text


def test_a_signed_slip_has_signature_lines_and_no_watermark():
    text = _page(make_breakdown(signed=True))[0].extract_text()

    assert "考核单状态 已签核" in text
    assert "DRAFT" not in text
    assert all(label in text for label in ("医生签字", "科室负责人签字", "主任签字"))


def test_headings_and_the_pay_are_bold_and_the_bold_does_not_leak_into_other_text():
    page = _page(make_breakdown())[0]
    depth, mode, bold, leaked = 0, 0, [], 0

    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        if operator == b"q":
            depth += 1
        elif operator == b"Q":
            depth, mode = depth - 1, 0
        elif operator == b"Tr":
            mode = operands[0]
        elif operator == b"Tj" and mode == 2:
            bold.append(depth)
            leaked += depth == 0

    assert len(bold) >= 8, "title, band, pay, section headings and the code"
    assert leaked == 0, "a bold outline outside q … Q would thicken every later text"
