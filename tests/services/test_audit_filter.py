"""The audit log's filter: the query and the in-memory check the desktop uses agree."""

from datetime import date, timedelta

import pytest

from centredesk.model.months import Month
from centredesk.services.audit_log import AuditFilter, audit_entries, matches
from centredesk.services.comments import add_comment
from tests.services.factories import signed_in

TODAY = date.today()


@pytest.mark.parametrize(
    "wanted",
    [
        AuditFilter(),
        AuditFilter(user="D004"),
        AuditFilter(user="local", action="IMPORT"),
        AuditFilter(action="comment added", text="核对"),
        AuditFilter(text="d018"),
        AuditFilter(text="100%_"),
        AuditFilter(since=TODAY, until=TODAY),
        AuditFilter(until=TODAY - timedelta(days=1)),
        AuditFilter(target="2026-10", text="D004"),
    ],
)
def test_the_query_and_the_check_in_memory_pass_the_same_entries(demo_database, wanted):
    doctor = signed_in(demo_database, "D004")
    add_comment(doctor, Month(2026, 10), "D004", "请核对十月的数 (100%_)")
    director = signed_in(demo_database, "director")
    everything = audit_entries(director)

    queried = [entry.id for entry in audit_entries(director, wanted)]

    assert queried == [entry.id for entry in everything if matches(entry, wanted)]


def test_text_is_found_in_before_and_after_whatever_its_case(demo_database):
    director = signed_in(demo_database, "director")

    found = audit_entries(director, AuditFilter(text="d018"))

    assert {entry.action for entry in found} >= {"import staff", "account created"}
    assert all("D018" in (entry.before or "") + (entry.after or "") for entry in found)
