"""The sync conflicts on the administrator's page: when, which record and field, the value kept
and the value overwritten, and the desks (sites) each came from."""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from domain.sync_status import as_local

COL_AT, COL_RECORD, COL_FIELD, COL_KEPT, COL_LOST, COL_KEPT_SITE, COL_LOST_SITE = range(7)
COLUMNS = 7
ROW_UUID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()

def _field(row, *names: str, default=None):
    for name in names:
        if hasattr(row, name):
            return getattr(row, name)
        if isinstance(row, dict) and name in row:
            return row[name]
    return default


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

    def cell(self, row, column: int) -> str:
        if column == COL_AT:
            at = as_local(_field(row, "at"))
            return at.strftime("%d.%m.%Y %H:%M") if at else ""
        if column == COL_RECORD:
            table = str(_field(row, "table", "tbl", default=""))
            uuid = str(_field(row, "row_uuid", "uuid", default=""))
            return f"{self.record_names().get(table, table)} {uuid[:8]}".strip()
        if column == COL_FIELD:
            name = str(_field(row, "field", default=""))
            return self.field_names().get(name, name)
        if column == COL_KEPT:
            return self.shown(_field(row, "kept"))
        if column == COL_LOST:
            return self.shown(_field(row, "lost"))
        if column == COL_KEPT_SITE:
            return str(_field(row, "kept_site", default="") or "")
        return str(_field(row, "lost_site", default="") or "")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(row, index.column())
        if role == ROW_UUID_ROLE:
            return str(_field(row, "row_uuid", "uuid", default=""))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Record"), self.tr("Field"), self.tr("Value kept"),
                self.tr("Value overwritten"), self.tr("Kept from"), self.tr("Overwritten from"))[section]
