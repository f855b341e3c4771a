"""The File menu's account actions: switch user, lock now, and the lock after idle time."""

import logging
from decimal import Decimal

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from centredesk.ui.idle_lock import IdleWatcher, LockPanel, WindowCover
from centredesk.ui.session import UiSession

log = logging.getLogger(__name__)

MILLISECONDS_A_MINUTE = 60_000


class AccountActions(QObject):
    """Signing out and in again on one window, and locking it when it is left alone."""

    def __init__(self, window, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.database = None
        self.month = None
        self.login_dialog = None

        self.panel = LockPanel(window)
        self.panel.hide()
        self.panel.sig_unlock_requested.connect(self._on_panel_unlock_requested)
        self.panel.sig_switch_requested.connect(self.switch_user)
        self.cover = WindowCover(window, self.panel)
        self.idle = IdleWatcher(self)
        self.idle.sig_idle.connect(self._on_idle_sig_idle)

        self.switch_action = self._add_action(
            menu, self.tr("S&witch user…"), self.switch_user, "Ctrl+Shift+L"
        )
        self.lock_action = self._add_action(menu, self.tr("&Lock the window"), self.lock, "Ctrl+L")
        window.sig_ready.connect(self._on_window_ready)

    def _add_action(self, menu: QMenu, text: str, slot, shortcut: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.setEnabled(False)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    @property
    def locked(self) -> bool:
        """Whether the screens are hidden (locked, or nobody signed in)."""
        return self.cover.covered

    # --- signing in and out --------------------------------------------------------------

    def switch_user(self) -> None:
        """Sign the current user out and ask who comes next; their screens are destroyed."""
        session = self.window.session
        if session is not None:
            self.month = session.month
            log.info("%s signed out of the window", session.ctx.actor.name)
            self.window.detach()
        self._set_actions_enabled(False)
        self.idle.watch(False)
        self.cover.cover()
        self.panel.show_signed_out()
        self._open_login_dialog()

    def _open_login_dialog(self) -> None:
        from centredesk.ui.login import LoginDialog

        if self.login_dialog is not None and self.login_dialog.isVisible():
            self.login_dialog.raise_()
            return
        self.login_dialog = LoginDialog(self.database, self.window)
        self.login_dialog.sig_signed_in.connect(self._on_login_dialog_signed_in)
        self.login_dialog.open()

    def _on_login_dialog_signed_in(self, actor) -> None:
        from centredesk.services.context import Context

        # Dialogs the previous user left open belong to their screens: closed, never shown.
        self.cover.uncover(show_hidden=False)
        self.window.attach(UiSession(Context(self.database, actor), self.month))

    def _on_window_ready(self) -> None:
        session = self.window.session
        actor = session.ctx.actor
        self.database, self.month = session.ctx.database, session.month
        # Without accounts there is nobody to switch to and no password to unlock with.
        self._set_actions_enabled(not actor.is_local)
        if actor.is_local:
            self.idle.set_interval_ms(0)
            return
        session.sig_data_changed.connect(self._on_session_data_changed)
        self._load_idle_minutes()

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.switch_action.setEnabled(enabled)
        self.lock_action.setEnabled(enabled)

    # --- locking ---------------------------------------------------------------------------

    def lock(self) -> None:
        """Hide the screens until the signed-in user types their password again."""
        session = self.window.session
        if session is None or session.ctx.actor.is_local or self.locked:
            return
        self.idle.watch(False)
        self.cover.cover()
        self.panel.show_locked(session.ctx.actor.name)
        log.info("window locked for %s", session.ctx.actor.name)

    def _on_idle_sig_idle(self) -> None:
        log.info("no input for %d ms: locking the window", self.idle.timer.interval())
        self.lock()

    def _on_panel_unlock_requested(self, password: str) -> None:
        from centredesk.services.accounts import authenticate

        database, name = self.database, self.window.session.ctx.actor.name
        self.window.run_task(
            lambda: authenticate(database, name, password),
            self._on_unlock_checked,
            self._on_unlock_refused,
        )

    def _on_unlock_checked(self, actor) -> None:
        self.panel.setEnabled(True)
        if self.window.session is None or actor.name != self.window.session.ctx.actor.name:
            return
        self.cover.uncover()
        self.idle.watch(True)
        log.info("window unlocked by %s", actor.name)

    def _on_unlock_refused(self, error: Exception) -> None:
        self.panel.refuse(str(error))

    # --- the idle time -------------------------------------------------------------------

    def _load_idle_minutes(self) -> None:
        from centredesk.services.settings import idle_lock_minutes

        ctx = self.window.session.ctx
        self.window.run_task(lambda: idle_lock_minutes(ctx), self._on_idle_minutes_loaded)

    def _on_idle_minutes_loaded(self, minutes: Decimal) -> None:
        self.idle.set_interval_ms(int(minutes * MILLISECONDS_A_MINUTE))
        if self.locked:
            self.idle.watch(False)

    def _on_session_data_changed(self, kind: str) -> None:
        if kind == "settings":
            self._load_idle_minutes()
