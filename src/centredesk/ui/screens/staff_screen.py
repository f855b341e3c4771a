"""Staff and rosters: the staff register, posts and titles, duty rosters, staffing."""

import logging

from PySide6.QtWidgets import QTabWidget, QWidget

from centredesk.ui.screens.staff_register import StaffRegisterTab

log = logging.getLogger(__name__)


class StaffScreen(QTabWidget):
    """The screen of the staff and their rosters, one tab per job."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.register_tab = StaffRegisterTab(session, self)
        self.addTab(self.register_tab, self.tr("Staff register"))
