"""The referral register: find issued referrals by number, IIN, date and service; look at one,
print it again (marked a copy, recorded) or void it with a reason.

Every search, look and write runs on the desk's TaskRunner; the dialog never waits on the
database.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from domain.codes import SERVICES
from domain.messages import BadInput
from services import referrals, register
from ui.crash import report_failure
from ui.models.register_model import (
    COL_COPIES,
    COL_PATIENT,
    COL_SERVICE,
    COL_TARGET,
    LINE_ROLE,
    RegisterModel,
)
from ui.pdf_preview import PdfPreview, print_document
from ui.tasks import TaskRunner
from ui.translations import current_lang, text
from ui.views.registration_dialog import parse_day
from ui.views.void_dialog import VoidDialog
from ui.widgets.tables import read_only_list

SEARCH_CHANNEL = "register.search"
PREVIEW_CHANNEL = "register.preview"
SEARCH_DELAY_MS = 250  # typing a number key by key searches once, after a pause
PAGE = 200  # rows listed at most; the count says how many match in all
INVALID_STYLE = "QLineEdit { border: 2px solid #c62828; }"


def _ask_printer(parent: QWidget) -> QPrinter | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


class ReferralRegisterDialog(QDialog):
    searched = Signal(int)  # rows shown
    reprinted = Signal(str)  # the number printed again
    voided = Signal(str)  # the number voided
    failed = Signal(str)

    def __init__(self, tasks: TaskRunner, operator: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("referralRegisterDialog")
        self.tasks, self.operator = tasks, operator
        self.lang = current_lang()
        self.total = 0
        self._closed = False
        self._writes = 0
        self._shown_number: str | None = None
        self._date_hint = False
        # Hook for the system print dialog, so that tests can answer it without a modal loop.
        self.printer_provider: Callable[[], QPrinter | None] = lambda: _ask_printer(self)
        self._build()
        self.retranslate()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search)
        for edit in (self.registerNumberEdit, self.registerIinEdit, self.registerFromDate,
                     self.registerToDate):
            edit.textChanged.connect(lambda _t: self._search_timer.start())
            edit.returnPressed.connect(self._search_now)
        self.registerServiceCombo.currentIndexChanged.connect(lambda _i: self.search())
        self.registerVoidedCheck.toggled.connect(lambda _c: self.search())
        self.search()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.registerNumberEdit = QLineEdit(objectName="registerNumberEdit")
        self.registerIinEdit = QLineEdit(objectName="registerIinEdit")
        self.registerIinEdit.setMaxLength(32)
        self.registerFromDate = QLineEdit(objectName="registerFromDate")
        self.registerToDate = QLineEdit(objectName="registerToDate")
        for edit in (self.registerFromDate, self.registerToDate):
            edit.setMaxLength(10)
            edit.setMaximumWidth(110)
        self.registerServiceCombo = QComboBox(objectName="registerServiceCombo")
        self.registerServiceCombo.addItem("", None)
        for entry in SERVICES:
            self.registerServiceCombo.addItem(entry.name.in_lang(self.lang), entry.code)
        self.registerVoidedCheck = QCheckBox(objectName="registerVoidedCheck")
        self.registerVoidedCheck.setChecked(True)
        self.filter_labels = [QLabel() for _ in range(5)]
        filters = QGridLayout()
        fields = (self.registerNumberEdit, self.registerIinEdit, self.registerFromDate,
                  self.registerToDate, self.registerServiceCombo)
        for col, (label, widget) in enumerate(zip(self.filter_labels, fields, strict=True)):
            label.setBuddy(widget)
            filters.addWidget(label, 0, col)
            filters.addWidget(widget, 1, col)
        filters.addWidget(self.registerVoidedCheck, 1, len(fields))
        filters.setColumnStretch(0, 2)
        filters.setColumnStretch(1, 2)
        filters.setColumnStretch(4, 3)

        self.registerCount = QLabel(objectName="registerCount")
        self.model = RegisterModel(self, self.lang)
        self.registerView = read_only_list("registerView", self.model, row_height=24, single=True)
        header = self.registerView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for col in (COL_PATIENT, COL_SERVICE, COL_COPIES, COL_TARGET):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_PATIENT, 175)
        header.resizeSection(COL_SERVICE, 140)
        header.resizeSection(COL_COPIES, 64)
        header.setStretchLastSection(True)  # where it was referred to takes what is left
        self.registerPreview = PdfPreview(self)
        self.registerPreview.setObjectName("registerPreview")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.registerView)
        splitter.addWidget(self.registerPreview)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([990, 330])

        self.registerStatus = QLabel(objectName="registerStatus")
        self.registerStatus.setWordWrap(True)
        self.registerReprintButton = QPushButton(objectName="registerReprintButton")
        self.registerVoidButton = QPushButton(objectName="registerVoidButton")
        self.registerCloseButton = QPushButton(objectName="registerCloseButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.registerReprintButton)
        buttons.addWidget(self.registerVoidButton)
        buttons.addWidget(self.registerStatus, 1)
        buttons.addWidget(self.registerCloseButton)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.registerCount)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1340, 700)  # on a 1366×768 screen

        self.registerView.selectionModel().currentRowChanged.connect(lambda _c, _p: self._on_row())
        self.registerView.activated.connect(lambda _i: self.reprint())
        self.registerReprintButton.clicked.connect(self.reprint)
        self.registerVoidButton.clicked.connect(self.void)
        self.registerCloseButton.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.reprint)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.registerView, activated=self.void)
        self.setTabOrder(self.registerNumberEdit, self.registerIinEdit)
        self.setTabOrder(self.registerIinEdit, self.registerFromDate)
        self.setTabOrder(self.registerFromDate, self.registerToDate)
        self.setTabOrder(self.registerToDate, self.registerServiceCombo)
        self.setTabOrder(self.registerServiceCombo, self.registerVoidedCheck)
        self.setTabOrder(self.registerVoidedCheck, self.registerView)
        self.setTabOrder(self.registerView, self.registerReprintButton)
        self.setTabOrder(self.registerReprintButton, self.registerVoidButton)
        self.setTabOrder(self.registerVoidButton, self.registerCloseButton)
        self.registerNumberEdit.setFocus()
        self._update_buttons()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Referral register"))
        titles = (self.tr("&Number"), self.tr("&IIN"), self.tr("&From"), self.tr("&To"),
                  self.tr("Ser&vice"))
        for label, title in zip(self.filter_labels, titles, strict=True):
            label.setText(title)
        self.registerNumberEdit.setPlaceholderText(self.tr("any part, e.g. 000042"))
        self.registerIinEdit.setPlaceholderText(self.tr("IIN or local number"))
        for edit in (self.registerFromDate, self.registerToDate):
            edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.registerServiceCombo.setItemText(0, self.tr("(any service)"))
        for i, entry in enumerate(SERVICES, start=1):
            self.registerServiceCombo.setItemText(i, entry.name.in_lang(self.lang))
        self.registerVoidedCheck.setText(self.tr("Show voided"))
        self.registerReprintButton.setText(self.tr("&Print a copy… (Enter, Ctrl+P)"))
        self.registerVoidButton.setText(self.tr("V&oid… (Del)"))
        self.registerCloseButton.setText(self.tr("Close"))
        self.registerPreview.retranslate()
        self.registerPreview.empty_notice.setText(self.tr("Choose a referral to see its slip."))
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.lang = current_lang()
            self.model.set_lang(self.lang)
            self.retranslate()
        super().changeEvent(event)

    # --- searching ------------------------------------------------------------------------------

    def _day(self, edit: QLineEdit) -> tuple[bool, date | None]:
        try:
            day = parse_day(edit.text())
        except ValueError:
            edit.setStyleSheet(INVALID_STYLE)
            return False, None
        edit.setStyleSheet("")
        return True, day

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.search()

    def search(self) -> None:
        """List the referrals matching the filters (a date being typed waits until whole)."""
        ok_from, day_from = self._day(self.registerFromDate)
        ok_to, day_to = self._day(self.registerToDate)
        if not (ok_from and ok_to):
            self.registerStatus.setText(self.tr("Type the date as dd.mm.yyyy."))
            self._date_hint = True
            return
        if self._date_hint:  # only the date hint goes; what was printed or voided stays said
            self.registerStatus.setText("")
            self._date_hint = False
        number, iin = self.registerNumberEdit.text(), self.registerIinEdit.text()
        service = self.registerServiceCombo.currentData()
        include_voided = self.registerVoidedCheck.isChecked()
        self.tasks.submit(lambda s: register.search_referrals(
            s, number=number, iin=iin, date_from=day_from, date_to=day_to, service=service,
            include_voided=include_voided, limit=PAGE), self._on_found, self._on_failed,
            channel=SEARCH_CHANNEL)

    def _on_found(self, page: register.RegisterPage) -> None:
        if self._closed:
            return
        keep = self.current_number()
        self.total = page.total
        self.model.set_lines(page.lines)
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and page.lines:
            row = 0
        if row >= 0:
            self.registerView.selectRow(row)
        else:
            self._on_row()
        self._show_count()
        self._update_buttons()
        self.searched.emit(len(page.lines))

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        if shown < self.total:
            self.registerCount.setText(self.tr("Referrals found: %1 (the newest %2 are listed)")
                                       .replace("%1", str(self.total)).replace("%2", str(shown)))
        else:
            self.registerCount.setText(self.tr("Referrals found: %1").replace("%1", str(self.total)))

    # --- one referral ---------------------------------------------------------------------------

    def current_line(self):
        index = self.registerView.currentIndex()
        return self.model.data(self.model.index(index.row(), 0), LINE_ROLE) if index.isValid() else None

    def current_number(self) -> str | None:
        line = self.current_line()
        return line.number if line is not None else None

    def _on_row(self) -> None:
        self._update_buttons()
        number = self.current_number()
        if number is None:
            self._shown_number = None
            self.registerPreview.clear()
            return
        if number == self._shown_number:
            return
        self._shown_number = number
        self.tasks.submit(lambda s: register.show_referral(s, number), self._on_slip,
                          self._on_failed, channel=PREVIEW_CHANNEL)

    def _on_slip(self, pdf: bytes) -> None:
        if not self._closed:
            self.registerPreview.load_bytes(pdf)

    def _update_buttons(self) -> None:
        line = self.current_line()
        idle = self._writes == 0
        self.registerReprintButton.setEnabled(line is not None and idle)
        self.registerVoidButton.setEnabled(line is not None and line.voided_at is None and idle)

    def reprint(self) -> None:
        """Print the selected referral again: a copy, marked so and recorded in the register
        (a voided one is marked voided)."""
        number = self.current_number()
        if number is None or self._writes:
            return
        printer = self.printer_provider()
        if printer is None:
            return
        self._writes += 1
        self._update_buttons()
        self.registerStatus.setText(self.tr("Printing a copy…"))

        def printed(copy: referrals.IssuedReferral) -> None:
            self._writes -= 1
            if self._closed:
                return
            self.registerPreview.load_bytes(copy.pdf)
            self._shown_number = copy.number
            pages = print_document(self.registerPreview.document, printer)
            self.registerStatus.setText(self.tr("Copy of No. %1 sent to the printer: %n page(s).",
                                                "", pages).replace("%1", copy.number))
            self.reprinted.emit(copy.number)
            self.search()  # the copies column counts it

        self.tasks.submit(lambda s: referrals.reprint_referral(s, number),
                          printed, self._on_write_failed)

    def void(self) -> None:
        """Ask for the reason and void the selected referral."""
        line = self.current_line()
        if line is None or line.voided_at is not None or self._writes:
            return
        patient = f"{line.patient_name} ({line.patient_ident})" if line.patient_ident \
            else line.patient_name
        dialog = VoidDialog.for_referral(self.tasks, line.number, patient, self.operator, self)
        dialog.voided.connect(lambda v: self._on_voided(v.key))
        dialog.open()

    def _on_voided(self, number: str) -> None:
        if self._closed:
            return
        self._shown_number = None  # the slip shown is now marked voided
        self.registerStatus.setText(self.tr("Referral No. %1 voided.").replace("%1", number))
        self.voided.emit(number)
        self.search()

    # --- failures and closing -------------------------------------------------------------------

    def _on_write_failed(self, exc: BaseException) -> None:
        self._writes -= 1
        if not self._closed:
            self._update_buttons()
            self._on_failed(exc)

    def _on_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        if isinstance(exc, BadInput):
            message = text(exc.message)
            self.registerStatus.setText(message)
            self.failed.emit(message)
            return
        report_failure(exc, self)

    def done(self, result: int) -> None:
        self._closed = True  # answers still on their way find the register gone
        self._search_timer.stop()
        super().done(result)


def open_referral_register(parent: QWidget | None, tasks: TaskRunner, operator: str) -> ReferralRegisterDialog:
    """Open the register, window-modal over the desk, without blocking the caller."""
    dialog = ReferralRegisterDialog(tasks, operator, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
