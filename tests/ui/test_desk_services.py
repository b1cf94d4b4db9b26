"""services.desk and db.visits without a window, on real SQLite files."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from db import models as m
from db import visits
from db.engine import open_database, session_factory
from db.repositories import save_patient
from db.settings import load_settings
from domain.messages import BadInput
from domain.records import (
    CategoryGrant,
    Diagnosis,
    IdentityDocument,
    Patient,
    PaymentPeriod,
)
from services import desk

TODAY = date(2026, 11, 22)


@pytest.fixture
def session(db_url):
    engine = open_database(db_url)
    s = session_factory(engine)()
    yield s
    s.close()
    engine.dispose()


@pytest.mark.parametrize(("record", "field"), [
    (Patient(" ", "Асқар"), "surname"),
    (Patient("Нұрланов", ""), "given_name"),
    (Patient("Нұрланов", "Асқар", iin="850515300007"), "iin"),
    (Patient("Нұрланов", "Асқар", sex="X"), "sex"),
    (Patient("Нұрланов", "Асқар", birth_date=date(2030, 1, 1)), "birth_date"),
    (Patient("Нұрланов", "Асқар", documents=[IdentityDocument("visa", "1")]), "documents"),
    (Patient("Нұрланов", "Асқар", documents=[IdentityDocument("passport", " ")]), "documents"),
    (Patient("Нұрланов", "Асқар", categories=[CategoryGrant("pensioner", date(2026, 2, 1),
                                                                date(2026, 1, 1))]), "categories"),
    (Patient("Нұрланов", "Асқар", payments=[PaymentPeriod("self_payer", "2025-13", "2026-01")]), "payments"),
    (Patient("Нұрланов", "Асқар", payments=[PaymentPeriod("self_payer", "2026-02", "2026-01")]), "payments"),
    (Patient("Нұрланов", "Асқар", payments=[PaymentPeriod("boss", "2026-01", "2026-01")]), "payments"),
    (Patient("Нұрланов", "Асқар", conditions=[Diagnosis("I1")]), "conditions"),
])
def test_validation_names_the_field(record, field):
    with pytest.raises(BadInput) as err:
        desk.validate(record, TODAY)
    assert err.value.field == field
    assert err.value.message.kk and err.value.message.ru


def test_validation_tidies_what_it_keeps():
    rec = desk.validate(Patient(" Нұрланов ", " Асқар ", patronymic=" ", iin=" 850515300006 ",
                                      conditions=[Diagnosis("i10.9", dispensary=True)]), TODAY)
    assert (rec.surname, rec.given_name, rec.patronymic, rec.iin) == ("Нұрланов", "Асқар", None, "850515300006")
    assert rec.conditions[0].code == "I10.9"


@pytest.mark.parametrize(("kinds", "citizenship", "status"), [
    (["id_card"], "KAZ", "citizen"),
    (["passport"], "KAZ", "citizen"),
    (["passport"], "UZB", None),
    (["passport", "residence_permit"], "UZB", "permanent_foreigner"),
    (["stateless_certificate", "residence_permit"], None, "permanent_stateless"),
    (["kandas_certificate", "passport"], "MNG", "kandas"),
    (["refugee_certificate"], "AFG", "refugee"),
    (["asylum_certificate"], "AFG", "asylum_seeker"),
    (["passport", "employment_contract"], "KGZ", "eaeu_worker"),
    (["passport", "temporary_permit"], "UZB", "temporary_foreigner"),
    ([], None, None),
])
def test_status_from_documents(kinds, citizenship, status):
    assert desk.status_from_documents(kinds, citizenship) == status


def test_recent_patients_newest_first_without_repeats(session):
    ids = [save_patient(session, Patient(f"Сурет{i}", "Аты")) for i in range(3)]
    for pid in (ids[0], ids[1], ids[0], ids[2], ids[0]):
        visits.note_opened(session, pid, "op")
        session.flush()
    session.commit()
    assert visits.recent_patient_ids(session, 10) == [ids[0], ids[2], ids[1]]
    assert [h.id for h in desk.search(session, "  ")] == [ids[0], ids[2], ids[1]]


def test_unknown_emergency_refuses_nonsense_and_writes_nothing(session):
    with pytest.raises(BadInput):
        desk.emergency_for_unknown(session, sex="M", approx_age=400, known="", operator="op",
                                   at=datetime(2026, 11, 22, 1, 0))
    with pytest.raises(BadInput):
        desk.emergency_for_unknown(session, sex="?", approx_age=None, known="", operator="op",
                                   at=datetime(2026, 11, 22, 1, 0))
    assert session.query(m.VisitRecord).count() == 0


def test_linking_moves_visits_and_referrals_and_leaves_a_tombstone(session):
    known = save_patient(session, Patient("Нұрланов", "Асқар", iin="850515300006"))
    out = desk.emergency_for_unknown(session, sex="M", approx_age=40, known="", operator="op",
                                     at=datetime(2026, 11, 22, 1, 0))
    session.add(m.ReferralRecord(number="SITE-2026-000009", patient_id=out.patient_id,
                                 service="emergency_inpatient", funding="tmkkk", rule_pack="x",
                                 form_code="f", pdf_sha256="0" * 64, emergency=True))
    session.flush()
    assert visits.is_unidentified(session, out.patient_id)
    assert desk.link_unidentified(session, out.patient_id, known) == 1
    session.commit()
    assert [v.id for v in visits.visits_of(session, known)] == [out.visit_id]
    assert session.query(m.ReferralRecord).filter_by(patient_id=known).count() == 1
    assert session.get(m.PatientRecord, out.patient_id).deleted
    assert desk.search(session, "белгісіз") == []
    with pytest.raises(BadInput):
        desk.link_unidentified(session, out.patient_id, known)


def test_barcode_lookup_is_exact(session):
    pid = save_patient(session, Patient("Нұрланов", "Асқар", iin="850515300006"))
    session.flush()
    assert desk.patient_id_for_iin(session, "850515300006") == pid
    assert desk.patient_id_for_iin(session, "850515300007") is None
    assert desk.patient_id_for_iin(session, "85051530000") is None


def test_local_numbers_only_for_patients_without_iin(session):
    a = desk.save_registration(session, Patient("Smith", "John"), today=TODAY)
    b = desk.save_registration(session, Patient("Нұрланов", "Асқар", iin="850515300006"), today=TODAY)
    c = desk.save_registration(session, Patient("Doe", "Jane"), today=TODAY)
    session.commit()
    rows = {r.id: r.local_id for r in session.query(m.PatientRecord)}
    site = load_settings(session).site_prefix  # fixed by the first registration
    assert rows[a] == f"{site}-2026-000001" and rows[b] is None and rows[c] == f"{site}-2026-000002"
