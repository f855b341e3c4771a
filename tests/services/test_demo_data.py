"""The demo centre: deterministic exchange files whose reviews show every band."""

import csv
from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from centredesk.files.policy_toml import read_policy
from centredesk.model.appraisal import Event, review_month
from centredesk.model.calendar import DateRange
from centredesk.model.doctor_month import Assignment, Quality, StaffRecord, doctor_month
from centredesk.model.equivalents import Count, Item, ItemValue
from centredesk.model.months import Month
from centredesk.services.demo_data import CATALOGUE, period_months, write_demo_files

UNTIL = Month(2026, 11)
WORKING_BANDS = ("below_base", "basic", "reward", "over_cap")
HEADERS = {
    "items": ["code", "name", "category", "equivalents"],
    "staff": ["staff_no", "name", "post", "title", "start", "end", "basic_pay"],
    "workload": ["date", "staff_no", "item_code", "count"],
    "quality": ["month", "staff_no", "score", "grade"],
    "events": ["date", "staff_no", "kind", "error", "note"],
    "leave": ["staff_no", "start", "end", "kind"],
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return write_demo_files(tmp_path_factory.mktemp("demo"), UNTIL, seed=1)


@pytest.fixture(scope="module")
def centre(demo):
    return _Centre(demo.staff.parent)


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _day(text: str) -> date:
    return date.fromisoformat(text)


class _Centre:
    """The written files read back into the model's terms, indexed for quick reviews."""

    def __init__(self, folder: Path) -> None:
        self.policies = {
            int(path.stem.split("-")[1]): read_policy(path.read_text(encoding="utf-8"))
            for path in folder.glob("policy-*.toml")
        }
        self.items = {
            row["code"]: Item(
                row["code"], row["name"], row["category"], (ItemValue(Decimal(row["equivalents"])),)
            )
            for row in _rows(folder / "items.csv")
        }
        self.staff = [_staff_record(row) for row in _rows(folder / "staff.csv")]
        self.counts = defaultdict(list)
        for row in _rows(folder / "workload.csv"):
            day = _day(row["date"])
            key = (row["staff_no"], Month.of(day))
            self.counts[key].append(Count(day, row["item_code"], int(row["count"])))
        self.leave = defaultdict(list)
        for row in _rows(folder / "leave.csv"):
            self.leave[row["staff_no"]].append(DateRange(_day(row["start"]), _day(row["end"])))
        self.quality = {
            (row["staff_no"], Month.parse(row["month"])): Quality(
                Decimal(row["score"]) if row["score"] else None, row["grade"] or None
            )
            for row in _rows(folder / "quality.csv")
        }
        self.events = defaultdict(list)
        for row in _rows(folder / "events.csv"):
            event = Event(_day(row["date"]), row["kind"], row["error"] == "yes", row["note"])
            self.events[row["staff_no"]].append(event)

    def review(self, month: Month):
        policy = self.policies[month.year]
        doctors = []
        for staff in self.staff:
            key = (staff.staff_no, month)
            data = doctor_month(
                policy,
                month,
                staff,
                self.counts[key],
                self.items,
                self.leave[staff.staff_no],
                self.quality.get(key),
                self.events[staff.staff_no],
            )
            if data is not None:
                doctors.append(data.doctor)
        return review_month(policy, month, doctors)


def _staff_record(row: dict[str, str]) -> StaffRecord:
    return StaffRecord(
        staff_no=row["staff_no"],
        name=row["name"],
        start=_day(row["start"]),
        end=_day(row["end"]) if row["end"] else None,
        assignments=(Assignment(row["post"], row["title"]),),
        basic_pay=Decimal(row["basic_pay"]),
    )


def test_the_same_seed_writes_byte_identical_files(demo, tmp_path):
    again = write_demo_files(tmp_path, UNTIL, seed=1)

    first = [path for _, path in demo.imports()]
    second = [path for _, path in again.imports()]
    assert [path.name for path in first] == [path.name for path in second]
    for one, other in zip(first, second, strict=True):
        assert one.read_bytes() == other.read_bytes(), one.name


def test_another_seed_writes_another_centre(demo, tmp_path):
    other = write_demo_files(tmp_path, UNTIL, seed=2)

    assert other.staff.read_bytes() != demo.staff.read_bytes()
    assert other.workload.read_bytes() != demo.workload.read_bytes()


def test_files_are_named_in_import_order(demo):
    kinds = [kind for kind, _ in demo.imports()]

    assert kinds == ["policy"] * 3 + ["items", "staff", "workload", "quality", "events", "leave"]
    assert [path.name for path in demo.policies] == [
        "policy-2024.toml",
        "policy-2025.toml",
        "policy-2026.toml",
    ]


@pytest.mark.parametrize("kind", sorted(HEADERS))
def test_every_file_parses_with_the_spec_header(demo, kind):
    with open(getattr(demo, kind), encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))

    assert rows[0] == HEADERS[kind]
    assert len(rows) > 1
    assert all(len(row) == len(HEADERS[kind]) for row in rows)


