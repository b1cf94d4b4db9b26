"""Visits, unidentified emergency patients, linking them once identified, and the desk's
small reads (recently opened patients, age of the insurance data)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db import models as m
from db.audit import add_event
from db.search import SearchHit
from db.sequences import next_local_id
from db.stamps import actor_login

# Stored names of a patient whose name is not known yet: both languages, so that either finds it.
from domain.names import UNKNOWN_GIVEN_NAME, UNKNOWN_SURNAME, search_key

ACTION_OPENED = "patient.opened"
ACTION_SAVED = "patient.saved"
ACTION_UNIDENTIFIED = "patient.unidentified_emergency"
ACTION_LINKED = "patient.linked"
ACTION_VISIT_VOIDED = "visit.voided"
ACTION_FUND_EVIDENCE = "patient.fund_evidence"


@dataclass(frozen=True, slots=True)
class VisitRow:
    id: int
    patient_id: int
    service: str
    at: datetime
    emergency: bool
    operator: str
    funding: str | None
    rule_pack: str | None
    note: dict
    voided_at: datetime | None = None
    voided_by: str | None = None
    void_reason: str | None = None


def _audit(session: Session, action: str, uuid: str | None, operator: str, detail: dict) -> None:
    """An event about the patient `uuid` (entity "patient": the recent list reads these)."""
    add_event(session, action, "patient", operator=operator, entity_uuid=uuid, patient_uuid=uuid,
              detail=detail)


def patient_uuid(session: Session, patient_id: int) -> str | None:
    return session.scalar(select(m.PatientRecord.uuid).where(m.PatientRecord.id == patient_id))


def note_opened(session: Session, patient_id: int, operator: str = "") -> None:
    """Remember that a card was opened (who looked at whom; feeds the recent list)."""
    _audit(session, ACTION_OPENED, patient_uuid(session, patient_id), operator, {"id": patient_id})


def note_saved(session: Session, patient_id: int, operator: str = "", created: bool = False) -> None:
    _audit(session, ACTION_SAVED, patient_uuid(session, patient_id), operator,
           {"id": patient_id, "created": created})


def recent_patient_ids(session: Session, limit: int = 20) -> list[int]:
    """Patients most recently opened, saved or seen in an emergency, newest first."""
    rows = session.execute(
        select(m.AuditEventRecord.entity_uuid)
        .where(m.AuditEventRecord.entity == "patient", m.AuditEventRecord.entity_uuid.is_not(None))
        .order_by(m.AuditEventRecord.at.desc(), m.AuditEventRecord.id.desc())
        .limit(limit * 10)
    ).scalars()
    uuids: list[str] = []
    for uuid in rows:
        if uuid not in uuids:
            uuids.append(uuid)
        if len(uuids) == limit:
            break
    if not uuids:
        return []
    ids = dict(session.execute(
        select(m.PatientRecord.uuid, m.PatientRecord.id)
        .where(m.PatientRecord.uuid.in_(uuids), m.PatientRecord.deleted.is_(False))
    ).all())
    return [ids[u] for u in uuids if u in ids]


def record_visit(session: Session, patient_id: int, service: str, *, at: datetime,
                 emergency: bool, operator: str, funding: str | None, rule_pack: str | None,
                 note: dict | None = None, uuid: str | None = None) -> int:
    row = m.VisitRecord(patient_id=patient_id, service=service, at=at, emergency=emergency,
                        operator=operator, funding=funding, rule_pack=rule_pack,
                        note=json.dumps(note or {}, ensure_ascii=False))
    if uuid is not None:
        row.uuid = uuid  # a journaled emergency keeps its journal id, so a replay finds it
    session.add(row)
    session.flush()
    if emergency:
        _audit(session, "visit.emergency", patient_uuid(session, patient_id), operator,
               {"visit": row.id, "service": service})
    return row.id


def _visit_row(v: m.VisitRecord) -> VisitRow:
    try:
        note = json.loads(v.note) if v.note else {}
    except ValueError:
        note = {"text": v.note}
    return VisitRow(v.id, v.patient_id, v.service, v.at, v.emergency, v.operator, v.funding,
                    v.rule_pack, note if isinstance(note, dict) else {"text": str(note)},
                    v.voided_at, v.voided_by, v.void_reason)


def visit_by_id(session: Session, visit_id: int) -> VisitRow | None:
    row = session.get(m.VisitRecord, visit_id)
    return _visit_row(row) if row is not None and not row.deleted else None


def void_visit(session: Session, visit_id: int, *, reason: str, operator: str,
               at: datetime) -> VisitRow | None:
    """Mark a visit entered by mistake void (when, who, why); the row stays. None when there is
    no such visit; an already void one is left as it is (the caller refuses it first)."""
    row = session.get(m.VisitRecord, visit_id)
    if row is None or row.deleted:
        return None
    if row.voided_at is None:
        row.voided_at, row.voided_by, row.void_reason = at, operator, reason
        patient = patient_uuid(session, row.patient_id)
        add_event(session, ACTION_VISIT_VOIDED, "visits", operator=operator, at=at,
                  entity_uuid=row.uuid, patient_uuid=patient,
                  detail={"visit": row.id, "patient": patient, "service": row.service,
                          "reason": reason})
        session.flush()
    return _visit_row(row)


def visit_by_uuid(session: Session, uuid: str) -> VisitRow | None:
    row = session.scalars(select(m.VisitRecord).where(m.VisitRecord.uuid == uuid)).first()
    return _visit_row(row) if row is not None else None


def visits_of(session: Session, patient_id: int, limit: int = 50) -> list[VisitRow]:
    rows = session.scalars(
        select(m.VisitRecord)
        .where(m.VisitRecord.patient_id == patient_id, m.VisitRecord.deleted.is_(False))
        .order_by(m.VisitRecord.at.desc(), m.VisitRecord.id.desc()).limit(limit))
    return [_visit_row(v) for v in rows]


def register_unidentified(session: Session, *, sex: str | None, approx_age: int | None,
                          known: str, operator: str, at: datetime, site: str) -> tuple[int, str]:
    """A patient row for someone brought in whose identity is not known: a site-prefixed local
    number, the sex if seen, no IIN, no documents, no insurance. Returns (id, local number)."""
    local_id = next_local_id(session, site, at.year)
    row = m.PatientRecord(
        local_id=local_id, surname=UNKNOWN_SURNAME, given_name=UNKNOWN_GIVEN_NAME, sex=sex,
        origin_site=site,
        search_key=search_key(UNKNOWN_SURNAME, UNKNOWN_GIVEN_NAME, local_id),
    )
    session.add(row)
    session.flush()
    # What is known of the person (free text, perhaps a name) stays in the visit's note, not
    # in the audit trail.
    _audit(session, ACTION_UNIDENTIFIED, row.uuid, operator,
           {"id": row.id, "local_id": local_id, "approx_age": approx_age})
    return row.id, local_id


def unidentified_facts(session: Session, patient_id: int) -> dict | None:
    """What was noted when an unidentified patient was registered (approx. age, what is known)."""
    uuid = patient_uuid(session, patient_id)
    raw = session.scalar(
        select(m.AuditEventRecord.detail)
        .where(m.AuditEventRecord.action == ACTION_UNIDENTIFIED, m.AuditEventRecord.entity_uuid == uuid)
        .order_by(m.AuditEventRecord.id.desc()))
    if not raw:
        return None
    facts = json.loads(raw)
    if "known" not in facts:  # kept with the emergency visit it was registered with
        notes = session.scalars(
            select(m.VisitRecord.note).where(m.VisitRecord.patient_id == patient_id,
                                             m.VisitRecord.emergency.is_(True))
            .order_by(m.VisitRecord.id)).all()
        for note in notes:
            try:
                known = json.loads(note or "{}").get("known")
            except (ValueError, AttributeError):
                continue
            if known is not None:
                facts["known"] = known
                break
    return facts


def is_unidentified(session: Session, patient_id: int) -> bool:
    return unidentified_facts(session, patient_id) is not None and session.scalar(
        select(m.PatientRecord.iin).where(m.PatientRecord.id == patient_id)) is None


def link_identified(session: Session, unknown_id: int, known_id: int, operator: str) -> int:
    """Merge an unidentified patient into the identified one: visits and referrals move over,
    the unknown row becomes a tombstone pointing at the real one. Returns the number of visits
    moved. One transaction (the caller's)."""
    if unknown_id == known_id:
        raise ValueError("a patient cannot be linked to itself")
    unknown = session.get(m.PatientRecord, unknown_id)
    known = session.get(m.PatientRecord, known_id)
    if unknown is None or known is None or unknown.deleted or known.deleted:
        raise LookupError("patient not found")
    who = actor_login(session)  # these statements pass the flush's stamping by
    moved = session.execute(
        update(m.VisitRecord).where(m.VisitRecord.patient_id == unknown_id)
        .values(patient_id=known_id, updated_at=m.utcnow(), version=m.VisitRecord.version + 1,
                changed_by=who)
    ).rowcount
    session.execute(
        update(m.ReferralRecord).where(m.ReferralRecord.patient_id == unknown_id)
        .values(patient_id=known_id, updated_at=m.utcnow(), version=m.ReferralRecord.version + 1,
                changed_by=who))
    unknown.deleted, unknown.merged_into_id = True, known_id
    _audit(session, ACTION_LINKED, known.uuid, operator,
           {"from": unknown.uuid, "from_local_id": unknown.local_id, "to": known.uuid,
            "visits": moved})
    session.flush()
    return moved


def insurance_data_as_of(session: Session) -> datetime | None:
    """When the newest Fund answer in the database was obtained (how old the data is)."""
    return session.scalar(select(func.max(m.FundCheckRecord.checked_at)))


def patient_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(m.PatientRecord)) or 0


