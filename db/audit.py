"""The audit trail as a hash chain.

Every audit event is sealed as it is added (`add_event`; one added as an object instead is
sealed when the session flushes): it gets the next number of its chain, the hash of the chain's
previous event and its own hash over its content. `verify` recomputes the chain: an altered event no longer matches its hash, a removed
one leaves a gap in the numbers or breaks the link to the next, a removed last event disagrees
with the chain's head. The database also refuses to update or delete audit events (triggers of
schema 0008), so changing one takes deliberate work and is still detected.

A chain is named by `session.info["audit_chain"]` (empty by default): desks that keep their own
database and send their events elsewhere each keep their own chain.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import bindparam, event, false, insert, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db import models as m

GENESIS = "0" * 64


def event_hash(chain: str, seq: int, prev_hash: str, at: datetime, operator: str, action: str,
               entity: str, entity_uuid: str | None, patient_uuid: str | None, detail: str) -> str:
    """The hash that seals one event: SHA-256 of its fields in a fixed JSON form."""
    body = json.dumps([chain, seq, prev_hash, at.isoformat(timespec="microseconds"), operator or "",
                       action, entity, entity_uuid, patient_uuid, detail],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _hash_of(row) -> str:
    return event_hash(row.chain, row.seq, row.prev_hash, row.at, row.operator, row.action,
                      row.entity, row.entity_uuid, row.patient_uuid, row.detail)


_HEADS = m.AuditHeadRecord.__table__
_CLAIM = (update(_HEADS).where(_HEADS.c.chain == bindparam("c")).values(seq=_HEADS.c.seq)
          .returning(_HEADS.c.seq, _HEADS.c.hash))
_ADVANCE = update(_HEADS).where(_HEADS.c.chain == bindparam("c")).values(
    seq=bindparam("s"), hash=bindparam("h"))


def _claim_head(conn, chain: str) -> tuple[int, str]:
    """The chain's head, locked for this transaction: the UPDATE takes SQLite's write lock (or
    PostgreSQL's row lock) before the head is read, so two writers never read the same head.
    A chain's first event creates its head first."""
    head = conn.execute(_CLAIM, {"c": chain}).first()
    if head is None:
        insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
        conn.execute(insert(_HEADS).values(chain=chain, seq=0, hash=GENESIS)
                     .on_conflict_do_nothing(index_elements=["chain"]))
        head = conn.execute(_CLAIM, {"c": chain}).one()
    return head.seq, head.hash


def _seal(session: Session, _context, _instances) -> None:
    new = [obj for obj in session.new if isinstance(obj, m.AuditEventRecord) and obj.hash is None]
    if not new:
        return
    chain = session.info.get("audit_chain", "")
    with session.no_autoflush:
        conn = session.connection()
        seq, prev = _claim_head(conn, chain)
        for obj in new:
            seq += 1
            obj.at = obj.at or m.utcnow()
            obj.chain, obj.seq, obj.prev_hash = chain, seq, prev
            obj.operator = obj.operator or ""
            obj.detail = obj.detail if obj.detail is not None else "{}"
            obj.hash = prev = _hash_of(obj)
        conn.execute(_ADVANCE, {"c": chain, "s": seq, "h": prev})


event.listen(Session, "before_flush", _seal)


@dataclass
class Verdict:
    """What `verify` found: the events read per chain and each problem (chain, number, event
    id, what is wrong)."""

    events: int = 0
    chains: dict[str, int] = field(default_factory=dict)
    problems: list[dict] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict:
        return {"ok": self.ok, "events": self.events, "chains": self.chains,
                "problems": self.problems}


_EVENTS = m.AuditEventRecord.__table__
_COLUMNS = [_EVENTS.c[name] for name in ("id", "chain", "seq", "prev_hash", "hash", "at", "operator", "action",
                                         "entity", "entity_uuid", "patient_uuid", "detail")]


def _rows(session: Session, chain: str) -> Iterator:
    """The chain's events in order, as plain rows (no objects: a trail of millions is read at
    the speed of the database), 5,000 at a time."""
    last = -1
    while True:
        page = session.execute(select(*_COLUMNS).where(_EVENTS.c.chain == chain, _EVENTS.c.seq > last)
                               .order_by(_EVENTS.c.seq).limit(5000)).all()
        if not page:
            return
        yield from page
        last = page[-1].seq


def verify(session: Session) -> Verdict:
    """Recompute every chain of the trail."""
    verdict = Verdict()
    heads = dict(session.execute(select(m.AuditHeadRecord.chain, m.AuditHeadRecord.seq)).all())
    unsealed = session.scalars(select(m.AuditEventRecord.id).where(
        (m.AuditEventRecord.seq.is_(None)) | (m.AuditEventRecord.hash.is_(None)))).all()
    for event_id in unsealed:
        verdict.problems.append({"chain": None, "seq": None, "id": event_id, "problem": "unsealed"})
    chains = set(heads) | set(session.scalars(select(m.AuditEventRecord.chain).distinct()).all())
    for chain in sorted(chains):
        expected_seq, prev, count = 1, GENESIS, 0
        for row in _rows(session, chain):
            count += 1
            if row.seq != expected_seq:
                verdict.problems.append({"chain": chain, "seq": expected_seq, "id": None,
                                         "problem": "missing"})
            elif row.prev_hash != prev:
                verdict.problems.append({"chain": chain, "seq": row.seq, "id": row.id,
                                         "problem": "broken link"})
            if row.hash != _hash_of(row):
                verdict.problems.append({"chain": chain, "seq": row.seq, "id": row.id,
                                         "problem": "altered"})
            expected_seq, prev = row.seq + 1, row.hash
        if heads.get(chain, 0) != expected_seq - 1:
            verdict.problems.append({"chain": chain, "seq": heads.get(chain, 0), "id": None,
                                     "problem": "last events missing"})
        verdict.chains[chain] = count
        verdict.events += count
    return verdict


_APPEND = insert(_EVENTS)


def add_event(session: Session, action: str, entity: str, *, operator: str,
              entity_uuid: str | None = None, patient_uuid: str | None = None,
              detail: dict | None = None, at: datetime | None = None) -> None:
    """Append one event to its chain at once, in the session's transaction: the head claimed,
    the event sealed and written, the head moved on (three statements, no unit of work: an
    event costs a fraction of a millisecond). An event added as an object is sealed at flush."""
    chain = session.info.get("audit_chain", "")
    conn = session.connection()
    seq, prev = _claim_head(conn, chain)
    seq += 1
    at = at or m.utcnow()
    operator = operator or ""
    body = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True)
    sealed = event_hash(chain, seq, prev, at, operator, action, entity, entity_uuid, patient_uuid, body)
    conn.execute(_APPEND, {"at": at, "operator": operator, "action": action, "entity": entity,
                           "entity_uuid": entity_uuid, "patient_uuid": patient_uuid, "detail": body,
                           "chain": chain, "seq": seq, "prev_hash": prev, "hash": sealed})
    conn.execute(_ADVANCE, {"c": chain, "s": seq, "h": sealed})


