"""F9 records the visit even when the database cannot take it: the visit waits in the journal on
disk, the receptionist is told so, and it reaches the database once the database answers."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from scripts.driving import confirm_emergency
from services import desk
from services.journal import EmergencyJournal
from tests.helpers import ROOT
from tests.ui.conftest import visible_dialog, wait_ready


def _visits(path, patient_id):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT uuid, emergency, operator FROM visits WHERE patient_id = ?",
                           (patient_id,)).fetchall()
    finally:
        con.close()


@pytest.fixture
def quick_busy(monkeypatch):
    # a locked database answers "busy" after a fifth of a second instead of ten
    import db.engine

    monkeypatch.setattr(db.engine, "BUSY_TIMEOUT_MS", 200)


def _window(qtbot, url):
    from ui.app import build_main_window

    w = build_main_window(url, "kk")
    qtbot.addWidget(w)
    w.show()
    wait_ready(qtbot, w)
    return w


def test_an_emergency_goes_through_the_journal_and_leaves_it_empty(qtbot, window, desk_db):
    url, ids = desk_db
    window.open_patient(ids["askar"])
    qtbot.waitUntil(lambda: window.current_patient_id == ids["askar"], timeout=5000)
    with qtbot.waitSignal(window.emergency_recorded, timeout=5000):
        qtbot.mouseClick(window.emergencyButton, Qt.MouseButton.LeftButton)
        confirm_emergency(window)
    path = url.removeprefix("sqlite:///")
    [(uuid, emergency, _op)] = _visits(path, ids["askar"])
    assert emergency and len(uuid) == 32
    assert window.journal().pending() == [] and not window.journalStatus.isVisible()


def test_a_locked_database_keeps_the_visit_and_writes_it_when_free(qtbot, quick_busy, desk_db):
    url, ids = desk_db
    path = url.removeprefix("sqlite:///")
    window = _window(qtbot, url)
    window.open_patient(ids["askar"])
    qtbot.waitUntil(lambda: window.current_patient_id == ids["askar"], timeout=5000)
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=5000)
    other = sqlite3.connect(path, isolation_level=None)  # another program writing meanwhile
    other.execute("BEGIN IMMEDIATE")
    try:
        qtbot.keyClick(window, Qt.Key.Key_F9)
        confirm_emergency(window)
        qtbot.waitUntil(lambda: visible_dialog(window, "emergencyPending") is not None, timeout=10_000)
        pending = visible_dialog(window, "emergencyPending")
        assert "осы компьютерде" in pending.windowTitle()
        assert window.journalStatus.isVisible() and window.journalStatus.text().endswith(": 1")
        [entry] = window.journal().pending()
        assert entry["patient_id"] == ids["askar"]
        assert _visits(path, ids["askar"]) == []
    finally:
        other.execute("ROLLBACK")
        other.close()
    window.write_journal()  # what the retry timer does
    qtbot.waitUntil(lambda: not window.journalStatus.isVisible(), timeout=10_000)
    [(uuid, emergency, operator)] = _visits(path, ids["askar"])
    assert uuid == entry["id"] and emergency and operator == window.operator
    window.write_journal()
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=5000)
    assert len(_visits(path, ids["askar"])) == 1  # written once
    from PySide6.QtWidgets import QMessageBox

    assert window.findChildren(QMessageBox, "crashDialog") == []
    window.tasks.wait()


def test_a_visit_journaled_by_a_killed_desk_is_written_by_the_next_start(qtbot, desk_db):
    url, ids = desk_db
    path = url.removeprefix("sqlite:///")
    code = (
        "import os, signal\n"
        "from datetime import datetime\n"
        "from services import desk\n"
        "from services.journal import EmergencyJournal\n"
        f"j = EmergencyJournal.for_database(desk.journal_key({url!r}))\n"
        f"j.append(desk.emergency_entry_for_patient({ids['askar']}, operator='night',"
        " at=datetime(2026, 12, 7, 3, 0)))\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=dict(os.environ), timeout=60)
    assert proc.returncode == -signal.SIGKILL and _visits(path, ids["askar"]) == []
    window = _window(qtbot, url)
    qtbot.waitUntil(lambda: len(_visits(path, ids["askar"])) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not window.journalStatus.isVisible(), timeout=5000)
    assert _visits(path, ids["askar"])[0][2] == "night"
    assert EmergencyJournal.for_database(desk.journal_key(url)).pending() == []
    window.tasks.wait()


def test_an_encrypted_desk_journals_a_visit_sealed_and_writes_it_when_free(qtbot, quick_busy, desk_db):
    """On an encrypted database the visit waiting in the journal is sealed: the file says
    nothing of whom or by whom, and the desk still writes it once the database is free."""
    from db import encryption
    from db.cipher import encrypt_sqlite

    url, ids = desk_db
    path = url.removeprefix("sqlite:///")
    key = "kilt-Almaty-2026"
    encrypt_sqlite(path, key)  # remembered for the file in this process, as the key dialog does
    try:
        window = _window(qtbot, url)
        window.open_patient(ids["askar"])
        qtbot.waitUntil(lambda: window.current_patient_id == ids["askar"], timeout=5000)
        qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=5000)
        other = encryption.connect(path, key)  # another program writing meanwhile
        other.isolation_level = None
        other.execute("BEGIN IMMEDIATE")
        try:
            qtbot.keyClick(window, Qt.Key.Key_F9)
            confirm_emergency(window)
            qtbot.waitUntil(lambda: visible_dialog(window, "emergencyPending") is not None,
                            timeout=10_000)
            [entry] = window.journal().pending()
            raw = window.journal().path.read_bytes()
            assert entry["id"].encode() in raw
            for clear in (window.operator.encode(), b"patient_id", entry["at"].encode()):
                assert clear not in raw
        finally:
            other.execute("ROLLBACK")
            other.close()
        window.write_journal()
        qtbot.waitUntil(lambda: not window.journalStatus.isVisible(), timeout=10_000)
        con = encryption.connect(path, key)
        try:
            assert con.execute("SELECT count(*) FROM visits WHERE uuid = ?", (entry["id"],)).fetchone() == (1,)
        finally:
            con.close()
        assert window.journal().path.read_bytes() == b""
        window.tasks.wait()
    finally:
        encryption.forget_key(path)
