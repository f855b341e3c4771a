"""The fixed shape of the demo centre: posts, titles, holidays, roster and working habits.

Everything here is data that `demo_data` turns into exchange files; it draws no random
numbers itself, so a seed changes names, days and volumes but never the centre's shape.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from centredesk.model.policy import PostRule, TitleRule

POSTS = (
    PostRule("FD", "前台", Decimal("1.0"), "process", appraised=False),
    PostRule("GP", "全科门诊", Decimal("1.0"), "specialty"),
    PostRule("VX", "预防接种", Decimal("0.95"), "specialty"),
    PostRule("CH", "儿童保健", Decimal("1.0"), "specialty"),
    PostRule("WH", "妇女保健", Decimal("1.0"), "specialty"),
    PostRule("NUR", "护理", Decimal("0.9"), "process"),
    PostRule("PH", "公共卫生", Decimal("1.05"), "specialty"),
)

# Senior titles carry supervision, teaching and research, so their clinical target is lower.
TITLES = (
    TitleRule("RES", "住院医师", Decimal("1.0")),
    TitleRule("ATT", "主治医师", Decimal("1.0")),
    TitleRule("ASC", "副主任医师", Decimal("0.9")),
    TitleRule("CHF", "主任医师", Decimal("0.8")),
)

# Shares proposed from the demo centre's own volume as SPEC §2.9 describes: low in February
# (Spring Festival) and October (National Day), high in the winter respiratory season.
_SHARES = "0.085 0.07 0.085 0.08 0.08 0.08 0.085 0.085 0.08 0.075 0.09 0.105"
SHARES = tuple(Decimal(share) for share in _SHARES.split())

SUMMER_PPV_MONTHS = (6, 7, 8)
SUMMER_PPV_COEFFICIENT = Decimal("2.0")
# The autumn influenza campaign is weighted up over a date range rather than whole months.
FLU_CAMPAIGN = ((10, 15), (11, 15))
FLU_CAMPAIGN_COEFFICIENT = Decimal("1.2")

# The State Council's holiday schedules (国务院办公厅节假日安排): weekdays off, weekend days on.
_OFFICIAL_HOLIDAYS = {
    2024: (
        "01-01 02-12 02-13 02-14 02-15 02-16 04-04 04-05 05-01 05-02 05-03 06-10 09-16 09-17 "
        "10-01 10-02 10-03 10-04 10-07",
        "02-04 02-18 04-07 04-28 05-11 09-14 09-29 10-12",
    ),
    2025: (
        "01-01 01-28 01-29 01-30 01-31 02-03 02-04 04-04 05-01 05-02 05-05 06-02 "
        "10-01 10-02 10-03 10-06 10-07 10-08",
        "01-26 02-08 04-27 09-28 10-11",
    ),
    2026: (
        "01-01 01-02 02-16 02-17 02-18 02-19 02-20 02-23 04-06 05-01 05-04 05-05 06-19 09-25 "
        "10-01 10-02 10-05 10-06 10-07",
        "01-04 02-14 02-28 05-09 09-20 10-10",
    ),
}

# Holidays by fixed date, for years whose schedule (with its lunar festivals) is not known.
_FIXED_HOLIDAYS = ((1, 1), (5, 1), (5, 2), (5, 3), *((10, day) for day in range(1, 8)))


def public_holidays(year: int) -> tuple[frozenset[date], frozenset[date]]:
    """The year's holidays (weekdays off) and make-up workdays (weekend days on)."""
    if year in _OFFICIAL_HOLIDAYS:
        off, on = _OFFICIAL_HOLIDAYS[year]
        return _days(year, off), _days(year, on)

    fixed = (date(year, month, day) for month, day in _FIXED_HOLIDAYS)
    return frozenset(day for day in fixed if day.weekday() < 5), frozenset()


def _days(year: int, month_days: str) -> frozenset[date]:
    return frozenset(date.fromisoformat(f"{year}-{text}") for text in month_days.split())


