"""Roles in the service layer: a doctor reaches only their own data; the director signs."""

import importlib
import inspect
import pkgutil
from datetime import date
from decimal import Decimal

import pytest

import centredesk.services
from centredesk.files.policy_toml import read_policy
from centredesk.model.months import Month
from centredesk.model.policy import PaySetting
from centredesk.services import (
    accounts,
    audit_log,
    backups,
    breakdown,
    catalogue,
    centre_setup,
    comments,
    demo,
    doctor_view,
    events,
    exports,
    imports,
    integrity,
    leave,
    month_end,
    pay,
    policies,
    posts,
    quality,
    review,
    roster,
    settings,
    shift_codes,
    staff,
    staffing,
    staffing_report,
    volunteer_certificates,
    volunteer_hours,
    volunteer_stats,
    volunteer_work,
    volunteers,
    workflow,
    workload,
    workload_month,
    year,
)
from centredesk.services.context import DOCTOR
from centredesk.services.errors import PermissionDenied
from centredesk.storage.database import open_database
from tests.conftest import DEMO_UNTIL
from tests.databases import url_of
from tests.services.factories import signed_in

MONTH = Month.parse(DEMO_UNTIL)
DAY, YEAR = MONTH.first_day, MONTH.year
OWN, OTHER = "D004", "D005"


class Other:
    """Another doctor's identifiers, and what a call needs besides them."""

    def __init__(self, database, tmp_path, comment_id: int) -> None:
        self.database = database
        self.tmp_path = tmp_path
        self.comment_id = comment_id
        self.staff_no = OTHER

    def in_transaction(self, call):
        with self.database.transaction() as session:
            call(session)


