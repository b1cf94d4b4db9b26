"""Registering or editing a patient: identity (IIN checked as typed), documents and legal status,
insurance evidence, conditions. One transaction per save; an error keeps everything typed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain import codes
from domain.iin import parse_iin
from domain.messages import AlreadyRegistered, BadInput
from domain.records import (
    CategoryGrant,
    Diagnosis,
    FundCheck,
    IdentityDocument,
    LegalStatus,
    Patient,
    PaymentPeriod,
)
from domain.status import basis_document
from services import desk
from ui.crash import report_failure
from ui.tasks import TaskRunner
from ui.translations import current_lang, text

FUND_SOURCES = ("fund_service", "phone", "paper")


class FormError(Exception):
    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


def parse_day(value: str) -> date | None:
    """dd.mm.yyyy (as people write it here) or yyyy-mm-dd; empty is None; else ValueError."""
    value = value.strip()
    if not value:
        return None
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError(value)


def show_day(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""


def _coded_combo(entries, lang: str, with_empty: bool = False) -> QComboBox:
    combo = QComboBox()
    if with_empty:
        combo.addItem("—", None)
    for e in entries:
        combo.addItem(e.name.in_lang(lang), e.code)
    return combo


def _set_combo(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


class _Table(QWidget):
    """A small editable table with add/remove; cells are line edits, combos or check boxes."""

    def __init__(self, name: str, columns: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.columns = columns  # (kind, spec): kind in text|combo|check; spec = codes section
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName(name)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.addButton, self.removeButton = QPushButton(), QPushButton()
        self.addButton.setObjectName(name + "Add")
        self.removeButton.setObjectName(name + "Remove")
        buttons.addWidget(self.addButton)
        buttons.addWidget(self.removeButton)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.addButton.clicked.connect(lambda: self.add_row())
        self.removeButton.clicked.connect(self.remove_row)

    def add_row(self, values: list | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = values or [None] * len(self.columns)
        for col, ((kind, spec), value) in enumerate(zip(self.columns, values, strict=True)):
            if kind == "combo":
                combo = _coded_combo(spec, current_lang())
                if value is not None:
                    _set_combo(combo, value)
                self.table.setCellWidget(row, col, combo)
            elif kind == "check":
                box = QCheckBox()
                box.setChecked(bool(value))
                self.table.setCellWidget(row, col, box)
            else:
                self.table.setItem(row, col, QTableWidgetItem("" if value is None else str(value)))
        return row

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def values(self) -> list[list]:
        out = []
        for row in range(self.table.rowCount()):
            values = []
            for col, (kind, _spec) in enumerate(self.columns):
                widget = self.table.cellWidget(row, col)
                if kind == "combo":
                    values.append(widget.currentData())
                elif kind == "check":
                    values.append(widget.isChecked())
                else:
                    item = self.table.item(row, col)
                    values.append(item.text().strip() if item else "")
            out.append(values)
        return out

    def set_headers(self, titles: list[str], add: str, remove: str) -> None:
        self.table.setHorizontalHeaderLabels(titles)
        self.addButton.setText(add)
        self.removeButton.setText(remove)


def _duplicate_line(hit) -> str:
    return f"{hit.full_name} — {hit.iin or '—'} — {show_day(hit.birth_date)}"


class RegistrationDialog(QDialog):
    saved = Signal(int)  # patient id
    open_existing = Signal(int)  # the receptionist chose the patient already registered

    def __init__(self, tasks: TaskRunner, operator: str, parent: QWidget | None = None,
                 record: Patient | None = None):
        super().__init__(parent)
        self.setObjectName("registrationDialog")
        self.tasks, self.operator, self.original = tasks, operator, record
        self._auto_birth = self._auto_sex = False
        self.status_left_open = False  # the receptionist chose to save without a legal status
        self.statusQuestion: QMessageBox | None = None
        self.duplicates: list = []
        self._existing_id: int | None = None  # the registered patient the warning points at
        self._accepted_duplicates: set[int] = set()  # saved over these consciously
        self._build()
        self.retranslate()
        self.tasks.submit(desk.organisations, self._fill_organisations)
        if record is not None:
            self._load(record)
        self._dup_timer = QTimer(self)
        self._dup_timer.setSingleShot(True)
        self._dup_timer.setInterval(300)
        self._dup_timer.timeout.connect(self._check_duplicates)
        for edit in (self.iinEdit, self.surnameEdit, self.givenNameEdit, self.birthDateEdit):
            edit.textChanged.connect(lambda _t: self._dup_timer.start())
        self.iinEdit.setFocus()

    # ------------------------------------------------------------ construction

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        return edit

    def _build(self) -> None:
        lang = current_lang()
        layout = QVBoxLayout(self)
        self.formError = QLabel()
        self.formError.setObjectName("formError")
        self.formError.setWordWrap(True)
        self.formError.setStyleSheet("QLabel { color: #c62828; font-weight: bold; }")
        self.formError.setVisible(False)
        self.duplicateWarning = QLabel()
        self.duplicateWarning.setObjectName("duplicateWarning")
        self.duplicateWarning.setWordWrap(True)
        self.duplicateWarning.setStyleSheet("QLabel { background: #fff3e0; padding: 4px; }")
        self.duplicateWarning.setVisible(False)
        self.openExistingButton = QPushButton()
        self.openExistingButton.setObjectName("openExistingButton")
        self.openExistingButton.setVisible(False)
        self.openExistingButton.setAutoDefault(False)
        self.openExistingButton.clicked.connect(self._open_existing)
        layout.addWidget(self.formError)
        warning = QHBoxLayout()
        warning.addWidget(self.duplicateWarning, 1)
        warning.addWidget(self.openExistingButton, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(warning)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        # identity
        identity = QWidget()
        form = QFormLayout(identity)
        self.iinEdit = self._line("iinEdit")
        self.iinEdit.setMaxLength(12)
        self.iinHint = QLabel()
        self.iinHint.setObjectName("iinHint")
        self.iinHint.setWordWrap(True)
        self.surnameEdit = self._line("surnameEdit")
        self.givenNameEdit = self._line("givenNameEdit")
        self.patronymicEdit = self._line("patronymicEdit")
        self.latinSurnameEdit = self._line("latinSurnameEdit")
        self.latinGivenNameEdit = self._line("latinGivenNameEdit")
        self.birthDateEdit = self._line("birthDateEdit")
        self.birthHint = QLabel()
        self.birthHint.setObjectName("birthHint")
        self.birthHint.setStyleSheet("QLabel { color: #ef6c00; }")
        self.sexCombo = QComboBox()
        self.sexCombo.setObjectName("sexCombo")
        self.citizenshipEdit = self._line("citizenshipEdit")
        self.citizenshipEdit.setMaxLength(3)
        self.addressEdit = self._line("addressEdit")
        self.phoneEdit = self._line("phoneEdit")
        self.attachedOrg = QComboBox()
        self.attachedOrg.setObjectName("attachedOrg")
        self.attachedOrg.addItem("—", None)
        self._titles: dict[str, QLabel] = {}
        rows = [("iin", self.iinEdit), ("iinHint", self.iinHint), ("surname", self.surnameEdit),
                ("given", self.givenNameEdit), ("patronymic", self.patronymicEdit),
                ("latinSurname", self.latinSurnameEdit), ("latinGiven", self.latinGivenNameEdit),
                ("birth", self.birthDateEdit), ("birthHint", self.birthHint), ("sex", self.sexCombo),
                ("citizenship", self.citizenshipEdit), ("address", self.addressEdit),
                ("phone", self.phoneEdit), ("org", self.attachedOrg)]
        for key, widget in rows:
            title = QLabel()
            title.setBuddy(widget)
            self._titles[key] = title
            form.addRow(title, widget)
        self.tabs.addTab(identity, "")

        # documents and legal status
        status_tab = QWidget()
        v = QVBoxLayout(status_tab)
        self.documents = _Table("documentsTable", [("combo", codes.DOCUMENT_KINDS), ("text", ""),
                                                   ("text", ""), ("text", "")])
        v.addWidget(self.documents)
        sform = QFormLayout()
        self.statusCombo = _coded_combo(codes.STATUSES, lang, with_empty=True)
        self.statusCombo.setObjectName("statusCombo")
        self.statusFromDocuments = QPushButton()
        self.statusFromDocuments.setObjectName("statusFromDocuments")
        self.statusFromDocuments.clicked.connect(self._status_from_documents)
        srow = QHBoxLayout()
        srow.addWidget(self.statusCombo, 1)
        srow.addWidget(self.statusFromDocuments)
        self.statusSinceEdit = self._line("statusSinceEdit")
        self.parentStatusCombo = _coded_combo(codes.STATUSES, lang, with_empty=True)
        self.parentStatusCombo.setObjectName("parentStatusCombo")
        self.kandasSinceEdit = self._line("kandasSinceEdit")
        for key, widget in (("status", srow), ("statusSince", self.statusSinceEdit),
                            ("parentStatus", self.parentStatusCombo), ("kandasSince", self.kandasSinceEdit)):
            title = QLabel()
            if isinstance(widget, QWidget):
                title.setBuddy(widget)
            else:
                title.setBuddy(self.statusCombo)
            self._titles[key] = title
            sform.addRow(title, widget)
        v.addLayout(sform)
        self.tabs.addTab(status_tab, "")

        # insurance evidence
        ins_tab = QWidget()
        iv = QVBoxLayout(ins_tab)
        iform = QFormLayout()
        self.fundAnswer = QComboBox()
        self.fundAnswer.setObjectName("fundAnswer")
        self.fundSource = QComboBox()
        self.fundSource.setObjectName("fundSource")
        self.fundCheckedOn = self._line("fundCheckedOn")
        self.vhiUntilEdit = self._line("vhiUntilEdit")
        self.fundHistory = QLabel()
        self.fundHistory.setObjectName("fundHistory")
        self.fundHistory.setWordWrap(True)
        for key, widget in (("fundAnswer", self.fundAnswer), ("fundSource", self.fundSource),
                            ("fundCheckedOn", self.fundCheckedOn), ("fundHistory", self.fundHistory),
                            ("vhiUntil", self.vhiUntilEdit)):
            title = QLabel()
            title.setBuddy(widget)
            self._titles[key] = title
            iform.addRow(title, widget)
        iv.addLayout(iform)
        self.categories = _Table("categoriesTable", [("combo", codes.CATEGORIES), ("text", ""), ("text", "")])
        self.payments = _Table("paymentsTable", [("combo", codes.PAYERS), ("text", ""), ("text", "")])
        self.categoriesTitle, self.paymentsTitle = QLabel(), QLabel()
        iv.addWidget(self.categoriesTitle)
        iv.addWidget(self.categories)
        iv.addWidget(self.paymentsTitle)
        iv.addWidget(self.payments)
        self.tabs.addTab(ins_tab, "")

        # conditions
        cond_tab = QWidget()
        cv = QVBoxLayout(cond_tab)
        self.conditions = _Table("conditionsTable", [("text", ""), ("text", ""), ("check", "")])
        cv.addWidget(self.conditions)
        self.pregnantCheck = QCheckBox()
        self.pregnantCheck.setObjectName("pregnantCheck")
        self.palliativeCheck = QCheckBox()
        self.palliativeCheck.setObjectName("palliativeCheck")
        cv.addWidget(self.pregnantCheck)
        cv.addWidget(self.palliativeCheck)
        self.tabs.addTab(cond_tab, "")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.saveButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.saveButton.setObjectName("saveButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.iinEdit.textChanged.connect(self._on_iin_typed)
        self.birthDateEdit.textEdited.connect(self._on_birth_typed)
        self.sexCombo.activated.connect(self._on_sex_chosen)
        self.resize(760, 640)

    # ------------------------------------------------------------ language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit patient") if self.original else self.tr("New patient"))
        # one word for Cancel on every dialog of the desk (Qt's own would differ)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        titles = {
            "iin": self.tr("&IIN"), "iinHint": "", "surname": self.tr("&Surname"),
            "given": self.tr("&Given name"), "patronymic": self.tr("&Patronymic"),
            "latinSurname": self.tr("Surname (Latin)"), "latinGiven": self.tr("Given name (Latin)"),
            "birth": self.tr("&Birth date"), "birthHint": "", "sex": self.tr("Se&x"),
            "citizenship": self.tr("Citizenship (ISO code)"), "address": self.tr("Address"),
            "phone": self.tr("Phone"), "org": self.tr("Attached PHC"),
            "status": self.tr("Legal s&tatus"), "statusSince": self.tr("Status since"),
            "parentStatus": self.tr("Parent's status (child on a parent's permit)"),
            "kandasSince": self.tr("Kandas since"),
            "fundAnswer": self.tr("Fund answer"), "fundSource": self.tr("Source"),
            "fundCheckedOn": self.tr("Checked on"), "fundHistory": self.tr("Earlier answers"),
            "vhiUntil": self.tr("VHI contract valid until"),
        }
        for key, title in titles.items():
            self._titles[key].setText(title)
        date_hint = self.tr("dd.mm.yyyy")
        for edit in (self.birthDateEdit, self.statusSinceEdit, self.kandasSinceEdit,
                     self.fundCheckedOn, self.vhiUntilEdit):
            edit.setPlaceholderText(date_hint)
        self.iinEdit.setPlaceholderText(self.tr("12 digits; birth date and sex are filled from it"))
        for i, title in enumerate((self.tr("Identity"), self.tr("Documents and status"),
                                   self.tr("Insurance"), self.tr("Conditions"))):
            self.tabs.setTabText(i, title)
        add, remove = self.tr("Add"), self.tr("Remove")
        self.documents.set_headers([self.tr("Document"), self.tr("Number"), self.tr("Issued"),
                                    self.tr("Valid until")], add, remove)
        self.categories.set_headers([self.tr("Category"), self.tr("From"), self.tr("To")], add, remove)
        self.payments.set_headers([self.tr("Payer"), self.tr("First month (yyyy-mm)"),
                                   self.tr("Last month (yyyy-mm)")], add, remove)
        self.conditions.set_headers([self.tr("ICD-10"), self.tr("Since"), self.tr("Dispensary")], add, remove)
        self.categoriesTitle.setText(self.tr("State-insured categories"))
        self.paymentsTitle.setText(self.tr("Contributions paid"))
        self.pregnantCheck.setText(self.tr("Pregnant"))
        self.palliativeCheck.setText(self.tr("On the palliative list"))
        self.statusFromDocuments.setText(self.tr("From &documents"))
        self.saveButton.setText(self.tr("&Save"))
        self.openExistingButton.setText(self.tr("&Open the registered patient"))
        self._refill(self.sexCombo, [(self.tr("not known"), None), (self.tr("male"), "M"),
                                     (self.tr("female"), "F")])
        self._refill(self.fundAnswer, [(self.tr("not asked"), None), (self.tr("insured"), True),
                                       (self.tr("not insured"), False)])
        self._refill(self.fundSource, [(self.tr("Fund service"), "fund_service"),
                                       (self.tr("phone"), "phone"), (self.tr("paper"), "paper")])
        self._on_iin_typed(self.iinEdit.text())

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for label, data in items:
            combo.addItem(label, data)
        _set_combo(combo, current)
        combo.blockSignals(False)

    # ------------------------------------------------------------ loading

    def prefill_from_search(self, typed: str) -> None:
        """What was typed in the search box becomes the IIN or the names of the new patient."""
        if not typed:
            return
        if typed.isdigit():
            self.iinEdit.setText(typed[:12])
            return
        parts = typed.split()
        if parts:
            self.surnameEdit.setText(parts[0].capitalize())
        if len(parts) > 1:
            self.givenNameEdit.setText(parts[1].capitalize())
        if len(parts) > 2:
            self.patronymicEdit.setText(parts[2].capitalize())

    def _fill_organisations(self, orgs) -> None:
        current = self.original.attached_org if self.original else self.attachedOrg.currentData()
        lang = current_lang()
        for org in orgs:
            if org.kind in ("phc", "clinic") or org.is_self:
                self.attachedOrg.addItem(org.name_kk if lang == "kk" else org.name_ru, org.code)
        if current and self.attachedOrg.findData(current) < 0:
            self.attachedOrg.addItem(current, current)
        _set_combo(self.attachedOrg, current)

    def _load(self, rec: Patient) -> None:
        self.iinEdit.setText(rec.iin or "")
        self.surnameEdit.setText(rec.surname)
        self.givenNameEdit.setText(rec.given_name)
        self.patronymicEdit.setText(rec.patronymic or "")
        self.latinSurnameEdit.setText(rec.latin_surname or "")
        self.latinGivenNameEdit.setText(rec.latin_given_name or "")
        self.birthDateEdit.setText(show_day(rec.birth_date))
        _set_combo(self.sexCombo, rec.sex)
        self._auto_birth = self._auto_sex = False
        self.citizenshipEdit.setText(rec.citizenship or "")
        self.addressEdit.setText(rec.address or "")
        self.phoneEdit.setText(rec.phone or "")
        for d in rec.documents:
            self.documents.add_row([d.kind, d.number, show_day(d.issued_on), show_day(d.valid_until)])
        if rec.legal_status:
            s = rec.legal_status
            _set_combo(self.statusCombo, s.status)
            self.statusSinceEdit.setText(show_day(s.since))
            _set_combo(self.parentStatusCombo, s.parent_status)
            self.kandasSinceEdit.setText(show_day(s.kandas_since))
        for c in rec.categories:
            self.categories.add_row([c.code, show_day(c.valid_from), show_day(c.valid_to)])
        for p in rec.payments:
            self.payments.add_row([p.payer, p.first_month, p.last_month])
        for c in rec.conditions:
            self.conditions.add_row([c.code, show_day(c.since), c.dispensary])
        self.pregnantCheck.setChecked(rec.pregnant)
        self.palliativeCheck.setChecked(rec.palliative)
        self.vhiUntilEdit.setText(show_day(rec.vhi_until))
        self.fundHistory.setText("\n".join(
            f"{f.checked_at:%d.%m.%Y} — {'+' if f.insured else '−'} ({f.source})" for f in rec.fund_checks) or "—")

    # ------------------------------------------------------------ IIN as typed

    def _on_iin_typed(self, typed: str) -> None:
        typed = typed.strip()
        if not typed:
            self.iinHint.setText(self.tr("No IIN: the patient gets a local number."))
            self.iinHint.setStyleSheet("")
            return
        if typed.isdigit() and len(typed) < 12:
            self.iinHint.setText(self.tr("%1 of 12 digits").replace("%1", str(len(typed))))
            self.iinHint.setStyleSheet("")
            return
        info = parse_iin(typed)
        if not info.valid:
            self.iinHint.setText("✗ " + text(info.error))
            self.iinHint.setStyleSheet("QLabel { color: #c62828; }")
            return
        sex = self.tr("male") if info.sex == "M" else self.tr("female")
        self.iinHint.setText("✓ " + self.tr("valid: born %1, %2").replace("%1", show_day(info.birth_date))
                             .replace("%2", sex))
        self.iinHint.setStyleSheet("QLabel { color: #2e7d32; }")
        if not self.birthDateEdit.text().strip() or self._auto_birth:
            self.birthDateEdit.setText(show_day(info.birth_date))
            self._auto_birth = True
        if self.sexCombo.currentData() is None or self._auto_sex:
            _set_combo(self.sexCombo, info.sex)
            self._auto_sex = True
        self._check_against_iin()

    def _on_birth_typed(self, _text: str) -> None:
        self._auto_birth = False
        self._check_against_iin()

    def _on_sex_chosen(self, _index: int) -> None:
        self._auto_sex = False
        self._check_against_iin()

    def _check_against_iin(self) -> None:
        """A typed birth date or sex that disagrees with the IIN is a warning, not a refusal."""
        info = parse_iin(self.iinEdit.text())
        warnings = []
        if info.valid:
            try:
                born = parse_day(self.birthDateEdit.text())
            except ValueError:
                born = None
            if born and born != info.birth_date:
                warnings.append(self.tr("birth date differs from the IIN (%1)").replace("%1", show_day(info.birth_date)))
            sex = self.sexCombo.currentData()
            if sex and sex != info.sex:
                warnings.append(self.tr("sex differs from the IIN"))
        self.birthHint.setText("⚠ " + "; ".join(warnings) if warnings else "")

    def _status_from_documents(self) -> None:
        kinds = [row[0] for row in self.documents.values()]
        status = desk.status_from_documents(kinds, self.citizenshipEdit.text().strip().upper() or None)
        if status:
            _set_combo(self.statusCombo, status)
        self.statusCombo.setFocus()

    # ------------------------------------------------------------ duplicates

    def _check_duplicates(self) -> None:
        try:
            record = self.record(strict=False)
        except FormError:
            return
        if not (record.iin or (record.surname and record.given_name)):
            self._show_duplicates([])
            return
        self.tasks.submit(lambda s: desk.duplicates(s, record), self._show_duplicates,
                          self._duplicate_refused, channel="duplicates")

    def _duplicate_refused(self, exc: BaseException) -> None:
        """The IIN belongs to someone already registered: say so before anything is saved."""
        if not isinstance(exc, BadInput):
            report_failure(exc, self)
            return
        self.duplicates = []
        self._warn(text(exc.message), getattr(exc, "patient_id", None))

    def _show_duplicates(self, hits) -> None:
        self.duplicates = list(hits)
        if not hits:
            self._warn("", None)
            return
        self._warn(self.tr("Possible duplicates — check before saving:") + "\n" + "\n".join(
            _duplicate_line(h) for h in hits[:5]), hits[0].id)

    def _warn(self, message: str, existing_id: int | None) -> None:
        """The warning above the form, with a way to the registered patient when there is one."""
        self._existing_id = existing_id
        self.duplicateWarning.setText(message)
        self.duplicateWarning.setVisible(bool(message))
        self.openExistingButton.setVisible(bool(message) and existing_id is not None)

    def _open_existing(self) -> None:
        if self._existing_id is None:
            return
        self.open_existing.emit(self._existing_id)
        self.reject()

    def _ask_over_duplicates(self, record: Patient, hits) -> None:
        """Saving a second record of someone who looks registered needs an explicit choice;
        Enter opens the registered patient instead, Esc goes back to the form."""
        self._show_duplicates(hits)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Possible duplicate"),
                          self.tr("This person may be registered already:") + "\n\n" + "\n".join(
                              _duplicate_line(h) for h in hits[:5]) + "\n\n" +
                          self.tr("Open the registered patient, or save a second record anyway?"),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("duplicateConfirm")
        open_button = box.addButton(self.tr("Open the registered patient"), QMessageBox.ButtonRole.AcceptRole)
        open_button.setObjectName("duplicateOpenButton")
        save_button = box.addButton(self.tr("Save as a new patient"), QMessageBox.ButtonRole.DestructiveRole)
        save_button.setObjectName("saveAnywayButton")
        back = box.addButton(self.tr("Back to the form"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        box.setEscapeButton(back)

        def chosen(button) -> None:
            if button is open_button:
                self._open_existing()
            elif button is save_button:
                self._accepted_duplicates.update(h.id for h in hits)
                self._submit(record)
        box.buttonClicked.connect(chosen)
        box.open()

    # ------------------------------------------------------------ saving

    def _day(self, edit: QLineEdit, field: str, strict: bool) -> date | None:
        try:
            return parse_day(edit.text())
        except ValueError:
            if strict:
                raise FormError(field, self.tr("Not a date: %1 (write dd.mm.yyyy)").replace("%1", edit.text())) from None
            return None

    def _cell_day(self, value: str, field: str) -> date | None:
        try:
            return parse_day(value)
        except ValueError:
            raise FormError(field, self.tr("Not a date: %1 (write dd.mm.yyyy)").replace("%1", value)) from None

    def record(self, strict: bool = True) -> Patient:
        """What the form says, as a record (FormError for a field that cannot be read)."""
        docs = []
        for kind, number, issued, until in self.documents.values():
            docs.append(IdentityDocument(kind, number, self._cell_day(issued, "documents"),
                                         self._cell_day(until, "documents")))
        status = None
        if self.statusCombo.currentData():
            basis = basis_document(self.statusCombo.currentData(), docs, date.today())
            status = LegalStatus(self.statusCombo.currentData(), self._day(self.statusSinceEdit, "status", strict),
                                 self.parentStatusCombo.currentData(),
                                 self._day(self.kandasSinceEdit, "status", strict), basis)
        checks = list(self.original.fund_checks) if self.original else []
        if self.fundAnswer.currentData() is not None:
            on = self._day(self.fundCheckedOn, "fund", strict) or date.today()
            when = datetime.now().replace(microsecond=0) if on == date.today() else datetime(on.year, on.month, on.day, 12)
            checks.append(FundCheck(bool(self.fundAnswer.currentData()), when, self.fundSource.currentData()))
        cats = [CategoryGrant(code, self._cell_day(a, "categories"), self._cell_day(b, "categories"))
                for code, a, b in self.categories.values()]
        pays = [PaymentPeriod(payer, a, b or a) for payer, a, b in self.payments.values()]
        conds = [Diagnosis(code, self._cell_day(since, "conditions"), bool(disp))
                 for code, since, disp in self.conditions.values() if code]
        base = self.original or Patient(surname="", given_name="")
        return replace(
            base,
            iin=self.iinEdit.text().strip() or None,
            surname=self.surnameEdit.text().strip(), given_name=self.givenNameEdit.text().strip(),
            patronymic=self.patronymicEdit.text().strip() or None,
            latin_surname=self.latinSurnameEdit.text().strip() or None,
            latin_given_name=self.latinGivenNameEdit.text().strip() or None,
            birth_date=self._day(self.birthDateEdit, "birth_date", strict),
            sex=self.sexCombo.currentData(),
            citizenship=self.citizenshipEdit.text().strip().upper() or None,
            address=self.addressEdit.text().strip() or None, phone=self.phoneEdit.text().strip() or None,
            attached_org=self.attachedOrg.currentData(), legal_status=status, documents=docs,
            fund_checks=checks, categories=cats, payments=pays, conditions=conds,
            pregnant=self.pregnantCheck.isChecked(), palliative=self.palliativeCheck.isChecked(),
            vhi_until=self._day(self.vhiUntilEdit, "vhi", strict),
        )

    def save(self) -> None:
        try:
            record = self.record()
            desk.validate(record, date.today())  # what the save would refuse, before asking
        except FormError as exc:
            self._show_error(exc.field, exc.message)
            return
        except BadInput as exc:
            self._show_error(exc.field or "", text(exc.message))
            return
        if record.legal_status is None and not self.status_left_open:
            self._ask_about_status(record)
            return
        self._save_checked(record)

    def _save_checked(self, record: Patient) -> None:
        self.saveButton.setEnabled(False)
        # the duplicates are asked again now: Enter may come before the warning has appeared
        self.tasks.submit(lambda s: desk.duplicates(s, record),
                          lambda hits: self._save_unless_duplicate(record, hits), self._failed)

    def _save_unless_duplicate(self, record: Patient, hits) -> None:
        if any(h.id not in self._accepted_duplicates for h in hits):
            self.saveButton.setEnabled(True)
            self._ask_over_duplicates(record, hits)
            return
        self._submit(record)

    def _ask_about_status(self, record: Patient) -> None:
        """No legal status: ask before saving. The safe answer (fill it in) is the default, so
        Enter or Escape never saves a patient whose care the desk cannot decide."""
        box = QMessageBox(self)
        box.setObjectName("statusQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Legal status"))
        box.setText(self.tr("The legal status is not filled in."))
        box.setInformativeText(self.tr(
            "Without it the desk cannot say who pays for planned care: the card will show "
            "\"status unknown — ask for a document\". Emergency care is never blocked."))
        fill = box.addButton(self.tr("Fill in the &status"), QMessageBox.ButtonRole.RejectRole)
        fill.setObjectName("fillStatusButton")
        leave = box.addButton(self.tr("Save with status &unknown"), QMessageBox.ButtonRole.AcceptRole)
        leave.setObjectName("saveStatusUnknownButton")
        box.setDefaultButton(fill)
        box.setEscapeButton(fill)

        def answered(button) -> None:
            self.statusQuestion = None
            self.activateWindow()  # the keyboard comes back to the form
            if button is leave:
                self.status_left_open = True
                self._save_checked(record)
            else:
                self.tabs.setCurrentIndex(1)
                self.statusCombo.setFocus(Qt.FocusReason.OtherFocusReason)

        box.buttonClicked.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.statusQuestion = box
        box.open()

    def _submit(self, record: Patient) -> None:
        self.saveButton.setEnabled(False)
        self.tasks.submit(lambda s: desk.save_registration(s, record, today=date.today()),
                          self._saved, self._failed)

    def _saved(self, patient_id: int) -> None:
        self.saveButton.setEnabled(True)
        self.saved.emit(patient_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.saveButton.setEnabled(True)
        if isinstance(exc, BadInput):
            self._show_error(exc.field or "", text(exc.message))
            if isinstance(exc, AlreadyRegistered):
                self._warn(text(exc.message), exc.patient_id)
            return
        report_failure(exc, self)

    def _show_error(self, field: str, message: str) -> None:
        """Show the reason and put the cursor where it is; nothing typed is lost."""
        self.formError.setText(message)
        self.formError.setVisible(True)
        targets = {
            "iin": (0, self.iinEdit), "surname": (0, self.surnameEdit), "given_name": (0, self.givenNameEdit),
            "birth_date": (0, self.birthDateEdit), "sex": (0, self.sexCombo),
            "status": (1, self.statusCombo), "parent_status": (1, self.parentStatusCombo),
            "documents": (1, self.documents.table), "fund": (2, self.fundCheckedOn),
            "vhi": (2, self.vhiUntilEdit), "categories": (2, self.categories.table),
            "payments": (2, self.payments.table), "conditions": (3, self.conditions.table),
        }
        tab, widget = targets.get(field, (self.tabs.currentIndex(), None))
        self.tabs.setCurrentIndex(tab)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
