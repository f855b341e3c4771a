"""Staff and rosters: the staff register, posts and titles, duty rosters, staffing."""

import logging

from PySide6.QtWidgets import QTabWidget, QWidget

from centredesk.ui.screens.staff_register import StaffRegisterTab

log = logging.getLogger(__name__)


def _posts_tab(session, parent):
    from centredesk.ui.screens.posts_titles import PostsTitlesTab

    return PostsTitlesTab(session, parent)


def _roster_tab(session, parent):
    from centredesk.ui.screens.roster_tab import RosterTab

    return RosterTab(session, parent)


def _staffing_tab(session, parent):
    from centredesk.ui.screens.staffing_calculator import StaffingCalculatorTab

    return StaffingCalculatorTab(session, parent)


class StaffScreen(QTabWidget):
    """The screen of the staff and their rosters, one tab per job.

    Only the register is built with the screen: the other tabs read the database as they
    are built, and the first screen of the day must not wait for tabs nobody opened. Each
    is built when it is first shown or first asked for (posts_tab, roster_tab...).
    """

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.register_tab = StaffRegisterTab(session, self)
        self._built: dict[str, QWidget] = {"register": self.register_tab}
        self._makers = {
            "posts-titles": _posts_tab,
            "roster": _roster_tab,
            "staffing": _staffing_tab,
        }
        # Object names name the tabs' screenshots (scripts/screenshots.py).
        for name, title in (
            ("register", self.tr("Staff register")),
            ("posts-titles", self.tr("Posts and titles")),
            ("roster", self.tr("Duty roster")),
            ("staffing", self.tr("Staffing calculator")),
        ):
            page = self._built.get(name) or QWidget()
            page.setObjectName(name)
            self.addTab(page, title)
        self.currentChanged.connect(self._on_current_changed)

    @property
    def posts_tab(self) -> QWidget:
        return self._tab("posts-titles")

    @property
    def roster_tab(self) -> QWidget:
        return self._tab("roster")

    @property
    def staffing_tab(self) -> QWidget:
        return self._tab("staffing")

    def _tab(self, name: str) -> QWidget:
        """The tab `name`, built in place of its empty page the first time."""
        if name not in self._built:
            index = next(i for i in range(self.count()) if self.widget(i).objectName() == name)
            tab = self._makers[name](self.session, self)
            tab.setObjectName(name)
            self._built[name] = tab
            current, title = self.currentIndex(), self.tabText(index)
            placeholder = self.widget(index)
            # The page is swapped without telling anyone: the current tab stays what it was.
            self.blockSignals(True)
            self.removeTab(index)
            self.insertTab(index, tab, title)
            self.setCurrentIndex(current)
            self.blockSignals(False)
            placeholder.deleteLater()
        return self._built[name]

    def _on_current_changed(self, index: int) -> None:
        self._tab(self.widget(index).objectName())
