"""Installed rule packs and the history of the active one (tables `rule_packs` and
`rule_pack_activations`). The bytes are stored as given; what they mean is the domain's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from db.models import RulePackActivationRecord, RulePackRecord, utcnow


@dataclass(frozen=True, slots=True)
class StoredPack:
    id: int
    version: str  # pack.json's version label
    content_hash: str
    installed_at: datetime
    installed_by: str
    note: str


@dataclass(frozen=True, slots=True)
class Activation:
    id: int
    at: datetime
    pack_id: int | None  # None: the shipped pack
    version: str
    content_hash: str
    operator: str


def available(session: Session) -> bool:
    """Whether the database has the rule pack tables (a database of an older schema opened
    without migrating has none: its active pack is the shipped one)."""
    return inspect(session.connection()).has_table("rule_pack_activations")


def _stored(row: RulePackRecord) -> StoredPack:
    return StoredPack(row.id, row.version, row.content_hash, row.installed_at, row.installed_by, row.note)


_PACK_COLUMNS = (RulePackRecord.id, RulePackRecord.version, RulePackRecord.content_hash,
                 RulePackRecord.installed_at, RulePackRecord.installed_by, RulePackRecord.note)


def installed_packs(session: Session) -> list[StoredPack]:
    """Every installed pack, oldest first (without the bytes)."""
    rows = session.execute(select(*_PACK_COLUMNS).order_by(RulePackRecord.id)).all()
    return [StoredPack(*row) for row in rows]


def pack_by_version(session: Session, version: str) -> StoredPack | None:
    row = session.execute(select(*_PACK_COLUMNS).where(RulePackRecord.version == version)).first()
    return StoredPack(*row) if row else None


def pack_content(session: Session, pack_id: int) -> bytes | None:
    return session.scalar(select(RulePackRecord.content).where(RulePackRecord.id == pack_id))


def add_pack(session: Session, *, version: str, content_hash: str, content: bytes,
             installed_by: str = "", note: str = "") -> StoredPack:
    row = RulePackRecord(version=version, content_hash=content_hash, content=content,
                         installed_at=utcnow(), installed_by=installed_by, note=note)
    session.add(row)
    session.flush()
    return _stored(row)


def active(session: Session) -> Activation | None:
    """The newest activation (by its time: activations made at other desks arrive with the
    sync), or None: the shipped pack."""
    row = session.execute(
        select(RulePackActivationRecord.id, RulePackActivationRecord.at,
               RulePackActivationRecord.pack_id, RulePackActivationRecord.version,
               RulePackActivationRecord.content_hash, RulePackActivationRecord.operator)
        .order_by(RulePackActivationRecord.at.desc(), RulePackActivationRecord.id.desc())
        .limit(1)).first()
    return Activation(*row) if row else None


def activations(session: Session) -> list[Activation]:
    """The history of activations, oldest first."""
    rows = session.execute(
        select(RulePackActivationRecord.id, RulePackActivationRecord.at,
               RulePackActivationRecord.pack_id, RulePackActivationRecord.version,
               RulePackActivationRecord.content_hash, RulePackActivationRecord.operator)
        .order_by(RulePackActivationRecord.at, RulePackActivationRecord.id)).all()
    return [Activation(*row) for row in rows]


def record_activation(session: Session, *, pack_id: int | None, version: str, content_hash: str,
                      operator: str = "") -> Activation:
    row = RulePackActivationRecord(at=utcnow(), pack_id=pack_id, version=version,
                                   content_hash=content_hash, operator=operator)
    session.add(row)
    session.flush()
    return Activation(row.id, row.at, row.pack_id, row.version, row.content_hash, row.operator)