@dataclass(frozen=True)
class RosterPlace:
    """One place on the demo roster; `joins`/`leaves` index the period's months."""

    post: str
    title: str
    female: bool | None = None
    joins: int | None = None
    leaves: int | None = None
    maternity: bool = False


# Thirty staff; None for `female` lets the seed choose.
ROSTER = (
    RosterPlace("FD", "RES", True),
    RosterPlace("FD", "RES"),
    RosterPlace("FD", "ATT", True),
    RosterPlace("GP", "CHF"),
    RosterPlace("GP", "ASC"),
    RosterPlace("GP", "ASC"),
    RosterPlace("GP", "ATT"),
    RosterPlace("GP", "ATT"),
    RosterPlace("GP", "ATT"),
    RosterPlace("GP", "RES"),
    RosterPlace("GP", "RES"),
    RosterPlace("GP", "RES", joins=8),
    RosterPlace("VX", "ATT", True),
    RosterPlace("VX", "ATT"),
    RosterPlace("VX", "RES", True),
    RosterPlace("CH", "ASC", True),
    RosterPlace("CH", "ATT"),
    RosterPlace("CH", "RES", True, leaves=13),
    RosterPlace("WH", "ASC", True),
    RosterPlace("WH", "ATT", True, maternity=True),
    RosterPlace("WH", "RES", True),
    RosterPlace("NUR", "ATT", True),
    RosterPlace("NUR", "ATT", True),
    RosterPlace("NUR", "RES", True),
    RosterPlace("NUR", "RES"),
    RosterPlace("NUR", "RES", True, joins=19),
    RosterPlace("PH", "ASC"),
    RosterPlace("PH", "ATT"),
    RosterPlace("PH", "ATT", True),
    RosterPlace("PH", "RES"),
)

# Monthly basic pay ranges (yuan) by title; the front desk is paid below the clinical staff.
BASIC_PAY = {
    "FD": (3200, 3700),
    "RES": (3800, 4300),
    "ATT": (5000, 5900),
    "ASC": (6400, 7300),
    "CHF": (7800, 8700),
}

# Years of service before the demo period by title, so residents are the newcomers.
SERVICE_YEARS = {"FD": (1, 15), "RES": (1, 5), "ATT": (4, 15), "ASC": (10, 22), "CHF": (15, 28)}

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程"
    "魏苏吕丁沈任姚卢钟姜崔谭陆范汪廖石金韦贾夏方邹熊白孟秦邱侯江尹薛段雷龙黎史陶贺毛郝顾龚邵"
)
DOUBLE_SURNAMES = ("欧阳", "司马", "上官", "诸葛")
GIVEN_FEMALE = "丽娜静敏燕艳芳婷雪慧颖琳洁倩萍红霞玲娟晶璐欣怡雯岚佳瑶蕾"
GIVEN_MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊峰亮帆远博"
GIVEN_EITHER = "晓文思海春子嘉一梓佳宁安乐心志新建德"

# A typical day's counts per post; the first item is the one calibration adjusts.
DAY_PROFILES: dict[str, dict[str, float]] = {
    "GP": {
        "GPV": 30,
        "GRV": 10,
        "FDS": 1.5,
        "HTF": 4,
        "DMF": 3,
        "HTS": 3,
        "HCV": 0.15,
        "HBD": 0.2,
        "REF": 0.6,
        "IDR": 0.3,
        "HRU": 2,
        "HEI": 2,
        "TCE": 0.8,
    },
    "VX": {"VAC": 60, "VRG": 4, "VAE": 0.05, "HEI": 2, "IDR": 0.1},
    "CH": {"CHK": 18, "NBV": 3, "PSC": 6, "TCC": 4, "HRN": 1, "HEI": 2},
    "WH": {"PNC": 10, "PNR": 3, "PPV": 3, "PPC": 3, "HRN": 1, "HEI": 2},
    "NUR": {"INJ": 40, "IVD": 8, "DRS": 10, "ECG": 12, "HBD": 0.3, "HEI": 2},
    "PH": {
        "ELD": 6,
        "ELA": 4,
        "HTE": 2,
        "DME": 1.5,
        "HTF": 3,
        "DMF": 2,
        "MHF": 1.2,
        "MHE": 0.2,
        "TBS": 0.3,
        "TBV": 0.15,
        "TBF": 1,
        "HRN": 2,
        "HRU": 4,
        "HEL": 0.12,
        "HEC": 0.08,
        "HEP": 0.1,
        "HSI": 0.5,
        "HSR": 1,
        "IDI": 0.05,
        "EPH": 0.02,
    },
}

