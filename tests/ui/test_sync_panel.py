"""The desk's sync with its hub, through the real window on a real SQLite database and the real
sync (services.sync): the status line in Kazakh and Russian for each state, the growing pause
while the hub is unreachable, a round soon after the desk saves, the administrator's page with
conflicts two desks really made, a patient fetched from the hub by IIN; and no line at all for a
desk without a hub or pointed straight at a server.

A hub that "cannot be reached" is a port nothing listens on, or a real hub behind a relay whose
cable the test pulls (tests.sync_tools.CablePuller)."""

from __future__ import annotations

import socket
import sys
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from db import models as m
from db import sync as sync_db
from db.desk_config import DeskConfig, write_config
from db.engine import open_database, session_factory
from db.models import SettingRecord, utcnow
from db.repositories import find_by_iin, load_patient
from domain import records as r
from domain.access import Actor
from domain.bin import make_bin
from domain.sync_status import MAX_RETRY_S, SYNC_EVERY_S, as_local
from services import sync
from services.desk import save_registration
from tests import pg
from tests.helpers import acting
from tests.sync_tools import CablePuller, desk_factory, hub_factory
from tests.ui.conftest import type_text, wait_ready
from ui.models.conflicts_model import (
    COL_FIELD,
    COL_KEPT,
    COL_KEPT_SITE,
    COL_LOST,
    COL_LOST_SITE,
    COL_RECORD,
    COL_WHY,
)

BIN = make_bin("04064000123")
TODAY = date(2026, 12, 7)


def closed_port_url() -> str:
    """A hub URL nothing answers at (a port just freed on this machine)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"postgresql+psycopg://sync:secret@127.0.0.1:{port}/tirkeu"


def configure(database: str, hub: str, site: str = "ALM01") -> None:
    write_config(DeskConfig(database=database, site_prefix=site, desk_id="desk-1", clinic=BIN,
                            hub=hub))


def open_desk(qtbot, url: str, lang: str = "kk"):
    from ui.app import build_main_window

    window = build_main_window(url, lang)
    qtbot.addWidget(window)
    window.show()
    wait_ready(qtbot, window)
    return window


def line(window) -> str:
    return window.syncStatus.text()


def settle(qtbot, window) -> None:
    """The round asked for (and the state read after it) are over."""
    qtbot.waitUntil(lambda: not window.sync.running and not window.sync.runner.busy(), timeout=20_000)


def desk_state(url: str) -> sync.SyncState:
    engine = open_database(url)
    try:
        with session_factory(engine)() as s:
            return sync.state(s)
    finally:
        engine.dispose()


@pytest.fixture
def later(monkeypatch):
    """The rounds run when a test says (sync_now, a save), not on the desk's first timer."""
    monkeypatch.setattr("ui.sync_panel.FIRST_ROUND_MS", 3_600_000)


@pytest.fixture
def hub(postgres_url):
    """A real hub with its tables (as the first desk's round would make them)."""
    with pg.own_database(postgres_url, "hub") as url:
        open_database(url).dispose()
        yield url


@pytest.fixture
def relay(hub):
    """The hub behind a network cable the test can pull: (the URL through it, the relay)."""
    puller = CablePuller(make_url(hub).port)
    yield make_url(hub).set(port=puller.port).render_as_string(hide_password=False), puller
    puller.close()


def hub_count(url: str, model) -> int:
    engine = open_database(url, run_migrations=False)
    try:
        with session_factory(engine)() as s:
            return s.scalar(select(func.count()).select_from(model))
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_the_first_round_runs_by_itself_soon_after_the_desk_opens(qtbot, desk_db, hub, monkeypatch):
    monkeypatch.setattr("ui.sync_panel.FIRST_ROUND_MS", 200)
    url, _ids = desk_db
    configure(url, hub)
    window = open_desk(qtbot, url)
    assert line(window) in ("Хабпен әлі синхрондалған жоқ", "Хабпен әлі синхрондалған жоқ · 6 өзгеріс күтуде")
    qtbot.waitUntil(lambda: line(window) == "Синхрондалды: жаңа ғана", timeout=20_000)
    assert window.syncStatus.isVisible()
    assert hub_count(hub, m.PatientRecord) == 3  # the desk's three patients are on the hub
    assert desk_state(url).waiting == 0
    window.close()