def has_patients(session: Session) -> bool:
    return session.scalar(select(m.PatientRecord.id).limit(1)) is not None


def organisation_names(session: Session, code: str | None) -> tuple[str, str] | None:
    if not code:
        return None
    row = session.execute(select(m.OrganisationRecord.name_kk, m.OrganisationRecord.name_ru)
                          .where(m.OrganisationRecord.code == code)).first()
    return (row[0], row[1]) if row else None


def active_referral_services(session: Session, patient_id: int, on: date) -> set[str]:
    """Services for which the patient holds a referral issued by ``on`` and still valid then."""
    rows = session.scalars(
        select(m.ReferralRecord.service).where(
            m.ReferralRecord.patient_id == patient_id, m.ReferralRecord.deleted.is_(False),
            m.ReferralRecord.voided_at.is_(None),  # one voided as a mistake was never valid
            # issued by the end of that day: a bound datetime compares alike on SQLite and
            # PostgreSQL (date() of a timestamp against text does not exist on PostgreSQL)
            m.ReferralRecord.issued_at < datetime.combine(on + timedelta(days=1), time.min),
            (m.ReferralRecord.valid_until.is_(None)) | (m.ReferralRecord.valid_until >= on)))
    return set(rows)


def recent_patients(session: Session, limit: int = 20) -> list[SearchHit]:
    ids = recent_patient_ids(session, limit)
    if not ids:
        return []
    rows = {p.id: p for p in session.scalars(select(m.PatientRecord).where(m.PatientRecord.id.in_(ids)))}
    return [_hit(rows[i]) for i in ids if i in rows]


