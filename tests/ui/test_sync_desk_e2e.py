"""Two desks and a real hub, end to end: desk A is the real window on its own SQLite file (its
desk.json names the hub), desk B another desk's file synced by the same use cases its window
runs. A patient registered in A's form reaches B; the hub's server is shut down and A works on
(registration, referral, emergency) while its line says since when the hub is away and how much
waits; the server comes back and A's line turns to synced by itself, B sees A's offline work, and
the phone both desks changed offline is a conflict on A's sync page."""

from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import create_engine, inspect, text

from db.desk_config import DeskConfig, write_config
from db.engine import open_database, session_factory
from db.referrals import referrals_of_patient
from db.repositories import find_by_iin
from db.search import search_patients
from domain.bin import make_bin
from domain.sync_status import as_local
from services import sync
from services.desk import save_registration
from tests import pg
from tests.helpers import acting
from tests.sync_tools import desk_factory, hub_factory
from tests.ui.conftest import type_text, visible_dialog, wait_ready
from ui.models.conflicts_model import COL_FIELD, COL_KEPT, COL_KEPT_SITE, COL_LOST, COL_LOST_SITE

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

BIN = make_bin("04064000123")
P1 = ("020202500074", "Сапаров", "Ерлан")  # registered while the hub answers
P2 = ("850515400012", "Нұрғалиева", "Әйгерім")  # registered while it is away


@pytest.fixture
def hub():
    """A PostgreSQL server of this test's own (it is shut down and started again) with an empty
    database for the hub: the first desk that syncs makes its tables."""
    if not pg.available():
        pytest.skip("PostgreSQL server binaries are not installed")
    with pg.stoppable_server() as srv:
        admin = create_engine(srv.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text('CREATE DATABASE "hub"'))
        admin.dispose()
        yield srv, srv.url.rsplit("/", 1)[0] + "/hub"


def line(window) -> str:
    return window.syncStatus.text()


def state(url: str) -> sync.SyncState:
    engine = open_database(url)
    try:
        with session_factory(engine)() as s:
            return sync.state(s)
    finally:
        engine.dispose()


def save_form(qtbot, window, dialog) -> int:
    """Save the registration form as a receptionist does: Save, and the status left for later
    when the form asks about it; the id of the card the desk then shows."""
    with qtbot.waitSignal(window.card_shown, timeout=10_000) as shown:
        qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible() or (
            dialog.statusQuestion is not None and dialog.statusQuestion.isVisible()), timeout=5000)
        if dialog.isVisible():
            button = dialog.statusQuestion.findChild(QPushButton, "saveStatusUnknownButton")
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return shown.args[0]


def back_to(qtbot, window) -> None:
    """The desk is the active window again once a dialog has closed (shortcuts go to it)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def register(qtbot, window, person) -> int:
    iin, surname, given = person
    back_to(qtbot, window)
    window.searchEdit.clear()
    window.searchEdit.setFocus()
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_F4)
    dialog = visible_dialog(window, "registrationDialog")
    assert dialog is not None
    qtbot.keyClicks(dialog.iinEdit, iin)
    type_text(dialog.surnameEdit, surname)
    type_text(dialog.givenNameEdit, given)
    return save_form(qtbot, window, dialog)


def open_card(qtbot, window, iin: str, patient_id: int) -> None:
    back_to(qtbot, window)
    window.searchEdit.clear()
    qtbot.keyClicks(window.searchEdit, iin)
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_patient_id == patient_id and not window.tasks.busy(),
                    timeout=10_000)


def issue_referral(qtbot, window) -> str:
    """The card's referral form, an emergency one (the status is not recorded yet), issued."""
    window.referral()
    qtbot.waitUntil(lambda: visible_dialog(window, "referralDialog") is not None, timeout=10_000)
    dialog = visible_dialog(window, "referralDialog")
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)
    qtbot.keyClicks(dialog.icdEdit, "K80.1")
    dialog.urgencyCombo.setCurrentIndex(dialog.urgencyCombo.findData("emergency"))
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.issueButton.isEnabled()
                    and dialog._shown_decision(dialog._request()) is not None, timeout=20_000)
    with qtbot.waitSignal(dialog.referral_issued, timeout=30_000):
        qtbot.mouseClick(dialog.issueButton, Qt.MouseButton.LeftButton)
    number = dialog.issued.number
    dialog.reject()
    return number


def edit_phone(qtbot, window, phone: str) -> None:
    window.edit_patient()
    qtbot.waitUntil(lambda: visible_dialog(window, "registrationDialog") is not None, timeout=10_000)
    dialog = visible_dialog(window, "registrationDialog")
    dialog.phoneEdit.clear()
    qtbot.keyClicks(dialog.phoneEdit, phone)
    save_form(qtbot, window, dialog)


