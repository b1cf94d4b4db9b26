"""The first-run setup, before the desk on a fresh computer (and again from Settings): the clinic,
where the data lives (and the hub a desk on its own file syncs with) and this desk's site prefix,
the paper, the first administrator.

Keyboard first: Tab walks the fields in order, Enter goes to the next page (on the last one it
finishes), Esc cancels and writes nothing. The connection test of a server and the setup itself
run off the GUI thread (ui/tasks.py). What is stored, and where, is the composition root's: the
dialog gets `apply(answers, desk_id)` and `probe(url, desk_id)` from ui/app.py.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import replace

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from domain.messages import BadInput
from services.setup import (
    PAPERS,
    AdminAccount,
    SetupAnswers,
    check_admin,
    check_clinic,
    check_place,
    check_server_url,
    normalise_server_url,
    shown_hub,
    suggest_prefix,
)
from ui import translations
from ui.tasks import TaskRunner

PAGES = ("clinic", "data", "admin")


class _NoDatabase:
    """The setup's worker runs before any database is open: its tasks get no session."""

    @contextmanager
    def begin(self):
        yield None


class SetupDialog(QDialog):
    """Emits `configured(result)` with what `apply` returned, then accepts."""

    configured = Signal(object)

    def __init__(self, parent: QWidget | None, *, apply: Callable[[SetupAnswers, str], object],
                 probe: Callable[[str, str], dict], desk_id: str,
                 initial: SetupAnswers | None = None):
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self._apply, self._probe, self.desk_id = apply, probe, desk_id
        self.tasks = TaskRunner(_NoDatabase(), self, threads=1)
        self.result_value: object = None
        self._taken: set[str] = set()
        self._tested_url: str | None = None  # the server URL whose test succeeded
        self._tested_hub: str | None = None  # the hub URL whose test succeeded
        self._hub_kept = ""  # the hub named before: shown without its password, kept unless changed
        self._prefix_suggested = initial is None or not initial.site_prefix
        self._working = False
        self._build()
        self._fill(initial)
        self.retranslate()
        self._show_page(0)

    # --- building -------------------------------------------------------------------------------

    def _line(self, name: str, max_length: int | None = None) -> QLineEdit:
        edit = QLineEdit(objectName=name)
        if max_length:
            edit.setMaxLength(max_length)
        return edit

    def _build(self) -> None:
        self.setupTitle = QLabel(objectName="setupTitle")
        font = self.setupTitle.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.setupTitle.setFont(font)
        self.setupStepLabel = QLabel(objectName="setupStepLabel")
        self.setupPages = QStackedWidget(objectName="setupPages")

        # 1. the clinic
        self.setupLanguageCombo = QComboBox(objectName="setupLanguageCombo")
        for lang, name in translations.LANGUAGE_NAMES.items():
            self.setupLanguageCombo.addItem(name, lang)
        self.setupClinicKkEdit = self._line("setupClinicKkEdit", 300)
        self.setupClinicRuEdit = self._line("setupClinicRuEdit", 300)
        self.setupBinEdit = self._line("setupBinEdit", 12)
        self.setupBinEdit.setInputMask("")
        self.setupAddressEdit = self._line("setupAddressEdit", 300)
        self.setupPhoneEdit = self._line("setupPhoneEdit", 40)
        clinic = QWidget(objectName="setupClinicPage")
        form = QFormLayout(clinic)
        self.clinic_labels = [QLabel() for _ in range(6)]
        for label, widget in zip(self.clinic_labels, (
                self.setupLanguageCombo, self.setupClinicKkEdit, self.setupClinicRuEdit,
                self.setupBinEdit, self.setupAddressEdit, self.setupPhoneEdit), strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)

        # 2. the data and this desk
        self.setupLocalRadio = QRadioButton(objectName="setupLocalRadio")
        self.setupServerRadio = QRadioButton(objectName="setupServerRadio")
        self.place_group = QButtonGroup(self)
        self.place_group.addButton(self.setupLocalRadio)
        self.place_group.addButton(self.setupServerRadio)
        self.setupLocalRadio.setChecked(True)
        self.setupServerUrlEdit = self._line("setupServerUrlEdit", 500)
        self.setupServerUrlEdit.setPlaceholderText("postgresql://user:password@server/tirkeu")
        self.setupTestButton = QPushButton(objectName="setupTestButton")
        self.setupTestButton.setAutoDefault(False)
        self.setupTestResult = QLabel(objectName="setupTestResult")
        self.setupTestResult.setWordWrap(True)
        self.setupPrefixEdit = self._line("setupPrefixEdit", 12)
        self.setupPrefixHint = QLabel(objectName="setupPrefixHint")
        self.setupPrefixHint.setWordWrap(True)
        self.setupPaperCombo = QComboBox(objectName="setupPaperCombo")
        self.setupPaperCombo.addItems(list(PAPERS))
        data = QWidget(objectName="setupDataPage")
        page = QVBoxLayout(data)
        self.placeBox = QGroupBox()
        place = QVBoxLayout(self.placeBox)
        place.addWidget(self.setupLocalRadio)
        place.addWidget(self.setupServerRadio)
        server = QHBoxLayout()
        self.serverLabel = QLabel()
        self.serverLabel.setBuddy(self.setupServerUrlEdit)
        server.addWidget(self.serverLabel)
        server.addWidget(self.setupServerUrlEdit, 1)
        server.addWidget(self.setupTestButton)
        place.addLayout(server)
        place.addWidget(self.setupTestResult)
        hub = QHBoxLayout()
        self.hubLabel = QLabel()
        self.setupHubUrlEdit = self._line("setupHubUrlEdit", 500)
        self.setupHubUrlEdit.setPlaceholderText("postgresql://user:password@hub/tirkeu")
        self.hubLabel.setBuddy(self.setupHubUrlEdit)
        self.setupHubTestButton = QPushButton(objectName="setupHubTestButton")
        self.setupHubTestButton.setAutoDefault(False)
        hub.addWidget(self.hubLabel)
        hub.addWidget(self.setupHubUrlEdit, 1)
        hub.addWidget(self.setupHubTestButton)
        place.addLayout(hub)
        self.setupHubResult = QLabel(objectName="setupHubResult")
        self.setupHubResult.setWordWrap(True)
        place.addWidget(self.setupHubResult)
        page.addWidget(self.placeBox)
        self.deskBox = QGroupBox()
        desk = QFormLayout(self.deskBox)
        self.prefixLabel, self.paperLabel = QLabel(), QLabel()
        self.prefixLabel.setBuddy(self.setupPrefixEdit)
        self.paperLabel.setBuddy(self.setupPaperCombo)
        desk.addRow(self.prefixLabel, self.setupPrefixEdit)
        desk.addRow("", self.setupPrefixHint)
        desk.addRow(self.paperLabel, self.setupPaperCombo)
        page.addWidget(self.deskBox)
        page.addStretch(1)

        # 3. the first administrator
        self.setupAdminNameEdit = self._line("setupAdminNameEdit", 200)
        self.setupAdminLoginEdit = self._line("setupAdminLoginEdit", 32)
        self.setupAdminPasswordEdit = self._line("setupAdminPasswordEdit", 200)
        self.setupAdminRepeatEdit = self._line("setupAdminRepeatEdit", 200)
        for edit in (self.setupAdminPasswordEdit, self.setupAdminRepeatEdit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.setupAdminNote = QLabel(objectName="setupAdminNote")
        self.setupAdminNote.setWordWrap(True)
        admin = QWidget(objectName="setupAdminPage")
        form = QFormLayout(admin)
        form.addRow(self.setupAdminNote)
        self.admin_labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.admin_labels, (
                self.setupAdminNameEdit, self.setupAdminLoginEdit, self.setupAdminPasswordEdit,
                self.setupAdminRepeatEdit), strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)

        for widget in (clinic, data, admin):
            self.setupPages.addWidget(widget)

        self.setupErrorLabel = QLabel(objectName="setupErrorLabel")
        self.setupErrorLabel.setWordWrap(True)
        self.setupErrorLabel.setStyleSheet("color: #b00020;")
        self.setupBackButton = QPushButton(objectName="setupBackButton")
        self.setupNextButton = QPushButton(objectName="setupNextButton")
        self.setupCancelButton = QPushButton(objectName="setupCancelButton")
        self.setupBackButton.setAutoDefault(False)
        self.setupCancelButton.setAutoDefault(False)
        self.setupNextButton.setDefault(True)  # Enter: the next page, or finish
        buttons = QHBoxLayout()
        buttons.addWidget(self.setupStepLabel)
        buttons.addStretch(1)
        buttons.addWidget(self.setupBackButton)
        buttons.addWidget(self.setupNextButton)
        buttons.addWidget(self.setupCancelButton)
        layout = QVBoxLayout(self)
        layout.addWidget(self.setupTitle)
        layout.addWidget(self.setupPages, 1)
        layout.addWidget(self.setupErrorLabel)
        layout.addLayout(buttons)

        # Tab walks the fields page by page, then the buttons.
        order = [self.setupLanguageCombo, self.setupClinicKkEdit, self.setupClinicRuEdit,
                 self.setupBinEdit, self.setupAddressEdit, self.setupPhoneEdit,
                 self.setupLocalRadio, self.setupServerRadio, self.setupServerUrlEdit,
                 self.setupTestButton, self.setupHubUrlEdit, self.setupHubTestButton,
                 self.setupPrefixEdit, self.setupPaperCombo,
                 self.setupAdminNameEdit, self.setupAdminLoginEdit, self.setupAdminPasswordEdit,
                 self.setupAdminRepeatEdit, self.setupNextButton, self.setupBackButton,
                 self.setupCancelButton]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.setupLanguageCombo.currentIndexChanged.connect(self._language_chosen)
        self.setupServerRadio.toggled.connect(self._place_chosen)
        self.setupServerUrlEdit.textEdited.connect(self._server_edited)
        self.setupTestButton.clicked.connect(self.test_connection)
        self.setupHubUrlEdit.textEdited.connect(self._hub_edited)
        self.setupHubTestButton.clicked.connect(self.test_hub)
        self.setupPrefixEdit.textEdited.connect(self._prefix_edited)
        self.setupBackButton.clicked.connect(self.back)
        self.setupNextButton.clicked.connect(self.next)
        self.setupCancelButton.clicked.connect(self.reject)
        self.resize(720, 520)

    def _fill(self, initial: SetupAnswers | None) -> None:
        lang = initial.language if initial is not None else translations.current_lang()
        self.setupLanguageCombo.setCurrentIndex(max(0, self.setupLanguageCombo.findData(lang)))
        if initial is None:
            self._place_chosen(False)
            return
        self.setupClinicKkEdit.setText(initial.clinic_kk)
        self.setupClinicRuEdit.setText(initial.clinic_ru)
        self.setupBinEdit.setText(initial.bin)
        self.setupAddressEdit.setText(initial.address)
        self.setupPhoneEdit.setText(initial.phone)
        self.setupPrefixEdit.setText(initial.site_prefix)
        self.setupPaperCombo.setCurrentText(initial.paper)
        if initial.server_url:
            self.setupServerRadio.setChecked(True)
            self.setupServerUrlEdit.setText(initial.server_url)
        if initial.hub_url:
            self._hub_kept = self._tested_hub = initial.hub_url
            self.setupHubUrlEdit.setText(shown_hub(initial.hub_url))
        self._place_chosen(bool(initial.server_url))

    # --- language -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_chosen(self, _index: int) -> None:
        lang = self.setupLanguageCombo.currentData()
        if lang and lang != translations.current_lang():
            translations.install(lang)  # the dialog and everything after speak it at once

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tirkeu — first setup"))
        self.setupTitle.setText(self.tr("Setting up this desk"))
        for label, text in zip(self.clinic_labels, (
                self.tr("&Language"), self.tr("Clinic name (&Kazakh)"),
                self.tr("Clinic name (&Russian)"), self.tr("&BIN"), self.tr("&Address"),
                self.tr("&Phone")), strict=True):
            label.setText(text)
        self.placeBox.setTitle(self.tr("Where the data lives"))
        self.setupLocalRadio.setText(self.tr("On this &computer"))
        self.setupServerRadio.setText(self.tr("On the clinic's &PostgreSQL server"))
        self.serverLabel.setText(self.tr("Server &address"))
        self.setupTestButton.setText(self.tr("&Test the connection"))
        self.hubLabel.setText(self.tr("&Hub to sync with (optional)"))
        self.setupHubTestButton.setText(self.tr("Test the h&ub"))
        self.setupHubUrlEdit.setToolTip(self.tr(
            "The clinic's or region's PostgreSQL server this desk exchanges its changes with. "
            "The desk keeps working on this computer when the hub cannot be reached. A hub "
            "named, changed or cleared here is used as soon as the setup is saved."))
        self.deskBox.setTitle(self.tr("This desk"))
        self.prefixLabel.setText(self.tr("Site p&refix"))
        self.paperLabel.setText(self.tr("Pap&er of the slips"))
        self.setupPrefixHint.setText(self.tr(
            "Begins every number this desk hands out (referrals, patients without an IIN). "
            "Each desk of the clinic needs its own."))
        self.setupAdminNote.setText(self.tr(
            "The administrator manages the desk's settings and, once sign-in is switched on, "
            "the accounts of the receptionists. Keep the password in a safe place."))
        for label, text in zip(self.admin_labels, (
                self.tr("Full &name"), self.tr("&Login"), self.tr("Pass&word"),
                self.tr("Repeat the passwo&rd")), strict=True):
            label.setText(text)
        self.setupBackButton.setText(self.tr("< &Back"))
        self.setupCancelButton.setText(self.tr("Cancel"))
        self._update_buttons()

    # --- pages ----------------------------------------------------------------------------------

    def page(self) -> int:
        return self.setupPages.currentIndex()

    def _show_page(self, index: int) -> None:
        self.setupPages.setCurrentIndex(index)
        self._update_buttons()
        first = (self.setupClinicKkEdit, self.setupLocalRadio if self.setupLocalRadio.isChecked()
                 else self.setupServerUrlEdit, self.setupAdminNameEdit)[index]
        first.setFocus()

    def _update_buttons(self) -> None:
        index = self.page()
        last = index == len(PAGES) - 1
        self.setupNextButton.setText(self.tr("&Finish") if last else self.tr("&Next >"))
        self.setupBackButton.setEnabled(index > 0 and not self._working)
        self.setupStepLabel.setText(self.tr("Step %1 of %2").replace("%1", str(index + 1))
                                    .replace("%2", str(len(PAGES))))

    def _error(self, exc: BaseException | None) -> None:
        if exc is None:
            self.setupErrorLabel.clear()
            return
        if isinstance(exc, BadInput):
            self.setupErrorLabel.setText(exc.in_lang(translations.current_lang()))
            widget = self._field_widget(exc.field)
            if widget is not None:
                self.setupPages.setCurrentWidget(self._page_of(widget))
                self._update_buttons()
                widget.setFocus()
                if isinstance(widget, QLineEdit):
                    widget.selectAll()
            return
        raise exc  # not a refusal: the desk's crash handling

    def _field_widget(self, name: str | None) -> QWidget | None:
        return {
            "clinic_kk": self.setupClinicKkEdit, "clinic_ru": self.setupClinicRuEdit,
            "bin": self.setupBinEdit, "site_prefix": self.setupPrefixEdit,
            "server_url": self.setupServerUrlEdit, "db": self.setupServerUrlEdit,
            "hub": self.setupHubUrlEdit,
            "paper": self.setupPaperCombo, "language": self.setupLanguageCombo,
            "admin_name": self.setupAdminNameEdit, "admin_login": self.setupAdminLoginEdit,
            "admin_password": self.setupAdminPasswordEdit,
            "admin_repeat": self.setupAdminRepeatEdit,
        }.get(name or "")

    def _page_of(self, widget: QWidget) -> QWidget:
        while widget.parentWidget() is not None and widget.parentWidget() is not self.setupPages:
            widget = widget.parentWidget()
        return widget

    def answers(self) -> SetupAnswers:
        admin = AdminAccount(self.setupAdminLoginEdit.text().strip(),
                             self.setupAdminNameEdit.text().strip(),
                             self.setupAdminPasswordEdit.text(), self.setupAdminRepeatEdit.text())
        return SetupAnswers(
            clinic_kk=self.setupClinicKkEdit.text().strip(),
            clinic_ru=self.setupClinicRuEdit.text().strip(),
            bin=self.setupBinEdit.text().strip(),
            site_prefix=self.setupPrefixEdit.text().strip().upper(),
            address=self.setupAddressEdit.text().strip(),
            phone=self.setupPhoneEdit.text().strip(),
            language=self.setupLanguageCombo.currentData() or "kk",
            server_url=(normalise_server_url(self.setupServerUrlEdit.text())
                        if self.setupServerRadio.isChecked() else ""),
            paper=self.setupPaperCombo.currentText(), admin=admin, hub_url=self.hub_url())

    def hub_url(self) -> str:
        """The hub as typed ("" none; a desk on the server has none), or the one named before
        when its shown form was left as it was."""
        if self.setupServerRadio.isChecked():
            return ""
        text = self.setupHubUrlEdit.text().strip()
        if self._hub_kept and text == shown_hub(self._hub_kept):
            return self._hub_kept
        return normalise_server_url(text)

    def back(self) -> None:
        if self.page() > 0 and not self._working:
            self._error(None)
            self._show_page(self.page() - 1)

    def next(self) -> None:
        """Enter or the button: check this page, then go on (on the last page: finish)."""
        if self._working:
            return
        answers = self.answers()
        try:
            if self.page() == 0:
                check_clinic(answers)
            elif self.page() == 1:
                if self.setupServerRadio.isChecked() and self._tested_url != answers.server_url:
                    self.test_connection(then_next=True)  # goes on once the server answered
                    return
                check_place(answers)
                if answers.hub_url and self._tested_hub != answers.hub_url:
                    self.test_hub(then_next=True)  # goes on once the hub answered
                    return
                if answers.site_prefix in self._taken:
                    self.setupPrefixEdit.setFocus()
                    self.setupErrorLabel.setText(self._taken_text(answers.site_prefix))
                    return
            else:
                check_admin(answers.admin)
        except BadInput as exc:
            self._error(exc)
            return
        self._error(None)
        if self.page() < len(PAGES) - 1:
            if self.page() == 0 and self._prefix_suggested:
                self._suggest_prefix()
            self._show_page(self.page() + 1)
        else:
            self.finish(answers)

    # --- the data ------------------------------------------------------------------------------

    def _place_chosen(self, server: bool) -> None:
        for widget in (self.setupServerUrlEdit, self.setupTestButton, self.serverLabel):
            widget.setEnabled(server)
        for widget in (self.setupHubUrlEdit, self.setupHubTestButton, self.hubLabel):
            widget.setEnabled(not server)  # a desk on the server itself has no hub
        if not server:
            self._taken = set()
            self.setupTestResult.clear()
            if self._prefix_suggested:
                self._suggest_prefix()

    def _server_edited(self, _text: str) -> None:
        self._tested_url = None
        self.setupTestResult.clear()

    def _hub_edited(self, _text: str) -> None:
        self._tested_hub = None
        self.setupHubResult.clear()

    def test_hub(self, then_next: bool = False) -> None:
        """Whether the hub answers and has the desk tables yet (the desk's first sync makes
        them); the prefixes other desks number with there are not this desk's to take."""
        url = self.hub_url()
        if not url:
            return
        try:
            check_server_url(url, field="hub")
        except BadInput as exc:
            self._error(exc)
            return
        self._working = True
        self._buttons_enabled(False)
        self.setupHubResult.setText(self.tr("Connecting to the hub…"))
        desk = self.desk_id

        def done(answer: dict) -> None:
            self._working = False
            self._buttons_enabled(True)
            self._tested_hub = url
            taken = set(answer.get("taken") or ())
            self._taken |= taken
            if answer.get("revision") is None:
                text = self.tr("The hub answers. It has no desk data yet: the first sync makes it.")
            else:
                text = self.tr("The hub answers. Prefixes other desks use there: %1.").replace(
                    "%1", ", ".join(sorted(taken)) or "—")
            text += " " + self.tr("The desk syncs with it as soon as the setup is saved.")
            self.setupHubResult.setText(text)
            if self.setupPrefixEdit.text().strip().upper() in self._taken:
                self._suggest_prefix()
                self._prefix_suggested = True
            if then_next:
                self.next()

        def failed(exc: BaseException) -> None:
            self._working = False
            self._buttons_enabled(True)
            self._tested_hub = None
            self.setupHubResult.clear()
            if not isinstance(exc, BadInput):
                raise exc
            self._error(BadInput(exc.message, field="hub"))

        self.tasks.submit(lambda _session: self._probe(url, desk), done, failed, channel="probe")

    def _prefix_edited(self, _text: str) -> None:
        self._prefix_suggested = False

    def _suggest_prefix(self) -> None:
        self.setupPrefixEdit.setText(suggest_prefix(self.setupClinicKkEdit.text(), self._taken))

    def _taken_text(self, prefix: str) -> str:
        return self.tr("Another desk of this database already numbers with %1: choose another "
                       "prefix.").replace("%1", prefix)

    def test_connection(self, then_next: bool = False) -> None:
        url = normalise_server_url(self.setupServerUrlEdit.text())
        self._working = True
        self._buttons_enabled(False)
        self.setupTestResult.setText(self.tr("Connecting to the server…"))
        desk = self.desk_id

        def done(answer: dict) -> None:
            self._working = False
            self._buttons_enabled(True)
            self._tested_url = url
            self._taken = set(answer.get("taken") or ())
            if answer.get("revision") is None:
                text = self.tr("Connected. The server has no desk data yet: it is created when "
                               "the setup finishes.")
            else:
                text = self.tr("Connected. Prefixes other desks use: %1.").replace(
                    "%1", ", ".join(sorted(self._taken)) or "—")
            self.setupTestResult.setText(text)
            if self._prefix_suggested or self.setupPrefixEdit.text().strip().upper() in self._taken:
                self._suggest_prefix()
                self._prefix_suggested = True
            if then_next:
                self.next()

        def failed(exc: BaseException) -> None:
            self._working = False
            self._buttons_enabled(True)
            self._tested_url = None
            self.setupTestResult.clear()
            if not isinstance(exc, BadInput):
                raise exc
            self._error(BadInput(exc.message, field="server_url"))

        self.tasks.submit(lambda _session: self._probe(url, desk), done, failed, channel="probe")

    def _buttons_enabled(self, enabled: bool) -> None:
        for widget in (self.setupNextButton, self.setupTestButton, self.setupBackButton):
            widget.setEnabled(enabled)
        self.setupTestButton.setEnabled(enabled and self.setupServerRadio.isChecked())
        self.setupHubTestButton.setEnabled(enabled and not self.setupServerRadio.isChecked())
        self.setupBackButton.setEnabled(enabled and self.page() > 0)

    # --- finishing ------------------------------------------------------------------------------

    def busy(self) -> bool:
        return self._working or self.tasks.busy()

    def finish(self, answers: SetupAnswers) -> None:
        self._working = True
        self._buttons_enabled(False)
        self.setupErrorLabel.setText(self.tr("Saving the setup…"))
        answers = replace(answers, admin=replace(answers.admin, repeat=None)) if answers.admin else answers
        desk = self.desk_id

        def done(result: object) -> None:
            self._working = False
            self.result_value = result
            self.setupErrorLabel.clear()
            self.configured.emit(result)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._working = False
            self._buttons_enabled(True)
            self.setupErrorLabel.clear()
            if isinstance(exc, BadInput) and exc.field == "site_prefix":
                self._tested_url = None  # the register changed: ask the server again
            self._error(exc)

        self.tasks.submit(lambda _session: self._apply(answers, desk), done, failed)

    def reject(self) -> None:
        if self._working:
            return  # the setup is being stored: it finishes first
        super().reject()

    def done(self, result: int) -> None:
        self.tasks.wait()
        super().done(result)
