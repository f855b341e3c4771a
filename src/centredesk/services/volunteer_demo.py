"""The demo centre's volunteers: about 60 people, two years of activities, hours and training.

Drawn from its own random stream of the seed, so the staff and workload of the demo stay as
they were. A few volunteers are over-committed in the last month (one at exactly the limit,
which is not over), a few have been idle for over half a year, a few are newcomers, and the
last fortnight's hours wait for approval. Written with bulk inserts, in the caller's session.
"""

import logging
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from centredesk.model import id_number as ids
from centredesk.model.months import Month
from centredesk.model.volunteers import Activity as Need
from centredesk.model.volunteers import Volunteer, is_available, motivation_fits
from centredesk.services import demo_centre as shape
from centredesk.services.settings import DEFAULTS
from centredesk.services.volunteer_common import joined, split
from centredesk.storage import tables as t

log = logging.getLogger(__name__)

PERIOD_MONTHS = 24
POPULATION = "48600"
SKILLS = "医疗护理、急救、法律咨询、心理疏导、家电维修、教学辅导、文艺表演、摄影宣传、计算机、驾驶"
REGIONS = ("330102", "330105", "330106", "330108", "330110")
STREETS = ("文一路", "教工路", "学院路", "古翠路", "萍水街", "紫荆花路", "翠苑一区", "益乐路")
PLACES = ("社区活动室", "社区卫生服务中心", "文化广场", "老年活动中心", "小区东门", "社区图书室")
TITLES = {
    "帮困": ("独居老人探访", "困难家庭帮扶"),
    "青少年教育": ("四点半课堂", "亲子阅读会"),
    "环保护绿": ("垃圾分类宣传", "小区绿化养护"),
    "法律援助": ("法律咨询日", "反诈宣传"),
    "社区治安": ("平安巡逻", "文明交通劝导"),
    "医疗服务": ("健康义诊", "慢病随访协助", "疫苗接种引导"),
    "文体宣传": ("广场舞展演", "健康讲座宣传"),
    "家电维修": ("家电义务维修",),
    "专业知识咨询": ("心理健康咨询", "营养膳食咨询"),
}
# The skill an activity of each area may ask for; volunteers of the area often have it.
AREA_SKILLS = {
    "帮困": "心理疏导",
    "青少年教育": "教学辅导",
    "环保护绿": "摄影宣传",
    "法律援助": "法律咨询",
    "社区治安": "急救",
    "医疗服务": "医疗护理",
    "文体宣传": "文艺表演",
    "家电维修": "家电维修",
    "专业知识咨询": "心理疏导",
}
# (employment, volunteers, youngest, oldest): the age and work mix of a typical community.
MIX = (
    ("retired", 25, 55, 76),
    ("employed", 18, 24, 58),
    ("student", 11, 14, 23),
    ("other", 6, 30, 66),
)
VOLUNTEERS = sum(count for _, count, _, _ in MIX)
SLOTS_BY_WORK = {
    "retired": ("weekday_morning", "weekday_afternoon", "weekend_morning"),
    "employed": ("weekday_evening", "weekend_morning", "weekend_afternoon"),
    "student": ("weekend_morning", "weekend_afternoon"),
    "other": ("weekday_morning", "weekday_afternoon", "weekend_afternoon"),
}
OVER_COMMITTED, AT_LIMIT, IDLE, NEVER_SERVED, NEWCOMERS, ARCHIVED = 3, 1, 4, 2, 4, 3
REGULARS = 8
PENDING_DAYS = 14


@dataclass
class _Plan:
    """The demo's rows before they are written, ids given in advance."""

    volunteers: list[dict] = field(default_factory=list)
    models: list[Volunteer] = field(default_factory=list)
    activities: list[dict] = field(default_factory=list)
    signups: list[dict] = field(default_factory=list)
    hours: list[dict] = field(default_factory=list)
    trainings: list[dict] = field(default_factory=list)
    attendance: list[dict] = field(default_factory=list)
    notes: list[dict] = field(default_factory=list)
    stops: dict[int, date] = field(default_factory=dict)


