"""Accounts on the desktop: a doctor's own screens, switching user, the idle lock, slow logins."""

import re

import shiboken6
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from centredesk.roles import DIRECTOR
from centredesk.ui.screens import screens_for
from tests.conftest import DEMO_PASSWORD
from tests.databases import query, url_of
from tests.ui.conftest import settle_background, type_text

STAFF_NUMBER = re.compile(r"\bD\d{3}\b")


def _wait_for_home(qtbot, home) -> None:
    qtbot.waitUntil(lambda: home.data is not None, timeout=10000)


def _wait_for_rows(qtbot, window, screen) -> None:
    """Until the screen's background reads are done and some table has rows."""
    qtbot.waitUntil(lambda: window._busy == 0 and bool(_cell_texts(screen)), timeout=20000)


def _cell_texts(screen) -> list[str]:
    """Every text cell of every table model on a screen."""
    texts = []
    for model in screen.findChildren(QAbstractItemModel):
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                texts.append(str(value or ""))
    return texts


def _sign_in(qtbot, dialog, user: str, password: str = DEMO_PASSWORD) -> None:
    dialog.user.setText(user)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)


def _switch_user(qtbot, window, user: str) -> None:
    actions = window.account_actions
    actions.switch_action.trigger()
    with qtbot.waitSignal(window.sig_ready, timeout=10000):
        _sign_in(qtbot, actions.login_dialog, user)


# --- a doctor's own view ---------------------------------------------------------------------


def test_a_doctor_sees_their_month_first_and_only_their_own_rows(open_main_window, demo_db, qtbot):
    window = open_main_window(demo_db, user="D004")
    others = {name for (name,) in query(demo_db, "SELECT name FROM staff WHERE staff_no != 'D004'")}

    assert window.screen_keys()[0] == "home"
    assert window.screen_keys() == [entry.key for entry in screens_for("doctor", False)]
    for key in window.screen_keys():
        screen = window.show_screen(key)
        _wait_for_rows(qtbot, window, screen)
        texts = _cell_texts(screen)
        assert {n for t in texts for n in STAFF_NUMBER.findall(t)} <= {"D004"}
        assert not any(name in text for text in texts for name in others)

    home = window.screen("home")
    assert home.heading.text() == "沈慧 (D004), 2026-11"
    assert len(home.chart.bar_values()) == 12
    assert home.chart.bar_values()[-1] == 952.9
    assert [value for _name, value in home.bar.marks()] == [
        home.data.history[-1][1].lines.base_line,
        home.data.history[-1][1].target,
        home.data.history[-1][1].lines.cap_line,
    ]


def test_a_doctor_drills_into_a_month_and_saves_their_slip(
    open_main_window, demo_db, qtbot, tmp_path, monkeypatch
):
    from centredesk.model.months import Month
    from centredesk.ui.screens import home_screen

    home = open_main_window(demo_db, user="D004").screen("home")
    _wait_for_home(qtbot, home)

    home.chart.sig_month_clicked.emit(Month(2026, 9))
    qtbot.mouseClick(home.drill_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: home.dialog is not None and home.dialog.isVisible(), timeout=10000)
    drill = home.dialog.drill
    assert (drill.staff_no, drill.month) == ("D004", Month(2026, 9))
    assert sum(line.line.subtotal for line in drill.lines if not line.line.is_bonus) == (
        drill.equivalents
    )
    home.dialog.reject()

    target = tmp_path / "my-slip.pdf"
    monkeypatch.setattr(
        home_screen.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    qtbot.mouseClick(home.slip_button, Qt.LeftButton)
    # The file exists from the moment it is opened; the status message follows its last byte.
    status = home.main_window.statusBar()
    qtbot.waitUntil(lambda: "Slip saved to" in status.currentMessage(), timeout=20000)
    assert target.read_bytes().startswith(b"%PDF")


# --- signing in ------------------------------------------------------------------------------


def test_five_wrong_passwords_slow_that_account_and_the_director_signs_in_after(
    qtbot, demo_db, monkeypatch
):
    from centredesk.ui.app import DesktopController, create_application

    controller = DesktopController(create_application([]))
    dialogs = []
    controller.sig_login_needed.connect(dialogs.append)
    window = controller.open(url_of(demo_db))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(dialogs), timeout=20000)
    dialog = dialogs[0]
    ok = dialog.buttons

    for attempt in range(5):
        _sign_in(qtbot, dialog, "D004", f"not-it-{attempt}")
        qtbot.waitUntil(ok.isEnabled, timeout=10000)

    assert "too many wrong tries for D004" in dialog.message.text()
    assert "wait" in dialog.message.text()
    assert query(demo_db, "SELECT failed_attempts FROM users WHERE name = 'D004'")[0][0] >= 3
    with qtbot.waitSignal(controller.sig_window_ready, timeout=10000):
        _sign_in(qtbot, dialog, "director")
    assert window.session.ctx.actor.role == DIRECTOR
    assert window.screen_keys() == [entry.key for entry in screens_for(DIRECTOR, False)]
    window.close()
    settle_background(qtbot)