def test_synced_minutes_ago_with_changes_waiting_in_kazakh_and_russian(qtbot, desk_db, later):
    url, _ids = desk_db
    engine = open_database(url)
    with session_factory(engine)() as s:  # as a round three and a half minutes ago left it
        sync_db.put_state(s.connection(), last_success_at=(
            utcnow() - timedelta(minutes=3, seconds=30)).isoformat(" ", "seconds"))
        s.commit()
    engine.dispose()
    assert desk_state(url).waiting == 6  # the fixture's patients, documents, checks: not sent yet
    configure(url, closed_port_url())
    window = open_desk(qtbot, url)
    qtbot.waitUntil(lambda: "6" in line(window), timeout=5000)
    assert line(window) == "Синхрондалды: 3 мин бұрын · 6 өзгеріс күтуде"
    window.set_language("ru")
    assert line(window) == "Синхронизировано 3 мин назад · 6 изменений ждут"
    assert "127.0.0.1" in window.syncStatus.toolTip() and "secret" not in window.syncStatus.toolTip()
    window.close()


def test_a_desk_never_synced_says_so(qtbot, db_url, later):
    open_database(db_url).dispose()
    configure(db_url, closed_port_url())
    window = open_desk(qtbot, db_url)
    qtbot.waitUntil(lambda: window.sync.state is not None, timeout=5000)
    assert line(window) == "Хабпен әлі синхрондалған жоқ"
    window.set_language("ru")
    assert line(window) == "С хабом ещё не синхронизировано"
    window.close()


def test_an_unreachable_hub_is_said_and_tried_again_ever_later(qtbot, desk_db, later):
    url, _ids = desk_db
    configure(url, closed_port_url())
    window = open_desk(qtbot, url)
    window.sync.sync_now()  # the first round, without waiting for its timer
    settle(qtbot, window)
    since = as_local(desk_state(url).unreachable_since)  # noted in the desk's own file
    assert since is not None
    qtbot.waitUntil(lambda: "·" in line(window), timeout=3000)
    assert line(window) == f"Хаб қолжетімсіз: {since:%H:%M} бастап · 6 өзгеріс күтуде"
    assert window.syncStatus.styleSheet()  # said in red
    pauses = [window.sync.pause_ms()]
    for _n in range(2, 9):
        window.sync.sync_now()
        settle(qtbot, window)
        pauses.append(window.sync.pause_ms())
    assert pauses == [5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, MAX_RETRY_S * 1000]
    window.set_language("ru")
    assert line(window) == f"Хаб недоступен с {since:%H:%M} · 6 изменений ждут"
    # a save does not knock at the silent hub before its pause is over
    window.tasks.submit(lambda s: s.merge(SettingRecord(key="probe", value="1")))
    qtbot.wait(4_000)
    assert window.sync.pause_ms() == MAX_RETRY_S * 1000 and not window.sync.running
    window.close()


@pytest.mark.postgres
def test_the_line_is_green_again_when_the_cable_is_back(qtbot, desk_db, relay, later):
    through, cable = relay
    url, _ids = desk_db
    configure(url, through)
    cable.cut()
    window = open_desk(qtbot, url)
    window.sync.sync_now()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: line(window).startswith("Хаб қолжетімсіз"), timeout=3000)
    assert window.sync.pause_ms() == 5_000
    cable.plug()  # the next try (in five seconds) goes through
    qtbot.waitUntil(lambda: line(window) == "Синхрондалды: жаңа ғана", timeout=20_000)
    assert window.sync.pause_ms() == SYNC_EVERY_S * 1000
    assert not window.syncStatus.styleSheet()
    assert desk_state(url).unreachable_since is None
    window.close()


