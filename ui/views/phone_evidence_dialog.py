"""What the patient shows on their phone about МӘМС (eGov Mobile, Qoldau, Damumed, a bank app,
the Fund's site), recorded in two keystrokes: Ctrl+M on the card, then Y (insured) or N (not).
The date (today) and the channel (the last one used) are pre-set; the category is optional."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain import codes
from domain.messages import BadInput
from services import desk
from ui.crash import report_failure
from ui.translations import current_lang, text

_last_channel = codes.PHONE_CHANNELS[0]  # the channel used last, pre-set next time


class PhoneEvidenceDialog(QDialog):
    recorded = Signal(int)  # the patient's id, once written

    def __init__(self, tasks, patient_id: int, operator: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("phoneEvidenceDialog")
        self.setModal(True)
        self.tasks = tasks
        self.patient_id = patient_id
        self.operator = operator
        self.busy = False
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setObjectName("evidenceHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        form = QFormLayout()
        self.channelTitle, self.dateTitle, self.categoryTitle = QLabel(), QLabel(), QLabel()
        self.evidenceChannel = QComboBox()
        self.evidenceChannel.setObjectName("evidenceChannel")
        for channel in codes.PHONE_CHANNELS:
            self.evidenceChannel.addItem("", channel)
        self.evidenceChannel.setCurrentIndex(codes.PHONE_CHANNELS.index(_last_channel))
        self.evidenceDate = QDateEdit()
        self.evidenceDate.setObjectName("evidenceDate")
        self.evidenceDate.setDisplayFormat("dd.MM.yyyy")
        self.evidenceDate.setCalendarPopup(True)
        self.evidenceDate.setDate(QDate.currentDate())
        self.evidenceDate.setMaximumDate(QDate.currentDate())
        self.evidenceCategory = QComboBox()
        self.evidenceCategory.setObjectName("evidenceCategory")
        self.evidenceCategory.addItem("", None)
        for entry in codes.CATEGORIES:
            self.evidenceCategory.addItem("", entry.code)
        for title, field in ((self.channelTitle, self.evidenceChannel), (self.dateTitle, self.evidenceDate),
                             (self.categoryTitle, self.evidenceCategory)):
            title.setBuddy(field)
            form.addRow(title, field)
        layout.addLayout(form)
        self.evidenceError = QLabel()
        self.evidenceError.setObjectName("evidenceError")
        self.evidenceError.setWordWrap(True)
        self.evidenceError.setStyleSheet("#evidenceError { color: #c62828; }")
        self.evidenceError.setVisible(False)
        layout.addWidget(self.evidenceError)
        buttons = QHBoxLayout()
        self.yesButton = QPushButton()
        self.yesButton.setObjectName("evidenceYesButton")
        self.yesButton.setStyleSheet("QPushButton { color: #2e7d32; font-weight: bold; }")
        self.noButton = QPushButton()
        self.noButton.setObjectName("evidenceNoButton")
        self.noButton.setStyleSheet("QPushButton { color: #c62828; font-weight: bold; }")
        self.cancelButton = QPushButton()
        self.cancelButton.setObjectName("evidenceCancelButton")
        self.yesButton.setAutoDefault(False)
        self.noButton.setAutoDefault(False)
        self.cancelButton.setAutoDefault(False)
        buttons.addWidget(self.yesButton)
        buttons.addWidget(self.noButton)
        buttons.addStretch(1)
        buttons.addWidget(self.cancelButton)
        layout.addLayout(buttons)
        self.yesButton.clicked.connect(lambda: self.save(True))
        self.noButton.clicked.connect(lambda: self.save(False))
        self.cancelButton.clicked.connect(self.reject)
        # Y and N by the key itself (a Kazakh or Russian layout still has the Y and N keys)
        for key, insured in ((Qt.Key.Key_Y, True), (Qt.Key.Key_N, False)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda insured=insured: self.save(insured))
        for combo in (self.evidenceChannel, self.evidenceCategory):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(32)  # long category names show whole in the list
        self.retranslate()
        self.resize(self.sizeHint().width(), self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("МӘМС status shown on the patient's phone"))
        self.hint.setText(self.tr(
            "Press Y if the phone shows the patient insured, N if not insured. The date and the "
            "channel are pre-set; choose the category if the phone shows one."))
        self.channelTitle.setText(self.tr("&Shown in"))
        self.dateTitle.setText(self.tr("&Date"))
        self.categoryTitle.setText(self.tr("C&ategory"))
        for i, channel in enumerate(codes.PHONE_CHANNELS):
            self.evidenceChannel.setItemText(i, text(codes.source_name(channel)))
        self.evidenceCategory.setItemText(0, self.tr("not shown"))
        for i, entry in enumerate(codes.CATEGORIES, start=1):
            self.evidenceCategory.setItemText(i, text(entry.name))
        self.yesButton.setText(self.tr("Y — insured"))
        self.noButton.setText(self.tr("N — not insured"))
        self.cancelButton.setText(self.tr("Cancel"))

    def save(self, insured: bool) -> None:
        if self.busy:
            return
        global _last_channel
        self.busy = True
        channel = self.evidenceChannel.currentData()
        on: date = self.evidenceDate.date().toPython()
        category = self.evidenceCategory.currentData()
        patient_id = self.patient_id
        _last_channel = channel
        for w in (self.yesButton, self.noButton):
            w.setEnabled(False)
        self.tasks.submit(
            lambda s: desk.record_phone_evidence(s, patient_id, insured=insured, channel=channel, on=on,
                                                 category=category),
            self._on_saved, self._on_failed)

    def _on_saved(self, _check_id: int) -> None:
        self.busy = False
        self.recorded.emit(self.patient_id)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.busy = False
        for w in (self.yesButton, self.noButton):
            w.setEnabled(True)
        if isinstance(exc, BadInput):
            self.evidenceError.setText(exc.in_lang(current_lang()))
            self.evidenceError.setVisible(True)
            return
        report_failure(exc, self)


def open_phone_evidence(card: QWidget, patient_id: int) -> PhoneEvidenceDialog | None:
    """Open the dialog over the desk that holds `card`; the card is read again once recorded."""
    window = card.window()
    tasks = getattr(window, "tasks", None)
    if tasks is None:
        return None
    dialog = PhoneEvidenceDialog(tasks, patient_id, getattr(window, "operator", ""), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    reopen = getattr(window, "open_patient", None)
    if reopen is not None:
        dialog.recorded.connect(lambda pid: reopen(pid) if getattr(window, "current_patient_id", None) == pid else None)
    dialog.open()
    dialog.activateWindow()
    dialog.evidenceChannel.setFocus(Qt.FocusReason.ActiveWindowFocusReason)  # Y or N at once
    return dialog
