"""The service catalogue: categories, items with their dated equivalents, and the year's
coefficient rules with the value they give an item."""

import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from centredesk.model.months import Month
from centredesk.model.numbers import plain
from centredesk.model.policy import CoefficientRule
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context, audit
from centredesk.services.errors import Refused
from centredesk.services.months import mark_changed
from centredesk.services.policies import load_policy
from centredesk.storage import tables as t

log = logging.getLogger(__name__)

ITEMS_HEADER = ("code", "name", "category", "equivalents", "effective")
CODE_LENGTH = 32


@dataclass(frozen=True)
class CategoryView:
    """A category of items as the catalogue lists it."""

    name: str
    items: int


@dataclass(frozen=True)
class ValueView:
    """An item's equivalents from `effective` on (None: from the beginning)."""

    effective: date | None
    equivalents: Decimal


@dataclass(frozen=True)
class ItemView:
    """A service item with its dated values, as the catalogue lists it."""

    code: str
    name: str
    category: str
    active: bool
    values: tuple[ValueView, ...]

    def equivalents_on(self, day: date) -> Decimal | None:
        """The value in force on `day`, None before the first one."""
        in_force = [v for v in self.values if v.effective is None or v.effective <= day]
        if not in_force:
            return None
        return max(in_force, key=lambda v: v.effective or date.min).equivalents


@dataclass(frozen=True)
class ItemForm:
    """A new item, or a new name for an existing one (`equivalents` only for a new item)."""

    code: str
    name: str
    category: str
    equivalents: Decimal | None = None
    is_new: bool = True


@dataclass(frozen=True)
class CoefficientView:
    """A coefficient rule of the year with the value it gives one service of the item."""

    item: str
    name: str
    coefficient: Decimal
    months: tuple[int, ...]
    start: date | None
    end: date | None
    on: date
    equivalents: Decimal | None

    @property
    def effective_value(self) -> Decimal | None:
        """equivalents × coefficient on the rule's first day, e.g. 2.7183 × 2.0 = 5.4366."""
        return None if self.equivalents is None else self.equivalents * self.coefficient


# --- reading -------------------------------------------------------------------------------


def list_categories(ctx: Context) -> list[CategoryView]:
    """Every category with how many items it holds, by name."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    query = (
        select(t.ItemCategory.name, func.count(t.Item.id))
        .outerjoin(t.Item, t.Item.category_id == t.ItemCategory.id)
        .group_by(t.ItemCategory.id)
        .order_by(t.ItemCategory.id)
    )
    with ctx.database.reading() as session:
        return [CategoryView(name, count) for name, count in session.execute(query)]


def list_items(ctx: Context) -> list[ItemView]:
    """Every item in the catalogue's order, inactive ones included."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        return [_view(item) for item in _items(session)]


