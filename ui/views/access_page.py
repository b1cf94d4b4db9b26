"""The page the desk shows while nobody is signed in, or while the signed-in person's desk is
locked: who signs in (or the password that unlocks), and the emergency button, which works
here too."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

SIGN_IN, LOCKED = "sign_in", "locked"


class AccessPage(QWidget):
    sign_in_requested = Signal(str, str)  # login, password
    unlock_requested = Signal(str)  # password
    switch_user_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("accessPage")
        self.mode = SIGN_IN
        self.locked_name = ""
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.box = QFrame(objectName="accessBox")
        self.box.setFrameShape(QFrame.Shape.StyledPanel)
        self.box.setMinimumWidth(440)
        self.box.setMaximumWidth(560)
        self.box.setStyleSheet("#accessBox { background: palette(base); }")
        box = QVBoxLayout(self.box)
        box.setContentsMargins(24, 20, 24, 20)
        self.title = QLabel(objectName="accessTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        box.addWidget(self.title)
        self.intro = QLabel(objectName="accessIntro")
        self.intro.setWordWrap(True)
        box.addWidget(self.intro)

        form = QFormLayout()
        self.userLabel = QLabel()
        self.loginUserEdit = QLineEdit(objectName="loginUserEdit")
        self.loginUserEdit.setMaxLength(64)
        self.passwordLabel = QLabel()
        self.loginPasswordEdit = QLineEdit(objectName="loginPasswordEdit")
        self.loginPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.loginPasswordEdit.setMaxLength(256)
        self.userLabel.setBuddy(self.loginUserEdit)
        self.passwordLabel.setBuddy(self.loginPasswordEdit)
        form.addRow(self.userLabel, self.loginUserEdit)
        form.addRow(self.passwordLabel, self.loginPasswordEdit)
        box.addLayout(form)

        self.loginMessage = QLabel(objectName="loginMessage")
        self.loginMessage.setWordWrap(True)
        self.loginMessage.setStyleSheet("#loginMessage { color: #c62828; font-weight: bold; }")
        self.loginMessage.setVisible(False)
        box.addWidget(self.loginMessage)

        buttons = QHBoxLayout()
        self.switchUserButton = QPushButton(objectName="switchUserButton")
        self.loginButton = QPushButton(objectName="loginButton")
        self.loginButton.setDefault(True)
        buttons.addWidget(self.switchUserButton)
        buttons.addStretch(1)
        buttons.addWidget(self.loginButton)
        box.addLayout(buttons)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        box.addWidget(line)
        self.emergencyNote = QLabel(objectName="accessEmergencyNote")
        self.emergencyNote.setWordWrap(True)
        box.addWidget(self.emergencyNote)
        # The desk's one emergency button is moved here while this page shows.
        self.emergencySlot = QHBoxLayout()
        box.addLayout(self.emergencySlot)

        row.addWidget(self.box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.loginButton.clicked.connect(self._submit)
        self.loginUserEdit.returnPressed.connect(self._next_from_user)
        self.loginPasswordEdit.returnPressed.connect(self._submit)
        self.switchUserButton.clicked.connect(self.switch_user_requested)
        self.retranslate()
        self.show_sign_in()

    # ------------------------------------------------------------ modes

    def show_sign_in(self, login: str = "") -> None:
        self.mode = SIGN_IN
        self.locked_name = ""
        self.loginUserEdit.setReadOnly(False)
        self.loginUserEdit.setText(login)
        self.loginPasswordEdit.clear()
        self.switchUserButton.setVisible(False)
        self.show_message("")
        self.retranslate()
        (self.loginPasswordEdit if login else self.loginUserEdit).setFocus()

    def show_locked(self, login: str, who: str) -> None:
        self.mode = LOCKED
        self.locked_name = who
        self.loginUserEdit.setText(login)
        self.loginUserEdit.setReadOnly(True)
        self.loginPasswordEdit.clear()
        self.switchUserButton.setVisible(True)
        self.show_message("")
        self.retranslate()
        self.loginPasswordEdit.setFocus()

    def show_message(self, text: str) -> None:
        self.loginMessage.setText(text)
        self.loginMessage.setVisible(bool(text))

    def focus_first(self) -> None:
        if self.mode == LOCKED or self.loginUserEdit.text():
            self.loginPasswordEdit.setFocus()
        else:
            self.loginUserEdit.setFocus()

    def _next_from_user(self) -> None:
        if self.loginUserEdit.text().strip():
            self.loginPasswordEdit.setFocus()

    def _submit(self) -> None:
        password = self.loginPasswordEdit.text()
        self.loginPasswordEdit.clear()
        if self.mode == LOCKED:
            self.unlock_requested.emit(password)
        else:
            self.sign_in_requested.emit(self.loginUserEdit.text().strip(), password)

    # ------------------------------------------------------------ language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.userLabel.setText(self.tr("&Login"))
        self.passwordLabel.setText(self.tr("&Password"))
        self.switchUserButton.setText(self.tr("Sign in as &someone else"))
        self.emergencyNote.setText(self.tr(
            "An emergency is registered without signing in: press the button or F9."))
        if self.mode == LOCKED:
            self.title.setText(self.tr("The desk is locked"))
            self.intro.setText(self.tr(
                "Signed in: %1. Type the password to go on; what was typed in open forms is "
                "kept.").replace("%1", self.locked_name))
            self.loginButton.setText(self.tr("&Unlock"))
        else:
            self.title.setText(self.tr("Tirkeu — sign in"))
            self.intro.setText(self.tr("Type your login and password."))
            self.loginButton.setText(self.tr("&Sign in"))
        self.loginButton.setMinimumWidth(120)
