"""Backups on the desk: the settings dialog's backup section and the daily backup at start-up,
driven through the real widgets on real databases."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QPushButton

from db.backup import (
    ERR_FOLDER_MISSING,
    default_backup_folder,
    list_backups,
    record_backup,
    save_backup_folder,
    settings_of_file,
)
from db.engine import open_database, session_factory
from services.backups import ERR_CHOOSE
from tests.reports.sample_clinic import fill_clinic
from tests.ui.conftest import wait_ready
from ui.settings_dialog import SettingsDialog
from ui.tasks import TaskRunner


@pytest.fixture
def clinic(qtbot, db_url):
    fill_clinic(db_url)
    engine = open_database(db_url, create=False)
    runner = TaskRunner(session_factory(engine))
    yield engine, runner
    runner.wait()
    engine.dispose()


def _dialog(qtbot, runner, lang="ru") -> SettingsDialog:
    dialog = SettingsDialog(None, runner, lang)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy() and not dialog.backup_busy(), timeout=10_000)
    return dialog


def _set(engine, write) -> None:
    with engine.begin() as conn:
        write(conn)


def test_an_old_backup_is_shown_as_a_warning_and_back_up_now_makes_one(qtbot, clinic):
    engine, runner = clinic
    _set(engine, lambda c: record_backup(c, datetime.now() - timedelta(days=3)))
    dialog = _dialog(qtbot, runner, "ru")
    for name, kind in (("backupFolder", QLineEdit), ("backupAge", None),
                       ("backupNow", QPushButton), ("backupChoose", QPushButton)):
        found = dialog.findChild(kind or object, name)
        assert found is not None, name
    assert dialog.backupFolder.text() == str(default_backup_folder())
    assert dialog.backupAge.text() == "3 дня назад"
    assert "color" in dialog.backupAge.styleSheet()
    assert dialog.backupWarning.isVisible()
    assert dialog.backupWarning.text()
    assert list_backups(default_backup_folder()) == []

    qtbot.mouseClick(dialog.backupNow, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.backup_busy(), timeout=10_000)
    made = list_backups(default_backup_folder())
    assert len(made) == 1 and made[0].tag == "manual"
    assert made[0].path.name in dialog.backupResult.text()
    assert dialog.backupAge.text() == "только что"
    assert dialog.backupAge.styleSheet() == ""
    assert not dialog.backupWarning.isVisible()
    assert dialog.errorLabel.text() == ""


def test_the_age_is_in_kazakh_and_none_yet_is_a_warning_too(qtbot, clinic):
    engine, runner = clinic
    dialog = _dialog(qtbot, runner, "kk")
    assert "color" in dialog.backupAge.styleSheet() and dialog.backupWarning.isVisible()
    dialog.close()
    _set(engine, lambda c: record_backup(c, datetime.now() - timedelta(hours=3, minutes=5)))
    dialog = _dialog(qtbot, runner, "kk")
    assert dialog.backupAge.text() == "3 сағат бұрын"
    assert dialog.backupAge.styleSheet() == "" and not dialog.backupWarning.isVisible()


def test_choosing_a_folder_stores_it_for_this_database(qtbot, clinic, tmp_path, monkeypatch):
    engine, runner = clinic
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog = _dialog(qtbot, runner, "ru")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    qtbot.mouseClick(dialog.backupChoose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.backup_busy(), timeout=10_000)
    assert dialog.backupFolder.text() == str(stick)
    assert settings_of_file(Path(engine.url.database)).folder == stick
    qtbot.mouseClick(dialog.backupNow, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.backup_busy(), timeout=10_000)
    assert [b.path.parent for b in list_backups(stick)] == [stick]

    gone = tmp_path / "removed"
    dialog.choose_backup_folder(str(gone))
    qtbot.waitUntil(lambda: not dialog.backup_busy(), timeout=10_000)
    assert dialog.errorLabel.text() == ERR_CHOOSE.format(where=f" ({gone})").ru
    assert settings_of_file(Path(engine.url.database)).folder == stick
    assert dialog.backupFolder.text() == str(stick)


def test_a_missing_folder_makes_back_up_now_say_so_calmly(qtbot, clinic, tmp_path):
    engine, runner = clinic
    gone = tmp_path / "removed-stick"
    _set(engine, lambda c: save_backup_folder(c, gone))
    dialog = _dialog(qtbot, runner, "ru")
    qtbot.mouseClick(dialog.backupNow, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.backup_busy(), timeout=10_000)
    assert dialog.errorLabel.text() == ERR_FOLDER_MISSING.format(where=f" ({gone})").ru
    assert dialog.backupNow.isEnabled()
    assert list_backups(default_backup_folder()) == []


@pytest.mark.postgres
def test_on_postgresql_the_section_points_to_pg_dump(qtbot, postgres_url):
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("CREATE DATABASE settings_backup_test"))
    admin.dispose()
    url = make_url(postgres_url).set(database="settings_backup_test").render_as_string(
        hide_password=False)
    engine = open_database(url)
    runner = TaskRunner(session_factory(engine))
    try:
        dialog = _dialog(qtbot, runner, "kk")
        assert not dialog.backupNow.isEnabled() and not dialog.backupChoose.isEnabled()
        assert "pg_dump" in dialog.backupWarning.text()
        assert dialog.backupFolder.text() == ""
    finally:
        runner.wait()
        engine.dispose()


# --- the desk's daily backup ------------------------------------------------------------------

def test_the_desk_makes_its_daily_backup_at_start_up(qtbot, window):
    made = list_backups(default_backup_folder())
    assert [b.tag for b in made] == ["daily"]
    assert window.last_backup == made[0] and window.backup_failure is None
    timer = window.findChild(type(window._backup_timer), "backupTimer")
    assert timer.isActive() and timer.interval() == 60 * 60 * 1000
    # the hourly check finds it fresh: no second file
    window.daily_backup()
    wait_ready(qtbot, window)
    assert list_backups(default_backup_folder()) == made


def test_a_failed_daily_backup_is_one_calm_status_line(qtbot, desk_db, tmp_path):
    from ui.app import build_main_window

    url, _ids = desk_db
    gone = tmp_path / "removed-stick"
    engine = open_database(url)
    with engine.begin() as conn:
        save_backup_folder(conn, gone)
    engine.dispose()
    w = build_main_window(url, "ru")
    qtbot.addWidget(w)
    w.show()
    wait_ready(qtbot, w)
    expected = ERR_FOLDER_MISSING.format(where=f" ({gone})").ru
    assert w.statusBar().currentMessage() == expected
    assert w.findChildren(QMessageBox) == []
    w.close()
