"""Excel exports of a month's review and of a year (values only, every column explained)."""

import logging
from collections.abc import Callable
from pathlib import Path

from centredesk.files.workbook import SheetData, write_workbook
from centredesk.model.appraisal import MonthReview, ReviewRow
from centredesk.model.months import Month
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context
from centredesk.services.month_end import month_end, review_totals
from centredesk.services.year import ProgressFn, YearDoctor, YearSummary, year_summary

log = logging.getLogger(__name__)

# (key, explanation): the header row and the row under it. Explanations are bilingual, as
# the workbook goes to whoever opens it, whatever the program's language.
MONTH_COLUMNS = (
    ("staff_no", "工号 / staff number"),
    ("name", "姓名 / name"),
    ("post", "岗位代码 / post code"),
    ("title", "职称代码 / title code"),
    ("status", "状态 ok / missing_quality 缺质量 / missing_value 缺单价"),
    ("attendance", "出勤率 = 可出勤工作日 ÷ 当月工作日 / attendance"),
    ("annual_target", "年目标 = 年基本工作量 × 岗位系数 × 职称系数 / annual target"),
    ("target", "月目标 = 年目标 × 月分摊比例 × 出勤率 / target"),
    ("base_line", "基本线 = 基本线比例 × 月目标 / base line"),
    ("cap_line", "封顶线 = 封顶比例 × 月目标 / cap line"),
    ("equivalents", "标准工作当量 E / equivalents"),
    ("bonus_equivalents", "科研带教奖励当量 / bonus equivalents"),
    ("counted", "计入当量 = min(E, 封顶线) / counted"),
    ("band", "区段 absent 全月休假 / below_base 低于基本线 / basic / reward / over_cap 超封顶"),
    ("performance_equivalents", "绩效当量 / performance equivalents"),
    ("score", "质量得分 / quality score"),
    ("grade", "质量等级 / quality grade"),
    ("quality_coefficient", "质量系数 / quality coefficient"),
    ("effective_equivalents", "有效服务量 = 绩效当量 × 质量系数 + 奖励当量 / effective"),
    ("violations", "违规次数 / violations"),
    ("veto", "一票否决 yes/no / veto"),
    ("deduction_ratio", "扣减比例 / deduction ratio"),
    ("value_per_equivalent", "当量单价（元）/ value per equivalent"),
    ("performance_pay", "绩效工资 = 有效服务量 × 单价 × (1 − 扣减比例) / performance pay"),
    ("basic_pay_factor", "基本工资系数 = min(1, E ÷ 基本线) / basic pay factor"),
    ("basic_pay", "基本工资（元）/ basic pay"),
)

PAY_COLUMNS = (
    ("month", "月份 / month"),
    ("value_per_equivalent", "当量单价（元）/ value per equivalent in force"),
    ("fund", "绩效基金（元）/ the month's fund"),
    ("distributable_ratio", "可分配系数 / distributable ratio"),
    ("planned_equivalents", "计划当量（默认为月目标之和）/ planned equivalents"),
    ("distributable", "可分配金额 = 基金 × 可分配系数 / distributable"),
    ("reserve", "储备金 = 基金 × (1 − 可分配系数) / reserve"),
    ("performance_pay", "当月绩效工资合计 / total performance pay"),
    ("exceeded", "是否超出可分配金额 yes/no / total exceeds the distributable fund"),
)

# The year's measures, one sheet each: (sheet, explanation, figure of a row, total of a doctor).
YEAR_MEASURES: tuple[tuple[str, str, Callable, Callable | None], ...] = (
    ("targets", "月目标 / target", lambda r: r.target, lambda d: d.target),
    ("equivalents", "标准工作当量 / equivalents", lambda r: r.equivalents, lambda d: d.equivalents),
    ("bands", "区段 / band", lambda r: r.band, None),
    (
        "effective",
        "有效服务量 / effective equivalents",
        lambda r: r.effective_equivalents,
        lambda d: d.effective_equivalents,
    ),
    (
        "pay",
        "绩效工资（元）/ performance pay",
        lambda r: r.performance_pay,
        lambda d: d.performance_pay,
    ),
    (
        "deductions",
        "扣减比例；合计列为有扣减的月数 / deduction ratio; total: months deducted",
        lambda r: r.deduction.ratio,
        lambda d: d.months_deducted,
    ),
)


def export_month(ctx: Context, month: Month, path: Path) -> int:
    """Write the month's review and pay figures to an .xlsx; returns the number of doctors."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    data = month_end(ctx, month)
    sheets = [
        _sheet(f"review {month}", MONTH_COLUMNS, _month_rows(data.review)),
        _sheet("pay", PAY_COLUMNS, [_pay_row(data.review, data.pay_setting)]),
    ]
    write_workbook(Path(path), sheets)
    log.info("exported the review of %s (%d doctors) to %s", month, len(data.review.rows), path)
    return len(data.review.rows)


def export_year(ctx: Context, year: int, path: Path, progress: ProgressFn | None = None) -> int:
    """Write the year's months side by side, its funds and posts; returns the doctors."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    summary = year_summary(ctx, year, progress)
    sheets = [_measure_sheet(summary, *measure) for measure in YEAR_MEASURES]
    sheets += [_months_sheet(summary), _posts_sheet(summary)]
    write_workbook(Path(path), sheets)
    log.info("exported the year %s (%d doctors) to %s", year, len(summary.doctors), path)
    return len(summary.doctors)


