"""`centredesk slips` and `centredesk verify`, as the administrator and the director use them."""

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from centredesk.reports import slips as slip_service
from centredesk.reports.fonts import SlipFonts
from tests.conftest import DEMO_PASSWORD, DEMO_UNTIL, CommandLine
from tests.databases import Location, command_line_arguments, execute

EXTRA_WORKLOAD = "date,staff_no,item_code,count\n2026-11-20,D004,ECG,5\n"


@dataclass(frozen=True)
class Written:
    """A copy of the demo centre and the slips of DEMO_UNTIL written from it."""

    db: Location
    folder: Path

    def slip(self, staff_no: str) -> Path:
        return next(self.folder.glob(f"{staff_no}-*.pdf"))


def _run(workdir: Path, db: Location, *args, user: str = "admin") -> None:
    """Run one command outside any test, for the slips that several tests read."""
    from centredesk.cli import main

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CENTREDESK_LOG_DIR", str(workdir / "log"))
        patch.setenv("CENTREDESK_PASSWORD", DEMO_PASSWORD)
        assert main([*command_line_arguments(db), "--user", user, *map(str, args)]) == 0


def _written(copy_database, demo_template, workdir: Path, sign: bool) -> Written:
    db = copy_database(demo_template, workdir, "demo.db")
    if sign:
        _run(workdir, db, "reviewed", DEMO_UNTIL)
        _run(workdir, db, "close", DEMO_UNTIL, user="director")
    _run(workdir, db, "slips", DEMO_UNTIL, "--out", workdir / "slips")
    return Written(db, workdir / "slips" / DEMO_UNTIL)


@pytest.fixture(scope="module")
def draft_slips(copy_database, demo_template, tmp_path_factory) -> Written:
    return _written(copy_database, demo_template, tmp_path_factory.mktemp("draft"), sign=False)


@pytest.fixture(scope="module")
def signed_slips(copy_database, demo_template, tmp_path_factory) -> Written:
    return _written(copy_database, demo_template, tmp_path_factory.mktemp("signed"), sign=True)


def _cli(written: Written, capsys, monkeypatch, tmp_path, copy=None) -> CommandLine:
    """The command line on the slips' database, or on a private copy (made by `copy`, the
    copy_database fixture) that a test may change."""
    db = copy(written.db, tmp_path) if copy else written.db
    return CommandLine(db, capsys, monkeypatch)


def _text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _code(path: Path) -> str:
    return re.search(r"CD-\d{6}-\S+?-[0-9A-Z]{8}", _text(path)[0]).group(0)


def test_slips_writes_one_page_per_doctor_and_a_combined_file_for_the_printer(
    draft_slips, capsys, monkeypatch, tmp_path
):
    cli = _cli(draft_slips, capsys, monkeypatch, tmp_path)
    rows = json.loads(cli.ok("review", DEMO_UNTIL, "--json"))

    files = sorted(draft_slips.folder.glob("D*.pdf"))

    assert [path.name for path in files] == [f"{r['staff_no']}-{r['name']}.pdf" for r in rows]
    assert all(len(PdfReader(path).pages) == 1 for path in files)
    combined = PdfReader(draft_slips.folder / f"all-{DEMO_UNTIL}.pdf")
    assert len(combined.pages) == len(rows) >= 20


def test_every_slip_embeds_its_fonts_as_subsets(draft_slips):
    for path in draft_slips.folder.glob("*.pdf"):
        fonts = PdfReader(path).pages[0]["/Resources"]["/Font"]
        for font in (fonts[name].get_object() for name in fonts):
            assert re.fullmatch(r"/[A-Z]{6}\+WenQuanYiMicroHei-\d+", str(font["/BaseFont"]))
            assert "/FontFile2" in font["/FontDescriptor"]


def test_each_slip_shows_the_doctors_name_and_the_performance_pay_of_the_review(
    draft_slips, capsys, monkeypatch, tmp_path
):
    cli = _cli(draft_slips, capsys, monkeypatch, tmp_path)
    rows = json.loads(cli.ok("review", DEMO_UNTIL, "--json"))

    for row in rows:
        text = _text(draft_slips.slip(row["staff_no"]))[0]
        assert f"姓名 {row['name']}" in text
        assert f"绩效工资 {row['performance_pay']}" in text


