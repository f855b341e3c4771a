"""Small builders of policies, doctor-months, staff records and items for the model tests.

Every builder starts from SPEC §2.7's setting — the default 2026 policy, a GP attending
doctor, November with full attendance, value per equivalent 4.5 — and a test changes only
what it is about.
"""

from datetime import date
from decimal import Decimal

from centredesk.model.appraisal import DoctorMonth, Event, ReviewRow, review_month
from centredesk.model.doctor_month import Assignment, StaffRecord
from centredesk.model.equivalents import Item, ItemValue
from centredesk.model.months import Month
from centredesk.model.policy import PaySetting, Policy, PostRule, TitleRule

YEAR = 2026
NOVEMBER = Month(YEAR, 11)
NOVEMBER_WORKING_DAYS = 21  # 2026-11-01 is a Sunday: 2–6, 9–13, 16–20, 23–27 and 30

GP = PostRule("GP", "全科门诊", Decimal("1.0"), "specialty", True)
VX = PostRule("VX", "预防接种", Decimal("0.95"), "specialty", True)
FRONT_DESK = PostRule("FD", "前台", Decimal("1.0"), "process", False)
ATTENDING = TitleRule("ATT", "主治医师", Decimal("1.0"))
ASSOCIATE_CHIEF = TitleRule("ASC", "副主任医师", Decimal("0.9"))


def make_policy(value: str | None = "4.5", month: Month = NOVEMBER, **changes) -> Policy:
    """The default policy of 2026 with the test posts and titles and `month`'s value."""
    pay = {month: PaySetting(value_per_equivalent=Decimal(value))} if value else {}
    fields = {
        "year": YEAR,
        "pay": pay,
        "posts": {post.code: post for post in (GP, VX, FRONT_DESK)},
        "titles": {title.code: title for title in (ATTENDING, ASSOCIATE_CHIEF)},
    }
    fields.update(changes)
    return Policy(**fields).validated()


def make_doctor(**changes) -> DoctorMonth:
    """A full-time GP attending doctor with E = 1000.00 and grade B (SPEC §2.7)."""
    fields = {
        "staff_no": "D001",
        "name": "王医生",
        "post": GP,
        "title": ATTENDING,
        "available_days": NOVEMBER_WORKING_DAYS,
        "working_days": NOVEMBER_WORKING_DAYS,
        "equivalents": Decimal("1000.00"),
        "grade": "B",
    }
    fields.update(changes)
    return DoctorMonth(**fields)


def review_one(policy: Policy, doctor: DoctorMonth, month: Month = NOVEMBER) -> ReviewRow:
    """The review row of a month with this one doctor in it."""
    return review_month(policy, month, [doctor]).rows[0]


def violation(day: int = 10, error: bool = False) -> Event:
    return Event(date(YEAR, 11, day), "violation", error)


def veto(day: int = 10, error: bool = False) -> Event:
    return Event(date(YEAR, 11, day), "veto", error)


def make_staff(
    start: date = date(2020, 1, 1),
    end: date | None = None,
    assignments: tuple[Assignment, ...] = (Assignment("GP", "ATT"),),
    basic_pay: str = "0",
) -> StaffRecord:
    return StaffRecord("D001", "王医生", start, end, assignments, Decimal(basic_pay))


def make_item(code: str, equivalents: str, category: str = "基本医疗") -> Item:
    """An item with one undated value, in force from the beginning."""
    return Item(code, code, category, (ItemValue(Decimal(equivalents)),))


def nov(day: int) -> date:
    return date(YEAR, 11, day)
