"""The referral register: numbers, issued referrals, and every printing of a slip.

A number is `<site prefix>-<year>-<sequence>`. The sequence is taken inside the transaction that
records the referral, under the database's write lock (`BEGIN IMMEDIATE` on SQLite), so two desks
on one database never get the same number, and a crash before the commit hands out nothing.
Each offline desk has its own site prefix, so their numbers cannot collide either.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.audit import add_event
from db.models import (
    AuditEventRecord,
    OrganisationRecord,
    PatientRecord,
    ReferralPrintRecord,
    ReferralRecord,
)
from db.repositories import find_by_iin, load_patient
from db.sequences import next_value
from domain.records import Patient

SEQUENCE = "referral"
ISSUED = "referral.issued"
REPRINTED = "referral.reprinted"
VOIDED = "referral.voided"


def format_number(site: str, year: int, value: int) -> str:
    return f"{site}-{year}-{value:06d}"


def allocate_number(session: Session, site: str, year: int) -> str:
    """The next referral number of the site and year. It is used up only if the caller commits."""
    return format_number(site, year, next_value(session, SEQUENCE, site, year))


@dataclass(slots=True)
class ReferralEntry:
    """One line of the register, as the services layer reads and writes it."""

    number: str
    issued_at: datetime
    patient_id: int
    service: str
    funding: str
    rules: list[dict]
    rule_pack: str
    form_code: str
    pdf_sha256: str
    valid_until: date | None = None
    emergency: bool = False
    urgency: str = "planned"
    referring_doctor: str | None = None
    doctor_position: str | None = None
    target_org_code: str | None = None
    target_text: str | None = None
    specialist: str | None = None
    diagnosis_icd: str | None = None
    diagnosis_text: str | None = None
    operator: str = ""
    origin_site: str = ""
    id: int | None = None
    voided_at: datetime | None = None
    voided_by: str | None = None
    void_reason: str | None = None


def _org_id(session: Session, code: str | None) -> int | None:
    if not code:
        return None
    return session.scalar(select(OrganisationRecord.id).where(OrganisationRecord.code == code))


def _org_code(session: Session, org_id: int | None) -> str | None:
    if org_id is None:
        return None
    return session.scalar(select(OrganisationRecord.code).where(OrganisationRecord.id == org_id))


def _patient_uuid(session: Session, patient_id: int) -> str | None:
    return session.scalar(select(PatientRecord.uuid).where(PatientRecord.id == patient_id))


def record_referral(session: Session, entry: ReferralEntry, snapshot: dict) -> int:
    """Insert the referral, its first printing and the slip's content (for exact reprints).
    The caller commits, in the same transaction as `allocate_number`."""
    row = ReferralRecord(
        number=entry.number, issued_at=entry.issued_at, valid_until=entry.valid_until,
        patient_id=entry.patient_id, service=entry.service, funding=entry.funding,
        rules=json.dumps(entry.rules, ensure_ascii=False), rule_pack=entry.rule_pack,
        emergency=entry.emergency, urgency=entry.urgency, form_code=entry.form_code,
        referring_doctor=entry.referring_doctor, doctor_position=entry.doctor_position,
        target_org_id=_org_id(session, entry.target_org_code), target_text=entry.target_text,
        specialist=entry.specialist, diagnosis_icd=entry.diagnosis_icd,
        diagnosis_text=entry.diagnosis_text, operator=entry.operator,
        pdf_sha256=entry.pdf_sha256, origin_site=entry.origin_site,
    )
    session.add(row)
    session.flush()
    session.add(ReferralPrintRecord(referral_id=row.id, copy=False, operator=entry.operator,
                                    pdf_sha256=entry.pdf_sha256, printed_at=entry.issued_at))
    # The audit trail keeps what the slip showed, so a reprint is the same slip even after the
    # patient's address or the clinic's settings change.
    add_event(session, ISSUED, "referrals", operator=entry.operator, at=entry.issued_at,
              entity_uuid=row.uuid, patient_uuid=_patient_uuid(session, entry.patient_id),
              detail=snapshot)
    session.flush()
    return row.id


def _entry(session: Session, row: ReferralRecord) -> ReferralEntry:
    return ReferralEntry(
        id=row.id, number=row.number, issued_at=row.issued_at, valid_until=row.valid_until,
        patient_id=row.patient_id, service=row.service, funding=row.funding,
        rules=json.loads(row.rules or "[]"), rule_pack=row.rule_pack, emergency=row.emergency,
        urgency=row.urgency, form_code=row.form_code, referring_doctor=row.referring_doctor,
        doctor_position=row.doctor_position, target_org_code=_org_code(session, row.target_org_id),
        target_text=row.target_text, specialist=row.specialist, diagnosis_icd=row.diagnosis_icd,
        diagnosis_text=row.diagnosis_text, operator=row.operator, pdf_sha256=row.pdf_sha256,
        origin_site=row.origin_site, voided_at=row.voided_at, voided_by=row.voided_by,
        void_reason=row.void_reason,
    )


def get_referral(session: Session, number: str) -> ReferralEntry | None:
    row = session.scalars(
        select(ReferralRecord).where(ReferralRecord.number == number, ReferralRecord.deleted.is_(False))
    ).first()
    return _entry(session, row) if row else None


def slip_snapshot(session: Session, number: str) -> dict | None:
    """The slip content stored when the referral was issued."""
    uuid = session.scalar(select(ReferralRecord.uuid).where(ReferralRecord.number == number))
    if uuid is None:
        return None
    detail = session.scalar(
        select(AuditEventRecord.detail)
        .where(AuditEventRecord.entity == "referrals", AuditEventRecord.entity_uuid == uuid,
               AuditEventRecord.action == ISSUED)
        .order_by(AuditEventRecord.id)
    )
    return json.loads(detail) if detail else None


def record_print(session: Session, number: str, *, copy: bool, pdf_sha256: str,
                 operator: str = "", at: datetime | None = None) -> int:
    """Record one printing of an issued slip (the caller commits)."""
    row = session.scalars(select(ReferralRecord).where(ReferralRecord.number == number)).one()
    printing = ReferralPrintRecord(referral_id=row.id, copy=copy, operator=operator,
                                   pdf_sha256=pdf_sha256)
    if at is not None:
        printing.printed_at = at
    session.add(printing)
    if copy:
        add_event(session, REPRINTED, "referrals", operator=operator, at=at, entity_uuid=row.uuid,
                  patient_uuid=_patient_uuid(session, row.patient_id),
                  detail={"number": number, "pdf_sha256": pdf_sha256})
    session.flush()
    return printing.id


@dataclass(frozen=True, slots=True)
class PrintEntry:
    printed_at: datetime
    copy: bool
    operator: str
    pdf_sha256: str


def prints_of(session: Session, number: str) -> list[PrintEntry]:
    rows = session.execute(
        select(ReferralPrintRecord)
        .join(ReferralRecord, ReferralRecord.id == ReferralPrintRecord.referral_id)
        .where(ReferralRecord.number == number)
        .order_by(ReferralPrintRecord.id)
    ).scalars()
    return [PrintEntry(r.printed_at, r.copy, r.operator, r.pdf_sha256) for r in rows]


def referrals_of_patient(session: Session, patient_id: int, limit: int = 50) -> list[ReferralEntry]:
    rows = session.scalars(
        select(ReferralRecord)
        .where(ReferralRecord.patient_id == patient_id, ReferralRecord.deleted.is_(False))
        .order_by(ReferralRecord.issued_at.desc(), ReferralRecord.id.desc())
        .limit(limit)
    )
    return [_entry(session, row) for row in rows]


def patient_by_key(session: Session, key: str | int) -> Patient | None:
    """A patient by database id (int) or IIN (str)."""
    return load_patient(session, key) if isinstance(key, int) else find_by_iin(session, key)


def void_referral(session: Session, number: str, *, reason: str, operator: str,
                  at: datetime) -> ReferralEntry | None:
    """Mark an issued referral void: the line stays in the register with when, who and why, and
    its number is never handed out again (the counter only moves forward). None when there is
    no such referral; an already void one is left as it is (the caller refuses it first)."""
    row = session.scalars(
        select(ReferralRecord).where(ReferralRecord.number == number, ReferralRecord.deleted.is_(False))
    ).first()
    if row is None:
        return None
    if row.voided_at is None:
        row.voided_at, row.voided_by, row.void_reason = at, operator, reason
        add_event(session, VOIDED, "referrals", operator=operator, at=at, entity_uuid=row.uuid,
                  patient_uuid=_patient_uuid(session, row.patient_id),
                  detail={"number": number, "reason": reason})
        session.flush()
    return _entry(session, row)


@dataclass(frozen=True, slots=True)
class RegisterLine:
    """One referral as the register lists it."""

    number: str
    issued_at: datetime
    patient_id: int
    patient_name: str
    patient_ident: str  # the IIN, or the local number of a patient without one
    service: str
    funding: str
    emergency: bool
    target_kk: str | None  # the organisation referred to, or the specialist
    target_ru: str | None
    copies: int
    voided_at: datetime | None = None
    voided_by: str | None = None
    void_reason: str | None = None


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _digits_prefix(column, prefix: str):
    """`column` (digits) starts with the digits `prefix`, as a range the column's index
    answers (LIKE does not use an index on SQLite, where it ignores case). The bound is digits
    too, so that no collation can place it elsewhere."""
    if not prefix.isascii() or not prefix.isdigit():
        return None
    following = str(int(prefix) + 1).zfill(len(prefix))
    if len(following) > len(prefix):  # all nines: no upper bound
        return column >= prefix
    return (column >= prefix) & (column < following)


def search_register(session: Session, *, number: str | None = None, ident: str | None = None,
                    issued_from: datetime | None = None, issued_before: datetime | None = None,
                    service: str | None = None, include_voided: bool = True,
                    limit: int = 200) -> tuple[list[RegisterLine], int]:
    """Referrals matching every filter given, the latest entered first (at most `limit`), and
    how many match in all. `number` matches any part of the number; `ident` the start of the
    IIN or a whole local number; the issue time is within [issued_from, issued_before).

    Ordered by entry (the primary key), not by the issue time, which has no index: the newest
    lines come straight off the key however long the register is."""
    conditions = [ReferralRecord.deleted.is_(False)]
    if number:
        conditions.append(ReferralRecord.number.like(f"%{_like(number.upper())}%", escape="\\"))
    if ident:
        match = PatientRecord.local_id == ident.upper()
        by_iin = _digits_prefix(PatientRecord.iin, ident)
        patients = select(PatientRecord.id).where(match if by_iin is None else by_iin | match)
        conditions.append(ReferralRecord.patient_id.in_(patients))
    if issued_from is not None:
        conditions.append(ReferralRecord.issued_at >= issued_from)
    if issued_before is not None:
        conditions.append(ReferralRecord.issued_at < issued_before)
    if service:
        conditions.append(ReferralRecord.service == service)
    if not include_voided:
        conditions.append(ReferralRecord.voided_at.is_(None))
    total = session.scalar(select(func.count()).select_from(ReferralRecord).where(*conditions)) or 0
    copies = (select(func.count(ReferralPrintRecord.id))
              .where(ReferralPrintRecord.referral_id == ReferralRecord.id,
                     ReferralPrintRecord.copy.is_(True))
              .correlate(ReferralRecord).scalar_subquery())
    rows = session.execute(
        select(ReferralRecord, PatientRecord.surname, PatientRecord.given_name,
               PatientRecord.patronymic, PatientRecord.iin, PatientRecord.local_id, copies,
               OrganisationRecord.name_kk)
        .join(PatientRecord, PatientRecord.id == ReferralRecord.patient_id)
        .outerjoin(OrganisationRecord, OrganisationRecord.id == ReferralRecord.target_org_id)
        .where(*conditions)
        .order_by(ReferralRecord.id.desc())
        .limit(limit)
    ).all()
    lines = [
        RegisterLine(
            number=r.number, issued_at=r.issued_at, patient_id=r.patient_id,
            patient_name=" ".join(x for x in (surname, given, patronymic) if x),
            patient_ident=iin or local_id or "", service=r.service, funding=r.funding,
            emergency=r.emergency, target_kk=org_kk or r.target_text or r.specialist,
            target_ru=r.target_text or r.specialist, copies=n or 0,
            voided_at=r.voided_at, voided_by=r.voided_by, void_reason=r.void_reason)
        for r, surname, given, patronymic, iin, local_id, n, org_kk in rows
    ]
    return lines, total