def test_switching_from_the_administrator_to_the_director_changes_the_screens(
    open_main_window, demo_db, qtbot
):
    window = open_main_window(demo_db)
    settings = window.show_screen("settings")
    assert "settings" in window.screen_keys()

    window.account_actions.switch_action.trigger()

    assert window.session is None and window.screen_keys() == []
    assert window.account_actions.panel.title.text() == "Nobody is signed in"
    assert window.account_actions.login_dialog.isVisible()
    with qtbot.waitSignal(window.sig_ready, timeout=10000):
        _sign_in(qtbot, window.account_actions.login_dialog, "director")
    qtbot.waitUntil(lambda: not shiboken6.isValid(settings))
    assert window.session.ctx.actor.name == "director"
    assert "settings" not in window.screen_keys() and "audit" in window.screen_keys()
    assert window.centralWidget() is not window.account_actions.panel

    _switch_user(qtbot, window, "D004")
    assert window.screen_keys() == [entry.key for entry in screens_for("doctor", False)]
    assert window.screen_keys()[0] == "home"
    assert window.screen("home").isVisible()


# --- the idle lock ---------------------------------------------------------------------------


def test_the_window_locks_after_the_idle_time_and_opens_with_the_same_password(
    open_main_window, demo_db, qtbot
):
    window = open_main_window(demo_db)
    actions = window.account_actions
    content = window.centralWidget()
    tab = window.show_screen("settings").centre_tab
    dialog = QDialog(window)
    dialog.show()

    # 0.005 minutes: 300 ms without a key or a click.
    tab.fields["idle_lock_minutes"].setText("0.005")
    tab.save_button.click()
    qtbot.waitUntil(lambda: actions.locked, timeout=5000)

    assert window.centralWidget() is actions.panel and actions.panel.isVisible()
    assert not tab.isVisible()
    assert actions.panel.title.text() == "Locked by admin"
    assert not window.menuBar().isEnabled() and not dialog.isVisible()
    type_text(actions.panel.password, "not my password")
    QTest.keyClick(actions.panel.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "wrong user name or password" in actions.panel.message.text())
    assert actions.locked

    type_text(actions.panel.password, DEMO_PASSWORD)
    QTest.keyClick(actions.panel.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not actions.locked, timeout=5000)
    assert window.centralWidget() is content and tab.isVisible()
    assert window.menuBar().isEnabled() and dialog.isVisible()
    assert window.screen("settings").centre_tab is tab
    actions.idle.set_interval_ms(0)


def test_typing_keeps_the_window_open(open_main_window, demo_db, qtbot):
    window = open_main_window(demo_db, user="D004")
    actions = window.account_actions
    # The default of the setting: ten minutes.
    qtbot.waitUntil(lambda: actions.idle.timer.interval() == 10 * 60_000)
    actions.idle.set_interval_ms(400)
    edit = window.screen("home").comment_edit

    for _ in range(8):
        QTest.keyClick(edit, Qt.Key.Key_A)
        qtbot.wait(100)

    assert not actions.locked
    qtbot.waitUntil(lambda: actions.locked, timeout=3000)
    actions.idle.set_interval_ms(0)


# --- comments and the audit log --------------------------------------------------------------


def test_a_comment_is_stored_and_found_in_the_audit_log_under_the_doctor(
    open_main_window, demo_db, qtbot, tmp_path, monkeypatch
):
    from openpyxl import load_workbook

    from centredesk.model.months import Month
    from centredesk.ui.screens import audit_screen

    window = open_main_window(demo_db, user="D004")
    home = window.screen("home")
    _wait_for_home(qtbot, home)
    home.select_month(Month(2026, 10))
    type_text(home.comment_edit, "十月的家庭医生签约数少了两例")
    with qtbot.waitSignal(home.sig_comment_added, timeout=10000):
        qtbot.mouseClick(home.comment_button, Qt.LeftButton)

    assert query(demo_db, "SELECT month, author, text FROM comments") == [
        ("2026-10", "D004", "十月的家庭医生签约数少了两例")
    ]
    assert "十月的家庭医生签约数少了两例" in home.comment_list.item(0).text()
    assert home.months.visible_rows()[1].comments == 1

    _switch_user(qtbot, window, "admin")
    audit = window.show_screen("audit")
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0, timeout=10000)
    audit.user.setCurrentIndex(audit.user.findData("D004"))
    entries = audit.visible_entries()
    assert [(e.user, e.action, e.target) for e in entries] == [
        ("D004", "comment added", "2026-10 D004")
    ]
    assert "十月的家庭医生签约数少了两例" in entries[0].after
    audit.view.selectRow(0)
    assert "十月的家庭医生签约数少了两例" in audit.after.toPlainText()

    audit.clear_filters()
    type_text(audit.search, "D018")
    shown = audit.visible_entries()
    assert shown and all("D018" in (e.before or "") + (e.after or "") for e in shown)
    audit.until.setDate(audit_screen.NO_DATE.addDays(1))
    assert audit.visible_entries() == []
    audit.clear_filters()
    audit.action.setCurrentIndex(audit.action.findData("account created"))
    shown = audit.visible_entries()
    assert {e.action for e in shown} == {"account created"}

    target = tmp_path / "audit.xlsx"
    monkeypatch.setattr(
        audit_screen.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    with qtbot.waitSignal(audit.sig_exported, timeout=10000):
        qtbot.mouseClick(audit.export_button, Qt.LeftButton)
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("at", "user", "action", "target", "before", "after")
    exported = sorted(row[1:4] for row in rows[1:])
    assert exported == sorted((e.user, e.action, e.target) for e in shown)
