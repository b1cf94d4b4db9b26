"""Emergency: the quick form for someone not identified, and what was recorded."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain import codes
from domain.consent import EMERGENCY_NOT_REQUIRED
from domain.names import shown_name
from services.desk import EmergencyOutcome, release_of
from ui.translations import current_lang, text
from ui.widgets.rule_text import reasons_tooltip, rules_html

NO_AGE = -1


def _headline() -> QLabel:
    label = QLabel()
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.3)
    label.setFont(font)
    return label


def _framed_note(name: str, colour: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    label.setStyleSheet(f"QLabel {{ border: 2px solid {colour}; padding: 6px; }}")
    return label


class EmergencyDialog(QDialog):
    """Sex, approximate age and what is known — nothing else, and no insurance question."""

    submitted = Signal(object, object, str)  # sex | None, approximate age | None, what is known

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emergencyDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.sexTitle, self.ageTitle, self.knownTitle = QLabel(), QLabel(), QLabel()
        self.emergencySex = QComboBox()
        self.emergencySex.setObjectName("emergencySex")
        self.emergencyAge = QSpinBox()
        self.emergencyAge.setObjectName("emergencyAge")
        self.emergencyAge.setRange(NO_AGE, 130)
        self.emergencyAge.setValue(NO_AGE)
        self.emergencyKnown = QPlainTextEdit()
        self.emergencyKnown.setObjectName("emergencyKnown")
        self.emergencyKnown.setTabChangesFocus(True)
        self.emergencyKnown.setMaximumHeight(90)
        for title, field in ((self.sexTitle, self.emergencySex), (self.ageTitle, self.emergencyAge),
                             (self.knownTitle, self.emergencyKnown)):
            title.setBuddy(field)
            form.addRow(title, field)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.registerButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.registerButton.setObjectName("emergencyRegisterButton")
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.emergencySex.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Emergency — patient not identified"))
        # one word for Cancel on every dialog of the desk (Qt's own would differ)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.intro.setText(self.tr("Care starts now. Note what you can see; the patient gets a local "
                                   "number and can be identified later."))
        self.sexTitle.setText(self.tr("&Sex"))
        self.ageTitle.setText(self.tr("Approximate &age"))
        self.knownTitle.setText(self.tr("What is &known"))
        self.emergencyAge.setSpecialValueText(self.tr("not known"))
        self.emergencyKnown.setPlaceholderText(self.tr("e.g. brought by ambulance, name said: Asel"))
        current = self.emergencySex.currentIndex()
        self.emergencySex.clear()
        self.emergencySex.addItem(self.tr("not known"), None)
        self.emergencySex.addItem(self.tr("male"), "M")
        self.emergencySex.addItem(self.tr("female"), "F")
        self.emergencySex.setCurrentIndex(max(current, 0))
        self.registerButton.setText(self.tr("&Register emergency"))

    def _submit(self) -> None:
        age = self.emergencyAge.value()
        self.submitted.emit(self.emergencySex.currentData(), None if age == NO_AGE else age,
                            self.emergencyKnown.toPlainText())
        self.accept()


class EmergencyConfirm(QDialog):
    """One question before an emergency visit is recorded for the open card: is it this
    patient? Enter (or F9 again) says yes; someone else goes to the form for a patient not
    identified. Nothing here can stop the visit being recorded."""

    for_patient = Signal(int)
    for_someone_else = Signal()

    def __init__(self, record, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emergencyConfirm")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.record = record
        layout = QVBoxLayout(self)
        self.question = _headline()
        self.question.setObjectName("emergencyConfirmQuestion")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.who = QLabel(objectName="emergencyConfirmWho")
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.who.setWordWrap(True)
        layout.addWidget(self.question)
        layout.addWidget(self.who)
        self.buttons = QDialogButtonBox()
        self.confirmButton = QPushButton(objectName="emergencyConfirmButton")
        self.otherButton = QPushButton(objectName="emergencySomeoneElseButton")
        self.buttons.addButton(self.confirmButton, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.otherButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancelButton = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.confirmButton.setDefault(True)
        self.confirmButton.setAutoDefault(True)
        self.otherButton.setAutoDefault(False)
        self.confirmButton.clicked.connect(self.confirm)
        self.otherButton.clicked.connect(self._someone_else)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.confirmButton.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        r = self.record
        number = r.iin or r.local_id or "—"
        born = r.birth_date.strftime("%d.%m.%Y") if r.birth_date else "—"
        self.setWindowTitle(self.tr("Emergency"))
        self.question.setText(self.tr("Record an emergency visit for %1?").replace("%1", r.full_name))
        self.who.setText(self.tr("IIN or number: %1 · born %2").replace("%1", number).replace("%2", born))
        self.confirmButton.setText(self.tr("&Yes, for this patient (Enter)"))
        self.otherButton.setText(self.tr("&Someone else — not identified"))
        self.cancelButton.setText(self.tr("Cancel"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F9:  # F9 twice: yes, this patient
            self.confirm()
            return
        super().keyPressEvent(event)

    def confirm(self) -> None:
        self.accept()
        self.for_patient.emit(self.record.id)

    def _someone_else(self) -> None:
        self.accept()
        self.for_someone_else.emit()


class EmergencyResultDialog(QDialog):
    """The visit that was recorded, the emergency decision and its funding note."""

    referral_requested = Signal()

    def __init__(self, outcome: EmergencyOutcome, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emergencyResult")
        self.outcome = outcome
        layout = QVBoxLayout(self)
        self.headline = _headline()
        self.details = QLabel()
        self.details.setObjectName("emergencyDetails")
        self.details.setWordWrap(True)
        self.emergencyNote = _framed_note("emergencyNote", "#c62828")
        self.rules = QLabel()
        self.rules.setObjectName("emergencyRules")
        self.rules.setWordWrap(True)
        self.rules.setTextFormat(Qt.TextFormat.RichText)
        for w in (self.headline, self.details, self.emergencyNote, self.rules):
            layout.addWidget(w)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.referralButton = QPushButton()
        self.referralButton.setObjectName("emergencyReferralButton")
        self.buttons.addButton(self.referralButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.referralButton.clicked.connect(self.referral_requested)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        o = self.outcome
        self.setWindowTitle(self.tr("Emergency visit recorded"))
        self.headline.setText(self.tr("Emergency visit recorded — proceed with care"))
        lines = [shown_name(o.patient_name, current_lang())] if o.patient_name else []
        lines += [self.tr("Time: %1").replace("%1", o.at.strftime("%d.%m.%Y %H:%M")),
                 self.tr("Operator: %1").replace("%1", o.operator or "—")]
        if o.local_id:
            lines.append(self.tr("Local number: %1").replace("%1", o.local_id))
        lines.append(text(EMERGENCY_NOT_REQUIRED))  # never asked for, never waited for
        self.details.setText("\n".join(lines))
        note = text(o.note)
        if o.decision is not None:
            funding = text(codes.FUNDINGS[o.decision.funding])
            note = self.tr("Funding: %1").replace("%1", funding) + "\n" + note
        elif o.error:
            note = self.tr("Funding: unknown — check") + "\n" + note
        self.emergencyNote.setText(note)
        if o.decision is not None:
            # What a receptionist reads of a rule: its text, the act's citation and, for a rule
            # not confirmed, a calm mark whose reason is the tooltip.
            lang = current_lang()
            rules, _ = rules_html(o.decision.rules, lang, numbered=False)
            pack = self.tr("Rule pack: %1").replace("%1", release_of(o.decision.rule_pack) or "")
            self.rules.setText(f"{rules}<p><small>{escape(pack)}</small></p>")
            self.rules.setToolTip(reasons_tooltip(o.decision.rules, lang))
        else:
            self.rules.setText("")
            self.rules.setToolTip("")
        self.referralButton.setText(self.tr("Emergency &referral slip…"))


class EmergencyPendingDialog(QDialog):
    """The database could not take the visit: it is kept on this computer and written later."""

    def __init__(self, at: str, operator: str, waiting: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emergencyPending")
        self.at, self.operator, self.waiting = at, operator, waiting
        layout = QVBoxLayout(self)
        self.headline = _headline()
        self.pendingNote = _framed_note("pendingNote", "#ef6c00")
        self.details = QLabel()
        self.details.setWordWrap(True)
        for w in (self.headline, self.pendingNote, self.details):
            layout.addWidget(w)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Emergency visit saved on this computer"))
        self.headline.setText(self.tr("Emergency visit recorded — proceed with care"))
        self.pendingNote.setText(self.tr(
            "The database cannot take it right now. The visit is kept on this computer and will "
            "be written to the database automatically as soon as it answers."))
        self.details.setText("\n".join((
            self.tr("Time: %1").replace("%1", self.at),
            self.tr("Operator: %1").replace("%1", self.operator or "—"),
            self.tr("Emergency visits waiting to be written: %1").replace("%1", str(self.waiting)))))