def test_a_draft_slip_says_so_and_verifies_as_a_draft_by_file_and_by_code(
    draft_slips, capsys, monkeypatch, tmp_path
):
    cli = _cli(draft_slips, capsys, monkeypatch, tmp_path)
    slip = draft_slips.slip("D004")

    by_file = cli.ok("verify", slip)
    by_code = cli.ok("verify", _code(slip))

    assert "草稿 DRAFT" in _text(slip)[0]
    assert "matches (DRAFT: the month is not signed)" in by_file
    assert "matches (DRAFT: the month is not signed)" in by_code
    assert re.search(r"performance_pay\s+绩效工资\s+\d+\.\d\d", by_code)


def test_a_draft_slip_no_longer_passes_once_the_month_is_signed(
    draft_slips, capsys, monkeypatch, tmp_path, copy_database
):
    cli = _cli(draft_slips, capsys, monkeypatch, tmp_path, copy=copy_database)
    cli.ok("reviewed", DEMO_UNTIL)
    cli.as_user("director").ok("close", DEMO_UNTIL)

    code, _, err = cli("verify", draft_slips.slip("D004"))

    assert code == 2
    assert "this is a DRAFT slip; 2026-11 has been signed since" in err
    assert "slip_state (考核单状态): slip shows 草稿, database has 已签核" in err


def test_an_untouched_signed_slip_verifies_by_code_and_every_page_of_the_printer_file(
    signed_slips, capsys, monkeypatch, tmp_path
):
    cli = _cli(signed_slips, capsys, monkeypatch, tmp_path)
    code = _code(signed_slips.slip("D004"))

    combined = cli.ok("verify", signed_slips.folder / f"all-{DEMO_UNTIL}.pdf")
    typed = cli.ok("verify", "cd" + code[2:-8] + code[-8:].lower())

    assert combined.count("matches (signed)") == len(list(signed_slips.folder.glob("D*.pdf")))
    assert f"{code}: matches (signed)" in combined
    assert "matches (signed)" in typed


def test_a_signed_slip_fails_once_the_month_is_reopened_and_a_figure_changes(
    signed_slips, capsys, monkeypatch, tmp_path, copy_database
):
    cli = _cli(signed_slips, capsys, monkeypatch, tmp_path, copy=copy_database)
    slip = signed_slips.slip("D004")
    cli.as_user("director").ok("reopen", DEMO_UNTIL, "--reason", "late ECG rows")
    extra = tmp_path / "workload.csv"
    extra.write_text(EXTRA_WORKLOAD, encoding="utf-8")
    cli.ok("import", "workload", extra)

    file_status, _, file_err = cli("verify", slip)
    code_status, code_out, code_err = cli("verify", _code(slip))

    assert file_status == code_status == 2
    assert "equivalents (完成当量): slip shows" in file_err
    assert "performance_pay (绩效工资): slip shows" in file_err
    assert "breakdown ECG 心电图检查: slip shows nothing" in file_err
    assert "the code does not match the figures of D004" in code_err
    assert "DOES NOT MATCH" in code_out


@pytest.mark.parametrize(
    ("argument", "reason"),
    [
        ("CD-202611-D999-00000000", "D999 has no appraisal in 2026-11"),
        ("CD-202611-D004-0000000U", "not a verification code"),
        ("not-a-code", "not a verification code"),
    ],
)
def test_verify_refuses_what_is_not_a_slip_of_the_database(
    draft_slips, capsys, monkeypatch, tmp_path, argument, reason
):
    code, _, err = _cli(draft_slips, capsys, monkeypatch, tmp_path)("verify", argument)

    assert code == 2
    assert reason in err


def test_a_slip_whose_name_no_font_can_draw_is_refused_and_nothing_is_written(
    demo_cli, monkeypatch, tmp_path
):
    _rename(demo_cli.db, "D005", "李\U00020bb7")
    monkeypatch.setattr(slip_service, "default_fonts", lambda: SlipFonts(lambda char: []))

    code, _, err = demo_cli("slips", DEMO_UNTIL, "--out", tmp_path / "out")

    assert code == 2
    assert "the slip of D005 李\U00020bb7 cannot be printed" in err
    assert "(U+20BB7) in the name is in no font on this PC" in err
    assert not (tmp_path / "out").exists()


def _rename(db: Location, staff_no: str, name: str) -> None:
    execute(db, "UPDATE staff SET name = :name WHERE staff_no = :no", name=name, no=staff_no)
