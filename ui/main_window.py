"""The desk's main window: search, patient card, coverage, and the actions of the day."""

from __future__ import annotations

import logging
import os
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain import codes
from domain.iin import parse_iin
from domain.messages import LANGS, BadInput
from services.errors import write_crash_log
from services.journal import EmergencyJournal
from ui import translations
from ui.crash import report_failure
from ui.models.results_model import COL_IIN, COL_NAME, COL_STATUS, PATIENT_ID_ROLE, ResultsModel
from ui.tasks import TaskRunner
from ui.widgets.patient_card import PatientCard

SHORTCUT_SEARCH = "F2"
SHORTCUT_NEW_PATIENT = "F4"
SHORTCUT_REFERRAL = "F6"
SHORTCUT_EMERGENCY = "F9"
SHORTCUT_MERGE = "Ctrl+Shift+M"
SHORTCUT_REGISTER = "Ctrl+R"
SHORTCUT_TODAY = "F8"
SHORTCUT_AUDIT = "Ctrl+Shift+A"
COUNT_AFTER_MS = 250  # a full result list is counted once typing pauses this long
DEFAULT_SIZE = (1280, 820)  # at most; never larger than the screen's free area
FRAME_ALLOWANCE = 40  # pixels of title bar and frame the window adds around its size
DEMO_PATIENTS = 5000
READY_ENV = "TIRKEU_READY_MARKER"
JOURNAL_RETRY_MS = 30_000  # how often visits the database could not take are tried again
STATUS_COLUMN_WIDTH = 130  # pixels; the name column takes the rest
RECONNECT_PROBE_MS = 3_000  # how often an unreachable server is asked whether it is back
STALE_STYLE = "QTableView { color: #8a8a8a; }"
BACKUP_CHECK_MS = 60 * 60 * 1000  # how often an open desk asks whether a daily backup is due

log = logging.getLogger(__name__)
_SERVICE_NAMES = codes.by_code(codes.SERVICES)


class _LazyServices:
    """`services.desk` on first use: it brings SQLAlchemy, which is imported while the window
    is already on screen, not before."""

    def __getattr__(self, name: str):
        from services import desk as module

        return getattr(module, name)


desk = _LazyServices()
_NOT_ASKED = object()


def _write_journaled(session, entry: dict, replay: bool = False):
    """A journaled emergency visit into the database (one made with nobody signed in is also
    recorded as such in the audit trail); `replay`: written late, on a retry."""
    if entry.get("without_login"):
        from services.accounts import record_emergency_without_login

        return record_emergency_without_login(session, entry)
    return desk.write_journaled(session, entry, replay=replay)


def _mistyped_iin(query: str):
    """The reason a typed 12-digit number is not an IIN (a kk/ru message), else None."""
    typed = query.strip()
    if len(typed) != 12 or not typed.isdigit():
        return None
    info = parse_iin(typed)
    return None if info.valid else info.error


class _Progress(QObject):
    """Carries progress from a worker to the GUI thread (signals are queued across threads)."""

    changed = Signal(object)


