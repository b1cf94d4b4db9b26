"""Clinic settings: the organisation printed on slips, the referral number prefix, form codes,
paper size and the referring doctors; and the database's backups (folder, age, "Back up now").

Loading and saving run on the desk's TaskRunner: a save waiting for another desk's write never
freezes the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.messages import BadInput
from services import backups, referrals
from services.types import PAPERS, ClinicSettings, Doctor
from ui.tasks import TaskRunner


class SettingsDialog(QDialog):
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

        layout = QVBoxLayout(self)
        layout.addWidget(self.orgBox)
        layout.addWidget(self.slipBox)
        layout.addWidget(self.doctorsBox)
        layout.addWidget(self.backupBox)
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

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Clinic settings"))
        self.orgBox.setTitle(self.tr("Organisation printed on slips"))
        for label, text in zip(self.org_labels, (
                self.tr("Name (Kazakh)"), self.tr("Name (Russian)"), self.tr("BIN"),
                self.tr("Address"), self.tr("Phone")), strict=True):
            label.setText(text)
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
        # Answers still on their way find the dialog gone and are ignored.
        self._closed = True
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


def open_settings_dialog(parent: QWidget | None, tasks: TaskRunner, lang: str | None = None) -> None:
    """Open the settings window-modal over the desk, without blocking the caller.
    The language of error lines follows the desk's language (its `lang`) when not given."""
    if lang is None:
        value = getattr(parent, "lang", None) or (parent.property("lang") if parent else None)
        lang = value if value in ("kk", "ru") else "kk"
    dialog = SettingsDialog(parent, tasks, lang)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
