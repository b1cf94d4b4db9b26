"""Repositories: rows <-> domain records (domain.records). One session per user action."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from db import models as m
from db.search import SearchHit, index_patient
from db.sequences import next_local_id
from db.settings import ensure_site_prefix
from domain import records as r
from domain.messages import AlreadyRegistered, BadInput, Message
from domain.names import search_key

ERR_IIN_TAKEN = Message(
    "ЖСН {iin} басқа науқасқа тіркелген ({name}).",
    "ИИН {iin} уже записан на другого пациента ({name}).",
)
ERR_IIN_SHAPE = Message("ЖСН 12 цифрдан тұруы керек: «{iin}».",
                        "ИИН должен состоять из 12 цифр: «{iin}».")
ERR_LOCAL_TAKEN = Message(
    "Жергілікті нөмір {local_id} басқа науқасқа берілген.",
    "Локальный номер {local_id} уже присвоен другому пациенту.",
)
ERR_SAVE_CONFLICT = Message(
    "Сақталмады: осы ЖСН немесе нөмір жаңа ғана басқа науқасқа тіркелді.",
    "Не сохранено: этот ИИН или номер только что записан на другого пациента.",
)
ERR_NAME_MISSING = Message("Тегі мен аты міндетті.", "Фамилия и имя обязательны.")
ERR_NO_PATIENT = Message("Науқас табылмады (№{id}).", "Пациент не найден (№{id}).")

_CHILDREN = (
    selectinload(m.PatientRecord.documents),
    selectinload(m.PatientRecord.legal_statuses).selectinload(m.LegalStatusRecord.basis_document),
    selectinload(m.PatientRecord.fund_checks),
    selectinload(m.PatientRecord.categories),
    selectinload(m.PatientRecord.payments),
    selectinload(m.PatientRecord.conditions),
    selectinload(m.PatientRecord.vhi_contracts),
    selectinload(m.PatientRecord.attached_org),
)


def _document(d: m.IdentityDocumentRecord) -> r.IdentityDocument:
    return r.IdentityDocument(d.kind, d.number, d.issued_on, d.valid_until, d.issuer)


def to_domain(row: m.PatientRecord) -> r.Patient:
    status = None
    live_statuses = [s for s in row.legal_statuses if not s.deleted]
    if live_statuses:
        s = live_statuses[-1]
        status = r.LegalStatus(
            s.status, s.since, s.parent_status, s.kandas_since,
            _document(s.basis_document) if s.basis_document else None,
        )
    vhi = [c.valid_until for c in row.vhi_contracts if not c.deleted and c.valid_until]
    return r.Patient(
        id=row.id, uuid=row.uuid, iin=row.iin, local_id=row.local_id,
        surname=row.surname, given_name=row.given_name, patronymic=row.patronymic,
        latin_surname=row.latin_surname, latin_given_name=row.latin_given_name,
        birth_date=row.birth_date, sex=row.sex, citizenship=row.citizenship,
        address=row.address, phone=row.phone,
        attached_org=row.attached_org.code if row.attached_org else None,
        attached_since=row.attached_since, attachment_source=row.attachment_source,
        legal_status=status,
        documents=[_document(d) for d in row.documents if not d.deleted],
        fund_checks=[r.FundCheck(f.insured, f.checked_at, f.source, f.category)
                     for f in row.fund_checks if not f.deleted],
        categories=[r.CategoryGrant(c.code, c.valid_from, c.valid_to) for c in row.categories if not c.deleted],
        payments=[r.PaymentPeriod(p.payer, p.first_month, p.last_month) for p in row.payments if not p.deleted],
        conditions=[r.Diagnosis(c.icd10, c.since, c.dispensary) for c in row.conditions if not c.deleted],
        pregnant=row.pregnant, palliative=row.palliative,
        vhi_until=max(vhi) if vhi else None,
    )


def load_patient(session: Session, patient_id: int) -> r.Patient | None:
    row = session.scalars(
        select(m.PatientRecord).where(m.PatientRecord.id == patient_id, m.PatientRecord.deleted.is_(False))
        .options(*_CHILDREN)
    ).first()
    return to_domain(row) if row else None


def find_by_iin(session: Session, iin: str) -> r.Patient | None:
    row = session.scalars(
        select(m.PatientRecord).where(m.PatientRecord.iin == iin, m.PatientRecord.deleted.is_(False))
        .options(*_CHILDREN)
    ).first()
    return to_domain(row) if row else None


# One statement text, so the driver's statement cache prepares it once per connection.
_HIT_BY_IIN = ("SELECT id, iin, surname, given_name, patronymic, birth_date, sex, status "
               "FROM patients WHERE iin = ? AND deleted = 0")
_HIT_BY_IIN_PG = _HIT_BY_IIN.replace("?", "%(iin)s").replace("deleted = 0", "deleted = false")


def find_hit_by_iin(session: Session, iin: str) -> SearchHit | None:
    """The list row of the patient with this IIN: what the desk shows when an IIN is scanned,
    before the card is opened with `load_patient`. One indexed point query, no ORM objects."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        row = conn.exec_driver_sql(_HIT_BY_IIN, (iin,)).first()
    else:
        row = conn.exec_driver_sql(_HIT_BY_IIN_PG, {"iin": iin}).first()
    if row is None:
        return None
    born = row[5]
    if isinstance(born, str):
        born = date.fromisoformat(born)
    full = " ".join(x for x in (row[2], row[3], row[4]) if x)
    return SearchHit(row[0], row[1], full, born, row[6], row[7], 1.0)


