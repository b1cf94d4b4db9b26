"""The emergency journal: on disk before the database, settled once written, never glued to a
line a crash cut short."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import datetime

from db.engine import open_database, session_factory
from db.visits import visit_by_uuid
from services import desk
from services.journal import EmergencyJournal
from tests.helpers import ROOT


def test_append_pending_and_settle(tmp_path):
    journal = EmergencyJournal(tmp_path / "j.jsonl")
    assert journal.pending() == []
    a = journal.append({"kind": "unknown", "at": "2026-12-07T03:00:00"})
    b = journal.append({"kind": "unknown", "at": "2026-12-07T03:01:00"})
    assert a["id"] != b["id"] and len(a["id"]) == 32
    assert [e["id"] for e in EmergencyJournal(tmp_path / "j.jsonl").pending()] == [a["id"], b["id"]]
    journal.mark_written(a["id"])
    assert [e["id"] for e in journal.pending()] == [b["id"]]
    assert (tmp_path / "j.jsonl").stat().st_size > 0
    journal.mark_written(b["id"])
    assert journal.pending() == [] and (tmp_path / "j.jsonl").read_bytes() == b""


def test_a_line_cut_short_by_a_crash_spoils_neither_itself_nor_the_next(tmp_path):
    path = tmp_path / "j.jsonl"
    journal = EmergencyJournal(path)
    kept = journal.append({"kind": "patient", "patient_id": 1, "at": "2026-12-07T03:00:00"})
    with open(path, "ab") as fh:
        fh.write(b'{"id": "half-written", "kind": "pat')  # the process died here
    after = journal.append({"kind": "patient", "patient_id": 2, "at": "2026-12-07T03:05:00"})
    assert [e["id"] for e in journal.pending()] == [kept["id"], after["id"]]
    assert json.loads(path.read_text("utf-8").splitlines()[-1])["id"] == after["id"]


def test_a_journaled_visit_is_recorded_once_however_often_it_is_written(tmp_path):
    url = f"sqlite:///{tmp_path / 'd.sqlite'}"
    engine = open_database(url)
    make = session_factory(engine)
    try:
        entry = EmergencyJournal(tmp_path / "j.jsonl").append(desk.emergency_entry_for_unknown(
            sex="M", approx_age=30, known="", operator="desk1", at=datetime(2026, 12, 7, 3, 0)))
        with make.begin() as s:
            first = desk.write_journaled(s, entry)
        with make.begin() as s:
            again = desk.write_journaled(s, entry)
        assert again.visit_id == first.visit_id and again.patient_id == first.patient_id
        with make() as s:
            assert visit_by_uuid(s, entry["id"]).id == first.visit_id
            assert desk.visits.visits_of(s, first.patient_id)[0].id == first.visit_id
            assert len(desk.visits.visits_of(s, first.patient_id)) == 1
    finally:
        engine.dispose()


def test_the_journal_of_a_database_is_found_again_by_another_process(tmp_path):
    """A desk killed right after journaling: the next process reads the same journal."""
    db = tmp_path / "d.sqlite"
    code = (
        "import os, signal\n"
        "from services import desk\n"
        "from services.journal import EmergencyJournal\n"
        f"j = EmergencyJournal.for_database(desk.journal_key({str(db)!r}))\n"
        "j.append({'kind': 'unknown', 'sex': None, 'approx_age': None, 'known': 'x',"
        " 'operator': 'o', 'at': '2026-12-07T03:00:00'})\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=dict(os.environ), timeout=60)
    assert proc.returncode == -signal.SIGKILL
    found = EmergencyJournal.for_database(desk.journal_key(f"sqlite:///{db}")).pending()
    assert len(found) == 1 and found[0]["known"] == "x"


def test_the_journal_of_an_encrypted_database_keeps_no_visit_in_the_clear(tmp_path):
    """With the database key known, what is journaled is sealed: the file holds neither the
    words typed about the patient nor the operator, and only the key opens it again."""
    path = tmp_path / "j.jsonl"
    key = {"value": "correct horse battery"}
    journal = EmergencyJournal(path, lambda: key["value"])
    entry = journal.append(desk.emergency_entry_for_unknown(
        sex="F", approx_age=40, known="Айгерим, автобус аялдамасынан", operator="reception",
        at=datetime(2026, 12, 7, 3, 0)))
    raw = path.read_bytes()
    for secret in ("Айгерим".encode(), b"reception", b"2026-12-07", b"approx_age"):
        assert secret not in raw
    assert [e["known"] for e in journal.pending()] == ["Айгерим, автобус аялдамасынан"]
    assert journal.pending()[0]["id"] == entry["id"]
    # Another key, or none, opens nothing, and nothing is lost meanwhile.
    key["value"] = "another key entirely"
    assert journal.pending() == [] and journal.sealed_waiting() == 1
    key["value"] = None
    later = journal.append(desk.emergency_entry_for_patient(7, operator="reception",
                                                            at=datetime(2026, 12, 7, 3, 5)))
    journal.mark_written(later["id"])  # the plain one is settled: the sealed one stays
    assert path.read_bytes().startswith(raw)
    key["value"] = "correct horse battery"
    assert [e["id"] for e in journal.pending()] == [entry["id"]]
    journal.mark_written(entry["id"])
    assert journal.pending() == [] and path.read_bytes() == b""


def test_a_sealed_visit_cannot_be_moved_to_another_id(tmp_path):
    path = tmp_path / "j.jsonl"
    journal = EmergencyJournal(path, lambda: "correct horse battery")
    entry = journal.append({"kind": "patient", "patient_id": 1, "at": "2026-12-07T03:00:00"})
    line = json.loads(path.read_text("utf-8"))
    line["id"] = "f" * 32  # the same sealed visit under another id
    path.write_text(json.dumps(line) + "\n", "utf-8")
    assert journal.pending() == [] and journal.sealed_waiting() == 1
    assert entry["id"] != line["id"]


def test_the_desk_journal_is_sealed_exactly_when_its_database_is_encrypted(tmp_path, monkeypatch):
    from db import encryption

    monkeypatch.delenv(encryption.KEY_ENV, raising=False)
    monkeypatch.setattr("services.journal.journal_dir", lambda: tmp_path / "journal")
    encrypted, plain = tmp_path / "enc.sqlite", tmp_path / "plain.sqlite"
    encryption.remember_key(encrypted, "correct horse battery")
    try:
        sealed = EmergencyJournal.for_database(desk.journal_key(f"sqlite:///{encrypted}"))
        clear = EmergencyJournal.for_database(desk.journal_key(f"sqlite:///{plain}"))
        assert sealed.path != clear.path
        for journal in (sealed, clear):
            journal.append({"kind": "unknown", "known": "Айгерим", "at": "2026-12-07T03:00:00"})
        assert "Айгерим".encode() not in sealed.path.read_bytes()
        assert "Айгерим".encode() in clear.path.read_bytes()
        assert sealed.pending()[0]["known"] == clear.pending()[0]["known"] == "Айгерим"
    finally:
        encryption.forget_key(encrypted)
