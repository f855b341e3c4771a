"""The golden centre through the command line, as SPEC §5.2's contract is read by other tools."""

import json

import pytest


@pytest.mark.parametrize("month", ["2025-03", "2025-08"])
def test_review_json_equals_the_golden_review_digit_for_digit(golden_cli, golden_dir, month):
    expected = json.loads((golden_dir / f"review-{month}.json").read_text(encoding="utf-8"))

    actual = json.loads(golden_cli.ok("review", month, "--json"))

    assert actual == expected
    for got, want in zip(actual, expected, strict=True):
        assert list(got) == list(want), "keys in SPEC §5.2's order"


def test_the_readable_review_names_every_doctor_and_the_total(golden_cli):
    out = golden_cli.ok("review", "2025-08")

    for name in ("欧阳娜", "钱程", "冯晓", "蒋慧", "沈悦"):
        assert name in out
    assert "missing_quality" in out
    assert "total performance pay 8454.64" in out


def test_a_month_outside_every_policy_year_is_refused(golden_cli):
    code, out, err = golden_cli("review", "2026-01")

    assert code == 2
    assert "no policy for 2026" in err
    assert out == ""