def org_id_by_code(session: Session, code: str | None) -> int | None:
    if not code:
        return None
    return session.scalar(select(m.OrganisationRecord.id).where(m.OrganisationRecord.code == code))


def _check_identity(session: Session, rec: r.Patient) -> None:
    """Refuse what the database would refuse, with a message a receptionist can act on."""
    if not (rec.surname or "").strip() or not (rec.given_name or "").strip():
        raise BadInput(ERR_NAME_MISSING, field="surname")
    if rec.iin:
        # The checksum is the form's and the importer's to judge (registries hold a few
        # historical IINs that fail it); the store only keeps the column's shape.
        if len(rec.iin) != 12 or not (rec.iin.isascii() and rec.iin.isdigit()):
            raise BadInput(ERR_IIN_SHAPE.format(iin=rec.iin), field="iin")
        other = session.execute(
            select(m.PatientRecord.id, m.PatientRecord.surname, m.PatientRecord.given_name)
            .where(m.PatientRecord.iin == rec.iin, m.PatientRecord.id != (rec.id or 0))
        ).first()
        if other is not None:
            raise AlreadyRegistered(ERR_IIN_TAKEN.format(iin=rec.iin, name=f"{other[1]} {other[2]}"),
                                    other[0])
    if rec.local_id:
        taken = session.scalar(select(m.PatientRecord.id).where(
            m.PatientRecord.local_id == rec.local_id, m.PatientRecord.id != (rec.id or 0)))
        if taken is not None:
            raise BadInput(ERR_LOCAL_TAKEN.format(local_id=rec.local_id), field="local_id")


def save_patient(session: Session, rec: r.Patient, site: str = "") -> int:
    """Insert or update one patient with all its evidence and its search entry; the caller
    commits. A duplicate IIN is refused with BadInput (nothing flushed); a patient without an
    IIN gets a site-prefixed local number (written back to `rec`, as are its id and uuid).
    Children are replaced by tombstoning the old rows,
    so other desks learn of the change."""
    row = session.get(m.PatientRecord, rec.id) if rec.id else None
    if rec.id and (row is None or row.deleted):
        raise BadInput(ERR_NO_PATIENT.format(id=rec.id), field="id")
    _check_identity(session, rec)
    if not rec.iin and not rec.local_id and (row is None or not row.local_id):
        rec.local_id = next_local_id(session, site or ensure_site_prefix(session),
                                     date.today().year)
    elif not rec.iin and not rec.local_id:
        rec.local_id = row.local_id
    attached_org_id = org_id_by_code(session, rec.attached_org)
    # Nothing reaches the database before the guarded flush below: a query that flushed the
    # changed row on its way (an autoflush) would meet another desk's same IIN there, as a raw
    # IntegrityError instead of the calm answer.
    with session.no_autoflush:
        row = _fill_row(session, row, rec, site, attached_org_id)
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError as exc:  # another desk saved the same IIN a moment ago
        raise BadInput(ERR_SAVE_CONFLICT, field="iin") from exc
    index_patient(session.connection(), row.id)
    rec.id, rec.uuid = row.id, row.uuid
    return row.id


