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
