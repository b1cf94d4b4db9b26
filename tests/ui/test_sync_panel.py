"""The desk's sync with its hub, through the real window on a real SQLite database: the status
line in Kazakh and Russian for each state, the growing pause while the hub is unreachable, a
round soon after the desk saves, the administrator's page with its conflicts; and no line at all
for a desk without a hub or pointed straight at a server.

The sync's use cases are the stand-in of tests/ui/sync_standin.py (GUI tests only)."""

from __future__ import annotations

import sys
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from db.desk_config import DeskConfig, write_config
from db.models import SettingRecord
from domain.access import Actor
from domain.bin import make_bin
from domain.sync_status import MAX_RETRY_S, SYNC_EVERY_S, as_local
from tests import pg
from tests.ui import sync_standin
from tests.ui.conftest import wait_ready
from ui.models.conflicts_model import (
    COL_FIELD,
    COL_KEPT,
    COL_KEPT_SITE,
    COL_LOST,
    COL_LOST_SITE,
    COL_RECORD,
)

BIN = make_bin("04064000123")
HUB = "postgresql+psycopg://sync:secret@hub.example/tirkeu"


def configure(database: str, hub: str = HUB) -> None:
    write_config(DeskConfig(database=database, site_prefix="ALM01", desk_id="desk-1", clinic=BIN,
                            hub=hub))


@pytest.fixture
def world(monkeypatch):
    # the rounds run when a test says (sync_now, a save), not on the desk's first timer
    monkeypatch.setattr("ui.sync_panel.FIRST_ROUND_MS", 3_600_000)
    return sync_standin.install(monkeypatch)


def test_the_first_round_runs_by_itself_soon_after_the_desk_opens(qtbot, desk_db, monkeypatch):
    world = sync_standin.install(monkeypatch)
    monkeypatch.setattr("ui.sync_panel.FIRST_ROUND_MS", 200)
    url, _ids = desk_db
    configure(url)
    window = open_desk(qtbot, url)
    qtbot.waitUntil(lambda: world.rounds == 1, timeout=5000)
    qtbot.waitUntil(lambda: line(window) == "Синхрондалды: жаңа ғана", timeout=5000)
    assert window.syncStatus.isVisible()
    window.close()


def open_desk(qtbot, url: str, lang: str = "kk"):
    from ui.app import build_main_window

    window = build_main_window(url, lang)
    qtbot.addWidget(window)
    window.show()
    wait_ready(qtbot, window)
    return window


@pytest.fixture
def desk(qtbot, desk_db, world):
    url, _ids = desk_db
    configure(url)
    window = open_desk(qtbot, url)
    yield window
    window.close()


def line(window) -> str:
    return window.syncStatus.text()


def settle(qtbot, window, world, rounds: int) -> None:
    qtbot.waitUntil(lambda: world.rounds >= rounds and not window.sync.running
                    and not window.sync.runner.busy(), timeout=10_000)


def test_synced_minutes_ago_with_changes_waiting_in_kazakh_and_russian(qtbot, desk, world):
    world.last_success_at = sync_standin.utc_now() - timedelta(minutes=3, seconds=30)
    world.waiting = 12
    desk.sync.refresh_state()
    qtbot.waitUntil(lambda: desk.syncStatus.isVisible() and "12" in line(desk), timeout=5000)
    assert line(desk) == "Синхрондалды: 3 мин бұрын · 12 өзгеріс күтуде"
    desk.set_language("ru")
    qtbot.waitUntil(lambda: line(desk) == "Синхронизировано 3 мин назад · 12 изменений ждут", timeout=3000)
    assert desk.syncStatus.toolTip().startswith("Хаб: hub.example/tirkeu")
    assert "secret" not in desk.syncStatus.toolTip() and "sync" not in desk.syncStatus.toolTip()


def test_never_synced_says_so(qtbot, desk, world):
    desk.sync.refresh_state()
    qtbot.waitUntil(lambda: world.sessions > 0 and not desk.sync.runner.busy(), timeout=5000)
    assert line(desk) == "Хабпен әлі синхрондалған жоқ"
    desk.set_language("ru")
    assert line(desk) == "С хабом ещё не синхронизировано"


def test_an_unreachable_hub_is_said_and_tried_again_ever_later(qtbot, desk, world):
    world.hub_down = True
    world.waiting = 4
    desk.sync.sync_now()  # the first round, without waiting for its timer
    settle(qtbot, desk, world, 1)
    since = as_local(world.unreachable_since).strftime("%H:%M")
    qtbot.waitUntil(lambda: "·" in line(desk), timeout=3000)
    assert line(desk) == f"Хаб қолжетімсіз: {since} бастап · 4 өзгеріс күтуде"
    assert desk.syncStatus.styleSheet()  # said in red
    pauses = [desk.sync.pause_ms()]
    for n in range(2, 9):
        desk.sync.sync_now()
        settle(qtbot, desk, world, n)
        pauses.append(desk.sync.pause_ms())
    assert pauses == [5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, MAX_RETRY_S * 1000]
    desk.set_language("ru")
    assert line(desk) == f"Хаб недоступен с {since} · 4 изменения ждут"

    world.hub_down = False  # back: the pause is the regular one again and the line says so
    desk.sync.sync_now()
    settle(qtbot, desk, world, 9)
    qtbot.waitUntil(lambda: line(desk) == "Синхронизировано только что", timeout=3000)
    assert desk.sync.pause_ms() == SYNC_EVERY_S * 1000
    assert not desk.syncStatus.styleSheet()
    assert world.round_args[-1] == {"desk_id": "desk-1", "site": "ALM01", "clinic": BIN,
                                    "hub": True, "local": True}


