"""Driving the desk as a receptionist would: typing key by key, waiting, finding dialogs.
Shared by the screenshot script and the GUI tests."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def wait(ms: int = 300, until: Callable[[], bool] | None = None, limit_ms: int = 15_000) -> None:
    loop = QEventLoop()
    waited = 0
    while True:
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(ms)
        loop.exec()
        waited += ms
        if until is None or until() or waited >= limit_ms:
            return


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard, one key event per character (QTest.keyClicks knows only ASCII)."""
    for ch in text:
        key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def visible_dialog(window, name: str):
    """The newest visible dialog of that object name (earlier ones may linger closed)."""
    shown = [d for d in window.findChildren(QDialog, name) if d.isVisible()]
    return shown[-1] if shown else None


def confirm_emergency(window) -> QDialog:
    """Answer the question F9 asks when a card is open, the way a receptionist does: Enter."""
    wait(50, until=lambda: visible_dialog(window, "emergencyConfirm") is not None, limit_ms=5_000)
    dialog = visible_dialog(window, "emergencyConfirm")
    if dialog is None:
        raise AssertionError("F9 with a card open asked nothing")
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(dialog.focusWidget() or dialog,
                               QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))
    return dialog
