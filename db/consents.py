"""A patient's consent forms (the `consents` table): recorded, withdrawn, listed."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ConsentRecord
from domain.consent import Consent


def _consent(row: ConsentRecord) -> Consent:
    return Consent(scope=row.scope, given_on=row.given_on, form_number=row.form_number,
                   operator=row.operator, withdrawn_on=row.withdrawn_on, id=row.id, uuid=row.uuid)


def add_consent(session: Session, patient_id: int, *, scope: str, given_on: date,
                form_number: str | None, operator: str, site: str = "") -> Consent:
    row = ConsentRecord(patient_id=patient_id, scope=scope, given_on=given_on,
                        form_number=form_number, operator=operator, changed_by=operator,
                        origin_site=site)
    session.add(row)
    session.flush()
    return _consent(row)


def consents_of(session: Session, patient_id: int) -> list[Consent]:
    """Every consent of the patient (tombstones left out), oldest first."""
    rows = session.scalars(
        select(ConsentRecord)
        .where(ConsentRecord.patient_id == patient_id, ConsentRecord.deleted.is_(False))
        .order_by(ConsentRecord.given_on, ConsentRecord.id))
    return [_consent(r) for r in rows]


def consent_by_id(session: Session, consent_id: int) -> tuple[int, Consent] | None:
    """(patient id, consent) of one consent, or None."""
    row = session.get(ConsentRecord, consent_id)
    if row is None or row.deleted:
        return None
    return row.patient_id, _consent(row)


def mark_withdrawn(session: Session, consent_id: int, *, on: date, operator: str) -> Consent:
    row = session.get(ConsentRecord, consent_id)
    row.withdrawn_on = on
    row.changed_by = operator
    row.version += 1
    session.flush()
    return _consent(row)