def add_demo_volunteers(session: Session, until: Month, seed: int = 1) -> int:
    """Add the demo volunteers with their history up to the end of `until`; returns their count."""
    rng = random.Random(f"volunteers-{seed}")
    last = until.last_day
    first = _first_day(until)
    plan = _Plan()
    _register(rng, plan, first, last, _next_id(session, t.Volunteer))
    _activities(rng, plan, first, last, _next_id(session, t.Activity))
    _regulars(rng, plan, first, until)
    _trainings(rng, plan, first, last, _next_id(session, t.Training))
    _notes(rng, plan, last)
    _number_hours(plan, _next_id(session, t.ServiceHours), last)
    _write(session, plan)
    log.info("demo volunteers added: %d volunteers, %d hours records", VOLUNTEERS, len(plan.hours))
    return VOLUNTEERS


def _first_day(until: Month) -> date:
    month = until
    for _ in range(PERIOD_MONTHS - 1):
        month = month.previous()
    return month.first_day


def _next_id(session: Session, table) -> int:
    return (session.scalar(select(func.max(table.id))) or 0) + 1


# --- people ---------------------------------------------------------------------------------


def _register(rng: random.Random, plan: _Plan, first: date, last: date, next_id: int) -> None:
    names: set[str] = set()
    numbers: set[str] = set()
    work = [(employment, low, high) for employment, count, low, high in MIX for _ in range(count)]
    rng.shuffle(work)
    for index, (employment, youngest, oldest) in enumerate(work):
        volunteer_id = next_id + index
        born = _birth_date(rng, last, youngest, oldest)
        gender = rng.choice(("male", "female", "female"))
        name = _name(rng, gender, names)
        registered = _registered(rng, index, first, last)
        row = _volunteer_row(rng, volunteer_id, name, gender, born, employment, registered)
        while row["id_number"] in numbers:
            row["id_number"] = _id_number(rng, born, gender)
        numbers.add(row["id_number"])
        if index >= VOLUNTEERS - ARCHIVED:
            stay = timedelta(days=rng.randint(200, 400))
            row["archived_on"] = min(registered + stay, last - timedelta(days=10))
        plan.volunteers.append(row)
        plan.models.append(_model(row))
    _choose_idle(rng, plan, last)


def _birth_date(rng: random.Random, last: date, youngest: int, oldest: int) -> date:
    age = rng.randint(youngest, oldest)
    return date(last.year - age - 1, 1, 1) + timedelta(days=rng.randint(0, 364))


def _name(rng: random.Random, gender: str, taken: set[str]) -> str:
    given = shape.GIVEN_FEMALE if gender == "female" else shape.GIVEN_MALE
    while True:
        surname = rng.choice(shape.SURNAMES)
        name = surname + rng.choice(shape.GIVEN_EITHER + given)
        name += rng.choice(given) if rng.random() < 0.75 else ""
        if name not in taken:
            taken.add(name)
            return name


def _registered(rng: random.Random, index: int, first: date, last: date) -> date:
    """Most joined before the period, some during it, the newcomers in the last 80 days."""
    if index < NEWCOMERS:
        return last - timedelta(days=rng.randint(10, 80))
    if rng.random() < 0.55:
        return first - timedelta(days=rng.randint(30, 1500))
    return first + timedelta(days=rng.randint(0, (last - first).days - 200))


def _volunteer_row(rng, volunteer_id, name, gender, born, employment, registered) -> dict:
    areas = rng.sample(list(split(DEFAULTS["service_areas"])), rng.choice((1, 2, 2, 3)))
    skills = [AREA_SKILLS[a] for a in areas if rng.random() < 0.7] + rng.sample(
        list(split(SKILLS)), rng.choice((0, 1, 1, 2))
    )
    motivations = ["contribute"] if rng.random() < 0.6 else []
    motivations += rng.sample(("learn_skills", "meet_people"), rng.choice((0, 1, 1, 2)))
    motivations = motivations or ["meet_people"]
    slots = SLOTS_BY_WORK[employment]
    return {
        "id": volunteer_id,
        "name": name,
        "gender": gender,
        "birth_date": born,
        "phone": _phone(rng, employment),
        "id_number": _id_number(rng, born, gender),
        "address": f"{rng.choice(STREETS)}{rng.randint(1, 300)}号{rng.randint(1, 12)}幢"
        f"{rng.randint(1, 3)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室",
        "grid": f"第{rng.randint(1, 8)}网格",
        "employment": employment,
        "skills": joined(dict.fromkeys(skills)),
        "areas": joined(areas),
        "motivations": joined(motivations),
        "availability": joined(rng.sample(slots, rng.randint(1, len(slots)))),
        "emergency_contact": f"{rng.choice(shape.SURNAMES)}{rng.choice(shape.GIVEN_EITHER)} "
        f"1{rng.choice('3589')}{rng.randrange(10**9):09d}",
        "registered": registered,
        "archived_on": None,
    }


