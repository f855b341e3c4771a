"""Accounts on the command line: --user, the users commands, audit, and nothing secret shown."""

import io
import json
import re
import sys

import pytest
from openpyxl import load_workbook

from tests.conftest import DEMO_UNTIL
from tests.databases import command_line_arguments
from tests.secrets_scan import leaks, log_files, log_leaks

RECOVERY_CODE = re.compile(r"recovery code: ([A-Z0-9-]{24})")
VOLUNTEER_ID = "110105198003151234"
VOLUNTEERS = (
    "name,gender,id_number,phone,birth_date,address,grid,employment,skills,areas,registered,"
    "motivations,availability,emergency_contact\n"
    "张三,男,{id},13800138000,1980-03-15,,,退休,,帮困,2026-01-05,,,\n"
)


@pytest.fixture
def new_password(monkeypatch):
    """Commands that ask for a new password find it in CENTREDESK_NEW_PASSWORD."""

    def set_(password: str) -> None:
        monkeypatch.setenv("CENTREDESK_NEW_PASSWORD", password)

    return set_


def _first_administrator(cli, new_password) -> str:
    new_password("chief password")
    out = cli.ok("users", "add", "chief", "--role", "administrator")
    assert "account chief (administrator) created" in out
    return RECOVERY_CODE.search(out).group(1)


def test_a_doctor_review_json_holds_only_their_own_row(demo_cli):
    rows = json.loads(demo_cli.as_user("D004").ok("review", DEMO_UNTIL, "--json"))

    assert [row["staff_no"] for row in rows] == ["D004"]


def test_a_command_without_a_user_is_refused_once_accounts_exist(demo_cli):
    code, out, err = demo_cli.as_user(None)("review", DEMO_UNTIL)

    assert code == 2
    assert out == ""
    assert "give --user NAME before the command" in err


def test_a_wrong_password_is_refused_with_exit_2(demo_cli):
    code, _, err = demo_cli.as_user("D004", "not the password")("review", DEMO_UNTIL)

    assert code == 2
    assert "wrong user name or password" in err


