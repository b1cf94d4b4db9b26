"""The referral form: prefilled from the selected coverage row, previewed inside the program,
issued, printed with the system print dialog and saved as PDF.

Everything that reads the database or the rule pack runs on the desk's TaskRunner: the form
opens at once in a loading state and fills in when its context arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from domain.codes import FUNDINGS, SERVICES, funding_in_sentence
from domain.decision import Decision
from domain.icd import is_valid_icd, normalize_icd
from domain.messages import BadInput
from domain.referral_targets import provides
from services import referrals
from services.errors import database_fault, write_crash_log
from services.pdf_files import database_behind, write_pdf
from services.referrals import (
    SPECIALTIES,
    IssuedReferral,
    ReferralContext,
    ReferralRequest,
    referable_services,
)
from ui.pdf_preview import PdfPreview, print_document
from ui.tasks import TaskRunner
from ui.widgets.rule_text import reasons_tooltip, rules_html

URGENCY_CODES = ("planned", "urgent", "emergency")
# One referral form is open at a time (window-modal), so fixed channels suffice: a newer
# answer on a channel replaces an older one still on its way.
CONTEXT_CHANNEL = "referral.context"
DECISION_CHANNEL = "referral.decision"
PREVIEW_CHANNEL = "referral.preview"


def _decision_inputs(request: ReferralRequest) -> tuple:
    """What the rule pack's decision depends on (decide_for reads nothing else)."""
    return (request.service, request.diagnosis, request.specialist, request.emergency,
            request.suspected, request.risk_confirmed, request.attached_here)


def _ask_printer(parent: QWidget) -> QPrinter | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def _ask_save_path(parent: QWidget, suggested: str) -> str | None:
    title = QCoreApplication.translate("ReferralDialog", "Save referral as PDF")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested,
                                          "PDF (*.pdf)")
    return path or None


