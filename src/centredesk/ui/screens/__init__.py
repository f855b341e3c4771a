"""The screens of the main window, listed once; each is built the first time it is shown."""

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from centredesk.roles import ADMINISTRATOR, DIRECTOR, DOCTOR

EVERYONE = (ADMINISTRATOR, DIRECTOR, DOCTOR)
STAFF_ROLES = (ADMINISTRATOR, DIRECTOR)


@dataclass(frozen=True)
class ScreenEntry:
    """A navigation entry: its key, title (translated in context "Navigation"), and class."""

    key: str
    title: str
    module: str
    class_name: str
    roles: tuple[str, ...] = STAFF_ROLES

    def create(self, session, parent=None):
        module = importlib.import_module(f"centredesk.ui.screens.{self.module}")
        return getattr(module, self.class_name)(session, parent)


SCREENS: list[ScreenEntry] = [
    ScreenEntry(
        "home", QT_TRANSLATE_NOOP("Navigation", "My month"), "home_screen", "HomeScreen", (DOCTOR,)
    ),
    ScreenEntry(
        "staff", QT_TRANSLATE_NOOP("Navigation", "Staff and rosters"), "staff_screen", "StaffScreen"
    ),
    ScreenEntry(
        "workload", QT_TRANSLATE_NOOP("Navigation", "Workload"), "workload_screen", "WorkloadScreen"
    ),
    ScreenEntry(
        "volunteers",
        QT_TRANSLATE_NOOP("Navigation", "Volunteers"),
        "volunteers_screen",
        "VolunteersScreen",
    ),
    ScreenEntry(
        "review",
        QT_TRANSLATE_NOOP("Navigation", "Month-end review"),
        "review_screen",
        "ReviewScreen",
    ),
    ScreenEntry(
        "slips",
        QT_TRANSLATE_NOOP("Navigation", "Slips"),
        "slips_screen",
        "SlipsScreen",
        EVERYONE,
    ),
    ScreenEntry(
        "audit",
        QT_TRANSLATE_NOOP("Navigation", "Audit log"),
        "audit_screen",
        "AuditScreen",
        (ADMINISTRATOR, DIRECTOR),
    ),
    ScreenEntry(
        "settings",
        QT_TRANSLATE_NOOP("Navigation", "Settings"),
        "settings_screen",
        "SettingsScreen",
        (ADMINISTRATOR,),
    ),
]


def screens_for(role: str, is_local: bool) -> list[ScreenEntry]:
    # The local user of a database without accounts may use every screen but a doctor's own:
    # it is nobody's doctor and has no months of its own.
    return [
        entry for entry in SCREENS if role in entry.roles or (is_local and entry.roles != (DOCTOR,))
    ]
