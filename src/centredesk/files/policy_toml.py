"""The policy document as TOML (SPEC §2.10): read with every refusal named, and written."""

import tomllib
from datetime import date
from decimal import Decimal
from typing import Any

import tomli_w

from centredesk.model.months import Month
from centredesk.model.numbers import plain, to_decimal
from centredesk.model.policy import (
    CoefficientRule,
    Grade,
    PaySetting,
    Policy,
    PolicyError,
    PostRule,
    TitleRule,
)

_DECIMAL_KEYS = ("annual_target", "base_ratio", "cap_ratio", "reward_band_rate", "aggravation")
_KNOWN_KEYS = {
    "year",
    *_DECIMAL_KEYS,
    "shares",
    "value_per_equivalent",
    "pay",
    "grades",
    "deductions",
    "missing_quality_grade",
    "research_teaching_mode",
    "bonus_categories",
    "holidays",
    "workdays",
    "item_coefficients",
    "posts",
    "titles",
}
_PAY_KEYS = {"value_per_equivalent", "fund", "distributable_ratio", "planned_equivalents"}


class _Reader:
    """Collects every problem of a document instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def decimal(self, where: str, value: Any) -> Decimal | None:
        try:
            return to_decimal(value)
        except ValueError as error:
            self.problems.append(f"{where}: {error} ({value!r})")
            return None

    def day(self, where: str, value: Any) -> date | None:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.problems.append(f"{where}: not a date YYYY-MM-DD ({value!r})")
            return None

    def month(self, where: str, value: Any) -> Month | None:
        try:
            return Month.parse(str(value))
        except ValueError:
            self.problems.append(f"{where}: not a month YYYY-MM ({value!r})")
            return None

    def table(self, where: str, value: Any, allowed: set[str] | None = None) -> dict[str, Any]:
        """`value` as a table; with `allowed`, any other key is a problem."""
        if not isinstance(value, dict):
            self.problems.append(f"{where}: a table is expected ({value!r})")
            return {}
        for key in sorted(set(value) - allowed) if allowed is not None else ():
            self.problems.append(f"{where}: unknown key {key!r}")
        return value

    def text(self, where: str, value: Any) -> str:
        if not isinstance(value, str):
            self.problems.append(f"{where}: text is expected ({value!r})")
            return ""
        return value


def read_policy(text: str) -> Policy:
    """Parse and validate a policy document; raise PolicyError listing every problem."""
    try:
        document = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as error:
        raise PolicyError([f"not valid TOML: {error}"]) from None

    reader = _Reader()
    policy = _policy_from(document, reader)
    problems = reader.problems + (policy.problems() if policy and not reader.problems else [])
    if problems or policy is None:
        raise PolicyError(problems or ["the policy could not be read"])
    return policy


def _policy_from(doc: dict[str, Any], reader: _Reader) -> Policy | None:
    reader.table("policy", doc, _KNOWN_KEYS)
    year = doc.get("year")
    if not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= 9999:
        reader.problems.append(f"year: a year such as 2026 is required ({year!r})")
        return None

    fields: dict[str, Any] = {"year": year}
    for key in _DECIMAL_KEYS:
        if key in doc:
            fields[key] = reader.decimal(key, doc[key])
    if "shares" in doc:
        fields["shares"] = _shares(doc["shares"], reader)
    fields["pay"] = _pay(doc, reader)
    if "grades" in doc:
        fields["grades"] = _grades(doc["grades"], reader)
    if "deductions" in doc:
        fields.update(_deductions(doc["deductions"], reader))
    for key in ("missing_quality_grade", "research_teaching_mode"):
        if key in doc:
            fields[key] = reader.text(key, doc[key])
    if "bonus_categories" in doc:
        fields["bonus_categories"] = tuple(
            _list(reader, "bonus_categories", doc["bonus_categories"], reader.text)
        )
    for key in ("holidays", "workdays"):
        if key in doc:
            fields[key] = frozenset(_list(reader, key, doc[key], reader.day))
    if "item_coefficients" in doc:
        fields["item_coefficients"] = _coefficient_rules(doc["item_coefficients"], reader)
    fields["posts"] = _posts(doc.get("posts", {}), reader)
    fields["titles"] = _titles(doc.get("titles", {}), reader)

    if reader.problems:
        return None
    return Policy(**fields)


def _list(reader: _Reader, where: str, value: Any, read) -> list[Any]:
    if not isinstance(value, list):
        reader.problems.append(f"{where}: a list is expected ({value!r})")
        return []
    items = [read(f"{where}[{index}]", item) for index, item in enumerate(value)]
    return [item for item in items if item is not None]


def _shares(value: Any, reader: _Reader) -> tuple[Decimal, ...]:
    return tuple(_list(reader, "shares", value, reader.decimal))


def _pay(doc: dict[str, Any], reader: _Reader) -> dict[Month, PaySetting]:
    """Merge `value_per_equivalent` and `pay` into one setting per month."""
    raw: dict[Month, dict[str, Decimal | None]] = {}
    values = reader.table("value_per_equivalent", doc.get("value_per_equivalent", {}))
    for key, value in values.items():
        month = reader.month(f"value_per_equivalent.{key}", key)
        if month:
            raw.setdefault(month, {})["value_per_equivalent"] = reader.decimal(
                f"value_per_equivalent.{key}", value
            )

    for key, setting in reader.table("pay", doc.get("pay", {})).items():
        month = reader.month(f"pay.{key}", key)
        settings = reader.table(f"pay.{key}", setting, _PAY_KEYS)
        if month is None:
            continue
        for name, value in settings.items():
            if name in _PAY_KEYS:
                raw.setdefault(month, {})[name] = reader.decimal(f"pay.{key}.{name}", value)
    return {month: PaySetting(**fields) for month, fields in raw.items()}


def _grades(value: Any, reader: _Reader) -> tuple[Grade, ...]:
    grades = []
    for name, fields in reader.table("grades", value).items():
        fields = reader.table(f"grades.{name}", fields, {"min_score", "coefficient"})
        score = reader.decimal(f"grades.{name}.min_score", fields.get("min_score", 0))
        coefficient = reader.decimal(f"grades.{name}.coefficient", fields.get("coefficient"))
        if score is not None and coefficient is not None:
            grades.append(Grade(name, score, coefficient))
    return tuple(grades)


def _deductions(value: Any, reader: _Reader) -> dict[str, Any]:
    fields = reader.table("deductions", value, {"violation", "veto"})
    result: dict[str, Any] = {}
    if "violation" in fields:
        steps = _list(reader, "deductions.violation", fields["violation"], reader.decimal)
        result["violation_deductions"] = tuple(steps)
    if "veto" in fields:
        result["veto_deduction"] = reader.decimal("deductions.veto", fields["veto"])
    return result


def _coefficient_rules(value: Any, reader: _Reader) -> tuple[CoefficientRule, ...]:
    if not isinstance(value, list):
        reader.problems.append("item_coefficients: a list of tables is expected")
        return ()
    rules = []
    for index, raw in enumerate(value):
        where = f"item_coefficients[{index}]"
        fields = reader.table(where, raw, {"item", "coefficient", "months", "from", "to"})
        months = _list(reader, f"{where}.months", fields.get("months", []), _month_number(reader))
        rule = CoefficientRule(
            item=reader.text(f"{where}.item", fields.get("item")),
            coefficient=reader.decimal(f"{where}.coefficient", fields.get("coefficient")),
            months=frozenset(months),
            start=reader.day(f"{where}.from", fields["from"]) if "from" in fields else None,
            end=reader.day(f"{where}.to", fields["to"]) if "to" in fields else None,
        )
        rules.append(rule)
    return tuple(rules)


def _month_number(reader: _Reader):
    def read(where: str, value: Any) -> int | None:
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 12:
            return value
        reader.problems.append(f"{where}: a month number 1–12 is expected ({value!r})")
        return None

    return read


def _posts(value: Any, reader: _Reader) -> dict[str, PostRule]:
    posts = {}
    if not isinstance(value, dict):
        reader.problems.append("posts: a table is expected")
        return posts
    for code, raw in value.items():
        fields = reader.table(f"posts.{code}", raw, {"name", "coefficient", "mode", "appraised"})
        appraised = fields.get("appraised", True)
        if not isinstance(appraised, bool):
            reader.problems.append(f"posts.{code}.appraised: true or false ({appraised!r})")
        posts[code] = PostRule(
            code=code,
            name=reader.text(f"posts.{code}.name", fields.get("name", code)),
            coefficient=reader.decimal(f"posts.{code}.coefficient", fields.get("coefficient", "1")),
            mode=reader.text(f"posts.{code}.mode", fields.get("mode", "specialty")),
            appraised=appraised is True,
        )
    return posts


def _titles(value: Any, reader: _Reader) -> dict[str, TitleRule]:
    titles = {}
    if not isinstance(value, dict):
        reader.problems.append("titles: a table is expected")
        return titles
    for code, raw in value.items():
        fields = reader.table(f"titles.{code}", raw, {"name", "coefficient"})
        titles[code] = TitleRule(
            code=code,
            name=reader.text(f"titles.{code}.name", fields.get("name", code)),
            coefficient=reader.decimal(
                f"titles.{code}.coefficient", fields.get("coefficient", "1")
            ),
        )
    return titles


def write_policy(policy: Policy) -> str:
    """The policy as a TOML document that `read_policy` reads back to an equal policy."""
    doc: dict[str, Any] = {"year": policy.year}
    for key in _DECIMAL_KEYS:
        doc[key] = plain(getattr(policy, key))
    doc["shares"] = [plain(share) for share in policy.shares]
    values = {
        str(m): plain(s.value_per_equivalent)
        for m, s in sorted(policy.pay.items())
        if s.value_per_equivalent is not None
    }
    funds = {str(m): _fund_table(s) for m, s in sorted(policy.pay.items()) if s.fund is not None}
    if values:
        doc["value_per_equivalent"] = values
    if funds:
        doc["pay"] = funds
    doc["grades"] = {
        g.name: {"min_score": _score(g.min_score), "coefficient": plain(g.coefficient)}
        for g in policy.grades
    }
    doc["deductions"] = {
        "violation": [plain(d) for d in policy.violation_deductions],
        "veto": plain(policy.veto_deduction),
    }
    doc["missing_quality_grade"] = policy.missing_quality_grade
    doc["research_teaching_mode"] = policy.research_teaching_mode
    doc["bonus_categories"] = list(policy.bonus_categories)
    doc["holidays"] = [day.isoformat() for day in sorted(policy.holidays)]
    doc["workdays"] = [day.isoformat() for day in sorted(policy.workdays)]
    doc["item_coefficients"] = [_rule_table(rule) for rule in policy.item_coefficients]
    doc["posts"] = {
        p.code: {
            "name": p.name,
            "coefficient": plain(p.coefficient),
            "mode": p.mode,
            "appraised": p.appraised,
        }
        for p in policy.posts.values()
    }
    doc["titles"] = {
        t.code: {"name": t.name, "coefficient": plain(t.coefficient)}
        for t in policy.titles.values()
    }
    return tomli_w.dumps(doc)


def _fund_table(setting: PaySetting) -> dict[str, str]:
    table = {"fund": plain(setting.fund), "distributable_ratio": plain(setting.distributable_ratio)}
    if setting.planned_equivalents is not None:
        table["planned_equivalents"] = plain(setting.planned_equivalents)
    return table


def _rule_table(rule: CoefficientRule) -> dict[str, Any]:
    table: dict[str, Any] = {"item": rule.item, "coefficient": plain(rule.coefficient)}
    if rule.months:
        table["months"] = sorted(rule.months)
    else:
        table["from"] = rule.start.isoformat()
        table["to"] = rule.end.isoformat()
    return table


def _score(score: Decimal) -> int | str:
    return int(score) if score == int(score) else plain(score)
