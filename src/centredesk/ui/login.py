"""Signing in: a user name and a password, checked by the accounts service off the UI thread."""

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

log = logging.getLogger(__name__)


class LoginDialog(QDialog):
    """Asks who is at the PC; repeated wrong passwords slow that account down (see accounts)."""

    sig_signed_in = Signal(object)
    """The password was right (the Actor)."""

    def __init__(self, database, parent) -> None:
        super().__init__(parent)
        self._database = database
        self.setWindowTitle(self.tr("Sign in to CentreDesk"))
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("login_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(360)

    def sign_in(self) -> None:
        """Check the password on the thread pool (it is slow on purpose)."""
        from centredesk.services.accounts import authenticate

        name, password = self.user.text().strip(), self.password.text()
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        self.parent().run_task(
            lambda: authenticate(self._database, name, password),
            self._on_authenticated,
            self._on_refused,
        )

    def _on_authenticated(self, actor) -> None:
        self.accept()
        self.sig_signed_in.emit(actor)

    def _on_refused(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self.message.setText(str(error))
