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


def _key_dialog() -> KeyDialog | None:
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, KeyDialog) and w.isVisible()]
    return shown[-1] if shown else None


def _window():
    from ui.main_window import MainWindow

    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
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
