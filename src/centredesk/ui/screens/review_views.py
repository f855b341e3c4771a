"""Table views of the review screens: a model behind a sorting proxy, rows selected whole."""

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from centredesk.ui.table_model import SORT_ROLE


class PlaceholderTableView(QTableView):
    """A table view that says why it is empty instead of showing a blank pane."""

    def __init__(self, placeholder: str = "") -> None:
        super().__init__()
        self.placeholder = placeholder

    def set_placeholder(self, text: str) -> None:
        self.placeholder = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.placeholder and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QColor("#7a808a"))
            area = self.viewport().rect().adjusted(16, 16, -16, -16)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(area, int(flags), self.placeholder)
            painter.end()


def table_view(
    model: QAbstractItemModel,
    proxy: QSortFilterProxyModel | None = None,
    editable: bool = False,
    name: str = "",
    placeholder: str = "",
) -> PlaceholderTableView:
    """A sortable view of `model` through `proxy` (a plain sorting proxy when none is given)."""
    if proxy is None:
        proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = PlaceholderTableView(placeholder)
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    triggers = QAbstractItemView.EditTrigger
    view.setEditTriggers(
        triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
        if editable
        else triggers.NoEditTriggers
    )
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def fit_columns(view: QTableView) -> None:
    """Fit the columns to their cells and the words of their headers until the view has had
    rows; later reloads keep the widths.

    Fitting reads every cell: doing it on each reload would cost more than the reload, and a
    person who widened a column wants it to stay so. Headers count by their longest line, so
    that a header broken over two lines gives a narrow column.
    """
    model = view.model()
    if view.property("fitted"):
        return
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        words = max((metrics.horizontalAdvance(line) for line in title.split("\n")), default=0)
        # Room for the margins, and for the arrow of the column sorted by.
        words += 14 + (12 if column == header.sortIndicatorSection() else 0)
        view.setColumnWidth(column, max(view.sizeHintForColumn(column), words))
    # An empty table is fitted to its headers for now, and to its cells once it has rows.
    view.setProperty("fitted", model.rowCount() > 0)
