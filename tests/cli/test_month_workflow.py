"""open → reviewed → signed → reopened, as the administrator and director do it headless."""

import json

from tests.databases import query


def _audit(db) -> list[tuple[str, str, str]]:
    return query(db, 'SELECT "user", action, target FROM audit_log ORDER BY id')


def test_a_month_with_a_missing_grade_cannot_be_signed_and_the_doctor_is_named(golden_cli):
    golden_cli.ok("reviewed", "2025-08")

    code, _, err = golden_cli("close", "2025-08")

    assert code == 2
    assert "W02 沈悦 (missing_quality)" in err


def test_an_open_month_must_be_marked_reviewed_before_signing(golden_cli):
    code, _, err = golden_cli("close", "2025-03")

    assert code == 2
    assert "mark it reviewed first" in err


def test_a_signed_month_keeps_its_rows_when_the_catalogue_changes(golden_cli, tmp_path):
    before = golden_cli.ok("review", "2025-03", "--json")
    golden_cli.ok("reviewed", "2025-03")
    golden_cli.ok("close", "2025-03")
    items = tmp_path / "items.csv"
    items.write_text(
        "code,name,category,equivalents\nGPV,全科门诊诊疗,基本医疗,2.0\n", encoding="utf-8"
    )

    golden_cli.ok("import", "items", items)

    assert golden_cli.ok("review", "2025-03", "--json") == before
    reopened = json.loads(before)
    golden_cli.ok("reopen", "2025-03", "--reason", "GP consultation re-valued")
    after = json.loads(golden_cli.ok("review", "2025-03", "--json"))
    assert after[0]["equivalents"] != reopened[0]["equivalents"]


def test_a_signed_month_refuses_new_pay_settings(golden_cli):
    golden_cli.ok("reviewed", "2025-03")
    golden_cli.ok("close", "2025-03")

    code, _, err = golden_cli("pay", "2025-03", "--value", "5")

    assert code == 2
    assert "2025-03 is signed" in err


def test_reopening_needs_a_reason_and_is_audited(golden_cli):
    golden_cli.ok("reviewed", "2025-03")
    golden_cli.ok("close", "2025-03")

    code, _, err = golden_cli("reopen", "2025-03", "--reason", "  ")
    assert code == 2
    assert "needs a reason" in err
    golden_cli.ok("reopen", "2025-03", "--reason", "a late quality score")

    actions = [action for _, action, target in _audit(golden_cli.db) if target == "2025-03"]
    assert actions == ["month reviewed", "month signed", "month reopened"]


def test_a_change_sends_a_reviewed_month_back_to_open(golden_cli, tmp_path):
    golden_cli.ok("reviewed", "2025-03")
    events = tmp_path / "events.csv"
    events.write_text(
        "date,staff_no,kind,error,note\n2025-03-20,G01,violation,no,迟到\n", encoding="utf-8"
    )

    golden_cli.ok("import", "events", events)
    code, _, err = golden_cli("close", "2025-03")

    assert code == 2
    assert "2025-03 is open" in err


def test_pay_from_a_fund_computes_the_value_and_warns_when_exceeded(golden_cli):
    out = golden_cli.ok("pay", "2025-03", "--fund", "10000", "--ratio", "0.88")

    # Targets of 2025-03 sum to 987.70 + 517.36 + 844.48 + 1037.09 + 1037.09 = 4423.72,
    # so the value is r4(10000 ÷ 4423.72 × 0.88) = 1.9893.
    rows = json.loads(golden_cli.ok("review", "2025-03", "--json"))
    assert {row["value_per_equivalent"] for row in rows} == {"1.9893"}
    assert "fund distributable 8800.00, reserve 1200.00" in out

    out = golden_cli.ok("pay", "2025-03", "--fund", "1000", "--ratio", "0.9", "--planned", "100")
    assert "WARNING: the total exceeds the distributable fund 900.00" in out


def test_pay_value_and_fund_options_are_exclusive(golden_cli):
    code, _, err = golden_cli("pay", "2025-03", "--value", "4", "--ratio", "0.9")

    assert code == 2
    assert "--ratio and --planned go with --fund" in err
