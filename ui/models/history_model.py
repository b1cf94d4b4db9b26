"""Visits and referrals as a table: a patient's history on the card (date, service, funding,
referral number) and the desk's list of the day (with the time, what happened and who)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from domain import codes
from domain.names import shown_name

if TYPE_CHECKING:  # services (and SQLAlchemy) load after the window is shown
    from services.desk import HistoryRow

_SERVICES = codes.by_code(codes.SERVICES)
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

# column keys; a view picks its columns
DATE, TIME, KIND, PATIENT, IDENT, SERVICE, FUNDING, NUMBER = (
    "date", "time", "kind", "patient", "ident", "service", "funding", "number")
CARD_COLUMNS = (DATE, KIND, SERVICE, FUNDING, NUMBER)
DAY_COLUMNS = (TIME, KIND, PATIENT, IDENT, SERVICE, FUNDING, NUMBER)


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent=None, lang: str = "kk", columns: tuple[str, ...] = CARD_COLUMNS):
        super().__init__(parent)
        self._rows: list[HistoryRow] = []
        self.lang = lang
        self.columns = columns

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> HistoryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def kind_text(self, row: HistoryRow) -> str:
        words = {"visit": self.tr("visit"), "emergency": self.tr("emergency"),
                 "referral": self.tr("referral"), "registration": self.tr("registration")}
        kind = words.get(row.kind, row.kind)
        return self.tr("%1 (voided)").replace("%1", kind) if row.voided else kind

    def text(self, row: HistoryRow, column: str) -> str:
        if column == DATE:
            return row.at.strftime("%d.%m.%Y %H:%M")
        if column == TIME:
            return row.at.strftime("%H:%M")
        if column == KIND:
            return self.kind_text(row)
        if column == PATIENT:
            return shown_name(row.patient_name, self.lang)
        if column == IDENT:
            return row.iin or row.local_id or ""
        if column == SERVICE:
            entry = _SERVICES.get(row.service or "")
            return entry.name.in_lang(self.lang) if entry else ""
        if column == FUNDING:
            name = codes.FUNDINGS.get(row.funding or "")
            return name.in_lang(self.lang) if name else ""
        if column == NUMBER:
            return row.referral_number or ""
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.FontRole and row.voided:
            font = QFont()
            font.setStrikeOut(column != KIND)  # the kind says "voided" in words
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.voided:
            return QBrush(QColor("#757575"))
        if role == Qt.ItemDataRole.ForegroundRole and row.kind == "emergency" and column == KIND:
            return QBrush(QColor("#c62828"))
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.columns):
            return None
        titles = {DATE: self.tr("Date"), TIME: self.tr("Time"), KIND: self.tr("What"),
                  PATIENT: self.tr("Patient"), IDENT: self.tr("IIN / local No."),
                  SERVICE: self.tr("Service"), FUNDING: self.tr("Funding"),
                  NUMBER: self.tr("Referral No.")}
        return titles[self.columns[section]]
