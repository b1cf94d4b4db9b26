"""The desk's use cases behind the card and the day: phone evidence, the list of the day, its
CSV, the count of matches, and when insurance through contributions ends."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from db import models as m
from db.engine import open_database, session_factory
from db.repositories import load_patient, save_patient
from domain.insurance import insurance_status
from domain.messages import BadInput
from domain.records import FundCheck, LegalStatus, Patient, PaymentPeriod
from services import desk
from tests.helpers import acting


@pytest.fixture
def db(db_url):
    engine = open_database(db_url)
    make = session_factory(engine)
    with make.begin() as s:
        pid = save_patient(s, Patient(surname="Нұрланов", given_name="Асқар", iin="850515300006",
                                      birth_date=date(1985, 5, 15), sex="M",
                                      legal_status=LegalStatus("citizen")), site="A")
    yield make, pid
    engine.dispose()


def test_phone_evidence_becomes_a_dated_fund_answer_with_its_channel(db):
    make, pid = db
    with make() as s:
        desk.record_phone_evidence(acting(s, "aigul"), pid, insured=True, channel="qoldau",
                                   on=date(2026, 3, 2), category="pensioner", today=date(2026, 3, 4))
        s.commit()
    with make() as s:
        record = load_patient(s, pid)
        audit = s.scalars(select(m.AuditEventRecord).where(m.AuditEventRecord.action == "patient.fund_evidence")).all()
    assert record.fund_checks == [FundCheck(True, datetime(2026, 3, 2, 12, 0), "qoldau", "pensioner")]
    assert len(audit) == 1 and audit[0].operator == "aigul"
    status = insurance_status(record, date(2026, 3, 4))
    assert (status.insured, status.basis, status.source, status.age_days) == (True, "fund", "qoldau", 2)
    assert status.fund_category == "pensioner"
    assert "2 күн бұрын тексерілген" in status.reason.kk and "Qoldau" in status.reason.ru


@pytest.mark.parametrize("kwargs, field", [
    ({"channel": "telegram"}, "channel"),
    ({"on": date(2026, 3, 5)}, "date"),  # tomorrow
    ({"category": "astronaut"}, "category"),
])
def test_phone_evidence_refuses_bad_input_and_writes_nothing(db, kwargs, field):
    make, pid = db
    args = {"insured": True, "channel": "egov_mobile", "on": date(2026, 3, 4), "today": date(2026, 3, 4)}
    args.update(kwargs)
    with make() as s, pytest.raises(BadInput) as err:
        desk.record_phone_evidence(s, pid, **args)
    assert err.value.field == field
    with make() as s:
        assert s.scalars(select(m.FundCheckRecord)).all() == []


def test_the_day_list_has_visits_referrals_and_registrations_of_that_day_only(db):
    make, pid = db
    today = date.today()
    now = datetime.now().replace(microsecond=0)
    with make.begin() as s:
        desk.emergency_for_patient(s, pid, operator="aigul", at=now)
    with make.begin() as s:
        new_id = desk.save_registration(acting(s, "aigul"),
                                        Patient(surname="Омарова", given_name="Сәуле"), today=today)
    with make.begin() as s:
        s.add(m.ReferralRecord(number="A-1", issued_at=now, patient_id=pid, service="diagnostics",
                               funding="mams", rule_pack="x", form_code="Ж-02", pdf_sha256="0" * 64,
                               voided_at=now))
        s.add(m.VisitRecord(patient_id=pid, service="phc_visit", at=now - timedelta(days=1)))
        s.add(m.VisitRecord(patient_id=pid, service="phc_visit", at=now + timedelta(days=1)))
    with make() as s:
        rows = desk.day_list(s, today)
        yesterday = desk.day_list(s, today - timedelta(days=1))
    assert sorted(r.kind for r in rows) == ["emergency", "referral", "registration"]
    assert {r.patient_id for r in rows} == {pid, new_id}
    assert next(r for r in rows if r.kind == "referral").voided
    assert [r.kind for r in yesterday] == ["visit"]
    with make() as s:
        data = desk.day_list_csv(s, today, "ru")
    assert data.startswith("\ufeff".encode())
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert table[0][0] == "Время" and len(table) == 4
    assert any(r[1] == "направление" and r[6] == "A-1" and r[7] == "да" for r in table[1:])


def test_the_count_of_matches_is_exact_below_the_cap_and_capped_above(db, monkeypatch):
    make, _pid = db
    with make.begin() as s:
        for i in range(12):
            save_patient(s, Patient(surname="Жолдасбеков", given_name=f"Ерлан{chr(0x430 + i)}"), site="A")
    with make() as s:
        shown = desk.search(s, "жолдасбеков", limit=5)
        assert len(shown) == 5 and shown.total is None  # a full list: counted on request
        counted = desk.count_matches(s, "жолдасбеков", limit=5)
        assert (len(counted), counted.total, counted.capped) == (5, 12, False)
        monkeypatch.setattr(desk, "SEARCH_COUNT_CAP", 8)
        capped = desk.count_matches(s, "жолдасбеков", limit=5)
        assert (capped.total, capped.capped) == (8, True)
        short = desk.search(s, "жолдасбеков ерланб")
        assert short.total == len(short) == 1


@pytest.mark.parametrize("on, until, this_month", [
    (date(2026, 3, 31), date(2026, 4, 30), False),
    (date(2026, 4, 1), date(2026, 4, 30), True),
    (date(2026, 4, 30), date(2026, 4, 30), True),
    (date(2026, 5, 1), None, False),
])
def test_contributions_end_on_the_last_day_of_the_grace(on, until, this_month):
    record = Patient(surname="С", given_name="М", birth_date=date(1985, 5, 15),
                     legal_status=LegalStatus("citizen"),
                     payments=[PaymentPeriod("employee", "2025-03", "2026-01")])
    status = insurance_status(record, on)
    assert status.contributions_until == until
    assert status.contributions_end_this_month(on) is this_month


def test_a_state_category_does_not_end_with_the_payments():
    record = Patient(surname="С", given_name="М", birth_date=date(2010, 5, 15),  # a child
                     legal_status=LegalStatus("citizen"),
                     payments=[PaymentPeriod("employee", "2025-03", "2026-01")])
    assert insurance_status(record, date(2026, 4, 10)).contributions_until is None
