"""The referral register as a table: one issued referral a row, voided ones marked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from domain import codes

if TYPE_CHECKING:  # the database layer is imported only once the database is open
    from services.register import RegisterLine

COL_NUMBER, COL_STATE, COL_ISSUED, COL_PATIENT, COL_IIN, COL_SERVICE, COL_COPIES, COL_TARGET = range(8)
COLUMN_COUNT = 8
LINE_ROLE = Qt.ItemDataRole.UserRole + 1
VOIDED_ROLE = Qt.ItemDataRole.UserRole + 2

VOIDED_TEXT = QColor("#b00020")
VOIDED_FILL = QColor("#fde7e9")
_SERVICES = codes.by_code(codes.SERVICES)
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _when(at) -> str:
    return at.strftime("%d.%m.%Y %H:%M") if at else ""


class RegisterModel(QAbstractTableModel):
    def __init__(self, parent=None, lang: str = "kk"):
        super().__init__(parent)
        self._lines: list[RegisterLine] = []
        self.lang = lang

    def set_lines(self, lines: list[RegisterLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line(self, row: int) -> RegisterLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, number: str) -> int:
        return next((i for i, line in enumerate(self._lines) if line.number == number), -1)

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, COLUMN_COUNT - 1))

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def _display(self, line: RegisterLine, col: int) -> str:
        if col == COL_NUMBER:
            return line.number
        if col == COL_ISSUED:
            return _when(line.issued_at)
        if col == COL_PATIENT:
            return line.patient_name
        if col == COL_IIN:
            return line.patient_ident
        if col == COL_SERVICE:
            entry = _SERVICES.get(line.service)
            name = entry.name.in_lang(self.lang) if entry else line.service
            if line.emergency:
                return self.tr("%1 (emergency)").replace("%1", name)
            return name
        if col == COL_TARGET:
            return (line.target_ru if self.lang == "ru" else line.target_kk) or ""
        if col == COL_COPIES:
            return str(line.copies) if line.copies else ""
        if col == COL_STATE:
            return self.tr("VOIDED") if line.voided_at else self.tr("valid")
        return ""

    def _void_tooltip(self, line: RegisterLine) -> str:
        return (self.tr("Voided %1 by %2. Reason: %3")
                .replace("%1", _when(line.voided_at)).replace("%2", line.voided_by or "—")
                .replace("%3", line.void_reason or ""))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        col = index.column()
        voided = line.voided_at is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, col)
        if role == LINE_ROLE:
            return line
        if role == VOIDED_ROLE:
            return voided
        if role == Qt.ItemDataRole.ForegroundRole and voided:
            return QBrush(VOIDED_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and voided:
            return QBrush(VOIDED_FILL)
        if role == Qt.ItemDataRole.FontRole and voided and col in (COL_NUMBER, COL_STATE):
            font = QFont()
            font.setBold(col == COL_STATE)
            font.setStrikeOut(col == COL_NUMBER)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if voided:
                return self._void_tooltip(line)
            if col in (COL_PATIENT, COL_SERVICE, COL_TARGET):
                return self._display(line, col)  # the whole text of a cut cell
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {COL_NUMBER: self.tr("Number"), COL_ISSUED: self.tr("Issued"),
                  COL_PATIENT: self.tr("Patient"), COL_IIN: self.tr("IIN"),
                  COL_SERVICE: self.tr("Service"), COL_TARGET: self.tr("Referred to"),
                  COL_COPIES: self.tr("Copies"), COL_STATE: self.tr("State")}
        return titles.get(section)
