"""The settings window's rule packs page, driven through its widgets on a real database:
install, preview with progress and Cancel, activate after confirmation, roll back."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db.engine import open_database, session_factory
from domain.rulepack import load_rule_pack
from services import rulepacks
from tests.reports.sample_clinic import fill_clinic
from ui.settings_dialog import SettingsDialog
from ui.tasks import TaskRunner

NARROW = Path(__file__).resolve().parents[2] / "docs" / "examples" / "rulepack-2027-narrow-phc.zip"


@pytest.fixture
def tasks(qtbot, db_url):
    fill_clinic(db_url)
    engine = open_database(db_url, create=False)
    runner = TaskRunner(session_factory(engine))
    yield runner
    runner.wait()
    engine.dispose()


def active_version(db_url) -> str:
    engine = open_database(db_url, create=False)
    try:
        with session_factory(engine)() as s:
            return rulepacks.active_pack(s).label
    finally:
        engine.dispose()


def page(qtbot, tasks, lang="kk") -> SettingsDialog:
    dialog = SettingsDialog(None, tasks, lang)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.packs_busy() and not dialog.busy(), timeout=10000)
    dialog.tabs.setCurrentWidget(dialog.rulePackPage)
    return dialog


def rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_install_preview_activate_and_roll_back(qtbot, db_url, tasks, monkeypatch):
    dialog = page(qtbot, tasks)
    shipped = load_rule_pack().label
    assert [r[0] for r in rows(dialog.rulePackList)] == [shipped]
    assert dialog.rulePackUnconfirmed.rowCount() > 0  # the shipped pack's unconfirmed rules today
    assert all(r[2] for r in rows(dialog.rulePackUnconfirmed))  # each with its reason
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(NARROW), ""))
    qtbot.mouseClick(dialog.rulePackInstall, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.rulePackList.rowCount() == 2 and not dialog.packs_busy(), timeout=10000)
    assert dialog.selected_pack() == "2026.12.narrow"
    assert active_version(db_url) == shipped  # installed, not active
    # preview on 2027-01-01
    dialog.rulePackDate.setDate(QDate(2027, 1, 1))
    qtbot.mouseClick(dialog.rulePackPreview, Qt.MouseButton.LeftButton)
    assert dialog.rulePackCancel.isEnabled()
    qtbot.waitUntil(lambda: not dialog.previewing(), timeout=60000)
    changes = rows(dialog.rulePackDiff)
    assert changes and all(int(r[3]) > 0 for r in changes)
    assert dialog.diff_result.changes[0].service == "phc_visit"
    assert dialog.rulePackProgress.value() == dialog.rulePackProgress.maximum()
    # activation asks first: "No" changes nothing
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.rulePackActivate, Qt.MouseButton.LeftButton)
    assert active_version(db_url) == shipped
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.rulePackActivate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.packs_busy() and dialog.overview.active.startswith("2026.12.narrow"),
                    timeout=10000)
    assert active_version(db_url) == "2026.12.narrow"
    assert "2026.12.narrow" in dialog.rulePackActiveLabel.text()
    # roll back to the shipped pack
    dialog.select_pack(shipped)
    qtbot.mouseClick(dialog.rulePackActivate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.packs_busy() and dialog.overview.active == load_rule_pack().version,
                    timeout=10000)
    assert active_version(db_url) == shipped


def test_a_refused_pack_is_said_in_the_dialog(qtbot, tmp_path, tasks):
    dialog = page(qtbot, tasks, "ru")
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"nope")
    dialog.install_pack(str(bad))
    qtbot.waitUntil(lambda: not dialog.packs_busy(), timeout=10000)
    assert "отклонён" in dialog.rulePackStatus.text()
    assert dialog.rulePackList.rowCount() == 1


def test_cancel_really_stops_the_preview(qtbot, db_url, tasks, monkeypatch):
    from services import rulepack_diff

    dialog = page(qtbot, tasks)
    dialog.install_pack(str(NARROW))
    qtbot.waitUntil(lambda: dialog.rulePackList.rowCount() == 2 and not dialog.packs_busy(), timeout=10000)
    decided = []
    real = rulepack_diff.compare

    def slow(records, on, old, new):  # one patient at a time, so there is time to cancel
        decided.append(len(records))
        time.sleep(0.3)
        return real(records, on, old, new)

    monkeypatch.setattr(rulepack_diff, "compare", slow)
    monkeypatch.setattr(rulepack_diff, "BATCH", 1)
    monkeypatch.setattr(rulepack_diff, "IN_PROCESS_BELOW", 10**9)
    dialog.rulePackDate.setDate(QDate(2027, 1, 1))
    qtbot.mouseClick(dialog.rulePackPreview, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(decided), timeout=10000)
    qtbot.mouseClick(dialog.rulePackCancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.previewing(), timeout=10000)
    stopped_at = len(decided)
    qtbot.wait(800)
    assert len(decided) == stopped_at  # nothing decided after the cancel was seen
    assert dialog.diff_result is None and dialog.rulePackDiff.rowCount() == 0
    assert dialog.rulePackPreview.isEnabled()
    assert date.today()
