"""Search results (or the recent patients) as a table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from domain import codes
from domain.names import shown_name

if TYPE_CHECKING:  # the database layer is imported only once the database is open
    from services.types import SearchHit

COL_IIN, COL_NAME, COL_BIRTH, COL_SEX, COL_STATUS = range(5)
COLUMN_COUNT = 5
PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2

_STATUS_NAMES = codes.by_code(codes.STATUSES)
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ResultsModel(QAbstractTableModel):
    def __init__(self, parent=None, lang: str = "kk"):
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self.lang = lang
        self.query = ""

    def set_hits(self, hits: list[SearchHit], query: str = "") -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.query = query
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._hits:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._hits) - 1, COLUMN_COUNT - 1))

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def _sex(self, sex: str | None) -> str:
        # Short forms: the name column needs the room.
        return {"M": self.tr("M", "sex, short"), "F": self.tr("F", "sex, short")}.get(sex or "", "")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        h = self._hits[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_IIN:  # a patient without an IIN is known by the local number
                return h.iin or getattr(h, "local_id", None) or ""
            if col == COL_NAME:
                return shown_name(h.full_name, self.lang)
            if col == COL_BIRTH:
                return h.birth_date.strftime("%d.%m.%Y") if h.birth_date else ""
            if col == COL_SEX:
                return self._sex(h.sex)
            if col == COL_STATUS:
                if not h.status:  # nothing recorded: said so, as on the card
                    return self.tr("unknown")
                entry = _STATUS_NAMES.get(h.status)
                return entry.name.in_lang(self.lang) if entry else h.status
        if role == PATIENT_ID_ROLE:
            return h.id
        if role == HIT_ROLE:
            return h
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_NAME, COL_STATUS):
            return self.data(index, Qt.ItemDataRole.DisplayRole)  # the whole text of a cut cell
        if col == COL_IIN and not h.iin and getattr(h, "local_id", None):
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Local number (no IIN)") + ": " + h.local_id
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#5d4037"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {COL_IIN: self.tr("IIN"), COL_NAME: self.tr("Full name"),
                  COL_BIRTH: self.tr("Born"), COL_SEX: self.tr("Sex"), COL_STATUS: self.tr("Status")}
        return titles.get(section)