def test_a_round_follows_soon_after_the_desk_saves_one_for_a_burst(qtbot, desk, world):
    desk.sync.sync_now()
    settle(qtbot, desk, world, 1)
    assert desk.sync.pause_ms() == SYNC_EVERY_S * 1000
    for n in range(3):  # three quick saves through the desk's own sessions
        desk.tasks.submit(lambda s, n=n: s.merge(SettingRecord(key=f"probe{n}", value="1")))
    qtbot.waitUntil(lambda: world.rounds == 2, timeout=8_000)
    qtbot.wait(3_500)  # nothing more: one round for the burst
    assert world.rounds == 2


def test_the_sync_page_lists_the_conflicts_and_the_last_errors(qtbot, desk, world):
    at = sync_standin.utc_now() - timedelta(hours=1)
    world.conflicts = [
        sync_standin.ConflictLine(at, "patients", "a1b2c3d4e5f6", "phone", "+7 701 111 22 33",
                                  "+7 701 999 88 77", "ALM01", "ALM02"),
        sync_standin.ConflictLine(at, "referrals", "ffee0011", "voided", True, False, "ALM02", "ALM01"),
    ]
    world.hub_down = True
    desk.sync.sync_now()
    settle(qtbot, desk, world, 1)
    from PySide6.QtTest import QTest

    QTest.keyClick(desk, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    from ui.views.sync_dialog import SyncDialog

    qtbot.waitUntil(lambda: any(d.isVisible() for d in desk.findChildren(SyncDialog)), timeout=5000)
    dialog = next(d for d in desk.findChildren(SyncDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5000)
    view = dialog.syncConflictsView
    model = view.model()
    columns = (COL_RECORD, COL_FIELD, COL_KEPT, COL_LOST, COL_KEPT_SITE, COL_LOST_SITE)
    cells = [[model.index(r, c).data() for c in columns] for r in range(2)]
    assert cells == [["науқас a1b2c3d4", "телефон", "+7 701 111 22 33", "+7 701 999 88 77", "ALM01", "ALM02"],
                     ["жолдама ffee0011", "жойылған", "иә", "жоқ", "ALM02", "ALM01"]]
    assert "(2)" in dialog.conflictsTitle.text()
    errors = [dialog.syncErrors.item(i).text() for i in range(dialog.syncErrors.count())]
    assert errors and errors[0].endswith(sync_standin.UNREACHABLE.kk)
    assert dialog.syncHub.text() == "postgresql+psycopg://sync:***@hub.example/tirkeu"

    world.hub_down = False
    qtbot.mouseClick(dialog.syncNowButton, Qt.MouseButton.LeftButton)
    settle(qtbot, desk, world, 2)
    qtbot.waitUntil(lambda: dialog.syncNowButton.isEnabled(), timeout=5000)
    assert dialog.syncLast.text() != "ешқашан"
    dialog.close()


def test_the_sync_page_is_an_administrators(qtbot, desk, world):
    desk.tasks.session_factory.kw["info"]["actor"] = Actor("aigul", "Айгүл", "receptionist",
                                                           frozenset({"register_patient"}), True)
    desk.action_sync.trigger()
    qtbot.waitUntil(lambda: "әкімші" in desk.statusBar().currentMessage(), timeout=5000)
    from ui.views.sync_dialog import SyncDialog

    assert not any(d.isVisible() for d in desk.findChildren(SyncDialog))


def test_a_desk_without_a_hub_has_no_sync_line(qtbot, desk_db, world):
    url, _ids = desk_db
    configure(url, hub="")
    window = open_desk(qtbot, url)
    assert window.sync is None and not window.syncStatus.isVisible()
    assert not window.action_sync.isVisible()
    window.close()


def test_a_program_without_the_sync_hides_the_line(qtbot, desk_db, monkeypatch):
    monkeypatch.setitem(sys.modules, "services.sync", None)  # no such module in this program
    url, _ids = desk_db
    configure(url)
    window = open_desk(qtbot, url)
    assert window.sync is None and not window.syncStatus.isVisible()
    window.close()


@pytest.fixture
def server(postgres_url):
    with pg.own_database(postgres_url, "direct") as url:
        yield url


@pytest.mark.postgres
def test_a_desk_pointed_straight_at_the_server_has_no_sync_line(qtbot, server, world):
    configure(server)  # even with a hub named: the server is the desk's database
    window = open_desk(qtbot, server)
    assert window.sync is None and not window.syncStatus.isVisible()
    assert not window.action_sync.isVisible()
    window.searchEdit.setText("Нұрланов")  # the desk works as before
    qtbot.waitUntil(lambda: window.results_model.query == "Нұрланов", timeout=5000)
    assert world.rounds == 0 and world.sessions == 0
    window.close()
