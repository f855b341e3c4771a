"""Volunteers: the register, training, activities, service hours, recognition, statistics."""

import logging

from PySide6.QtWidgets import QTabWidget, QWidget

from centredesk.ui.screens.volunteer_activities import ActivitiesTab
from centredesk.ui.screens.volunteer_hours_tab import HoursTab
from centredesk.ui.screens.volunteer_recognition import RecognitionTab
from centredesk.ui.screens.volunteer_register import RegisterTab
from centredesk.ui.screens.volunteer_statistics import StatisticsTab
from centredesk.ui.screens.volunteer_training import TrainingTab

log = logging.getLogger(__name__)


class VolunteersScreen(QTabWidget):
    """The volunteer service of the centre, one tab per job."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.register_tab = RegisterTab(session, self)
        self.training_tab = TrainingTab(session, self)
        self.activities_tab = ActivitiesTab(session, self)
        self.hours_tab = HoursTab(session, self)
        self.recognition_tab = RecognitionTab(session, self)
        self.statistics_tab = StatisticsTab(session, self)
        for tab, name, title in (
            (self.register_tab, "register", self.tr("Register")),
            (self.training_tab, "training", self.tr("Training")),
            (self.activities_tab, "activities", self.tr("Activities")),
            (self.hours_tab, "hours", self.tr("Service hours")),
            (self.recognition_tab, "recognition", self.tr("Recognition")),
            (self.statistics_tab, "statistics", self.tr("Statistics")),
        ):
            tab.setObjectName(name)
            self.addTab(tab, title)