def _hit(p: m.PatientRecord) -> SearchHit:
    name = " ".join(x for x in (p.surname, p.given_name, p.patronymic) if x)
    return SearchHit(p.id, p.iin, name, p.birth_date, p.sex, p.status, 1.0, p.local_id)


# ---------------------------------------------------------------- history and the day's list

@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One line of a patient's history or of the day's list: a visit or an issued referral."""

    kind: str  # "visit" | "emergency" | "referral" | "registration"
    at: datetime
    patient_id: int
    patient_name: str
    iin: str | None
    local_id: str | None
    service: str | None
    funding: str | None
    referral_number: str | None
    voided: bool
    operator: str
    visit_id: int | None = None  # the visit's id (to void it); None for other lines


def _utc_bounds(day: date) -> tuple[datetime, datetime]:
    """The local day as naive UTC bounds (audit times are stored in UTC)."""
    start = datetime.combine(day, time.min).astimezone()
    end = datetime.combine(day + timedelta(days=1), time.min).astimezone()
    return (start.astimezone(UTC).replace(tzinfo=None), end.astimezone(UTC).replace(tzinfo=None))


def _from_utc(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _name(p: m.PatientRecord) -> str:
    return " ".join(x for x in (p.surname, p.given_name, p.patronymic) if x)


def history_of(session: Session, patient_id: int, limit: int = 100) -> list[HistoryRow]:
    """A patient's visits and referrals, newest first (voided ones too, marked)."""
    patient = session.get(m.PatientRecord, patient_id)
    if patient is None:
        return []
    name = _name(patient)
    rows = [HistoryRow("emergency" if v.emergency else "visit", v.at, patient_id, name,
                       patient.iin, patient.local_id, v.service, v.funding, None,
                       v.voided_at is not None, v.operator, v.id)
            for v in session.scalars(
                select(m.VisitRecord).where(m.VisitRecord.patient_id == patient_id,
                                            m.VisitRecord.deleted.is_(False))
                .order_by(m.VisitRecord.at.desc()).limit(limit))]
    rows += [HistoryRow("referral", r.issued_at, patient_id, name, patient.iin, patient.local_id,
                        r.service, r.funding, r.number, r.voided_at is not None, r.operator)
             for r in session.scalars(
                 select(m.ReferralRecord).where(m.ReferralRecord.patient_id == patient_id,
                                                m.ReferralRecord.deleted.is_(False))
                 .order_by(m.ReferralRecord.issued_at.desc()).limit(limit))]
    rows.sort(key=lambda h: h.at, reverse=True)
    return rows[:limit]