@pytest.mark.postgres
def test_a_round_follows_soon_after_the_desk_saves_one_for_a_burst(qtbot, desk_db, hub, later):
    url, _ids = desk_db
    configure(url, hub)
    window = open_desk(qtbot, url)
    rounds = []
    window.sync.round_done.connect(rounds.append)
    window.sync.sync_now()
    qtbot.waitUntil(lambda: len(rounds) == 1, timeout=20_000)
    assert rounds[0].pushed == 7  # the six rows of the three patients, and the start's backup event
    assert window.sync.pause_ms() == SYNC_EVERY_S * 1000
    ids = {}
    for n in range(3):  # three quick saves of patients through the desk's own sessions
        def register(s, n=n):
            ids[n] = save_registration(acting(s, "t"), r.Patient(surname=f"Бекова{n}", given_name="Дана",
                                                                 birth_date=date(1990, 1, 1), sex="F"),
                                       today=TODAY)
        window.tasks.submit(register)
    qtbot.waitUntil(lambda: len(rounds) == 2, timeout=10_000)
    qtbot.wait(3_500)  # nothing more: one round for the burst
    assert len(rounds) == 2
    assert rounds[1].pushed >= 3
    assert hub_count(hub, m.PatientRecord) == 6
    assert line(window) == "Синхрондалды: жаңа ғана"
    window.close()


def make_conflicts(url: str, tmp_path, hub: str) -> None:
    """Desk A (the file at `url`, prefix ALM01) and desk B (ALM02) each change Askar's phone;
    B's change is the later, so it is kept and A's is in the log."""
    a = desk_factory(make_url(url).database, "ALM01")
    b = desk_factory(tmp_path / "desk_b.sqlite", "ALM02")
    h = hub_factory(hub)
    try:
        for factory, site in ((a, "ALM01"), (b, "ALM02")):
            sync.run_round(factory, h, desk_id=f"desk-{site}", site=site, clinic=BIN)
        for factory, phone in ((a, "+77011112233"), (b, "+77019998877")):
            with factory() as s:
                rec = find_by_iin(s, "850515300006")
                save_registration(s, replace(rec, phone=phone), today=TODAY)
                s.commit()
        for factory, site in ((a, "ALM01"), (b, "ALM02")):
            sync.run_round(factory, h, desk_id=f"desk-{site}", site=site, clinic=BIN)
    finally:
        for factory in (a, b, h):
            factory.kw["bind"].dispose()


