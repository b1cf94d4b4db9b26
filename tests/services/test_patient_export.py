"""A patient's data exported on request: the JSON holds everything stored about the patient
(and nothing of anyone else), the PDF reads the same in Kazakh and Russian, the export needs its
permission and leaves an audit event."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import select

from db import models as m
from db.engine import open_database, session_factory
from db.repositories import load_patient, save_patient
from domain.access import DEFAULT_GRANTS, Actor, Forbidden
from domain.consent import EXCHANGE, PROCESSING
from domain.records import CategoryGrant, FundCheck
from services import consent, desk
from services.patient_export import export_patient, output_format
from services.referrals import issue_referral
from tests.helpers import acting
from tests.reports.pdfcheck import fonts_of, text_of
from tests.reports.sample_clinic import AIGERIM_IIN, FOREIGNER_IIN, fill_clinic

AT = datetime(2026, 12, 10, 11, 30)


@pytest.fixture
def clinic(db_url):
    ids = fill_clinic(db_url)
    engine = open_database(db_url)
    make = session_factory(engine)
    pid = ids[AIGERIM_IIN]
    with make() as s:
        record = load_patient(s, pid)
        record.fund_checks.append(FundCheck(True, datetime(2026, 11, 2, 9, 15), "qoldau", None))
        record.categories.append(CategoryGrant("pensioner", date(2026, 1, 1), None))
        save_patient(s, record)
        desk.emergency_for_patient(s, pid, operator="reception", at=datetime(2026, 12, 1, 8, 5))
        issue_referral(acting(s, "reception"), pid, "diagnostics", diagnosis="E11.9",
                       on=date(2026, 12, 2))
        consent.record_consent(s, pid, scopes=[PROCESSING, EXCHANGE], form_number="К-15",
                               given_on=date(2026, 12, 1), today=date(2026, 12, 10))
        consent.withdraw(s, pid, scopes=[EXCHANGE], on=date(2026, 12, 3), today=date(2026, 12, 10))
        # someone else's visit: never in this patient's export
        desk.emergency_for_patient(s, ids[FOREIGNER_IIN], operator="reception", at=datetime(2026, 12, 1, 9, 0))
        s.commit()
    yield make, pid
    engine.dispose()


def test_the_json_holds_every_part_of_the_patients_data(clinic):
    make, pid = clinic
    with make() as s:
        done = export_patient(s, pid, "json", at=AT)
        s.commit()
    data = json.loads(done.content.decode("utf-8"))
    assert data == done.data
    assert done.content.startswith(b'{\n  "format": "tirkeu.patient-export"')
    assert "Нұрғалиева" in done.content.decode("utf-8")  # UTF-8 as it is, not \u escapes
    assert data["exported_at"] == "2026-12-10T11:30:00"
    assert data["clinic"]["bin"] == "123456789012"
    ident = data["identity"]
    assert (ident["iin"], ident["surname"], ident["given_name"], ident["patronymic"]) == (
        AIGERIM_IIN, "Нұрғалиева", "Әйгерім", "Сәкенқызы")
    assert ident["birth_date"] == "1985-05-15" and ident["attached_org"]["code"] == "SELF"
    assert data["documents"] == [{"kind": "id_card", "number": "045678912", "issued_on": None,
                                  "valid_until": None, "issuer": None}]
    assert [(x["status"], x["basis_document"]) for x in data["statuses"]] == [("citizen", "045678912")]
    ev = data["evidence"]
    assert ev["fund_checks"] == [{"insured": True, "checked_at": "2026-11-02T09:15:00",
                                  "source": "qoldau", "category": None}]
    assert ev["categories"] == [{"code": "pensioner", "valid_from": "2026-01-01", "valid_to": None}]
    assert ev["payments"] == [{"payer": "employee", "first_month": "2021-01", "last_month": "2026-10"}]
    assert data["conditions"] == [{"icd10": "E11.9", "since": None, "dispensary": True}]
    assert [(v["at"], v["service"], v["emergency"]) for v in data["visits"]] == [
        ("2026-12-01T08:05:00", "emergency_inpatient", True)]
    assert [(r["service"], r["diagnosis_icd"], r["issued_at"][:10]) for r in data["referrals"]] == [
        ("diagnostics", "E11.9", "2026-12-02")]
    assert [(c["scope"], c["given_on"], c["form_number"], c["withdrawn_on"]) for c in data["consents"]] == [
        (PROCESSING, "2026-12-01", "К-15", None), (EXCHANGE, "2026-12-01", "К-15", "2026-12-03")]
    with make() as s:
        events = s.scalars(select(m.AuditEventRecord).where(m.AuditEventRecord.action == "export")).all()
        uuid = s.get(m.PatientRecord, pid).uuid
    assert [(e.patient_uuid, json.loads(e.detail)) for e in events] == [(uuid, {"format": "json"})]


@pytest.mark.parametrize("lang, words", [
    ("kk", ("Науқастың дербес деректерінің", "Жеке деректер", "Құжаттар", "Келулер", "Жолдамалар",
            "қайтарып алынған 03.12.2026", "Зейнеткер")),
    ("ru", ("Выписка персональных данных", "Личные данные", "Документы", "Посещения", "Направления",
            "отозвано 03.12.2026", "Пенсионер")),
])
def test_the_pdf_reads_the_same_data_in_each_language(clinic, lang, words):
    make, pid = clinic
    with make() as s:
        done = export_patient(s, pid, "pdf", lang, at=AT)
        s.commit()
    assert done.content.startswith(b"%PDF-")
    text = " ".join(text_of(done.content).split())
    for needle in (*words, "Нұрғалиева", AIGERIM_IIN, "045678912", "E11.9", "К-15", "15.05.1985"):
        assert needle in text, needle
    assert "Иванов" not in text
    assert all(f["embedded"] for f in fonts_of(done.content))


def test_export_needs_its_permission_and_leaves_nothing_without_it(clinic):
    make, pid = clinic
    with make() as s:
        s.info["actor"] = Actor("aigul", "", "receptionist", DEFAULT_GRANTS["receptionist"], signed_in=True)
        with pytest.raises(Forbidden):
            export_patient(s, pid, "json")
        s.commit()
    with make() as s:
        assert s.scalars(select(m.AuditEventRecord).where(m.AuditEventRecord.action == "export")).all() == []
        s.info["actor"] = Actor("doc", "", "doctor", DEFAULT_GRANTS["doctor"], signed_in=True)
        export_patient(s, pid, "json")
        s.commit()
        assert s.scalars(select(m.AuditEventRecord.operator)
                         .where(m.AuditEventRecord.action == "export")).all() == ["doc"]


@pytest.mark.parametrize("name, fmt, expected", [
    ("a.json", None, "json"), ("A.PDF", None, "pdf"), ("a.pdf", "pdf", "pdf"),
    ("a.txt", None, None), ("a", None, None), ("a.json", "pdf", None), ("tirkeu.sqlite", None, None),
    ("a.json", "xml", None),
])
def test_the_format_follows_the_name_and_the_name_must_be_json_or_pdf(name, fmt, expected):
    from domain.messages import BadInput

    if expected is None:
        with pytest.raises(BadInput):
            output_format(name, fmt)
    else:
        assert output_format(name, fmt) == expected
