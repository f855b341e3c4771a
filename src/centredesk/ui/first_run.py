"""The first-run wizard: a new database gets a centre name, this year's policy and an
administrator, or becomes the demo centre."""

import logging
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from centredesk.services.context import Actor, Context
from centredesk.ui.widgets.form_dialog import PROBLEM_STYLE
from centredesk.ui.worker import run_in_background

log = logging.getLogger(__name__)

CHOICE, CENTRE, ACCOUNT, DEMO, DONE = range(5)


def start_first_run(window, database, on_finished) -> "FirstRunWizard":
    """Open the wizard over `window` on a new `database`.

    `on_finished(actor)` receives the administrator the wizard signed in, or the local
    user when the person closed the wizard before setting anything up.
    """
    wizard = FirstRunWizard(database, window)
    wizard.sig_centre_ready.connect(on_finished)
    wizard.open()
    log.info("first run: the database %s is new", database.describe())
    return wizard


class FirstRunWizard(QWizard):
    """A few pages that turn an empty database into a centre someone can work in."""

    sig_centre_ready = Signal(object)
    """The wizard closed; the Actor to sign in as."""

    def __init__(self, database, parent=None) -> None:
        super().__init__(parent)
        self.database = database
        self.ready = None
        self.setWindowTitle(self.tr("Welcome to CentreDesk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 480)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.choice_page = ChoicePage()
        self.centre_page = CentrePage()
        self.account_page = AccountPage()
        self.demo_page = DemoPage()
        self.done_page = DonePage()
        for number, page in (
            (CHOICE, self.choice_page),
            (CENTRE, self.centre_page),
            (ACCOUNT, self.account_page),
            (DEMO, self.demo_page),
            (DONE, self.done_page),
        ):
            self.setPage(number, page)
        self.finished.connect(self._on_finished)

    @property
    def local_context(self) -> Context:
        return Context(self.database, Actor.local_administrator())

    def set_working(self, working: bool) -> None:
        """While the database is being set up, the wizard cannot be cancelled or left."""
        for button in (QWizard.WizardButton.CancelButton, QWizard.WizardButton.BackButton):
            self.button(button).setEnabled(not working)

    def _on_finished(self, _result: int) -> None:
        actor = self.ready.actor if self.ready else Actor.local_administrator()
        self.sig_centre_ready.emit(actor)


class ChoicePage(QWizardPage):
    """Set up a real centre, or look around in the demo centre."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to CentreDesk"))
        self.setSubTitle(self.tr("This database is new. What would you like to do?"))
        self.new_centre = QRadioButton(self.tr("Set up my centre"))
        self.new_centre.setChecked(True)
        self.demo = QRadioButton(self.tr("Open the demo centre"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.new_centre)
        layout.addWidget(_note(self._new_centre_text()))
        layout.addSpacing(12)
        layout.addWidget(self.demo)
        layout.addWidget(_note(self._demo_text()))
        layout.addStretch()

    def _new_centre_text(self) -> str:
        return self.tr(
            "Give the centre its name, start this year's appraisal policy from "
            "CentreDesk's defaults and create the administrator's account."
        )

    def _demo_text(self) -> str:
        return self.tr(
            "Fill this database with a made-up centre: 30 staff, two years of "
            "workload, leave and volunteers, to try every screen."
        )

    def nextId(self) -> int:
        return DEMO if self.demo.isChecked() else CENTRE


class CentrePage(QWizardPage):
    """The centre's name and the year of its first policy, with what the policy holds."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your centre"))
        self.setSubTitle(self.tr("The name is printed on every appraisal slip."))
        self.centre_name = QLineEdit()
        self.centre_name.setPlaceholderText(
            self.tr("e.g. Riverside Community Health Service Centre")
        )
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.registerField("centre_name*", self.centre_name)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        form = QFormLayout()
        form.addRow(self.tr("Centre name"), self.centre_name)
        form.addRow(self.tr("First policy year"), self.year)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addStretch()
        self.year.valueChanged.connect(self._on_year_value_changed)
        self._on_year_value_changed(self.year.value())

    def _on_year_value_changed(self, year: int) -> None:
        from centredesk.services.centre_setup import default_policy

        policy = default_policy(year)
        posts = "、".join(f"{post.name}" for post in policy.posts.values())
        titles = "、".join(f"{title.name}" for title in policy.titles.values())
        self.summary.setText(
            self.tr(
                "<p>The {year} policy starts from CentreDesk's defaults: an annual target of "
                "{target} equivalents, the base line at {base} and the cap line at {cap} of the "
                "target, {holidays} public holidays.</p><p><b>Posts:</b> {posts}<br>"
                "<b>Titles:</b> {titles}</p><p>All coefficients start at 1. Change them on "
                "Staff and rosters → Posts and titles.</p>"
            ).format(
                year=year,
                target=f"{policy.annual_target:,}",
                base=policy.base_ratio,
                cap=policy.cap_ratio,
                holidays=len(policy.holidays),
                posts=posts,
                titles=titles,
            )
        )

    def nextId(self) -> int:
        return ACCOUNT


class AccountPage(QWizardPage):
    """The administrator's account; pressing Create sets the whole centre up."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The administrator"))
        self.setSubTitle(
            self.tr("The administrator manages staff, workload and accounts for everyone else.")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the centre"))
        self.account = QLineEdit("admin")
        self.password = _password_field()
        self.repeat = _password_field()
        self.problem_label = _problem_label()
        self.progress = _busy_bar()
        self._done = False
        form = QFormLayout()
        form.addRow(self.tr("Account name"), self.account)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_note(self.tr("At least 8 characters. Keep it to yourself.")))
        layout.addWidget(self.problem_label)
        layout.addWidget(self.progress)
        layout.addStretch()

    def validatePage(self) -> bool:
        """Set the centre up in the background; the page is left once that has worked."""
        if self._done:
            return True
        if self.password.text() != self.repeat.text():
            self.problem_label.setText(self.tr("The two passwords differ."))
            return False
        self._start()
        return False

    def _start(self) -> None:
        from centredesk.services.centre_setup import CentreForm, set_up_centre

        wizard: FirstRunWizard = self.wizard()
        form = CentreForm(
            centre_name=wizard.centre_page.centre_name.text(),
            year=wizard.centre_page.year.value(),
            administrator=self.account.text(),
            password=self.password.text(),
        )
        ctx = wizard.local_context
        self.problem_label.clear()
        self.progress.show()
        wizard.set_working(True)
        wizard.button(QWizard.WizardButton.CommitButton).setEnabled(False)
        run_in_background(lambda: set_up_centre(ctx, form), self._on_set_up, self._on_refused)

    def _on_set_up(self, ready) -> None:
        wizard: FirstRunWizard = self.wizard()
        wizard.ready = ready
        self._done = True
        self.progress.hide()
        wizard.set_working(False)
        wizard.next()

    def _on_refused(self, error: Exception) -> None:
        self.progress.hide()
        self.problem_label.setText(str(error))
        self.wizard().set_working(False)
        self.wizard().button(QWizard.WizardButton.CommitButton).setEnabled(True)

    def nextId(self) -> int:
        return DONE


class DemoPage(QWizardPage):
    """Builds the demo centre; the wizard moves on by itself when it is ready."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The demo centre"))
        self.setSubTitle(self.tr("Building two years of a made-up centre. This takes a moment."))
        self.setCommitPage(True)
        self.progress = _busy_bar()
        self.problem_label = _problem_label()
        self._done = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.problem_label)
        layout.addStretch()

    def initializePage(self) -> None:
        from centredesk.model.months import Month
        from centredesk.services.centre_setup import open_demo_centre

        wizard: FirstRunWizard = self.wizard()
        ctx, until = wizard.local_context, Month.of(date.today()).previous()
        self.progress.show()
        wizard.set_working(True)
        run_in_background(lambda: open_demo_centre(ctx, until), self._on_built, self._on_failed)

    def isComplete(self) -> bool:
        return self._done

    def _on_built(self, ready) -> None:
        wizard: FirstRunWizard = self.wizard()
        wizard.ready = ready
        self._done = True
        self.progress.hide()
        wizard.set_working(False)
        self.completeChanged.emit()
        wizard.next()

    def _on_failed(self, error: Exception) -> None:
        self.progress.hide()
        self.problem_label.setText(str(error))
        self.wizard().set_working(False)

    def nextId(self) -> int:
        return DONE


