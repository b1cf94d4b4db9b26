"""Everything stored about one patient, as plain JSON-able values (dates as ISO text), for the
export a patient asks for. Tombstones (rows deleted or merged away) are left out."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models as m


def _iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()


def _rows(session: Session, model, patient_id: int, *order) -> list:
    return list(session.scalars(select(model).where(model.patient_id == patient_id,
                                                    model.deleted.is_(False)).order_by(*order)))


def _org(session: Session, org_id: int | None) -> dict | None:
    if org_id is None:
        return None
    org = session.get(m.OrganisationRecord, org_id)
    if org is None:
        return None
    return {"code": org.code, "name_kk": org.name_kk, "name_ru": org.name_ru}


def patient_data(session: Session, patient_id: int) -> dict | None:
    """The patient's identity, documents, statuses, evidence, conditions, visits, referrals and
    consents; None when there is no such patient."""
    p = session.get(m.PatientRecord, patient_id)
    if p is None or p.deleted:
        return None
    documents = _rows(session, m.IdentityDocumentRecord, patient_id, m.IdentityDocumentRecord.id)
    numbers = {d.id: d.number for d in documents}
    return {
        "identity": {
            "uuid": p.uuid, "iin": p.iin, "local_id": p.local_id, "surname": p.surname,
            "given_name": p.given_name, "patronymic": p.patronymic,
            "latin_surname": p.latin_surname, "latin_given_name": p.latin_given_name,
            "birth_date": _iso(p.birth_date), "sex": p.sex, "citizenship": p.citizenship,
            "address": p.address, "phone": p.phone, "attached_org": _org(session, p.attached_org_id),
            "attached_since": _iso(p.attached_since), "attachment_source": p.attachment_source,
            "pregnant": p.pregnant, "palliative": p.palliative, "registered_at": _iso(p.created_at),
        },
        "documents": [{"kind": d.kind, "number": d.number, "issued_on": _iso(d.issued_on),
                       "valid_until": _iso(d.valid_until), "issuer": d.issuer} for d in documents],
        "statuses": [{"status": s.status, "since": _iso(s.since), "parent_status": s.parent_status,
                      "kandas_since": _iso(s.kandas_since),
                      "basis_document": numbers.get(s.basis_document_id)}
                     for s in _rows(session, m.LegalStatusRecord, patient_id, m.LegalStatusRecord.id)],
        "evidence": {
            "fund_checks": [{"insured": f.insured, "checked_at": _iso(f.checked_at), "source": f.source,
                             "category": f.category}
                            for f in _rows(session, m.FundCheckRecord, patient_id,
                                           m.FundCheckRecord.checked_at, m.FundCheckRecord.id)],
            "categories": [{"code": c.code, "valid_from": _iso(c.valid_from), "valid_to": _iso(c.valid_to)}
                           for c in _rows(session, m.CategoryRecord, patient_id, m.CategoryRecord.id)],
            "payments": [{"payer": pp.payer, "first_month": pp.first_month, "last_month": pp.last_month}
                         for pp in _rows(session, m.PaymentPeriodRecord, patient_id,
                                         m.PaymentPeriodRecord.first_month)],
            "vhi_contracts": [{"insurer": v.insurer, "number": v.number, "valid_from": _iso(v.valid_from),
                               "valid_until": _iso(v.valid_until)}
                              for v in _rows(session, m.VhiContractRecord, patient_id, m.VhiContractRecord.id)],
        },
        "conditions": [{"icd10": c.icd10, "since": _iso(c.since), "dispensary": c.dispensary}
                       for c in _rows(session, m.ConditionRecord, patient_id, m.ConditionRecord.id)],
        "visits": [{"at": _iso(v.at), "service": v.service, "emergency": v.emergency,
                    "funding": v.funding, "operator": v.operator, "voided_at": _iso(v.voided_at),
                    "void_reason": v.void_reason}
                   for v in _rows(session, m.VisitRecord, patient_id, m.VisitRecord.at, m.VisitRecord.id)],
        "referrals": [{"number": r.number, "issued_at": _iso(r.issued_at), "valid_until": _iso(r.valid_until),
                       "service": r.service, "funding": r.funding, "emergency": r.emergency,
                       "urgency": r.urgency, "target": _org(session, r.target_org_id),
                       "target_text": r.target_text, "specialist": r.specialist,
                       "diagnosis_icd": r.diagnosis_icd, "diagnosis_text": r.diagnosis_text,
                       "referring_doctor": r.referring_doctor, "operator": r.operator,
                       "voided_at": _iso(r.voided_at), "void_reason": r.void_reason}
                      for r in _rows(session, m.ReferralRecord, patient_id, m.ReferralRecord.issued_at,
                                     m.ReferralRecord.id)],
        "consents": [{"scope": c.scope, "given_on": _iso(c.given_on), "form_number": c.form_number,
                      "operator": c.operator, "withdrawn_on": _iso(c.withdrawn_on)}
                     for c in _rows(session, m.ConsentRecord, patient_id, m.ConsentRecord.given_on,
                                    m.ConsentRecord.id)],
    }
