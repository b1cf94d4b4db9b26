"""The first-run setup on a fresh computer, driven through its real widgets with the keyboard (Tab
from field to field, Enter for the next page, Esc to leave), then the desk it set up issues a
referral whose number carries the new prefix."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from db.desk_config import config_path, default_db_path, needs_setup, read_config
from db.engine import open_database, resolve_url, session_factory
from db.models import ClinicSettingRecord, SettingRecord, UserRecord
from domain.bin import make_bin
from tests.reports.sample_clinic import AIGERIM_IIN, fill_clinic
from tests.ui.conftest import type_text, wait_ready
from ui import translations
from ui.app import build_main_window, build_setup_dialog
from ui.referral_dialog import ReferralDialog

BIN = make_bin("04064000123")  # a valid control digit: 040640001234
ON = date(2026, 11, 22)


def focused():
    return QApplication.focusWidget()


def key(qtbot, which) -> None:
    qtbot.keyClick(focused(), which)


def type_into_focus(qtbot, text: str) -> None:
    type_text(focused(), text)


@pytest.fixture
def setup_dialog(qtbot):
    translations.install("kk")
    dialog = build_setup_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is dialog.setupClinicKkEdit, timeout=5000)
    yield dialog
    dialog.tasks.wait()


def fill_clinic_page(qtbot, dialog, bin_text: str = BIN) -> None:
    """Clinic name (kk), Tab, name (ru), Tab, BIN, Tab, address, Tab, phone, Enter."""
    type_into_focus(qtbot, "Көктөбе ауылдық емханасы")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.setupClinicRuEdit
    type_into_focus(qtbot, "Сельская поликлиника Коктобе")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.setupBinEdit
    type_into_focus(qtbot, bin_text)
    key(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, "Көктөбе а., Абай к-сі, 1")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.setupPhoneEdit
    type_into_focus(qtbot, "+7 727 000 00 00")
    key(qtbot, Qt.Key.Key_Return)


def test_a_fresh_computer_needs_the_setup_and_make_run_does_not(tmp_path):
    assert needs_setup(None)
    assert not needs_setup(str(tmp_path / "demo.sqlite"))  # `make run` passes --db


def test_setup_by_keyboard_then_a_referral_carries_the_new_prefix(qtbot, setup_dialog, tmp_path):
    dialog = setup_dialog
    assert dialog.setupStepLabel.text() and dialog.page() == 0
    fill_clinic_page(qtbot, dialog)
    assert dialog.page() == 1, dialog.setupErrorLabel.text()
    # The data stays on this computer; the prefix is suggested from the clinic's name.
    assert dialog.setupLocalRadio.isChecked() and dialog.setupPrefixEdit.text() == "KAE01"
    dialog.setupPrefixEdit.setFocus()
    dialog.setupPrefixEdit.selectAll()
    type_into_focus(qtbot, "kok7")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.setupPaperCombo
    key(qtbot, Qt.Key.Key_Down)  # A5
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.page() == 2, dialog.setupErrorLabel.text()
    assert focused() is dialog.setupAdminNameEdit
    type_into_focus(qtbot, "Сәуле Ахметова")
    key(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, "saule")
    key(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, "kokto-2026")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.setupAdminRepeatEdit
    type_into_focus(qtbot, "kokto-2026")
    assert dialog.setupNextButton.text().replace("&", "") == "Аяқтау"
    with qtbot.waitSignal(dialog.configured, timeout=30_000):
        key(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted

    config = read_config()
    assert config is not None and config.site_prefix == "KOK7" and config.language == "kk"
    assert config.clinic == BIN  # the desk's clinic, whose settings it reads and writes
    assert config.database == ""  # this computer: the file in the user's data directory
    assert not needs_setup(None) and default_db_path().exists()
    url = resolve_url(None)
    assert url.endswith(str(default_db_path()))
    engine = open_database(url)
    with session_factory(engine)() as s:
        stored = {k: json.loads(s.get(ClinicSettingRecord, (BIN, k)).value)
                  for k in ("org_name_kk", "org_bin", "paper")}
        stored["site_prefix"] = json.loads(s.get(SettingRecord, "site_prefix").value)
        admin = s.scalars(select(UserRecord).where(UserRecord.login == "saule")).one()
        assert s.get(SettingRecord, "pending_admin") is None
    engine.dispose()
    assert stored == {"org_name_kk": "Көктөбе ауылдық емханасы", "org_bin": BIN, "paper": "A5",
                      "site_prefix": "KOK7"}
    # the first administrator is an account: an Argon2 hash, never the password
    assert admin.role == "administrator" and admin.active
    assert admin.password_hash.startswith("$argon2id$") and "kokto-2026" not in admin.password_hash

    # The desk on the database the setup chose issues a referral numbered with KOK7.
    ids = fill_clinic(url)
    window = build_main_window(url, "kk", login=("saule", "kokto-2026"))
    qtbot.addWidget(window)
    window.show()
    wait_ready(qtbot, window)
    referral = ReferralDialog(None, window.tasks, ids[AIGERIM_IIN], "specialist_consult", ON, "kk", False)
    qtbot.addWidget(referral)
    referral.show()
    qtbot.waitUntil(lambda: not referral.busy() and referral.decision is not None, timeout=20_000)
    target = tmp_path / "slip.pdf"
    referral.save_path_provider = lambda _suggested: str(target)
    with qtbot.waitSignal(referral.saved, timeout=30_000):
        qtbot.mouseClick(referral.saveButton, Qt.MouseButton.LeftButton)
    assert referral.issued.number == f"KOK7-{ON.year}-000001"
    assert target.read_bytes().startswith(b"%PDF")
    referral.close()
    window.tasks.wait()
    window.close()


def test_a_bin_with_a_wrong_control_digit_keeps_the_first_page(qtbot, setup_dialog):
    dialog = setup_dialog
    wrong = BIN[:11] + str((int(BIN[11]) + 1) % 10)
    fill_clinic_page(qtbot, dialog, wrong)
    assert dialog.page() == 0
    assert "бақылау цифры" in dialog.setupErrorLabel.text()
    assert focused() is dialog.setupBinEdit


def test_escape_leaves_and_writes_nothing(qtbot, setup_dialog):
    dialog = setup_dialog
    fill_clinic_page(qtbot, dialog)
    assert dialog.page() == 1
    key(qtbot, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert not config_path().exists() and not default_db_path().exists()
    assert needs_setup(None)


def test_the_language_switches_the_setup_at_once(qtbot, setup_dialog):
    dialog = setup_dialog
    assert dialog.setupLocalRadio.text().replace("&", "") == "Осы компьютерде"
    dialog.setupLanguageCombo.setCurrentIndex(dialog.setupLanguageCombo.findData("ru"))
    assert dialog.setupLocalRadio.text().replace("&", "") == "На этом компьютере"
    assert dialog.setupCancelButton.text() == "Отмена"
    fill_clinic_page(qtbot, dialog, "12345")
    assert "БИН должен состоять ровно из 12 цифр" in dialog.setupErrorLabel.text()
    translations.install("kk")


def test_a_server_that_cannot_be_reached_is_said_and_keeps_the_page(qtbot, setup_dialog):
    dialog = setup_dialog
    fill_clinic_page(qtbot, dialog)
    dialog.setupServerRadio.setChecked(True)
    dialog.setupServerUrlEdit.setFocus()
    # A closed port on this machine: the connection is refused at once.
    type_into_focus(qtbot, "postgresql://desk:pw@127.0.0.1:9/tirkeu")
    key(qtbot, Qt.Key.Key_Return)  # Next tests the connection first
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)
    assert dialog.page() == 1
    assert "серверіне қосылу мүмкін емес" in dialog.setupErrorLabel.text()
    assert "pw" not in dialog.setupErrorLabel.text()
    assert not config_path().exists()


def test_settings_open_the_setup_again_filled_with_the_clinic(qtbot, window):
    from ui.settings_dialog import SettingsDialog

    settings = SettingsDialog(window, window.tasks, "kk")
    qtbot.addWidget(settings)
    settings.show()
    qtbot.waitUntil(lambda: settings.settings is not None, timeout=10_000)
    settings.setupAgainButton.click()
    again = [d for d in settings.findChildren(QDialog, "setupDialog") if d.isVisible()]
    assert again and again[-1].setupPrefixEdit.text() == settings.settings.site_prefix
    assert again[-1].setupClinicKkEdit.text() == settings.settings.org_name_kk
    again[-1].reject()
    settings.reject()


def test_the_program_on_a_fresh_computer_waits_in_its_setup_not_the_desk(tmp_path):
    """`tirkeu` with no database given: the setup is on screen (the desk's window never shows,
    so it never prints its ready line) and nothing is written until it is finished."""
    import os
    import subprocess
    import sys

    from tests.helpers import ROOT

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TIRKEU_READY_MARKER": "DESK-READY"}
    with pytest.raises(subprocess.TimeoutExpired) as still_running:
        subprocess.run([sys.executable, str(ROOT / "main.py")], capture_output=True, env=env,
                       cwd=tmp_path, timeout=6)
    assert b"DESK-READY" not in (still_running.value.stdout or b"")
    assert not config_path().exists() and not default_db_path().exists()
