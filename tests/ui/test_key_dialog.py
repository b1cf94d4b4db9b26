"""The desk on an encrypted database: it asks for the key, says calmly when a key does not open
the database and asks again, and opens the database with the right one; closed without a key
it leaves with 2 and the database untouched."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from db import encryption
from db.cipher import encrypt_sqlite
from db.engine import open_database, session_factory
from db.repositories import save_patient
from domain.records import Patient
from scripts.driving import type_text
from ui.views.key_dialog import KeyDialog

KEY = "kilt-Almaty-2026"


@pytest.fixture
def encrypted(tmp_path) -> Path:
    path = tmp_path / "clinic.sqlite"
    engine = open_database(f"sqlite:///{path}")
    with session_factory(engine).begin() as s:
        save_patient(s, Patient("Сейітова", "Әйгерім", iin="850515400012",
                                birth_date=date(1985, 5, 15), sex="F"))
    engine.dispose()
    encrypt_sqlite(path, KEY)
    encryption.forget_all()  # as on a fresh start: the desk knows no key
    return path


@pytest.fixture(autouse=True)
def _desks_closed(qapp):
    """Each test runs the desk's own event loop (`run_desk`). Closing its last window asks the
    application to quit; such a request left over after the loop ended would stop every later
    test's waiting at once. So: no quit on a closed window here, the desk a test leaves open
    (left with 2) is closed, and any quit request still queued is dropped."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from ui.main_window import MainWindow

    qapp.setQuitOnLastWindowClosed(False)
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and isinstance(widget, (MainWindow, KeyDialog)):
            widget.close()
    QCoreApplication.removePostedEvents(qapp, QEvent.Type.Quit)
    qapp.setQuitOnLastWindowClosed(True)


def _key_dialog() -> KeyDialog | None:
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, KeyDialog) and w.isVisible()]
    return shown[-1] if shown else None


def _window():
    from ui.main_window import MainWindow

    # the desk of this test: those of earlier tests are closed, not yet deleted
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    return found[-1] if found else None


def _drive(steps: list) -> None:
    """Run each step once its condition holds (polled on the event loop)."""

    def tick() -> None:
        if not steps:
            return
        ready, act = steps[0]
        if ready():
            steps.pop(0)
            act()
        QTimer.singleShot(50, tick)

    QTimer.singleShot(50, tick)


def test_the_desk_asks_for_the_key_says_a_wrong_one_calmly_and_opens_with_the_right_one(
        qapp, encrypted):
    from ui.app import run_desk

    seen: dict = {}

    def type_key(key: str) -> None:
        dialog = _key_dialog()
        seen.setdefault("dialogs", []).append(
            (dialog.errorLabel.text(), dialog.encryptionKeyEdit.echoMode()))
        type_text(dialog.encryptionKeyEdit, key)
        dialog.okButton.click()

    def opened() -> bool:
        window = _window()
        return window is not None and window.engine is not None

    def close() -> None:
        window = _window()
        seen["label"] = window.db_label
        with window.engine.connect() as conn:
            seen["patients"] = conn.exec_driver_sql("SELECT count(*) FROM patients").scalar()
        window.close()
        QApplication.instance().quit()

    _drive([
        (lambda: _key_dialog() is not None, lambda: type_key("not-the-key")),
        (lambda: _key_dialog() is not None and _key_dialog().wrong, lambda: type_key(KEY)),
        (opened, close),
    ])
    code = run_desk(str(encrypted), "ru")
    assert code == 0
    (first_error, echo), (second_error, _echo) = seen["dialogs"]
    assert first_error == ""  # first asked: nothing wrong yet
    assert second_error.startswith("Этот ключ не открывает базу данных")  # said in Russian
    assert echo == echo.Password  # the key is not shown as it is typed
    assert seen["patients"] == 1
    assert seen["label"] == str(encrypted)


def test_closing_the_key_dialog_leaves_the_desk_with_2_and_the_file_as_it_was(
        qapp, encrypted, capfd):
    from ui.app import run_desk

    before = encrypted.read_bytes()
    _drive([(lambda: _key_dialog() is not None, lambda: _key_dialog().cancelButton.click())])
    code = run_desk(str(encrypted), "kk")
    assert code == 2
    assert "шифрланған" in capfd.readouterr().err
    assert encrypted.read_bytes() == before


def test_an_emergency_is_recorded_before_the_key_and_written_once_the_key_opens_the_database(
        qapp, encrypted):
    """The key is with the administrator, the patient is at the door: the key dialog's
    emergency button records a patient not identified; the visit waits on this computer and is
    in the database, as an emergency without a sign-in, once the key is typed."""
    from PySide6.QtWidgets import QDialog

    from ui.app import run_desk

    seen: dict = {}

    def emergency_form():
        dialog = _key_dialog()
        found = dialog.findChildren(QDialog, "emergencyDialog") if dialog is not None else []
        return next((d for d in found if d.isVisible()), None)

    def fill_form() -> None:
        form = emergency_form()
        form.emergencySex.setCurrentIndex(form.emergencySex.findData("F"))
        form.emergencyKnown.setPlainText("ambulance, about 40")
        form.registerButton.click()

    def waiting() -> bool:
        dialog = _key_dialog()
        return dialog is not None and dialog.waitingLabel.isVisible()

    def note_and_type_key() -> None:
        dialog = _key_dialog()
        seen["waiting"] = dialog.waitingLabel.text()
        seen["journal"] = len(_window().journal().pending())
        type_text(dialog.encryptionKeyEdit, KEY)
        dialog.okButton.click()

    def written() -> bool:
        window = _window()
        return window is not None and window.engine is not None and window.last_emergency is not None \
            and not window.journal().pending()

    def close() -> None:
        window = _window()
        with window.engine.connect() as conn:
            seen["visits"] = conn.exec_driver_sql(
                "SELECT v.emergency, p.sex FROM visits v JOIN patients p ON p.id = v.patient_id").all()
            seen["events"] = [row[0] for row in conn.exec_driver_sql(
                "SELECT action FROM audit_events ORDER BY id")]
        window.close()
        QApplication.instance().quit()

    _drive([
        (lambda: _key_dialog() is not None, lambda: _key_dialog().emergencyButton.click()),
        (lambda: emergency_form() is not None, fill_form),
        (waiting, note_and_type_key),
        (written, close),
    ])
    code = run_desk(str(encrypted), "kk")
    assert code == 0
    assert seen["journal"] == 1 and ": 1." in seen["waiting"]
    assert seen["visits"] == [(1, "F")]  # the only visit: the emergency, of the woman brought in
    assert "emergency_without_login" in seen["events"]