def day_list(session: Session, day: date) -> list[HistoryRow]:
    """What happened at the desk on `day` (local time): visits, emergencies, referrals issued and
    patients registered, in time order."""
    start = datetime.combine(day, time.min)
    end = start + timedelta(days=1)
    out: list[HistoryRow] = []
    visits = session.execute(
        select(m.VisitRecord, m.PatientRecord).join(m.PatientRecord, m.PatientRecord.id == m.VisitRecord.patient_id)
        .where(m.VisitRecord.at >= start, m.VisitRecord.at < end, m.VisitRecord.deleted.is_(False)))
    for v, p in visits:
        out.append(HistoryRow("emergency" if v.emergency else "visit", v.at, p.id, _name(p), p.iin,
                              p.local_id, v.service, v.funding, None, v.voided_at is not None, v.operator,
                              v.id))
    referrals = session.execute(
        select(m.ReferralRecord, m.PatientRecord)
        .join(m.PatientRecord, m.PatientRecord.id == m.ReferralRecord.patient_id)
        .where(m.ReferralRecord.issued_at >= start, m.ReferralRecord.issued_at < end,
               m.ReferralRecord.deleted.is_(False)))
    for r, p in referrals:
        out.append(HistoryRow("referral", r.issued_at, p.id, _name(p), p.iin, p.local_id, r.service,
                              r.funding, r.number, r.voided_at is not None, r.operator))
    utc_start, utc_end = _utc_bounds(day)
    events = session.execute(
        select(m.AuditEventRecord).where(
            m.AuditEventRecord.at >= utc_start, m.AuditEventRecord.at < utc_end,
            m.AuditEventRecord.action.in_((ACTION_SAVED, ACTION_UNIDENTIFIED)))).scalars()
    registered: dict[str, tuple[datetime, str]] = {}
    for e in events:
        try:
            detail = json.loads(e.detail or "{}")
        except ValueError:
            detail = {}
        if e.action == ACTION_SAVED and not detail.get("created"):
            continue  # an edit, not a registration
        if e.entity_uuid and e.entity_uuid not in registered:
            registered[e.entity_uuid] = (_from_utc(e.at), e.operator)
    if registered:
        people = session.scalars(select(m.PatientRecord).where(m.PatientRecord.uuid.in_(list(registered))))
        for p in people:
            at, operator = registered[p.uuid]
            out.append(HistoryRow("registration", at, p.id, _name(p), p.iin, p.local_id, None, None,
                                  None, False, operator))
    out.sort(key=lambda h: (h.at, h.kind))
    return out


def add_fund_check(session: Session, patient_id: int, *, insured: bool, checked_at: datetime,
                   source: str, category: str | None, operator: str, site: str = "") -> int:
    """Record an answer about МӘМС status (e.g. shown on the patient's phone) with an audit line."""
    row = m.FundCheckRecord(patient_id=patient_id, insured=insured, checked_at=checked_at,
                            source=source, category=category, origin_site=site)
    session.add(row)
    session.flush()
    _audit(session, ACTION_FUND_EVIDENCE, patient_uuid(session, patient_id), operator,
           {"id": patient_id, "insured": insured, "source": source, "category": category,
            "checked_at": checked_at.isoformat(timespec="seconds")})
    return row.id
