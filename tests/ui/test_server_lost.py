"""A PostgreSQL server that goes away is a state of the desk, not a crash: one calm status-bar line,
stale results marked, actions that need the server disabled with the reason, F9 still recording
into the journal, and everything back without a restart when the server returns."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from scripts.driving import confirm_emergency, type_text
from tests import pg
from tests.ui.conftest import ASKAR_IIN, visible_dialog, wait_ready

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


class Cluster:
    """A PostgreSQL server of this test's own, stopped (as by a power cut) and started again on
    the same port."""

    def __init__(self):
        if not pg.available():
            pytest.skip("PostgreSQL server binaries are not installed")
        self.base = Path(tempfile.mkdtemp(prefix="tirkeu-pg-lost-"))
        self.base.chmod(0o755)
        self.server = pg.Server(self.base)
        self.url = self.server.url

    def stop(self) -> None:
        subprocess.run([*self.server.prefix, str(self.server.bindir / "pg_ctl"), "-D",
                        str(self.server.data), "-m", "immediate", "-w", "stop"],
                       check=True, capture_output=True)

    def start(self) -> None:
        self.server.start()

    def close(self) -> None:
        try:
            self.server.stop()
        finally:
            shutil.rmtree(self.base, ignore_errors=True)


@pytest.fixture
def cluster():
    c = Cluster()
    yield c
    c.close()


def _seed(url: str) -> int:
    from datetime import date

    from db.engine import open_database, session_factory
    from db.repositories import save_patient
    from domain.records import Patient

    engine = open_database(url)
    try:
        with session_factory(engine).begin() as s:
            return save_patient(s, Patient(surname="Нұрланов", given_name="Асқар", iin=ASKAR_IIN,
                                           birth_date=date(1985, 5, 15), sex="M",
                                           citizenship="KAZ"))
    finally:
        engine.dispose()


def _emergency_visits(url: str, patient_id: int) -> int:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM visits WHERE patient_id = :p AND emergency"),
                                {"p": patient_id}).scalar()
    finally:
        engine.dispose()


def _dialogs(window, name: str) -> list[str]:
    return [b.text() for b in window.findChildren(QMessageBox, name) if b.isVisible()]


def test_a_stopped_server_is_a_state_and_the_desk_comes_back_by_itself(qtbot, cluster, monkeypatch):
    import ui.main_window

    monkeypatch.setattr(ui.main_window, "RECONNECT_PROBE_MS", 300)
    from ui.app import build_main_window

    patient_id = _seed(cluster.url)
    window = build_main_window(cluster.url, "kk")
    qtbot.addWidget(window)
    window.show()
    wait_ready(qtbot, window)
    with qtbot.waitSignal(window.results_shown, timeout=10_000):
        window.searchEdit.setText("Нұрланов")
    assert window.results_model.rowCount() == 1
    with qtbot.waitSignal(window.card_shown, timeout=10_000):
        window.open_patient(patient_id)
    assert not window.connectionStatus.isVisible() and window.newPatientButton.isEnabled()

    cluster.stop()
    type_text(window.searchEdit, " Асқ")  # goes on typing: one state, no dialog per keystroke
    qtbot.waitUntil(lambda: window.server_lost, timeout=15_000)
    assert window.connectionStatus.isVisible()
    assert "сервер" in window.connectionStatus.text().lower()
    assert "ескірген" in window.resultsTitle.text()  # the rows shown are the last answer
    assert window.resultsView.property("stale") is True
    assert window.patientCard.staleBanner.isVisible()
    assert not window.newPatientButton.isEnabled() and not window.referralButton.isEnabled()
    assert "F9" in window.newPatientButton.toolTip()
    assert not window.patientCard.editButton.isEnabled()
    assert window.emergencyButton.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_F4)  # the shortcut says why instead of opening a form
    assert "сервер" in window.statusBar().currentMessage().lower()

    # F9 still records the visit: into the journal, waiting for the server
    qtbot.keyClick(window, Qt.Key.Key_F9)
    confirm_emergency(window)
    qtbot.waitUntil(lambda: visible_dialog(window, "emergencyPending") is not None, timeout=20_000)
    assert window.journalStatus.isVisible()
    assert _dialogs(window, "crashDialog") == [] and _dialogs(window, "badInputDialog") == []

    cluster.start()
    qtbot.waitUntil(lambda: not window.server_lost, timeout=20_000)
    assert not window.connectionStatus.isVisible()
    assert window.newPatientButton.isEnabled() and window.referralButton.isEnabled()
    assert window.resultsView.property("stale") is False
    assert not window.patientCard.staleBanner.isVisible()
    # the journaled visit reaches the server, and the list answers what is typed now
    qtbot.waitUntil(lambda: not window.journalStatus.isVisible(), timeout=20_000)
    assert _emergency_visits(cluster.url, patient_id) == 1
    qtbot.waitUntil(lambda: window.results_model.query == window.searchEdit.text(), timeout=10_000)
    assert "ескірген" not in window.resultsTitle.text()
    assert window.findChildren(QMessageBox, "crashDialog") == []
    window.tasks.wait()


def test_a_stale_card_gives_its_own_hints_back(qtbot, window):
    card = window.patientCard
    card.attachedHereCheck.setToolTip("where the default comes from")
    card.set_stale(True, "the server does not answer")
    assert card.attachedHereCheck.toolTip() == "the server does not answer"
    assert not card.attachedHereCheck.isEnabled()
    card.set_stale(False)
    assert card.attachedHereCheck.toolTip() == "where the default comes from"
    assert card.attachedHereCheck.isEnabled()
