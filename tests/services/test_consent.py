"""Consent to data processing: recorded from a signed form, withdrawn, its state on a day, the
permission it needs and the audit events it leaves."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from db import audit as audit_store
from db import models as m
from db.engine import open_database, session_factory
from db.repositories import save_patient
from domain.access import DEFAULT_GRANTS, EDIT_PATIENT, Actor, Forbidden
from domain.consent import CONTACT, EXCHANGE, GIVEN, NONE, PROCESSING, WITHDRAWN
from domain.messages import BadInput
from domain.records import LegalStatus, Patient
from services import consent

IIN = "850515300006"
TODAY = date(2026, 12, 10)


@pytest.fixture
def db(db_url):
    engine = open_database(db_url)
    make = session_factory(engine)
    with make.begin() as s:
        pid = save_patient(s, Patient(surname="Нұрланов", given_name="Асқар", iin=IIN,
                                      birth_date=date(1985, 5, 15), sex="M", address="Алматы",
                                      legal_status=LegalStatus("citizen")), site="A")
    yield make, pid
    engine.dispose()


def _as(session, role: str, login: str = "aigul"):
    session.info["actor"] = Actor(login, "Айгүл", role, DEFAULT_GRANTS[role], signed_in=True)
    return session


def _events(make, action: str) -> list[m.AuditEventRecord]:
    with make() as s:
        return list(s.scalars(select(m.AuditEventRecord).where(m.AuditEventRecord.action == action)
                              .order_by(m.AuditEventRecord.id)))


def _count(make, model) -> int:
    with make() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_signed_form_is_recorded_per_scope_by_the_acting_person_with_audit(db):
    make, pid = db
    with make() as s:
        _as(s, "receptionist")
        done = consent.record_consent(s, pid, scopes=[PROCESSING, EXCHANGE], form_number=" 123 ",
                                      given_on=date(2026, 12, 1), today=TODAY)
        s.commit()
    assert [(c.scope, c.given_on, c.form_number, c.operator) for c in done] == [
        (PROCESSING, date(2026, 12, 1), "123", "aigul"), (EXCHANGE, date(2026, 12, 1), "123", "aigul")]
    with make() as s:
        rows = s.scalars(select(m.ConsentRecord).order_by(m.ConsentRecord.id)).all()
        patient_uuid = s.get(m.PatientRecord, pid).uuid
        assert [(r.scope, r.changed_by, r.withdrawn_on) for r in rows] == [
            (PROCESSING, "aigul", None), (EXCHANGE, "aigul", None)]
        assert audit_store.verify(s).ok
    events = _events(make, consent.ACTION_RECORDED)
    assert [(e.operator, e.patient_uuid, e.entity_uuid) for e in events] == [
        ("aigul", patient_uuid, rows[0].uuid), ("aigul", patient_uuid, rows[1].uuid)]
    detail = json.loads(events[0].detail)
    assert detail == {"scope": PROCESSING, "given_on": "2026-12-01", "form_number": "123"}
    # no name or IIN of the patient in what the trail keeps
    assert all(IIN not in e.detail and "Нұрланов" not in e.detail for e in events)


def test_state_on_days_before_between_and_after_a_withdrawal(db):
    make, pid = db
    with make() as s:
        consent.record_consent(s, pid, scopes=[PROCESSING, CONTACT], form_number="77",
                               given_on=date(2026, 12, 1), today=TODAY)
        s.commit()
    with make() as s:
        withdrawn = consent.withdraw(s, pid, scopes=[CONTACT], on=date(2026, 12, 5), today=TODAY)
        s.commit()
    assert [(c.scope, c.withdrawn_on) for c in withdrawn] == [(CONTACT, date(2026, 12, 5))]
    with make() as s:
        def states(on):
            return {k: v.state for k, v in consent.state(s, pid, on).items()}

        assert states(date(2026, 11, 30)) == {PROCESSING: NONE, EXCHANGE: NONE, CONTACT: NONE}
        assert states(date(2026, 12, 1)) == {PROCESSING: GIVEN, EXCHANGE: NONE, CONTACT: GIVEN}
        assert states(date(2026, 12, 4)) == {PROCESSING: GIVEN, EXCHANGE: NONE, CONTACT: GIVEN}
        assert states(date(2026, 12, 5)) == {PROCESSING: GIVEN, EXCHANGE: NONE, CONTACT: WITHDRAWN}
        assert consent.state(s, pid, date(2026, 12, 6))[PROCESSING].consent.form_number == "77"
    events = _events(make, consent.ACTION_WITHDRAWN)
    assert len(events) == 1 and json.loads(events[0].detail)["withdrawn_on"] == "2026-12-05"


def test_a_new_form_after_a_withdrawal_gives_consent_again(db):
    make, pid = db
    with make() as s:
        consent.record_consent(s, pid, scopes=[PROCESSING], form_number="1", given_on=date(2026, 1, 10),
                               today=TODAY)
        consent.withdraw(s, pid, on=date(2026, 3, 1), today=TODAY)
        consent.record_consent(s, pid, scopes=[PROCESSING], form_number="2", given_on=date(2026, 6, 1),
                               today=TODAY)
        s.commit()
        assert consent.state(s, pid, date(2026, 4, 1))[PROCESSING].state == WITHDRAWN
        latest = consent.state(s, pid, date(2026, 6, 1))[PROCESSING]
        assert (latest.state, latest.consent.form_number) == (GIVEN, "2")
        assert len(consent.consents_of(s, pid)) == 2


def test_without_the_permission_it_is_forbidden_and_nothing_is_written(db):
    make, pid = db
    # a role whose grants an administrator narrowed: everything but editing patients
    narrowed = frozenset(DEFAULT_GRANTS["receptionist"] - {EDIT_PATIENT})
    with make() as s:
        s.info["actor"] = Actor("guest", "", "receptionist", narrowed, signed_in=True)
        with pytest.raises(Forbidden):
            consent.record_consent(s, pid, scopes=[PROCESSING], form_number="9", today=TODAY)
        s.commit()
    assert _count(make, m.ConsentRecord) == 0
    assert _events(make, consent.ACTION_RECORDED) == []
    with make() as s:
        consent.record_consent(s, pid, scopes=[PROCESSING], form_number="9", today=TODAY)
        s.commit()
    with make() as s:
        s.info["actor"] = Actor("guest", "", "receptionist", narrowed, signed_in=True)
        with pytest.raises(Forbidden):
            consent.withdraw(s, pid, today=TODAY)
        s.commit()
    with make() as s:
        assert s.scalars(select(m.ConsentRecord.withdrawn_on)).all() == [None]
    assert _events(make, consent.ACTION_WITHDRAWN) == []


@pytest.mark.parametrize("kwargs, field", [
    ({"scopes": []}, "scope"),
    ({"scopes": ["marketing"]}, "scope"),
    ({"form_number": "  "}, "form_number"),
    ({"form_number": "1" * 41}, "form_number"),
    ({"given_on": date(2026, 12, 11)}, "given_on"),
])
def test_bad_input_is_refused_before_anything_is_written(db, kwargs, field):
    make, pid = db
    args = {"scopes": [PROCESSING], "form_number": "5", "today": TODAY}
    args.update(kwargs)
    with make() as s, pytest.raises(BadInput) as err:
        consent.record_consent(s, pid, **args)
    assert err.value.field == field
    assert err.value.message.kk and err.value.message.ru
    assert _count(make, m.ConsentRecord) == 0


def test_withdrawing_refuses_a_date_before_the_form_and_nothing_to_withdraw(db):
    make, pid = db
    with make() as s:
        with pytest.raises(BadInput) as err:
            consent.withdraw(s, pid, today=TODAY)
        assert err.value.field == "scope"
        consent.record_consent(s, pid, scopes=[PROCESSING], form_number="5", given_on=date(2026, 12, 1),
                               today=TODAY)
        s.commit()
    with make() as s:
        only = consent.consents_of(s, pid)[0]
        with pytest.raises(BadInput) as err:
            consent.withdraw_consent(s, only.id, on=date(2026, 11, 1), today=TODAY)
        assert err.value.field == "withdrawn_on"
        s.rollback()
    with make() as s:
        assert consent.state(s, pid, TODAY)[PROCESSING].state == GIVEN
        done = consent.withdraw_consent(s, only.id, today=TODAY)
        s.commit()
        assert done.withdrawn_on == TODAY
        with pytest.raises(BadInput):
            consent.withdraw_consent(s, only.id, today=TODAY)
