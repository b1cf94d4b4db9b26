"""Patients picked from a demo database for measurements and screenshots."""

from __future__ import annotations

import random

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import models as m


def sample_patients(session: Session, count: int, seed: int) -> list[tuple[str, str, str | None]]:
    """(surname, given name, IIN) of about ``count`` patients picked at random by id, for
    measurements that type what receptionists type."""
    top = session.scalar(select(m.PatientRecord.id).order_by(m.PatientRecord.id.desc()).limit(1)) or 0
    if not top:
        return []
    rng = random.Random(seed)
    ids = [rng.randint(1, top) for _ in range(count)]
    return [tuple(r) for r in session.execute(
        select(m.PatientRecord.surname, m.PatientRecord.given_name, m.PatientRecord.iin)
        .where(m.PatientRecord.id.in_(ids), m.PatientRecord.deleted.is_(False))).all()]


def showcase_patient(session: Session) -> tuple[int, str] | None:
    """A citizen with an IIN, a Fund answer and a dispensary condition: a card that shows much."""
    row = session.execute(
        select(m.PatientRecord.id, m.PatientRecord.surname)
        .join(m.ConditionRecord, m.ConditionRecord.patient_id == m.PatientRecord.id)
        .join(m.FundCheckRecord, m.FundCheckRecord.patient_id == m.PatientRecord.id)
        .where(m.ConditionRecord.dispensary.is_(True), m.PatientRecord.status == "citizen",
               m.PatientRecord.iin.is_not(None), m.PatientRecord.deleted.is_(False))
        .order_by(m.PatientRecord.id).limit(1)).first()
    return (row[0], row[1]) if row else None


def sample_patient_ids(session: Session, limit: int) -> list[int]:
    """Ids of up to `limit` live patients spread over the table (for measurements)."""
    total = session.scalar(select(func.count()).select_from(m.PatientRecord)) or 0
    step = max(1, total // max(limit, 1))
    ids = session.scalars(
        select(m.PatientRecord.id).where(m.PatientRecord.deleted.is_(False), m.PatientRecord.id % step == 0).order_by(m.PatientRecord.id).limit(limit)
    )
    return list(ids)
