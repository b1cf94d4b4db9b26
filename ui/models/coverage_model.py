"""Every service of the catalogue for the open patient: funding, referral, and the decision."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from domain import codes

if TYPE_CHECKING:  # services (and SQLAlchemy) load after the window is shown
    from services.desk import Coverage, CoverageRow

COL_SERVICE, COL_FUNDING, COL_REFERRAL = range(3)
COLUMN_COUNT = 3
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
FUNDING_ROLE = Qt.ItemDataRole.UserRole + 2  # the funding code, or "unknown"
SERVICE_ROLE = Qt.ItemDataRole.UserRole + 3
GROUP_ROLE = Qt.ItemDataRole.UserRole + 4  # the service group code (domain.codes.SERVICE_GROUPS)
GROUP_START_ROLE = Qt.ItemDataRole.UserRole + 5  # the group's title on its first row, else None

# Background colours beside the words (never colour alone): free, insurance, contract, pay, unknown.
FUNDING_COLOURS = {
    "tmkkk": "#c8e6c9",
    "mams": "#bbdefb",
    "vhi": "#e1bee7",
    "paid": "#ffe0b2",
    "unknown": "#e0e0e0",
}
_SERVICES = codes.by_code(codes.SERVICES)
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class CoverageModel(QAbstractTableModel):
    def __init__(self, parent=None, lang: str = "kk"):
        super().__init__(parent)
        self._rows: tuple[CoverageRow, ...] = ()
        self.coverage: Coverage | None = None
        self.lang = lang

    def set_coverage(self, coverage: Coverage | None) -> None:
        self.beginResetModel()
        self.coverage = coverage
        self._rows = coverage.rows if coverage else ()
        self.endResetModel()

    def row_at(self, row: int) -> CoverageRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def funding_text(self, row: CoverageRow) -> str:
        if row.decision is None:
            return self.tr("unknown — check")
        if row.status_unknown:  # no verdict until the legal status is recorded
            return self.tr("unknown — confirm the status")
        name = codes.FUNDINGS[row.decision.funding].in_lang(self.lang)
        if row.decision.emergency:
            return self.tr("%1, emergency").replace("%1", name)
        cond = row.decision.for_diagnosis
        if cond is not None:  # the verdict holds only for a visit for these diagnoses
            icd = ", ".join(cond.codes)
            head = (self.tr("free for %1").replace("%1", icd) if row.decision.funding == "tmkkk"
                    else self.tr("%1 for %2").replace("%1", name).replace("%2", icd))
            other = codes.funding_in_sentence(cond.otherwise).in_lang(self.lang)
            return self.tr("%1; another diagnosis: %2").replace("%1", head).replace("%2", other)
        return name

    def referral_text(self, row: CoverageRow) -> str:
        if row.decision is None:
            return self.tr("unknown — check") if _SERVICES[row.service].extra.get("referral") not in (
                "never", "no") else self.tr("not needed")
        return {
            "not_needed": self.tr("not needed"),
            "present": self.tr("needed — on file"),
            "missing": self.tr("needed — missing"),
        }.get(row.decision.referral, row.decision.referral)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        funding = row.shown_funding
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_SERVICE:
                return _SERVICES[row.service].name.in_lang(self.lang)
            if col == COL_FUNDING:
                return self.funding_text(row)
            if col == COL_REFERRAL:
                return self.referral_text(row)
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_FUNDING:
            return QBrush(QColor(FUNDING_COLOURS[funding]))
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_REFERRAL and row.decision \
                and row.decision.referral == "missing":
            return QBrush(QColor("#fff59d"))
        if role == Qt.ItemDataRole.ForegroundRole and col in (COL_FUNDING, COL_REFERRAL):
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_FUNDING and row.status_unknown:
            return self.tr("The legal status is not recorded: ask for a document and record it. "
                           "Emergency care is never blocked.")
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_REFERRAL and row.decision \
                and row.decision.referral == "missing" and not row.status_unknown:
            name = codes.FUNDINGS[row.decision.funding].in_lang(self.lang)
            return self.tr("Covered by %1 once a referral is presented").replace("%1", name)
        if role == ROW_ROLE:
            return row
        if role == FUNDING_ROLE:
            return funding
        if role == SERVICE_ROLE:
            return row.service
        if role == GROUP_ROLE:
            return codes.service_group(row.service)
        if role == GROUP_START_ROLE:
            return self.group_title(codes.service_group(row.service)) if self.starts_group(index.row()) else None
        return None

    def starts_group(self, row: int) -> bool:
        """Whether `row` is the first of its service group (the view draws the group's title)."""
        if not 0 <= row < len(self._rows):
            return False
        return row == 0 or codes.service_group(self._rows[row].service) != codes.service_group(
            self._rows[row - 1].service)

    def group_title(self, group: str) -> str:
        return {"emergency": self.tr("Emergency care"), "primary_care": self.tr("Primary care"),
                "specialist": self.tr("Specialists and diagnostics"),
                "hospital": self.tr("Hospital care"), "other": self.tr("Other")}.get(group, group)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {COL_SERVICE: self.tr("Service"), COL_FUNDING: self.tr("Funding"),
                COL_REFERRAL: self.tr("Referral")}.get(section)