def _phone(rng: random.Random, employment: str) -> str:
    if employment == "retired" and rng.random() < 0.3:
        return f"0571-8{rng.randrange(10**7):07d}"
    return f"1{rng.choice('35789')}{rng.randrange(10**9):09d}"


def _id_number(rng: random.Random, born: date, gender: str) -> str:
    order = rng.randint(0, 99)
    gender_digit = rng.choice((1, 3, 5, 7, 9) if gender == "male" else (0, 2, 4, 6, 8))
    first_17 = f"{rng.choice(REGIONS)}{born:%Y%m%d}{order:02d}{gender_digit}"
    return first_17 + ids.check_character(first_17)


def _model(row: dict) -> Volunteer:
    return Volunteer(
        id=row["id"],
        name=row["name"],
        gender=row["gender"],
        birth_date=row["birth_date"],
        employment=row["employment"],
        registered=row["registered"],
        archived_on=row["archived_on"],
        areas=split(row["areas"]),
        skills=split(row["skills"]),
        motivations=split(row["motivations"]),
        availability=split(row["availability"]),
    )


def _choose_idle(rng: random.Random, plan: _Plan, last: date) -> None:
    """Some long-standing volunteers stop serving over half a year before the end."""
    settled = [
        v for v in plan.models[NEWCOMERS:-ARCHIVED] if v.registered < last - timedelta(days=500)
    ]
    chosen = rng.sample(settled, IDLE + NEVER_SERVED)
    for volunteer in chosen[:IDLE]:
        plan.stops[volunteer.id] = last - timedelta(days=rng.randint(200, 420))
    for volunteer in chosen[IDLE:]:
        plan.stops[volunteer.id] = date.min


# --- activities and hours -------------------------------------------------------------------


def _activities(rng: random.Random, plan: _Plan, first: date, last: date, next_id: int) -> None:
    """Two or three activities a week over the period, and the next six weeks planned."""
    day, activity_id = first, next_id
    while day <= last + timedelta(days=42):
        for offset in rng.sample(range(7), rng.choice((2, 3, 3))):
            need = _activity(rng, activity_id, day + timedelta(days=offset))
            plan.activities.append(_activity_row(rng, need))
            _staff_activity(rng, plan, need, last)
            activity_id += 1
        day += timedelta(days=7)


def _activity(rng: random.Random, activity_id: int, day: date) -> Need:
    area = rng.choice(list(TITLES))
    skills = (AREA_SKILLS[area],) if rng.random() < 0.5 else ()
    return Need(
        activity_id, day, area, rng.choice((2, 3, 4, 4, 6, 8)), skills, rng.choice(TITLES[area])
    )


def _activity_row(rng: random.Random, need: Need) -> dict:
    return {
        "id": need.id,
        "day": need.day,
        "title": need.title,
        "area": need.area,
        "place": rng.choice(PLACES),
        "needed": need.needed,
        "skills": joined(need.skills),
    }


def _staff_activity(rng: random.Random, plan: _Plan, need: Need, last: date) -> None:
    """Sign up fitting volunteers; past activities give them hours."""
    fitting = [
        v
        for v in plan.models
        if is_available(v, need.day)
        and need.area in v.areas
        and motivation_fits(v.motivations, need)
        and plan.stops.get(v.id, date.max) > need.day
    ]
    share = 1.0 if need.day <= last else rng.uniform(0.2, 0.7)
    chosen = rng.sample(fitting, min(len(fitting), round(need.needed * share)))
    for volunteer in chosen:
        plan.signups.append({"activity_id": need.id, "volunteer_id": volunteer.id})
        if need.day <= last:
            amount = Decimal(rng.choice(("2", "2.5", "3", "3", "3.5", "4")))
            plan.hours.append(_hours(volunteer.id, need.day, need.area, amount, need.id))