# ---------------------------------------------------------------- reading the trail

@dataclass(frozen=True, slots=True)
class EventLine:
    """One event as the administrator's view lists it, with the patient it concerns (when that
    patient is still in the database)."""

    id: int
    seq: int | None  # its number in its chain (what `verify` names)
    at: datetime
    operator: str
    action: str
    entity: str
    entity_uuid: str | None
    patient_uuid: str | None
    detail: str
    patient_name: str | None
    patient_ident: str | None  # the IIN, or the local number of a patient without one


def events_page(session: Session, *, operator: str | None = None, patient_uuid: str | None = None,
                actions: tuple[str, ...] = (), prefixes: tuple[str, ...] = (),
                start: datetime | None = None, end: datetime | None = None,
                before_id: int | None = None, limit: int = 200) -> list[EventLine]:
    """Events newest first, at most `limit`, those older than `before_id` (keyset paging: each
    page costs the same however deep it is). `start`/`end` bound `at` (end excluded)."""
    e, p = m.AuditEventRecord, m.PatientRecord
    query = (select(e.id, e.seq, e.at, e.operator, e.action, e.entity, e.entity_uuid, e.patient_uuid,
                    e.detail, p.surname, p.given_name, p.patronymic, p.iin, p.local_id)
             .outerjoin(p, p.uuid == e.patient_uuid))
    if operator:
        query = query.where(e.operator == operator)
    if patient_uuid:
        query = query.where(e.patient_uuid == patient_uuid)
    if actions or prefixes:
        query = query.where(or_(e.action.in_(actions) if actions else false(),
                                *(e.action.startswith(x, autoescape=True) for x in prefixes)))
    if start is not None:
        query = query.where(e.at >= start)
    if end is not None:
        query = query.where(e.at < end)
    if before_id is not None:
        query = query.where(e.id < before_id)
    rows = session.execute(query.order_by(e.id.desc()).limit(limit)).all()
    return [EventLine(r.id, r.seq, r.at, r.operator, r.action, r.entity, r.entity_uuid, r.patient_uuid,
                      r.detail, " ".join(x for x in (r.surname, r.given_name, r.patronymic) if x) or None,
                      r.iin or r.local_id) for r in rows]


def patient_uuid_of(session: Session, patient_id: int) -> str | None:
    return session.scalar(select(m.PatientRecord.uuid).where(m.PatientRecord.id == patient_id))

