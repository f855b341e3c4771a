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
        "settings",
        QT_TRANSLATE_NOOP("Navigation", "Settings"),
        "settings_screen",
        "SettingsScreen",
        (ADMINISTRATOR,),
    ),
]


def screens_for(role: str, is_local: bool) -> list[ScreenEntry]:
    return [entry for entry in SCREENS if is_local or role in entry.roles]
