"""The audit trail's cost, measured in the `store` section: what one event adds to a write
transaction (`audit_event`: the time of `record`, which seals and writes it, and of a flush, over
1,000 events; beside it the same small write committed with and without an event, in
alternation), and the time to verify the trail's whole chain (`audit_verify_s`).

The events go to a chain of their own ("bench"), so that the desk's trail of a database measured
with --db stays apart (an audit event can never be removed)."""

from __future__ import annotations

import time
from collections.abc import Callable

from sqlalchemy import text

from bench.runner import percentiles
from db.audit import verify
from db.engine import session_factory, take_write_lock
from services import audit

EVENTS = 1000
WARMUP = 50
CHAIN = "bench"
KEY = "bench.audit"
BULK = 20_000  # events added in bulk, so that the chain verified is not a toy


def _write(make, with_event: bool, i: int) -> tuple[float, float]:
    """One small write transaction, with or without an event: its whole time (to the commit)
    and the time the event took in it (`record` and a flush, as a use case does), in ms."""
    started = time.perf_counter()
    sealing = 0.0
    with make.begin() as s:
        s.info["audit_chain"] = CHAIN
        take_write_lock(s)
        # a value new each time: SQLite writes nothing for a row updated to what it holds
        s.execute(text("UPDATE settings SET value = :v WHERE key = :k"),
                  {"v": f"{i}{'e' if with_event else 'p'}", "k": KEY})
        if with_event:
            before = time.perf_counter()
            audit.record(s, "patient.opened", "patient", entity_uuid=f"{i:032x}",
                         patient_uuid=f"{i:032x}", detail={"id": i}, by="bench")
            s.flush()
            sealing = (time.perf_counter() - before) * 1000
    return (time.perf_counter() - started) * 1000, sealing


def measure(engine, progress: Callable[[str], None]) -> dict[str, object]:
    make = session_factory(engine)
    with make.begin() as s:  # the small write both transactions make: one settings row changed
        if s.execute(text("SELECT 1 FROM settings WHERE key = :k"), {"k": KEY}).first() is None:
            s.execute(text("INSERT INTO settings (key, value, updated_at) "
                           "VALUES (:k, '0', CURRENT_TIMESTAMP)"), {"k": KEY})
    progress(f"store: audit events ({EVENTS} with, {EVENTS} without) …")
    with_ms, without_ms, sealing_ms = [], [], []
    for i in range(WARMUP + EVENTS):
        (a, sealed), (b, _) = _write(make, True, i), _write(make, False, i)
        if i >= WARMUP:  # the pairs alternate: a slow moment of the machine falls on both alike
            with_ms.append(a)
            without_ms.append(b)
            sealing_ms.append(sealed)
    with_p, without_p = percentiles(with_ms), percentiles(without_ms)
    sealing = percentiles(sealing_ms)
    progress(f"store: {BULK} audit events in bulk, then the whole chain verified …")
    with make.begin() as s:
        s.info["audit_chain"] = CHAIN
        for i in range(BULK):
            audit.record(s, "patient.opened", "patient", patient_uuid=f"{i:032x}", detail={"id": i},
                         by="bench")
    with make() as s:
        started = time.perf_counter()
        verdict = verify(s)
        seconds = time.perf_counter() - started
    if not verdict.ok:
        raise RuntimeError(f"the audit chain does not verify: {verdict.problems[:3]}")
    return {
        # p50/p95: the event's own time in the transaction (record and sealing flush); the
        # commit: the same small write committed with one event and without, whose difference
        # is mostly the disk syncing a few more pages
        "audit_event": {"p50": sealing["p50"], "p95": sealing["p95"],
                        "commit_with": with_p, "commit_without": without_p,
                        "commit_added_p50": round(with_p["p50"] - without_p["p50"], 3),
                        "events": EVENTS},
        "audit_verify_s": round(seconds, 3),
        "audit_verify_events": verdict.events,
    }
