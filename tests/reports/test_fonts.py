"""The slip's fonts: the bundled font embedded as a subset, fallbacks for rare name characters."""

import re
from io import BytesIO

import pytest
from pypdf import PdfReader

from centredesk.model.months import Month
from centredesk.reports import slips
from centredesk.reports.fonts import PRIMARY, FontFile, SlipFonts, system_fonts_with
from centredesk.reports.slips import refuse_unprintable, render_pdf
from centredesk.reports.verification import verify_pdf
from centredesk.services.context import Actor, Context
from centredesk.services.errors import Refused
from centredesk.storage.database import open_database
from tests.databases import execute, url_of
from tests.reports.factories import RARE, make_breakdown, make_page, rare_fonts

NO_FALLBACK = SlipFonts(finder=lambda char: [])


def _base_fonts(pdf: bytes) -> list[str]:
    page = PdfReader(BytesIO(pdf)).pages[0]
    fonts = page["/Resources"]["/Font"]
    return [str(fonts[name].get_object()["/BaseFont"]) for name in fonts]


def test_the_bundled_font_draws_common_names_and_lacks_extensions_a_and_b():
    assert NO_FALLBACK.covers("沈慧 司马怡娟 D004 4280.76（奖）")

    assert NO_FALLBACK.missing("李" + RARE) == list(RARE)
    assert NO_FALLBACK.missing("迟到\n早退\t(从 Excel 粘贴)") == [], (
        "control characters print as spaces"
    )


def test_a_rare_character_is_drawn_from_the_fallback_font_between_runs_of_the_bundled_one(
    rare_font,
):
    fonts = rare_fonts(rare_font)

    runs = fonts.runs("李\U00020bb7明")

    assert [piece for _, piece in runs] == ["李", "\U00020bb7", "明"]
    assert runs[0][0] == runs[2][0] == PRIMARY != runs[1][0]
    assert fonts.missing("李\U00020bb7明") == []


def test_a_slip_embeds_subsets_of_both_fonts_and_its_rare_name_reads_back(rare_font):
    pdf = render_pdf([make_page(make_breakdown(name="李" + RARE))], rare_fonts(rare_font))

    bases = _base_fonts(pdf)
    assert all(re.fullmatch(r"/[A-Z]{6}\+\S+", base) for base in bases), bases
    assert any("WenQuanYiMicroHei" in base for base in bases)
    assert any("RareTest" in base for base in bases)
    # Readable text needs UTF-16 for 𠮷 in the ToUnicode map, which reportlab gets wrong.
    assert "姓名 李" + RARE in PdfReader(BytesIO(pdf)).pages[0].extract_text()


def test_a_slip_whose_name_no_font_can_draw_is_refused_naming_the_character_and_doctor():
    page = make_page(make_breakdown(name="李" + RARE))

    with pytest.raises(Refused) as refusal:
        refuse_unprintable(NO_FALLBACK, [page])

    reason = str(refusal.value)
    assert "the slip of D001 李" + RARE + " cannot be printed" in reason
    assert "\U00020bb7 (U+20BB7) in the name" in reason
    assert "\u4dae (U+4DAE) in the name" in reason


def test_fontconfig_offers_the_truetype_fonts_that_have_the_character(
    rare_font, tmp_path, monkeypatch
):
    config = tmp_path / "fonts.conf"
    config.write_text(
        f"<?xml version='1.0'?><fontconfig><dir>{rare_font.parent}</dir>"
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    monkeypatch.setenv("FONTCONFIG_FILE", str(config))

    assert system_fonts_with("\U00020bb7") == [FontFile(rare_font.resolve())]
    assert system_fonts_with("\u9fa5") == []


def test_a_doctor_with_a_rare_name_gets_a_slip_that_verifies(
    demo_db, rare_font, tmp_path, monkeypatch
):
    execute(demo_db, "UPDATE staff SET name = :name WHERE staff_no = 'D005'", name="李" + RARE)
    monkeypatch.setattr(slips, "default_fonts", lambda: rare_fonts(rare_font))
    ctx = Context(open_database(url_of(demo_db)), Actor("admin", "administrator"))
    slip = tmp_path / "slip.pdf"

    slip.write_bytes(slips.doctor_slip(ctx, Month(2026, 11), "D005"))

    assert "姓名 李" + RARE in PdfReader(slip).pages[0].extract_text()
    assert [check.problems for check in verify_pdf(ctx, slip)] == [()]
