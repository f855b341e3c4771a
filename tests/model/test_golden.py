"""The golden centre of ../shared/golden, fed to the model directly, reproduces its review."""

import csv
import json
from datetime import date
from decimal import Decimal

import pytest

from centredesk.files.policy_toml import read_policy
from centredesk.model.appraisal import Event, review_month
from centredesk.model.calendar import DateRange
from centredesk.model.doctor_month import Assignment, Quality, StaffRecord, doctor_month
from centredesk.model.equivalents import Count, Item, ItemValue
from centredesk.model.months import Month


def _rows(golden_dir, name):
    with open(golden_dir / name, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _golden_review(golden_dir, month: Month) -> list[dict]:
    policy = read_policy((golden_dir / "policy.toml").read_text(encoding="utf-8"))
    items = {
        row["code"]: Item(
            row["code"], row["name"], row["category"], (ItemValue(Decimal(row["equivalents"])),)
        )
        for row in _rows(golden_dir, "items.csv")
    }
    doctors = []
    for row in _rows(golden_dir, "staff.csv"):
        staff = StaffRecord(
            staff_no=row["staff_no"],
            name=row["name"],
            start=date.fromisoformat(row["start"]),
            end=date.fromisoformat(row["end"]) if row["end"] else None,
            assignments=(Assignment(row["post"], row["title"]),),
            basic_pay=Decimal(row["basic_pay"] or "0"),
        )
        counts = [
            Count(date.fromisoformat(w["date"]), w["item_code"], int(w["count"]))
            for w in _rows(golden_dir, "workload.csv")
            if w["staff_no"] == staff.staff_no and w["date"].startswith(str(month))
        ]
        leave = [
            DateRange(date.fromisoformat(r["start"]), date.fromisoformat(r["end"]))
            for r in _rows(golden_dir, "leave.csv")
            if r["staff_no"] == staff.staff_no
        ]
        quality = next(
            (
                Quality(Decimal(q["score"]) if q["score"] else None, q["grade"] or None)
                for q in _rows(golden_dir, "quality.csv")
                if q["staff_no"] == staff.staff_no and q["month"] == str(month)
            ),
            None,
        )
        events = [
            Event(date.fromisoformat(e["date"]), e["kind"], e["error"] == "yes", e["note"])
            for e in _rows(golden_dir, "events.csv")
            if e["staff_no"] == staff.staff_no
        ]
        data = doctor_month(policy, month, staff, counts, items, leave, quality, events)
        if data is not None:
            doctors.append(data.doctor)
    return [row.to_json() for row in review_month(policy, month, doctors).rows]


@pytest.mark.parametrize("month", ["2025-03", "2025-08"])
def test_model_reproduces_the_golden_review(golden_dir, month):
    expected = json.loads((golden_dir / f"review-{month}.json").read_text(encoding="utf-8"))

    actual = _golden_review(golden_dir, Month.parse(month))

    assert [row["staff_no"] for row in actual] == [row["staff_no"] for row in expected]
    for got, want in zip(actual, expected, strict=True):
        assert list(got) == list(want)
        for key in want:
            assert got[key] == want[key], f"{want['staff_no']} {month} {key}"