_WINTER = {12: 1.3, 1: 1.35, 2: 1.2, 3: 1.1, 7: 0.9, 8: 0.9}
# Seasonal multipliers on an item's daily count, by calendar month (1 where not given).
SEASONS: dict[str, dict[int, float]] = {
    "GPV": _WINTER,
    "GRV": _WINTER,
    "IDR": {12: 1.5, 1: 1.6, 2: 1.4},
    "VAC": {1: 0.7, 2: 0.6, 3: 1.4, 4: 1.5, 5: 1.3, 7: 0.8, 8: 0.8, 9: 1.3, 10: 1.5, 11: 1.4},
    "PPV": {6: 1.15, 7: 1.2, 8: 1.15},
    "NBV": {6: 1.15, 7: 1.2, 8: 1.15},
    "ELD": {4: 1.3, 5: 1.4, 6: 1.3},
    "PSC": {9: 1.4, 10: 1.2},
}

# How much busier a post is than usual in a calendar month: ranks its doctors up or down
# when the month's bands are handed out, so campaigns show up as reward and over-cap months.
POST_SEASONS: dict[str, dict[int, float]] = {
    "GP": {12: 0.8, 1: 0.9, 2: 0.5, 7: -0.4, 8: -0.4},
    "VX": {1: -0.6, 2: -0.9, 3: 0.6, 4: 0.9, 5: 0.5, 7: -0.4, 8: -0.4, 9: 0.5, 10: 0.9, 11: 1.0},
    "WH": {6: 0.5, 7: 0.7, 8: 0.5},
    "PH": {4: 0.4, 5: 0.6, 6: 0.4},
    "CH": {9: 0.4},
}

# Mondays are the busiest clinic day; a make-up weekend day is quieter than any weekday.
WEEKDAY_LOAD = (1.3, 1.1, 1.0, 0.95, 0.9, 0.85, 0.85)

# Research and teaching by title: teaching days per working day, then monthly chances.
TEACHING_RATE = {"RES": 0.0, "ATT": 0.06, "ASC": 0.12, "CHF": 0.15}
MONTHLY_BONUS: dict[str, tuple[tuple[str, float], ...]] = {
    "RES": (("CSE", 0.05),),
    "ATT": (("CSE", 0.25), ("CEL", 0.05), ("PAP", 0.02)),
    "ASC": (("CSE", 0.3), ("CEL", 0.15), ("PAP", 0.05), ("PRJ", 0.01)),
    "CHF": (("CSE", 0.3), ("CEL", 0.25), ("PAP", 0.06), ("PRJ", 0.02)),
}

VIOLATION_NOTES = (
    "迟到",
    "早退",
    "处方书写不规范",
    "随访记录不完整",
    "未按规定登记传染病",
    "冷链温度记录缺失",
)
ERROR_NOTE = "用药差错"
VETO_NOTE = "收受患者红包"


def weekday_load(day: date) -> float:
    """How busy a working day is relative to a Wednesday."""
    return WEEKDAY_LOAD[day.weekday()]


def maternity_start(last_day: date) -> date:
    """Maternity leave of 98 days (the statutory minimum) ending on `last_day`."""
    return last_day - timedelta(days=97)
