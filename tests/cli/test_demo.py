"""The demo centre: one command on an empty database, refused on a full one."""

import json

from tests.conftest import DEMO_UNTIL

REVIEW_KEYS = [
    "staff_no",
    "name",
    "post",
    "title",
    "month",
    "status",
    "attendance",
    "target",
    "base_line",
    "cap_line",
    "equivalents",
    "bonus_equivalents",
    "counted",
    "band",
    "performance_equivalents",
    "grade",
    "quality_coefficient",
    "effective_equivalents",
    "deduction_ratio",
    "value_per_equivalent",
    "performance_pay",
    "basic_pay_factor",
    "basic_pay",
]


def test_the_demo_review_lists_appraised_staff_with_every_key_and_several_bands(demo_cli):
    rows = json.loads(demo_cli.ok("review", DEMO_UNTIL, "--json"))

    assert len(rows) >= 20
    assert all(list(row) == REVIEW_KEYS for row in rows)
    assert len({row["band"] for row in rows}) >= 3
    assert all(row["post"] != "FD" for row in rows), "the front desk is not appraised"
    assert [row["staff_no"] for row in rows] == sorted(row["staff_no"] for row in rows)


def test_the_demo_goes_only_into_an_empty_database(demo_cli):
    code, _, err = demo_cli("demo", "--until", DEMO_UNTIL)

    assert code == 2
    assert "empty database" in err


def test_the_demo_months_can_be_reviewed_signed_and_staffing_tested(demo_cli):
    demo_cli.ok("reviewed", DEMO_UNTIL)
    assert "signed off" in demo_cli.as_user("director").ok("close", DEMO_UNTIL)

    staffing = json.loads(demo_cli.ok("staffing", "--until", DEMO_UNTIL, "--json"))

    verdicts = {post["post"]: post["verdict"] for post in staffing["posts"]}
    assert "FD" not in verdicts
    assert set(verdicts.values()) <= {"understaffed", "overstaffed", "balanced"}
