"""The first run: a new database opens on a wizard that sets the centre up or builds the demo."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWizard

from centredesk.ui.first_run import DONE, FirstRunWizard
from tests.databases import fill_from, query, url_of
from tests.ui.conftest import settle_background, type_text

NEXT, COMMIT, FINISH = (
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
)


@pytest.fixture
def open_new(qtbot):
    """Open a new database as the program does and return the controller, window and wizard."""
    from centredesk.ui.app import DesktopController, create_application

    windows = []

    def open_(db):
        QSettings().setValue("language", "en")
        controller = DesktopController(create_application([]))
        window = controller.open(url_of(db))
        qtbot.addWidget(window)
        windows.append(window)
        qtbot.waitUntil(lambda: window.findChild(FirstRunWizard) is not None, timeout=20000)
        return controller, window, window.findChild(FirstRunWizard)

    yield open_
    for window in windows:
        window.close()
    settle_background(qtbot)


def test_set_up_a_new_centre_and_see_the_recovery_code_once(open_new, new_database, qtbot):
    db = new_database()
    controller, window, wizard = open_new(db)

    wizard.button(NEXT).click()
    type_text(wizard.centre_page.centre_name, "滨江社区卫生服务中心")
    wizard.centre_page.year.setValue(2026)
    assert "19 public holidays" in wizard.centre_page.summary.text()
    wizard.button(NEXT).click()
    page = wizard.account_page
    qtbot.keyClicks(page.password, "s3cret-pass")
    qtbot.keyClicks(page.repeat, "s3cret-pass")
    wizard.button(COMMIT).click()
    qtbot.waitUntil(lambda: wizard.currentId() == DONE, timeout=20000)

    code = wizard.done_page.code.text()
    assert len(code) == 24 and not wizard.button(FINISH).isEnabled()
    wizard.done_page.written.setChecked(True)
    with qtbot.waitSignal(controller.sig_window_ready, timeout=20000):
        wizard.button(FINISH).click()

    assert window.session.ctx.actor.name == "admin" and not window.session.ctx.actor.is_local
    assert query(db, "SELECT value FROM settings WHERE key = 'centre_name'") == [
        ("滨江社区卫生服务中心",)
    ]
    assert query(db, "SELECT year FROM policies") == [(2026,)]
    assert query(db, "SELECT name, role FROM users") == [("admin", "administrator")]
    posts = window.show_screen("staff").posts_tab.posts.visible_rows()
    assert {post.code for post in posts} == {"FD", "GP", "VX", "CH", "WH", "NUR", "PH"}


def test_two_different_passwords_are_refused_on_the_page(open_new, new_database, qtbot):
    db = new_database()
    _, _, wizard = open_new(db)
    wizard.button(NEXT).click()
    type_text(wizard.centre_page.centre_name, "滨江社区卫生服务中心")
    wizard.button(NEXT).click()

    qtbot.keyClicks(wizard.account_page.password, "s3cret-pass")
    qtbot.keyClicks(wizard.account_page.repeat, "s3cret-pazz")
    wizard.button(COMMIT).click()

    assert wizard.currentPage() is wizard.account_page
    assert wizard.account_page.problem_label.text() == "The two passwords differ."
    assert query(db, "SELECT count(*) FROM users") == [(0,)]


def test_open_the_demo_centre_from_the_wizard(
    open_new, new_database, qtbot, monkeypatch, demo_template
):
    # Building the demo takes many seconds (tests/cli/test_demo.py covers it); here the demo
    # already built for this test run is written into the new database instead.
    db = new_database("demo.db")

    def demo_from_template(ctx, until, seed=1):
        fill_from(demo_template, db)
        return 30

    monkeypatch.setattr("centredesk.services.demo.create_demo", demo_from_template)
    controller, window, wizard = open_new(db)

    wizard.choice_page.demo.setChecked(True)
    wizard.button(NEXT).click()
    qtbot.waitUntil(lambda: wizard.currentId() == DONE, timeout=60000)
    assert "demo1234" in wizard.done_page.text.text()
    with qtbot.waitSignal(controller.sig_window_ready, timeout=20000):
        wizard.button(FINISH).click()

    assert window.session.ctx.actor.name == "admin"
    assert query(db, "SELECT count(*) FROM staff") == [(30,)]


def test_closing_the_wizard_leaves_an_empty_database_for_the_local_user(
    open_new, new_database, qtbot
):
    db = new_database()
    controller, window, wizard = open_new(db)

    with qtbot.waitSignal(controller.sig_window_ready, timeout=20000):
        wizard.reject()

    assert window.session.ctx.actor.is_local
    assert query(db, "SELECT count(*) FROM policies") == [(0,)]
