"""`audit verify` and `audit list` as an administrator runs them, on a trail an attacker changed
with plain sqlite3 (the database's own refusal dropped first, as they would have to)."""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from db.engine import open_database, session_factory
from db.repositories import save_patient
from domain.records import Patient
from services import audit, desk
from tests.helpers import ROOT, acting, run_cli

IIN = "900101400003"


@pytest.fixture
def trail(tmp_path) -> Path:
    """A database with six events in six transactions: events 2 and 5 concern a patient."""
    path = tmp_path / "t.sqlite"
    engine = open_database(str(path))
    make = session_factory(engine)
    with make.begin() as s:
        pid = save_patient(s, Patient("Сейітова", "Дана", iin=IIN, birth_date=date(1990, 1, 1), sex="F"))
    for i in range(6):
        with make.begin() as s:
            if i in (1, 4):
                desk.open_card(acting(s, "aigul"), pid, date(2026, 12, 7))
            else:
                audit.record(s, audit.BACKUP_MADE, "backups", detail={"file": f"b{i}.sqlite"}, by="admin")
    engine.dispose()
    return path


def _tamper(path: Path, *sql: str) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute("DROP TRIGGER audit_events_append_only_update")
        con.execute("DROP TRIGGER audit_events_append_only_delete")
        for statement in sql:
            con.execute(statement)
        con.commit()
    finally:
        con.close()


def _verify(path: Path, lang: str = "kk"):
    done = run_cli("audit", "verify", "--db", str(path), "--lang", lang)
    return done, json.loads(done.stdout)


def test_an_untouched_trail_verifies(trail):
    done, answer = _verify(trail)
    assert done.code == 0 and done.stderr == ""
    assert answer == {"ok": True, "events": 6, "chains": {"": 6}, "problems": []}


def test_the_database_refuses_to_change_or_remove_an_event(trail):
    con = sqlite3.connect(trail)
    try:
        for sql in ("UPDATE audit_events SET detail = '{}' WHERE seq = 3",
                    "DELETE FROM audit_events WHERE seq = 3"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                con.execute(sql)
    finally:
        con.close()
    assert _verify(trail)[0].code == 0


def test_an_altered_event_is_named(trail):
    _tamper(trail, """UPDATE audit_events SET detail = '{"file": "other.sqlite"}' WHERE seq = 3""")
    done, answer = _verify(trail)
    assert done.code == 2 and not answer["ok"]
    assert answer["problems"] == [{"chain": "", "seq": 3, "id": 3, "problem": "altered"}]
    line = done.stderr.strip()
    assert "\n" not in line and "№ 3 оқиға өзгертілген" in line
    done, _ = _verify(trail, "ru")
    assert done.code == 2 and "событие № 3 изменено" in done.stderr
    # an operator renamed to hide who did it is found as well
    _tamper_more(trail, "UPDATE audit_events SET operator = 'someone' WHERE seq = 5")
    assert {p["seq"] for p in _verify(trail)[1]["problems"]} == {3, 5}


def _tamper_more(path: Path, sql: str) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute(sql)
        con.commit()
    finally:
        con.close()


def test_an_event_removed_in_the_middle_is_found_missing(trail):
    _tamper(trail, "DELETE FROM audit_events WHERE seq = 4")
    done, answer = _verify(trail)
    assert done.code == 2
    assert answer["problems"] == [{"chain": "", "seq": 4, "id": None, "problem": "missing"}]
    assert "№ 4 оқиға жоқ" in done.stderr


def test_the_last_event_removed_is_found_against_the_head(trail):
    _tamper(trail, "DELETE FROM audit_events WHERE seq = 6")
    done, answer = _verify(trail, "ru")
    assert done.code == 2
    assert answer["events"] == 5
    assert answer["problems"] == [{"chain": "", "seq": 6, "id": None, "problem": "last events missing"}]
    assert "удалены события после № 6" in done.stderr or "№ 6" in done.stderr


def test_an_event_rewritten_with_a_new_hash_breaks_the_link_to_the_next(trail):
    """Recomputing the altered event's own hash is not enough: the next one still names the old."""
    from db.audit import event_hash

    con = sqlite3.connect(trail)
    row = con.execute("SELECT chain, seq, prev_hash, at, operator, action, entity, entity_uuid, "
                      "patient_uuid FROM audit_events WHERE seq = 2").fetchone()
    con.close()
    from datetime import datetime

    forged = event_hash(row[0], row[1], row[2], datetime.fromisoformat(row[3]), row[4], row[5], row[6],
                        row[7], row[8], "{}")
    _tamper(trail, f"UPDATE audit_events SET detail = '{{}}', hash = '{forged}' WHERE seq = 2")
    done, answer = _verify(trail)
    assert done.code == 2
    assert answer["problems"] == [{"chain": "", "seq": 3, "id": 3, "problem": "broken link"}]
    assert "№ 3" in done.stderr


def test_list_by_patient_and_kind_and_as_csv(trail, tmp_path):
    done = run_cli("audit", "list", "--db", str(trail), "--patient", IIN, "--lang", "ru")
    assert done.code == 0, done.stderr
    events = json.loads(done.stdout)["events"]
    assert [e["seq"] for e in events] == [5, 2] and {e["kind"] for e in events} == {"Карта открыта"}
    done = run_cli("audit", "list", "--db", str(trail), "--kind", "backup", "--user", "admin")
    assert [e["seq"] for e in json.loads(done.stdout)["events"]] == [6, 4, 3, 1]
    target = tmp_path / "trail.csv"
    done = run_cli("audit", "list", "--db", str(trail), "--csv", str(target), "--from", "2000-01-01")
    assert done.code == 0 and json.loads(done.stdout) == {"csv": str(target), "events": 6}
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) == 7 and rows[0][0] == "Уақыты"
    assert sum(1 for r in rows if r[3] == "Сейітова Дана" and r[4] == IIN) == 2
    # the export itself is the seventh event, and the chain still holds
    assert _verify(trail)[1]["events"] == 7
    done = run_cli("audit", "list", "--db", str(trail), "--kind", "export")
    assert [e["action"] for e in json.loads(done.stdout)["events"]] == ["audit.exported"]


