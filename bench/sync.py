"""The `sync` section: a new desk pulling 100,000 patients from a hub, 1,000 changes travelling
from one desk to another through the hub, and the desk's IIN lookup and name search while a
sync runs beside them.

It needs a PostgreSQL server where it may create (and afterwards drop) databases of its own:
`TIRKEU_BENCH_HUB` (an administrator's URL of that server). Without it the section is left out
with a note: a number is never made up.
"""

from __future__ import annotations

import os
import random
import threading
import time
import uuid
from dataclasses import replace
from datetime import date

HUB_ENV = "TIRKEU_BENCH_HUB"
PULL_PATIENTS = 100_000
CHANGES = 1000


def _database(server: str, name: str):
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def _drop(server: str, name: str) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _factory(url: str, site: str | None = None):
    from sqlalchemy.orm import sessionmaker

    from db.engine import open_database

    engine = open_database(url)
    return sessionmaker(engine, expire_on_commit=False, info={"site_prefix": site} if site else {})


def _round(desk, hub, site: str):
    from services.sync import run_round

    return run_round(desk, hub, desk_id=f"bench-{site}", site=site, clinic="")


def _p95(samples: list[float]) -> dict[str, float]:
    from bench.runner import percentiles

    return percentiles(samples)


def measure(ctx) -> dict:
    server = os.environ.get(HUB_ENV)
    if not server:
        ctx.progress(f"section sync skipped: no PostgreSQL server given in ${HUB_ENV}")
        return {}
    from demo.load import fill

    out: dict[str, object] = {}
    n = min(PULL_PATIENTS, ctx.patients)
    names = [f"bench_sync_{uuid.uuid4().hex[:8]}" for _ in range(2)]
    factories = []
    try:
        # 1. a new desk pulls the hub's patients
        hub_url = _database(server, names[0])
        hub = _factory(hub_url)
        factories.append(hub)
        ctx.progress(f"sync: filling a hub with {n} demo patients …")
        fill(hub.kw["bind"], n, ctx.seed)
        desk = _factory(f"sqlite:///{ctx.workdir / 'sync-new-desk.sqlite'}", "BNEW1")
        factories.append(desk)
        started = time.perf_counter()
        done = _round(desk, hub, "BNEW1")
        out["sync_pull_patients"] = n
        out["sync_pull_100k_s" if n == PULL_PATIENTS else f"sync_pull_{n}_s"] = round(
            time.perf_counter() - started, 2)
        out["sync_pull_rows"] = done.pulled

        # 2. a thousand changes from desk A to desk B through a hub
        small_url = _database(server, names[1])
        small = _factory(small_url)
        factories.append(small)
        fill(small.kw["bind"], CHANGES, ctx.seed)
        a = _factory(f"sqlite:///{ctx.workdir / 'sync-a.sqlite'}", "BDA01")
        b = _factory(f"sqlite:///{ctx.workdir / 'sync-b.sqlite'}", "BDB01")
        factories += [a, b]
        _round(a, small, "BDA01")
        _round(b, small, "BDB01")
        _change_all(a, "+7701")
        started = time.perf_counter()
        pushed = _round(a, small, "BDA01").pushed
        pulled = _round(b, small, "BDB01").pulled
        out["sync_travel_1000_s"] = round(time.perf_counter() - started, 2)
        out["sync_travel_rows"] = {"pushed": pushed, "pulled": pulled}

        # 3. the new desk's lookups on its own file, alone and while its sync pulls changes
        # other desks keep making on the hub
        iins = _sample_iins(desk, 300)
        out["sync_idle"] = _lookups(desk, iins)
        stop = threading.Event()
        rounds = []

        def syncing() -> None:
            from sqlalchemy import text

            k = 0
            while not stop.is_set():
                k += 1
                with hub() as h:
                    h.execute(text("UPDATE patients SET phone = :p WHERE id IN "
                                   "(SELECT id FROM patients ORDER BY random() LIMIT 200)"),
                              {"p": f"+7702{k:07d}"})
                    h.commit()
                began = time.perf_counter()
                _round(desk, hub, "BNEW1")
                rounds.append(time.perf_counter() - began)

        worker = threading.Thread(target=syncing, daemon=True)
        worker.start()
        try:
            time.sleep(0.5)
            out["sync_busy"] = _lookups(desk, iins)
        finally:
            stop.set()
            worker.join()
        out["sync_busy_rounds"] = len(rounds)
    finally:
        for factory in factories:
            factory.kw["bind"].dispose()
        for name in names:
            _drop(server, name)
    return {"sync": out}


def _change_all(desk, phone: str, limit: int = CHANGES) -> None:
    from sqlalchemy import select

    from db import models as m
    from db.repositories import load_patient
    from services.desk import save_registration

    with desk() as s:
        ids = list(s.scalars(select(m.PatientRecord.id).where(m.PatientRecord.deleted.is_(False))
                             .order_by(m.PatientRecord.id).limit(limit)))
    with desk() as s:
        for i, pid in enumerate(ids):
            rec = load_patient(s, pid)
            save_registration(s, replace(rec, phone=f"{phone}{i:06d}"), today=date.today())
        s.commit()


def _sample_iins(desk, k: int) -> list[str]:
    from sqlalchemy import select

    from db import models as m

    with desk() as s:
        iins = list(s.scalars(select(m.PatientRecord.iin).where(m.PatientRecord.iin.is_not(None))
                              .limit(5000)))
    return random.Random(7).sample(iins, min(k, len(iins)))


def _lookups(desk, iins: list[str]) -> dict[str, dict[str, float]]:
    from db.repositories import find_hit_by_iin
    from db.search import search_patients

    lookup, names = [], []
    with desk() as s:
        for iin in iins:
            began = time.perf_counter()
            hit = find_hit_by_iin(s, iin)
            lookup.append((time.perf_counter() - began) * 1000)
            if hit is not None:
                began = time.perf_counter()
                search_patients(s, hit.full_name, 20)
                names.append((time.perf_counter() - began) * 1000)
            s.rollback()  # each lookup its own read, as the desk does
    return {"iin_lookup_ms": _p95(lookup), "name_search_ms": _p95(names or [0.0])}
