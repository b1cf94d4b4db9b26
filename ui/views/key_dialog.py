"""The database key, asked at the desk's start when its database is encrypted and no key was
found in the keyring. A key that does not open the database is said calmly and asked again;
nothing is changed meanwhile. The key is never shown, stored or logged by the dialog.

An emergency never waits for the key: the dialog's emergency button (or F9) records a patient
not identified on this computer, written to the database as soon as the key opens it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class KeyDialog(QDialog):
    """`key_given(str)` when a key is typed and confirmed; rejected when the receptionist gives
    up (the desk then closes: without the key there is nothing it can show)."""

    key_given = Signal(str)
    emergency_requested = Signal()

    def __init__(self, parent: QWidget | None = None, wrong: bool = False):
        super().__init__(parent)
        self.setObjectName("encryptionKeyDialog")
        self.wrong = wrong
        self.questionLabel = QLabel(objectName="encryptionKeyQuestion")
        self.questionLabel.setWordWrap(True)
        self.keyLabel = QLabel()
        self.encryptionKeyEdit = QLineEdit(objectName="encryptionKeyEdit")
        self.encryptionKeyEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.keyLabel.setBuddy(self.encryptionKeyEdit)
        self.errorLabel = QLabel(objectName="encryptionKeyError")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.okButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.okButton.setObjectName("encryptionKeyOk")
        self.cancelButton = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancelButton.setObjectName("encryptionKeyCancel")
        # The emergency works before the key is known (its own name: the window's button is
        # `emergencyButton`); what it records waits on this computer meanwhile.
        self.emergencyButton = QPushButton(objectName="keyEmergencyButton")
        self.emergencyButton.setAutoDefault(False)
        self.emergencyButton.setStyleSheet("QPushButton { color: white; background: #c62828; "
                                           "font-weight: bold; padding: 6px 14px; }")
        self.emergencyButton.clicked.connect(self.emergency_requested)
        QShortcut(QKeySequence(Qt.Key.Key_F9), self, self.emergency_requested.emit)
        self.waitingLabel = QLabel(objectName="keyEmergencyWaiting")
        self.waitingLabel.setWordWrap(True)
        self.waitingLabel.hide()
        self.waiting = 0
        layout = QVBoxLayout(self)
        for widget in (self.questionLabel, self.keyLabel, self.encryptionKeyEdit, self.errorLabel):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        layout.addWidget(self.emergencyButton)
        layout.addWidget(self.waitingLabel)
        self.encryptionKeyEdit.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.resize(520, 220)
        self.retranslate()
        self._update()
        self.encryptionKeyEdit.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Database key"))
        self.questionLabel.setText(self.tr(
            "The desk's data is encrypted. Enter the database key (the administrator keeps it)."))
        self.keyLabel.setText(self.tr("&Key:"))
        self.errorLabel.setText(self.tr(
            "This key does not open the database. Nothing was changed; check the key and try "
            "again.") if self.wrong else "")
        self.okButton.setText(self.tr("&Open"))
        self.cancelButton.setText(self.tr("Close the desk"))
        self.emergencyButton.setText(self.tr("EMERGENCY (F9)"))
        self.emergencyButton.setToolTip(self.tr(
            "Record an emergency visit of a patient not identified now: it waits on this computer "
            "and is written to the database as soon as the key opens it"))
        self.waitingLabel.setText(self.tr(
            "Emergency visits recorded on this computer: %1. They are written to the database as "
            "soon as the key opens it; if the desk is closed now, at its next start.").replace(
            "%1", str(self.waiting)))

    def note_emergency(self, waiting: int) -> None:
        """An emergency was recorded on this computer: say how many wait for the database."""
        self.waiting = waiting
        self.waitingLabel.setVisible(waiting > 0)
        self.retranslate()
        layout = self.layout()
        layout.activate()  # room for the note, however it wraps
        self.resize(self.width(), max(self.height(), layout.totalHeightForWidth(self.width())))

    def _update(self) -> None:
        self.okButton.setEnabled(bool(self.encryptionKeyEdit.text()))

    def confirm(self) -> None:
        key = self.encryptionKeyEdit.text()
        if not key:
            return
        self.encryptionKeyEdit.clear()
        self.accept()
        self.key_given.emit(key)
