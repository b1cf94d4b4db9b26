"""Desk actions that write take the write lock up front, so another desk's write makes them
wait instead of failing (SQLite refuses a read-then-write upgrade at once)."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import date, datetime

import pytest

from db.engine import open_database, session_factory
from db.repositories import save_patient
from domain.records import Patient
from services import desk


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "desk.sqlite"
    engine = open_database(str(path))
    make = session_factory(engine)
    with make.begin() as s:
        pid = save_patient(s, Patient("Нұрланов", "Асқар", iin="850515300006"))
    yield path, make, pid
    engine.dispose()


def _held_for(path, seconds: float) -> threading.Thread:
    """Another desk holds the write lock for a while, then commits."""
    ready = threading.Event()

    def hold():
        con = sqlite3.connect(path, isolation_level=None)
        con.execute("BEGIN IMMEDIATE")
        ready.set()
        time.sleep(seconds)
        con.execute("COMMIT")
        con.close()

    thread = threading.Thread(target=hold)
    thread.start()
    ready.wait(5)
    return thread


@pytest.mark.parametrize("action", ["card", "emergency", "register"])
def test_a_writing_action_waits_for_another_desk_instead_of_failing(db, action):
    path, make, pid = db
    other = _held_for(path, 0.5)
    started = time.perf_counter()
    with make.begin() as s:
        if action == "card":
            assert desk.open_card(s, pid, date(2026, 12, 7)).record.id == pid
        elif action == "emergency":
            assert desk.emergency_for_patient(s, pid, operator="desk2",
                                              at=datetime(2026, 12, 7, 3, 0)).visit_id
        else:
            assert desk.save_registration(s, Patient("Ахметова", "Дана"),
                                          today=date(2026, 12, 7))
    other.join()
    assert time.perf_counter() - started >= 0.4  # it waited for the other desk's commit


def test_a_card_is_built_without_holding_the_write_lock(db, monkeypatch):
    """Building a card reads much (rules, visits, referrals): other desks must be able to
    write meanwhile; only the audit line of the opening is written under the lock."""
    path, make, pid = db
    real, seen = desk.build_card, []

    def probing(session, record, on, inputs=None):
        other = sqlite3.connect(path, isolation_level=None, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            seen.append("free")
        except sqlite3.OperationalError:
            seen.append("held")
        finally:
            other.close()
        return real(session, record, on, inputs)

    monkeypatch.setattr(desk, "build_card", probing)
    with make.begin() as s:
        assert desk.open_card(s, pid, date(2026, 12, 7)).record.id == pid
    assert seen == ["free"]
    with make() as s:
        assert desk.search(s, "")[0].id == pid  # the opening was still written (recent list)
