"""Merge two records of one person: find the other record, compare both, choose which remains,
confirm. Every piece of evidence, visit and referral of both is kept."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain import codes
from domain.messages import BadInput
from services import desk, merge
from ui.crash import report_failure
from ui.models.results_model import COL_NAME, PATIENT_ID_ROLE, ResultsModel
from ui.tasks import TaskRunner
from ui.translations import current_lang, text

KEEP_OPEN, KEEP_OTHER = 0, 1


_STATUSES = codes.by_code(codes.STATUSES)


def _status_name(code: str | None) -> str:
    entry = _STATUSES.get(code) if code else None
    return text(entry.name) if entry else (code or "—")


def _day(value) -> str:
    return value.strftime("%d.%m.%Y") if value else "—"


class MergeDialog(QDialog):
    merged = Signal(int)  # the patient that remains

    def __init__(self, tasks: TaskRunner, patient_id: int, operator: str, parent: QWidget | None = None,
                 other: str = ""):
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.tasks, self.patient_id, self.operator = tasks, patient_id, operator
        self.sides: tuple[merge.MergeSide, merge.MergeSide] | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True)
        self.mergeSearchEdit = QLineEdit(objectName="mergeSearchEdit")
        self.model = ResultsModel(self, current_lang())
        self.mergeCandidates = QTableView(objectName="mergeCandidates")
        self.mergeCandidates.setModel(self.model)
        self.mergeCandidates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mergeCandidates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mergeCandidates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mergeCandidates.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.mergeCandidates.setMaximumHeight(150)
        self.mergeCompare = QTableWidget(8, 2, objectName="mergeCompare")
        self.mergeCompare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mergeCompare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mergeCompare.verticalHeader().setDefaultSectionSize(24)
        # every line of both records visible at once, no scrolling in a comparison
        self.mergeCompare.setMinimumHeight(8 * 24 + self.mergeCompare.horizontalHeader().sizeHint().height() + 6)
        form = QFormLayout()
        self.keepTitle = QLabel()
        self.mergeKeepCombo = QComboBox(objectName="mergeKeepCombo")
        self.keepTitle.setBuddy(self.mergeKeepCombo)
        form.addRow(self.keepTitle, self.mergeKeepCombo)
        self.mergeError = QLabel(objectName="mergeError", wordWrap=True)
        self.mergeError.setStyleSheet("QLabel { color: #c62828; }")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.mergeButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.mergeButton.setObjectName("mergeButton")
        self.mergeButton.setEnabled(False)
        self.cancelButton = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        for widget in (self.intro, self.mergeSearchEdit, self.mergeCandidates, self.mergeCompare):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.mergeError)
        layout.addWidget(self.buttons)
        self.mergeSearchEdit.textChanged.connect(self._search)
        self.mergeCandidates.selectionModel().currentRowChanged.connect(lambda *_: self._compare())
        self.mergeCandidates.activated.connect(lambda _i: self.mergeButton.setFocus())
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        self.resize(760, 600)
        self.retranslate()
        self.mergeSearchEdit.setFocus()
        if other:  # offered by the sync page: the other record's number (or name) looked up
            self.mergeSearchEdit.setText(other)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.set_lang(current_lang())
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Merge two records of one person"))
        self.intro.setText(self.tr("Find the other record of this person (IIN, number or name). Both "
                                   "records' documents, insurance evidence, conditions, visits and "
                                   "referrals are kept in the one that remains."))
        self.mergeSearchEdit.setPlaceholderText(self.tr("IIN, number or name of the other record"))
        self.keepTitle.setText(self.tr("&Which record remains"))
        self.mergeButton.setText(self.tr("&Merge…"))
        self.cancelButton.setText(self.tr("Cancel"))
        self.mergeCompare.setHorizontalHeaderLabels([self.tr("Record open now"), self.tr("Other record")])
        self.mergeCompare.setVerticalHeaderLabels([
            self.tr("Name"), self.tr("IIN"), self.tr("Local number"), self.tr("Born"), self.tr("Status"),
            self.tr("Visits"), self.tr("Referrals"), self.tr("Evidence")])
        keep = self.mergeKeepCombo.currentIndex()
        self.mergeKeepCombo.clear()
        self.mergeKeepCombo.addItem(self.tr("the record open now"), KEEP_OPEN)
        self.mergeKeepCombo.addItem(self.tr("the other record"), KEEP_OTHER)
        self.mergeKeepCombo.setCurrentIndex(max(keep, 0))

    # ------------------------------------------------------------ finding the other record

    def _search(self, query: str) -> None:
        if not query.strip():
            self.model.set_hits([], query)
            self._show_sides(None)
            return
        own = self.patient_id
        self.tasks.submit(lambda s: [h for h in desk.search(s, query) if h.id != own],
                          lambda hits: self._show_hits(query, hits), channel="merge-search")

    def _show_hits(self, query: str, hits) -> None:
        self.model.set_hits(hits, query)
        if hits:
            self.mergeCandidates.selectRow(0)
        else:
            self._show_sides(None)

    def _other_id(self) -> int | None:
        index = self.mergeCandidates.currentIndex()
        if not index.isValid():
            return None
        return self.model.data(self.model.index(index.row(), 0), PATIENT_ID_ROLE)

    def _compare(self) -> None:
        other = self._other_id()
        if other is None:
            self._show_sides(None)
            return
        own = self.patient_id
        self.tasks.submit(lambda s: merge.merge_sides(s, own, other), self._show_sides, self._refused,
                          channel="merge-compare")

    def _refused(self, exc: BaseException) -> None:
        self._show_sides(None)
        if isinstance(exc, BadInput):
            self.mergeError.setText(text(exc.message))
        else:
            report_failure(exc, self)

    def _show_sides(self, sides) -> None:
        self.sides = sides
        self.mergeError.setText("")
        self.mergeButton.setEnabled(sides is not None)
        for column in range(2):
            side = sides[column] if sides else None
            values = ["", "", "", "", "", "", "", ""] if side is None else [
                side.full_name, side.iin or "—", side.local_id or "—", _day(side.birth_date),
                _status_name(side.status), str(side.visits), str(side.referrals), str(side.evidence)]
            for row, value in enumerate(values):
                self.mergeCompare.setItem(row, column, QTableWidgetItem(value))

    # ------------------------------------------------------------ merging

    def _confirm(self) -> None:
        if self.sides is None:
            return
        keep, gone = self.sides if self.mergeKeepCombo.currentData() == KEEP_OPEN else self.sides[::-1]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Merge records"),
                          self.tr("Merge the record of %1 (%2) into the record of %3 (%4)?")
                          .replace("%1", gone.full_name).replace("%2", gone.iin or gone.local_id or "—")
                          .replace("%3", keep.full_name).replace("%4", keep.iin or keep.local_id or "—")
                          + "\n\n" + self.tr("Visits moved: %1, referrals: %2. The other record is closed "
                                             "and points to the one that remains.")
                          .replace("%1", str(gone.visits)).replace("%2", str(gone.referrals)),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("mergeConfirm")
        yes = box.addButton(self.tr("Merge"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("mergeConfirmButton")
        back = box.addButton(self.tr("Back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)  # a merge is never done by a stray Enter
        box.setEscapeButton(back)
        box.buttonClicked.connect(lambda button: self._merge(keep.id, gone.id) if button is yes else None)
        box.open()

    def _merge(self, keep_id: int, gone_id: int) -> None:
        self.mergeButton.setEnabled(False)
        self.tasks.submit(lambda s: merge.merge(s, keep_id, gone_id),
                          self._done, self._failed)

    def _done(self, keep_id: int) -> None:
        self.merged.emit(keep_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.mergeButton.setEnabled(True)
        report_failure(exc, self)