def _fill_row(session: Session, row: m.PatientRecord | None, rec: r.Patient, site: str,
              attached_org_id: int | None) -> m.PatientRecord:
    """`row` (a new one when None) holding what `rec` says, its old children tombstoned."""
    if row is None:
        row = m.PatientRecord(origin_site=site)
        if rec.uuid:
            row.uuid = rec.uuid
        session.add(row)
    else:
        # saved as a whole: the row names who and when even if only its evidence changed
        row.updated_at = m.utcnow()
        for children in (row.documents, row.legal_statuses, row.fund_checks, row.categories,
                         row.payments, row.conditions, row.vhi_contracts):
            for child in children:
                child.deleted = True
    row.iin = rec.iin or None
    row.local_id = rec.local_id or None
    row.surname, row.given_name, row.patronymic = rec.surname, rec.given_name, rec.patronymic
    row.latin_surname, row.latin_given_name = rec.latin_surname, rec.latin_given_name
    row.birth_date, row.sex, row.citizenship = rec.birth_date, rec.sex, rec.citizenship
    row.address, row.phone = rec.address, rec.phone
    if row.id is not None and row.attached_org_id != attached_org_id and not rec.attachment_source:
        # changed at the desk without saying where it came from: the desk is the source
        rec.attachment_source = "desk" if attached_org_id is not None else None
        rec.attached_since = None
    row.attached_org_id = attached_org_id
    row.attached_since, row.attachment_source = rec.attached_since, rec.attachment_source
    row.status = rec.legal_status.status if rec.legal_status else None
    row.pregnant, row.palliative = rec.pregnant, rec.palliative
    row.search_key = search_key(rec.surname, rec.given_name, rec.patronymic,
                                rec.latin_surname, rec.latin_given_name)
    docs = {}
    for d in rec.documents:
        doc = m.IdentityDocumentRecord(kind=d.kind, number=d.number, issued_on=d.issued_on,
                                       valid_until=d.valid_until, issuer=d.issuer, origin_site=site)
        row.documents.append(doc)
        docs[(d.kind, d.number)] = doc
    if rec.legal_status:
        s = rec.legal_status
        basis = None
        if s.basis:
            basis = docs.get((s.basis.kind, s.basis.number))
            if basis is None:
                basis = m.IdentityDocumentRecord(kind=s.basis.kind, number=s.basis.number,
                                                 issued_on=s.basis.issued_on,
                                                 valid_until=s.basis.valid_until,
                                                 issuer=s.basis.issuer, origin_site=site)
                row.documents.append(basis)
        row.legal_statuses.append(m.LegalStatusRecord(
            status=s.status, since=s.since, parent_status=s.parent_status,
            kandas_since=s.kandas_since, basis_document=basis, origin_site=site))
    for f in rec.fund_checks:
        row.fund_checks.append(m.FundCheckRecord(insured=f.insured, checked_at=f.checked_at,
                                                 source=f.source, category=f.category,
                                                 origin_site=site))
    for c in rec.categories:
        row.categories.append(m.CategoryRecord(code=c.code, valid_from=c.valid_from,
                                               valid_to=c.valid_to, origin_site=site))
    for p in rec.payments:
        row.payments.append(m.PaymentPeriodRecord(payer=p.payer, first_month=p.first_month,
                                                  last_month=p.last_month, origin_site=site))
    for c in rec.conditions:
        row.conditions.append(m.ConditionRecord(icd10=c.code.upper(), since=c.since,
                                                dispensary=c.dispensary, origin_site=site))
    if rec.vhi_until:
        row.vhi_contracts.append(m.VhiContractRecord(insurer="", number="", valid_until=rec.vhi_until,
                                                     origin_site=site))
    return row


def delete_patient(session: Session, patient_id: int) -> None:
    """Tombstone a patient (rows are never removed, so other desks learn of it); the caller
    commits. The patient leaves the search index."""
    row = session.get(m.PatientRecord, patient_id)
    if row is None or row.deleted:
        raise BadInput(ERR_NO_PATIENT.format(id=patient_id), field="id")
    row.deleted = True
    session.flush()
    index_patient(session.connection(), patient_id)


def _organisation(o: m.OrganisationRecord) -> r.Organisation:
    return r.Organisation(o.code, o.name_kk, o.name_ru, o.kind, o.bin, o.address, o.phone, o.is_self)


def find_organisation(session: Session, code: str) -> r.Organisation | None:
    """A live (not deleted) organisation by its code."""
    row = session.scalars(select(m.OrganisationRecord).where(
        m.OrganisationRecord.code == code, m.OrganisationRecord.deleted.is_(False))).first()
    return _organisation(row) if row else None


def self_organisation(session: Session) -> r.Organisation | None:
    """The clinic itself (`is_self`), whose name and BIN head its slips."""
    row = session.scalars(select(m.OrganisationRecord).where(
        m.OrganisationRecord.is_self.is_(True), m.OrganisationRecord.deleted.is_(False))
        .order_by(m.OrganisationRecord.id)).first()
    return _organisation(row) if row else None


def save_organisation(session: Session, org: r.Organisation, site: str = "") -> int:
    """Insert or update (by code) one organisation; the caller commits."""
    row = session.scalars(select(m.OrganisationRecord).where(
        m.OrganisationRecord.code == org.code)).first()
    if row is None:
        row = m.OrganisationRecord(code=org.code, origin_site=site)
        session.add(row)
    else:
        row.deleted = False
    row.name_kk, row.name_ru, row.kind = org.name_kk, org.name_ru, org.kind
    row.bin, row.address, row.phone, row.is_self = org.bin, org.address, org.phone, org.is_self
    session.flush()
    return row.id


def list_organisations(session: Session) -> Sequence[r.Organisation]:
    rows = session.scalars(select(m.OrganisationRecord).where(m.OrganisationRecord.deleted.is_(False))
                           .order_by(m.OrganisationRecord.name_kk))
    return [_organisation(o) for o in rows]
