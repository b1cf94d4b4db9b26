"""The administrator's page of the sync: the hub, when the desk last synced, what waits to be
sent, since when the hub is unreachable, the last errors, the conflicts the rounds decided, the
records without an IIN two desks may have made of one person (offered for merge), and a button
that syncs now."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.sync_status import as_local, waiting_words
from ui import translations
from ui.models.conflicts_model import COLUMNS, ConflictsModel
from ui.sync_panel import SyncController, SyncPage
from ui.widgets.tables import read_only_list


class SyncDialog(QDialog):
    loaded = Signal()
    # A pair offered for merge: the first record's id and the other's local number.
    merge_requested = Signal(int, str)

    def __init__(self, controller: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("syncDialog")
        self.controller = controller
        self.page: SyncPage | None = None
        self.resize(1240, 620)  # every column whole on a 1366x768 screen
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.hubTitle, self.syncHub = QLabel(), QLabel()
        self.syncHub.setObjectName("syncHub")
        self.lineTitle, self.syncLine = QLabel(), QLabel()
        self.syncLine.setObjectName("syncLine")
        self.lastTitle, self.syncLast = QLabel(), QLabel()
        self.syncLast.setObjectName("syncLast")
        self.waitingTitle, self.syncWaiting = QLabel(), QLabel()
        self.syncWaiting.setObjectName("syncWaiting")
        for title, value in ((self.hubTitle, self.syncHub), (self.lineTitle, self.syncLine),
                             (self.lastTitle, self.syncLast), (self.waitingTitle, self.syncWaiting)):
            value.setWordWrap(True)
            form.addRow(title, value)
        layout.addLayout(form)
        self.errorsTitle = QLabel()
        layout.addWidget(self.errorsTitle)
        self.syncErrors = QListWidget()
        self.syncErrors.setObjectName("syncErrors")
        self.syncErrors.setMaximumHeight(110)
        self.syncErrors.setWordWrap(True)
        layout.addWidget(self.syncErrors)
        self.conflictsTitle = QLabel()
        layout.addWidget(self.conflictsTitle)
        self.model = ConflictsModel(self)
        self.syncConflictsView = read_only_list("syncConflictsView", self.model)
        header = self.syncConflictsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # headers whole
        header.setStretchLastSection(True)
        layout.addWidget(self.syncConflictsView, 1)
        self.pairsTitle = QLabel(wordWrap=True)
        layout.addWidget(self.pairsTitle)
        self.syncPairsView = QTableWidget(0, 3, objectName="syncPairsView")
        self.syncPairsView.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.syncPairsView.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.syncPairsView.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.syncPairsView.setTabKeyNavigation(False)
        self.syncPairsView.verticalHeader().setVisible(False)
        self.syncPairsView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.syncPairsView.setMaximumHeight(130)
        self.syncPairsView.activated.connect(lambda _i: self.merge_selected())
        layout.addWidget(self.syncPairsView)
        self.syncPageStatus = QLabel()
        self.syncPageStatus.setObjectName("syncPageStatus")
        self.syncPageStatus.setWordWrap(True)
        layout.addWidget(self.syncPageStatus)
        buttons = QHBoxLayout()
        self.syncNowButton = QPushButton()
        self.syncNowButton.setObjectName("syncNowButton")
        self.syncNowButton.clicked.connect(self.sync_now)
        self.closeButton = QPushButton()
        self.closeButton.setObjectName("syncCloseButton")
        self.closeButton.clicked.connect(self.accept)
        self.syncMergeButton = QPushButton()
        self.syncMergeButton.setObjectName("syncMergeButton")
        self.syncMergeButton.clicked.connect(self.merge_selected)
        buttons.addWidget(self.syncNowButton)
        buttons.addWidget(self.syncMergeButton)
        buttons.addStretch(1)
        buttons.addWidget(self.closeButton)
        layout.addLayout(buttons)
        controller.round_done.connect(self._on_round_over)
        controller.round_failed.connect(self._on_round_over)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sync with the hub"))
        self.hubTitle.setText(self.tr("Hub:"))
        self.lineTitle.setText(self.tr("State:"))
        self.lastTitle.setText(self.tr("Last sync:"))
        self.waitingTitle.setText(self.tr("Waiting to be sent:"))
        self.errorsTitle.setText(self.tr("Last errors:"))
        self.syncNowButton.setText(self.tr("&Sync now"))
        self.syncMergeButton.setText(self.tr("Compare and &merge…"))
        self.syncPairsView.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Other record"),
                                                      self.tr("Born")])
        self.closeButton.setText(self.tr("&Close"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        self.show_page()

    # ------------------------------------------------------------ data

    def load(self) -> None:
        self.syncPageStatus.setText(self.tr("Loading…"))
        self.controller.load_page(self._on_loaded, self._on_failed)

    def _on_loaded(self, page: SyncPage) -> None:
        self.page = page
        self.syncPageStatus.clear()
        self.model.set_rows(page.conflicts)
        self.show_page()
        self.loaded.emit()

    def _on_failed(self, _exc: BaseException) -> None:
        self.syncPageStatus.setText(self.tr("The sync state could not be read; see the log."))

    def show_page(self) -> None:
        lang = translations.current_lang()
        controller = self.controller
        self.syncHub.setText(controller.link.label)
        self.syncLine.setText(controller.line().in_lang(lang))
        state = self.page.state if self.page is not None else controller.state
        last = as_local(getattr(state, "last_success_at", None))
        self.syncLast.setText(last.strftime("%d.%m.%Y %H:%M") if last else self.tr("never"))
        waiting = int(getattr(state, "waiting", 0) or 0)
        self.syncWaiting.setText(waiting_words(waiting).in_lang(lang) if waiting else self.tr("nothing"))
        self.syncErrors.clear()
        errors = [(at.strftime("%d.%m %H:%M"), words.in_lang(lang)) for at, words in controller.errors]
        recorded = getattr(state, "last_error", None)
        if recorded is not None and not any(text == recorded.in_lang(lang) for _at, text in errors):
            errors.append(("", recorded.in_lang(lang)))
        for at, text in errors:
            self.syncErrors.addItem(f"{at}  {text}".strip())
        if not errors:
            self.syncErrors.addItem(self.tr("No errors"))
        self._show_pairs()
        count = self.model.rowCount()
        self.conflictsTitle.setText(self.tr("Conflicts (%1): the value kept everywhere and the one "
                                            "overwritten").replace("%1", str(count)))

    def _show_pairs(self) -> None:
        pairs = list(self.page.pairs) if self.page is not None else []
        self.pairsTitle.setText(self.tr("Registered without an IIN at two desks, perhaps one person "
                                        "(%1): compare them and merge").replace("%1", str(len(pairs))))
        self.syncPairsView.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            cells = (f"{pair.first_name} · {pair.first_number or '—'} ({pair.first_site})",
                     f"{pair.second_name} · {pair.second_number or '—'} ({pair.second_site})",
                     pair.birth_date.strftime("%d.%m.%Y"))
            for col, text in enumerate(cells):
                self.syncPairsView.setItem(row, col, QTableWidgetItem(text))
        if pairs and self.syncPairsView.currentRow() < 0:
            self.syncPairsView.selectRow(0)
        self.syncMergeButton.setEnabled(bool(pairs))

    def merge_selected(self) -> None:
        """The merge form for the chosen pair: the first record open, the other one found."""
        row = self.syncPairsView.currentRow()
        pairs = list(self.page.pairs) if self.page is not None else []
        if not 0 <= row < len(pairs):
            return
        pair = pairs[row]
        self.merge_requested.emit(pair.first_id, pair.second_number or pair.second_name)

    def sync_now(self) -> None:
        self.syncNowButton.setEnabled(False)
        self.syncPageStatus.setText(self.tr("Syncing…"))
        self.controller.sync_now()

    def _on_round_over(self, _answer) -> None:
        self.syncNowButton.setEnabled(True)
        if self.isVisible():
            self.load()
