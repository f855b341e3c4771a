"""Locking the window: an idle watcher over all input, and the panel that hides the screens.

Several people share the office PC and pay is personal, so a window left alone hides what it
shows until the same user types their password again (or someone else signs in).
"""

import logging

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

# Only what a person does counts as use; paint, timer and network events do not.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
# Windows that are no screen content and need not be hidden: menus, tooltips, pop-ups.
TRANSIENT_TYPES = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


class IdleWatcher(QObject):
    """Watches every input event of the application; says when none came for the interval."""

    sig_idle = Signal()
    """No key, click or mouse movement for the whole interval."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sig_idle)
        QApplication.instance().installEventFilter(self)

    def set_interval_ms(self, milliseconds: int) -> None:
        """Lock after this many idle milliseconds; 0 never locks."""
        self.timer.setInterval(milliseconds)
        self.watch(milliseconds > 0)

    def watch(self, active: bool) -> None:
        """Start counting from now, or stop counting (while locked or signed out)."""
        if active and self.timer.interval() > 0:
            self.timer.start()
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Called for every event of the program: kept to one comparison and a timer restart.
        if self.timer.isActive() and event.type() in INPUT_EVENTS:
            self.timer.start()
        return False


class LockPanel(QWidget):
    """Shown instead of the screens: the locked user's password, or a way to sign in."""

    sig_unlock_requested = Signal(str)
    """The password typed to unlock (never logged)."""

    sig_switch_requested = Signal()
    """Someone else wants to sign in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_panel")
        self.title = QLabel()
        self.title.setObjectName("lock_title")
        self.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMinimumWidth(240)
        self.password.returnPressed.connect(self._on_unlock_clicked)
        self.message = QLabel()
        self.message.setObjectName("lock_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.switch_button = QPushButton(self.tr("Switch user…"))
        self.switch_button.clicked.connect(self.sig_switch_requested)
        self._build_layout()

    def _build_layout(self) -> None:
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.addRow(self.tr("Password"), self.password)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.switch_button)
        buttons.addWidget(self.unlock_button)
        box = QWidget()
        box.setMaximumWidth(460)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.form)
        inner.addWidget(self.message)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def show_locked(self, user: str) -> None:
        """Locked for `user`: only their password opens the window again."""
        self.title.setText(self.tr("Locked by {user}").format(user=user))
        self.form.show()
        self.unlock_button.show()
        self.switch_button.setText(self.tr("Switch user…"))
        self.message.clear()
        self.password.clear()
        self.password.setFocus()

    def show_signed_out(self) -> None:
        """Nobody is signed in: the window waits for someone to sign in."""
        self.title.setText(self.tr("Nobody is signed in"))
        self.form.hide()
        self.unlock_button.hide()
        self.switch_button.setText(self.tr("Sign in…"))
        self.message.clear()

    def refuse(self, reason: str) -> None:
        self.password.clear()
        self.password.setFocus()
        self.message.setText(reason)
        self.setEnabled(True)

    def _on_unlock_clicked(self) -> None:
        if self.form.isVisible() and self.isEnabled():
            self.message.setText(self.tr("Checking…"))
            self.setEnabled(False)
            self.sig_unlock_requested.emit(self.password.text())


class WindowCover:
    """Puts the lock panel in place of a main window's screens, and takes it away again.

    The menus and tool bars are disabled meanwhile, and the window's other open windows
    (dialogs of its screens) are hidden, so that nothing of the user's data stays on show.
    """

    def __init__(self, window: QMainWindow, panel: LockPanel) -> None:
        self.window = window
        self.panel = panel
        self.content: QWidget | None = None
        self.hidden: list[QWidget] = []

    @property
    def covered(self) -> bool:
        return self.content is not None

    def cover(self) -> None:
        if self.covered:
            return
        self.hidden = [w for w in QApplication.topLevelWidgets() if self._shows_content(w)]
        for widget in self.hidden:
            widget.hide()
        self.content = self.window.takeCentralWidget()
        self.window.setCentralWidget(self.panel)
        # A widget taken out of a window and put back stays hidden until told otherwise.
        self.panel.show()
        self._enable_controls(False)

    def uncover(self, show_hidden: bool = True) -> None:
        """Bring the screens back; the hidden dialogs too unless another user signed in."""
        if not self.covered:
            return
        self.window.takeCentralWidget()
        self.window.setCentralWidget(self.content)
        self.content.show()
        self.content = None
        self._enable_controls(True)
        for widget in self.hidden:
            if not shiboken6.isValid(widget):
                continue
            if show_hidden:
                widget.show()
            else:
                widget.close()
        self.hidden = []

    def _shows_content(self, widget: QWidget) -> bool:
        transient = widget.windowType() in TRANSIENT_TYPES
        return widget.isVisible() and widget is not self.window and not transient

    def _enable_controls(self, enabled: bool) -> None:
        self.window.menuBar().setEnabled(enabled)
        for toolbar in self.window.findChildren(QToolBar):
            toolbar.setEnabled(enabled)