def test_two_desks_a_hub_that_goes_away_and_comes_back(qtbot, tmp_path, hub, monkeypatch):
    srv, hub_url = hub
    monkeypatch.setattr("ui.sync_panel.FIRST_ROUND_MS", 300)
    a_url = f"sqlite:///{tmp_path / 'desk_a.sqlite'}"
    open_database(a_url).dispose()  # desk A's own file, as its setup made it
    write_config(DeskConfig(database=a_url, site_prefix="ALM01", desk_id="desk-a", clinic=BIN,
                            hub=hub_url))
    b = desk_factory(tmp_path / "desk_b.sqlite", "ALM02")  # desk B: another computer's file

    from ui.app import build_main_window

    window = build_main_window(a_url, "kk")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    wait_ready(qtbot, window)
    assert window.access.signed_out is False  # a database without accounts opens on the desk

    # The first round makes the hub's tables and says so.
    qtbot.waitUntil(lambda: line(window) == "Синхрондалды: жаңа ғана", timeout=30_000)
    probe = create_engine(hub_url)
    assert "patients" in inspect(probe).get_table_names()
    probe.dispose()

    # A registers a patient through the form: changes wait, then a round sends them.
    p1 = register(qtbot, window, P1)
    qtbot.waitUntil(lambda: "өзгеріс күтуде" in line(window), timeout=5000)
    assert line(window).startswith("Синхрондалды: жаңа ғана · ")
    qtbot.waitUntil(lambda: line(window) == "Синхрондалды: жаңа ғана", timeout=15_000)
    assert state(a_url).waiting == 0

    hub_b = hub_factory(hub_url)

    def b_round():
        return sync.run_round(b, hub_b, desk_id="desk-b", site="ALM02", clinic=BIN)

    assert b_round().pulled > 0
    with b() as s:
        found = search_patients(s, "Сапаров Ерлан")
        assert [(h.iin, h.full_name) for h in found] == [(P1[0], "Сапаров Ерлан")]

    # The hub's server is shut down: A works as a desk without a hub.
    srv.stop()
    went_away = time.monotonic()
    started = time.monotonic()
    p2 = register(qtbot, window, P2)
    assert time.monotonic() - started < 8  # the save does not wait for the hub
    open_card(qtbot, window, P2[0], p2)
    number = issue_referral(qtbot, window)
    open_card(qtbot, window, P2[0], p2)
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_F9)
    asking = visible_dialog(window, "emergencyConfirm")
    assert asking is not None
    with qtbot.waitSignal(window.emergency_recorded, timeout=10_000) as recorded:
        QTest.keyClick(asking.focusWidget() or asking, Qt.Key.Key_Return)
    assert recorded.args[0].patient_id == p2
    qtbot.waitUntil(lambda: visible_dialog(window, "emergencyResult") is not None, timeout=5000)
    visible_dialog(window, "emergencyResult").close()
    open_card(qtbot, window, P1[0], p1)
    edit_phone(qtbot, window, "+77011112233")
    with b() as s:  # B changes the same phone, later, also without the hub
        rec = find_by_iin(s, P1[0])
        from dataclasses import replace

        save_registration(acting(s, "b"), replace(rec, phone="+77019998877"), today=date.today())
        s.commit()

    qtbot.waitUntil(lambda: line(window).startswith("Хаб қолжетімсіз"), timeout=20_000)
    offline = state(a_url)
    since = as_local(offline.unreachable_since)
    assert offline.waiting > 0 and since is not None
    qtbot.waitUntil(lambda: line(window) == f"Хаб қолжетімсіз: {since:%H:%M} бастап · "
                    f"{offline.waiting} өзгеріс күтуде", timeout=10_000)
    window.set_language("ru")
    assert line(window).startswith(f"Хаб недоступен с {since:%H:%M} · {offline.waiting} ")
    window.set_language("kk")
    assert window.findChildren(QMessageBox, "crashDialog") == []

    # The server is back: the line turns to synced by itself, within the pause it announced.
    pause_ms = window.sync.pause_ms() or 0
    srv.start()
    back = time.monotonic()
    qtbot.waitUntil(lambda: line(window) == "Синхрондалды: жаңа ғана", timeout=pause_ms + 20_000)
    assert time.monotonic() - back <= pause_ms / 1000 + 20
    assert state(a_url).waiting == 0 and state(a_url).unreachable_since is None
    print(f"away {back - went_away:.0f} s; back in sync {time.monotonic() - back:.1f} s "
          f"(pause announced {pause_ms / 1000:.0f} s)")

    # B sees what A did offline.
    b_round()
    with b() as s:
        assert [h.iin for h in search_patients(s, "Нұрғалиева Әйгерім")] == [P2[0]]
        them = find_by_iin(s, P2[0])
        assert [e.number for e in referrals_of_patient(s, them.id)] == [number]
        emergencies = s.execute(text("SELECT count(*) FROM visits WHERE patient_id = :p AND emergency"),
                                {"p": them.id}).scalar()
        assert emergencies == 1
        assert find_by_iin(s, P1[0]).phone == "+77019998877"  # the later change kept

    # A's sync page lists the conflict (after A's next round brings the hub's log).
    back_to(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: visible_dialog(window, "syncDialog") is not None, timeout=5000)
    dialog = visible_dialog(window, "syncDialog")
    qtbot.waitUntil(lambda: dialog.page is not None and dialog.syncNowButton.isEnabled(), timeout=10_000)
    qtbot.mouseClick(dialog.syncNowButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.syncNowButton.isEnabled() and dialog.model.rowCount() >= 1,
                    timeout=30_000)
    model = dialog.model
    rows = [[model.index(r, c).data() for c in (COL_FIELD, COL_KEPT, COL_LOST, COL_KEPT_SITE, COL_LOST_SITE)]
            for r in range(model.rowCount())]
    assert ["телефон", "+77019998877", "+77011112233", "ALM02", "ALM01"] in rows
    engine = open_database(a_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT phone FROM patients WHERE id = :p"), {"p": p1}).scalar() \
            == "+77019998877"
    engine.dispose()
    dialog.close()
    window.close()
    for factory in (b, hub_b):
        factory.kw["bind"].dispose()
