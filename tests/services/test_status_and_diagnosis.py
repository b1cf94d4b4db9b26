"""The desk's use cases for a patient without a recorded legal status and for care that is free
only for one diagnosis: the card, the coverage rows and the referrals, on real SQLite files."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest
from alembic import command
from sqlalchemy import text

from db.engine import alembic_config, make_engine, open_database, session_factory
from db.referrals import referrals_of_patient
from domain.messages import BadInput
from domain.records import Diagnosis, IdentityDocument, LegalStatus, Patient
from services import desk
from services.referrals import issue_referral

ON = date(2026, 11, 22)
EMERGENCY = ("ambulance", "emergency_inpatient")


def unit(db_url, fn):
    engine = open_database(db_url)
    try:
        with session_factory(engine).begin() as session:
            return fn(session)
    finally:
        engine.dispose()


def register(db_url, record: Patient) -> int:
    return unit(db_url, lambda s: desk.save_registration(s, record, today=ON))


def card_of(db_url, patient_id):
    return unit(db_url, lambda s: desk.open_card(s, patient_id, ON))


def test_a_patient_registered_without_a_status_has_an_unknown_status(db_url):
    pid = register(db_url, Patient("Сапаров", "Ерлан", birth_date=date(1990, 4, 1), sex="M"))
    card = card_of(db_url, pid)
    assert card.status.known is False
    assert "құжатты сұраңыз" in card.status.reason.kk
    assert card.insurance.insured is None
    rows = {r.service: r for r in card.coverage.rows}
    for service in ("phc_visit", "vaccination", "pregnancy_followup", "specialist_consult"):
        assert rows[service].status_unknown and rows[service].shown_funding == "unknown", service
    for service in EMERGENCY:
        assert not rows[service].status_unknown
        assert rows[service].shown_funding == "tmkkk" and rows[service].decision.emergency
    assert not any("status.document_expired" in [r.id for r in row.decision.rules] for row in rows.values())


def test_a_patient_with_no_status_in_an_older_database_is_the_same(tmp_path):
    """A database of the first schema, a patient row with a NULL status and no status history,
    upgraded when the desk opens it."""
    path = tmp_path / "old.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    cfg = alembic_config(engine)
    now = datetime(2025, 5, 1, 9, 0)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(text(
            "INSERT INTO patients (iin, surname, given_name, birth_date, sex, status, pregnant, "
            "palliative, search_key, created_at, uuid, updated_at, version, origin_site, deleted) "
            "VALUES ('850515300006', 'Нұрланов', 'Асқар', '1985-05-15', 'M', NULL, 0, 0, "
            "'нурланов аскар', :now, :uuid, :now, 1, 'OLD', 0)"), {"now": now, "uuid": uuid.uuid4().hex})
    engine.dispose()
    url = f"sqlite:///{path}"
    pid = unit(url, lambda s: s.execute(text("SELECT id FROM patients")).scalar_one())
    card = card_of(url, pid)
    assert card.status.known is False
    rows = {r.service: r for r in card.coverage.rows}
    assert rows["phc_visit"].shown_funding == "unknown"
    assert rows["ambulance"].shown_funding == "tmkkk"


def test_recording_the_status_gives_the_verdicts_back(db_url):
    pid = register(db_url, Patient("Сапаров", "Ерлан", birth_date=date(1990, 4, 1), sex="M"))
    record = unit(db_url, lambda s: desk.load_for_edit(s, pid))
    card_doc = IdentityDocument("id_card", "012345678", date(2020, 1, 1), date(2030, 1, 1))
    record.legal_status = LegalStatus("citizen", basis=card_doc)
    record.documents = [card_doc]
    register(db_url, record)
    card = card_of(db_url, pid)
    assert card.status.known and card.status.status == "citizen"
    rows = {r.service: r for r in card.coverage.rows}
    assert rows["phc_visit"].shown_funding == "tmkkk" and not rows["phc_visit"].status_unknown


def test_a_planned_referral_waits_for_the_status_an_emergency_one_does_not(db_url):
    pid = register(db_url, Patient("Сапаров", "Ерлан", birth_date=date(1990, 4, 1), sex="M"))
    with pytest.raises(BadInput) as refused:
        unit(db_url, lambda s: issue_referral(s, pid, "specialist_consult", diagnosis="K80.1", on=ON))
    assert refused.value.field == "status" and "статус не записан" in refused.value.message.ru
    issued = unit(db_url, lambda s: issue_referral(s, pid, "emergency_inpatient", emergency=True, on=ON))
    assert issued.funding == "tmkkk"
    entries = unit(db_url, lambda s: referrals_of_patient(s, pid))
    assert [e.service for e in entries] == ["emergency_inpatient"]  # the refused one left nothing


@pytest.fixture
def i10(db_url):
    return register(db_url, Patient(
        "Омаров", "Бауыржан", birth_date=date(1960, 2, 2), sex="M", iin="600202300013",
        legal_status=LegalStatus("citizen"), conditions=[Diagnosis("I10", dispensary=True)]))


def test_the_card_says_which_diagnosis_makes_care_free(db_url, i10):
    rows = {r.service: r for r in card_of(db_url, i10).coverage.rows}
    cond = rows["specialist_consult"].decision.for_diagnosis
    assert rows["specialist_consult"].decision.funding == "tmkkk"
    assert cond.codes == ("I10",) and cond.otherwise == "paid"
    assert rows["phc_visit"].decision.for_diagnosis is None


def test_a_referral_that_depends_on_the_diagnosis_needs_the_code(db_url, i10):
    with pytest.raises(BadInput) as refused:
        unit(db_url, lambda s: issue_referral(s, i10, "specialist_consult", on=ON))
    assert refused.value.field == "diagnosis" and "I10" in refused.value.message.kk
    assert "с другим диагнозом — платно" in refused.value.message.ru
    paid = unit(db_url, lambda s: issue_referral(s, i10, "specialist_consult", diagnosis="K80.1", on=ON))
    free = unit(db_url, lambda s: issue_referral(s, i10, "specialist_consult", diagnosis="I10", on=ON))
    assert (paid.funding, free.funding) == ("paid", "tmkkk")
    assert (paid.slip.diagnosis_icd, paid.slip.funding_code) == ("K80.1", "paid")
    assert (free.slip.diagnosis_icd, free.slip.funding_code) == ("I10", "tmkkk")
    entries = unit(db_url, lambda s: referrals_of_patient(s, i10))
    assert sorted((e.diagnosis_icd, e.funding) for e in entries) == [("I10", "tmkkk"), ("K80.1", "paid")]