@pytest.mark.postgres
def test_the_sync_page_lists_the_conflicts_and_the_last_errors(qtbot, desk_db, relay, tmp_path, later):
    through, cable = relay
    url, _ids = desk_db
    make_conflicts(url, tmp_path, through)
    configure(url, through)
    cable.cut()
    window = open_desk(qtbot, url)
    window.sync.sync_now()
    settle(qtbot, window)
    from PySide6.QtTest import QTest

    QTest.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    from ui.views.sync_dialog import SyncDialog

    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(SyncDialog)), timeout=5000)
    dialog = next(d for d in window.findChildren(SyncDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.page is not None, timeout=5000)
    assert dialog.model.rowCount() == 0  # desk A has not pulled the hub's verdict yet
    errors = [dialog.syncErrors.item(i).text() for i in range(dialog.syncErrors.count())]
    assert errors and errors[0].endswith(sync.ERR_UNREACHABLE.kk)
    assert dialog.syncHub.text().startswith("postgresql+psycopg://postgres@127.0.0.1:")

    cable.plug()
    qtbot.mouseClick(dialog.syncNowButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.syncNowButton.isEnabled() and dialog.model.rowCount() == 1,
                    timeout=20_000)
    model = dialog.syncConflictsView.model()
    columns = (COL_FIELD, COL_KEPT, COL_LOST, COL_KEPT_SITE, COL_LOST_SITE, COL_WHY)
    assert [model.index(0, c).data() for c in columns] == [
        "телефон", "+77019998877", "+77011112233", "ALM02", "ALM01", "кейінгі өзгеріс"]
    engine = open_database(url)
    with session_factory(engine)() as s:
        askar = find_by_iin(s, "850515300006")
    engine.dispose()
    assert model.index(0, COL_RECORD).data() == f"науқас {askar.uuid[:8]}"
    assert askar.phone == "+77019998877"  # what the page says was kept is what the desk holds
    tip = model.index(0, COL_KEPT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("+77019998877 (") and tip.endswith(")")  # with when it was made at B
    assert "(1)" in dialog.conflictsTitle.text()
    assert dialog.syncLast.text() != "ешқашан"
    window.set_language("ru")
    assert model.index(0, COL_FIELD).data() == "телефон"
    assert model.index(0, COL_WHY).data() == "более позднее изменение"
    dialog.close()
    window.close()


def test_the_sync_page_is_an_administrators(qtbot, desk_db, later):
    url, _ids = desk_db
    configure(url, closed_port_url())
    window = open_desk(qtbot, url)
    window.tasks.session_factory.kw["info"]["actor"] = Actor("aigul", "Айгүл", "receptionist",
                                                             frozenset({"register_patient"}), True)
    window.action_sync.trigger()
    qtbot.waitUntil(lambda: "әкімші" in window.statusBar().currentMessage(), timeout=5000)
    from ui.views.sync_dialog import SyncDialog

    assert not any(d.isVisible() for d in window.findChildren(SyncDialog))
    window.close()


@pytest.mark.postgres
def test_an_iin_not_held_here_is_fetched_from_the_hub(qtbot, desk_db, relay, tmp_path, later):
    through, cable = relay
    url, _ids = desk_db
    other = desk_factory(tmp_path / "desk_b.sqlite", "ALM02")  # another desk registered him
    h = hub_factory(through)
    with other() as s:
        save_registration(acting(s, "t"), r.Patient(surname="Сапаров", given_name="Ерлан",
                                                    iin="020202500074", birth_date=date(2002, 2, 2),
                                                    sex="M", phone="+77015550000"),
                          today=TODAY)
        s.commit()
    sync.run_round(other, h, desk_id="desk-b", site="ALM02", clinic=BIN)
    other.kw["bind"].dispose()
    h.kw["bind"].dispose()
    configure(url, through)
    window = open_desk(qtbot, url)

    cable.cut()  # first the hub is away: said calmly, nothing registered
    type_text(window.searchEdit, "020202500074")
    qtbot.waitUntil(lambda: "хаб" in window.statusBar().currentMessage().lower()
                    and "қолжетімсіз" in window.statusBar().currentMessage(), timeout=20_000)
    assert window.results_model.rowCount() == 0

    cable.plug()
    window.hub_fetch._asked.clear()  # the receptionist types it again later
    window.searchEdit.clear()
    qtbot.keyClicks(window.searchEdit, "020202500074")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Хабтан алынды", timeout=20_000)
    qtbot.waitUntil(lambda: window.results_model.rowCount() == 1, timeout=10_000)
    engine = open_database(url)
    with session_factory(engine)() as s:
        got = find_by_iin(s, "020202500074")
        assert (got.full_name, got.phone) == ("Сапаров Ерлан", "+77015550000")
        assert load_patient(s, got.id).iin == "020202500074"
    engine.dispose()
    window.set_language("ru")
    assert window.hub_fetch.tr("Fetched from the hub") == "Получено с хаба"

    window.searchEdit.clear()  # an IIN the hub does not know either
    qtbot.keyClicks(window.searchEdit, "010304500126")
    qtbot.waitUntil(lambda: "010304500126" in window.statusBar().currentMessage()
                    and "F4" in window.statusBar().currentMessage(), timeout=20_000)
    assert window.results_model.rowCount() == 0
    window.close()


def test_a_desk_without_a_hub_has_no_sync_line(qtbot, desk_db, later):
    url, _ids = desk_db
    configure(url, hub="")
    window = open_desk(qtbot, url)
    assert window.sync is None and not window.syncStatus.isVisible()
    assert not window.action_sync.isVisible()
    window.close()


def test_a_program_without_the_sync_hides_the_line(qtbot, desk_db, monkeypatch):
    monkeypatch.setitem(sys.modules, "services.sync", None)  # no such module in this program
    url, _ids = desk_db
    configure(url, closed_port_url())
    window = open_desk(qtbot, url)
    assert window.sync is None and not window.syncStatus.isVisible()
    window.close()


@pytest.fixture
def server(postgres_url):
    with pg.own_database(postgres_url, "direct") as url:
        yield url


@pytest.mark.postgres
def test_a_desk_pointed_straight_at_the_server_has_no_sync_line(qtbot, server, hub, later):
    configure(server, hub)  # even with a hub named: the server is the desk's database
    window = open_desk(qtbot, server)
    assert window.sync is None and not window.syncStatus.isVisible()
    assert not window.action_sync.isVisible()
    window.searchEdit.setText("Нұрланов")  # the desk works as before
    qtbot.waitUntil(lambda: window.results_model.query == "Нұрланов", timeout=5000)
    window.close()
    engine = open_database(server, run_migrations=False)
    with session_factory(engine)() as s:
        assert sync.state(s).last_success_at is None  # no round ever ran
    engine.dispose()


@pytest.mark.postgres
def test_one_person_registered_without_an_iin_at_two_desks_is_offered_for_merge(
        qtbot, desk_db, hub, tmp_path, later):
    """Desk A registers «Омарова Сәуле» without an IIN, desk B «Омарова Сауле» (born the same
    day); after both sync, A's page offers the pair, the merge form finds B's record by its
    number, and after the merge nothing is offered any more. A namesake born another day is not
    offered, and A's own two records are never offered as a pair."""
    from PySide6.QtTest import QTest

    from ui.views.merge_dialog import MergeDialog
    from ui.views.sync_dialog import SyncDialog

    url, _ids = desk_db
    a = desk_factory(make_url(url).database, "ALM01")
    b = desk_factory(tmp_path / "desk_b.sqlite", "ALM02")
    h = hub_factory(hub)
    born = date(1991, 4, 12)
    try:
        with a() as s:
            mine = save_registration(acting(s, "t"), r.Patient("Омарова", "Сәуле", birth_date=born,
                                                              sex="F"), today=TODAY)
            save_registration(acting(s, "t"), r.Patient("Омарова", "Сәуле", "Ерланқызы",
                                                        birth_date=born, sex="F"), today=TODAY)
            s.commit()
        with b() as s:
            theirs = save_registration(acting(s, "t"), r.Patient("Омарова", "Сауле", birth_date=born,
                                                                 sex="F"), today=TODAY)
            save_registration(acting(s, "t"), r.Patient("Омарова", "Сауле", birth_date=date(1992, 4, 12),
                                                        sex="F"), today=TODAY)
            s.commit()
            number = load_patient(s, theirs).local_id
        for _ in range(2):
            for factory, site in ((a, "ALM01"), (b, "ALM02")):
                sync.run_round(factory, h, desk_id=f"desk-{site}", site=site, clinic=BIN)
    finally:
        for factory in (a, b, h):
            factory.kw["bind"].dispose()
    configure(url, hub)
    window = open_desk(qtbot, url)
    QTest.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(SyncDialog)), timeout=5000)
    page = next(d for d in window.findChildren(SyncDialog) if d.isVisible())
    qtbot.waitUntil(lambda: page.page is not None, timeout=5000)
    # the two records from desk A pair with desk B's record; never with each other
    assert page.syncPairsView.rowCount() == 2
    assert "(2)" in page.pairsTitle.text()
    offered = [(p.first_site, p.second_site, p.second_number) for p in page.page.pairs]
    assert all({first, second} == {"ALM01", "ALM02"} for first, second, _n in offered)
    assert page.page.pairs[0].first_id == mine and page.page.pairs[0].second_number == number
    qtbot.mouseClick(page.syncMergeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(MergeDialog)), timeout=5000)
    form = next(d for d in window.findChildren(MergeDialog) if d.isVisible())
    assert form.mergeSearchEdit.text() == number
    qtbot.waitUntil(lambda: form.mergeButton.isEnabled(), timeout=10_000)
    qtbot.mouseClick(form.mergeButton, Qt.MouseButton.LeftButton)
    from PySide6.QtWidgets import QMessageBox, QPushButton

    qtbot.waitUntil(lambda: any(b.isVisible() for b in form.findChildren(QMessageBox, "mergeConfirm")),
                    timeout=5000)
    confirm = next(b for b in form.findChildren(QMessageBox, "mergeConfirm") if b.isVisible())
    confirm.findChild(QPushButton, "mergeConfirmButton").click()
    # B's record is merged: neither of A's records pairs with anything now
    qtbot.waitUntil(lambda: page.syncPairsView.rowCount() == 0, timeout=10_000)
    assert "(0)" in page.pairsTitle.text() and not page.syncMergeButton.isEnabled()
    engine = open_database(url)
    with session_factory(engine)() as s:
        merged = s.scalar(select(m.PatientRecord.merged_into_id).where(m.PatientRecord.local_id == number))
    engine.dispose()
    assert merged == mine
    window.close()