def coefficient_rules(ctx: Context, year: int) -> list[CoefficientView]:
    """The item coefficients of the year's policy; Refused when the year has no policy."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        policy = load_policy(session, year)
        items = {item.code: _view(item) for item in _items(session)}
    return [_rule_view(rule, items.get(rule.item), year) for rule in policy.item_coefficients]


def _items(session: Session) -> list[t.Item]:
    query = (
        select(t.Item)
        .options(selectinload(t.Item.values), selectinload(t.Item.category))
        .order_by(t.Item.id)
    )
    return list(session.scalars(query))


def _view(item: t.Item) -> ItemView:
    values = sorted(item.values, key=lambda value: value.effective or date.min)
    return ItemView(
        code=item.code,
        name=item.name,
        category=item.category.name,
        active=item.active,
        values=tuple(ValueView(value.effective, value.equivalents) for value in values),
    )


def _rule_view(rule: CoefficientRule, item: ItemView | None, year: int) -> CoefficientView:
    on = rule.start or date(year, min(rule.months), 1)
    return CoefficientView(
        item=rule.item,
        name=item.name if item else "",
        coefficient=rule.coefficient,
        months=tuple(sorted(rule.months)),
        start=rule.start,
        end=rule.end,
        on=on,
        equivalents=item.equivalents_on(on) if item else None,
    )


# --- changing ------------------------------------------------------------------------------


def add_category(ctx: Context, name: str) -> CategoryView:
    """Add a category of items; Refused for an empty or existing name."""
    ctx.require(ADMINISTRATOR)
    name = name.strip()
    if not name:
        raise Refused("a category needs a name")
    with ctx.database.transaction() as session:
        if session.scalar(select(t.ItemCategory).where(t.ItemCategory.name == name)):
            raise Refused(f"there is a category {name} already")
        session.add(t.ItemCategory(name=name))
        audit(session, ctx.actor, "category added", name, None, name)
    log.info("item category %s added by %s", name, ctx.actor.name)
    return CategoryView(name, 0)


def save_item(ctx: Context, form: ItemForm) -> ItemView:
    """Add an item with its first value, or rename one; its code and category never change."""
    ctx.require(ADMINISTRATOR)
    _refuse_form_problems(form)
    with ctx.database.transaction() as session:
        item = session.scalar(select(t.Item).where(t.Item.code == form.code.strip()))
        if form.is_new:
            item = _new_item(session, item, form)
        elif item is None:
            raise Refused(f"there is no item {form.code}")
        before = None if form.is_new else item.name
        item.name = form.name.strip()
        session.flush()
        audit(session, ctx.actor, "item saved", item.code, before, item.name)
        view = _view(item)
    log.info("service item %s saved by %s", view.code, ctx.actor.name)
    return view


def _refuse_form_problems(form: ItemForm) -> None:
    problems = []
    if not form.code.strip() or len(form.code.strip()) > CODE_LENGTH:
        problems.append(f"a code of 1 to {CODE_LENGTH} characters is needed")
    if not form.name.strip():
        problems.append("a name is needed")
    if form.is_new and not form.category.strip():
        problems.append("a category is needed")
    if form.is_new and (form.equivalents is None or form.equivalents < 0):
        problems.append("the equivalents must be a number of at least 0")
    if problems:
        raise Refused("; ".join(problems))


def _new_item(session: Session, existing: t.Item | None, form: ItemForm) -> t.Item:
    if existing is not None:
        raise Refused(f"there is an item {existing.code} ({existing.name}) already")
    name = form.category.strip()
    category = session.scalar(select(t.ItemCategory).where(t.ItemCategory.name == name))
    if category is None:
        raise Refused(f"there is no category {name}; add it first")
    item = t.Item(code=form.code.strip(), category=category, active=True)
    item.values.append(t.ItemValue(effective=None, equivalents=form.equivalents))
    session.add(item)
    return item


def add_item_value(
    ctx: Context, code: str, equivalents: Decimal, effective: date | None
) -> ItemView:
    """The item's equivalents from `effective` on (None: for all dates), replacing that date's.

    Months from that date on are affected; a reviewed one goes back to open, a signed one
    keeps the figures it was signed with.
    """
    ctx.require(ADMINISTRATOR)
    if equivalents < 0:
        raise Refused("the equivalents must be a number of at least 0")
    with ctx.database.transaction() as session:
        item = _existing(session, code)
        value = next((v for v in item.values if v.effective == effective), None)
        before = None if value is None else str(value.equivalents)
        if value is None:
            item.values.append(t.ItemValue(effective=effective, equivalents=equivalents))
        else:
            value.equivalents = equivalents
        session.flush()
        target = f"{code} from {effective or 'the beginning'}"
        audit(session, ctx.actor, "item value", target, before, plain(equivalents))
        mark_changed(session, _months_from(session, effective), ctx.actor)
        view = _view(item)
    log.info("service item %s worth %s equivalents from %s", code, equivalents, effective)
    return view


def set_item_active(ctx: Context, code: str, active: bool) -> ItemView:
    """Deactivate an item (no new counts; its history stays) or bring it back into use."""
    ctx.require(ADMINISTRATOR)
    with ctx.database.transaction() as session:
        item = _existing(session, code)
        before, item.active = item.active, active
        action = "item in use" if active else "item deactivated"
        audit(session, ctx.actor, action, code, before, active)
        view = _view(item)
    log.info("service item %s %s", code, "back in use" if active else "deactivated")
    return view


def _existing(session: Session, code: str) -> t.Item:
    item = session.scalar(
        select(t.Item).where(t.Item.code == code).options(selectinload(t.Item.values))
    )
    if item is None:
        raise Refused(f"there is no item {code}")
    return item


def _months_from(session: Session, effective: date | None) -> set[Month]:
    query = select(t.MonthState.month)
    if effective is not None:
        query = query.where(t.MonthState.month >= str(Month.of(effective)))
    return {Month.parse(text) for text in session.scalars(query)}


# --- files ---------------------------------------------------------------------------------


def export_items(ctx: Context, path: Path) -> int:
    """Write the catalogue in SPEC §5.2's items format, one row per dated value (.xlsx or .csv).

    Returns the number of rows; importing the file back changes nothing.
    """
    ctx.require(ADMINISTRATOR, DIRECTOR)
    # openpyxl takes a third of a second to import: only an export needs it.
    from centredesk.files.writers import write_csv, write_xlsx

    rows = [
        [item.code, item.name, item.category, value.equivalents, value.effective]
        for item in list_items(ctx)
        for value in item.values
    ]
    path = Path(path)
    if path.suffix.lower() == ".csv":
        write_csv(path, ITEMS_HEADER, rows)
    else:
        write_xlsx(path, ITEMS_HEADER, rows, sheet_title="items")
    log.info("exported %d item values to %s", len(rows), path)
    return len(rows)
