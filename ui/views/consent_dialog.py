"""Consent to data processing (Ctrl+K on the card): the form printed for signing in Kazakh or
Russian, the signed paper recorded (number, date, what it covers), a consent withdrawn on the
patient's written request. And the patient's data exported on request (Ctrl+Shift+E)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QStandardPaths, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from domain.consent import GIVEN, PROCESSING, SCOPE_NAMES, SCOPES, WITHDRAWN
from domain.messages import LANGS, BadInput, Message
from ui import translations
from ui.crash import report_failure
from ui.pdf_preview import PdfPreview, print_document
from ui.translations import current_lang, text

PREVIEW_CHANNEL = "consent.preview"


def _day(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""


def _ask_printer(parent: QWidget) -> QPrinter | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def _error_label(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    label.setStyleSheet(f"#{name} {{ color: #c62828; }}")
    label.setVisible(False)
    return label


class ConsentDialog(QDialog):
    changed = Signal(int)  # the patient's id, after a consent was recorded or withdrawn
    shown_state = Signal()  # the consents were read and shown

    def __init__(self, tasks, patient_id: int, patient_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.setModal(True)
        self.tasks = tasks
        self.patient_id = patient_id
        self.patient_name = patient_name
        self.states: dict = {}
        self.busy = False
        # Hooks for the system dialogs, so that tests answer them without a modal loop.
        self.printer_provider = lambda: _ask_printer(self)
        self.ask_withdraw = self._ask_withdraw

        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        outer.addLayout(left, 0)
        self.consentTitle = QLabel(objectName="consentTitle")
        font = self.consentTitle.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.consentTitle.setFont(font)
        self.consentTitle.setWordWrap(True)
        self.consentState = QLabel(objectName="consentState")
        self.consentState.setWordWrap(True)
        left.addWidget(self.consentTitle)
        left.addWidget(self.consentState)

        self.printBox = QGroupBox()
        print_layout = QFormLayout(self.printBox)
        self.formLangTitle = QLabel()
        self.consentFormLang = QComboBox(objectName="consentFormLang")
        for code in LANGS:
            self.consentFormLang.addItem(translations.LANGUAGE_NAMES[code], code)
        self.consentFormLang.setCurrentIndex(LANGS.index(current_lang()))
        self.formLangTitle.setBuddy(self.consentFormLang)
        print_layout.addRow(self.formLangTitle, self.consentFormLang)
        buttons = QHBoxLayout()
        self.consentPreviewButton = QPushButton(objectName="consentPreviewButton")
        self.consentPrintButton = QPushButton(objectName="consentPrintButton")
        self.consentPrintButton.setEnabled(False)
        buttons.addWidget(self.consentPreviewButton)
        buttons.addWidget(self.consentPrintButton)
        print_layout.addRow(buttons)
        left.addWidget(self.printBox)

        self.recordBox = QGroupBox()
        record = QFormLayout(self.recordBox)
        self.numberTitle, self.dateTitle, self.scopesTitle = QLabel(), QLabel(), QLabel()
        self.consentNumberEdit = QLineEdit(objectName="consentNumberEdit")
        self.consentNumberEdit.setMaxLength(40)
        self.consentDateEdit = QDateEdit(objectName="consentDateEdit")
        self.consentDateEdit.setDisplayFormat("dd.MM.yyyy")
        self.consentDateEdit.setCalendarPopup(True)
        self.consentDateEdit.setDate(QDate.currentDate())
        self.consentDateEdit.setMaximumDate(QDate.currentDate())
        self.numberTitle.setBuddy(self.consentNumberEdit)
        self.dateTitle.setBuddy(self.consentDateEdit)
        record.addRow(self.numberTitle, self.consentNumberEdit)
        record.addRow(self.dateTitle, self.consentDateEdit)
        scopes = QVBoxLayout()
        self.scopeChecks: dict[str, QCheckBox] = {}
        for scope in SCOPES:
            check = QCheckBox(objectName=f"consentScope_{scope}")
            check.setChecked(scope == PROCESSING)
            self.scopeChecks[scope] = check
            scopes.addWidget(check)
        record.addRow(self.scopesTitle, scopes)
        self.consentRecordButton = QPushButton(objectName="consentRecordButton")
        self.consentRecordButton.setStyleSheet("QPushButton { font-weight: bold; }")
        record.addRow(self.consentRecordButton)
        left.addWidget(self.recordBox)

        self.withdrawBox = QGroupBox()
        withdraw = QVBoxLayout(self.withdrawBox)
        self.withdrawHint = QLabel()
        self.withdrawHint.setWordWrap(True)
        self.consentWithdrawButton = QPushButton(objectName="consentWithdrawButton")
        self.consentWithdrawButton.setEnabled(False)
        withdraw.addWidget(self.withdrawHint)
        withdraw.addWidget(self.consentWithdrawButton, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.withdrawBox)

        self.consentStatus = QLabel(objectName="consentStatus")
        self.consentStatus.setWordWrap(True)
        self.consentStatus.setStyleSheet("#consentStatus { color: #2e7d32; }")
        self.consentError = _error_label("consentError")
        left.addWidget(self.consentStatus)
        left.addWidget(self.consentError)
        left.addStretch(1)
        self.consentCloseButton = QPushButton(objectName="consentCloseButton")
        left.addWidget(self.consentCloseButton, 0, Qt.AlignmentFlag.AlignRight)

        self.preview = PdfPreview(self)
        self.preview.setMinimumWidth(460)
        outer.addWidget(self.preview, 1)

        for w in (self.consentPreviewButton, self.consentPrintButton, self.consentRecordButton,
                  self.consentWithdrawButton, self.consentCloseButton):
            w.setAutoDefault(False)
        self.consentPreviewButton.clicked.connect(self.show_form)
        self.consentPrintButton.clicked.connect(self.print_form)
        self.consentRecordButton.clicked.connect(self.record)
        self.consentWithdrawButton.clicked.connect(self.withdraw)
        self.consentCloseButton.clicked.connect(self.accept)
        self.consentFormLang.currentIndexChanged.connect(lambda _i: self._form_outdated())
        self.retranslate()
        self.load()

    # ------------------------------------------------------------ text

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Consent to personal data processing"))
        self.consentTitle.setText(self.patient_name)
        self.printBox.setTitle(self.tr("1. Print the form for the patient to sign"))
        self.formLangTitle.setText(self.tr("&Language of the form"))
        self.consentPreviewButton.setText(self.tr("&Show the form"))
        self.consentPrintButton.setText(self.tr("&Print…"))
        self.recordBox.setTitle(self.tr("2. Record the signed form"))
        self.numberTitle.setText(self.tr("Form &number"))
        self.consentNumberEdit.setPlaceholderText(self.tr("the number written on the signed paper"))
        self.dateTitle.setText(self.tr("Signed &on"))
        self.scopesTitle.setText(self.tr("Agreed to"))
        for scope, check in self.scopeChecks.items():
            check.setText(text(SCOPE_NAMES[scope]))
        self.consentRecordButton.setText(self.tr("&Record the signed form"))
        self.withdrawBox.setTitle(self.tr("Withdrawal"))
        self.withdrawHint.setText(self.tr(
            "On the patient's written request: the ticked consents end on the date above. "
            "Emergency care never needs consent."))
        self.consentWithdrawButton.setText(self.tr("&Withdraw the ticked consents"))
        self.consentCloseButton.setText(self.tr("Close"))
        self.preview.empty_notice.setText(self.tr("The form appears here after «Show the form»."))
        self._render_state()

    def _render_state(self) -> None:
        if not self.states:
            self.consentState.setText(self.tr("Reading the consents…"))
            return
        lines = []
        for scope in SCOPES:
            st = self.states[scope]
            name = text(SCOPE_NAMES[scope])
            if st.state == GIVEN:
                what = self.tr("given %1, No. %2").replace("%1", _day(st.consent.given_on)) \
                    .replace("%2", st.consent.form_number or "—")
            elif st.state == WITHDRAWN:
                what = self.tr("withdrawn %1").replace("%1", _day(st.consent.withdrawn_on))
            else:
                what = self.tr("none")
            lines.append(f"{name}: {what}")
        self.consentState.setText("\n".join(lines))
        self.consentWithdrawButton.setEnabled(any(s.state == GIVEN for s in self.states.values()))

    # ------------------------------------------------------------ reading

    def load(self) -> None:
        from services import consent

        pid = self.patient_id
        self.tasks.submit(lambda s: consent.state(s, pid), self._on_loaded, self._on_failed)

    def _on_loaded(self, states: dict) -> None:
        self.states = states
        self._render_state()
        self.shown_state.emit()

    # ------------------------------------------------------------ the form

    def _form_outdated(self) -> None:
        self.preview.clear()
        self.consentPrintButton.setEnabled(False)

    def show_form(self) -> None:
        from services import consent

        pid, lang = self.patient_id, self.consentFormLang.currentData()
        self.consentError.setVisible(False)
        self.tasks.submit(lambda s: consent.consent_form(s, pid, lang), self._on_form,
                          self._on_failed, channel=PREVIEW_CHANNEL)

    def _on_form(self, pdf: bytes) -> None:
        shown = self.preview.load_bytes(pdf)
        self.consentPrintButton.setEnabled(shown)

    def print_form(self) -> None:
        if self.preview.page_count() == 0:
            return
        printer = self.printer_provider()
        if printer is None:
            return
        pages = print_document(self.preview.document, printer)
        self.consentStatus.setText(self.tr("The form was sent to the printer: %n page(s).", "", pages))

    # ------------------------------------------------------------ writing

    def _chosen(self) -> list[str]:
        return [scope for scope, check in self.scopeChecks.items() if check.isChecked()]

    def _writing(self, busy: bool) -> None:
        self.busy = busy
        for w in (self.consentRecordButton, self.consentWithdrawButton):
            w.setEnabled(not busy)
        if not busy:
            self._render_state()

    def record(self) -> None:
        if self.busy:
            return
        from services import consent

        pid, scopes = self.patient_id, self._chosen()
        number = self.consentNumberEdit.text()
        on: date = self.consentDateEdit.date().toPython()
        self.consentError.setVisible(False)
        self._writing(True)
        self.tasks.submit(lambda s: consent.record_consent(s, pid, scopes=scopes, form_number=number,
                                                           given_on=on),
                          self._on_recorded, self._on_failed)

    def _on_recorded(self, done: list) -> None:
        self._writing(False)
        number = done[0].form_number if done else ""
        self.consentStatus.setText(self.tr("Signed form No. %1 recorded.").replace("%1", number or ""))
        self.consentNumberEdit.clear()
        self.changed.emit(self.patient_id)
        self.load()

    def _ask_withdraw(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Withdraw consent"),
            self.tr("Withdraw the ticked consents from %1? Keep the patient's written request.")
            .replace("%1", self.consentDateEdit.date().toString("dd.MM.yyyy")))
        return answer == QMessageBox.StandardButton.Yes

    def withdraw(self) -> None:
        if self.busy or not self.ask_withdraw():
            return
        from services import consent

        pid, scopes = self.patient_id, self._chosen()
        on: date = self.consentDateEdit.date().toPython()
        self.consentError.setVisible(False)
        self._writing(True)
        self.tasks.submit(lambda s: consent.withdraw(s, pid, scopes=scopes, on=on),
                          self._on_withdrawn, self._on_failed)

    def _on_withdrawn(self, done: list) -> None:
        self._writing(False)
        self.consentStatus.setText(self.tr("Consent withdrawn: %n scope(s).", "", len(done)))
        self.changed.emit(self.patient_id)
        self.load()

    def _on_failed(self, exc: BaseException) -> None:
        self._writing(False)
        if isinstance(exc, BadInput):
            self.consentError.setText(exc.in_lang(current_lang()))
            self.consentError.setVisible(True)
            return
        report_failure(exc, self)


class ExportDialog(QDialog):
    """The patient's data as JSON or a readable PDF, saved where the receptionist says."""

    exported = Signal(str)  # the path written

    def __init__(self, tasks, patient_id: int, suggested_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setModal(True)
        self.tasks = tasks
        self.patient_id = patient_id
        self.busy = False
        self._staged = None
        layout = QVBoxLayout(self)
        self.exportHint = QLabel(objectName="exportHint")
        self.exportHint.setWordWrap(True)
        layout.addWidget(self.exportHint)
        form = QFormLayout()
        kinds = QHBoxLayout()
        self.exportJsonRadio = QRadioButton(objectName="exportJsonRadio")
        self.exportPdfRadio = QRadioButton(objectName="exportPdfRadio")
        self.exportPdfRadio.setChecked(True)
        kinds.addWidget(self.exportPdfRadio)
        kinds.addWidget(self.exportJsonRadio)
        kinds.addStretch(1)
        self.formatTitle, self.langTitle, self.pathTitle = QLabel(), QLabel(), QLabel()
        form.addRow(self.formatTitle, kinds)
        self.exportLang = QComboBox(objectName="exportLang")
        for code in LANGS:
            self.exportLang.addItem(translations.LANGUAGE_NAMES[code], code)
        self.exportLang.setCurrentIndex(LANGS.index(current_lang()))
        form.addRow(self.langTitle, self.exportLang)
        where = QHBoxLayout()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) \
            or str(Path.home())
        self.exportPathEdit = QLineEdit(str(Path(folder) / f"{suggested_name}.pdf"), objectName="exportPathEdit")
        self.exportPathEdit.setMinimumWidth(380)
        self.exportBrowseButton = QPushButton(objectName="exportBrowseButton")
        where.addWidget(self.exportPathEdit, 1)
        where.addWidget(self.exportBrowseButton)
        form.addRow(self.pathTitle, where)
        layout.addLayout(form)
        self.exportStatus = QLabel(objectName="exportStatus")
        self.exportStatus.setWordWrap(True)
        self.exportStatus.setStyleSheet("#exportStatus { color: #2e7d32; }")
        self.exportError = _error_label("exportError")
        layout.addWidget(self.exportStatus)
        layout.addWidget(self.exportError)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.exportSaveButton = QPushButton(objectName="exportSaveButton")
        self.exportCloseButton = QPushButton(objectName="exportCloseButton")
        self.exportCloseButton.setAutoDefault(False)
        buttons.addWidget(self.exportSaveButton)
        buttons.addWidget(self.exportCloseButton)
        layout.addLayout(buttons)
        self.exportJsonRadio.toggled.connect(self._on_format)
        self.exportBrowseButton.clicked.connect(self.browse)
        self.exportSaveButton.clicked.connect(self.save)
        self.exportCloseButton.clicked.connect(self.reject)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export the patient's data"))
        self.exportHint.setText(self.tr(
            "On the patient's request: everything stored about the patient (identity, documents, "
            "status, insurance, conditions, visits, referrals, consents). The export is recorded "
            "in the audit trail."))
        self.formatTitle.setText(self.tr("Format"))
        self.exportPdfRadio.setText(self.tr("&PDF to read"))
        self.exportJsonRadio.setText(self.tr("&JSON (for another program)"))
        self.langTitle.setText(self.tr("&Language of the PDF"))
        self.pathTitle.setText(self.tr("&Save to"))
        self.langTitle.setBuddy(self.exportLang)
        self.pathTitle.setBuddy(self.exportPathEdit)
        self.exportBrowseButton.setText(self.tr("Choose…"))
        self.exportSaveButton.setText(self.tr("E&xport"))
        self.exportCloseButton.setText(self.tr("Close"))

    def fmt(self) -> str:
        return "json" if self.exportJsonRadio.isChecked() else "pdf"

    def _on_format(self, _checked: bool) -> None:
        fmt = self.fmt()
        self.exportLang.setEnabled(fmt == "pdf")
        path = Path(self.exportPathEdit.text())
        if path.suffix.lower() in (".json", ".pdf"):
            self.exportPathEdit.setText(str(path.with_suffix(f".{fmt}")))

    def browse(self) -> None:
        fmt = self.fmt()
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the patient's data"),
                                                self.exportPathEdit.text(),
                                                "PDF (*.pdf)" if fmt == "pdf" else "JSON (*.json)")
        if chosen:
            self.exportPathEdit.setText(chosen)

    def save(self) -> None:
        if self.busy:
            return
        from services.patient_export import KINDS, export_patient, output_format
        from services.pdf_files import check_output_path, database_behind, stage_pdf

        fmt, lang, pid = self.fmt(), self.exportLang.currentData(), self.patient_id
        self.exportError.setVisible(False)
        self.exportStatus.clear()
        database = database_behind(self.tasks.session_factory)
        try:
            output_format(self.exportPathEdit.text(), fmt)
            # the save dialog asked before an earlier export is replaced; never anything else
            target = check_output_path(self.exportPathEdit.text(), database=database, replace=True,
                                       kind=KINDS[fmt])
        except BadInput as exc:
            self._on_failed(exc)
            return
        self.busy = True
        self.exportSaveButton.setEnabled(False)

        def work(session):
            done = export_patient(session, pid, fmt, lang)
            # written and flushed before the audit event commits; named once it has
            self._staged = stage_pdf(target, done.content, database=database, replace=True, kind=KINDS[fmt])
            return self._staged

        self.tasks.submit(work, self._on_exported, self._on_failed)

    def _on_exported(self, staged) -> None:
        self._staged = None
        try:
            path = staged.install()
        except (OSError, BadInput) as exc:
            self._on_failed(exc if isinstance(exc, BadInput) else BadInput(
                Message(str(exc), str(exc)), field="out"))
            return
        self.busy = False
        self.exportSaveButton.setEnabled(True)
        self.exportStatus.setText(self.tr("Saved: %1").replace("%1", str(path)))
        self.exported.emit(str(path))

    def _on_failed(self, exc: BaseException) -> None:
        if self._staged is not None:  # the audit event did not commit: no file either
            self._staged.discard()
            self._staged = None
        self.busy = False
        self.exportSaveButton.setEnabled(True)
        if isinstance(exc, BadInput):
            self.exportError.setText(exc.in_lang(current_lang()))
            self.exportError.setVisible(True)
            return
        report_failure(exc, self)


def _window_of(card: QWidget):
    window = card.window()
    return window, getattr(window, "tasks", None)


def open_consent(card: QWidget, patient_id: int) -> ConsentDialog | None:
    """The consent dialog over the desk that holds `card`; the card is read again after a
    consent is recorded or withdrawn."""
    window, tasks = _window_of(card)
    if tasks is None:
        return None
    name = card.nameLabel.text() if hasattr(card, "nameLabel") else ""
    dialog = ConsentDialog(tasks, patient_id, name, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    reopen = getattr(window, "open_patient", None)
    if reopen is not None:
        dialog.changed.connect(
            lambda pid: reopen(pid) if getattr(window, "current_patient_id", None) == pid else None)
    dialog.resize(1180, 700)
    dialog.open()
    dialog.consentNumberEdit.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    return dialog


def open_export(card: QWidget, patient_id: int) -> ExportDialog | None:
    """The export dialog over the desk that holds `card`."""
    window, tasks = _window_of(card)
    if tasks is None:
        return None
    record = getattr(getattr(card, "card", None), "record", None)
    ident = (record.iin or record.local_id) if record is not None else None
    dialog = ExportDialog(tasks, patient_id, f"patient-{ident or patient_id}", window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
