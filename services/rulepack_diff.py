"""Preview what a new rule pack changes: for every patient (or a seeded sample) the
whole-catalogue decisions on a day under the active pack and the new one, counted by
(service, old funding -> new funding), with a few example patients per change.

The patients are read here in batches (`db.patient_batches`) through the caller's session; the
deciding runs in worker processes when there is much of it (it is pure computation: each worker
loads both packs once from their pack files and gets patient records, never the database).
`cancelled()` is asked between batches; cancelling ends the workers at once.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from db import patient_batches
from db.engine import Session
from domain.decide import decide_all
from domain.facts import facts_from_record
from domain.rulepack import RulePack, load_pack_file, load_rule_pack

EXAMPLES = 5
BATCH = 1000
# fewer patients than this are decided in this process: starting workers would cost more
IN_PROCESS_BELOW = 4000


class DiffCancelled(Exception):
    """The preview was cancelled; nothing was written."""


@dataclass(slots=True)
class Change:
    service: str
    old: str | None  # None: no decision (the evaluation failed)
    new: str | None
    count: int = 0
    examples: list[tuple[int, str | None]] = field(default_factory=list)  # (patient id, IIN)

    def as_json(self) -> dict:
        return {"service": self.service, "old": self.old, "new": self.new, "count": self.count,
                "examples": [{"id": pid, "iin": iin} for pid, iin in self.examples]}


@dataclass(slots=True)
class DiffResult:
    on: date
    old: str  # rule_pack versions
    new: str
    patients: int
    changed_patients: int
    changes: list[Change]

    def as_json(self) -> dict:
        return {"on": self.on.isoformat(), "old": self.old, "new": self.new, "patients": self.patients,
                "changed_patients": self.changed_patients,
                "changes": [c.as_json() for c in self.changes]}


def _pack(spec: bytes | None) -> RulePack:
    return load_rule_pack() if spec is None else load_pack_file(spec)


_worker: dict[str, RulePack] = {}


def _init_worker(old_spec: bytes | None, new_spec: bytes | None) -> None:
    _worker["old"], _worker["new"] = _pack(old_spec), _pack(new_spec)


def _fundings(record, on: date, pack: RulePack) -> dict[str, str | None]:
    out: dict[str, str | None] = {}

    def failed(service: str, _exc: Exception) -> None:
        out[service] = None

    try:
        facts = facts_from_record(record, on, pack)
        for d in decide_all(facts, on, pack, on_error=failed):
            out[d.service] = d.funding
    except Exception:  # noqa: BLE001 - the whole patient undecidable: counted as "no decision"
        return {}
    return out


def compare(records: list, on: date, old: RulePack, new: RulePack) -> list[tuple[int, str | None, list]]:
    """(patient id, IIN, [(service, old funding, new funding), …]) of the patients whose
    decisions differ."""
    out = []
    for record in records:
        a, b = _fundings(record, on, old), _fundings(record, on, new)
        changed = [(s, a.get(s), b.get(s)) for s in dict.fromkeys([*a, *b]) if a.get(s) != b.get(s)]
        if changed:
            out.append((record.id, record.iin, changed))
    return out


def _compare_in_worker(records: list, on: date) -> list:
    return compare(records, on, _worker["old"], _worker["new"])


def workers_for(patients: int) -> int:
    return 0 if patients < IN_PROCESS_BELOW else max(1, min(os.cpu_count() or 1, 8))


def diff(session: Session, old_spec: bytes | None, new_spec: bytes | None, on: date, *,
         sample: int | None = None, seed: int = 0,
         progress: Callable[[int, int], None] | None = None,
         cancelled: Callable[[], bool] | None = None, workers: int | None = None) -> DiffResult:
    """Decisions on `on` under the pack `old_spec` and the pack `new_spec` (pack files; None is
    the shipped pack) for every patient of the database, or `sample` of them drawn with `seed`."""
    old, new = _pack(old_spec), _pack(new_spec)
    ids = patient_batches.sample_ids(patient_batches.live_patient_ids(session), sample, seed)
    total = len(ids)
    workers = workers_for(total) if workers is None else workers
    changes: dict[tuple[str, str | None, str | None], Change] = {}
    done = changed_patients = 0

    def take(rows: list, size: int) -> None:
        nonlocal done, changed_patients
        done += size
        for pid, iin, pairs in rows:
            changed_patients += 1
            for service, a, b in pairs:
                c = changes.setdefault((service, a, b), Change(service, a, b))
                c.count += 1
                if len(c.examples) < EXAMPLES:
                    c.examples.append((pid, iin))
        if progress is not None:
            progress(done, total)

    def stop() -> bool:
        return cancelled is not None and cancelled()

    if progress is not None:
        progress(0, total)
    batches = patient_batches.batches(session, ids, BATCH)
    if workers <= 0:
        for records in batches:
            if stop():
                raise DiffCancelled()
            take(compare(records, on, old, new), len(records))
    else:
        # spawn, not fork: the desk has threads, and a forked copy of a lock held by one of them
        # would never be released in the child
        ctx = multiprocessing.get_context("spawn")
        pool = ctx.Pool(workers, initializer=_init_worker, initargs=(old_spec, new_spec))
        try:
            pending: list = []
            for records in batches:
                if stop():
                    raise DiffCancelled()
                pending.append((pool.apply_async(_compare_in_worker, (records, on)), len(records)))
                while len(pending) > 2 * workers or (pending and pending[0][0].ready()):
                    result, size = pending.pop(0)
                    take(_wait(result, stop), size)
            while pending:
                result, size = pending.pop(0)
                take(_wait(result, stop), size)
            pool.close()
        finally:
            pool.terminate()
            pool.join()
    ordered = sorted(changes.values(), key=lambda c: (-c.count, c.service, c.old or "", c.new or ""))
    return DiffResult(on, old.version, new.version, total, changed_patients, ordered)


def _wait(result, stop: Callable[[], bool]):
    while not result.ready():
        if stop():
            raise DiffCancelled()
        result.wait(0.1)
    return result.get()
