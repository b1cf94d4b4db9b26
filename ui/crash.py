"""One place for the unexpected: a crash log and a dialog the receptionist can read."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from domain.messages import BadInput
from services.errors import database_fault, incident_mark, write_crash_log
from ui.translations import text

log = logging.getLogger(__name__)


def report_exception(exc: BaseException, parent: QWidget | None = None) -> QMessageBox:
    """Log the exception and show it without blocking the desk (emergencies go on)."""
    mark = incident_mark()
    write_crash_log(exc, mark)
    log.error("unexpected error [%s]", mark, exc_info=exc)
    box = QMessageBox(parent or QApplication.activeWindow())
    box.setObjectName("crashDialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Unexpected error"))
    # plain words only: the exception, the file and the traceback go to the log, not the screen
    box.setText(QCoreApplication.translate(
        "CrashDialog", "Something went wrong in the desk. What it said was saved is saved; "
        "the last action may not have been done. Try it again."))
    box.setInformativeText(QCoreApplication.translate(
        "CrashDialog", "If it happens again, tell the administrator the mark %1: the details are "
        "in the desk's log under it. The desk keeps working.").replace("%1", mark))
    box.open()
    return box


def show_bad_input(exc: BadInput, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(parent or QApplication.activeWindow())
    box.setObjectName("badInputDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Cannot do that"))
    box.setText(text(exc.message))
    box.open()
    return box


def report_failure(exc: BaseException, parent: QWidget | None = None) -> QMessageBox:
    if isinstance(exc, BadInput):
        return show_bad_input(exc, parent)
    fault = database_fault(exc)
    if fault is not None:
        # an expected fault of the machine (locked, disk full, read-only, server gone): calm
        # words, no crash dialog; the desk goes on
        log.warning("database fault: %s", exc)
        return show_bad_input(BadInput(fault, field="db"), parent)
    return report_exception(exc, parent)


def install_excepthook() -> None:
    """Uncaught exceptions in Qt callbacks end in the crash dialog, not a silent stderr line."""
    previous = sys.excepthook

    def hook(kind, exc, tb):
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        report_failure(exc.with_traceback(tb))

    sys.excepthook = hook
