"""Offline-first sync under faults: a real PostgreSQL hub and three desks, each a process of its
own on its own SQLite file, doing the desk's own actions and syncing every few actions, while
the test pulls the network cable (a relay that drops every connection), ends the hub's
connections from the server side, kills desk processes with SIGKILL (also in the middle of a
sync) and repeats a push the hub already took. Afterwards every desk and the hub hold the same
content, table by table; every row a desk was told was saved is everywhere, none twice; the
conflicts are in the log."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from db import models as m
from db import sync as sync_db
from db.engine import open_database
from db.repositories import load_patient
from demo.load import fill
from services import sync
from services.desk import save_registration
from tests import pg
from tests.helpers import acting
from tests.sync_tools import CablePuller, contents, desk_factory, differences, hub_factory

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

ROOT = Path(__file__).resolve().parents[2]
DESKS = 3
ACTIONS = 24
SEEDED = 120  # patients on the hub before the desks start (pulled by each)
DEADLINE_S = 150


def _start(i: int, n: int, tmp_path: Path, hub_url: str, actions: int) -> subprocess.Popen:
    with open(tmp_path / f"desk{i}.err", "a") as err:  # the child keeps its own copy
        return subprocess.Popen(
            [sys.executable, "-m", "tests.load.sync_desk", "--db", str(tmp_path / f"desk{i}.sqlite"),
             "--hub", hub_url, "--site", f"SYN{i}", "--desk", f"desk-{i}",
             "--seed", str(100 * n + i), "--actions", str(actions),
             "--log", str(tmp_path / f"desk{i}.log")],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)


def _log(tmp_path: Path, i: int) -> list[dict]:
    path = tmp_path / f"desk{i}.log"
    if not path.exists():
        return []
    out = []
    for line in path.read_text("utf-8").splitlines():
        try:
            out.append(json.loads(line))
        except ValueError:
            pass  # the last line of a killed desk may be cut short
    return out


def test_desks_converge_through_cut_cables_killed_processes_and_repeated_pushes(
        postgres_url, tmp_path):
    rnd = random.Random(17)
    with pg.own_database(postgres_url, "faults") as url:
        engine = open_database(url)
        fill(engine, SEEDED, seed=3)
        engine.dispose()
        relay = CablePuller(make_url(url).port)
        through = make_url(url).set(port=relay.port).render_as_string(hide_password=False)
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        procs = {i: _start(i, 0, tmp_path, through, ACTIONS) for i in range(DESKS)}
        restarts = dict.fromkeys(procs, 0)
        faults = {"cut": 0, "terminated": 0, "killed": 0}
        started = time.monotonic()
        try:
            while time.monotonic() - started < DEADLINE_S:
                running = [i for i, p in procs.items() if p.poll() is None]
                if not running:
                    break
                time.sleep(rnd.uniform(0.5, 1.5))
                fault = rnd.choice(("cut", "cut", "terminated", "killed"))
                if fault == "cut":
                    relay.cut()
                    time.sleep(rnd.uniform(0.5, 2.5))  # the desks work on meanwhile
                    relay.plug()
                elif fault == "terminated":
                    with admin.connect() as conn:
                        conn.execute(text(
                            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            "WHERE datname = :db AND pid <> pg_backend_pid()"),
                            {"db": make_url(url).database})
                else:
                    i = rnd.choice(running)
                    if restarts[i] >= 3:
                        continue
                    procs[i].send_signal(signal.SIGKILL)
                    procs[i].wait()
                    restarts[i] += 1
                    procs[i] = _start(i, restarts[i], tmp_path, through, ACTIONS // 2)
                faults[fault] += 1
            for p in procs.values():
                p.wait(timeout=max(5, DEADLINE_S + 60 - (time.monotonic() - started)))
        finally:
            for p in procs.values():
                if p.poll() is None:
                    p.kill()
                    p.wait()
            relay.close()
            admin.dispose()
        assert faults["cut"] and faults["terminated"] and faults["killed"], faults

        logs = {i: _log(tmp_path, i) for i in range(DESKS)}
        unexpected = [e for log in logs.values() for e in log if "unexpected" in e]
        assert unexpected == []
        for i, log in logs.items():
            assert any(e.get("done") for e in log), f"desk {i} did not finish"
            # the desk worked on while the hub was unreachable
            assert any(e.get("table") for e in log)
        offline = sum(1 for log in logs.values() for e in log if e.get("round") == "offline")
        assert offline > 0  # the cuts were felt by the desks, and they went on working

        hub = hub_factory(url)
        desks = [desk_factory(tmp_path / f"desk{i}.sqlite", f"SYN{i}") for i in range(DESKS)]
        try:
            # A push repeated after its answer was lost changes nothing on the hub.
            with desks[0]() as s:
                pid = s.scalar(select(m.PatientRecord.id).where(m.PatientRecord.deleted.is_(False))
                               .order_by(m.PatientRecord.id))
                rec = load_patient(s, pid)
                save_registration(acting(s, "t"), replace(rec, phone="+77000000000"),
                                  today=date.today())
                s.commit()
            with desks[0]() as s:
                _ids, items = sync_db.read_outbox(s.connection(), 1000)
            assert items
            sync.run_round(desks[0], hub, desk_id="desk-0", site="SYN0", clinic="")
            before = contents(hub)
            with hub() as h:
                sync_db.hub_take(h.connection(), items, desk="desk-0", site="SYN0", clinic="")
                h.commit()
            assert differences(before, contents(hub)) == []

            def settle() -> None:
                """The cable is back for good: every desk syncs until nothing moves."""
                for _ in range(6):
                    moved = 0
                    for i, desk in enumerate(desks):
                        done = sync.run_round(desk, hub, desk_id=f"desk-{i}", site=f"SYN{i}",
                                              clinic="")
                        moved += done.pushed + done.pulled
                    if moved == 0:
                        return
                raise AssertionError("the desks did not settle")

            settle()
            # Two desks change one field of one patient before either hears of the other.
            for i, address in ((1, "Алматы, Абай 10"), (2, "Алматы, Абай 12")):
                with desks[i]() as s:
                    pid = s.scalar(select(m.PatientRecord.id).where(
                        m.PatientRecord.uuid == rec.uuid))
                    mine = load_patient(s, pid)
                    save_registration(acting(s, "t"), replace(mine, address=address),
                                      today=date.today())
                    s.commit()
            settle()

            want = contents(hub)
            for i, desk in enumerate(desks):
                assert differences(want, contents(desk)) == [], f"desk {i}"
                with desk() as s:
                    assert sync.state(s).waiting == 0

            # every row a desk was told was saved is there (on the hub, so on every desk)
            told = {(e["table"], e["uuid"]) for log in logs.values() for e in log if e.get("table")}
            lost = sorted(pair for pair in told if pair[1] not in want[pair[0]])
            assert lost == []
            # no person twice: one live patient per IIN, one register line per number
            live = [p["iin"] for p in want["patients"].values() if p["iin"] and not p["deleted"]]
            assert len(live) == len(set(live))
            numbers = [r["number"] for r in want["referrals"].values()]
            assert len(numbers) == len(set(numbers))
            # the same new IINs were registered on several desks: merged, and the merge logged
            registered = [e for log in logs.values() for e in log
                          if e.get("kind") == "register_shared" and e.get("table")]
            reasons = {c["reason"] for c in want["sync_conflicts"].values()}
            if len({e["uuid"] for e in registered}) > len(
                    {p["iin"] for p in want["patients"].values()
                     if p["uuid"] in {e["uuid"] for e in registered} and p["iin"]}):
                assert "same_iin" in reasons
            assert "later" in reasons
            address = [c for c in want["sync_conflicts"].values()
                       if c["row_uuid"] == rec.uuid and c["field"] == "address"]
            assert [(json.loads(c["kept"]), json.loads(c["lost"])) for c in address] == [
                ("Алматы, Абай 12", "Алматы, Абай 10")]
            assert want["patients"][rec.uuid]["address"] == "Алматы, Абай 12"
            # the clinic's settings and the active rule pack are the same everywhere; every
            # desk's audit chain verifies on the hub as it does on the desk
            from db import audit
            from services import rulepacks

            def clinic_state(factory):
                with factory() as s:
                    rows = s.execute(text("SELECT key, value FROM clinic_settings "
                                          "WHERE clinic = '040640001234' ORDER BY key")).all()
                    return [tuple(r) for r in rows], rulepacks.active_pack(s).label
            assert all(clinic_state(d) == clinic_state(hub) for d in desks)
            if any(e.get("rule_pack") for log in logs.values() for e in log):
                assert clinic_state(hub)[1] == "2026.12.narrow"
            with hub() as h:
                verdict = audit.verify(h)
                assert verdict.ok, verdict.problems
                for i, desk in enumerate(desks):
                    with desk() as s:
                        assert verdict.chains.get(f"SYN{i}") == audit.verify(s).chains.get(f"SYN{i}")
        finally:
            for factory in (hub, *desks):
                factory.kw["bind"].dispose()
    if os.environ.get("SYNC_FAULTS_REPORT"):
        print(json.dumps({"faults": faults, "restarts": restarts, "offline_rounds": offline}))