def _hours(volunteer_id: int, day: date, area: str, amount, activity_id=None, note="") -> dict:
    return {
        "volunteer_id": volunteer_id,
        "day": day,
        "area": area,
        "activity_id": activity_id,
        "hours": str(amount),
        "corrects_id": None,
        "note": note,
    }


def _regulars(rng: random.Random, plan: _Plan, first: date, until: Month) -> None:
    """Retired regulars serve twice a week; older volunteers bring their earlier years."""
    settled = [
        v
        for v in plan.models
        if v.employment in ("retired", "other")
        and v.registered < first
        and v.archived_on is None
        and v.id not in plan.stops
    ]
    regulars = rng.sample(settled, min(len(settled), REGULARS))
    for volunteer in regulars:
        weekdays = rng.sample(range(5), rng.choice((1, 1, 2)))
        _routine(rng, plan, volunteer, volunteer.registered, until.last_day, weekdays)
    for volunteer in plan.models:
        if volunteer not in regulars and volunteer.registered < first:
            _routine(rng, plan, volunteer, volunteer.registered, first, (), monthly=True)
    _over_commit(rng, plan, regulars[: OVER_COMMITTED + AT_LIMIT], until)
    _rising_star(rng, plan, regulars, until)


def _routine(
    rng, plan: _Plan, volunteer: Volunteer, start: date, end: date, weekdays, monthly=False
):
    """Hours on the given weekdays from `start` to `end`, or once a month when `monthly`."""
    area = volunteer.areas[0]
    note = "历史服务记录补录" if monthly else "例行服务"
    day = start
    while day < min(end, plan.stops.get(volunteer.id, date.max)):
        if (monthly and day.day == 10) or (not monthly and day.weekday() in weekdays):
            amount = Decimal(rng.choice(("2", "2.5", "3", "3.5", "4")))
            plan.hours.append(_hours(volunteer.id, day, area, amount, note=note))
        day += timedelta(days=1)


def _over_commit(rng: random.Random, plan: _Plan, chosen: list[Volunteer], until: Month) -> None:
    """Daily patrols that put a few over the monthly limit in the last month, one exactly at it."""
    pending_from = until.last_day - timedelta(days=PENDING_DAYS - 1)
    days = [
        until.first_day + timedelta(days=n) for n in range((pending_from - until.first_day).days)
    ]
    for number, volunteer in enumerate(chosen):
        served = _approved_in(plan, volunteer.id, until.first_day, pending_from)
        target = Decimal("40") if number == OVER_COMMITTED else Decimal(rng.randint(44, 58))
        for day in days:
            amount = min(Decimal(4), target - served)
            if amount <= 0:
                break
            plan.hours.append(_hours(volunteer.id, day, "社区治安", amount, note="平安巡逻"))
            served += amount


def _rising_star(rng: random.Random, plan: _Plan, regulars: list, until: Month) -> None:
    """One volunteer close to the first star earns it in the last month, for recognition."""
    pending_from = until.last_day - timedelta(days=PENDING_DAYS - 1)
    first_star = Decimal(100)
    for volunteer in plan.models:
        if volunteer in regulars or volunteer.id in plan.stops:
            continue
        before = _approved_in(plan, volunteer.id, date.min, until.first_day)
        if first_star - 24 <= before < first_star:
            missing = first_star - before + rng.choice((0, 1, 2))
            day = until.first_day + timedelta(days=rng.randint(0, PENDING_DAYS - 3))
            while missing > 0 and day < pending_from:
                plan.hours.append(_hours(volunteer.id, day, volunteer.areas[0], min(missing, 4)))
                missing -= 4
                day += timedelta(days=2)
            return


def _approved_in(plan: _Plan, volunteer_id: int, first: date, pending_from: date) -> Decimal:
    """The hours that will be approved: from `first` to the day before `pending_from`."""
    return sum(
        (
            Decimal(h["hours"])
            for h in plan.hours
            if h["volunteer_id"] == volunteer_id and first <= h["day"] < pending_from
        ),
        Decimal(0),
    )


