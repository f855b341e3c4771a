"""The edit dialog of the screens: a form, the service's refusal in words, Save and Cancel."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from centredesk.services.errors import Refused

PROBLEM_STYLE = "color: #b3261e;"


class FormDialog(QDialog):
    """Subclasses add their rows to `form` and save in `store()` through a service.

    A refusal is shown under the form and the dialog stays open, nothing having changed; the
    dialog closes as accepted only once `store()` has returned.
    """

    def __init__(self, parent: QWidget | None, title: str = "") -> None:
        super().__init__(parent)
        if title:
            self.setWindowTitle(title)
        self.form = QFormLayout()
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problem_label")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(PROBLEM_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        try:
            self.store()
        except Refused as refusal:
            self.problem_label.setText(str(refusal))
            return
        self.accept()

    def store(self) -> None:
        raise NotImplementedError
