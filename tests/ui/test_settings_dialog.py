"""The clinic settings dialog, driven through its widgets on a real database."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from db.engine import open_database, session_factory
from services.referrals import clinic_settings
from tests.reports.sample_clinic import fill_clinic
from ui.settings_dialog import SettingsDialog, open_settings_dialog
from ui.tasks import TaskRunner


@pytest.fixture
def tasks(qtbot, db_url):
    """The desk's runner on a filled clinic database, as ui/app.py builds it."""
    fill_clinic(db_url)
    engine = open_database(db_url, create=False)
    runner = TaskRunner(session_factory(engine))
    yield runner
    runner.wait()
    engine.dispose()


def stored(db_url):
    engine = open_database(db_url, create=False)
    try:
        with session_factory(engine).begin() as session:
            return clinic_settings(session)
    finally:
        engine.dispose()


def make_dialog(qtbot, tasks, lang="kk"):
    dialog = SettingsDialog(None, tasks, lang)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
    return dialog


def _save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)


def test_defaults_come_from_the_clinic_and_edits_are_stored(qtbot, db_url, tasks):
    dialog = make_dialog(qtbot, tasks, "kk")
    assert dialog.orgNameRuEdit.text() == "КГП на ПХВ «Городская поликлиника №5» г. Алматы"
    assert dialog.binEdit.text() == "123456789012"
    assert dialog.formPlannedEdit.text() == "001-3/у"
    assert dialog.sitePrefixEdit.text().startswith("SELF")
    dialog.sitePrefixEdit.clear()
    qtbot.keyClicks(dialog.sitePrefixEdit, "alm05")
    dialog.formConsultationEdit.setText("КДК-7/у")
    dialog.paperCombo.setCurrentText("A5")
    dialog.validitySpin.setValue(14)
    qtbot.mouseClick(dialog.addDoctorButton, Qt.MouseButton.LeftButton)
    dialog.doctorsTable.item(0, 0).setText("Жұмабаева Гүлнар Асқарқызы")
    dialog.doctorsTable.item(0, 1).setText("терапевт")
    dialog.add_doctor_row()  # an empty row is not a doctor
    _save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = stored(db_url)
    assert (saved.site_prefix, saved.form_code_consultation, saved.paper, saved.validity_days) == (
        "ALM05", "КДК-7/у", "A5", 14)
    assert [(d.name, d.position) for d in saved.doctors] == [("Жұмабаева Гүлнар Асқарқызы", "терапевт")]
    again = make_dialog(qtbot, tasks, "kk")
    assert again.doctorsTable.rowCount() == 1 and again.paperCombo.currentText() == "A5"


def test_a_bad_value_keeps_the_dialog_open_with_a_message_in_the_desk_language(qtbot, db_url, tasks):
    dialog = make_dialog(qtbot, tasks, "ru")
    dialog.show()
    before = stored(db_url)
    dialog.binEdit.setText("12345")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert "БИН должен состоять из 12 цифр" in dialog.errorLabel.text()
    assert stored(db_url).org_bin == before.org_bin
    dialog.binEdit.setText("123456789012")
    dialog.sitePrefixEdit.setText("А-1")  # Cyrillic А and a dash
    _save(qtbot, dialog)
    assert "Префикс" in dialog.errorLabel.text()
    assert dialog.focusWidget() is dialog.sitePrefixEdit


def test_removing_a_doctor(qtbot, db_url, tasks):
    dialog = make_dialog(qtbot, tasks)
    dialog.add_doctor_row("Ким Ольга", "педиатр")
    dialog.add_doctor_row("Ахметов Ерлан", "хирург")
    dialog.doctorsTable.setCurrentCell(0, 0)
    qtbot.mouseClick(dialog.removeDoctorButton, Qt.MouseButton.LeftButton)
    _save(qtbot, dialog)
    assert [d.name for d in stored(db_url).doctors] == ["Ахметов Ерлан"]


def test_open_settings_dialog_does_not_block_and_follows_the_parent_language(qtbot, tasks):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    window.setProperty("lang", "ru")
    qtbot.addWidget(window)
    open_settings_dialog(window, tasks)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible() and dialog.lang == "ru"
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
    dialog.reject()


def test_open_settings_dialog_follows_the_desk_lang_attribute(qtbot, tasks):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    window.lang = "ru"
    qtbot.addWidget(window)
    open_settings_dialog(window, tasks)
    dialog = window.findChild(SettingsDialog)
    assert dialog.lang == "ru"
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
    dialog.reject()


def test_loading_and_saving_run_off_the_gui_thread_and_a_busy_database_freezes_nothing(
        qtbot, db_url, tasks, monkeypatch):
    from services import referrals

    threads = []
    for name in ("clinic_settings", "update_clinic_settings"):
        real = getattr(referrals, name)

        def call(*args, _real=real, **kwargs):
            threads.append(threading.current_thread())
            return _real(*args, **kwargs)

        monkeypatch.setattr(referrals, name, call)
    dialog = SettingsDialog(None, tasks, "kk")
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert dialog.settings is None and not save.isEnabled() and dialog.statusLabel.text()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
    assert save.isEnabled() and dialog.statusLabel.text() == ""
    # Another desk holds the write lock: the save waits on a worker, the window stays live.
    other = sqlite3.connect(db_url.removeprefix("sqlite:///"), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        dialog.validitySpin.setValue(21)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert dialog.busy() and not save.isEnabled() and dialog.statusLabel.text()
        dialog.reject()  # a save under way cannot be cancelled
        qtbot.wait(200)
        assert dialog.busy()
    finally:
        other.execute("COMMIT")
        other.close()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)
    assert stored(db_url).validity_days == 21
    assert len(threads) == 2 and all(t is not threading.main_thread() for t in threads)
