"""Recognition: star levels from approved hours, who reached a level, service certificates."""

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from centredesk.model.numbers import plain
from centredesk.services.volunteer_certificates import default_period, write_certificate
from centredesk.services.volunteer_stats import StarView, hours_total, recognition, star_ladder
from centredesk.ui.screens.volunteer_widgets import (
    ReloadWhenShown,
    button_row,
    date_edit,
    dialog_layout,
    heading,
    problem_label,
    save_buttons,
    stars,
)
from centredesk.ui.table_model import Column
from centredesk.ui.widgets.filter_table import FilterTable

log = logging.getLogger(__name__)

STAR_COLOUR = QColor("#b35900")
NEW_LEVEL_COLOUR = QColor("#e8f5e9")


class RecognitionTab(ReloadWhenShown, QWidget):
    """Every volunteer's star level at the end of the month in hand."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: CertificateDialog | None = None
        self.loaded = False
        self.ladder = QLabel()
        self.reached = QLabel()
        self.reached.setWordWrap(True)
        self.table = FilterTable(self._columns(), self.tr("Search by name or number…"))
        self.table.sig_row_activated.connect(self.certificate)
        self.table.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        buttons, _ = button_row([(self.tr("Certificate…"), self._on_certificate_clicked)])
        buttons.insertWidget(0, self.ladder)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(heading(self.tr("Reached a new level this month")))
        layout.addWidget(self.reached)
        layout.addWidget(self.table)
        session.sig_month_changed.connect(self.request_reload)
        session.sig_data_changed.connect(self._on_session_data_changed)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("No."), lambda s: s.number),
            Column(self.tr("Name"), lambda s: s.name),
            Column(self.tr("Approved hours"), lambda s: plain(s.hours), lambda s: s.hours, True),
            Column(
                self.tr("Star level"),
                lambda s: stars(s.level),
                lambda s: s.level,
                foreground=lambda s: STAR_COLOUR,
            ),
            Column(
                self.tr("Hours this month"),
                lambda s: plain(s.month_hours),
                lambda s: s.month_hours,
                True,
            ),
            Column(
                self.tr("Next level in"),
                lambda s: "" if s.hours_to_next is None else plain(s.hours_to_next),
                lambda s: s.hours_to_next if s.hours_to_next is not None else 10**9,
                True,
            ),
            Column(
                self.tr("This month"),
                lambda s: self.tr("new level") if s.reached_this_month else "",
                background=lambda s: NEW_LEVEL_COLOUR if s.reached_this_month else None,
            ),
        ]

    def reload(self, *_) -> None:
        ctx, month = self.session.ctx, self.session.month
        self.window().run_task(lambda: (recognition(ctx, month), star_ladder(ctx)), self._on_loaded)

    def _on_loaded(self, result) -> None:
        rows, ladder = result
        self.loaded = True
        month = self.session.month
        self.ladder.setText(
            self.tr("Star levels at the end of {month}; thresholds {ladder} hours").format(
                month=month, ladder=" / ".join(plain(h) for h in ladder)
            )
        )
        reached = [f"{s.name} {stars(s.level)}" for s in rows if s.reached_this_month]
        self.reached.setText("　".join(reached) or self.tr("Nobody this month."))
        self.table.set_rows(rows)

    def certificate(self, star: StarView) -> "CertificateDialog":
        self.dialog = CertificateDialog(self.session, star, self)
        self.dialog.open()
        return self.dialog

    def _on_certificate_clicked(self) -> None:
        star = self.table.selected_row()
        if star is not None:
            self.certificate(star)

    def _on_session_data_changed(self, kind: str) -> None:
        if kind in ("volunteer-hours", "volunteers", "all"):
            self.request_reload()


class CertificateDialog(QDialog):
    """Write a volunteer's service certificate for a period to a PDF file."""

    def __init__(self, session, star: StarView, parent=None) -> None:
        super().__init__(parent)
        self._session, self._star = session, star
        self.written: Path | None = None
        self.code = ""
        self.setWindowTitle(self.tr("Service certificate of {name}").format(name=star.name))
        ctx = session.ctx
        first, last = default_period(
            ctx, star.volunteer_id, min(date.today(), session.month.last_day)
        )
        self.first = date_edit(first)
        self.last = date_edit(last)
        self.period_hours = QLabel()
        for edit in (self.first, self.last):
            edit.dateChanged.connect(self._on_period_changed)
        self._on_period_changed()
        self.path = QLineEdit(str(Path.home() / f"{star.number}-{star.name}.pdf"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.problem_label = problem_label()
        layout = dialog_layout(
            self,
            [],
            [
                (self.tr("From"), self.first),
                (self.tr("To"), self.last),
                ("", self.period_hours),
                (self.tr("File"), where),
            ],
        )
        self.buttons = save_buttons(self, layout)
        self.resize(560, self.sizeHint().height())

    def _on_period_changed(self, *_) -> None:
        first, last = self.first.date().toPython(), self.last.date().toPython()
        hours = hours_total(self._session.ctx, self._star.volunteer_id, first, last)
        self.period_hours.setText(
            self.tr("{hours} approved hours in this period").format(hours=plain(hours))
        )

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save certificate"), self.path.text(), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.path.setText(path)

    def save(self) -> None:
        ctx, volunteer_id = self._session.ctx, self._star.volunteer_id
        first, last = self.first.date().toPython(), self.last.date().toPython()
        path = Path(self.path.text().strip())
        self.buttons.setEnabled(False)
        self.parent().window().run_task(
            lambda: write_certificate(ctx, volunteer_id, first, last, path),
            lambda page: self._on_written(path, page),
            self._on_failed,
        )

    def _on_written(self, path: Path, page) -> None:
        self.written, self.code = path, page.code
        self.parent().window().statusBar().showMessage(
            self.tr("Certificate written to {path} ({code})").format(path=path, code=page.code),
            15000,
        )
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.problem_label.setText(str(error))