class ReferralDialog(QDialog):
    preview_ready = Signal()
    referral_issued = Signal(str)
    printed = Signal(int)
    saved = Signal(str)
    failed = Signal(str)
    loaded = Signal()  # the patient and the clinic's lists have arrived

    def __init__(self, parent: QWidget | None, tasks: TaskRunner, patient_id: int | None,
                 service: str | None, on: date, lang: str = "kk", emergency: bool = False,
                 inputs=None):
        super().__init__(parent)
        self.setObjectName("referralDialog")
        self.tasks, self.patient_id, self.on, self.lang = tasks, patient_id, on, lang
        self.issued: IssuedReferral | None = None
        self.decision: Decision | None = None
        self._decided_for: tuple | None = None  # the inputs `decision` was made from
        self.context: ReferralContext | None = None  # None until loaded on a worker
        self._original_printed = False
        self._writes = 0  # issues and reprints under way: they hold a closing form open
        self._close_result: int | None = None
        self._closed = False
        # Hooks for the system dialogs, so that tests can answer them without a modal loop.
        self.printer_provider: Callable[[], QPrinter | None] = lambda: _ask_printer(self)
        self.save_path_provider: Callable[[str], str | None] = lambda s: _ask_save_path(self, s)
        self._attached_by_hand = False
        self._build(service, emergency)
        if inputs is not None:  # what the card said about this visit
            self.suspectedEdit.setText(inputs.suspected or "")
            self.riskConfirmedCheck.setChecked(inputs.risk_confirmed)
            if inputs.attached_here is not None:
                self.attachedHereCheck.setChecked(inputs.attached_here)
                self._attached_by_hand = True
        self.retranslate()
        self._update_buttons()
        self.tasks.submit(lambda session: referrals.referral_context(session, patient_id),
                          self._on_context, self._on_failed_here, channel=CONTEXT_CHANNEL)

    # --- building -------------------------------------------------------------------------------

    def _build(self, service: str | None, emergency: bool) -> None:
        self.patientLabel = QLabel(objectName="patientLabel")
        self.patientLabel.setWordWrap(True)
        self.serviceCombo = QComboBox(objectName="serviceCombo")
        for entry in SERVICES:
            self.serviceCombo.addItem(entry.name.in_lang(self.lang), entry.code)
        # Without a selected coverage row, start from the first service that takes a referral.
        preferred = service if service is not None else referable_services()[0]
        self.serviceCombo.setCurrentIndex(max(0, self.serviceCombo.findData(preferred)))
        self.fundingLabel = QLabel(objectName="fundingLabel")
        self.fundingLabel.setWordWrap(True)
        self.icdEdit = QLineEdit(objectName="icdEdit")
        self.icdEdit.setMaxLength(8)
        self.icdStatusLabel = QLabel(objectName="icdStatusLabel")
        self.diagnosisTextEdit = QPlainTextEdit(objectName="diagnosisTextEdit")
        self.diagnosisTextEdit.setTabChangesFocus(True)
        self.diagnosisTextEdit.setFixedHeight(60)
        self.targetCombo = QComboBox(objectName="targetCombo")
        self.targetCombo.addItem("", None)
        self.specialistEdit = QLineEdit(objectName="specialistEdit")
        names = sorted({getattr(m, self.lang) for m in SPECIALTIES.values()})
        completer = QCompleter(names, self.specialistEdit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.specialistEdit.setCompleter(completer)
        self.suspectedEdit = QLineEdit(objectName="referralSuspected")
        self.suspectedEdit.setMaxLength(8)
        self.riskConfirmedCheck = QCheckBox(objectName="referralRiskConfirmed")
        self.attachedHereCheck = QCheckBox(objectName="referralAttachedHere")
        self.attachedHereCheck.setChecked(True)
        flags = QWidget()
        flags_layout = QHBoxLayout(flags)
        flags_layout.setContentsMargins(0, 0, 0, 0)
        flags_layout.addWidget(self.riskConfirmedCheck)
        flags_layout.addWidget(self.attachedHereCheck)
        flags_layout.addStretch(1)
        self.urgencyCombo = QComboBox(objectName="urgencyCombo")
        for code in URGENCY_CODES:
            self.urgencyCombo.addItem("", code)
        if emergency:
            self.urgencyCombo.setCurrentIndex(URGENCY_CODES.index("emergency"))
        self.doctorCombo = QComboBox(objectName="doctorCombo")
        self.doctorCombo.setEditable(True)
        self.numberLabel = QLabel(objectName="numberLabel")
        self.statusLabel = QLabel(objectName="statusLabel")
        self.statusLabel.setWordWrap(True)

        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(12)]
        fields = [self.patientLabel, self.serviceCombo, self.fundingLabel, self.icdEdit,
                  self.icdStatusLabel, self.diagnosisTextEdit, self.suspectedEdit, flags,
                  self.targetCombo, self.specialistEdit, self.urgencyCombo, self.doctorCombo]
        for label, widget in zip(self.form_labels, fields, strict=True):
            label.setBuddy(widget if widget is not flags else self.riskConfirmedCheck)
            self.form.addRow(label, widget)
        # With no doctors in the settings, the form says where they are added.
        self.doctorHint = QLabel(objectName="doctorHint")
        self.doctorHint.setWordWrap(True)
        self.doctorHint.setStyleSheet("color: #ef6c00;")
        self.doctorHint.setVisible(False)
        self.form.addRow("", self.doctorHint)

        self.previewButton = QPushButton(objectName="previewButton")
        self.issueButton = QPushButton(objectName="issueButton")
        self.printButton = QPushButton(objectName="printButton")
        self.saveButton = QPushButton(objectName="saveButton")
        self.closeButton = QPushButton(objectName="closeButton")
        buttons = QHBoxLayout()
        for button in (self.previewButton, self.issueButton, self.printButton, self.saveButton):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.closeButton)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(self.form)
        left_layout.addWidget(self.numberLabel)
        left_layout.addWidget(self.statusLabel)
        left_layout.addStretch(1)
        self.preview = PdfPreview(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1100, 720)

        self.serviceCombo.currentIndexChanged.connect(self._on_service_changed)
        self.serviceCombo.currentIndexChanged.connect(self._fill_targets)
        self.urgencyCombo.currentIndexChanged.connect(self._on_service_changed)
        self.icdEdit.textEdited.connect(self._on_icd_edited)
        self.suspectedEdit.textEdited.connect(self._on_suspected_edited)
        self.specialistEdit.textChanged.connect(self._on_service_changed)
        self.riskConfirmedCheck.toggled.connect(self._on_service_changed)
        self.attachedHereCheck.toggled.connect(self._on_attached_toggled)
        self.previewButton.clicked.connect(self.show_preview)
        self.issueButton.clicked.connect(lambda: self.issue())
        self.printButton.clicked.connect(self.print_slip)
        self.saveButton.clicked.connect(self.save_pdf)
        self.closeButton.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_slip)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save_pdf)
        QShortcut(QKeySequence("F5"), self, activated=self.show_preview)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Referral"))
        titles = [self.tr("Patient"), self.tr("Service"), self.tr("Funding"),
                  self.tr("Diagnosis (ICD-10)"), "", self.tr("Diagnosis text"),
                  self.tr("Suspected (ICD-10)"), "",
                  self.tr("Refer to"), self.tr("Specialist"), self.tr("Urgency"),
                  self.tr("Referring doctor")]
        for label, title in zip(self.form_labels, titles, strict=True):
            label.setText(title)
        self.icdEdit.setPlaceholderText(self.tr("e.g. K80.1"))
        self.suspectedEdit.setPlaceholderText(self.tr("e.g. C50"))
        self.suspectedEdit.setToolTip(self.tr(
            "A suspected socially significant disease: from 2026 consultation and diagnostics "
            "are then free (ТМККК)."))
        self.riskConfirmedCheck.setText(self.tr("Risk confirmed"))
        self.riskConfirmedCheck.setToolTip(self.tr(
            "Tests or ultrasound show the risk: an oncologist or a hematologist can then be seen "
            "without a referral."))
        self.attachedHereCheck.setText(self.tr("Attached here"))
        self.specialistEdit.setPlaceholderText(self.tr("e.g. oncologist"))
        self.targetCombo.setItemText(0, self.tr("(not specified)"))
        urgency = {"planned": self.tr("Planned"), "urgent": self.tr("Urgent"),
                   "emergency": self.tr("Emergency")}
        for i, code in enumerate(URGENCY_CODES):
            self.urgencyCombo.setItemText(i, urgency[code])
        self.previewButton.setText(self.tr("Preview (F5)"))
        self.issueButton.setText(self.tr("Issue and register the referral"))
        self.printButton.setText(self.tr("Print… (Ctrl+P)"))
        self.saveButton.setText(self.tr("Save PDF… (Ctrl+S)"))
        self.closeButton.setText(self.tr("Close"))
        self.doctorHint.setText(self.tr(
            "No referring doctors are listed yet. Add them in Desk → Settings… → Clinic → "
            "Referring doctors (the first one is filled in here); meanwhile type the name."))
        self.doctorCombo.lineEdit().setPlaceholderText(self.tr("Doctor's full name"))
        self.targetCombo.setToolTip(self.tr("Only organisations that provide the chosen service "
                                            "are listed."))
        self.preview.retranslate()
        self._show_patient()
        self._show_funding()
        self._show_icd_state()
        self._show_suspected_state()
        self._show_attached_tooltip()
        self._show_number()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- state ----------------------------------------------------------------------------------

    def _on_context(self, context: ReferralContext) -> None:
        if self._closed:
            return
        self.context = context
        self._fill_targets()
        typed = self.doctorCombo.currentText()
        for doctor in context.doctors:
            self.doctorCombo.addItem(doctor.name, doctor.position)
        self.doctorHint.setVisible(not context.doctors)
        if typed:  # typed while the form was loading: keep it over the default doctor
            self.doctorCombo.setEditText(typed)
        if context.attachment is not None and not self._attached_by_hand:
            self.attachedHereCheck.blockSignals(True)
            self.attachedHereCheck.setChecked(context.attachment.attached_here)
            self.attachedHereCheck.blockSignals(False)
        self._show_attached_tooltip()
        self._show_patient()
        self._refresh_decision()
        self._update_buttons()
        self.loaded.emit()

    def _fill_targets(self) -> None:
        """The organisations that provide the chosen service; the one chosen stays if it does."""
        if self.context is None:
            return
        service, chosen = self.serviceCombo.currentData(), self.targetCombo.currentData()
        self.targetCombo.blockSignals(True)
        while self.targetCombo.count() > 1:  # item 0: not specified
            self.targetCombo.removeItem(1)
        for org in self.context.organisations:
            if provides(org.kind, service):
                self.targetCombo.addItem(org.name_ru if self.lang == "ru" else org.name_kk, org.code)
        self.targetCombo.setCurrentIndex(max(0, self.targetCombo.findData(chosen)))
        self.targetCombo.blockSignals(False)

    def _show_patient(self) -> None:
        if self.context is None:
            self.patientLabel.setText(self.tr("Loading the patient…"))
            return
        patient = self.context.patient
        if patient is None:
            self.patientLabel.setText(self.tr("No patient selected: choose a patient first."))
            return
        ident = patient.iin or patient.local_id or ""
        label = self.tr("IIN")
        self.patientLabel.setText(f"{patient.full_name}\n{label}: {ident}")

    def _request(self) -> ReferralRequest:
        doctor = self.doctorCombo.currentText().strip() or None
        position = None
        if doctor is not None:
            index = self.doctorCombo.findText(doctor)
            position = self.doctorCombo.itemData(index) if index >= 0 else None
        urgency = self.urgencyCombo.currentData()
        return ReferralRequest(
            service=self.serviceCombo.currentData(), diagnosis=self.icdEdit.text().strip() or None,
            diagnosis_text=self.diagnosisTextEdit.toPlainText().strip() or None,
            to=self.targetCombo.currentData(), specialist=self.specialistEdit.text().strip() or None,
            urgency=urgency, emergency=urgency == "emergency", doctor=doctor,
            doctor_position=position,
            suspected=normalize_icd(self.suspectedEdit.text().strip())
            if self.suspected_state() == "valid" else None,
            risk_confirmed=self.riskConfirmedCheck.isChecked(),
            attached_here=self.attachedHereCheck.isChecked(),
        )

    def icd_state(self) -> str:
        """"empty", "valid" or "invalid", as the status line shows it."""
        text = self.icdEdit.text().strip()
        if not text:
            return "empty"
        return "valid" if is_valid_icd(text) else "invalid"

    def _on_icd_edited(self, text: str) -> None:
        upper = text.upper()
        if upper != text:  # codes are compared upper-case; show them that way as typed
            pos = self.icdEdit.cursorPosition()
            self.icdEdit.setText(upper)
            self.icdEdit.setCursorPosition(pos)
        self._show_icd_state()
        self._refresh_decision()
        self._update_buttons()

    def _show_icd_state(self) -> None:
        state = self.icd_state()
        texts = {"empty": "", "valid": self.tr("Code format is correct."),
                 "invalid": self.tr("Not an ICD-10 code: a Latin letter, two digits, then "
                                    "optionally a dot and up to four characters (K80.1).")}
        needed = state == "empty" and self._current_decision() is not None \
            and self._current_decision().for_diagnosis is not None
        if needed:  # the funding holds only for some diagnoses: the referral must name one
            texts["empty"] = self.tr("Enter the ICD-10 code: the funding depends on the diagnosis.")
        self.icdStatusLabel.setText(texts[state])
        self.icdStatusLabel.setStyleSheet("color: #b00020;" if state == "invalid" or needed
                                          else "color: #2e7d32;")
        self.icdEdit.setProperty("invalid", state == "invalid")

    def _current_decision(self) -> Decision | None:
        return self._shown_decision(self._request()) if self.decision is not None else None

    def blocker(self) -> str | None:
        """Why the referral cannot be issued as the form stands (the funding waits for the legal
        status, or depends on a diagnosis not entered), or None."""
        decision = self._current_decision()
        refused = referrals.refusal(decision) if decision is not None else None
        return refused.in_lang(self.lang) if refused is not None else None

    def suspected_state(self) -> str:
        """"empty", "valid" or "invalid" for the suspected code as typed."""
        typed = self.suspectedEdit.text().strip()
        if not typed:
            return "empty"
        return "valid" if is_valid_icd(typed) else "invalid"

    def _on_suspected_edited(self, typed: str) -> None:
        upper = typed.upper()
        if upper != typed:
            pos = self.suspectedEdit.cursorPosition()
            self.suspectedEdit.setText(upper)
            self.suspectedEdit.setCursorPosition(pos)
        self._show_suspected_state()
        self._refresh_decision()
        self._update_buttons()

    def _show_suspected_state(self) -> None:
        invalid = self.suspected_state() == "invalid"
        self.suspectedEdit.setStyleSheet("QLineEdit { border: 2px solid #c62828; }" if invalid else "")
        if invalid:
            self.suspectedEdit.setToolTip(self.tr(
                "Not an ICD-10 code: a Latin letter, two digits, then optionally a dot and up to "
                "four characters (K80.1)."))

    def _on_attached_toggled(self, _checked: bool) -> None:
        self._attached_by_hand = True
        self._show_attached_tooltip()
        self._on_service_changed()

    def _show_attached_tooltip(self) -> None:
        attachment = self.context.attachment if self.context is not None else None
        names = {"here": self.tr("Pre-set from the records: attached to this clinic."),
                 "elsewhere": self.tr("Pre-set from the records: attached to another organisation (%1)."),
                 "not_recorded": self.tr("Pre-set: no attachment is recorded, so the patient is "
                                         "taken as attached here."),
                 "clinic_unknown": self.tr("Pre-set: this clinic's own organisation is not set in "
                                           "the settings, so the patient is taken as attached here.")}
        if attachment is None:
            default = self.tr("Pre-set: the patient is taken as attached here.")
        else:
            other = attachment.patient_org
            default = names[attachment.basis].replace(
                "%1", (other[1] if self.lang == "ru" else other[0]) if other else "")
        lines = [self.tr("The patient is attached to this clinic: an obstetrician-gynecologist or "
                         "a psychologist can then be seen without a referral."), default]
        if self._attached_by_hand:
            lines.append(self.tr("Changed by hand for this visit."))
        self.attachedHereCheck.setToolTip("\n".join(lines))

    def _on_service_changed(self) -> None:
        if self.issued is None:
            self._refresh_decision()
        self._update_buttons()

    def _refresh_decision(self) -> None:
        """Funding of the chosen service for this patient, decided locally by the rule pack on
        a worker; the funding shown stays until the new decision arrives."""
        patient = self.context.patient if self.context is not None else None
        if patient is None or self.icd_state() == "invalid" or self.suspected_state() == "invalid":
            self.decision, self._decided_for = None, None
            self.tasks.submit(lambda _s: None, None, channel=DECISION_CHANNEL)  # drop one coming
            self._show_funding()
            return
        request, on = self._request(), self.on
        inputs = _decision_inputs(request)

        def decided(decision: Decision) -> None:
            if self._closed:
                return
            self.decision, self._decided_for = decision, inputs
            self._show_funding()
            self._show_icd_state()
            self._update_buttons()

        def refused(exc: BaseException) -> None:
            if self._closed:
                return
            if not isinstance(exc, BadInput):
                raise exc  # the crash dialog: the rule pack itself failed
            self.decision, self._decided_for = None, None
            self.statusLabel.setText(exc.in_lang(self.lang))
            self._show_funding()

        attached = self.context.attachment
        self.tasks.submit(lambda s: referrals.decide_for(patient, request, on, attached,
                                                         referrals.rule_pack(s)),
                          decided, refused, channel=DECISION_CHANNEL)

    def _shown_decision(self, request: ReferralRequest) -> Decision | None:
        """The decision on screen when it was made for this request; otherwise None, and the
        service decides again (the register then holds the right rules)."""
        return self.decision if self._decided_for == _decision_inputs(request) else None

    def _show_funding(self) -> None:
        decision = self.decision
        if decision is None:
            self.fundingLabel.setText("—")
            return
        if decision.status_unknown and not decision.emergency:  # no verdict to show yet
            unknown = self.tr("unknown — confirm the status")
            self.fundingLabel.setText(f"<b>{escape(unknown)}</b><br>{escape(self.blocker() or '')}")
            self.fundingLabel.setToolTip("")
            return
        funding = escape(FUNDINGS[decision.funding].in_lang(self.lang))
        cond = decision.for_diagnosis
        if cond is not None:
            funding = escape(self.tr("%1 for %2; another diagnosis: %3").replace("%1", FUNDINGS[
                decision.funding].in_lang(self.lang)).replace("%2", ", ".join(cond.codes)).replace(
                "%3", funding_in_sentence(cond.otherwise).in_lang(self.lang)))
        referral = {"not_needed": self.tr("no referral needed"),
                    "present": self.tr("needs a referral: this one"),
                    "missing": self.tr("needs a referral")}.get(decision.referral, "")
        rules, _ = rules_html(decision.rules, self.lang, numbered=False)
        self.fundingLabel.setText(f"<b>{funding}</b>; {escape(referral)}{rules}")
        self.fundingLabel.setToolTip(reasons_tooltip(decision.rules, self.lang))

    def _show_number(self) -> None:
        if self.issued is None:
            self.numberLabel.setText("")
        else:
            self.numberLabel.setText(self.tr("Referral No. %1 issued.").replace("%1", self.issued.number))

    def _busy(self) -> bool:
        return self._writes > 0

    def busy(self) -> bool:
        """Whether the form is still loading or an issue or reprint is under way."""
        return self.context is None or self._busy()

    def _ready(self) -> bool:
        """Whether the form, as filled in, can be previewed or issued now."""
        return (self.context is not None and self.context.patient is not None
                and self.icd_state() != "invalid" and self.suspected_state() != "invalid"
                and not self._busy() and self.blocker() is None)

    def _update_buttons(self) -> None:
        ready = self._ready()
        issued = self.issued is not None
        self.issueButton.setToolTip("" if issued else (self.blocker() or ""))
        self.previewButton.setEnabled(ready and not issued)
        self.issueButton.setEnabled(ready and not issued)
        self.printButton.setEnabled(ready or (issued and not self._busy()))
        self.saveButton.setEnabled(ready or (issued and not self._busy()))
        for widget in (self.serviceCombo, self.icdEdit, self.diagnosisTextEdit, self.targetCombo,
                       self.specialistEdit, self.urgencyCombo, self.doctorCombo, self.suspectedEdit,
                       self.riskConfirmedCheck, self.attachedHereCheck):
            widget.setEnabled(not issued)

    # --- background work ------------------------------------------------------------------------

    def _write(self, fn: Callable[[object], object], on_done: Callable[[object], None]) -> None:
        """Run an issue or a reprint on the desk's runner; the form stays open until it is back."""

        def finish(result: object) -> None:
            self._writes -= 1
            if self._closed:
                return
            self._update_buttons()
            on_done(result)  # recorded in the register: shown even when the form is closing
            self._close_if_asked()

        def fail(exc: BaseException) -> None:
            self._writes -= 1
            if self._closed:
                return
            self._update_buttons()
            self._close_result = None  # stay open: the receptionist must see that it failed
            self._on_failed(exc)

        self._writes += 1
        self._update_buttons()
        self.tasks.submit(fn, finish, fail)

    def _on_failed_here(self, exc: BaseException) -> None:
        if not self._closed:
            self._on_failed(exc)

    def _on_failed(self, exc: object) -> None:
        if isinstance(exc, BadInput):
            text = exc.in_lang(self.lang)
        else:
            fault = database_fault(exc)
            if fault is None:
                write_crash_log(exc)  # a bug: the details go to the log, plain words to the screen
            text = fault.in_lang(self.lang) if fault is not None else self.tr(
                "The referral could not be made; nothing was recorded. Try again; the details are "
                "in the desk's log.")
        self.statusLabel.setText(text)
        self.failed.emit(text)

    # --- actions --------------------------------------------------------------------------------

    def show_preview(self) -> None:
        if not self.previewButton.isEnabled():
            return
        request, patient_id, on = self._request(), self.patient_id, self.on
        decision = self._shown_decision(request)
        self.statusLabel.setText(self.tr("Preparing the preview…"))
        self.tasks.submit(lambda session: referrals.preview_referral(
            session, patient_id, request, on=on, decision=decision),
            self._on_preview, self._on_failed_here, channel=PREVIEW_CHANNEL)

    def _on_preview(self, pdf: object) -> None:
        if self._closed:
            return
        self.preview.load_bytes(pdf)
        self.statusLabel.setText(self.tr("Preview: not issued yet, no number taken."))
        self.preview_ready.emit()

    def issue(self, then: Callable[[], None] | None = None) -> None:
        """Number and record the referral; `then` runs once it is issued."""
        if self.issued is not None:
            if then:
                then()
            return
        if not self._ready():
            return
        request, patient_id, on = self._request(), self.patient_id, self.on
        decision = self._shown_decision(request)
        self.statusLabel.setText(self.tr("Issuing the referral…"))
        # A draft still on its way must not replace the issued slip in the preview.
        self.tasks.submit(lambda _s: None, None, channel=PREVIEW_CHANNEL)

        def work(session) -> IssuedReferral:
            return referrals.issue_referral(
                session, patient_id, request.service, diagnosis=request.diagnosis,
                diagnosis_text=request.diagnosis_text, to=request.to,
                emergency=request.emergency, on=on, doctor=request.doctor,
                doctor_position=request.doctor_position, specialist=request.specialist,
                urgency=request.urgency, decision=decision, suspected=request.suspected,
                risk_confirmed=request.risk_confirmed, attached_here=request.attached_here)

        def done(result: object) -> None:
            self.issued = result
            self.preview.load_bytes(result.pdf)
            self._show_number()
            self.statusLabel.setText("")
            self._update_buttons()
            self.referral_issued.emit(result.number)
            if then and self._close_result is None:  # no print or save dialog over a closing form
                then()

        self._write(work, done)

    def print_slip(self) -> None:
        if not self.printButton.isEnabled():
            return
        self.issue(then=self._print_issued)

    def _print_issued(self) -> None:
        printer = self.printer_provider()
        if printer is None:
            return
        if not self._original_printed:
            self._send_to_printer(printer, self.issued.pdf)
            self._original_printed = True
            self._note_printed("printer")
            return
        # Every further printing is a copy, marked and recorded in the register.
        number = self.issued.number
        self._write(lambda session: referrals.reprint_referral(session, number),
                    lambda copy: self._send_to_printer(printer, copy.pdf))

    def _send_to_printer(self, printer: QPrinter, pdf: bytes) -> None:
        shown = self.preview.pdf_bytes()
        self.preview.load_bytes(pdf)
        pages = print_document(self.preview.document, printer)
        if shown and shown != pdf:
            self.preview.load_bytes(shown)
        self.statusLabel.setText(self.tr("Sent to the printer: %n page(s).", "", pages))
        self.printed.emit(pages)

    def save_pdf(self) -> None:
        if not self.saveButton.isEnabled():
            return
        self.issue(then=self._save_issued)

    def _save_issued(self) -> None:
        suggested = str(Path.home() / f"{self.issued.number}.pdf")
        path = self.save_path_provider(suggested)
        if not path:
            return
        try:
            # The save dialog has asked before replacing a file; still never the database, a
            # link or a file that is not a PDF, and never a half-written file under the name.
            write_pdf(path, self.issued.pdf, database=database_behind(self.tasks.session_factory),
                      replace=True)
        except (OSError, BadInput) as exc:
            self._on_failed(exc)
            return
        self.statusLabel.setText(self.tr("Saved: %1").replace("%1", path))
        self.saved.emit(path)
        self._note_printed("pdf")

    def _note_printed(self, how: str) -> None:
        """The original slip left the desk (printer or PDF file): a line in the audit trail."""
        number = self.issued.number  # the desk's runner writes it, the form closing or not
        self.tasks.submit(lambda session: referrals.note_printed(session, number, how=how), None,
                          self._on_failed_here)

    def done(self, result: int) -> None:
        if self._writes:
            # An issue or reprint under way is recorded whatever happens: close once it is back,
            # so that the desk reloads the card after the register has it.
            self._close_result = result
            return
        self._closed = True  # answers still on their way find the form gone
        super().done(result)

    def _close_if_asked(self) -> None:
        if self._close_result is not None and not self._writes:
            self.done(self._close_result)


def open_referral_dialog(parent: QWidget | None, tasks: TaskRunner, patient_id: int | None,
                         service: str | None, on: date, lang: str,
                         emergency: bool = False, inputs=None) -> None:
    """Open the referral form, window-modal over the desk, without blocking the caller;
    `inputs` are the card's suspicion and flags for this patient."""
    dialog = ReferralDialog(parent, tasks, patient_id, service, on, lang, emergency, inputs)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
