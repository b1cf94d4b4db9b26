"""The clinic settings dialog, driven through its widgets on a real database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from services.referrals import clinic_settings
from tests.reports.sample_clinic import fill_clinic
from ui.settings_dialog import SettingsDialog, open_settings_dialog


def _save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_defaults_come_from_the_clinic_and_edits_are_stored(qtbot, db_url):
    fill_clinic(db_url)
    dialog = SettingsDialog(None, db_url, "kk")
    qtbot.addWidget(dialog)
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
    stored = clinic_settings(db_url)
    assert (stored.site_prefix, stored.form_code_consultation, stored.paper, stored.validity_days) == (
        "ALM05", "КДК-7/у", "A5", 14)
    assert [(d.name, d.position) for d in stored.doctors] == [("Жұмабаева Гүлнар Асқарқызы", "терапевт")]
    again = SettingsDialog(None, db_url, "kk")
    qtbot.addWidget(again)
    assert again.doctorsTable.rowCount() == 1 and again.paperCombo.currentText() == "A5"


def test_a_bad_value_keeps_the_dialog_open_with_a_message_in_the_desk_language(qtbot, db_url):
    fill_clinic(db_url)
    dialog = SettingsDialog(None, db_url, "ru")
    qtbot.addWidget(dialog)
    dialog.show()
    before = clinic_settings(db_url)
    dialog.binEdit.setText("12345")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert "БИН должен состоять из 12 цифр" in dialog.errorLabel.text()
    assert clinic_settings(db_url).org_bin == before.org_bin
    dialog.binEdit.setText("123456789012")
    dialog.sitePrefixEdit.setText("А-1")  # Cyrillic А and a dash
    _save(qtbot, dialog)
    assert "Префикс" in dialog.errorLabel.text()
    assert dialog.focusWidget() is dialog.sitePrefixEdit


def test_removing_a_doctor(qtbot, db_url):
    fill_clinic(db_url)
    dialog = SettingsDialog(None, db_url)
    qtbot.addWidget(dialog)
    dialog.add_doctor_row("Ким Ольга", "педиатр")
    dialog.add_doctor_row("Ахметов Ерлан", "хирург")
    dialog.doctorsTable.setCurrentCell(0, 0)
    qtbot.mouseClick(dialog.removeDoctorButton, Qt.MouseButton.LeftButton)
    _save(qtbot, dialog)
    assert [d.name for d in clinic_settings(db_url).doctors] == ["Ахметов Ерлан"]


def test_open_settings_dialog_does_not_block_and_follows_the_parent_language(qtbot, db_url):
    from PySide6.QtWidgets import QMainWindow

    fill_clinic(db_url)
    window = QMainWindow()
    window.setProperty("lang", "ru")
    qtbot.addWidget(window)
    open_settings_dialog(window, db_url)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible() and dialog.lang == "ru"
    dialog.reject()