@pytest.mark.parametrize("args, field", [
    (["--patient", "000000000000"], "ЖСН"), (["--from", "07.12.2026"], "ЖЖЖЖ-АА-КК"),
    (["--kind", "nonsense"], "nonsense"), (["--from", "2026-12-08", "--to", "2026-12-01"], "08.12.2026"),
])
def test_list_refuses_bad_filters_in_words(trail, args, field):
    done = run_cli("audit", "list", "--db", str(trail), *args)
    assert done.code == 2 and field in done.stderr and "Traceback" not in done.stderr


# ---------------------------------------------------------------- two processes at once

WRITER = textwrap.dedent("""
    import sys
    from db.engine import open_database, session_factory
    from services import audit
    engine = open_database(sys.argv[1], create=False)
    make = session_factory(engine)
    for i in range(int(sys.argv[2])):
        with make.begin() as s:
            audit.record(s, audit.BACKUP_MADE, "backups", detail={"writer": sys.argv[3], "n": i}, by="w")
    engine.dispose()
""")


def _two_writers(url: str, each: int) -> None:
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, url, str(each), name], cwd=ROOT)
             for name in ("a", "b")]
    assert [p.wait(timeout=300) for p in procs] == [0, 0]


def _one_chain(url: str, each: int) -> None:
    engine = open_database(url, create=False)
    try:
        with session_factory(engine)() as s:
            verdict = audit.verify_trail(s)
            seqs = s.execute(text("SELECT seq FROM audit_events ORDER BY seq")).scalars().all()
    finally:
        engine.dispose()
    assert verdict.ok, verdict.problems
    assert verdict.events == 2 * each and seqs == list(range(1, 2 * each + 1))


def test_two_processes_writing_to_one_sqlite_file_keep_one_chain(tmp_path):
    url = f"sqlite:///{tmp_path / 'shared.sqlite'}"
    open_database(url).dispose()
    _two_writers(url, 150)
    _one_chain(url, 150)


@pytest.mark.postgres
def test_postgresql_refuses_changes_and_two_writers_keep_one_chain(postgres_url):
    engine = open_database(postgres_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_heads"))  # earlier tests' chain: start afresh
            conn.execute(text("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only"))
            conn.execute(text("DELETE FROM audit_events"))
            conn.execute(text("ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only"))
    finally:
        engine.dispose()
    _two_writers(postgres_url, 100)
    _one_chain(postgres_url, 100)
    engine = open_database(postgres_url, create=False)
    try:
        for sql in ("UPDATE audit_events SET detail = '{}' WHERE seq = 3",
                    "DELETE FROM audit_events WHERE seq = 3"):
            with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
                conn.execute(text(sql))
    finally:
        engine.dispose()
    _one_chain(postgres_url, 100)
