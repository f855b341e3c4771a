"""The ORM tables. Amounts are exact: counts are integers, everything else decimal text."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names let Alembic alter tables on SQLite (batch mode) and PostgreSQL alike.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class DecimalText(TypeDecorator):
    """A Decimal stored as its exact text, so no database ever rounds it through a float."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"DecimalText needs a Decimal, got {type(value).__name__}")
        return str(value)

    def process_result_value(self, value: str | None, dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """A centre setting (SPEC §5.2 keys) or an internal value such as the slip secret."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Post(Base):
    """A post (岗位) of the centre; coefficients live in each year's policy."""

    __tablename__ = "posts"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    mode: Mapped[str] = mapped_column(String(16), default="specialty")
    appraised: Mapped[bool] = mapped_column(Boolean, default=True)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class Title(Base):
    """A professional title (职称); coefficients live in each year's policy."""

    __tablename__ = "titles"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class Staff(Base):
    """A member of staff with their employment and monthly basic pay."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_no: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    basic_pay: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("0"))

    assignments: Mapped[list["Assignment"]] = relationship(
        back_populates="staff", cascade="all, delete-orphan", order_by="Assignment.effective"
    )


class Assignment(Base):
    """A staff member's post and title from `effective` on (NULL: from the start)."""

    __tablename__ = "assignments"
    __table_args__ = (UniqueConstraint("staff_id", "effective"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    effective: Mapped[date | None] = mapped_column(Date)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"))
    title_id: Mapped[int] = mapped_column(ForeignKey("titles.id"))

    staff: Mapped[Staff] = relationship(back_populates="assignments")
    post: Mapped[Post] = relationship()
    title: Mapped[Title] = relationship()


class ItemCategory(Base):
    """A category of service items, e.g. 预防接种 or 科研教学."""

    __tablename__ = "item_categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class Item(Base):
    """A countable service item; its equivalents are dated in ItemValue."""

    __tablename__ = "items"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    category_id: Mapped[int] = mapped_column(ForeignKey("item_categories.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    category: Mapped[ItemCategory] = relationship()
    values: Mapped[list["ItemValue"]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="ItemValue.effective"
    )


class ItemValue(Base):
    """An item's equivalents from `effective` on (NULL: from the beginning)."""

    __tablename__ = "item_values"
    __table_args__ = (UniqueConstraint("item_id", "effective"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    effective: Mapped[date | None] = mapped_column(Date)
    equivalents: Mapped[Decimal] = mapped_column(DecimalText)

    item: Mapped[Item] = relationship(back_populates="values")


class WorkloadEntry(Base):
    """How many services of one item one doctor gave on one day."""

    __tablename__ = "workload_entries"
    __table_args__ = (
        UniqueConstraint("staff_id", "day", "item_id"),
        # Covers the month aggregate of the review, which must not slow down with history.
        Index("ix_workload_entries_day_covering", "day", "staff_id", "item_id", "count"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    count: Mapped[int] = mapped_column(Integer)


class PolicyDocument(Base):
    """A year's appraisal policy as TOML text; the pay settings are kept in PaySettingRow."""

    __tablename__ = "policies"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    document: Mapped[str] = mapped_column(Text)


class PaySettingRow(Base):
    """A month's value per equivalent and/or fund (SPEC §2.4)."""

    __tablename__ = "pay_settings"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    value_per_equivalent: Mapped[Decimal | None] = mapped_column(DecimalText)
    fund: Mapped[Decimal | None] = mapped_column(DecimalText)
    distributable_ratio: Mapped[Decimal | None] = mapped_column(DecimalText)
    planned_equivalents: Mapped[Decimal | None] = mapped_column(DecimalText)


class Leave(Base):
    """A staff member's leave, whole days, both ends inclusive."""

    __tablename__ = "leave"
    __table_args__ = (UniqueConstraint("staff_id", "start", "end"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(32), default="")


class QualityResult(Base):
    """A doctor's quality score and/or grade for one month."""

    __tablename__ = "quality_results"
    __table_args__ = (UniqueConstraint("month", "staff_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    score: Mapped[Decimal | None] = mapped_column(DecimalText)
    grade: Mapped[str | None] = mapped_column(String(8))
    # entered, imported or computed (from the post's indicators)
    source: Mapped[str] = mapped_column(String(16), default="entered", server_default="entered")


class ManagementEvent(Base):
    """A violation or veto on a day, possibly a medical error (SPEC §2.5)."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    kind: Mapped[str] = mapped_column(String(16))
    error: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class MonthState(Base):
    """Where a month stands in the workflow open → reviewed → signed (SPEC §3)."""

    __tablename__ = "months"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="open")
    changed_at: Mapped[datetime | None] = mapped_column(DateTime)
    changed_by: Mapped[str | None] = mapped_column(String(64))
    policy_document: Mapped[str | None] = mapped_column(Text)


class StoredReviewRow(Base):
    """A signed month's review row as it was signed, so later changes cannot alter it."""

    __tablename__ = "review_rows"
    __table_args__ = (UniqueConstraint("month", "staff_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(ForeignKey("months.month", ondelete="CASCADE"))
    staff_no: Mapped[str] = mapped_column(String(32))
    record: Mapped[str] = mapped_column(Text)


class AuditEntry(Base):
    """Who changed what and when, with the values before and after; never edited."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(200), default="")
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)


# --- accounts and comments -----------------------------------------------------------------


class User(Base):
    """An account: administrator, director, or a doctor linked to their staff record."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime | None] = mapped_column(DateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    staff: Mapped[Staff | None] = relationship()


class Comment(Base):
    """A doctor's comment on, or disagreement with, one of their months."""

    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    author: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime)
    text: Mapped[str] = mapped_column(Text)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


# --- rosters -------------------------------------------------------------------------------


class ShiftCode(Base):
    """A roster code such as 上午, 夜班 or 年假; a leave code also records leave."""

    __tablename__ = "shift_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    hours: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("0"))
    is_leave: Mapped[bool] = mapped_column(Boolean, default=False)
    is_rest: Mapped[bool] = mapped_column(Boolean, default=False)
    colour: Mapped[str] = mapped_column(String(9), default="")
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class RosterShift(Base):
    """One staff member's shift on one day (Limitation: one shift per staff per day)."""

    __tablename__ = "roster_shifts"
    __table_args__ = (UniqueConstraint("staff_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    day: Mapped[date] = mapped_column(Date, index=True)
    shift_code_id: Mapped[int] = mapped_column(ForeignKey("shift_codes.id"))


# --- quality indicators --------------------------------------------------------------------


class QualityIndicator(Base):
    """A post's quality indicator with its target and weight (SPEC §2.6)."""

    __tablename__ = "quality_indicators"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"))
    name: Mapped[str] = mapped_column(String(100))
    target: Mapped[Decimal] = mapped_column(DecimalText)
    weight: Mapped[Decimal] = mapped_column(DecimalText)
    higher_is_better: Mapped[bool] = mapped_column(Boolean, default=True)
    raise_percent: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("0"))
    is_rate: Mapped[bool] = mapped_column(Boolean, default=False)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class IndicatorResult(Base):
    """A doctor's actual figure for one indicator in one month."""

    __tablename__ = "indicator_results"
    __table_args__ = (UniqueConstraint("month", "staff_id", "indicator_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    indicator_id: Mapped[int] = mapped_column(ForeignKey("quality_indicators.id"))
    actual: Mapped[Decimal] = mapped_column(DecimalText)


# --- volunteers ----------------------------------------------------------------------------


class Volunteer(Base):
    """A registered community volunteer (SPEC §4). List fields are stored joined by 、."""

    __tablename__ = "volunteers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    gender: Mapped[str] = mapped_column(String(8))
    birth_date: Mapped[date] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(32), default="")
    id_number: Mapped[str] = mapped_column(String(18), unique=True)
    address: Mapped[str] = mapped_column(Text, default="")
    grid: Mapped[str] = mapped_column(String(64), default="")
    employment: Mapped[str] = mapped_column(String(16))
    skills: Mapped[str] = mapped_column(Text, default="")
    areas: Mapped[str] = mapped_column(Text, default="")
    motivations: Mapped[str] = mapped_column(Text, default="")
    availability: Mapped[str] = mapped_column(Text, default="")
    emergency_contact: Mapped[str] = mapped_column(Text, default="")
    registered: Mapped[date] = mapped_column(Date)
    archived_on: Mapped[date | None] = mapped_column(Date)


class Training(Base):
    """A pre-service or in-service training session."""

    __tablename__ = "trainings"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))
    topic: Mapped[str] = mapped_column(String(200))
    hours: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("0"))


class TrainingAttendance(Base):
    """A volunteer who attended a training session."""

    __tablename__ = "training_attendance"
    __table_args__ = (UniqueConstraint("training_id", "volunteer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    training_id: Mapped[int] = mapped_column(ForeignKey("trainings.id", ondelete="CASCADE"))
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"))


class Activity(Base):
    """A volunteer activity: date, area, place and how many volunteers it needs."""

    __tablename__ = "activities"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(200))
    area: Mapped[str] = mapped_column(String(64))
    place: Mapped[str] = mapped_column(String(200), default="")
    needed: Mapped[int] = mapped_column(Integer, default=1)
    skills: Mapped[str] = mapped_column(Text, default="")


class ActivitySignup(Base):
    """A volunteer signed up for an activity."""

    __tablename__ = "activity_signups"
    __table_args__ = (UniqueConstraint("activity_id", "volunteer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"))
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"))


class ServiceHours(Base):
    """Hours a volunteer served; pending until approved, corrected by new records only."""

    __tablename__ = "service_hours"

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    area: Mapped[str] = mapped_column(String(64))
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activities.id"))
    hours: Mapped[Decimal] = mapped_column(DecimalText)
    approved: Mapped[bool] = mapped_column(Boolean, default=False)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("service_hours.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    approved_by: Mapped[str | None] = mapped_column(String(64))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")


class SupervisionNote(Base):
    """A supervisor's note on a volunteer, with a simple evaluation."""

    __tablename__ = "supervision_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"), index=True)
    day: Mapped[date] = mapped_column(Date)
    evaluation: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(64), default="")
