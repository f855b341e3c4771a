"""Workload: the daily entry grid and the service catalogue, one tab each."""

import logging

from PySide6.QtWidgets import QTabWidget, QWidget

from centredesk.ui.screens.catalogue_tab import CatalogueTab
from centredesk.ui.screens.workload_entry import WorkloadEntryTab

log = logging.getLogger(__name__)


class WorkloadScreen(QTabWidget):
    """The screen used every day: typing a day's counts, and the items they count."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entry_tab = WorkloadEntryTab(session, self)
        self.catalogue_tab = CatalogueTab(session, self)
        # Tabs are named for the screenshots (scripts/screenshots.py): workload-catalogue.png.
        self.entry_tab.setObjectName("entry")
        self.catalogue_tab.setObjectName("catalogue")
        self.addTab(self.entry_tab, self.tr("Daily entry"))
        self.addTab(self.catalogue_tab, self.tr("Service catalogue"))
