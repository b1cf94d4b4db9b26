"""The coverage table's service groups (emergency, primary care, specialists, hospital, other):
the first row of each group is taller and carries the group's title above the service, so the
model keeps exactly one row per service (what every reader of the coverage rows expects)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

from ui.models.coverage_model import GROUP_START_ROLE

BAND_COLOUR = "#e3e8ec"
TITLE_COLOUR = "#263238"


def band_height(view: QTableView) -> int:
    return view.fontMetrics().height() + 4


class GroupBandDelegate(QStyledItemDelegate):
    """Paints a group title band on top of the first row of each group."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self._view = view

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        title = index.data(GROUP_START_ROLE)
        if title is None:
            super().paint(painter, option, index)
            return
        band = QRect(option.rect)
        band.setHeight(band_height(self._view))
        painter.save()
        painter.fillRect(band, QColor(BAND_COLOUR))
        if index.column() == 0:
            font = QFont(option.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(TITLE_COLOUR))
            text_rect = band.adjusted(6, 0, -4, 0)
            shown = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, text_rect.width())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
        painter.restore()
        rest = QStyleOptionViewItem(option)
        rest.rect = option.rect.adjusted(0, band.height(), 0, 0)
        super().paint(painter, rest, index)


def apply_group_heights(view: QTableView, row_height: int) -> None:
    """Make each group's first row tall enough for its title band."""
    model = view.model()
    extra = band_height(view)
    for row in range(model.rowCount()):
        starts = model.index(row, 0).data(GROUP_START_ROLE) is not None
        view.setRowHeight(row, row_height + (extra if starts else 0))
