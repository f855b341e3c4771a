"""Staff and rosters: the staff register, posts and titles, duty rosters, staffing."""

import logging

from PySide6.QtWidgets import QTabWidget, QWidget

from centredesk.ui.screens.posts_titles import PostsTitlesTab
from centredesk.ui.screens.roster_tab import RosterTab
from centredesk.ui.screens.staff_register import StaffRegisterTab
from centredesk.ui.screens.staffing_calculator import StaffingCalculatorTab

log = logging.getLogger(__name__)


class StaffScreen(QTabWidget):
    """The screen of the staff and their rosters, one tab per job."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.register_tab = StaffRegisterTab(session, self)
        self.posts_tab = PostsTitlesTab(session, self)
        self.roster_tab = RosterTab(session, self)
        self.staffing_tab = StaffingCalculatorTab(session, self)
        # Object names name the tabs' screenshots (scripts/screenshots.py).
        for tab, name, title in (
            (self.register_tab, "register", self.tr("Staff register")),
            (self.posts_tab, "posts-titles", self.tr("Posts and titles")),
            (self.roster_tab, "roster", self.tr("Duty roster")),
            (self.staffing_tab, "staffing", self.tr("Staffing calculator")),
        ):
            tab.setObjectName(name)
            self.addTab(tab, title)
