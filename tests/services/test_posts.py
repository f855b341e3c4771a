"""Posts and titles on the demo centre: the register and each year's policy move together."""

from decimal import Decimal

import pytest

from centredesk.model.months import Month
from centredesk.services import posts
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, DOCTOR, Actor, Context
from centredesk.services.errors import PermissionDenied, Refused
from centredesk.services.policies import export_policy
from centredesk.services.posts import PostForm, TitleForm
from centredesk.services.review import review
from centredesk.services.workflow import mark_reviewed, sign
from centredesk.storage.database import open_database
from tests.databases import query, url_of


@pytest.fixture
def database(demo_db):
    return open_database(url_of(demo_db))


@pytest.fixture
def ctx(database):
    return Context(database, Actor("admin", ADMINISTRATOR))


def _post(ctx, code: str):
    return next(post for post in posts.posts_and_titles(ctx).posts if post.code == code)


def _target(ctx, month: Month, staff_no: str) -> Decimal:
    return next(row for row in review(ctx, month).rows if row.staff_no == staff_no).lines.target


def _audit(demo_db, action: str) -> list[tuple[str, str]]:
    statement = 'SELECT "user", target FROM audit_log WHERE action = :action ORDER BY id'
    return query(demo_db, statement, action=action)


def test_a_new_post_joins_the_register_and_the_policies_from_its_year(ctx, demo_db):
    form = PostForm("DEN", "口腔科", Decimal("1.1"), "specialty", True, 2025, is_new=True)

    posts.save_post(ctx, form)

    added = _post(ctx, "DEN")
    assert (added.name, added.mode, added.appraised, added.retired) == (
        "口腔科",
        "specialty",
        True,
        False,
    )
    assert added.coefficients == {2024: None, 2025: Decimal("1.1"), 2026: Decimal("1.1")}
    assert '[posts.DEN]\nname = "口腔科"' in export_policy(ctx, 2026)
    assert _audit(demo_db, "post saved") == [("admin", "DEN")]


def test_a_coefficient_changes_the_targets_of_its_years_only(ctx):
    gp_2025, gp_2026 = _target(ctx, Month(2025, 11), "D005"), _target(ctx, Month(2026, 11), "D005")

    posts.save_post(ctx, PostForm("GP", "全科门诊", Decimal("1.2"), "specialty", True, 2026))

    assert _target(ctx, Month(2025, 11), "D005") == gp_2025
    assert _target(ctx, Month(2026, 11), "D005") > gp_2026
    assert _post(ctx, "GP").coefficients[2026] == Decimal("1.2")


def test_a_signed_month_keeps_the_coefficient_it_was_signed_with(ctx, database):
    mark_reviewed(ctx, Month(2026, 10))
    sign(Context(database, Actor("director", DIRECTOR)), Month(2026, 10))
    signed = _target(ctx, Month(2026, 10), "D005")

    posts.save_post(ctx, PostForm("GP", "全科门诊", Decimal("1.2"), "specialty", True, 2026))

    assert _target(ctx, Month(2026, 10), "D005") == signed


def test_a_title_coefficient_is_saved_from_a_year_on(ctx):
    posts.save_title(ctx, TitleForm("ASC", "副主任医师", Decimal("0.85"), 2026))

    title = next(t for t in posts.posts_and_titles(ctx).titles if t.code == "ASC")
    assert title.coefficients == {2024: Decimal("0.9"), 2025: Decimal("0.9"), 2026: Decimal("0.85")}


def test_a_post_that_staff_hold_cannot_be_retired(ctx, demo_db):
    with pytest.raises(Refused, match=r"still hold the post WH"):
        posts.set_post_retired(ctx, "WH", True)

    posts.save_post(ctx, PostForm("DEN", "口腔科", Decimal(1), "specialty", True, 2026, True))
    posts.set_post_retired(ctx, "DEN", True)
    assert _post(ctx, "DEN").retired
    assert _audit(demo_db, "post retired") == [("admin", "DEN")]
    posts.set_post_retired(ctx, "DEN", False)
    assert not _post(ctx, "DEN").retired


def test_only_a_post_nobody_held_can_be_deleted(ctx):
    posts.save_post(ctx, PostForm("DEN", "口腔科", Decimal(1), "specialty", True, 2024, True))

    with pytest.raises(Refused, match="has history"):
        posts.delete_post(ctx, "GP")
    posts.delete_post(ctx, "DEN")

    assert "DEN" not in {post.code for post in posts.posts_and_titles(ctx).posts}
    assert "[posts.DEN]" not in export_policy(ctx, 2024)
    assert _post(ctx, "GP").in_use


@pytest.mark.parametrize(
    ("form", "reason"),
    [
        (PostForm("D EN", "口腔科", Decimal(1), "specialty", True, 2026, True), "no spaces"),
        (PostForm("DEN", " ", Decimal(1), "specialty", True, 2026, True), "a name is required"),
        (PostForm("DEN", "口腔科", Decimal(0), "specialty", True, 2026, True), "above 0"),
        (PostForm("DEN", "口腔科", Decimal(1), "clinic", True, 2026, True), "process or specialty"),
        (PostForm("GP", "全科", Decimal(1), "specialty", True, 2026, True), "exists already"),
        (
            PostForm("DEN", "口腔科", Decimal(1), "specialty", True, 2027, True),
            "no policy for 2027",
        ),
    ],
)
def test_a_bad_post_is_refused_and_nothing_changes(ctx, form, reason):
    before = posts.posts_and_titles(ctx)

    with pytest.raises(Refused, match=reason):
        posts.save_post(ctx, form)

    assert posts.posts_and_titles(ctx) == before


def test_a_doctor_and_the_director_may_not_change_posts(database):
    form = PostForm("DEN", "口腔科", Decimal(1), "specialty", True, 2026, True)
    for actor in (Actor("D004", DOCTOR, "D004"), Actor("director", DIRECTOR)):
        with pytest.raises(PermissionDenied):
            posts.save_post(Context(database, actor), form)
    with pytest.raises(PermissionDenied):
        posts.posts_and_titles(Context(database, Actor("D004", DOCTOR, "D004")))
