"""Patients read in batches for work over the whole register (previewing a new rule pack on
every patient): the same domain records as `repositories.load_patient`, built from one query
per table and batch instead of the ORM's objects, which would take minutes at 100,000 patients.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models as m
from domain import records as r

BATCH = 2000


def live_patient_ids(session: Session) -> list[int]:
    return list(session.scalars(
        select(m.PatientRecord.id).where(m.PatientRecord.deleted.is_(False)).order_by(m.PatientRecord.id)))


def sample_ids(ids: Sequence[int], sample: int | None, seed: int = 0) -> list[int]:
    """All the ids, or `sample` of them drawn with `seed` (the same draw every time), in order."""
    if sample is None or sample >= len(ids):
        return list(ids)
    return sorted(random.Random(seed).sample(list(ids), sample))


def _children(session: Session, table, columns, ids: list[int]):
    out: dict[int, list] = {}
    rows = session.execute(
        select(table.c.patient_id, *columns)
        .where(table.c.patient_id.in_(ids), table.c.deleted.is_(False))
        .order_by(table.c.id))
    for row in rows:
        out.setdefault(row[0], []).append(row[1:])
    return out


def patients(session: Session, ids: list[int]) -> list[r.Patient]:
    """The patients with these ids (deleted ones left out), in the order of `ids`."""
    p = m.PatientRecord.__table__
    docs_t = m.IdentityDocumentRecord.__table__
    st_t = m.LegalStatusRecord.__table__
    fc_t = m.FundCheckRecord.__table__
    cat_t = m.CategoryRecord.__table__
    pay_t = m.PaymentPeriodRecord.__table__
    cond_t = m.ConditionRecord.__table__
    vhi_t = m.VhiContractRecord.__table__
    org_t = m.OrganisationRecord.__table__
    heads = session.execute(
        select(p.c.id, p.c.uuid, p.c.iin, p.c.local_id, p.c.surname, p.c.given_name, p.c.patronymic,
               p.c.latin_surname, p.c.latin_given_name, p.c.birth_date, p.c.sex, p.c.citizenship,
               p.c.address, p.c.phone, org_t.c.code, p.c.pregnant, p.c.palliative)
        .select_from(p.outerjoin(org_t, org_t.c.id == p.c.attached_org_id))
        .where(p.c.id.in_(ids), p.c.deleted.is_(False))).all()
    docs = _children(session, docs_t, (docs_t.c.id, docs_t.c.kind, docs_t.c.number, docs_t.c.issued_on,
                                       docs_t.c.valid_until, docs_t.c.issuer), ids)
    statuses = _children(session, st_t, (st_t.c.status, st_t.c.since, st_t.c.parent_status,
                                         st_t.c.kandas_since, st_t.c.basis_document_id), ids)
    checks = _children(session, fc_t, (fc_t.c.insured, fc_t.c.checked_at, fc_t.c.source), ids)
    cats = _children(session, cat_t, (cat_t.c.code, cat_t.c.valid_from, cat_t.c.valid_to), ids)
    pays = _children(session, pay_t, (pay_t.c.payer, pay_t.c.first_month, pay_t.c.last_month), ids)
    conds = _children(session, cond_t, (cond_t.c.icd10, cond_t.c.since, cond_t.c.dispensary), ids)
    vhis = _children(session, vhi_t, (vhi_t.c.valid_until,), ids)
    out = {}
    for (pid, uuid, iin, local_id, surname, given, patronymic, latin_surname, latin_given, birth, sex,
         citizenship, address, phone, org, pregnant, palliative) in heads:
        documents = {d[0]: r.IdentityDocument(*d[1:]) for d in docs.get(pid, ())}
        legal = None
        if pid in statuses:
            s = statuses[pid][-1]
            basis = s[4]
            legal = r.LegalStatus(s[0], s[1], s[2], s[3], documents.get(basis) if basis else None)
        checks_of = sorted(checks.get(pid, ()), key=lambda c: c[1])
        vhi = [v[0] for v in vhis.get(pid, ()) if v[0]]
        out[pid] = r.Patient(
            id=pid, uuid=uuid, iin=iin, local_id=local_id, surname=surname, given_name=given,
            patronymic=patronymic, latin_surname=latin_surname, latin_given_name=latin_given,
            birth_date=birth, sex=sex, citizenship=citizenship, address=address, phone=phone,
            attached_org=org, legal_status=legal, documents=list(documents.values()),
            fund_checks=[r.FundCheck(*c) for c in checks_of],
            categories=[r.CategoryGrant(*c) for c in cats.get(pid, ())],
            payments=sorted((r.PaymentPeriod(*x) for x in pays.get(pid, ())), key=lambda x: x.first_month),
            conditions=[r.Diagnosis(*c) for c in conds.get(pid, ())],
            pregnant=pregnant, palliative=palliative, vhi_until=max(vhi) if vhi else None)
    return [out[i] for i in ids if i in out]


def batches(session: Session, ids: Sequence[int], size: int = BATCH) -> Iterator[list[r.Patient]]:
    for start in range(0, len(ids), size):
        yield patients(session, list(ids[start:start + size]))