@pytest.mark.postgres
def test_a_hub_named_changed_or_cleared_in_the_setup_takes_effect_at_once(qtbot, desk_db, postgres_url):
    """A desk without a hub is given one in the setup (opened again from Settings): its line
    shows and its patients reach that hub without a restart; the hub changed to another, the
    next change goes there; the hub cleared, the line goes and nothing more is sent."""
    url, ids = desk_db
    configure(url, "")
    window = open_desk(qtbot, url)
    assert window.sync is None and not window.syncStatus.isVisible()
    with pg.own_database(postgres_url, "first") as first, pg.own_database(postgres_url, "second") as second:
        configure(url, first)  # what the setup writes to desk.json when it is saved
        window.hub_changed()
        assert window.sync is not None and window.syncStatus.isVisible()
        qtbot.waitUntil(lambda: line(window) == "Синхрондалды: жаңа ғана", timeout=20_000)
        assert hub_count(first, m.PatientRecord) == 3

        configure(url, second)
        window.hub_changed()
        qtbot.waitUntil(lambda: "second" in window.syncStatus.toolTip(), timeout=20_000)
        qtbot.waitUntil(lambda: line(window) == "Синхрондалды: жаңа ғана", timeout=20_000)
        settle(qtbot, window)
        assert hub_count(second, m.PatientRecord) == 3  # the new hub has the desk's patients

        configure(url, "")
        controller = window.sync
        window.hub_changed()
        assert window.sync is None and not window.syncStatus.isVisible()
        assert not window.action_sync.isVisible()
        qtbot.waitUntil(lambda: not controller.runner.busy(), timeout=20_000)
        engine = open_database(url)
        with session_factory(engine)() as s:
            acting(s, "reception")
            record = load_patient(s, ids["askar"])
            save_registration(s, replace(record, phone="+77015550000"), today=TODAY)
            s.commit()
        engine.dispose()
        controller.desk_saved()  # as the desk's own save would
        qtbot.wait(500)
        assert not controller.running and controller.pause_ms() is None
        assert desk_state(url).waiting > 0  # kept on the desk, sent to no hub
    window.close()