class MainWindow(QMainWindow):
    patient_opened = Signal(int)
    results_shown = Signal(str)  # the query whose results are now in the table
    card_shown = Signal(int)
    coverage_shown = Signal()
    emergency_recorded = Signal(object)  # services.desk.EmergencyOutcome
    emergency_journaled = Signal(int)  # a visit is on disk: how many wait for the database
    status_loaded = Signal()
    database_ready = Signal()
    backup_restored = Signal(str)  # the backup file now in place of the damaged database

    def __init__(self, engine, db_label: str, session_maker, lang: str = "kk"):
        """``engine`` None: the database is still being opened; `attach_database` follows."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.engine = None
        self.db_url = ""
        self.db_label = db_label
        self.lang = lang
        self.setProperty("lang", lang)  # dialogs of other parts read the language from here
        self.tasks = TaskRunner(None, self)
        self.tasks.default_failure = self._on_failure
        self.operator = ""
        self.current_patient_id: int | None = None
        self._card_query = ""  # what the search box said when the open card was asked for
        self._emergency_confirm = None  # the question F9 asks with a card open, while it is up
        self._found: tuple[int, bool] | None = None  # matches in all and whether capped
        self._counting = ""  # the query whose matches are counted once typing pauses
        self.status: desk.DeskStatus | None = None
        self.insurance_as_of: datetime | None | object = _NOT_ASKED
        self.last_emergency: desk.EmergencyOutcome | None = None
        self._dialogs: list[QWidget] = []
        self._journal: EmergencyJournal | None = None
        self._journal_busy: set[str] = set()
        self._journal_timer = QTimer(self)
        self._journal_timer.setInterval(JOURNAL_RETRY_MS)
        self._journal_timer.timeout.connect(self.write_journal)
        self.server_lost = False
        self._damage_offered = False
        self._probe_timer = QTimer(self)
        self._probe_timer.setInterval(RECONNECT_PROBE_MS)
        self._probe_timer.timeout.connect(self.probe_connection)
        self.tasks.connection_lost.connect(self._on_connection_lost)
        self._open_when_shown: str | None = None
        self.last_backup = None  # db.backup.BackupFile made by this desk, shown in the status bar
        self.backup_failure = None  # the kk/ru words of the last failed daily backup, if any
        self.sync = None  # ui.sync_panel.SyncController when the desk syncs with a hub
        self._backup_timer = QTimer(self)
        self._backup_timer.setObjectName("backupTimer")
        self._backup_timer.setInterval(BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self.daily_backup)
        self.access = None  # ui.desk_access.DeskAccess: who is signed in, the lock
        self._build()
        self._wire_keys()
        from ui.desk_access import DeskAccess

        self.access = DeskAccess(self)
        self.retranslate()
        self.search_now("")
        self.refresh_status()
        if engine is not None:
            self.attach_database(engine, db_label, session_maker)

    def attach_database(self, engine, db_label: str, session_maker) -> None:
        self.engine = engine
        self.db_url = engine.url.render_as_string(hide_password=False)
        self.db_label = db_label
        self.operator = desk.operator_name()
        self.access.start(session_maker)  # a database with accounts: the sign-in first
        self.tasks.attach(session_maker)
        self._render_status()
        self.write_journal()  # visits a previous run could not write
        # a large file is read through for damage off the GUI thread, while the desk works
        self.tasks.submit(lambda s: desk.check_database(s), None, self._on_failure)
        self.daily_backup()
        self._backup_timer.start()
        self.database_ready.emit()

    # ------------------------------------------------------------ construction

    def default_size(self) -> tuple[int, int]:
        """The starting size: DEFAULT_SIZE, cut to the screen's free area (a 1366x768 laptop
        with a taskbar must show the whole window)."""
        from PySide6.QtGui import QGuiApplication

        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return DEFAULT_SIZE
        free = screen.availableGeometry()
        return (min(DEFAULT_SIZE[0], free.width()),
                min(DEFAULT_SIZE[1], max(480, free.height() - FRAME_ALLOWANCE)))

    def _build(self) -> None:
        self.resize(*self.default_size())
        central = QWidget()
        outer = QVBoxLayout(central)

        bar = self.toolbarLayout = QHBoxLayout()
        self.searchLabel = QLabel()
        self.searchEdit = QLineEdit()
        self.searchEdit.setObjectName("searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchLabel.setBuddy(self.searchEdit)
        self.newPatientButton = QPushButton()
        self.newPatientButton.setObjectName("newPatientButton")
        self.referralButton = QPushButton()
        self.referralButton.setObjectName("referralButton")
        self.emergencyButton = QPushButton()
        self.emergencyButton.setObjectName("emergencyButton")
        self.emergencyButton.setStyleSheet(
            "QPushButton { background: #c62828; color: white; font-weight: bold; padding: 6px 14px; }")
        self.languageSwitch = QComboBox()
        self.languageSwitch.setObjectName("languageSwitch")
        for code in LANGS:
            self.languageSwitch.addItem(translations.LANGUAGE_NAMES[code], code)
        self.languageSwitch.setCurrentIndex(LANGS.index(self.lang) if self.lang in LANGS else 0)
        bar.addWidget(self.searchLabel)
        bar.addWidget(self.searchEdit, 1)
        for w in (self.newPatientButton, self.referralButton, self.emergencyButton, self.languageSwitch):
            bar.addWidget(w)
        outer.addLayout(bar)

        self.demoBanner = QFrame()
        self.demoBanner.setObjectName("demoBanner")
        self.demoBanner.setFrameShape(QFrame.Shape.StyledPanel)
        self.demoBanner.setStyleSheet("#demoBanner { background: #fff8e1; }")
        banner = QHBoxLayout(self.demoBanner)
        self.demoText = QLabel()
        self.demoText.setWordWrap(True)
        self.demoCount = QSpinBox()
        self.demoCount.setObjectName("demoCount")
        self.demoCount.setRange(100, 1_000_000)
        self.demoCount.setSingleStep(1000)
        self.demoCount.setValue(DEMO_PATIENTS)
        self.loadDemoButton = QPushButton()
        self.loadDemoButton.setObjectName("loadDemoButton")
        self.demoProgress = QProgressBar()
        self.demoProgress.setObjectName("demoProgress")
        self.demoProgress.setVisible(False)
        banner.addWidget(self.demoText, 1)
        banner.addWidget(self.demoCount)
        banner.addWidget(self.loadDemoButton)
        banner.addWidget(self.demoProgress)
        self.demoBanner.setVisible(False)
        outer.addWidget(self.demoBanner)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.results_model = ResultsModel(self, self.lang)
        self.resultsView = QTableView()
        self.resultsView.setObjectName("resultsView")
        self.resultsView.setModel(self.results_model)
        self.resultsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resultsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultsView.verticalHeader().setVisible(False)
        header = self.resultsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        # A long status name ("family member of an EAEU worker") must not squeeze the names:
        # its column keeps a fixed share, the cell is elided and its tooltip has the rest.
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_STATUS, STATUS_COLUMN_WIDTH)
        # An IIN's twelve digits fit; a longer local number is cut (its tooltip has it whole)
        # rather than squeezing the names.
        header.setSectionResizeMode(COL_IIN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_IIN, self.resultsView.fontMetrics().horizontalAdvance("000000000000") + 16)
        self.resultsView.setWordWrap(False)
        self.resultsView.verticalHeader().setDefaultSectionSize(24)
        self.resultsView.setTabKeyNavigation(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.resultsTitle = QLabel()
        left_layout.addWidget(self.resultsTitle)
        left_layout.addWidget(self.resultsView)
        # "50 of 55 shown — refine the search": counted once typing pauses (see count_results)
        self.resultsCount = QLabel()
        self.resultsCount.setObjectName("resultsCount")
        self.resultsCount.setWordWrap(True)
        self.resultsCount.setStyleSheet("#resultsCount { color: #8d4e00; }")
        self.resultsCount.setVisible(False)
        left_layout.addWidget(self.resultsCount)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_AFTER_MS)
        self._count_timer.timeout.connect(self.count_results)
        splitter.addWidget(left)

        self.patientCard = PatientCard()
        splitter.addWidget(self.patientCard)
        splitter.setSizes([540, 740])  # names readable in the list; the card fits 1366 px
        outer.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.menu_desk = self.menuBar().addMenu("")
        self.action_new = QAction(self)
        self.action_emergency = QAction(self)
        self.action_referral = QAction(self)
        self.action_merge = QAction(self)
        self.action_merge.setObjectName("mergeAction")
        self.action_merge.setShortcut(QKeySequence(SHORTCUT_MERGE))
        self.action_today = QAction(self)
        self.action_today.setObjectName("todayAction")
        self.action_today.setShortcut(QKeySequence(SHORTCUT_TODAY))
        self.action_today.triggered.connect(self.today_list)
        self.action_settings = QAction(self)
        self.action_settings.setObjectName("settingsAction")
        self.action_quit = QAction(self)
        for a in (self.action_new, self.action_emergency, self.action_referral, self.action_today,
                  self.action_merge):
            self.menu_desk.addAction(a)
        self.action_register = QAction(self, objectName="registerAction",
                                       shortcut=QKeySequence(SHORTCUT_REGISTER))
        self.action_register.triggered.connect(self.referral_register)
        self.menu_desk.addAction(self.action_register)
        self.action_audit = QAction(self, objectName="auditAction", shortcut=QKeySequence(SHORTCUT_AUDIT))
        self.action_audit.triggered.connect(self.audit_trail)
        self.menu_desk.addAction(self.action_audit)
        self.menu_desk.addSeparator()
        self.menu_desk.addAction(self.action_settings)
        self.action_sync = QAction(self, objectName="syncAction", visible=False)  # with a hub only
        self.action_sync.triggered.connect(self.sync_page)
        self.menu_desk.addAction(self.action_sync)
        self.menu_desk.addSeparator()
        self.menu_desk.addAction(self.action_quit)

        self.dbStatus = QLabel()
        self.dbStatus.setObjectName("dbStatus")
        self.rulePackStatus = QLabel()
        self.rulePackStatus.setObjectName("rulePackStatus")
        self.insuranceAgeStatus = QLabel()
        self.insuranceAgeStatus.setObjectName("insuranceAgeStatus")
        self.journalStatus = QLabel()
        self.journalStatus.setObjectName("journalStatus")
        self.journalStatus.setStyleSheet("color: #ef6c00; font-weight: bold")
        self.journalStatus.setVisible(False)
        self.connectionStatus = QLabel()
        self.connectionStatus.setObjectName("connectionStatus")
        self.connectionStatus.setStyleSheet("color: #c62828; font-weight: bold")
        self.connectionStatus.setVisible(False)
        self.syncStatus = QLabel(objectName="syncStatus", visible=False)  # with a hub only (ui.sync_panel)
        for w in (self.connectionStatus, self.journalStatus, self.syncStatus, self.dbStatus,
                  self.rulePackStatus, self.insuranceAgeStatus):
            self.statusBar().addPermanentWidget(w)

        self.searchEdit.textChanged.connect(self.search_now)
        self.searchEdit.returnPressed.connect(self._on_search_enter)
        self.searchEdit.installEventFilter(self)
        self.resultsView.installEventFilter(self)
        self.resultsView.activated.connect(self._on_result_activated)
        self.newPatientButton.clicked.connect(self.new_patient)
        self.emergencyButton.clicked.connect(self.emergency)
        self.referralButton.clicked.connect(self.referral)
        self.languageSwitch.currentIndexChanged.connect(self._on_language_chosen)
        self.loadDemoButton.clicked.connect(self.load_demo)
        self.action_new.triggered.connect(self.new_patient)
        self.action_emergency.triggered.connect(self.emergency)
        self.action_referral.triggered.connect(self.referral)
        self.action_settings.triggered.connect(self.settings)
        self.action_merge.triggered.connect(self.merge_records)
        self.action_quit.triggered.connect(self.close)
        self.patientCard.coverage_date_changed.connect(self._on_coverage_date)
        self.patientCard.visit_inputs_changed.connect(self._on_visit_inputs)
        self.patientCard.edit_requested.connect(self.edit_patient)
        self.patientCard.identify_requested.connect(self.identify_patient)
        self.patientCard.void_requested.connect(self.void_history_line)

        self.setTabOrder(self.searchEdit, self.resultsView)
        self.setTabOrder(self.resultsView, self.newPatientButton)
        self.setTabOrder(self.newPatientButton, self.referralButton)
        self.setTabOrder(self.referralButton, self.emergencyButton)
        self.setTabOrder(self.emergencyButton, self.languageSwitch)

    def _wire_keys(self) -> None:
        context = Qt.ShortcutContext.WindowShortcut
        for key, slot in ((SHORTCUT_SEARCH, self.focus_search), (SHORTCUT_NEW_PATIENT, self.new_patient),
                          (SHORTCUT_REFERRAL, self.referral), (SHORTCUT_EMERGENCY, self.emergency)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # ------------------------------------------------------------ language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tirkeu — registration desk"))
        self.searchLabel.setText(self.tr("&Search (%1):").replace("%1", SHORTCUT_SEARCH))
        self.searchEdit.setPlaceholderText(self.tr("IIN, scanned barcode or name in any spelling"))
        self.newPatientButton.setText(self.tr("New patient (%1)").replace("%1", SHORTCUT_NEW_PATIENT))
        self.referralButton.setText(self.tr("Referral (%1)").replace("%1", SHORTCUT_REFERRAL))
        self.emergencyButton.setText(self.tr("EMERGENCY (%1)").replace("%1", SHORTCUT_EMERGENCY))
        self.emergencyButton.setToolTip(self.tr("Register an emergency visit; works without a patient"))
        self.languageSwitch.setToolTip(self.tr("Language of the desk"))
        self.menu_desk.setTitle(self.tr("&Desk"))
        self.action_new.setText(self.tr("&New patient"))
        self.action_emergency.setText(self.tr("&Emergency"))
        self.action_referral.setText(self.tr("&Referral"))
        self.action_today.setText(self.tr("&Today's list"))
        self.action_settings.setText(self.tr("&Settings…"))
        self.action_merge.setText(self.tr("&Merge two records of one person…"))
        self.action_register.setText(self.tr("Referral re&gister…"))
        self.action_sync.setText(self.tr("S&ync with the hub…"))
        self.action_audit.setText(self.tr("&Audit trail…"))
        self.action_quit.setText(self.tr("&Quit"))
        self.demoText.setText(self.tr("The database is empty. Load synthetic demo patients to try the desk?"))
        self.loadDemoButton.setText(self.tr("&Load demo data"))
        self._update_results_title()
        self._render_status()
        self._render_connection()
        if self.access is not None:
            self.access.changed_language()

    def _on_language_chosen(self, index: int) -> None:
        lang = self.languageSwitch.itemData(index)
        self.set_language(lang)
        translations.remember_lang(lang)

    def set_language(self, lang: str) -> None:
        """Switch the whole desk to ``lang`` now (the running translators are swapped)."""
        if lang not in LANGS:
            return
        self.lang = lang
        self.setProperty("lang", lang)
        if self.languageSwitch.currentData() != lang:
            self.languageSwitch.blockSignals(True)
            self.languageSwitch.setCurrentIndex(LANGS.index(lang))
            self.languageSwitch.blockSignals(False)
        translations.install(lang)
        self.results_model.set_lang(lang)

    # ------------------------------------------------------------ search

    def focus_search(self) -> None:
        self.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.searchEdit.selectAll()

    def search_now(self, query: str) -> None:
        self.tasks.submit(lambda s: desk.search(s, query), lambda hits: self._show_results(query, hits),
                          channel="search")

    def _show_results(self, query: str, hits) -> None:
        if not hits and self.sync is not None:
            self.hub_fetch.offer(query)
        self.results_model.set_hits(hits, query)
        self._close_card_the_search_left(query, hits)
        self._show_count(query, hits)
        if hits:
            self.resultsView.selectRow(0)
        if self._open_when_shown is not None and self._open_when_shown == query:
            self._open_when_shown = None
            if hits:
                self.open_patient(hits[0].id)
        self._update_results_title()
        self.results_shown.emit(query)

    def _close_card_the_search_left(self, query: str, hits) -> None:
        """A search typed after the card was opened that does not find its patient moves on
        to someone else: the card is put away, so that nothing (F9 above all) is done for the
        wrong person."""
        current = self.current_patient_id
        if current is None or not query.strip() or query == self._card_query:
            return
        if any(hit.id == current for hit in hits):
            return
        name = self.patientCard.card.record.full_name if self.patientCard.card is not None else ""
        self.close_patient()
        self.statusBar().showMessage(
            self.tr("The card of %1 was closed: the search found other people").replace("%1", name), 8000)

    def _update_results_title(self) -> None:
        model = self.results_model
        wrong_iin = _mistyped_iin(model.query)
        if not model.query.strip():
            title = self.tr("Recent patients")
        elif wrong_iin is not None and not model.rowCount():
            # a mistyped IIN is not "nobody": registering now would make a duplicate
            title = "✗ " + translations.text(wrong_iin) + " " + self.tr("— check the digits")
        elif model.rowCount():
            total, capped = self._found or (0, False)
            shown = f"{total}+" if capped else str(max(model.rowCount(), total))
            title = self.tr("Found: %1").replace("%1", shown)
        else:
            title = self.tr("Nothing found — F4 registers a new patient")
        if self.server_lost:
            # the rows are the last answer the server gave, not an answer to what is typed now
            title = self.tr("%1 — out of date: the server does not answer").replace("%1", title)
        self.resultsTitle.setText(title)

    def _show_count(self, query: str, found) -> None:
        """The honest count under the list: said at once when the list is all there is, counted
        (up to a cap) once typing pauses when the list is full."""
        self._count_timer.stop()
        total = getattr(found, "total", len(found))
        shown = len(found)
        self._found = (total, getattr(found, "capped", False)) if total is not None else None
        self._update_results_title()
        if total is None and query.strip():
            self._counting = query
            self._count_timer.start()
            total = shown
        if total is None or total <= shown:
            self.resultsCount.setVisible(False)
            self.resultsCount.clear()
            return
        capped = getattr(found, "capped", False)
        text = (self.tr("More than %1 found, %2 shown — refine the search") if capped
                else self.tr("%2 of %1 shown — refine the search"))
        from domain.ages import kk_ablative

        number = kk_ablative(total) if self.lang == "kk" else str(total)  # «55-тен», «500-ден»
        self.resultsCount.setText(text.replace("%1", number).replace("%2", str(shown)))
        self.resultsCount.setVisible(True)

    def count_results(self) -> None:
        query = self._counting
        if query != self.results_model.query or not query.strip():
            return
        self.tasks.submit(lambda s: desk.count_matches(s, query),
                          lambda found: self._on_counted(query, found), lambda _exc: None,
                          channel="search_count")

    def _on_counted(self, query: str, found) -> None:
        if query == self.results_model.query:
            self._show_count(query, found)

    def today_list(self) -> None:
        """The desk's list of the day: visits, emergencies, referrals, registrations."""
        from ui.views.today_dialog import TodayDialog

        if self._refused_offline():
            return
        dialog = self._keep(TodayDialog(self.tasks, self.lang, self))
        dialog.open()
        dialog.load()

    def _on_search_enter(self) -> None:
        typed = self.searchEdit.text().strip()
        info = parse_iin(typed)
        if info.valid:
            # A scanner types the IIN and Enter faster than the search answers: look it up exactly.
            self.tasks.submit(lambda s: desk.patient_id_for_iin(s, info.iin),
                              lambda pid: self._open_scanned(pid, info.iin), channel="scan")
            return
        if self.results_model.query != self.searchEdit.text():
            # Enter came before the answer: open the first match when it arrives.
            self._open_when_shown = self.searchEdit.text()
            return
        index = self.resultsView.currentIndex()
        if not index.isValid() and self.results_model.rowCount():
            index = self.results_model.index(0, 0)
        if index.isValid():
            self._on_result_activated(index)

    def _open_scanned(self, patient_id: int | None, iin: str) -> None:
        if patient_id is None:
            if self.sync is not None and self.hub_fetch.offer(iin, open_card=True):
                return
            self.statusBar().showMessage(self.tr("No patient with IIN %1 — F4 registers one").replace("%1", iin), 8000)
            return
        self.open_patient(patient_id)

    def _on_result_activated(self, index) -> None:
        patient_id = self.results_model.data(self.results_model.index(index.row(), 0), PATIENT_ID_ROLE)
        if patient_id is not None:
            self.open_patient(patient_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape and watched in (self.searchEdit, self.resultsView):
                if not self.searchEdit.text():
                    self.close_patient()  # a second Esc puts the card away
                self.searchEdit.clear()
                self.searchEdit.setFocus()
                return True
            if watched is self.searchEdit and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) \
                    and self.results_model.rowCount():
                self.resultsView.setFocus()
                if not self.resultsView.currentIndex().isValid():
                    self.resultsView.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ the card

    def coverage_date(self) -> date:
        return self.patientCard.coverageDate.date().toPython()

    def open_patient(self, patient_id: int) -> None:
        self._card_query = self.searchEdit.text()
        on = self.coverage_date()
        # The same patient again (a reload) keeps what was said about this visit; another
        # patient starts without a suspicion, attached here as the records say.
        inputs = self.patientCard.visit_inputs() if patient_id == self.current_patient_id else None
        self.tasks.submit(lambda _s: None, None, channel="coverage")  # the old card's answer is dropped
        self.tasks.submit(lambda s: desk.open_card(s, patient_id, on, inputs),
                          self._show_card, channel="card")

    def close_patient(self) -> None:
        """Put the card away: the next emergency is for someone not identified."""
        self.tasks.submit(lambda _s: None, None, channel="card")  # a card still loading is dropped
        self.tasks.submit(lambda _s: None, None, channel="coverage")
        self.current_patient_id = None
        self.patientCard.show_card(None)

    def _show_card(self, card: desk.Card) -> None:
        self.current_patient_id = card.record.id
        self.patientCard.show_card(card)
        model = self.results_model
        for row in range(model.rowCount()):
            if model.hit(row).id == card.record.id:
                self.resultsView.selectRow(row)  # the list shows whose card is open
                break
        self.patient_opened.emit(card.record.id)
        self.card_shown.emit(card.record.id)

    def _on_coverage_date(self, on: date) -> None:
        patient_id = self.current_patient_id
        if patient_id is None:
            return
        inputs = self.patientCard.visit_inputs()
        self.tasks.submit(lambda s: desk.coverage_for(s, patient_id, on, inputs),
                          lambda coverage: self._show_coverage(patient_id, coverage), channel="coverage")

    def _on_visit_inputs(self) -> None:
        self._on_coverage_date(self.coverage_date())

    def _show_coverage(self, patient_id: int, coverage: desk.Coverage) -> None:
        if patient_id != self.current_patient_id:
            return  # computed for a card no longer open
        self.patientCard.show_coverage(coverage)
        self.coverage_shown.emit()

    # ------------------------------------------------------------ actions

    def _keep(self, dialog: QWidget) -> QWidget:
        self._dialogs = [d for d in self._dialogs if d.isVisible()] + [dialog]
        return dialog

    def emergency(self) -> None:
        """Always possible: for the open patient (after one confirmation naming them: Enter or
        F9 again), or for someone not identified yet."""
        if self.access.signed_out:  # nobody signed in: someone not identified, no card shown
            self._emergency_for_unknown()
            return
        asking = self._emergency_confirm
        if asking is not None and asking.isVisible():
            asking.confirm()  # F9 twice: the patient named in the question
            return
        card = self.patientCard.card
        if self.current_patient_id is not None and card is not None:
            from ui.views.emergency_dialog import EmergencyConfirm

            asking = self._emergency_confirm = self._keep(EmergencyConfirm(card.record, self))
            asking.for_patient.connect(self._emergency_for_patient)
            asking.for_someone_else.connect(self._emergency_for_unknown)
            asking.open()
            return
        self._emergency_for_unknown()

    def _emergency_for_patient(self, patient_id: int) -> None:
        at = datetime.now().replace(microsecond=0)
        self._write_emergency(desk.emergency_entry_for_patient(
            patient_id, operator=self.operator, at=at), self._show_emergency)

    def _emergency_for_unknown(self, parent: QWidget | None = None, without_login: bool = False) -> None:
        from ui.views.emergency_dialog import EmergencyDialog

        dialog = self._keep(EmergencyDialog(parent or self))
        dialog.submitted.connect(lambda sex, age, known: self._register_unknown(
            sex, age, known, without_login=without_login))
        dialog.open()

    def emergency_before_opening(self, asking: QWidget) -> None:
        """The emergency button of a dialog shown before the database is open (its key asked):
        a patient not identified, recorded before anyone could sign in. The visit waits in the
        journal until the database opens (`asking` carries the form meanwhile)."""
        self._emergency_for_unknown(asking, without_login=True)

    def _register_unknown(self, sex: str | None, approx_age: int | None, known: str, *,
                          without_login: bool = False) -> None:
        at = datetime.now().replace(microsecond=0)
        entry = desk.emergency_entry_for_unknown(
            sex=sex, approx_age=approx_age, known=known,
            operator=self.operator or desk.operator_name(), at=at)  # no database yet: the computer's user
        if without_login or self.access.signed_out:
            entry["without_login"] = True  # recorded as such in the audit trail
        self._write_emergency(entry, self._on_unknown_registered)

    # ------------------------------------------------------------ the emergency journal

    def journal(self) -> EmergencyJournal:
        """This database's emergency journal (the visits not yet known to be in it)."""
        if self._journal is None:
            self._journal = EmergencyJournal.for_database(desk.journal_key(self.db_url or self.db_label))
        return self._journal

    def _write_emergency(self, entry: dict, shown) -> None:
        """The visit goes to the journal on disk first, then to the database; what the database
        cannot take now stays journaled and is written later (`write_journal`)."""
        entry = self.journal().append(entry)
        self._render_journal()
        self.emergency_journaled.emit(len(self.journal().pending()))
        self._journal_busy.add(entry["id"])
        self.tasks.submit(lambda s: _write_journaled(s, entry),
                          lambda outcome: self._on_journaled_written(entry, outcome, shown),
                          lambda exc: self._on_journaled_failed(entry, exc, announce=True))

    def write_journal(self) -> None:
        """Try again every journaled visit the database has not taken yet."""
        pending = [e for e in self.journal().pending() if e["id"] not in self._journal_busy]
        for entry in pending:
            self._journal_busy.add(entry["id"])
            self.tasks.submit(lambda s, e=entry: _write_journaled(s, e, replay=True),
                              lambda outcome, e=entry: self._on_journaled_written(e, outcome, None),
                              lambda exc, e=entry: self._on_journaled_failed(e, exc, announce=False))
        self._render_journal()

    def _on_journaled_written(self, entry: dict, outcome, shown) -> None:
        self._journal_busy.discard(entry["id"])
        self.journal().mark_written(entry["id"])
        self._render_journal()
        if shown is not None:
            shown(outcome)
        else:
            self.statusBar().showMessage(self.tr("Emergency visit of %1 written to the database").replace(
                "%1", entry["at"].replace("T", " ")), 8000)
            if self.current_patient_id == outcome.patient_id:
                self.open_patient(outcome.patient_id)

    def _on_journaled_failed(self, entry: dict, exc: BaseException, announce: bool) -> None:
        self._journal_busy.discard(entry["id"])
        if not desk.is_database_failure(exc):
            if isinstance(exc, BadInput):  # refused (the patient is gone): nothing to retry
                self.journal().mark_written(entry["id"])
                self._render_journal()
                report_failure(exc, self)
                return
            write_crash_log(exc)  # a bug: logged, and the visit is still kept for later
        log.warning("emergency visit %s kept in the journal: %s", entry["id"], exc)
        self._render_journal()
        if not self._journal_timer.isActive():
            self._journal_timer.start()
        if announce:
            from ui.views.emergency_dialog import EmergencyPendingDialog

            at = datetime.fromisoformat(entry["at"]).strftime("%d.%m.%Y %H:%M")
            self._keep(EmergencyPendingDialog(at, entry.get("operator", ""),
                                              len(self.journal().pending()), self)).open()

    def _render_journal(self) -> None:
        waiting = len(self._journal.pending()) if self._journal is not None else 0
        self.journalStatus.setVisible(waiting > 0)
        self.journalStatus.setText(self.tr("Emergency visits waiting to be written: %1").replace(
            "%1", str(waiting)))
        if not waiting:
            self._journal_timer.stop()

    def _on_unknown_registered(self, outcome: desk.EmergencyOutcome) -> None:
        self._show_emergency(outcome)
        if not self.access.signed_out:
            self.open_patient(outcome.patient_id)

    def _show_emergency(self, outcome: desk.EmergencyOutcome) -> None:
        from ui.views.emergency_dialog import EmergencyResultDialog

        self.last_emergency = outcome
        dialog = self._keep(EmergencyResultDialog(outcome, self))
        dialog.referral_requested.connect(lambda: self._open_referral(
            outcome.patient_id, "emergency_inpatient", emergency=True))
        dialog.referralButton.setVisible(not self.access.signed_out)  # a referral needs a sign-in
        dialog.open()
        self.emergency_recorded.emit(outcome)
        if self.current_patient_id == outcome.patient_id:
            self.open_patient(outcome.patient_id)

    def new_patient(self) -> None:
        if self._refused_offline():
            return
        from ui.views.registration_dialog import RegistrationDialog

        dialog = self._keep(RegistrationDialog(self.tasks, self.operator, self, record=None))
        typed = self.searchEdit.text().strip()
        dialog.prefill_from_search(typed)
        dialog.saved.connect(self._on_saved)
        dialog.open_existing.connect(self.open_patient)
        dialog.open()

    def edit_patient(self) -> None:
        from ui.views.registration_dialog import RegistrationDialog

        patient_id = self.current_patient_id
        if patient_id is None or self._refused_offline():
            return

        def opened(record) -> None:
            dialog = self._keep(RegistrationDialog(self.tasks, self.operator, self, record=record))
            dialog.saved.connect(self._on_saved)
            dialog.open_existing.connect(self.open_patient)
            dialog.open()

        self.tasks.submit(lambda s: desk.load_for_edit(s, patient_id), opened)

    def _on_saved(self, patient_id: int) -> None:
        self.open_patient(patient_id)
        self.search_now(self.searchEdit.text())

    def void_history_line(self, line) -> None:
        """Void a visit or referral of the open card entered by mistake (a reason is asked)."""
        if self._refused_offline():
            return
        from ui.views.void_dialog import VoidDialog

        patient = line.patient_name
        if line.kind == "referral":
            dialog = VoidDialog.for_referral(self.tasks, line.referral_number, patient, self.operator, self)
        else:
            service = translations.text(_SERVICE_NAMES[line.service].name) if line.service in _SERVICE_NAMES \
                else (line.service or "")
            what = f"{line.at:%d.%m.%Y %H:%M} — {service} — {patient}"
            dialog = VoidDialog.for_visit(self.tasks, line.visit_id, what, self.operator, self)
        self._keep(dialog)
        dialog.voided.connect(lambda _v, pid=line.patient_id: self._reload_if_open(pid))
        dialog.open()

    def merge_records(self) -> None:
        """Merge the open patient's record with another record of the same person."""
        patient_id = self.current_patient_id
        if patient_id is None:
            self.statusBar().showMessage(self.tr("Open one of the two records first, then merge"), 8000)
            return
        if self._refused_offline():
            return
        from ui.views.merge_dialog import MergeDialog

        dialog = self._keep(MergeDialog(self.tasks, patient_id, self.operator, self))
        dialog.merged.connect(self._on_saved)
        dialog.open()

    def identify_patient(self) -> None:
        from ui.views.identify_dialog import IdentifyDialog

        unknown_id = self.current_patient_id
        if unknown_id is None or self._refused_offline():
            return
        dialog = self._keep(IdentifyDialog(self.tasks, unknown_id, self.operator, self))
        dialog.linked.connect(self._on_saved)
        dialog.open()

    def referral(self) -> None:
        if self._refused_offline():
            return
        self._open_referral(self.current_patient_id, self.patientCard.selected_service())

    def _open_referral(self, patient_id: int | None, service: str | None, emergency: bool = False) -> None:
        from ui.referral_dialog import open_referral_dialog  # loaded on first use: faster start-up
        before = set(self.findChildren(QDialog))
        # The card's suspicion and flags go with the patient whose card is open.
        inputs = self.patientCard.visit_inputs() if patient_id is not None \
            and patient_id == self.current_patient_id else None
        open_referral_dialog(self, self.tasks, patient_id, service, self.coverage_date(), self.lang,
                             emergency=emergency, inputs=inputs)
        if patient_id is not None:
            # An issued referral changes the card ("referral on file"): reload when it closes.
            self._when_closed(before, lambda: self._reload_if_open(patient_id))

    def referral_register(self) -> None:
        """Issued referrals: find, print a copy, void; the open card reloads when it closes
        (a voided referral no longer counts on it)."""
        if self._refused_offline():
            return
        from ui.views.referral_register import open_referral_register  # loaded on first use
        dialog = open_referral_register(self, self.tasks, self.operator)
        if self.current_patient_id is not None:
            patient_id = self.current_patient_id
            dialog.finished.connect(lambda _r: self._reload_if_open(patient_id))

    def audit_trail(self) -> None:
        """The administrator's view of who did what (the services refuse anyone without the
        permission to read it)."""
        if self._refused_offline():
            return
        from ui.views.audit_dialog import open_audit_dialog  # loaded on first use
        open_audit_dialog(self, self.tasks)

    def _reload_if_open(self, patient_id: int) -> None:
        if patient_id == self.current_patient_id:
            self.open_patient(patient_id)

    def _when_closed(self, before: set, callback) -> None:
        """Call back when the dialogs opened since ``before`` close (they do not block)."""
        opened = [d for d in self.findChildren(QDialog) if d not in before and d.isVisible()]
        for dialog in opened:
            dialog.finished.connect(lambda _r: callback())
        if not opened:
            callback()

    def settings(self) -> None:
        if self._refused_offline():
            return
        from ui.settings_dialog import open_settings_dialog  # loaded on first use: faster start-up
        before = set(self.findChildren(QDialog))
        open_settings_dialog(self, self.tasks).setup_saved.connect(self.hub_changed)
        self._when_closed(before, self.refresh_status)  # the site prefix may have changed

    # ------------------------------------------------------------ sync with the hub

    def attach_sync(self, controller) -> None:
        """The desk syncs with a hub in the background (ui.sync_panel); its line shows."""
        from ui.sync_panel import SHORTCUT_SYNC, HubFetch

        self.sync = controller
        self.hub_fetch = HubFetch(controller, self)  # an IIN not held here is asked at the hub
        self.hub_fetch.said.connect(lambda words: self.statusBar().showMessage(words, 10_000))
        self.hub_fetch.fetched.connect(self._on_fetched_from_hub)
        self.action_sync.setShortcut(QKeySequence(SHORTCUT_SYNC))
        self.action_sync.setVisible(True)
        controller.start()

    def hub_changed(self) -> None:
        """The setup, opened again from Settings, was saved: it may have named, changed or
        cleared the hub. The sync follows at once (ui.app.hub_link reads desk.json again)."""
        from ui.app import attach_sync, hub_link

        if self.engine is None:
            return
        link = hub_link(self.engine)
        if self.sync is None:
            if link is not None:
                attach_sync(self, self.engine, self.tasks.session_factory)
            return
        self.sync.relink(link)
        if link is None:  # no hub any more: the desk works on its own file alone
            self.sync = self.hub_fetch = None
            self.action_sync.setVisible(False)
            self.action_sync.setShortcut(QKeySequence())

    def _on_fetched_from_hub(self, iin: str, open_card: bool) -> None:
        query = self.searchEdit.text()
        if query.strip() == iin:  # still what is asked for: found now
            if open_card:
                self._open_when_shown = query
            self.search_now(query)

    def sync_page(self) -> None:
        """The sync's page, for those who may change the settings or read the audit trail."""
        from services import access

        if self.sync is None:
            return
        self.tasks.submit(lambda s: access.actor(s), self._open_sync_page, channel="sync_page")

    def _open_sync_page(self, actor) -> None:
        from domain.access import CHANGE_SETTINGS, READ_AUDIT

        if not (actor.may(CHANGE_SETTINGS) or actor.may(READ_AUDIT)):
            self.statusBar().showMessage(self.tr("Only an administrator opens the sync page"), 8000)
            return
        from ui.views.sync_dialog import SyncDialog

        dialog = self._keep(SyncDialog(self.sync, self))
        dialog.merge_requested.connect(lambda pid, other, d=dialog: self._merge_offered(pid, other, d))
        dialog.open()
        dialog.load()

    def _merge_offered(self, patient_id: int, other: str, page) -> None:
        """The merge form for a pair the sync page offers: the first record's card opened, the
        other record looked up in the form; the page is read again after a merge."""
        from ui.views.merge_dialog import MergeDialog

        self.open_patient(patient_id)
        dialog = self._keep(MergeDialog(self.tasks, patient_id, self.operator, self, other=other))
        dialog.merged.connect(self._on_saved)
        dialog.merged.connect(lambda _kept: page.load())
        dialog.open()

    # ------------------------------------------------------------ daily backup

    def daily_backup(self) -> None:
        """Back up the database in the background when the last backup is a day old. A failure
        (the backup folder's stick removed, a full disk) is one line in the status bar."""
        from services import backups  # loaded after start-up, with the database layer

        self.tasks.submit(lambda s: backups.daily_backup(s), self._on_daily_backup,
                          self._on_backup_failed, channel="daily_backup")

    def _on_daily_backup(self, made) -> None:
        if made is None:
            return
        self.last_backup, self.backup_failure = made, None
        self.statusBar().showMessage(
            self.tr("Backup made: %1").replace("%1", made.path.name), 10_000)

    def _on_backup_failed(self, exc: BaseException) -> None:
        from services import backups

        self.backup_failure = backups.failure_words(exc)
        self.statusBar().showMessage(self.backup_failure.in_lang(self.lang))

    # ------------------------------------------------------------ status bar and demo data

    def refresh_status(self) -> None:
        self.tasks.submit(lambda s: desk.desk_status(s), self._on_status)

    def _on_status(self, status: desk.DeskStatus) -> None:
        self.status = status
        self.demoBanner.setVisible(status.empty)
        self._render_status()
        self.status_loaded.emit()
        self.tasks.submit(lambda s: desk.insurance_data_as_of(s), self._on_insurance_age,
                          channel="insurance_age")

    def _on_insurance_age(self, as_of: datetime | None) -> None:
        self.insurance_as_of = as_of
        self._render_insurance_age()

    def _render_status(self) -> None:
        # The file name is enough to tell databases apart at a glance; the full path is a hover away.
        if self.engine is None:
            # opening runs on a thread; the first start after an upgrade migrates the database
            # first (a backup copy, then the new schema), which takes a minute on a large one
            self.dbStatus.setText(self.tr("Opening the database…"))
            self.dbStatus.setToolTip(self.tr("After a new version is installed the database is backed up "
                                             "and upgraded first; on a large database this takes a minute."))
            return
        shown = self.db_label if "://" in self.db_label else Path(self.db_label).name
        self.dbStatus.setText(self.tr("Database: %1").replace("%1", shown))
        self.dbStatus.setToolTip(self.db_label)
        status = self.status
        if status is None:
            return
        # The version a receptionist can read out; its content hash is for administrators.
        self.rulePackStatus.setText(self.tr("Rules: %1").replace(
            "%1", desk.release_of(status.rule_pack) or self.tr("not loaded")))
        self._render_insurance_age()

    def _render_insurance_age(self) -> None:
        if self.insurance_as_of is _NOT_ASKED:
            return
        if self.insurance_as_of is None:
            self.insuranceAgeStatus.setText(self.tr("Insurance data: none"))
        else:
            days = max(0, (datetime.now() - self.insurance_as_of).days)
            from domain.ages import days_ago

            self.insuranceAgeStatus.setText(self.tr("Insurance data checked: %1").replace(
                "%1", days_ago(days).in_lang(self.lang)))
            stale = days > desk.STALE_AFTER_DAYS
            self.insuranceAgeStatus.setStyleSheet("color: #c62828; font-weight: bold" if stale else "")

    def load_demo(self) -> None:
        count = self.demoCount.value()
        relay = _Progress(self)
        relay.changed.connect(self._on_demo_progress)
        self.loadDemoButton.setEnabled(False)
        self.demoProgress.setVisible(True)
        self.demoProgress.setRange(0, 0)

        def fill(session):
            return desk.fill_demo(session, count, 1, progress=lambda *a: relay.changed.emit(a))

        def failed(exc: BaseException) -> None:
            self.loadDemoButton.setEnabled(True)
            self.demoProgress.setVisible(False)
            report_failure(exc, self)

        self.tasks.submit(fill, self._on_demo_loaded, failed)

    def _on_demo_progress(self, args: tuple) -> None:
        numbers = [a for a in args if isinstance(a, int | float)]
        if len(numbers) >= 2 and numbers[1]:
            self.demoProgress.setRange(0, int(numbers[1]))
            self.demoProgress.setValue(int(numbers[0]))
        texts = [a for a in args if isinstance(a, str)]
        if texts:
            self.statusBar().showMessage(texts[0], 5000)

    def _on_demo_loaded(self, _summary) -> None:
        self.demoProgress.setVisible(False)
        self.loadDemoButton.setEnabled(True)
        self.refresh_status()
        self.search_now(self.searchEdit.text())

    # ------------------------------------------------------------ an unreachable server

    def _offline_reason(self) -> str:
        return self.tr("The database server does not answer; this works again when it is back. "
                       "Emergency (F9) still records visits.")

    def _refused_offline(self) -> bool:
        """While the server is unreachable an action that needs it says why instead."""
        if self.server_lost:
            self.statusBar().showMessage(self._offline_reason(), 8000)
        return self.server_lost

    def _on_connection_lost(self, _exc: BaseException) -> None:
        if self.server_lost:
            return
        log.warning("the database server does not answer: %s", _exc)
        self.server_lost = True
        self._render_connection()
        self._probe_timer.start()

    def probe_connection(self) -> None:
        """Ask the server whether it is back (every few seconds while it is not)."""
        self.tasks.submit(lambda s: desk.reachable(s), self._on_reconnected, lambda _exc: None,
                          channel="probe")

    def _on_reconnected(self, _answer) -> None:
        if not self.server_lost:
            return
        self.server_lost = False
        self._probe_timer.stop()
        self._render_connection()
        self.statusBar().showMessage(self.tr("The database server answers again"), 8000)
        # everything shown was the last answer before the loss: ask again
        self.search_now(self.searchEdit.text())
        if self.current_patient_id is not None:
            self.open_patient(self.current_patient_id)
        self.refresh_status()
        self.write_journal()

    def _render_connection(self) -> None:
        lost = self.server_lost
        self.connectionStatus.setVisible(lost)
        self.connectionStatus.setText(self.tr("No connection to the database server — retrying"))
        self.connectionStatus.setToolTip(self._offline_reason() if lost else "")
        reason = self._offline_reason() if lost else ""
        for widget in (self.newPatientButton, self.referralButton, self.loadDemoButton):
            widget.setEnabled(not lost)
            widget.setToolTip(reason)
        for action in (self.action_new, self.action_referral, self.action_settings):
            action.setEnabled(not lost)
        self.resultsView.setStyleSheet(STALE_STYLE if lost else "")
        self.resultsView.setProperty("stale", lost)
        self.patientCard.set_stale(lost, reason)
        self._update_results_title()
        if self.access is not None:
            self.access.apply()  # what the role does not allow stays off

    # ------------------------------------------------------------ failures and closing

    def _on_failure(self, exc: BaseException) -> None:
        from services.errors import damaged

        if damaged(exc):
            self.offer_backup(exc)
            return
        report_failure(exc, self)

    # ------------------------------------------------------------ a damaged database

    def offer_backup(self, exc: BaseException) -> None:
        """The database is damaged: say so once, name its last backup and offer to restore it."""
        if self._damage_offered:
            return
        self._damage_offered = True
        from services import backups
        from services.errors import database_fault

        words = exc.message if isinstance(exc, BadInput) else database_fault(exc, self.db_label)
        url = self.db_url
        self.tasks.submit(lambda _s: backups.latest_backup_for(url),
                          lambda found: self._show_damaged(words, found),
                          lambda _exc: self._show_damaged(words, None))

    def _show_damaged(self, words, found) -> None:
        box = QMessageBox(self)
        box.setObjectName("damagedDialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("The database is damaged"))
        box.setText(words.in_lang(self.lang) if words is not None else self.tr("The database is damaged"))
        if found is None:
            box.setInformativeText(self.tr(
                "No backup of this database was found. Call the administrator; emergency visits "
                "(F9) are kept on this computer meanwhile."))
            box.setStandardButtons(QMessageBox.StandardButton.Close)
        else:
            box.setInformativeText(self.tr(
                "The last backup was made %1 (%2). Restore it now? The damaged database is kept "
                "aside, nothing is deleted; what was entered after the backup has to be entered "
                "again.").replace("%1", found.created_at.strftime("%d.%m.%Y %H:%M")).replace(
                    "%2", found.path.name))
            restore = box.addButton(self.tr("&Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
            restore.setObjectName("restoreBackupButton")
            later = box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
            later.setObjectName("notNowButton")
            restore.clicked.connect(lambda: self.restore_backup(found.path))
        box.open()
        self._keep(box)

    def restore_backup(self, path: Path) -> None:
        from services import backups

        self.statusBar().showMessage(self.tr("Restoring the backup %1 …").replace("%1", path.name))
        self.tasks.submit(lambda s: backups.restore_backup(s, path),
                          lambda kept: self._on_restored(path, kept), self._on_restore_failed)

    def _on_restored(self, path: Path, kept) -> None:
        self._damage_offered = False
        message = self.tr("Restored from %1.").replace("%1", path.name)
        if kept is not None:
            message += " " + self.tr("The damaged database is kept as %1.").replace("%1", str(kept))
        self.statusBar().showMessage(message, 30_000)
        self.close_patient()
        self.search_now(self.searchEdit.text())
        self.refresh_status()
        self.tasks.submit(lambda s: desk.check_database(s), None, self._on_failure)
        self.backup_restored.emit(str(path))

    def _on_restore_failed(self, exc: BaseException) -> None:
        self._damage_offered = False
        self.statusBar().clearMessage()
        report_failure(exc, self)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if os.environ.get(READY_ENV):
            # Start-up measurement: one line once the window is shown and the event loop idle,
            # another once the database answered; then quit.
            QTimer.singleShot(0, self._announce_shown)

    def _announce_shown(self) -> None:
        print(os.environ.get(READY_ENV), flush=True)
        if self.status is not None:
            self._announce_database()
        else:
            self.status_loaded.connect(self._announce_database)

    def _announce_database(self) -> None:
        print(os.environ.get(READY_ENV) + "-DB", flush=True)
        self.close()

    def closeEvent(self, event) -> None:
        self._backup_timer.stop()
        if self.sync is not None:
            self.sync.stop()
        self.tasks.wait()
        super().closeEvent(event)
        if event.isAccepted() and self.engine is not None:
            self.engine.dispose()

