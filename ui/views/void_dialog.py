"""Voiding a referral or a visit entered by mistake: the question names what is voided, the
reason is required, and the register keeps the line marked voided (nothing is deleted)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from domain.messages import BadInput
from services import register
from ui.crash import report_failure
from ui.tasks import TaskRunner
from ui.translations import text


class VoidDialog(QDialog):
    """Ask for the reason and void on the desk's runner; stays open with the reason shown when
    the void is refused (already voided, reason not accepted)."""

    voided = Signal(object)  # services.register.Voided

    def __init__(self, tasks: TaskRunner, question: str, work: Callable[[object, str], object],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("voidDialog")
        # the number stays with its sign when the question wraps
        self.tasks, self.work, self.question = tasks, work, question.replace("№ ", "№\u00a0")
        self.questionLabel = QLabel(objectName="voidQuestion")
        self.questionLabel.setWordWrap(True)
        self.reasonLabel = QLabel()
        self.voidReasonEdit = QLineEdit(objectName="voidReasonEdit")
        self.voidReasonEdit.setMaxLength(register.REASON_LIMIT)
        self.reasonLabel.setBuddy(self.voidReasonEdit)
        self.errorLabel = QLabel(objectName="voidError")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.voidConfirmButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.voidConfirmButton.setObjectName("voidConfirmButton")
        self.voidCancelButton = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.voidCancelButton.setObjectName("voidCancelButton")
        layout = QVBoxLayout(self)
        for widget in (self.questionLabel, self.reasonLabel, self.voidReasonEdit, self.errorLabel):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.voidReasonEdit.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self._busy = False
        self.resize(520, 200)
        self.retranslate()
        self._update()
        self.voidReasonEdit.setFocus()

    @classmethod
    def for_referral(cls, tasks: TaskRunner, number: str, patient: str, operator: str,
                     parent: QWidget | None = None) -> VoidDialog:
        question = QCoreApplication.translate(
            "VoidDialog", "Void referral No. %1 of %2? The number is not used again; the register keeps the "
            "referral marked voided, and a reprint is marked voided too.").replace(
            "%1", number).replace("%2", patient)
        return cls(tasks, question,
                   lambda s, reason: register.void_referral(s, number, reason), parent)

    @classmethod
    def for_visit(cls, tasks: TaskRunner, visit_id: int, visit: str, operator: str,
                  parent: QWidget | None = None) -> VoidDialog:
        """`visit` names it for the receptionist (date, service, patient)."""
        question = QCoreApplication.translate(
            "VoidDialog", "Void the visit %1? It stays in the history marked voided.").replace("%1", visit)
        return cls(tasks, question,
                   lambda s, reason: register.void_visit(s, visit_id, reason), parent)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Void"))
        self.questionLabel.setText(self.question)
        self.reasonLabel.setText(self.tr("&Reason (required):"))
        self.voidReasonEdit.setPlaceholderText(self.tr("e.g. issued to the wrong patient"))
        self.voidConfirmButton.setText(self.tr("&Void"))
        self.voidCancelButton.setText(self.tr("Cancel"))

    def _update(self) -> None:
        self.voidConfirmButton.setEnabled(bool(self.voidReasonEdit.text().strip()) and not self._busy)

    def confirm(self) -> None:
        reason = self.voidReasonEdit.text()
        if not reason.strip() or self._busy:
            self.errorLabel.setText(self.tr("Write the reason first."))
            return
        self._busy = True
        self._update()
        work = self.work
        self.tasks.submit(lambda s: work(s, reason), self._done, self._failed)

    def _done(self, result: object) -> None:
        self._busy = False
        self.voided.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update()
        if isinstance(exc, BadInput):  # refused: said here, calmly; the form stays open
            self.errorLabel.setText(text(exc.message))
            return
        report_failure(exc, self)