def _sheet(title: str, columns, rows) -> SheetData:
    return SheetData(title, [key for key, _ in columns], [note for _, note in columns], rows)


def _month_rows(review: MonthReview) -> list[list[object]]:
    rows = [_month_row(row) for row in review.rows]
    totals = review_totals(review.rows)
    total_row: list[object] = [""] * len(MONTH_COLUMNS)
    keys = [key for key, _ in MONTH_COLUMNS]
    total_row[0] = "total 合计"
    for key, value in (
        ("target", totals.target),
        ("equivalents", totals.equivalents),
        ("effective_equivalents", totals.effective_equivalents),
        ("performance_pay", totals.performance_pay),
        ("basic_pay", totals.basic_pay),
    ):
        total_row[keys.index(key)] = value
    return [*rows, total_row]


def _month_row(row: ReviewRow) -> list[object]:
    grade = row.grade
    return [
        row.staff_no,
        row.name,
        row.post,
        row.title,
        row.status,
        row.lines.attendance,
        row.lines.annual_target,
        row.target,
        row.lines.base_line,
        row.lines.cap_line,
        row.equivalents,
        row.bonus_equivalents,
        row.counted,
        row.band,
        row.performance_equivalents,
        row.score,
        grade.name if grade else None,
        grade.coefficient if grade else None,
        row.effective_equivalents,
        row.deduction.violations,
        row.deduction.veto,
        row.deduction.ratio,
        row.value_per_equivalent,
        row.performance_pay,
        row.basic_pay_factor,
        row.basic_pay,
    ]


def _pay_row(review: MonthReview, setting) -> list[object]:
    fund = review.fund
    return [
        str(review.month),
        fund.value_per_equivalent,
        setting.fund,
        setting.distributable_ratio,
        fund.planned_equivalents,
        fund.distributable,
        fund.reserve,
        review.total_performance_pay,
        review.fund_exceeded,
    ]


def _measure_sheet(summary: YearSummary, title: str, note: str, figure, total) -> SheetData:
    months = [str(month.month) for month in summary.months]
    header = ["staff_no", "name", "post", *months, *(["total"] if total else [])]
    notes = ["工号 / staff number", "姓名 / name", "岗位（年内最后所在）/ post"]
    notes += [note] * 12 + (["全年合计 / the year's total"] if total else [])
    rows = [_measure_row(doctor, figure, total) for doctor in summary.doctors]
    return SheetData(title, header, notes, rows)


def _measure_row(doctor: YearDoctor, figure, total) -> list[object]:
    cells = [None if row is None else figure(row) for row in doctor.months]
    return [doctor.staff_no, doctor.name, doctor.post, *cells, *([total(doctor)] if total else [])]


def _months_sheet(summary: YearSummary) -> SheetData:
    columns = (
        ("month", "月份 / month"),
        ("status", "状态 open / reviewed / signed"),
        ("doctors", "考核人数 / doctors appraised"),
        ("equivalents", "全中心标准工作当量 / the centre's equivalents"),
        ("performance_pay", "绩效工资合计 / total performance pay"),
        ("value_per_equivalent", "当量单价 / value per equivalent"),
        ("distributable", "可分配金额 / distributable fund"),
        ("reserve", "储备金 / reserve of the fund"),
    )
    rows = []
    for month in summary.months:
        review, fund = month.review, month.fund
        rows.append(
            [
                str(month.month),
                month.status,
                len(review.rows) if review else None,
                month.equivalents,
                month.performance_pay,
                fund.value_per_equivalent if fund else None,
                fund.distributable if fund else None,
                fund.reserve if fund else None,
            ]
        )
    return _sheet("months", columns, rows)


def _posts_sheet(summary: YearSummary) -> SheetData:
    columns = (
        ("post", "岗位代码 / post"),
        ("annual_demand", "年需求当量（按已记录月份折算全年）/ annual demand, annualised"),
        ("doctors", "医生数（全时当量）/ doctors, full-time equivalent"),
        ("demand_per_doctor", "人均需求当量 / demand per doctor"),
        ("lower", "下限 = 基本线比例 × 年目标 × 岗位系数 / below: overstaffed"),
        ("upper", "上限 = 封顶比例 × 年目标 × 岗位系数 / above: understaffed"),
        ("verdict", "结论 understaffed 缺员 / overstaffed 超员 / balanced 适当"),
    )
    rows = [
        [
            post.post,
            post.annual_demand,
            post.doctors,
            post.demand_per_doctor,
            post.lower,
            post.upper,
            post.verdict,
        ]
        for post in summary.posts
    ]
    return _sheet("posts", columns, rows)
