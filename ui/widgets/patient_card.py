"""The patient card: identity, documents, legal status, МӘМС, organisation, conditions,
screening reminders, and coverage of every service with its reasons."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from domain import codes
from domain.ages import checked_ago
from domain.icd import is_valid_icd, normalize_icd
from domain.names import shown_name
from ui.models.coverage_model import COL_FUNDING, COL_REFERRAL, COL_SERVICE, CoverageModel
from ui.models.history_model import HistoryModel
from ui.translations import current_lang, text
from ui.widgets.coverage_groups import GroupBandDelegate, apply_group_heights
from ui.widgets.rule_text import RuleBrowser, rules_html

if TYPE_CHECKING:  # services (and SQLAlchemy) load after the window is shown
    from services.desk import Card, Coverage, CoverageRow, PackDetails, VisitInputs

def _voidable(row) -> bool:
    """A history line that can still be voided: a visit or a referral, not voided already."""
    if row.voided:
        return False
    return row.kind == "referral" and bool(row.referral_number) or row.visit_id is not None


STATUS_CLASS_COLOURS = {
    "resident": "#2e7d32", "permit_holder": "#1565c0", "temporary": "#ef6c00",
    "asylum_seeker": "#6a1b9a",
}
_STATUSES = codes.by_code(codes.STATUSES)
_DOCS = codes.by_code(codes.DOCUMENT_KINDS)
_SCREENINGS = codes.by_code(codes.SCREENING_KINDS)
_CATEGORIES = codes.by_code(codes.CATEGORIES)
SHORTCUT_EVIDENCE = "Ctrl+M"  # then Y or N: the patient's phone shows insured or not
SHORTCUT_CONSENT = "Ctrl+K"  # consent to data processing: the form, the signed paper, withdrawal
SHORTCUT_EXPORT = "Ctrl+Shift+E"  # the patient's data, on the patient's request
CONSENT_COLOURS = {"given": "#2e7d32", "withdrawn": "#c62828", "none": "#ef6c00"}
COVERAGE_ROW_HEIGHT = 22


def _badge_style(colour: str) -> str:
    return (f"QLabel {{ border: 2px solid {colour}; border-radius: 4px; padding: 4px; "
            f"color: {colour}; font-weight: bold; }}")


def _ddmmyyyy(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""


class PatientCard(QWidget):
    coverage_date_changed = Signal(object)  # datetime.date
    edit_requested = Signal()
    identify_requested = Signal()
    void_requested = Signal(object)  # the history line (a visit or a referral) to void
    coverage_row_selected = Signal(object)  # CoverageRow | None
    visit_inputs_changed = Signal()  # a suspicion, the risk or attached here changed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("patientCard")
        self.card: Card | None = None
        self.stale = False
        self._tips_before_stale: dict[QWidget, str] = {}
        self._build()
        self.retranslate()
        self.render()

    # ------------------------------------------------------------ construction

    def _label(self, name: str, rich: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if rich:
            label.setTextFormat(Qt.TextFormat.RichText)
        else:
            label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setSpacing(4)
        self.nameLabel = self._label("nameLabel")
        font = self.nameLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.nameLabel.setFont(font)
        self.emptyHint = self._label("emptyHint")
        self.staleBanner = self._label("staleBanner")
        self.staleBanner.setStyleSheet("#staleBanner { background: #ffebee; color: #b71c1c; padding: 4px; }")
        self.staleBanner.setVisible(False)

        # The name and the card's actions share the top line: always in view, never scrolled.
        head = QHBoxLayout()
        head.addWidget(self.nameLabel, 1)
        self.editButton = QPushButton()
        self.editButton.setObjectName("editPatientButton")
        self.editButton.clicked.connect(self.edit_requested)
        self.evidenceButton = QPushButton()
        self.evidenceButton.setObjectName("phoneEvidenceButton")
        self.evidenceButton.clicked.connect(self.record_phone_evidence)
        self.identifyButton = QPushButton()
        self.identifyButton.setObjectName("identifyButton")
        self.identifyButton.clicked.connect(self.identify_requested)
        for button in (self.editButton, self.evidenceButton, self.identifyButton):
            head.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(head)
        outer.addWidget(self.staleBanner)
        outer.addWidget(self.emptyHint)
        self._evidence_shortcut = QShortcut(QKeySequence(SHORTCUT_EVIDENCE), self)
        self._evidence_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._evidence_shortcut.activated.connect(self.record_phone_evidence)

        badges = QHBoxLayout()
        self.statusBadge = self._label("statusBadge")
        self.insuranceBadge = self._label("insuranceBadge")
        badges.addWidget(self.statusBadge, 1)
        badges.addWidget(self.insuranceBadge, 1)
        outer.addLayout(badges)
        # Consent to data processing (its state; a click or Ctrl+K opens the paper form's
        # dialog) and the data export sit beside the card's tabs: no line of the coverage is
        # given up for them.
        self.consentCorner = QWidget(objectName="consentCorner")
        consent_row = QHBoxLayout(self.consentCorner)
        consent_row.setContentsMargins(0, 0, 0, 2)
        self.consentBadge = self._label("consentBadge")
        self.consentBadge.setWordWrap(False)
        self.consentBadge.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.consentBadge.setCursor(Qt.CursorShape.PointingHandCursor)
        self.exportButton = QPushButton(objectName="exportDataButton")
        self.exportButton.clicked.connect(self.export_data)
        consent_row.addWidget(self.consentBadge)
        consent_row.addWidget(self.exportButton)
        for key, slot in ((SHORTCUT_CONSENT, self.open_consent), (SHORTCUT_EXPORT, self.export_data)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        self.insuranceWarning = self._label("insuranceWarning")
        self.insuranceWarning.setStyleSheet(
            "#insuranceWarning { background: #fff3e0; color: #8d4e00; font-weight: bold; padding: 3px; }")
        self.insuranceWarning.setVisible(False)
        outer.addWidget(self.insuranceWarning)
        self.coverageSummary = self._label("coverageSummary")
        self.coverageSummary.setStyleSheet("#coverageSummary { font-weight: bold; }")
        self._summary_row = QHBoxLayout()
        self._summary_row.addWidget(self.coverageSummary, 1)
        outer.addLayout(self._summary_row)

        # Facts above, coverage below: each part scrolls on its own, the splitter shares room.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.cardTabs = QTabWidget()
        self.cardTabs.setObjectName("cardTabs")
        self.cardTabs.setDocumentMode(True)
        self.cardTabs.tabBar().setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows switch the tabs
        self.cardTabs.setCornerWidget(self.consentCorner, Qt.Corner.TopRightCorner)
        info = QWidget()
        columns = QHBoxLayout(info)
        columns.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(info)
        self.cardTabs.addTab(scroll, "")
        self.splitter.addWidget(self.cardTabs)
        outer.addWidget(self.splitter, 1)
        self._filler = QWidget()  # keeps the empty card's lines together at the top
        outer.addWidget(self._filler, 1)
        # Identity on the left; attachment, categories, conditions and reminders on the right.
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        right = QVBoxLayout()
        self.sideForm = QFormLayout()
        self.sideForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row_titles: dict[str, QLabel] = {}
        self.fields: dict[str, QLabel] = {}
        # identity and health on the left; how to reach the patient and where attached on the right
        left_keys = ("age", "iin", "iinWarning", "local", "documents", "unidentified", "conditions",
                     "screening", "visits")
        contact_keys = ("citizenship", "address", "phone")
        right_keys = ("categories",)
        self.contactForm = QFormLayout()
        self.contactForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, rich in (("age", False), ("iin", False), ("iinWarning", True), ("local", False),
                          ("citizenship", False), ("address", False), ("phone", False),
                          ("documents", True), ("organisation", False), ("categories", False),
                          ("conditions", False), ("screening", True), ("visits", False),
                          ("unidentified", False)):
            title = QLabel()
            field = self._label(f"{key}Label", rich)
            title.setBuddy(field)
            self._row_titles[key] = title
            self.fields[key] = field
            if key in left_keys:
                self.form.addRow(title, field)
            elif key in contact_keys:
                self.contactForm.addRow(title, field)
            elif key in right_keys:
                self.sideForm.addRow(title, field)
        for key, name in (("local", "cardLocalNumber"), ("citizenship", "cardCitizenship"),
                          ("address", "cardAddress"), ("phone", "cardPhone")):
            self.fields[key].setObjectName(name)
        # The attachment: which organisation, since when, and where that was learned.
        self.attachmentPanel = QGroupBox()
        self.attachmentPanel.setObjectName("attachmentPanel")
        attach_form = QFormLayout(self.attachmentPanel)
        attach_form.setContentsMargins(6, 4, 6, 4)
        self._attach_titles: dict[str, QLabel] = {}
        self.attachmentFields: dict[str, QLabel] = {}
        for key, name in (("organisation", "attachmentOrganisation"), ("since", "attachmentSince"),
                          ("source", "attachmentSource")):
            title = QLabel()
            field = self.fields["organisation"] if key == "organisation" else self._label(name)
            if key == "organisation":
                field.setObjectName(name)
            title.setBuddy(field)
            self._attach_titles[key] = title
            self.attachmentFields[key] = field
            attach_form.addRow(title, field)
        self._row_titles["organisation"] = self._attach_titles["organisation"]
        right.addLayout(self.contactForm)
        right.addWidget(self.attachmentPanel)
        right.addLayout(self.sideForm)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addStretch(1)
        columns.addLayout(left, 1)
        columns.addSpacing(8)
        columns.addLayout(right, 1)

        # The history: visits and referrals, newest first; voided ones marked.
        self.history_model = HistoryModel(self, current_lang())
        self.visitHistoryView = QTableView()
        self.visitHistoryView.setObjectName("visitHistoryView")
        self.visitHistoryView.setModel(self.history_model)
        self.visitHistoryView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.visitHistoryView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.visitHistoryView.verticalHeader().setVisible(False)
        self.visitHistoryView.verticalHeader().setDefaultSectionSize(22)
        self.visitHistoryView.setWordWrap(False)
        self.visitHistoryView.setTabKeyNavigation(False)
        hist_header = self.visitHistoryView.horizontalHeader()
        hist_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hist_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the service
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.visitHistoryView, 1)
        self.voidHistoryButton = QPushButton()
        self.may_void = True  # the signed-in person's role may void (ui.desk_access)
        self.voidHistoryButton.setObjectName("voidHistoryButton")
        self.voidHistoryButton.setEnabled(False)
        self.voidHistoryButton.clicked.connect(self._request_void)
        history_layout.addWidget(self.voidHistoryButton, 0, Qt.AlignmentFlag.AlignLeft)
        self.cardTabs.addTab(history, "")
        self.visitHistoryView.installEventFilter(self)
        self.consentBadge.installEventFilter(self)  # a click opens the consent dialog
        self.visitHistoryView.selectionModel().currentRowChanged.connect(lambda *_: self._update_void())

        coverage = QWidget()
        cov_layout = QVBoxLayout(coverage)
        cov_layout.setContentsMargins(0, 0, 0, 0)
        date_row = QHBoxLayout()
        self.coverageTitle = QLabel()
        self.coverageDate = QDateEdit()
        self.coverageDate.setObjectName("coverageDate")
        self.coverageDate.setCalendarPopup(True)
        self.coverageDate.setDisplayFormat("dd.MM.yyyy")
        self.coverageDate.setDate(QDate.currentDate())
        self.coverageTitle.setBuddy(self.coverageDate)
        self.coverageDate.dateChanged.connect(self._on_date_changed)
        date_row.addWidget(self.coverageTitle)
        date_row.addWidget(self.coverageDate)
        date_row.addSpacing(12)

        # The visit's own facts, on the date's line: they change what the table decides.
        visit_row = date_row
        self.suspectedTitle = QLabel()
        self.suspectedEdit = QLineEdit()
        self.suspectedEdit.setObjectName("suspectedEdit")
        self.suspectedEdit.setMaxLength(8)
        self.suspectedTitle.setBuddy(self.suspectedEdit)
        self.suspectedEdit.textEdited.connect(self._on_suspected_edited)
        self.riskConfirmedCheck = QCheckBox()
        self.riskConfirmedCheck.setObjectName("riskConfirmedCheck")
        self.riskConfirmedCheck.toggled.connect(lambda _on: self.visit_inputs_changed.emit())
        self.attachedHereCheck = QCheckBox()
        self.attachedHereCheck.setObjectName("attachedHereCheck")
        self.attachedHereCheck.setChecked(True)
        self.attachedHereCheck.toggled.connect(self._on_attached_toggled)
        self._attached_by_hand = False
        self._shown_suspected: str | None = None  # the valid code the coverage was asked for
        visit_row.addWidget(self.suspectedTitle)
        visit_row.addWidget(self.suspectedEdit)
        visit_row.addSpacing(12)
        visit_row.addWidget(self.riskConfirmedCheck)
        visit_row.addSpacing(12)
        visit_row.addWidget(self.attachedHereCheck)
        visit_row.addStretch(1)
        cov_layout.addLayout(visit_row)

        self.coverage_model = CoverageModel(self, current_lang())
        self.coverageView = QTableView()
        self.coverageView.setObjectName("coverageView")
        self.coverageView.setModel(self.coverage_model)
        self.coverageView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.coverageView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.coverageView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.coverageView.verticalHeader().setVisible(False)
        self.coverageView.verticalHeader().setDefaultSectionSize(COVERAGE_ROW_HEIGHT)
        self.coverageView.setWordWrap(False)
        self.coverageView.setItemDelegate(GroupBandDelegate(self.coverageView))
        self.coverage_model.modelReset.connect(
            lambda: apply_group_heights(self.coverageView, COVERAGE_ROW_HEIGHT))
        header = self.coverageView.horizontalHeader()
        header.setSectionResizeMode(COL_SERVICE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_FUNDING, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REFERRAL, QHeaderView.ResizeMode.ResizeToContents)
        self.coverageView.selectionModel().currentRowChanged.connect(self._on_coverage_row)
        cov_layout.addWidget(self.coverageView, 1)
        self.splitter.addWidget(coverage)

        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.setSpacing(2)
        self.coverageDetails = RuleBrowser()
        self.coverageDetails.setObjectName("coverageDetails")
        self.coverageDetails.setMinimumHeight(60)
        # The maintainers' fields only on request; off at every start (roles come later).
        self.adminRuleDetails = QToolButton()
        self.adminRuleDetails.setObjectName("adminRuleDetails")
        self.adminRuleDetails.setCheckable(True)
        self.adminRuleDetails.setChecked(False)
        self.adminRuleDetails.toggled.connect(lambda _on: self._render_details(self._current_row()))
        # on the summary's line, at its end: the reasons below keep their room
        self._summary_row.addWidget(self.adminRuleDetails)
        details_layout.addWidget(self.coverageDetails, 1)
        self.splitter.addWidget(details)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([130, 350, 110])

    # ------------------------------------------------------------ language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.coverage_model.set_lang(current_lang())
            self.render()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.consentBadge and event.type() == QEvent.Type.MouseButtonRelease \
                and event.button() == Qt.MouseButton.LeftButton:
            self.open_consent()
            return True
        if watched is self.visitHistoryView and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Delete:
            self._request_void()
            return True
        return super().eventFilter(watched, event)

    def _selected_history(self):
        index = self.visitHistoryView.currentIndex()
        return self.history_model.row_at(index.row()) if index.isValid() else None

    def _update_void(self) -> None:
        row = self._selected_history()
        self.voidHistoryButton.setEnabled(row is not None and _voidable(row) and self.may_void)

    def _request_void(self) -> None:
        row = self._selected_history()
        if row is not None and _voidable(row):
            self.void_requested.emit(row)

    def retranslate(self) -> None:
        titles = {
            "age": self.tr("Age"), "iin": self.tr("IIN"), "iinWarning": self.tr("Check"),
            "local": self.tr("Local number"), "citizenship": self.tr("Citizenship"),
            "address": self.tr("Address"), "phone": self.tr("Phone"), "documents": self.tr("Documents"),
            "organisation": self.tr("Organisation"), "categories": self.tr("Categories"),
            "conditions": self.tr("Conditions"), "screening": self.tr("Screenings due"),
            "visits": self.tr("Visits"), "unidentified": self.tr("Noted at admission"),
        }
        for key, title in titles.items():
            self._row_titles[key].setText(title)
        self._attach_titles["since"].setText(self.tr("Since"))
        self._attach_titles["source"].setText(self.tr("Source"))
        self.attachmentPanel.setTitle(self.tr("Attachment (PHC)"))
        self.cardTabs.setTabText(0, self.tr("Patient data"))
        self.cardTabs.setTabText(1, self.tr("Visit history"))
        self.editButton.setText(self.tr("&Edit data"))
        self.voidHistoryButton.setText(self.tr("&Void the selected line… (Del)"))
        self.voidHistoryButton.setToolTip(self.tr(
            "A visit or referral entered by mistake is voided with a reason; it stays in the history "
            "marked voided and its number is never used again."))
        self.evidenceButton.setText(self.tr("МӘМС from the &phone…"))
        self.evidenceButton.setToolTip(self.tr(
            "Record what the patient's phone shows (eGov Mobile, Qoldau, Damumed, a bank app, the "
            "Fund's site): %1, then Y — insured, N — not insured").replace("%1", SHORTCUT_EVIDENCE))
        self.identifyButton.setText(self.tr("&Identify patient…"))
        self.exportButton.setText(self.tr("Export…"))
        self.exportButton.setToolTip(self.tr(
            "The patient's data on the patient's request, as JSON or PDF (%1)").replace("%1", SHORTCUT_EXPORT))
        if self.card is not None:
            self._render_consent(self.card)
        self.coverageTitle.setText(self.tr("&Coverage on"))
        self.suspectedTitle.setText(self.tr("&Suspected (ICD-10)"))
        self.suspectedEdit.setPlaceholderText(self.tr("e.g. C50"))
        metrics = self.suspectedEdit.fontMetrics()
        self.suspectedEdit.setFixedWidth(max(metrics.horizontalAdvance("M00.000"),
                                             metrics.horizontalAdvance(self.suspectedEdit.placeholderText())) + 24)
        self.riskConfirmedCheck.setText(self.tr("&Risk confirmed"))
        self.riskConfirmedCheck.setToolTip(self.tr(
            "Tests or ultrasound show the risk: an oncologist or a hematologist can then be seen "
            "without a referral."))
        self.attachedHereCheck.setText(self.tr("&Attached here"))
        self.adminRuleDetails.setText(self.tr("Details for administrators"))
        self.adminRuleDetails.setToolTip(self.tr(
            "Rule ids, sources and notes of the rule pack, for whoever maintains the rules"))
        self._show_attached_tooltip()
        self.emptyHint.setText(self.tr("Find a patient by IIN or name, or press F4 to register one."))
        self.staleBanner.setText(self.tr(
            "The server does not answer: this card is as it was last read and may be out of date."))

    def set_stale(self, stale: bool, reason: str = "") -> None:
        """While the server is unreachable the card says it may be out of date, and what needs
        the server (editing, identifying, another coverage date) waits."""
        if stale == self.stale:
            return
        self.stale = stale
        for w in (self.editButton, self.evidenceButton, self.identifyButton, self.coverageDate,
                  self.suspectedEdit, self.riskConfirmedCheck, self.attachedHereCheck,
                  self.consentBadge, self.exportButton):
            w.setEnabled(not stale)
            if stale:  # the reason for now; each widget's own hint comes back afterwards
                self._tips_before_stale[w] = w.toolTip()
                w.setToolTip(reason)
            else:
                w.setToolTip(self._tips_before_stale.pop(w, ""))
        self.render()

    # ------------------------------------------------------------ rendering

    def show_card(self, card: Card | None) -> None:
        previous = self.card.record.id if self.card is not None else None
        self.card = card
        if card is None or card.record.id != previous:
            self._reset_visit_inputs(card)
        if card is not None and card.coverage.on != self.coverageDate.date().toPython():
            self.coverageDate.blockSignals(True)
            self.coverageDate.setDate(QDate(card.coverage.on))
            self.coverageDate.blockSignals(False)
        self.render()

    def show_coverage(self, coverage: Coverage) -> None:
        if self.card is None:
            return
        self.card.coverage = coverage
        self.coverage_model.set_coverage(coverage)
        self._render_summary(self.card)
        self.coverageView.selectRow(0)
        self._render_details(self.coverage_model.row_at(0))

    def render(self) -> None:
        card = self.card
        has = card is not None
        self.emptyHint.setVisible(not has)
        self.staleBanner.setVisible(has and self.stale)
        for key in self.fields:
            self._set_row_visible(key, has)
        for w in (self.statusBadge, self.insuranceBadge, self.editButton, self.evidenceButton,
                  self.consentCorner, self.coverageView, self.coverageSummary,
                  self.coverageDetails, self.coverageDate, self.coverageTitle, self.suspectedTitle,
                  self.suspectedEdit, self.riskConfirmedCheck, self.attachedHereCheck,
                  self.adminRuleDetails):
            w.setVisible(has)
        self.insuranceWarning.setVisible(False)
        self.identifyButton.setVisible(has and card.unidentified is not None and not card.record.iin)
        self.splitter.setVisible(has)
        self._filler.setVisible(not has)
        if not has:
            self.nameLabel.setText(self.tr("No patient open"))
            self.statusBadge.clear()
            self.insuranceBadge.clear()
            self.consentBadge.clear()
            self.coverage_model.set_coverage(None)
            self.history_model.set_rows([])
            self.coverageDetails.clear()
            self.coverageSummary.clear()
            return
        rec = card.record
        self.nameLabel.setText(shown_name(rec.full_name, current_lang()))
        self._render_identity(card)
        self._render_status(card)
        self._render_insurance(card)
        self._render_consent(card)
        self._render_lists(card)
        self._render_attachment(card)
        self.history_model.set_rows(card.history)
        self._update_void()
        self.cardTabs.setTabText(1, self.tr("Visit history (%1)").replace("%1", str(len(card.history))))
        current = self.coverageView.currentIndex().row()
        self.coverage_model.set_coverage(card.coverage)
        self._render_summary(card)
        row = current if 0 <= current < self.coverage_model.rowCount() else 0
        self.coverageView.selectRow(row)
        self._render_details(self.coverage_model.row_at(row))

    def _set_row_visible(self, key: str, visible: bool) -> None:
        self._row_titles[key].setVisible(visible)
        self.fields[key].setVisible(visible)

    def _sex_word(self, sex: str | None) -> str:
        return {"M": self.tr("male"), "F": self.tr("female")}.get(sex or "", self.tr("sex not known"))

    def _render_identity(self, card: Card) -> None:
        rec = card.record
        if card.age is not None:
            self.fields["age"].setText(self.tr("%1 years, born %2, %3").replace("%1", str(card.age))
                                       .replace("%2", _ddmmyyyy(rec.birth_date))
                                       .replace("%3", self._sex_word(rec.sex)))
        else:
            self.fields["age"].setText(self.tr("birth date not known, %1").replace("%1", self._sex_word(rec.sex)))
        info = card.iin
        if info is None:
            self.fields["iin"].setText(self.tr("no IIN"))
        elif info.valid:
            self.fields["iin"].setText(self.tr("%1 — valid: born %2, %3").replace("%1", info.iin)
                                       .replace("%2", _ddmmyyyy(info.birth_date))
                                       .replace("%3", self._sex_word(info.sex)))
        else:
            self.fields["iin"].setText(self.tr("%1 — not valid").replace("%1", info.iin))
        warnings = [escape(text(w)) for w in card.iin_warnings]
        self.fields["iinWarning"].setText(
            "<span style='color:#c62828;font-weight:bold'>⚠ " + "<br>⚠ ".join(warnings) + "</span>"
            if warnings else "")
        self._set_row_visible("iinWarning", bool(warnings))
        self.fields["local"].setText(rec.local_id or "")
        self._set_row_visible("local", bool(rec.local_id))
        self.fields["citizenship"].setText(_citizenship(rec.citizenship, current_lang())
                                           or self.tr("not recorded"))
        self.fields["address"].setText(rec.address or self.tr("not recorded"))
        self.fields["phone"].setText(rec.phone or self.tr("not recorded"))

    def _failed_hint(self, error: str | None) -> str:
        """What a part that could not be worked out says (the technical reason is in the log)."""
        if not error:
            return ""
        return self.tr("Could not be worked out; the details are in the desk's log.")

    def _render_status(self, card: Card) -> None:
        st = card.status
        if st is None:
            self.statusBadge.setText(self.tr("Legal status: unknown — check"))
            self.statusBadge.setStyleSheet(_badge_style("#616161"))
            self.statusBadge.setProperty("badgeClass", "unknown")
            self.statusBadge.setToolTip(self._failed_hint(card.status_error))
            return
        if not st.known:  # nothing recorded: grey, never the class the rules assume
            self.statusBadge.setText(self.tr("Status unknown — ask for a document"))
            self.statusBadge.setStyleSheet(_badge_style("#616161"))
            self.statusBadge.setProperty("badgeClass", "unknown")
            self.statusBadge.setToolTip(text(st.reason))
            return
        cls = text(codes.STATUS_CLASSES.get(st.status_class))
        entry = _STATUSES.get(st.effective_status) or _STATUSES.get(st.status)
        name = text(entry.name) if entry else st.status
        package = self.tr("full package") if st.package == "full" else self.tr("limited package")
        lines = [f"{cls}: {name}", package]
        if st.effective_status != st.status and _STATUSES.get(st.status):
            lines.append(self.tr("own status: %1").replace("%1", text(_STATUSES[st.status].name)))
        if not st.confirmed:
            lines.append(self.tr("⚠ not confirmed"))
        if st.expires:
            lines.append(self.tr("document valid until %1").replace("%1", _ddmmyyyy(st.expires)))
        self.statusBadge.setText("\n".join(lines))
        colour = STATUS_CLASS_COLOURS.get(st.status_class, "#616161") if st.confirmed else "#c62828"
        self.statusBadge.setStyleSheet(_badge_style(colour))
        self.statusBadge.setProperty("badgeClass", st.status_class if st.confirmed else "unconfirmed")
        self.statusBadge.setToolTip(text(st.reason))

    def _render_insurance(self, card: Card) -> None:
        ins = card.insurance
        if ins is None:
            self.insuranceBadge.setText(self.tr("МӘМС: unknown — check"))
            self.insuranceBadge.setStyleSheet(_badge_style("#616161"))
            self.insuranceBadge.setToolTip(self._failed_hint(card.insurance_error))
            return
        if ins.insured is True:
            head, colour = self.tr("МӘМС: insured"), "#2e7d32"
        elif ins.insured is False:
            head, colour = self.tr("МӘМС: not insured"), "#c62828"
        else:
            head, colour = self.tr("МӘМС: unknown"), "#616161"
        lines = [head]
        basis = {"fund": self.tr("Fund answer"), "category": self.tr("state category"),
                 "contributions": self.tr("contributions"), "none": ""}.get(ins.basis, ins.basis)
        if ins.category and _CATEGORIES.get(ins.category):
            basis = f"{basis}: {text(_CATEGORIES[ins.category].name)}"
        if basis:
            lines.append(basis)
        if ins.source:
            line = self.tr("source: %1").replace("%1", text(codes.source_name(ins.source)))
            if ins.age_days is not None:
                line += ", " + text(checked_ago(ins.age_days))
            lines.append(line)
        if ins.basis != "category" and getattr(ins, "fund_category", None) in _CATEGORIES:
            lines.append(self.tr("category shown: %1").replace("%1", text(_CATEGORIES[ins.fund_category].name)))
        if ins.stale:
            lines.append(self.tr("⚠ stale — ask the Fund again"))
            if ins.insured is not None:
                colour = "#ef6c00"
        if ins.arrears:
            months, amount = ins.arrears.months, ins.arrears.amount_kzt
            if months and amount % months == 0:
                lines.append(self.tr("to regain: pay %1 months × %2 ₸ = %3 ₸")
                             .replace("%1", str(months)).replace("%2", f"{amount // months:,}".replace(",", " "))
                             .replace("%3", f"{amount:,}".replace(",", " ")))
            else:
                lines.append(self.tr("to regain: pay %1 months, %2 ₸ in total")
                             .replace("%1", str(months)).replace("%2", f"{amount:,}".replace(",", " ")))
        self.insuranceBadge.setText("\n".join(lines))
        self.insuranceBadge.setStyleSheet(_badge_style(colour))
        self.insuranceBadge.setToolTip(text(ins.reason))
        ends = ins.contributions_until if ins.contributions_end_this_month(card.coverage.on) else None
        self.insuranceWarning.setText(self.tr(
            "⚠ Insurance through contributions ends on %1: without a new payment the patient is "
            "not insured from the next month.").replace("%1", _ddmmyyyy(ends)) if ends else "")
        self.insuranceWarning.setVisible(ends is not None)

    def _render_consent(self, card: Card) -> None:
        st = card.consent
        state = st.state if st is not None else "none"
        if state == "given":
            given = st.consent
            if given.form_number:
                line = self.tr("Consent: given %1, No. %2").replace("%1", _ddmmyyyy(given.given_on)) \
                    .replace("%2", given.form_number)
            else:
                line = self.tr("Consent: given %1").replace("%1", _ddmmyyyy(given.given_on))
        elif state == "withdrawn":
            line = self.tr("Consent withdrawn %1").replace("%1", _ddmmyyyy(st.consent.withdrawn_on))
        else:
            line = self.tr("No consent — print the paper form")
        colour = CONSENT_COLOURS[state]
        self.consentBadge.setText(line)
        self.consentBadge.setProperty("consentState", state)
        self.consentBadge.setStyleSheet(f"QLabel {{ border: 1px solid {colour}; border-radius: 4px; "
                                        f"padding: 2px 4px; color: {colour}; }}")
        if self.stale:
            return  # the stale reason stays its tooltip
        tip = self.tr("Written consent to the processing of personal data (emergency care never needs it)")
        if state == "withdrawn":
            tip += "\n" + self.tr("If the patient agrees again, print a new form (%1)").replace("%1", SHORTCUT_CONSENT)
        tip += "\n" + self.tr(
            "Click or press %1: print the form, record the signed form, or withdraw it").replace("%1", SHORTCUT_CONSENT)
        self.consentBadge.setToolTip(tip)

    def _render_lists(self, card: Card) -> None:
        rec = card.record
        docs = []
        for d in card.documents:
            name = escape(text(_DOCS[d.kind].name) if d.kind in _DOCS else d.kind)
            line = f"{name} № {escape(d.number)}"
            if d.valid_until:
                until = self.tr("valid until %1").replace("%1", _ddmmyyyy(d.valid_until))
                expired = self.tr("EXPIRED")
                if d.expired:
                    line += f" — <span style='color:#c62828;font-weight:bold'>{escape(expired)} ({until})</span>"
                elif d.days_left is not None and d.days_left <= 30:
                    line += f" — <span style='color:#ef6c00'>{escape(until)}</span>"
                else:
                    line += f" — {escape(until)}"
            docs.append(line)
        self.fields["documents"].setText("<br>".join(docs) or escape(self.tr("none recorded")))
        org = card.organisation
        self.fields["organisation"].setText((org[0] if current_lang() == "kk" else org[1]) if org
                                            else (rec.attached_org or self.tr("not attached")))
        cats = [text(_CATEGORIES[c.code].name) if c.code in _CATEGORIES else c.code for c in rec.categories]
        self.fields["categories"].setText(", ".join(cats) or self.tr("none"))
        conds = []
        for c in rec.conditions:
            item = c.code + (self.tr(" (dispensary)") if c.dispensary else "")
            if c.since:
                item += " " + self.tr("since %1").replace("%1", _ddmmyyyy(c.since))
            conds.append(item)
        flags = []
        if rec.pregnant:
            flags.append(self.tr("pregnant"))
        if rec.palliative:
            flags.append(self.tr("on the palliative list"))
        self.fields["conditions"].setText(", ".join(conds + flags) or self.tr("none recorded"))
        if card.screening_error:
            screening = escape(self.tr("unknown — check"))
        else:
            screening = "<br>".join(
                "• " + escape(text(_SCREENINGS[k].name) if k in _SCREENINGS else k) for k in card.screenings)
        self.fields["screening"].setText(screening or escape(self.tr("nothing due")))
        # the visits as the history lists them (newest first), those voided left out
        seen = [h for h in card.history if h.kind in ("visit", "emergency") and not h.voided]
        emergencies = [h for h in seen if h.kind == "emergency"]
        self.fields["visits"].setText(
            self.tr("%1 recorded, %2 emergency; last %3").replace("%1", str(len(seen)))
            .replace("%2", str(len(emergencies)))
            .replace("%3", seen[0].at.strftime("%d.%m.%Y %H:%M")) if seen else self.tr("none"))
        facts = card.unidentified
        if facts is not None:
            age = facts.get("approx_age")
            parts = [self.tr("approx. %1 years").replace("%1", str(age))] if age is not None else []
            if facts.get("known"):
                parts.append(facts["known"])
            self.fields["unidentified"].setText("; ".join(parts) or "—")
        self._set_row_visible("unidentified", facts is not None)

    def _render_summary(self, card: Card) -> None:
        """The coverage in one line: insured or not; how many free, paid, needing a referral."""
        from services.desk import coverage_counts

        counts = coverage_counts(card.coverage)
        ins = card.insurance
        insured = getattr(ins, "insured", None)
        head = {True: self.tr("Insured"), False: self.tr("Not insured")}.get(
            insured, self.tr("Insurance unknown"))
        line = self.tr("%1: %2 free, %3 paid, %4 need a referral").replace("%1", head) \
            .replace("%2", str(counts.free)).replace("%3", str(counts.paid)) \
            .replace("%4", str(counts.referral_missing))
        if counts.unknown:
            line += self.tr("; %1 unknown — check").replace("%1", str(counts.unknown))
        self.coverageSummary.setText(line)
        colour = {True: "#2e7d32", False: "#c62828"}.get(insured, "#616161")
        self.coverageSummary.setStyleSheet(f"#coverageSummary {{ font-weight: bold; color: {colour}; }}")

    def _render_attachment(self, card: Card) -> None:
        rec = card.record
        since = getattr(rec, "attached_since", None)
        source = getattr(rec, "attachment_source", None)
        words = {"import": self.tr("registry import"), "desk": self.tr("entered at the desk"),
                 "phone": self.tr("shown on the patient's phone"), "egov_mobile": "eGov Mobile",
                 "damumed": "Damumed"}
        self.attachmentFields["since"].setText(_ddmmyyyy(since) if since else self.tr("not recorded"))
        self.attachmentFields["source"].setText(words.get(source, source) if source else self.tr("not recorded"))
        here = card.attachment
        if here is not None and here.basis in ("here", "elsewhere"):
            tip = self.tr("attached to this clinic") if here.attached_here else self.tr("attached elsewhere")
            self.attachmentPanel.setToolTip(tip)

    def record_phone_evidence(self) -> None:
        """Ctrl+M: what the patient's phone shows about МӘМС, recorded as the Fund's answer."""
        if self.card is None or self.stale or not self.evidenceButton.isEnabled():
            return
        from ui.views.phone_evidence_dialog import open_phone_evidence

        open_phone_evidence(self, self.card.record.id)

    def open_consent(self) -> None:
        """Ctrl+K: the consent dialog (print the form, record the signed paper, withdraw)."""
        if self.card is None or self.stale:
            return
        from ui.views.consent_dialog import open_consent

        open_consent(self, self.card.record.id)

    def export_data(self) -> None:
        """Ctrl+Shift+E: the patient's data exported on request (JSON or PDF)."""
        if self.card is None or self.stale or not self.exportButton.isEnabled():
            return
        from ui.views.consent_dialog import open_export

        open_export(self, self.card.record.id)

    def _on_date_changed(self, qdate: QDate) -> None:
        self.coverage_date_changed.emit(qdate.toPython())

    def _on_coverage_row(self, current, _previous) -> None:
        row = self.coverage_model.row_at(current.row()) if current.isValid() else None
        self._render_details(row)
        self.coverage_row_selected.emit(row)

    def selected_service(self) -> str | None:
        row = self.coverage_model.row_at(self.coverageView.currentIndex().row())
        return row.service if row else None

    # ------------------------------------------------------------ the visit's own facts

    def visit_inputs(self) -> VisitInputs:
        """What the receptionist said about this visit; attached here is None while it is the
        value derived from the records."""
        from services.desk import VisitInputs

        return VisitInputs(suspected=self._shown_suspected,
                           risk_confirmed=self.riskConfirmedCheck.isChecked(),
                           attached_here=self.attachedHereCheck.isChecked() if self._attached_by_hand else None)

    def suspected_state(self) -> str:
        """"empty", "valid" or "invalid" for the suspected code as typed."""
        typed = self.suspectedEdit.text().strip()
        if not typed:
            return "empty"
        return "valid" if is_valid_icd(typed) else "invalid"

    def _reset_visit_inputs(self, card: Card | None) -> None:
        """Another patient: no suspicion, no risk, attached here as the records say."""
        for w in (self.suspectedEdit, self.riskConfirmedCheck, self.attachedHereCheck):
            w.blockSignals(True)
        self.suspectedEdit.clear()
        self._shown_suspected = None
        self._show_suspected_state()
        self.riskConfirmedCheck.setChecked(False)
        self._attached_by_hand = False
        attachment = card.attachment if card is not None else None
        self.attachedHereCheck.setChecked(attachment.attached_here if attachment is not None else True)
        for w in (self.suspectedEdit, self.riskConfirmedCheck, self.attachedHereCheck):
            w.blockSignals(False)
        self._show_attached_tooltip()

    def _on_suspected_edited(self, typed: str) -> None:
        upper = typed.upper()
        if upper != typed:  # codes are compared upper-case; show them that way as typed
            pos = self.suspectedEdit.cursorPosition()
            self.suspectedEdit.setText(upper)
            self.suspectedEdit.setCursorPosition(pos)
        self._show_suspected_state()
        state = self.suspected_state()
        if state == "invalid":
            return  # the table keeps the last valid answer until the code is whole
        code = normalize_icd(upper.strip()) if state == "valid" else None
        if code != self._shown_suspected:
            self._shown_suspected = code
            self.visit_inputs_changed.emit()

    def _show_suspected_state(self) -> None:
        invalid = self.suspected_state() == "invalid"
        self.suspectedEdit.setStyleSheet("QLineEdit { border: 2px solid #c62828; }" if invalid else "")
        self.suspectedEdit.setToolTip(self.tr(
            "Not an ICD-10 code: a Latin letter, two digits, then optionally a dot and up to four "
            "characters (C50.9).") if invalid else self.tr(
            "A suspected socially significant disease: from 2026 consultation and diagnostics "
            "are then free (ТМККК)."))

    def _on_attached_toggled(self, _checked: bool) -> None:
        self._attached_by_hand = True
        self._show_attached_tooltip()
        self.visit_inputs_changed.emit()

    def _show_attached_tooltip(self) -> None:
        attachment = self.card.attachment if self.card is not None else None
        lang = current_lang()
        if attachment is None:
            default = self.tr("Pre-set: the patient is taken as attached here.")
        elif attachment.basis == "here":
            default = self.tr("Pre-set from the records: attached to %1, this clinic.").replace(
                "%1", _name(attachment.patient_org or attachment.clinic_org, lang))
        elif attachment.basis == "elsewhere":
            default = self.tr("Pre-set from the records: attached to %1, not to this clinic (%2).") \
                .replace("%1", _name(attachment.patient_org, lang) or (self.card.record.attached_org or "")) \
                .replace("%2", _name(attachment.clinic_org, lang))
        elif attachment.basis == "not_recorded":
            default = self.tr("Pre-set: no attachment is recorded for the patient, so the patient "
                              "is taken as attached here. Untick if attached elsewhere.")
        else:
            default = self.tr("Pre-set: this clinic's own organisation is not set in the settings, "
                              "so the patient is taken as attached here.")
        lines = [self.tr("The patient is attached to this clinic: an obstetrician-gynecologist or "
                         "a psychologist can then be seen without a referral."), default]
        if self._attached_by_hand:
            lines.append(self.tr("Changed by hand for this visit."))
        self.attachedHereCheck.setToolTip("\n".join(lines))

    # ------------------------------------------------------------ reasons

    def _current_row(self) -> CoverageRow | None:
        return self.coverage_model.row_at(self.coverageView.currentIndex().row())

    def _render_details(self, row: CoverageRow | None) -> None:
        if row is None:
            self.coverageDetails.set_rules_html("", {})
            return
        model = self.coverage_model
        lang = current_lang()
        service = text(codes.by_code(codes.SERVICES)[row.service].name)
        referral = self.tr("referral")
        html = [f"<b>{escape(service)}</b>: {escape(model.funding_text(row))}; "
                f"{escape(referral)}: {escape(model.referral_text(row))}"]
        reasons: dict[str, str] = {}
        if row.decision is None:
            failed = self.tr("The rules could not decide this service; check it by hand. "
                             "Emergency care is never blocked.")
            html.append(f"<p style='color:#c62828'>{escape(failed)}</p>")
        elif row.status_unknown:  # the rules' answer was for an assumed status: not shown
            ask = self.tr("The legal status is not recorded, and who pays for this service depends "
                          "on it. Ask for a document (ID card, residence permit, kandas or refugee "
                          "certificate) and record the status. Emergency care is never blocked.")
            html.append(f"<p>{escape(ask)}</p>")
        else:
            cond = row.decision.for_diagnosis
            if cond is not None:
                only = self.tr("%1 only for a visit for %2; for another diagnosis: %3. A referral "
                               "names its diagnosis.").replace(
                    "%1", codes.FUNDINGS[row.decision.funding].in_lang(lang)).replace(
                    "%2", ", ".join(cond.codes)).replace("%3", codes.funding_in_sentence(cond.otherwise).in_lang(lang))
                html.append(f"<p>{escape(only)}</p>")
            if row.decision.referral == "missing":
                name = codes.FUNDINGS[row.decision.funding].in_lang(lang)
                once = self.tr("Covered by %1 once a referral is presented").replace("%1", name)
                html.append(f"<p>{escape(once)}</p>")
            rules, reasons = rules_html(row.decision.rules, lang, links=True)
            html.append(rules)
            for note in row.decision.notes:
                html.append(f"<p>{escape(text(note))}</p>")
        coverage = self.card.coverage if self.card else None
        pack_title, not_loaded = self.tr("Rule pack"), self.tr("not loaded")
        release = coverage.release if coverage else None
        html.append(f"<p><small>{escape(pack_title)}: {escape(release or not_loaded)}</small></p>")
        if self.adminRuleDetails.isChecked():
            html.append(self._admin_html(row, coverage))
        self.coverageDetails.set_rules_html("".join(html), reasons)

    def _admin_html(self, row: CoverageRow, coverage: Coverage | None) -> str:
        """The maintainers' side: pack version and hash, each rule's id, sources, act, note and
        verified flag, and the unconfirmed rules in force on the date."""
        details: PackDetails | None = coverage.details if coverage else None
        yes, no = self.tr("yes"), self.tr("no")
        title = self.tr("Details for administrators")
        out = [f"<hr><p><b>{escape(title)}</b></p>"]
        if row.error:
            out.append(f"<p><small>{escape(self._failed_hint(row.error))}</small></p>")
        if details is None:
            missing = self.tr("Rule pack: not loaded")
            out.append(f"<p>{escape(missing)}</p>")
            return "".join(out)
        version = self.tr("Pack version: %1").replace("%1", details.version)
        content = self.tr("Content hash: %1").replace("%1", details.content_hash)
        out.append(f"<p><small>{escape(version)}<br>{escape(content)}</small></p>")
        if row.decision is not None:
            out.append("<table cellspacing='0' cellpadding='2' border='1'>")
            heads = (self.tr("Rule id"), self.tr("Sources"), self.tr("Act"), self.tr("Verified"),
                     self.tr("In force"), self.tr("Note"))
            out.append("<tr>" + "".join(f"<th>{escape(h)}</th>" for h in heads) + "</tr>")
            for rule in row.decision.rules:
                entry = details.entries.get(rule.id)
                if entry is None:
                    cells = (rule.id, "", "", yes if rule.verified else no, "", "")
                else:
                    until = "" if entry.valid_to.year >= 9999 else _ddmmyyyy(entry.valid_to)
                    cells = (entry.id, ", ".join(entry.sources), entry.act,
                             yes if entry.verified else no,
                             f"{_ddmmyyyy(entry.valid_from)} – {until}", entry.note or "")
                out.append("<tr>" + "".join(f"<td><small>{escape(c)}</small></td>" for c in cells) + "</tr>")
            out.append("</table>")
        in_force = self.tr("Unconfirmed rules in force on %1").replace("%1", _ddmmyyyy(coverage.on))
        out.append(f"<p><b>{escape(in_force)}</b></p>")
        if details.unconfirmed:
            out.append("<ul>" + "".join(
                f"<li><small>{escape(d.id)} ({escape(', '.join(d.sources))}): "
                f"{escape(d.reason.in_lang(current_lang()) if d.reason else '')}</small></li>"
                for d in details.unconfirmed) + "</ul>")
        else:
            none = self.tr("none")
            out.append(f"<p><small>{escape(none)}</small></p>")
        if details.unconfirmed_list_entries:
            title = self.tr("Unconfirmed entries of the condition lists")
            out.append(f"<p><b>{escape(title)}</b></p><ul>" + "".join(
                f"<li><small>{escape(name)}: {escape(label)}</small></li>"
                for name, label in details.unconfirmed_list_entries) + "</ul>")
        return "".join(out)


def _citizenship(code: str | None, lang: str) -> str:
    return codes.citizenship_name(code, lang)


def _name(names: tuple[str, str] | None, lang: str) -> str:
    if not names:
        return ""
    return names[1] if lang == "ru" else names[0]
