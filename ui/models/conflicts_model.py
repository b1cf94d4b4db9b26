"""The sync conflicts on the administrator's page: when, which record and field, the value kept
and the value overwritten, the desks (sites) each came from, and why. The rows are
`services.sync.ConflictLine`s."""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from domain.sync_status import as_local

COL_AT, COL_RECORD, COL_FIELD, COL_KEPT, COL_LOST, COL_KEPT_SITE, COL_LOST_SITE, COL_WHY = range(8)
COLUMNS = 8
ROW_UUID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


def _shown(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class ConflictsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMNS

    def record_names(self) -> dict[str, str]:
        # the kinds of records that travel between desks, as an administrator calls them
        return {
            "patients": self.tr("patient"), "identity_documents": self.tr("identity document"),
            "legal_statuses": self.tr("legal status"), "fund_checks": self.tr("Fund check"),
            "state_categories": self.tr("state category"), "payment_periods": self.tr("payment months"),
            "conditions": self.tr("condition"), "vhi_contracts": self.tr("VHI contract"),
            "visits": self.tr("visit"), "referrals": self.tr("referral"),
            "organisations": self.tr("organisation"), "users": self.tr("account"),
            "consents": self.tr("consent"),
        }

    def field_names(self) -> dict[str, str]:
        # the fields conflicts are most often about; any other is shown as it is named
        return {
            "surname": self.tr("surname"), "given_name": self.tr("given name"),
            "patronymic": self.tr("patronymic"), "birth_date": self.tr("birth date"),
            "sex": self.tr("sex"), "iin": self.tr("IIN"), "phone": self.tr("phone"),
            "address": self.tr("address"), "citizenship": self.tr("citizenship"),
            "status": self.tr("status"), "voided": self.tr("voided"), "deleted": self.tr("deleted"),
        }

    def shown(self, value: object) -> str:
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        return _shown(value)

    def reasons(self) -> dict[str, str]:
        return {"later": self.tr("later change"), "same_iin": self.tr("same IIN"),
                "same_code": self.tr("same code"), "same_login": self.tr("same login")}

    def cell(self, row, column: int) -> str:
        if column == COL_AT:
            at = as_local(row.at)
            return at.strftime("%d.%m.%Y %H:%M") if at else ""
        if column == COL_RECORD:
            return f"{self.record_names().get(row.table, row.table)} {row.row_uuid[:8]}".strip()
        if column == COL_FIELD:
            return self.field_names().get(row.field, row.field)
        if column == COL_KEPT:
            return self.shown(row.kept)
        if column == COL_LOST:
            return self.shown(row.lost)
        if column == COL_KEPT_SITE:
            return row.kept_site or ""
        if column == COL_LOST_SITE:
            return row.lost_site or ""
        return self.reasons().get(row.reason, row.reason or "")

    def tooltip(self, row, column: int) -> str:
        """The kept and overwritten values with the time each was made at its desk."""
        at = as_local(row.kept_at if column in (COL_KEPT, COL_KEPT_SITE) else
                      row.lost_at if column in (COL_LOST, COL_LOST_SITE) else None)
        text = self.cell(row, column)
        return f"{text} ({at:%d.%m.%Y %H:%M})" if at and text else text

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        if role == ROW_UUID_ROLE:
            return row.row_uuid
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Record"), self.tr("Field"), self.tr("Value kept"),
                self.tr("Value overwritten"), self.tr("Kept from"), self.tr("Overwritten from"),
                self.tr("Why"))[section]