def test_the_items_file_is_a_copy_of_the_catalogue(demo):
    assert demo.items.read_bytes() == CATALOGUE.read_bytes()


def test_policies_read_back_with_a_value_for_every_month(centre):
    months = period_months(UNTIL)

    assert sorted(centre.policies) == [2024, 2025, 2026]
    for month in months:
        setting = centre.policies[month.year].pay_setting(month)
        assert setting.value_per_equivalent is not None or setting.fund is not None, month
    assert centre.policies[2025].pay_setting(Month(2025, 12)).fund is not None


def test_policies_hold_the_official_holidays_and_the_summer_ppv_rule(centre):
    policy = centre.policies[2026]

    assert date(2026, 10, 1) in policy.holidays
    assert date(2026, 10, 10) in policy.workdays
    ppv = next(rule for rule in policy.item_coefficients if rule.item == "PPV")
    assert (ppv.coefficient, ppv.months) == (Decimal("2.0"), frozenset({6, 7, 8}))
    assert not any(post.appraised for post in policy.posts.values() if post.code == "FD")
    assert len(policy.posts) >= 6 and len(policy.titles) == 4


def test_workload_covers_the_24_months_ending_at_until(centre):
    months = {month for _, month in centre.counts}

    assert months == set(period_months(UNTIL))


def test_workload_is_on_working_days_within_employment_outside_leave(centre):
    staff = {record.staff_no: record for record in centre.staff}
    for (staff_no, month), counts in centre.counts.items():
        calendar = centre.policies[month.year].calendar
        record = staff[staff_no]
        for count in counts:
            assert calendar.is_working_day(count.day), (staff_no, count.day)
            assert record.employment.contains(count.day), (staff_no, count.day)
            assert not any(span.contains(count.day) for span in centre.leave[staff_no])


def test_counts_are_whole_numbers_within_the_daily_maximum(demo):
    counts = [int(row["count"]) for row in _rows(demo.workload)]

    assert min(counts) >= 1
    assert max(counts) <= 200


def test_the_front_desk_records_no_workload(centre):
    front_desk = {record.staff_no for record in centre.staff if record.assignments[0].post == "FD"}

    assert front_desk
    assert not any(staff_no in front_desk for staff_no, _ in centre.counts)


def test_the_last_month_shows_every_band_and_signs_off(centre):
    review = centre.review(UNTIL)

    bands = Counter(row.band for row in review.rows)
    for band in WORKING_BANDS:
        assert bands[band] >= 2, (band, bands)
    assert bands["absent"] >= 1
    assert {row.status for row in review.rows} == {"ok"}


def test_every_month_shows_every_working_band(centre):
    for month in period_months(UNTIL):
        review = centre.review(month)

        bands = Counter(row.band for row in review.rows)
        assert all(bands[band] >= 2 for band in WORKING_BANDS), (month, bands)
        assert {row.status for row in review.rows} == {"ok"}, month


def test_events_hold_one_veto_and_an_error_over_the_cap(centre):
    events = [(staff_no, event) for staff_no, events in centre.events.items() for event in events]
    vetoes = [event for _, event in events if event.kind == "veto"]
    errors = [(staff_no, event) for staff_no, event in events if event.error]

    assert len(vetoes) == 1
    assert len(errors) == 1
    staff_no, error = errors[0]
    row = next(row for row in centre.review(Month.of(error.day)).rows if row.staff_no == staff_no)
    assert row.band == "over_cap" and row.deduction.aggravated


def test_a_later_period_uses_the_fixed_holidays(tmp_path):
    files = write_demo_files(tmp_path, Month(2028, 3), seed=3)
    centre = _Centre(tmp_path)

    assert [path.name for path in files.policies] == [
        "policy-2026.toml",
        "policy-2027.toml",
        "policy-2028.toml",
    ]
    assert date(2027, 10, 1) in centre.policies[2027].holidays
    bands = Counter(row.band for row in centre.review(Month(2028, 3)).rows)
    assert all(bands[band] >= 2 for band in WORKING_BANDS) and bands["absent"] == 1


def test_the_catalogue_has_the_postpartum_visit_and_research_teaching():
    rows = {row["code"]: row for row in _rows(CATALOGUE)}

    assert rows["PPV"]["equivalents"] == "2.7183"
    assert rows["PPV"]["category"] in ("公共卫生", "孕产妇健康管理")
    assert rows["GPV"]["equivalents"] == "1.0"
    assert any(row["category"] == "科研教学" for row in rows.values())
    assert all(code.isascii() and code.isupper() for code in rows)