# Every public service taking a ctx, called by a doctor about another doctor or the centre.
# Arguments that name no doctor are placeholders: the refusal comes before they are read.
CALLS = {
    "accounts.create_account": lambda ctx, o: accounts.create_account(
        ctx, "intruder", DOCTOR, "long enough", o.staff_no
    ),
    "accounts.reset_password": lambda ctx, o: accounts.reset_password(
        ctx, o.staff_no, "long enough"
    ),
    "accounts.deactivate_account": lambda ctx, o: accounts.deactivate_account(ctx, o.staff_no),
    "accounts.reactivate_account": lambda ctx, o: accounts.reactivate_account(ctx, o.staff_no),
    "accounts.list_accounts": lambda ctx, o: accounts.list_accounts(ctx),
    "accounts.replace_recovery_code": lambda ctx, o: accounts.replace_recovery_code(ctx),
    "audit_log.audit_entries": lambda ctx, o: audit_log.audit_entries(
        ctx, audit_log.AuditFilter(target=o.staff_no)
    ),
    "audit_log.export_audit": lambda ctx, o: audit_log.export_audit(ctx, o.tmp_path / "a.xlsx"),
    "backups.backup_now": lambda ctx, o: backups.backup_now(ctx, o.tmp_path / "copy.db"),
    "backups.automatic_backup": lambda ctx, o: backups.automatic_backup(ctx, "import"),
    "backups.restore_backup": lambda ctx, o: backups.restore_backup(ctx, o.tmp_path / "copy.db"),
    "breakdown.doctor_breakdown": lambda ctx, o: breakdown.doctor_breakdown(ctx, MONTH, o.staff_no),
    "catalogue.list_categories": lambda ctx, o: catalogue.list_categories(ctx),
    "catalogue.list_items": lambda ctx, o: catalogue.list_items(ctx),
    "catalogue.coefficient_rules": lambda ctx, o: catalogue.coefficient_rules(ctx, YEAR),
    "catalogue.add_category": lambda ctx, o: catalogue.add_category(ctx, "mine"),
    "catalogue.save_item": lambda ctx, o: catalogue.save_item(ctx, None),
    "catalogue.add_item_value": lambda ctx, o: catalogue.add_item_value(
        ctx, "GPV", Decimal("9"), DAY
    ),
    "catalogue.set_item_active": lambda ctx, o: catalogue.set_item_active(ctx, "GPV", False),
    "catalogue.export_items": lambda ctx, o: catalogue.export_items(ctx, o.tmp_path / "i.xlsx"),
    "centre_setup.set_up_centre": lambda ctx, o: centre_setup.set_up_centre(ctx, None),
    "centre_setup.open_demo_centre": lambda ctx, o: centre_setup.open_demo_centre(ctx, MONTH),
    "comments.add_comment": lambda ctx, o: comments.add_comment(
        ctx, MONTH, o.staff_no, "this is not my month"
    ),
    "comments.list_comments": lambda ctx, o: comments.list_comments(ctx, staff_no=o.staff_no),
    "comments.resolve_comment": lambda ctx, o: comments.resolve_comment(ctx, o.comment_id),
    "demo.create_demo": lambda ctx, o: demo.create_demo(ctx, MONTH),
    "doctor_view.doctor_history": lambda ctx, o: doctor_view.doctor_history(ctx, o.staff_no, MONTH),
    "events.list_events": lambda ctx, o: events.list_events(ctx, MONTH),
    "exports.export_month": lambda ctx, o: exports.export_month(ctx, MONTH, o.tmp_path / "m.xlsx"),
    "exports.export_year": lambda ctx, o: exports.export_year(ctx, YEAR, o.tmp_path / "y.xlsx"),
    "integrity.integrity_report": lambda ctx, o: integrity.integrity_report(ctx),
    "events.add_event": lambda ctx, o: events.add_event(ctx, o.staff_no, DAY, "violation"),
    "events.remove_event": lambda ctx, o: events.remove_event(ctx, 1),
    "imports.import_file": lambda ctx, o: imports.import_file(
        ctx, "workload", o.tmp_path / "w.csv"
    ),
    "imports.import_in_session": lambda ctx, o: o.in_transaction(
        lambda session: imports.import_in_session(session, ctx, "workload", o.tmp_path / "w.csv")
    ),
    "leave.leave_clashes": lambda ctx, o: leave.leave_clashes(ctx, o.staff_no, DAY, DAY),
    "leave.record_leave": lambda ctx, o: leave.record_leave(ctx, o.staff_no, DAY, DAY, "年假"),
    "month_end.month_end": lambda ctx, o: month_end.month_end(ctx, MONTH),
    "month_end.doctor_working": lambda ctx, o: month_end.doctor_working(ctx, MONTH, o.staff_no),
    "pay.set_pay": lambda ctx, o: pay.set_pay(ctx, MONTH, PaySetting(Decimal("9"))),
    "policies.import_policy": lambda ctx, o: policies.import_policy(ctx, "year = 2026\n"),
    "policies.store_policy": lambda ctx, o: o.in_transaction(
        lambda session: policies.store_policy(session, ctx, read_policy("year = 2026\n"), "p")
    ),
    "policies.export_policy": lambda ctx, o: policies.export_policy(ctx, YEAR),
    "posts.posts_and_titles": lambda ctx, o: posts.posts_and_titles(ctx),
    "posts.save_post": lambda ctx, o: posts.save_post(ctx, None),
    "posts.save_title": lambda ctx, o: posts.save_title(ctx, None),
    "posts.set_post_retired": lambda ctx, o: posts.set_post_retired(ctx, "GP", True),
    "posts.set_title_retired": lambda ctx, o: posts.set_title_retired(ctx, "ATT", True),
    "posts.delete_post": lambda ctx, o: posts.delete_post(ctx, "GP"),
    "posts.delete_title": lambda ctx, o: posts.delete_title(ctx, "ATT"),
    "quality.list_indicators": lambda ctx, o: quality.list_indicators(ctx),
    "quality.save_indicator": lambda ctx, o: quality.save_indicator(ctx, None),
    "quality.retire_indicator": lambda ctx, o: quality.retire_indicator(ctx, 1),
    "quality.month_quality": lambda ctx, o: quality.month_quality(ctx, MONTH),
    "quality.set_quality": lambda ctx, o: quality.set_quality(
        ctx, MONTH, o.staff_no, Decimal("100"), None
    ),
    "quality.clear_quality": lambda ctx, o: quality.clear_quality(ctx, MONTH, o.staff_no),
    "quality.import_quality": lambda ctx, o: quality.import_quality(ctx, o.tmp_path / "q.csv"),
    "quality.indicator_results": lambda ctx, o: quality.indicator_results(ctx, MONTH, o.staff_no),
    "quality.record_indicator_results": lambda ctx, o: quality.record_indicator_results(
        ctx, MONTH, o.staff_no, {1: Decimal("1")}
    ),
    "roster.roster": lambda ctx, o: roster.roster(ctx, DAY, DAY),
    "roster.apply_shifts": lambda ctx, o: roster.apply_shifts(
        ctx, [roster.ShiftChange(o.staff_no, DAY, "")]
    ),
    "roster.copy_week": lambda ctx, o: roster.copy_week(ctx, date(2026, 11, 2)),
    "roster.export_roster": lambda ctx, o: roster.export_roster(
        ctx, o.tmp_path / "r.xlsx", DAY, DAY
    ),
    "settings.all_settings": lambda ctx, o: settings.all_settings(ctx),
    "settings.get_setting": lambda ctx, o: settings.get_setting(ctx, "centre_name"),
    "settings.set_setting": lambda ctx, o: settings.set_setting(ctx, "centre_name", "mine"),
    "shift_codes.list_shift_codes": lambda ctx, o: shift_codes.list_shift_codes(ctx),
    "shift_codes.save_shift_code": lambda ctx, o: shift_codes.save_shift_code(ctx, None),
    "shift_codes.set_shift_code_retired": lambda ctx, o: shift_codes.set_shift_code_retired(
        ctx, "年假", True
    ),
    "staff.list_staff": lambda ctx, o: staff.list_staff(ctx),
    "staff.list_posts": lambda ctx, o: staff.list_posts(ctx),
    "staff.list_titles": lambda ctx, o: staff.list_titles(ctx),
    "staff.save_staff": lambda ctx, o: staff.save_staff(
        ctx,
        staff.StaffForm(o.staff_no, "改名", "GP", "ATT", date(2020, 1, 1), None, Decimal("1")),
    ),
    "staff.export_staff": lambda ctx, o: staff.export_staff(ctx, o.tmp_path / "staff.xlsx"),
    "staffing.posts_staffing": lambda ctx, o: staffing.posts_staffing(ctx, MONTH),
    "staffing_report.export_staffing": lambda ctx, o: staffing_report.export_staffing(
        ctx, o.tmp_path / "st.xlsx", ["post"], [["GP"]]
    ),
    "staffing_report.staffing_working": lambda ctx, o: staffing_report.staffing_working(ctx, None),
    "volunteer_certificates.default_period": lambda ctx, o: volunteer_certificates.default_period(
        ctx, 1, DAY
    ),
    "volunteer_certificates.verify_certificate": lambda ctx, o: (
        volunteer_certificates.verify_certificate(ctx, "CV-1")
    ),
    "volunteer_certificates.write_certificate": lambda ctx, o: (
        volunteer_certificates.write_certificate(ctx, 1, DAY, DAY, o.tmp_path / "c.pdf")
    ),
    "volunteer_hours.list_hours": lambda ctx, o: volunteer_hours.list_hours(ctx),
    "volunteer_hours.record_hours": lambda ctx, o: volunteer_hours.record_hours(
        ctx, 1, DAY, "帮困", Decimal("1")
    ),
    "volunteer_hours.approve_hours": lambda ctx, o: volunteer_hours.approve_hours(ctx, [1]),
    "volunteer_hours.correct_hours": lambda ctx, o: volunteer_hours.correct_hours(
        ctx, 1, Decimal("2")
    ),
    "volunteer_hours.pending_count": lambda ctx, o: volunteer_hours.pending_count(ctx),
    "volunteer_hours.export_hours": lambda ctx, o: volunteer_hours.export_hours(
        ctx, o.tmp_path / "h.xlsx"
    ),
    "volunteer_stats.statistics": lambda ctx, o: volunteer_stats.statistics(ctx, DAY),
    "volunteer_stats.recognition": lambda ctx, o: volunteer_stats.recognition(ctx, MONTH),
    "volunteer_stats.star_ladder": lambda ctx, o: volunteer_stats.star_ladder(ctx),
    "volunteer_stats.export_statistics": lambda ctx, o: volunteer_stats.export_statistics(
        ctx, DAY, o.tmp_path / "s.xlsx"
    ),
    "volunteer_stats.hours_total": lambda ctx, o: volunteer_stats.hours_total(ctx, 1, DAY, DAY),
    "volunteer_work.list_trainings": lambda ctx, o: volunteer_work.list_trainings(ctx),
    "volunteer_work.add_training": lambda ctx, o: volunteer_work.add_training(
        ctx, DAY, "pre-service", "急救", Decimal("2")
    ),
    "volunteer_work.set_attendance": lambda ctx, o: volunteer_work.set_attendance(ctx, 1, [1]),
    "volunteer_work.list_activities": lambda ctx, o: volunteer_work.list_activities(ctx),
    "volunteer_work.add_activity": lambda ctx, o: volunteer_work.add_activity(
        ctx, DAY, "义诊", "医疗服务", "广场", 2
    ),
    "volunteer_work.sign_up": lambda ctx, o: volunteer_work.sign_up(ctx, 1, [1]),
    "volunteer_work.withdraw": lambda ctx, o: volunteer_work.withdraw(ctx, 1, 1),
    "volunteer_work.suggest_volunteers": lambda ctx, o: volunteer_work.suggest_volunteers(ctx, 1),
    "volunteer_work.matching_upcoming": lambda ctx, o: volunteer_work.matching_upcoming(
        ctx, [1], DAY
    ),
    "volunteer_work.add_supervision_note": lambda ctx, o: volunteer_work.add_supervision_note(
        ctx, 1, DAY, "good", "fine"
    ),
    "volunteer_work.list_supervision_notes": lambda ctx, o: volunteer_work.list_supervision_notes(
        ctx
    ),
    "volunteers.list_volunteers": lambda ctx, o: volunteers.list_volunteers(ctx),
    "volunteers.get_volunteer": lambda ctx, o: volunteers.get_volunteer(ctx, 1),
    "volunteers.save_volunteer": lambda ctx, o: volunteers.save_volunteer(ctx, None),
    "volunteers.archive_volunteer": lambda ctx, o: volunteers.archive_volunteer(ctx, 1),
    "volunteers.restore_volunteer": lambda ctx, o: volunteers.restore_volunteer(ctx, 1),
    "volunteers.service_areas": lambda ctx, o: volunteers.service_areas(ctx),
    "volunteers.skills": lambda ctx, o: volunteers.skills(ctx),
    "volunteers.set_service_areas": lambda ctx, o: volunteers.set_service_areas(ctx, ["帮困"]),
    "volunteers.set_skills": lambda ctx, o: volunteers.set_skills(ctx, ["急救"]),
    "volunteers.export_volunteers": lambda ctx, o: volunteers.export_volunteers(
        ctx, o.tmp_path / "v.xlsx"
    ),
    "workflow.mark_reviewed": lambda ctx, o: workflow.mark_reviewed(ctx, MONTH),
    "workflow.sign": lambda ctx, o: workflow.sign(ctx, MONTH),
    "workflow.reopen": lambda ctx, o: workflow.reopen(ctx, MONTH, "because"),
    "workload.month_setup": lambda ctx, o: workload.month_setup(ctx, MONTH),
    "workload.month_grid": lambda ctx, o: workload.month_grid(ctx, None, o.staff_no),
    "workload.day_grid": lambda ctx, o: workload.day_grid(ctx, None, DAY),
    "workload.save_counts": lambda ctx, o: workload.save_counts(
        ctx, [workload.CountChange(DAY, o.staff_no, "GPV", 99)]
    ),
    "workload_month.doctor_drilldown": lambda ctx, o: workload_month.doctor_drilldown(
        ctx, MONTH, o.staff_no
    ),
    "workload_month.export_month_wide": lambda ctx, o: workload_month.export_month_wide(
        ctx, MONTH, o.tmp_path / "wide.xlsx"
    ),
    "year.year_shares": lambda ctx, o: year.year_shares(ctx, YEAR),
    "year.year_summary": lambda ctx, o: year.year_summary(ctx, YEAR),
    "year.monthly_equivalents": lambda ctx, o: year.monthly_equivalents(ctx, YEAR),
    "year.propose_year_shares": lambda ctx, o: year.propose_year_shares(ctx, YEAR),
    "year.accept_shares": lambda ctx, o: year.accept_shares(ctx, YEAR, [Decimal(1)] * 12),
}
# Services with no way to name another doctor, which a doctor may call for their own data.
OWN_DATA_ONLY = {"review.review", "accounts.change_own_password", "settings.idle_lock_minutes"}
OWN_DATA_ONLY |= {"slip_list.month_slips"}
# Helpers that take a ctx only to shape what they return, reached through checked services.
HELPERS = {"volunteers.view_of"}
# Questions about the database itself, which tell nothing of anyone's data.
HELPERS |= {"backups.backed_up_by_the_server"}


