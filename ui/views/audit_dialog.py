"""The administrator's view of the audit trail: events by person, patient, kind and dates,
newest first, a page at a time ("Show more" reads the next page: a trail of millions of events
opens as fast as a short one); the chain checked; the events found saved as CSV for Excel.

Reading needs the READ_AUDIT permission and saving also EXPORT_DATA: the services refuse
anyone else, whatever this window shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.iin import parse_iin
from domain.messages import BadInput
from domain.names import shown_name
from services import audit, desk
from ui.crash import report_failure
from ui.tasks import TaskRunner
from ui.translations import current_lang, text
from ui.views.registration_dialog import parse_day
from ui.widgets.tables import read_only_list

LIST_CHANNEL = "audit.list"
PATIENT_CHANNEL = "audit.patient"
DELAY_MS = 300  # typing waits for a pause before the trail is read again
INVALID_STYLE = "QLineEdit { border: 2px solid #c62828; }"
NO_PATIENT = -1  # the patient typed was not found: nothing matches
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class AuditModel(QAbstractTableModel):
    COLUMNS = ("time", "person", "kind", "patient", "detail")

    def __init__(self, parent: QWidget, lang: str):
        super().__init__(parent)
        self.lang = lang
        self.lines: list[audit.AuditLine] = []
        self.titles = list(self.COLUMNS)

    def set_lines(self, lines: list, append: bool = False) -> None:
        self.beginResetModel()
        self.lines = (self.lines if append else []) + list(lines)
        self.endResetModel()

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, len(self.COLUMNS) - 1))

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column in ("detail", "kind"):
            return f"{line.action} · № {line.seq}" if column == "kind" else line.summary(self.lang)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "time":
            return line.at.strftime("%d.%m.%Y %H:%M:%S")
        if column == "person":
            return line.operator
        if column == "kind":
            return line.kind.in_lang(self.lang)
        if column == "patient":
            if not line.patient_uuid:
                return ""
            name = shown_name(line.patient_name, self.lang) if line.patient_name else "—"
            return f"{name} ({line.patient_ident})" if line.patient_ident else name
        return line.summary(self.lang)


class AuditDialog(QDialog):
    listed = Signal(int)  # rows shown
    verified = Signal(bool)  # the chain is whole
    exported = Signal(str)  # the file written
    failed = Signal(str)

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.tasks = tasks
        self.lang = current_lang()
        self.more = False
        self.page = audit.PAGE  # events read at a time
        self._closed = False
        self._patient: int | None = None
        self._patient_typed = ""
        self._build()
        self.retranslate()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._on_pause)
        for edit in (self.auditUserEdit, self.auditPatientEdit, self.auditFromDate, self.auditToDate):
            edit.textChanged.connect(lambda _t: self._timer.start())
            edit.returnPressed.connect(self._on_pause)
        self.auditKindCombo.currentIndexChanged.connect(lambda _i: self.search())
        self.auditPatientCombo.currentIndexChanged.connect(lambda _i: self._on_patient_chosen())
        self.search()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.auditUserEdit = QLineEdit(objectName="auditUserEdit")
        self.auditPatientEdit = QLineEdit(objectName="auditPatientEdit")
        self.auditPatientEdit.setMaxLength(100)
        self.auditPatientCombo = QComboBox(objectName="auditPatientCombo")
        self.auditPatientCombo.setVisible(False)
        self.auditKindCombo = QComboBox(objectName="auditKindCombo")
        self.auditKindCombo.addItem("", None)
        for kind in audit.KINDS:
            self.auditKindCombo.addItem(kind.name.in_lang(self.lang), kind.code)
        self.auditFromDate = QLineEdit(objectName="auditFromDate")
        self.auditToDate = QLineEdit(objectName="auditToDate")
        for edit in (self.auditFromDate, self.auditToDate):
            edit.setMaxLength(10)
            edit.setMaximumWidth(110)
        self.filter_labels = [QLabel() for _ in range(5)]
        filters = QGridLayout()
        fields = (self.auditUserEdit, self.auditPatientEdit, self.auditKindCombo, self.auditFromDate,
                  self.auditToDate)
        for col, (label, widget) in enumerate(zip(self.filter_labels, fields, strict=True)):
            label.setBuddy(widget)
            filters.addWidget(label, 0, col)
            filters.addWidget(widget, 1, col)
        filters.addWidget(self.auditPatientCombo, 2, 1)
        filters.setColumnStretch(0, 1)
        filters.setColumnStretch(1, 3)
        filters.setColumnStretch(2, 2)

        self.auditCount = QLabel(objectName="auditCount")
        self.model = AuditModel(self, self.lang)
        self.auditView = read_only_list("auditView", self.model)
        header = self.auditView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((140, 110, 230, 330)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)

        self.auditVerifyResult = QLabel(objectName="auditVerifyResult")
        self.auditVerifyResult.setWordWrap(True)
        self.auditVerifyResult.setVisible(False)
        self.auditStatus = QLabel(objectName="auditStatus")
        self.auditStatus.setWordWrap(True)
        self.auditMoreButton = QPushButton(objectName="auditMoreButton")
        self.auditVerifyButton = QPushButton(objectName="auditVerifyButton")
        self.auditCsvButton = QPushButton(objectName="auditCsvButton")
        self.auditCloseButton = QPushButton(objectName="auditCloseButton")
        buttons = QHBoxLayout()
        for b in (self.auditMoreButton, self.auditVerifyButton, self.auditCsvButton):
            buttons.addWidget(b)
        buttons.addWidget(self.auditStatus, 1)
        buttons.addWidget(self.auditCloseButton)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.auditCount)
        layout.addWidget(self.auditView, 1)
        layout.addWidget(self.auditVerifyResult)
        layout.addLayout(buttons)
        self.resize(1300, 680)  # on a 1366×768 screen

        self.auditMoreButton.clicked.connect(self.show_more)
        self.auditVerifyButton.clicked.connect(self.verify)
        self.auditCsvButton.clicked.connect(lambda: self.save_csv())
        self.auditCloseButton.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=lambda: self.save_csv())
        self.setTabOrder(self.auditUserEdit, self.auditPatientEdit)
        self.setTabOrder(self.auditPatientEdit, self.auditPatientCombo)
        self.setTabOrder(self.auditPatientCombo, self.auditKindCombo)
        self.setTabOrder(self.auditKindCombo, self.auditFromDate)
        self.setTabOrder(self.auditFromDate, self.auditToDate)
        self.setTabOrder(self.auditToDate, self.auditView)
        self.auditMoreButton.setEnabled(False)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit trail"))
        titles = (self.tr("&Person (login)"), self.tr("P&atient (IIN or name)"), self.tr("&Kind"),
                  self.tr("&From"), self.tr("&To"))
        for label, title in zip(self.filter_labels, titles, strict=True):
            label.setText(title)
        self.auditUserEdit.setPlaceholderText(self.tr("any person"))
        self.auditPatientEdit.setPlaceholderText(self.tr("any patient"))
        for edit in (self.auditFromDate, self.auditToDate):
            edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.auditKindCombo.setItemText(0, self.tr("(any kind)"))
        for i, kind in enumerate(audit.KINDS, start=1):
            self.auditKindCombo.setItemText(i, kind.name.in_lang(self.lang))
        self.model.titles = [self.tr("Time"), self.tr("Person"), self.tr("Event"), self.tr("Patient"),
                             self.tr("Details")]
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.titles) - 1)
        self.auditMoreButton.setText(self.tr("Show &more"))
        self.auditVerifyButton.setText(self.tr("&Verify the chain"))
        self.auditCsvButton.setText(self.tr("Save as &CSV… (Ctrl+S)"))
        self.auditCloseButton.setText(self.tr("Close"))
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.lang = current_lang()
            self.model.set_lang(self.lang)
            self.retranslate()
        super().changeEvent(event)

    # --- the filters ----------------------------------------------------------------------------

    def _day(self, edit: QLineEdit):
        try:
            day = parse_day(edit.text())
        except ValueError:
            edit.setStyleSheet(INVALID_STYLE)
            return False, None
        edit.setStyleSheet("")
        return True, day

    def _on_pause(self) -> None:
        self._timer.stop()
        typed = self.auditPatientEdit.text().strip()
        if typed != self._patient_typed:
            self._find_patient(typed)
            return
        self.search()

    def _find_patient(self, typed: str) -> None:
        """The patient typed, found by the desk's own search (an IIN exactly, else a name)."""
        self._patient_typed = typed
        if not typed:
            self._patient = None
            self.auditPatientCombo.clear()
            self.auditPatientCombo.setVisible(False)
            self.search()
            return
        info = parse_iin(typed)

        def find(s):
            if info.valid:
                found = desk.patient_id_for_iin(s, info.iin)
                return [h for h in desk.search(s, info.iin) if h.id == found] if found else []
            return list(desk.search(s, typed))

        self.tasks.submit(find, self._on_patients, self._on_failed, channel=PATIENT_CHANNEL)

    def _on_patients(self, hits: list) -> None:
        if self._closed:
            return
        combo = self.auditPatientCombo
        combo.blockSignals(True)
        combo.clear()
        for h in hits:
            born = h.birth_date.strftime("%d.%m.%Y") if h.birth_date else ""
            ident = h.iin or h.local_id or ""
            combo.addItem(" · ".join(x for x in (shown_name(h.full_name, self.lang), ident, born) if x), h.id)
        if not hits:
            combo.addItem(self.tr("No such patient"), NO_PATIENT)
        combo.blockSignals(False)
        combo.setVisible(len(hits) != 1)
        self._patient = combo.itemData(0)
        self.search()

    def _on_patient_chosen(self) -> None:
        self._patient = self.auditPatientCombo.currentData()
        self.search()

    def current_filter(self) -> audit.AuditFilter | None:
        """The filters as typed; None while a date is not whole."""
        ok_from, start = self._day(self.auditFromDate)
        ok_to, end = self._day(self.auditToDate)
        if not (ok_from and ok_to):
            self.auditStatus.setText(self.tr("Type the date as dd.mm.yyyy."))
            return None
        patient = self._patient if self.auditPatientEdit.text().strip() else None
        return audit.AuditFilter(login=self.auditUserEdit.text().strip() or None,
                                 patient_id=patient, kind=self.auditKindCombo.currentData(),
                                 start=start, end=end)

    # --- reading --------------------------------------------------------------------------------

    def search(self) -> None:
        flt = self.current_filter()
        if flt is None:
            return
        self.auditStatus.setText("")
        size = self.page
        self.tasks.submit(lambda s: audit.events(s, flt, limit=size), lambda page: self._on_page(page, False),
                          self._on_failed, channel=LIST_CHANNEL)

    def show_more(self) -> None:
        flt = self.current_filter()
        if flt is None or not self.more or not self.model.lines:
            return
        before, size = self.model.lines[-1].id, self.page
        self.tasks.submit(lambda s: audit.events(s, flt, before_id=before, limit=size),
                          lambda page: self._on_page(page, True), self._on_failed, channel=LIST_CHANNEL)

    def _on_page(self, page: audit.AuditPage, append: bool) -> None:
        if self._closed:
            return
        self.model.set_lines(page.lines, append)
        self.more = page.more
        self.auditMoreButton.setEnabled(page.more)
        self._show_count()
        self.listed.emit(self.model.rowCount())

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        if not shown:
            self.auditCount.setText(self.tr("No events match."))
        elif self.more:
            self.auditCount.setText(self.tr("%1 newest events shown; more below.").replace("%1", str(shown)))
        else:
            self.auditCount.setText(self.tr("Events: %1.").replace("%1", str(shown)))

    # --- checking and saving --------------------------------------------------------------------

    def verify(self) -> None:
        self.auditVerifyButton.setEnabled(False)
        self.auditVerifyResult.setVisible(True)
        self.auditVerifyResult.setStyleSheet("")
        self.auditVerifyResult.setText(self.tr("Checking every event of the trail…"))
        self.tasks.submit(lambda s: audit.verify_trail(s), self._on_verified, self._on_verify_failed)

    def _on_verified(self, verdict) -> None:
        if self._closed:
            return
        self.auditVerifyButton.setEnabled(True)
        colour = "#2e7d32" if verdict.ok else "#c62828"
        self.auditVerifyResult.setStyleSheet(f"#auditVerifyResult {{ color: {colour}; font-weight: bold; }}")
        self.auditVerifyResult.setText(text(audit.verdict_words(verdict)))
        self.verified.emit(verdict.ok)

    def _on_verify_failed(self, exc: BaseException) -> None:
        self.auditVerifyButton.setEnabled(True)
        self.auditVerifyResult.setVisible(False)
        self._on_failed(exc)

    def save_csv(self, path: str | None = None) -> None:
        flt = self.current_filter()
        if flt is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the events as CSV"),
                                                  str(Path.home() / "tirkeu-audit.csv"),
                                                  self.tr("CSV for Excel (*.csv)"))
        if not path:
            return
        target, lang = Path(path), self.lang

        def export(s):
            data, count = audit.export_csv(s, flt, lang)
            target.write_bytes(data)  # before the commit: an export not written is not recorded
            return count

        self.auditStatus.setText(self.tr("Saving…"))
        self.tasks.submit(export, lambda count: self._on_saved(target, count), self._on_save_failed)

    def _on_saved(self, target: Path, count: int) -> None:
        if self._closed:
            return
        self.auditStatus.setText(self.tr("Saved %1 events: %2").replace("%1", str(count))
                                 .replace("%2", target.name))
        self.exported.emit(str(target))

    def _on_save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self.auditStatus.setText(self.tr("Could not save the file: check the folder and try again."))
            self.failed.emit(self.auditStatus.text())
            return
        self._on_failed(exc)

    def _on_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        if isinstance(exc, BadInput):
            message = text(exc.message)
            self.auditStatus.setText(message)
            self.failed.emit(message)
            return
        report_failure(exc, self)

    def done(self, result: int) -> None:
        self._closed = True
        self._timer.stop()
        super().done(result)


def open_audit_dialog(parent: QWidget | None, tasks: TaskRunner) -> AuditDialog:
    """Open the trail, window-modal over the desk, without blocking the caller."""
    dialog = AuditDialog(tasks, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