def test_without_a_password_and_a_terminal_the_command_refuses(demo_cli, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    from centredesk.cli import main

    code = main([*command_line_arguments(demo_cli.db), "--user", "admin", "review", DEMO_UNTIL])

    assert code == 2
    assert "set CENTREDESK_PASSWORD" in demo_cli._capsys.readouterr().err


def test_at_a_terminal_the_password_is_asked_without_echo(demo_cli, monkeypatch):
    prompts = []
    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr("getpass.getpass", lambda prompt: prompts.append(prompt) or "demo1234")
    from centredesk.cli import main

    signed_in = [*command_line_arguments(demo_cli.db), "--user", "D004"]
    code = main([*signed_in, "review", DEMO_UNTIL, "--json"])

    assert code == 0
    assert prompts == ["password of D004: "]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_director_closes_a_month_the_administrator_cannot(demo_cli):
    demo_cli.ok("reviewed", DEMO_UNTIL)

    code, _, err = demo_cli("close", DEMO_UNTIL)

    assert code == 2
    assert "admin (administrator) may not do this" in err
    assert "signed off" in demo_cli.as_user("director").ok("close", DEMO_UNTIL)


def test_a_user_option_on_a_database_without_accounts_is_refused(golden_cli):
    code, _, err = golden_cli.as_user("admin")("review", "2025-03")

    assert code == 2
    assert "has no accounts yet" in err


def test_the_first_administrator_sees_the_recovery_code_once(golden_cli, new_password):
    code = _first_administrator(golden_cli, new_password)

    admin = golden_cli.as_user("chief", "chief password")
    new_password("doctor password")
    out = admin.ok("users", "add", "G01", "--role", "doctor", "--staff", "G01")

    assert len(code) == 24
    assert "recovery code" not in out
    listed = [line.split()[:3] for line in admin.ok("users", "list").splitlines()[2:]]
    assert listed == [["G01", "doctor", "G01"], ["chief", "administrator", "yes"]]


def test_the_recovery_code_resets_the_administrator_password(golden_cli, new_password, monkeypatch):
    code = _first_administrator(golden_cli, new_password)
    monkeypatch.setenv("CENTREDESK_RECOVERY_CODE", code)
    new_password("recovered password")

    out = golden_cli.as_user(None).ok("users", "recover", "chief")

    successor = RECOVERY_CODE.search(out).group(1)
    assert successor != code
    golden_cli.as_user("chief", "recovered password").ok("users", "list")
    failed, _, err = golden_cli.as_user(None)("users", "recover", "chief")
    assert failed == 2
    assert "wrong recovery code" in err


def test_the_administrator_resets_and_deactivates_accounts(demo_cli, new_password):
    new_password("a fresh password")
    demo_cli.ok("users", "reset-password", "D005")
    demo_cli.ok("users", "deactivate", "D006")

    assert demo_cli.as_user("D005", "a fresh password").ok("review", DEMO_UNTIL)
    code, _, err = demo_cli.as_user("D006")("review", DEMO_UNTIL)
    assert code == 2
    assert "deactivated" in err


def test_a_short_new_password_is_refused(demo_cli, new_password):
    new_password("short")

    code, _, err = demo_cli("users", "add", "nurse", "--role", "director")

    assert code == 2
    assert "at least 8 characters" in err


def test_the_audit_command_lists_and_exports_entries(demo_cli, tmp_path):
    demo_cli.ok("reviewed", DEMO_UNTIL)
    director = demo_cli.as_user("director")
    director.ok("close", DEMO_UNTIL)

    listed = director.ok("audit", "--user", "director", "--action", "signed")
    written = director.ok("audit", "--since", "2000-01-01", "--xlsx", tmp_path / "audit.xlsx")

    assert len(listed.splitlines()) == 1
    assert f"director month signed {DEMO_UNTIL}" in listed
    rows = list(load_workbook(tmp_path / "audit.xlsx", read_only=True).active.values)
    assert f"wrote {len(rows) - 1} audit entries" in written
    code, _, _ = demo_cli.as_user("D004")("audit")
    assert code == 2


def test_no_password_recovery_code_or_id_number_reaches_the_log_or_the_output(
    cli, new_password, monkeypatch, tmp_path
):
    outputs = [cli.ok("demo", "--until", DEMO_UNTIL)]
    outputs.append(cli.as_user("D004").ok("review", DEMO_UNTIL, "--json"))
    outputs.append(cli.as_user("D004", "wrong password")("review", DEMO_UNTIL)[2])
    new_password("new admin secret")
    outputs.append(cli.ok("users", "reset-password", "admin"))
    admin = cli.as_user("admin", "new admin secret")
    shown = admin.ok("users", "recovery-code")
    code = RECOVERY_CODE.search(shown).group(1)
    monkeypatch.setenv("CENTREDESK_RECOVERY_CODE", code)
    new_password("recovered secret")
    shown += cli.as_user(None).ok("users", "recover", "admin")
    successor = RECOVERY_CODE.findall(shown)[-1]
    admin = cli.as_user("admin", "recovered secret")
    outputs += _volunteer_imports(admin, tmp_path)
    outputs += [admin.ok("reviewed", DEMO_UNTIL), admin.ok("audit"), admin.ok("users", "list")]
    outputs.append(cli.as_user("director")("close", DEMO_UNTIL)[1])

    secrets = ["new admin secret", "recovered secret", code, successor, code.replace("-", "")]
    secrets += [VOLUNTEER_ID, VOLUNTEER_ID[:17]]
    assert [leaks(text, secrets) for text in outputs] == [[]] * len(outputs)
    assert any("D004 signed in" in path.read_text(encoding="utf-8") for path in log_files())
    assert log_leaks(secrets) == {}


def _volunteer_imports(admin, folder) -> list[str]:
    """Import a volunteer, then a file whose ID number has a wrong check digit."""
    good, bad = folder / "volunteers.csv", folder / "bad-volunteers.csv"
    good.write_text(VOLUNTEERS.format(id=VOLUNTEER_ID), encoding="utf-8")
    bad.write_text(VOLUNTEERS.format(id=VOLUNTEER_ID[:17] + "0"), encoding="utf-8")
    refused, _, err = admin("import", "volunteers", bad)
    assert refused == 2
    assert "check digit" in err
    return [admin.ok("import", "volunteers", good), err]
