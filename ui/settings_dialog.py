"""Clinic settings: the organisation printed on slips, the referral number prefix, form codes,
paper size and the referring doctors; the database's backups (folder, age, "Back up now"); and
the rule packs (install, preview what a pack changes, activate or roll back).

Loading and saving run on the desk's TaskRunner: a save waiting for another desk's write never
freezes the window.
"""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.codes import FUNDINGS, SERVICES, by_code
from domain.messages import BadInput
from services import backups, referrals, rulepacks
from services.rulepack_diff import DiffCancelled
from services.types import PAPERS, ClinicSettings, Doctor
from ui.tasks import TaskRunner


class _Progress(QObject):
    """Progress of the preview, emitted on its worker thread and shown on the GUI thread."""

    changed = Signal(int, int)


class SettingsDialog(QDialog):
    setup_saved = Signal()  # the first-run setup, opened again from here, was saved

    def __init__(self, parent: QWidget | None, tasks: TaskRunner, lang: str = "kk"):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.tasks, self.lang = tasks, lang
        self.settings: ClinicSettings | None = None
        self._state = "loading"  # "loading", "ready" or "saving"
        self._closed = False
        self.backup_status: backups.BackupStatus | None = None
        self.last_backup: backups.BackupFile | None = None  # made from this dialog
        self._backup_busy = True  # the status is loading
        self._backing_up = False
        self._build()
        self.retranslate()
        self._show_state()
        self.tasks.submit(referrals.clinic_settings, self._on_loaded, self._on_load_failed)
        self.tasks.submit(backups.backup_status, self._on_backup_status, self._on_backup_failed)
        self.refresh_packs()

    def _line(self, name: str) -> QLineEdit:
        return QLineEdit(objectName=name)

    def _build(self) -> None:
        self.orgNameKkEdit = self._line("orgNameKkEdit")
        self.orgNameRuEdit = self._line("orgNameRuEdit")
        self.binEdit = self._line("binEdit")
        self.binEdit.setMaxLength(12)
        self.addressEdit = self._line("addressEdit")
        self.phoneEdit = self._line("phoneEdit")
        self.sitePrefixEdit = self._line("sitePrefixEdit")
        self.sitePrefixEdit.setMaxLength(12)
        self.formPlannedEdit = self._line("formPlannedEdit")
        self.formConsultationEdit = self._line("formConsultationEdit")
        self.formDiagnosticsEdit = self._line("formDiagnosticsEdit")
        self.formEmergencyEdit = self._line("formEmergencyEdit")
        self.paperCombo = QComboBox(objectName="paperCombo")
        self.paperCombo.addItems(list(PAPERS))
        self.validitySpin = QSpinBox(objectName="validitySpin")
        self.validitySpin.setRange(1, 365)
        self.doctorsTable = QTableWidget(0, 2, objectName="doctorsTable")
        self.doctorsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.doctorsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.addDoctorButton = QPushButton(objectName="addDoctorButton")
        self.removeDoctorButton = QPushButton(objectName="removeDoctorButton")
        self.errorLabel = QLabel(objectName="errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet("color: #b00020;")
        self.statusLabel = QLabel(objectName="statusLabel")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("settingsButtons")

        self.orgBox = QGroupBox()
        org = QFormLayout(self.orgBox)
        self.org_labels = [QLabel() for _ in range(5)]
        for label, widget in zip(self.org_labels, (self.orgNameKkEdit, self.orgNameRuEdit,
                                                   self.binEdit, self.addressEdit, self.phoneEdit),
                                 strict=True):
            label.setBuddy(widget)
            org.addRow(label, widget)
        self.setupAgainButton = QPushButton(objectName="setupAgainButton")
        self.setupAgainButton.clicked.connect(self.open_setup)
        org.addRow("", self.setupAgainButton)
        self.slipBox = QGroupBox()
        slip = QFormLayout(self.slipBox)
        self.slip_labels = [QLabel() for _ in range(7)]
        for label, widget in zip(self.slip_labels, (
                self.sitePrefixEdit, self.formPlannedEdit, self.formConsultationEdit,
                self.formDiagnosticsEdit, self.formEmergencyEdit, self.paperCombo,
                self.validitySpin), strict=True):
            label.setBuddy(widget)
            slip.addRow(label, widget)
        self.doctorsBox = QGroupBox()
        doctors = QVBoxLayout(self.doctorsBox)
        doctors.addWidget(self.doctorsTable)
        row = QHBoxLayout()
        row.addWidget(self.addDoctorButton)
        row.addWidget(self.removeDoctorButton)
        row.addStretch(1)
        doctors.addLayout(row)
        self._build_backup()

        self._build_packs()

        clinic = QWidget(objectName="clinicPage")
        page = QVBoxLayout(clinic)
        page.addWidget(self.orgBox)
        page.addWidget(self.slipBox)
        page.addWidget(self.doctorsBox)
        page.addWidget(self.backupBox)
        self.tabs = QTabWidget(objectName="settingsTabs")
        self.tabs.addTab(clinic, "")
        self.tabs.addTab(self.rulePackPage, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.statusLabel)
        layout.addWidget(self.errorLabel)
        layout.addWidget(self.buttons)

        self.addDoctorButton.clicked.connect(lambda: self.add_doctor_row())
        self.removeDoctorButton.clicked.connect(self._remove_doctor_row)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _build_backup(self) -> None:
        self.backupBox = QGroupBox(objectName="backupBox")
        self.backupFolder = QLineEdit(objectName="backupFolder")
        self.backupFolder.setReadOnly(True)
        self.backupChoose = QPushButton(objectName="backupChoose")
        self.backupAge = QLabel(objectName="backupAge")
        self.backupWarning = QLabel(objectName="backupWarning")
        self.backupWarning.setWordWrap(True)
        self.backupNow = QPushButton(objectName="backupNow")
        self.backupResult = QLabel(objectName="backupResult")
        self.backupResult.setWordWrap(True)
        form = QFormLayout(self.backupBox)
        self.backup_labels = [QLabel(), QLabel()]
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backupFolder, 1)
        folder_row.addWidget(self.backupChoose)
        self.backup_labels[0].setBuddy(self.backupFolder)
        form.addRow(self.backup_labels[0], folder_row)
        form.addRow(self.backup_labels[1], self.backupAge)
        form.addRow(self.backupWarning)
        now_row = QHBoxLayout()
        now_row.addWidget(self.backupNow)
        now_row.addWidget(self.backupResult, 1)
        form.addRow(now_row)
        self.backupNow.clicked.connect(self.back_up_now)
        self.backupChoose.clicked.connect(self._ask_backup_folder)

    def _build_packs(self) -> None:
        self.rulePackPage = QWidget(objectName="rulePackPage")
        self.rulePackList = QTableWidget(0, 4, objectName="rulePackList")
        self.rulePackList.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rulePackList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rulePackList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rulePackList.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rulePackInstall = QPushButton(objectName="rulePackInstall")
        self.rulePackActivate = QPushButton(objectName="rulePackActivate")
        self.rulePackDate = QDateEdit(objectName="rulePackDate")
        self.rulePackDate.setCalendarPopup(True)
        self.rulePackDate.setDisplayFormat("dd.MM.yyyy")
        self.rulePackDate.setDate(QDate.currentDate())
        self.rulePackPreview = QPushButton(objectName="rulePackPreview")
        self.rulePackCancel = QPushButton(objectName="rulePackCancel")
        self.rulePackProgress = QProgressBar(objectName="rulePackProgress")
        self.rulePackDiff = QTableWidget(0, 5, objectName="rulePackDiff")
        self.rulePackDiff.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rulePackDiff.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rulePackUnconfirmed = QTableWidget(0, 3, objectName="rulePackUnconfirmed")
        self.rulePackUnconfirmed.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rulePackUnconfirmed.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rulePackStatus = QLabel(objectName="rulePackStatus")
        self.rulePackStatus.setWordWrap(True)
        self.rulePackActiveLabel = QLabel(objectName="rulePackActiveLabel")
        self.rulePackDateLabel = QLabel()
        self.rulePackDateLabel.setBuddy(self.rulePackDate)
        self.rulePackUnconfirmedLabel = QLabel()
        self.rulePackDiffLabel = QLabel()
        layout = QVBoxLayout(self.rulePackPage)
        layout.addWidget(self.rulePackActiveLabel)
        layout.addWidget(self.rulePackList)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rulePackInstall)
        buttons.addWidget(self.rulePackActivate)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        preview = QHBoxLayout()
        preview.addWidget(self.rulePackDateLabel)
        preview.addWidget(self.rulePackDate)
        preview.addWidget(self.rulePackPreview)
        preview.addWidget(self.rulePackProgress, 1)
        preview.addWidget(self.rulePackCancel)
        layout.addLayout(preview)
        layout.addWidget(self.rulePackDiffLabel)
        layout.addWidget(self.rulePackDiff)
        layout.addWidget(self.rulePackUnconfirmedLabel)
        layout.addWidget(self.rulePackUnconfirmed)
        layout.addWidget(self.rulePackStatus)
        self.overview: rulepacks.Overview | None = None
        self.diff_result = None
        self._cancel: threading.Event | None = None
        self._packs_busy = True
        self._select_after: str | None = None
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress)
        self.rulePackInstall.clicked.connect(self._ask_pack_file)
        self.rulePackActivate.clicked.connect(self._ask_activate)
        self.rulePackPreview.clicked.connect(self.preview_pack)
        self.rulePackCancel.clicked.connect(self.cancel_preview)
        self.rulePackList.itemSelectionChanged.connect(self._render_pack_buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Clinic settings"))
        self.tabs.setTabText(0, self.tr("Clinic"))
        self.tabs.setTabText(1, self.tr("Rule packs"))
        self.rulePackList.setHorizontalHeaderLabels(
            [self.tr("Version"), self.tr("Hash"), self.tr("Installed"), self.tr("State")])
        self.rulePackInstall.setText(self.tr("Install…"))
        self.rulePackActivate.setText(self.tr("Activate"))
        self.rulePackDateLabel.setText(self.tr("Decisions on"))
        self.rulePackPreview.setText(self.tr("Preview changes"))
        self.rulePackCancel.setText(self.tr("Cancel"))
        self.rulePackDiffLabel.setText(self.tr("Decisions the selected pack changes"))
        self.rulePackDiff.setHorizontalHeaderLabels(
            [self.tr("Service"), self.tr("Now"), self.tr("With the pack"), self.tr("Patients"),
             self.tr("Examples")])
        self.rulePackUnconfirmedLabel.setText(self.tr("Unconfirmed rules in force today (active pack)"))
        self.rulePackUnconfirmed.setHorizontalHeaderLabels(
            [self.tr("Rule"), self.tr("In force from"), self.tr("Why unconfirmed")])
        self.orgBox.setTitle(self.tr("Organisation printed on slips"))
        for label, text in zip(self.org_labels, (
                self.tr("Name (Kazakh)"), self.tr("Name (Russian)"), self.tr("BIN"),
                self.tr("Address"), self.tr("Phone")), strict=True):
            label.setText(text)
        self.setupAgainButton.setText(self.tr("Open the first setup again…"))
        self.slipBox.setTitle(self.tr("Referral slips"))
        for label, text in zip(self.slip_labels, (
                self.tr("Number prefix of this desk"), self.tr("Form code: planned hospitalisation"),
                self.tr("Form code: consultation"), self.tr("Form code: diagnostics"),
                self.tr("Form code: emergency"), self.tr("Paper size"),
                self.tr("Valid for (days)")), strict=True):
            label.setText(text)
        self.sitePrefixEdit.setToolTip(self.tr(
            "Latin letters and digits. Every desk that works offline needs its own prefix, "
            "so that referral numbers never collide."))
        self.doctorsBox.setTitle(self.tr("Referring doctors (the first is the default)"))
        self.doctorsTable.setHorizontalHeaderLabels([self.tr("Full name"), self.tr("Position")])
        self.addDoctorButton.setText(self.tr("Add doctor"))
        self.removeDoctorButton.setText(self.tr("Remove doctor"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.backupBox.setTitle(self.tr("Backups of the database"))
        self.backup_labels[0].setText(self.tr("Backup folder"))
        self.backup_labels[1].setText(self.tr("Last backup"))
        self.backupChoose.setText(self.tr("Choose…"))
        self.backupNow.setText(self.tr("Back up now"))
        self._show_state()
        self._render_backup()
        self._render_packs()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading and saving ---------------------------------------------------------------------

    def busy(self) -> bool:
        """Whether the settings are still loading or being saved."""
        return self._state != "ready"

    def _show_state(self) -> None:
        texts = {"loading": self.tr("Loading the settings…"), "saving": self.tr("Saving…"),
                 "ready": ""}
        self.statusLabel.setText(texts[self._state])
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self._state == "ready")
        # A save under way cannot be taken back: Cancel would only hide whether it was stored.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(self._state != "saving")
        for box in (self.orgBox, self.slipBox, self.doctorsBox):
            box.setEnabled(self._state == "ready")

    def _set_state(self, state: str) -> None:
        self._state = state
        self._show_state()

    def _on_loaded(self, settings: ClinicSettings) -> None:
        if self._closed:
            return
        self.settings = settings
        self._fill(settings)
        self._set_state("ready")

    def _on_load_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        if not isinstance(exc, BadInput):
            raise exc  # the crash dialog, as for any unexpected failure on the desk
        self.statusLabel.setText("")
        self.errorLabel.setText(exc.in_lang(self.lang))

    def _fill(self, s: ClinicSettings) -> None:
        self.orgNameKkEdit.setText(s.org_name_kk)
        self.orgNameRuEdit.setText(s.org_name_ru)
        self.binEdit.setText(s.org_bin)
        self.addressEdit.setText(s.org_address)
        self.phoneEdit.setText(s.org_phone)
        self.sitePrefixEdit.setText(s.site_prefix)
        self.formPlannedEdit.setText(s.form_code_planned)
        self.formConsultationEdit.setText(s.form_code_consultation)
        self.formDiagnosticsEdit.setText(s.form_code_diagnostics)
        self.formEmergencyEdit.setText(s.form_code_emergency)
        self.paperCombo.setCurrentText(s.paper)
        self.validitySpin.setValue(s.validity_days)
        self.doctorsTable.setRowCount(0)
        for doctor in s.doctors:
            self.add_doctor_row(doctor.name, doctor.position)

    def open_setup(self) -> None:
        """The first-run setup again, filled with what is set now; what it stores is loaded
        back here (a new place of the data is used from the desk's next start; a hub named,
        changed or cleared at once)."""
        from services.first_run import read_config
        from services.setup import SetupAnswers
        from ui.app import build_setup_dialog

        s, config = self.settings, read_config()
        if s is None:
            return
        server = config.database if config is not None and "://" in config.database else ""
        label = getattr(self.parent(), "db_label", "") or ""
        initial = SetupAnswers(s.org_name_kk, s.org_name_ru, s.org_bin, s.site_prefix,
                               s.org_address, s.org_phone, self.lang, server, s.paper,
                               hub_url=config.hub if config is not None else None)
        factory = self.tasks.session_factory
        actor = factory.kw.get("info", {}).get("actor") if factory is not None else None
        dialog = build_setup_dialog(self, initial, local_db=label if label and "://" not in label else None,
                                    actor=actor)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def configured(_config: object) -> None:
            self.statusLabel.setText(self.tr("The setup is saved."))
            self.tasks.submit(referrals.clinic_settings, self._on_loaded, self._on_load_failed)
            self.setup_saved.emit()  # a hub named, changed or cleared: the desk's sync follows

        dialog.configured.connect(configured)
        dialog.open()

    def add_doctor_row(self, name: str = "", position: str = "") -> None:
        row = self.doctorsTable.rowCount()
        self.doctorsTable.insertRow(row)
        self.doctorsTable.setItem(row, 0, QTableWidgetItem(name))
        self.doctorsTable.setItem(row, 1, QTableWidgetItem(position))
        self.doctorsTable.setCurrentCell(row, 0)

    def _remove_doctor_row(self) -> None:
        row = self.doctorsTable.currentRow()
        if row >= 0:
            self.doctorsTable.removeRow(row)

    def _doctors(self) -> list[Doctor]:
        out = []
        for row in range(self.doctorsTable.rowCount()):
            cells = [self.doctorsTable.item(row, col) for col in (0, 1)]
            name, position = ((c.text().strip() if c else "") for c in cells)
            if name or position:  # a row left empty is not a doctor
                out.append(Doctor(name, position))
        return out

    def edited_settings(self) -> ClinicSettings:
        s = self.settings
        return ClinicSettings(
            org_name_kk=self.orgNameKkEdit.text().strip(),
            org_name_ru=self.orgNameRuEdit.text().strip(),
            org_bin=self.binEdit.text().strip(), org_address=self.addressEdit.text().strip(),
            org_phone=self.phoneEdit.text().strip(),
            site_prefix=self.sitePrefixEdit.text().strip().upper(),
            form_code_planned=self.formPlannedEdit.text().strip(),
            form_order_planned_kk=s.form_order_planned_kk,
            form_order_planned_ru=s.form_order_planned_ru,
            form_code_consultation=self.formConsultationEdit.text().strip(),
            form_code_diagnostics=self.formDiagnosticsEdit.text().strip(),
            form_code_emergency=self.formEmergencyEdit.text().strip(),
            form_order_other_kk=s.form_order_other_kk, form_order_other_ru=s.form_order_other_ru,
            paper=self.paperCombo.currentText(), validity_days=self.validitySpin.value(),
            doctors=self._doctors(),
        )

    def save(self) -> None:
        if self.busy():
            return
        settings = self.edited_settings()
        self._set_state("saving")

        def saved(_result: object) -> None:
            if self._closed:
                return
            self.settings = settings
            self.errorLabel.setText("")
            self._set_state("ready")
            self.accept()

        def refused(exc: BaseException) -> None:
            if self._closed:
                return
            self._set_state("ready")
            if not isinstance(exc, BadInput):
                raise exc  # the crash dialog, as for any unexpected failure on the desk
            self.errorLabel.setText(exc.in_lang(self.lang))
            widget = self._field_widget(exc.field)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)

        self.tasks.submit(lambda session: referrals.update_clinic_settings(session, settings),
                          saved, refused)

    def reject(self) -> None:
        if self._state != "saving":  # Escape as well as Cancel
            super().reject()

    def done(self, result: int) -> None:
        # Answers still on their way find the dialog gone and are ignored; a preview stops.
        self._closed = True
        if self._cancel is not None:
            self._cancel.set()
        super().done(result)

    # --- backups ---------------------------------------------------------------------------------

    def backup_busy(self) -> bool:
        """Whether the backup status is loading, a backup is being made or a folder stored."""
        return self._backup_busy

    def _render_backup(self) -> None:
        status = self.backup_status
        server = status is not None and status.server
        self.backupNow.setEnabled(status is not None and not server and not self._backup_busy)
        self.backupChoose.setEnabled(status is not None and not server and not self._backup_busy)
        warn = ""
        self.backupAge.setStyleSheet("")
        if status is None:
            self.backupFolder.setText("")
            self.backupAge.setText(self.tr("Checking…"))
        elif server:
            self.backupFolder.setText("")
            self.backupAge.setText(self.tr("on the server"))
            warn = self.tr("This database is on a PostgreSQL server: it is backed up on the "
                           "server with pg_dump (see docs/backup.md), not by the desk.")
        else:
            self.backupFolder.setText(str(status.folder))
            self.backupFolder.setToolTip(str(status.folder))  # a long path is cut in the field
            words = status.age_words
            self.backupAge.setText(words.in_lang(self.lang) if words else self.tr("never"))
            if status.stale:
                self.backupAge.setStyleSheet("color: #c62828; font-weight: bold;")
                warn = (self.tr("This database has never been backed up: make a backup now.")
                        if words is None else
                        self.tr("The last backup is more than two days old: make one now, or "
                                "check that the backup folder is there."))
        if self._backup_busy and status is not None:
            self.backupResult.setText(self.tr("Backing up…") if self._backing_up else "")
        self.backupWarning.setText(warn)
        self.backupWarning.setStyleSheet("color: #ef6c00;" if status is not None and not server
                                         else "")
        self.backupWarning.setVisible(bool(warn))

    def _on_backup_status(self, status: backups.BackupStatus) -> None:
        if self._closed:
            return
        self.backup_status = status
        self._backup_busy = self._backing_up = False
        self._render_backup()

    def _on_backup_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self._backup_busy = self._backing_up = False
        self.backupResult.setText("")
        words = exc.message if isinstance(exc, BadInput) and exc.field == "folder" else (
            backups.failure_words(exc))
        self.errorLabel.setText(words.in_lang(self.lang))
        self._render_backup()

    def back_up_now(self) -> None:
        if self._backup_busy or self.backup_status is None or self.backup_status.server:
            return
        self._backup_busy = self._backing_up = True
        self.errorLabel.setText("")
        self._render_backup()

        def made(backup: backups.BackupFile) -> None:
            if self._closed:
                return
            self.last_backup = backup
            self.tasks.submit(backups.backup_status, self._after_backup, self._on_backup_failed)

        self.tasks.submit(backups.back_up_now, made, self._on_backup_failed)

    def _after_backup(self, status: backups.BackupStatus) -> None:
        self._on_backup_status(status)
        if self.last_backup is not None:
            self.backupResult.setText(self.tr("Saved as %1").replace(
                "%1", self.last_backup.path.name))

    def _ask_backup_folder(self) -> None:
        start = self.backupFolder.text()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"), start)
        if chosen:
            self.choose_backup_folder(chosen)

    def choose_backup_folder(self, folder: str) -> None:
        """Remember `folder` as this database's backup folder (refused when not writable)."""
        if self._backup_busy:
            return
        self._backup_busy = True
        self.errorLabel.setText("")
        self._render_backup()
        self.tasks.submit(lambda session: backups.choose_backup_folder(session, folder),
                          self._on_backup_status, self._on_backup_failed)

    def _field_widget(self, field: str | None) -> QWidget | None:
        return {
            "site_prefix": self.sitePrefixEdit, "org_bin": self.binEdit,
            "org_name_kk": self.orgNameKkEdit, "org_name_ru": self.orgNameRuEdit,
            "form_code_planned": self.formPlannedEdit,
            "form_code_consultation": self.formConsultationEdit,
            "form_code_diagnostics": self.formDiagnosticsEdit,
            "form_code_emergency": self.formEmergencyEdit, "paper": self.paperCombo,
            "validity_days": self.validitySpin, "doctors": self.doctorsTable,
        }.get(field or "")


    # --- rule packs ---------------------------------------------------------------------------

    def packs_busy(self) -> bool:
        """Whether the packs are loading, a pack is being installed or activated."""
        return self._packs_busy

    def previewing(self) -> bool:
        return self._cancel is not None

    def refresh_packs(self) -> None:
        self._packs_busy = True
        self._render_pack_buttons()
        self.tasks.submit(lambda s: rulepacks.overview(s, date.today()), self._on_overview,
                          self._on_pack_failed)

    def _on_overview(self, overview: rulepacks.Overview) -> None:
        if self._closed:
            return
        self.overview = overview
        self._packs_busy = False
        self._render_packs()
        if self._select_after is not None:
            self.select_pack(self._select_after)
            self._select_after = None

    def _on_pack_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self._packs_busy = False
        self._render_pack_buttons()
        if not isinstance(exc, BadInput):
            raise exc  # the crash dialog, as for any unexpected failure on the desk
        self.rulePackStatus.setText(exc.in_lang(self.lang))

    def _render_packs(self) -> None:
        overview = self.overview
        selected = self.selected_pack()
        self.rulePackList.setRowCount(0)
        if overview is not None:
            self.rulePackActiveLabel.setText(self.tr("Active rule pack: %1").replace("%1", overview.active))
            for line in overview.packs:
                row = self.rulePackList.rowCount()
                self.rulePackList.insertRow(row)
                installed = (self.tr("shipped with the program") if line.shipped
                             else line.installed_at.strftime("%d.%m.%Y %H:%M") if line.installed_at else "")
                state = self.tr("active") if line.active else (self.tr("cannot be loaded") if line.error else "")
                for col, text in enumerate((line.version, line.hash, installed, state)):
                    item = QTableWidgetItem(text)
                    if line.active:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                    self.rulePackList.setItem(row, col, item)
                if line.version == selected:
                    self.rulePackList.selectRow(row)
            self.rulePackUnconfirmed.setRowCount(0)
            for u in overview.unconfirmed:
                row = self.rulePackUnconfirmed.rowCount()
                self.rulePackUnconfirmed.insertRow(row)
                for col, text in enumerate((u["id"], u["valid_from"], u[self.lang])):
                    self.rulePackUnconfirmed.setItem(row, col, QTableWidgetItem(text))
        self._render_diff()
        self._render_pack_buttons()

    def _render_pack_buttons(self) -> None:
        chosen = self.selected_line()
        idle = not self._packs_busy and self._cancel is None
        self.rulePackInstall.setEnabled(idle)
        self.rulePackActivate.setEnabled(idle and chosen is not None and not chosen.active)
        self.rulePackPreview.setEnabled(idle and chosen is not None and not chosen.active)
        self.rulePackCancel.setEnabled(self._cancel is not None)

    def selected_line(self):
        rows = self.rulePackList.selectionModel().selectedRows() if self.rulePackList.selectionModel() else []
        if not rows or self.overview is None:
            return None
        version = self.rulePackList.item(rows[0].row(), 0).text()
        return next((p for p in self.overview.packs if p.version == version), None)

    def selected_pack(self) -> str | None:
        line = self.selected_line()
        return line.version if line is not None else None

    def select_pack(self, version: str) -> None:
        for row in range(self.rulePackList.rowCount()):
            if self.rulePackList.item(row, 0).text() == version:
                self.rulePackList.selectRow(row)

    def _ask_pack_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Rule pack file"), "",
                                              self.tr("Rule pack (*.zip)"))
        if path:
            self.install_pack(path)

    def install_pack(self, path: str) -> None:
        self._packs_busy = True
        self._render_pack_buttons()
        self.rulePackStatus.setText(self.tr("Checking the rule pack…"))

        def installed(answer: dict) -> None:
            if self._closed:
                return
            text = (self.tr("Installed %1; it is not active until you activate it.") if answer["installed"]
                    else self.tr("%1 is installed already."))
            self.rulePackStatus.setText(text.replace("%1", answer["rule_pack"]))
            self._select_after = answer["version"]
            self.refresh_packs()

        self.tasks.submit(lambda s: rulepacks.install_pack_file(s, path),
                          installed, self._on_pack_failed)

    def _ask_activate(self) -> None:
        version = self.selected_pack()
        if version is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Activate the rule pack"),
            self.tr("Every desk of this database will decide with %1 from its next patient. "
                    "Activate it?").replace("%1", version))
        if answer == QMessageBox.StandardButton.Yes:
            self.activate_pack(version)

    def activate_pack(self, version: str) -> None:
        self._packs_busy = True
        self._render_pack_buttons()

        def activated(answer: dict) -> None:
            if self._closed:
                return
            self.rulePackStatus.setText(self.tr("Active rule pack: %1").replace("%1", answer["rule_pack"]))
            self.diff_result = None
            self.refresh_packs()

        self.tasks.submit(lambda s: rulepacks.activate(s, version),
                          activated, self._on_pack_failed)

    def preview_pack(self) -> None:
        version = self.selected_pack()
        if version is None or self._cancel is not None:
            return
        on = self.rulePackDate.date().toPython()
        cancel = self._cancel = threading.Event()
        self.diff_result = None
        self.rulePackProgress.setRange(0, 0)
        self.rulePackProgress.setValue(0)
        self.rulePackStatus.setText(self.tr("Deciding every patient with both packs…"))
        self._render_diff()
        self._render_pack_buttons()
        progress = self._progress

        def finished(result) -> None:
            if self._cancel is cancel:
                self._cancel = None
            if self._closed:
                return
            self.diff_result = result
            self.rulePackStatus.setText(
                self.tr("%1 patients decided; the decisions of %2 change.")
                .replace("%1", str(result.patients)).replace("%2", str(result.changed_patients)))
            self._render_diff()
            self._render_pack_buttons()

        def failed(exc: BaseException) -> None:
            if self._cancel is cancel:
                self._cancel = None
            if self._closed:
                return
            self.rulePackProgress.setRange(0, 1)
            self.rulePackProgress.setValue(0)
            self._render_pack_buttons()
            if isinstance(exc, DiffCancelled):
                self.rulePackStatus.setText(self.tr("The preview was cancelled."))
                return
            self._on_pack_failed(exc)

        self.tasks.submit(
            lambda s: rulepacks.preview(s, version, on, progress=lambda d, t: progress.changed.emit(d, t),
                                        cancelled=cancel.is_set),
            finished, failed)

    def cancel_preview(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.rulePackCancel.setEnabled(False)

    def _show_progress(self, done: int, total: int) -> None:
        if self._closed:
            return
        self.rulePackProgress.setRange(0, max(total, 1))
        self.rulePackProgress.setValue(done)

    def _render_diff(self) -> None:
        self.rulePackDiff.setRowCount(0)
        result = self.diff_result
        if result is None:
            return
        services = by_code(SERVICES)
        unknown = self.tr("no decision")
        for change in result.changes:
            row = self.rulePackDiff.rowCount()
            self.rulePackDiff.insertRow(row)
            name = services[change.service].name.in_lang(self.lang) if change.service in services else change.service
            old = FUNDINGS[change.old].in_lang(self.lang) if change.old in FUNDINGS else unknown
            new = FUNDINGS[change.new].in_lang(self.lang) if change.new in FUNDINGS else unknown
            examples = ", ".join(iin or f"№{pid}" for pid, iin in change.examples)
            for col, text in enumerate((name, old, new, str(change.count), examples)):
                self.rulePackDiff.setItem(row, col, QTableWidgetItem(text))


def open_settings_dialog(parent: QWidget | None, tasks: TaskRunner, lang: str | None = None) -> SettingsDialog:
    """Open the settings window-modal over the desk, without blocking the caller.
    The language of error lines follows the desk's language (its `lang`) when not given."""
    if lang is None:
        value = getattr(parent, "lang", None) or (parent.property("lang") if parent else None)
        lang = value if value in ("kk", "ru") else "kk"
    dialog = SettingsDialog(parent, tasks, lang)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
