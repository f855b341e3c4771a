"""The month's workflow (SPEC §3): its status, and marking reviewed, signing and reopening."""

import logging
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from centredesk.services import workflow
from centredesk.services.comments import CommentView
from centredesk.services.context import ADMINISTRATOR, DIRECTOR
from centredesk.services.month_end import MonthEnd
from centredesk.ui.screens.review_format import STATUS_LABELS, money, tr

log = logging.getLogger(__name__)

STATUS_STYLES = {
    "open": "background:#eef1f5; color:#39414c;",
    "reviewed": "background:#fff1cc; color:#6b4e00;",
    "signed": "background:#d5efd8; color:#1d5b2a;",
}


class WorkflowBar(QWidget):
    """The month and its status, with the workflow buttons the user's role allows."""

    sig_mark_reviewed_clicked = Signal()
    """The administrator asked to mark the month reviewed."""

    sig_sign_clicked = Signal()
    """The director asked to sign the month."""

    sig_reopen_clicked = Signal()
    """The director asked to reopen the signed month."""

    def __init__(self, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self.month_label = QLabel()
        self.month_label.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.changed_label = QLabel()
        self.changed_label.setStyleSheet("color: #5f6670;")
        self.mark_reviewed_button = QPushButton(self.tr("Mark reviewed"))
        self.sign_button = QPushButton(self.tr("Sign…"))
        self.reopen_button = QPushButton(self.tr("Reopen…"))
        self.mark_reviewed_button.clicked.connect(self.sig_mark_reviewed_clicked)
        self.sign_button.clicked.connect(self.sig_sign_clicked)
        self.reopen_button.clicked.connect(self.sig_reopen_clicked)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.month_label, self.status_label, self.changed_label):
            layout.addWidget(widget)
        layout.addStretch()
        for button in (self.mark_reviewed_button, self.sign_button, self.reopen_button):
            layout.addWidget(button)
        self.show_month(None)

    def add_button(self, button: QPushButton) -> None:
        self.layout().addWidget(button)

    def show_month(self, data: MonthEnd | None) -> None:
        status = data.status if data else ""
        self.status_label.setText(f" {tr(STATUS_LABELS[status])} " if status else "")
        self.status_label.setStyleSheet(
            "border-radius: 4px; padding: 3px 8px; font-weight: 600;"
            + STATUS_STYLES.get(status, "")
        )
        self.changed_label.setText(_changed_text(data) if data else "")
        self.mark_reviewed_button.setEnabled(status == "open" and self._may(ADMINISTRATOR))
        self.sign_button.setEnabled(status == "reviewed" and self._may(DIRECTOR))
        self.reopen_button.setEnabled(status == "signed" and self._may(DIRECTOR))

    def show_title(self, text: str) -> None:
        self.month_label.setText(text)

    def _may(self, role: str) -> bool:
        return self._actor.is_local or self._actor.role == role


def _changed_text(data: MonthEnd) -> str:
    if not data.changed_at:
        return ""
    return tr("since {at} by {user}").format(
        at=data.changed_at.strftime("%Y-%m-%d %H:%M"), user=data.changed_by or ""
    )


class SignDialog(QDialog):
    """Sign-off: the month's figures, the rows that are not ok, and the doctors' open comments."""

    def __init__(
        self, ctx, data: MonthEnd, comments: list[CommentView], run_task, parent=None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._run_task = run_task
        self._month = data.month
        self.setWindowTitle(self.tr("Sign {month}").format(month=data.month))
        self.resize(620, 460)
        self.summary = QLabel(self._summary(data))
        self.summary.setWordWrap(True)
        self.details = QTextBrowser()
        self.details.setObjectName("sign_details")
        self.details.setHtml(self._details(data, comments))
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(
            self.tr("Sign the month"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

    def _summary(self, data: MonthEnd) -> str:
        review = data.review
        return self.tr(
            "Signing stores the {count} rows of {month} as they are: performance pay {pay} in "
            "total. Afterwards no workload, quality, event, leave or pay change is accepted "
            "for the month until it is reopened."
        ).format(count=len(review.rows), month=data.month, pay=money(review.total_performance_pay))

    def _details(self, data: MonthEnd, comments: list[CommentView]) -> str:
        parts = []
        if data.waiting:
            parts.append(f"<h4>{escape(self.tr('Rows that are not ok'))}</h4><ul>")
            parts += [
                f"<li>{escape(f'{r.staff_no} {r.name}: {r.status}')}</li>" for r in data.waiting
            ]
            parts.append("</ul>")
        heading = self.tr("Open comments of the doctors ({count})").format(count=len(comments))
        parts.append(f"<h4>{escape(heading)}</h4>")
        if not comments:
            parts.append(f"<p>{escape(self.tr('No open comments.'))}</p>")
        for comment in comments:
            who = f"{comment.staff_no} {comment.staff_name} · {comment.at:%Y-%m-%d %H:%M}"
            parts.append(f"<p><b>{escape(who)}</b><br>{escape(comment.text)}</p>")
        return "".join(parts)

    def sign(self) -> None:
        """Sign in the background; a refusal (rows not ok, wrong role) stays in the dialog."""
        self.sign_button.setEnabled(False)
        ctx, month = self._ctx, self._month
        self._run_task(lambda: workflow.sign(ctx, month), self._on_done, self._on_refused)

    def _on_done(self, _result) -> None:
        self.accept()

    def _on_refused(self, error: Exception) -> None:
        self.problem_label.setText(str(error))
        self.sign_button.setEnabled(True)


class ReopenDialog(QDialog):
    """Reopening a signed month: a reason is required and goes into the audit log."""

    def __init__(self, ctx, month, run_task, parent=None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._run_task = run_task
        self._month = month
        self.setWindowTitle(self.tr("Reopen {month}").format(month=month))
        self.resize(480, 260)
        explanation = QLabel(
            self.tr(
                "Reopening discards the stored rows of {month}; its review is computed from "
                "the data again. Say why: the reason is kept in the audit log."
            ).format(month=month)
        )
        explanation.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Reason for reopening"))
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.reopen_button = self.buttons.addButton(
            self.tr("Reopen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.reopen)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

    def reopen(self) -> None:
        ctx, month, reason = self._ctx, self._month, self.reason.toPlainText()
        self.reopen_button.setEnabled(False)
        self._run_task(lambda: workflow.reopen(ctx, month, reason), self._on_done, self._on_refused)

    def _on_done(self, _result) -> None:
        self.accept()

    def _on_refused(self, error: Exception) -> None:
        self.problem_label.setText(str(error))
        self.reopen_button.setEnabled(True)