def services_taking_a_ctx() -> set[str]:
    """Every public function of centredesk.services that takes a Context."""
    found = set()
    for module_info in pkgutil.iter_modules(centredesk.services.__path__):
        module = importlib.import_module(f"centredesk.services.{module_info.name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            public = not name.startswith("_") and function.__module__ == module.__name__
            if public and "ctx" in inspect.signature(function).parameters:
                found.add(f"{module_info.name}.{name}")
    return found


def test_the_list_of_calls_covers_every_service_that_takes_a_context():
    listed = set(CALLS) | OWN_DATA_ONLY | HELPERS

    # A new service needs its call in CALLS: that is how its permission check gets tested.
    assert services_taking_a_ctx() - listed == set()
    assert listed - services_taking_a_ctx() == set()


@pytest.fixture(scope="module")
def refusals(copy_database, demo_template, tmp_path_factory):
    """One demo copy for all the refused calls (a refused call changes nothing): the doctor's
    context and the other doctor's identifiers."""
    copy = copy_database(demo_template, tmp_path_factory.mktemp("permissions"), "demo.db")
    database = open_database(url_of(copy))
    comment = comments.add_comment(signed_in(database, OTHER), MONTH, OTHER, "too low?")
    other = Other(database, tmp_path_factory.mktemp("files"), comment.id)
    yield signed_in(database, OWN), other
    database.close()


@pytest.mark.parametrize("service", sorted(CALLS))
def test_a_doctor_is_refused_every_service_about_another_doctor(refusals, service):
    doctor, other = refusals

    with pytest.raises(PermissionDenied):
        CALLS[service](doctor, other)


def test_a_doctor_reviewing_a_month_receives_only_their_own_row(demo_database):
    rows = review.review(signed_in(demo_database, OWN), MONTH).rows

    assert [row.staff_no for row in rows] == [OWN]
    assert len(review.review(signed_in(demo_database, "director"), MONTH).rows) > 20


def test_a_doctor_reaches_their_own_months_and_comments(demo_database):
    doctor = signed_in(demo_database, OWN)

    comments.add_comment(doctor, MONTH, OWN, "请核对11月的产后访视")
    history = doctor_view.doctor_history(doctor, OWN, MONTH)
    figures = breakdown.doctor_breakdown(doctor, MONTH, OWN)
    days = workload_month.doctor_drilldown(doctor, MONTH, OWN)

    assert [c.text for c in comments.list_comments(doctor)] == ["请核对11月的产后访视"]
    assert len(history) == 12 and history[-1][1].staff_no == OWN
    assert figures.staff_no == OWN
    assert days is not None
    assert month_end.doctor_working(doctor, MONTH, OWN) is not None


def test_a_doctor_sees_no_comment_of_another_doctor_without_asking(demo_database):
    comments.add_comment(signed_in(demo_database, OTHER), MONTH, OTHER, "mine")

    assert comments.list_comments(signed_in(demo_database, OWN)) == []
    assert len(comments.list_comments(signed_in(demo_database, "director"))) == 1


def test_a_doctor_may_comment_on_a_signed_month(demo_database):
    workflow.mark_reviewed(signed_in(demo_database, "admin"), MONTH)
    workflow.sign(signed_in(demo_database, "director"), MONTH)

    comments.add_comment(signed_in(demo_database, OWN), MONTH, OWN, "签字后发现一处错误")

    director = signed_in(demo_database, "director")
    assert [c.staff_no for c in comments.list_comments(director, MONTH, open_only=True)] == [OWN]


def test_the_director_signs_and_reopens_but_the_administrator_cannot(demo_database):
    admin = signed_in(demo_database, "admin")
    director = signed_in(demo_database, "director")
    workflow.mark_reviewed(admin, MONTH)

    with pytest.raises(PermissionDenied):
        workflow.sign(admin, MONTH)
    assert workflow.sign(director, MONTH) > 20
    with pytest.raises(PermissionDenied):
        workflow.reopen(admin, MONTH, "a late correction")
    workflow.reopen(director, MONTH, "a late correction")


def test_the_director_reads_everything_but_changes_no_data(demo_database, tmp_path):
    director = signed_in(demo_database, "director")

    assert policies.export_policy(director, MONTH.year).startswith("year = ")
    assert accounts.list_accounts(director)
    with pytest.raises(PermissionDenied):
        pay.set_pay(director, MONTH, PaySetting(Decimal("9")))
    with pytest.raises(PermissionDenied):
        imports.import_file(director, "workload", tmp_path / "w.csv")
    with pytest.raises(PermissionDenied):
        accounts.create_account(director, "friend", DOCTOR, "long enough", "D006")


def test_a_doctor_changes_only_their_own_password(demo_database):
    accounts.change_own_password(signed_in(demo_database, OWN), "demo1234", "my own secret")

    assert signed_in(demo_database, OWN, "my own secret").actor.staff_no == OWN
    assert signed_in(demo_database, OTHER).actor.staff_no == OTHER
