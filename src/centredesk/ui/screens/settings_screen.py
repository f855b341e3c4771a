"""Settings: the centre's settings of SPEC §5.2 and the program's language."""

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from centredesk.services import settings as settings_service
from centredesk.services.backups import backed_up_by_the_server
from centredesk.services.errors import Refused
from centredesk.ui.translations import DEFAULT_LANGUAGE, LANGUAGES

log = logging.getLogger(__name__)

# Labels of SPEC §5.2's setting keys, in the order the form shows them.
LABELS = {
    "centre_name": QT_TRANSLATE_NOOP("SettingsScreen", "Centre name"),
    "population": QT_TRANSLATE_NOOP("SettingsScreen", "Resident population"),
    "daily_count_maximum": QT_TRANSLATE_NOOP("SettingsScreen", "Largest daily count of an item"),
    "volunteer_monthly_hours_limit": QT_TRANSLATE_NOOP(
        "SettingsScreen", "Volunteer hours a month before a warning"
    ),
    "star_thresholds": QT_TRANSLATE_NOOP("SettingsScreen", "Star levels at hours"),
    "service_areas": QT_TRANSLATE_NOOP("SettingsScreen", "Volunteer service areas"),
    "skills": QT_TRANSLATE_NOOP("SettingsScreen", "Volunteer skills"),
    "backup_folder": QT_TRANSLATE_NOOP("SettingsScreen", "Second backup folder"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP(
        "SettingsScreen", "Lock the window after minutes without use (0: never)"
    ),
}


class SettingsScreen(QTabWidget):
    """The centre's settings, saved one by one through the settings service."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.centre_tab = CentreSettingsTab(session, self)
        program_tab = ProgramSettingsTab(self)
        # Tabs are named for the screenshots (scripts/screenshots.py): settings-program.png.
        self.centre_tab.setObjectName("centre")
        program_tab.setObjectName("program")
        self.addTab(self.centre_tab, self.tr("Centre"))
        self.addTab(program_tab, self.tr("Program"))


class CentreSettingsTab(QWidget):
    """One field per setting key; Save checks every value and stores the changed ones."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label in LABELS.items():
            self.fields[key] = QLineEdit()
            form.addRow(QCoreApplication.translate("SettingsScreen", label), self._field_row(key))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.clicked.connect(self.save)

        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Centre settings"))
        box.setLayout(form)
        layout.addWidget(box)
        layout.addWidget(self.message)
        layout.addWidget(self.save_button)
        layout.addStretch()
        self.reload()

    def _field_row(self, key: str) -> QWidget:
        if key != "backup_folder":
            return self.fields[key]
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.fields[key])
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._on_choose_clicked)
        line.addWidget(choose)
        if backed_up_by_the_server(self.session.ctx):
            # CentreDesk writes no copies of a server database, so no folder receives any.
            row.setEnabled(False)
            row.setToolTip(self.tr("The PostgreSQL server's own tools back this database up."))
        return row

    def reload(self) -> None:
        self._stored = settings_service.all_settings(self.session.ctx)
        for key, field in self.fields.items():
            field.setText(self._stored[key])

    def save(self) -> None:
        """Store every changed value; the first refusal is shown and the rest kept typed."""
        changed = [
            key for key, field in self.fields.items() if field.text().strip() != self._stored[key]
        ]
        try:
            for key in changed:
                settings_service.set_setting(self.session.ctx, key, self.fields[key].text())
        except Refused as refusal:
            self.message.setStyleSheet("color: #b3261e;")
            self.message.setText(str(refusal))
            return
        self.reload()
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.setText(self.tr("{count} settings saved").format(count=len(changed)))
        self.session.changed("settings")

    def _on_choose_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Second backup folder"))
        if folder:
            self.fields["backup_folder"].setText(folder)


class ProgramSettingsTab(QWidget):
    """Settings of this PC's program, not the centre's: the language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        current = str(QSettings().value("language", DEFAULT_LANGUAGE))
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._on_language_current_index_changed)
        self.note = QLabel(self.tr("The new language is used from the next start."))
        self.note.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch()

    def _on_language_current_index_changed(self, _index: int) -> None:
        QSettings().setValue("language", self.language.currentData())
        self.note.setVisible(True)