def _number_hours(plan: _Plan, next_id: int, last: date) -> None:
    """Ids, timestamps and approval: the last fortnight's hours are still pending."""
    pending_from = last - timedelta(days=PENDING_DAYS - 1)
    plan.hours.sort(key=lambda h: (h["day"], h["volunteer_id"]))
    for offset, row in enumerate(plan.hours):
        approved = row["day"] < pending_from
        recorded = datetime.combine(row["day"], time(18, 0))
        row |= {
            "id": next_id + offset,
            "recorded_at": recorded,
            "approved": approved,
            "approved_by": "admin" if approved else None,
            "approved_at": recorded + timedelta(days=2) if approved else None,
        }


# --- training and supervision ---------------------------------------------------------------


def _trainings(rng: random.Random, plan: _Plan, first: date, last: date, next_id: int) -> None:
    """A pre-service session each quarter for those who joined, an in-service one each month."""
    training_id, month = next_id, Month.of(first)
    while month.first_day <= last:
        day = month.first_day + timedelta(days=rng.randint(5, 20))
        if month.month % 3 == 1:
            joined_lately = [
                v.id for v in plan.models if day - timedelta(days=92) < v.registered <= day
            ]
            plan.trainings.append(_training(training_id, day, "pre_service", "志愿服务岗前培训"))
            plan.attendance += [
                {"training_id": training_id, "volunteer_id": v} for v in joined_lately
            ]
            training_id += 1
        topic = rng.choice(("急救技能培训", "老年人沟通技巧", "反诈知识更新", "垃圾分类新规"))
        present = [v.id for v in plan.models if v.is_registered_on(day)]
        chosen = rng.sample(present, min(len(present), rng.randint(8, 20)))
        plan.trainings.append(_training(training_id, day + timedelta(days=3), "in_service", topic))
        plan.attendance += [{"training_id": training_id, "volunteer_id": v} for v in chosen]
        training_id += 1
        month = month.next()


def _training(training_id: int, day: date, kind: str, topic: str) -> dict:
    return {"id": training_id, "day": day, "kind": kind, "topic": topic, "hours": "2"}


def _notes(rng: random.Random, plan: _Plan, last: date) -> None:
    comments = {
        "excellent": "服务热情，居民评价很高",
        "good": "按时到岗，服务规范",
        "fair": "偶有迟到，已提醒",
        "poor": "多次未到岗，需要沟通",
    }
    for volunteer in rng.sample(plan.models, 30):
        evaluation = rng.choices(list(comments), weights=(3, 6, 2, 1))[0]
        day = last - timedelta(days=rng.randint(0, 600))
        if volunteer.registered <= day:
            plan.notes.append(
                {
                    "volunteer_id": volunteer.id,
                    "day": day,
                    "evaluation": evaluation,
                    "note": comments[evaluation],
                    "author": "admin",
                }
            )


# --- writing --------------------------------------------------------------------------------


def _write(session: Session, plan: _Plan) -> None:
    for key, value in (("skills", SKILLS), ("population", POPULATION)):
        if session.get(t.Setting, key) is None:
            session.add(t.Setting(key=key, value=value))
    for table, rows in (
        (t.Volunteer, plan.volunteers),
        (t.Activity, plan.activities),
        (t.ActivitySignup, plan.signups),
        (t.ServiceHours, plan.hours),
        (t.Training, plan.trainings),
        (t.TrainingAttendance, plan.attendance),
        (t.SupervisionNote, plan.notes),
    ):
        if rows:
            session.execute(insert(table), [_typed(table, row) for row in rows])
            _advance_sequence(session, table)
    session.flush()


def _advance_sequence(session: Session, table) -> None:
    """Rows were given their ids: PostgreSQL's sequence must move past them, or the next
    volunteer registered would be given an id already taken. SQLite needs nothing."""
    if session.get_bind().dialect.name != "postgresql" or "id" not in table.__table__.c:
        return
    name = table.__tablename__
    session.execute(
        text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT max(id) FROM {name}))")
    )


def _typed(table, row: dict) -> dict:
    """Decimal columns take Decimals; the plan keeps hours as text to sort and sum exactly."""
    if table in (t.ServiceHours, t.Training):
        return row | {"hours": Decimal(row["hours"])}
    return row
