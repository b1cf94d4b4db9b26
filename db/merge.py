"""Merging two records of one person: the evidence of both, every visit and referral, one card.

The record that goes becomes a tombstone pointing at the one that remains (`merged_into_id`),
so its local number and its history stay traceable, and other desks learn of the change."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db import models as m
from db.repositories import load_patient, save_patient
from db.search import index_patient
from db.stamps import actor_login
from db.visits import _audit
from domain.messages import BadInput, Message
from domain.records import Patient

ACTION_MERGED = "patient.merged"

ERR_SAME = Message("Бір жазбаны өзімен біріктіруге болмайды.", "Запись нельзя объединить саму с собой.")
ERR_GONE = Message("Біріктірілетін жазбалардың бірі табылмады (жойылған немесе біріктірілген).",
                   "Одна из объединяемых записей не найдена (удалена или уже объединена).")
ERR_TWO_IINS = Message(
    "Жазбалардың ЖСН-дері әртүрлі ({a} және {b}): бұл екі түрлі адам. Біріктіру мүмкін емес.",
    "У записей разные ИИН ({a} и {b}): это два разных человека. Объединить нельзя.")

_SCALARS = ("patronymic", "latin_surname", "latin_given_name", "birth_date", "sex", "iin",
            "citizenship", "address", "phone", "attached_org", "legal_status", "vhi_until")
_EVIDENCE = ("documents", "fund_checks", "categories", "payments", "conditions")


@dataclass(frozen=True, slots=True)
class Holdings:
    """What one record carries: what a merge moves."""

    visits: int
    referrals: int
    evidence: int


def holdings(session: Session, patient_id: int, record: Patient) -> Holdings:
    def count(model) -> int:
        return session.scalar(select(func.count()).select_from(model).where(
            model.patient_id == patient_id, model.deleted.is_(False))) or 0

    return Holdings(count(m.VisitRecord), count(m.ReferralRecord),
                    sum(len(getattr(record, name)) for name in _EVIDENCE))


def merged_record(keep: Patient, other: Patient) -> Patient:
    """`keep` with what only `other` knows: empty facts filled, evidence as a union."""
    filled = {name: getattr(other, name) for name in _SCALARS
              if getattr(keep, name) in (None, "") and getattr(other, name) not in (None, "")}
    lists = {name: getattr(keep, name) + [x for x in getattr(other, name) if x not in getattr(keep, name)]
             for name in _EVIDENCE}
    return replace(keep, **filled, **lists, pregnant=keep.pregnant or other.pregnant,
                   palliative=keep.palliative or other.palliative)


def load_pair(session: Session, keep_id: int, other_id: int) -> tuple[Patient, Patient]:
    if keep_id == other_id:
        raise BadInput(ERR_SAME, field="patient")
    keep, other = load_patient(session, keep_id), load_patient(session, other_id)
    if keep is None or other is None:
        raise BadInput(ERR_GONE, field="patient")
    if keep.iin and other.iin and keep.iin != other.iin:
        raise BadInput(ERR_TWO_IINS.format(a=keep.iin, b=other.iin), field="iin")
    return keep, other


def merge_patients(session: Session, keep_id: int, other_id: int, operator: str, site: str) -> Holdings:
    """Merge `other_id` into `keep_id` in the caller's transaction (rows new on this desk are
    marked with its `site`); returns what moved."""
    keep, other = load_pair(session, keep_id, other_id)
    moved = holdings(session, other_id, other)
    gone = session.get(m.PatientRecord, other_id)
    gone.deleted, gone.merged_into_id = True, keep_id
    gone.iin = None  # the IIN (if only this record had it) passes to the one that remains
    for children in (gone.documents, gone.legal_statuses, gone.fund_checks, gone.categories,
                     gone.payments, gone.conditions, gone.vhi_contracts):
        for child in children:
            child.deleted = True
    session.flush()
    save_patient(session, merged_record(keep, other), site=site)
    for model in (m.VisitRecord, m.ReferralRecord, m.ConsentRecord):  # the signed forms go too
        session.execute(update(model).where(model.patient_id == other_id)
                        .values(patient_id=keep_id, updated_at=m.utcnow(), version=model.version + 1,
                                changed_by=actor_login(session)))  # past the flush's stamping
    index_patient(session.connection(), other_id)  # the tombstone leaves the search
    detail = {"kept": keep.uuid, "merged": other.uuid, "merged_local_id": other.local_id, "visits": moved.visits, "referrals": moved.referrals,
              "evidence": moved.evidence}
    for uuid in (keep.uuid, other.uuid):
        _audit(session, ACTION_MERGED, uuid, operator, detail)
    session.flush()
    return moved