class DonePage(QWizardPage):
    """The end: the recovery code, shown this once, or the demo's accounts."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Ready"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.code = _code_field()
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.written = QCheckBox(self.tr("I have written the recovery code down"))
        self.written.toggled.connect(self.completeChanged)
        self._code_shown = False

        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(code_row)
        layout.addWidget(self.written)
        layout.addStretch()

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.code.text())

    def initializePage(self) -> None:
        ready = self.wizard().ready
        has_code = bool(ready and ready.recovery_code)
        self._code_shown = has_code
        for widget in (self.code, self.copy_button, self.written):
            widget.setVisible(has_code)
        self.code.setText(ready.recovery_code if has_code else "")
        self.text.setText(self._recovery_text() if has_code else self._demo_text())

    def _recovery_text(self) -> str:
        return self.tr(
            "<p>The centre is set up and you are signed in as its administrator.</p>"
            "<p><b>This is the recovery code.</b> It resets the administrator's password if it "
            "is forgotten. It is shown only now: write it down and keep it somewhere safe.</p>"
        )

    def _demo_text(self) -> str:
        return self.tr(
            "<p>The demo centre is ready and you are signed in as <b>admin</b>.</p>"
            "<p>Its accounts: <b>admin</b> (administrator), <b>director</b>, and one per "
            "doctor named by staff number (D004 …). Every password is <b>demo1234</b>.</p>"
        )

    def isComplete(self) -> bool:
        return not self._code_shown or self.written.isChecked()


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #5f6368; margin-left: 22px;")
    return label


def _code_field() -> QLineEdit:
    """The recovery code, large and in a fixed-width font, to copy or write down."""
    field = QLineEdit()
    field.setReadOnly(True)
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(15)
    field.setFont(font)
    return field


def _problem_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(PROBLEM_STYLE)
    return label


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.hide()
    return bar
