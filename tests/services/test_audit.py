"""The audit log: every change under the user who made it, with before and after, read-only."""

import inspect
import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from centredesk.model.months import Month
from centredesk.model.policy import PaySetting
from centredesk.services import audit_log
from centredesk.services.accounts import create_account, deactivate_account, reset_password
from centredesk.services.audit_log import AuditFilter, audit_entries, export_audit
from centredesk.services.comments import add_comment, list_comments, resolve_comment
from centredesk.services.context import ADMINISTRATOR
from centredesk.services.imports import import_file
from centredesk.services.pay import set_pay
from centredesk.services.policies import export_policy, import_policy
from centredesk.services.workflow import mark_reviewed, reopen, sign
from tests.conftest import DEMO_PASSWORD, DEMO_UNTIL
from tests.services.factories import signed_in

MONTH = Month.parse(DEMO_UNTIL)
FILES = {
    "workload": "date,staff_no,item_code,count\n2026-11-02,D004,GPV,40\n",
    "quality": "month,staff_no,score,grade\n2026-11,D004,88,\n",
    "events": "date,staff_no,kind,error,note\n2026-11-10,D004,violation,no,迟到\n",
    "leave": "staff_no,start,end,kind\nD004,2026-11-16,2026-11-17,病假\n",
}


@pytest.fixture
def month_of_changes(demo_database, tmp_path):
    """A month in which admin, director and a doctor each change what they may."""
    admin = signed_in(demo_database, "admin")
    director = signed_in(demo_database, "director")
    for kind, text in FILES.items():
        (tmp_path / f"{kind}.csv").write_text(text, encoding="utf-8")
        import_file(admin, kind, tmp_path / f"{kind}.csv", shown_as=f"{kind}.csv")
    policy = export_policy(admin, MONTH.year)
    import_policy(admin, policy.replace('annual_target = "11620"', 'annual_target = "12000"'))
    set_pay(admin, MONTH, PaySetting(Decimal("5")))

    create_account(admin, "deputy", ADMINISTRATOR, "deputy password")
    reset_password(admin, "D005", "a new password")
    deactivate_account(admin, "D006")
    add_comment(signed_in(demo_database, "D004"), MONTH, "D004", "病假两天已登记")
    resolve_comment(director, list_comments(director, MONTH)[0].id)

    mark_reviewed(admin, MONTH)
    sign(director, MONTH)
    reopen(director, MONTH, "a late quality score")
    return director


def _entry(ctx, action: str, target: str | None = None):
    """The one entry of this test's changes; the demo's own entries are the local user's."""
    found = audit_entries(ctx, AuditFilter(action=action, target=target))
    found = [entry for entry in found if entry.user != "local"]
    assert len(found) == 1, f"{action} {target}: {found}"
    return found[0]


@pytest.mark.parametrize(
    ("action", "target", "user"),
    [
        ("import workload", "workload.csv", "admin"),
        ("import quality", "quality.csv", "admin"),
        ("import events", "events.csv", "admin"),
        ("import leave", "leave.csv", "admin"),
        ("policy import", "2026", "admin"),
        ("pay settings", "2026-11", "admin"),
        ("account created", "deputy", "admin"),
        ("password reset", "D005", "admin"),
        ("account deactivated", "D006", "admin"),
        ("comment added", "2026-11 D004", "D004"),
        ("comment resolved", "2026-11 D004", "director"),
        ("month reviewed", "2026-11", "admin"),
        ("month signed", "2026-11", "director"),
        ("month reopened", "2026-11", "director"),
    ],
)
def test_each_change_is_logged_under_the_user_who_made_it(month_of_changes, action, target, user):
    entry = _entry(month_of_changes, action, target)

    assert entry.user == user
    assert entry.after is not None


def test_imports_record_the_values_before_and_after(month_of_changes):
    workload = _entry(month_of_changes, "import workload")
    quality = _entry(month_of_changes, "import quality")
    leave = _entry(month_of_changes, "import leave")

    before = json.loads(workload.before)["changed"]["D004 2026-11"]
    after = json.loads(workload.after)["changed"]["D004 2026-11"]
    assert after["services"] - before["services"] == 40 - 37
    assert json.loads(quality.before)["changed"] == {"D004 2026-11": {"score": "95.2", "grade": ""}}
    assert json.loads(quality.after)["changed"] == {"D004 2026-11": {"score": "88", "grade": ""}}
    assert "2026-11-16..2026-11-17 病假" in json.loads(leave.after)["changed"]["D004"]


def test_settings_and_workflow_record_before_and_after(month_of_changes):
    pay = _entry(month_of_changes, "pay settings")
    policy = _entry(month_of_changes, "policy import")
    reopened = _entry(month_of_changes, "month reopened")

    assert json.loads(pay.after) == {"value_per_equivalent": "5"}
    assert 'annual_target = \\"11620\\"' in policy.before
    assert 'annual_target = \\"12000\\"' in policy.after
    assert json.loads(reopened.before) == "signed"
    assert json.loads(reopened.after) == {"reason": "a late quality score", "status": "open"}


def test_no_password_or_hash_reaches_the_audit_log(month_of_changes):
    text = repr(audit_entries(month_of_changes))

    for secret in (DEMO_PASSWORD, "deputy password", "a new password", "$argon2"):
        assert secret not in text


def test_the_log_filters_by_user_action_target_and_dates(month_of_changes):
    director = month_of_changes
    today = date.today()

    by_director = audit_entries(director, AuditFilter(user="director", since=today))
    imports = audit_entries(director, AuditFilter(user="admin", action="import", target=".csv"))
    tomorrow = audit_entries(director, AuditFilter(since=today + timedelta(days=1)))
    history = audit_entries(director, AuditFilter(until=today - timedelta(days=1)))

    assert {e.action for e in by_director} == {"comment resolved", "month signed", "month reopened"}
    assert {e.action for e in imports} == {f"import {kind}" for kind in FILES}
    assert tomorrow == []
    assert not any(e.user == "admin" for e in history)


def test_the_log_exports_to_excel_with_a_header(month_of_changes, tmp_path):
    wanted = AuditFilter(user="admin", since=date.today())

    count = export_audit(month_of_changes, tmp_path / "audit.xlsx", wanted)

    rows = list(load_workbook(tmp_path / "audit.xlsx", read_only=True).active.values)
    assert list(rows[0]) == list(audit_log.AUDIT_HEADER)
    assert len(rows) - 1 == count == len(audit_entries(month_of_changes, wanted))
    assert {row[1] for row in rows[1:]} == {"admin"}


def test_nothing_in_the_program_changes_or_removes_an_audit_entry():
    functions = {
        name
        for name, function in inspect.getmembers(audit_log, inspect.isfunction)
        if function.__module__ == audit_log.__name__ and not name.startswith("_")
    }

    assert functions == {
        "audit_entries",
        "export_audit",
        "matches",
    }
