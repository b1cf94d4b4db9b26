"""Identify an emergency patient registered without identity: find the real patient and link."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from services import desk
from ui.crash import report_failure
from ui.models.results_model import COL_NAME, PATIENT_ID_ROLE, ResultsModel
from ui.tasks import TaskRunner
from ui.translations import current_lang


class IdentifyDialog(QDialog):
    linked = Signal(int)  # the identified patient now holding the visits

    def __init__(self, tasks: TaskRunner, unknown_id: int, operator: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("identifyDialog")
        self.tasks, self.unknown_id, self.operator = tasks, unknown_id, operator
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.identifySearch = QLineEdit()
        self.identifySearch.setObjectName("identifySearch")
        self.model = ResultsModel(self, current_lang())
        self.identifyResults = QTableView()
        self.identifyResults.setObjectName("identifyResults")
        self.identifyResults.setModel(self.model)
        self.identifyResults.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.identifyResults.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.identifyResults.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.identifyResults.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.linkButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.linkButton.setObjectName("linkButton")
        self.linkButton.setEnabled(False)
        for w in (self.intro, self.identifySearch, self.identifyResults, self.buttons):
            layout.addWidget(w)
        self.identifySearch.textChanged.connect(self._search)
        self.identifyResults.activated.connect(lambda _i: self._link())
        self.buttons.accepted.connect(self._link)
        self.buttons.rejected.connect(self.reject)
        self.resize(640, 420)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.set_lang(current_lang())
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Identify the emergency patient"))
        # one word for Cancel on every dialog of the desk (Qt's own would differ)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.intro.setText(self.tr("Find the registered patient (IIN or name). The emergency visits "
                                   "move to that patient; register them first with F4 if new."))
        self.identifySearch.setPlaceholderText(self.tr("IIN or name"))
        self.linkButton.setText(self.tr("&Link visits to this patient"))

    def _search(self, query: str) -> None:
        if not query.strip():
            self.model.set_hits([], query)
            self.linkButton.setEnabled(False)
            return
        unknown = self.unknown_id
        self.tasks.submit(lambda s: [h for h in desk.search(s, query) if h.id != unknown],
                          lambda hits: self._show(query, hits), channel="identify")

    def _show(self, query: str, hits) -> None:
        self.model.set_hits(hits, query)
        if hits:
            self.identifyResults.selectRow(0)
        self.linkButton.setEnabled(bool(hits))

    def _link(self) -> None:
        index = self.identifyResults.currentIndex()
        if not index.isValid():
            return
        known_id = self.model.data(self.model.index(index.row(), 0), PATIENT_ID_ROLE)
        unknown = self.unknown_id
        self.linkButton.setEnabled(False)
        self.tasks.submit(lambda s: desk.link_unidentified(s, unknown, known_id),
                          lambda _n: self._done(known_id), self._failed)

    def _done(self, known_id: int) -> None:
        self.linked.emit(known_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.linkButton.setEnabled(True)
        report_failure(exc, self)


