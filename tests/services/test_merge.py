"""Two records of one person become one: every piece of evidence, visit and referral kept, the
other record a tombstone pointing at the one that remains, the merge recorded."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime

import pytest
from sqlalchemy import select

from db import models as m
from db.engine import open_database, session_factory
from db.repositories import load_patient, save_patient
from domain.messages import BadInput
from domain.records import Diagnosis, FundCheck, IdentityDocument, LegalStatus, Patient
from services import desk, merge
from tests.helpers import acting

ON = date(2026, 12, 7)


@pytest.fixture
def db(db_url):
    engine = open_database(db_url)
    make = session_factory(engine)
    card = IdentityDocument("id_card", "012345678", date(2020, 1, 10), date(2030, 1, 9))
    with make.begin() as s:
        known = save_patient(s, Patient(
            "Сейітова", "Дана", patronymic="Серікқызы", iin="900101400003", birth_date=date(1990, 1, 1),
            sex="F", legal_status=LegalStatus("citizen", basis=card), documents=[card],
            fund_checks=[FundCheck(True, datetime(2026, 11, 1, 9), "fund_service")]))
        # the same woman registered again without an IIN, with a phone and a condition
        again = save_patient(s, Patient(
            "Сейтова", "Дана", birth_date=date(1990, 1, 1), sex="F", phone="+7 701 000 00 00",
            conditions=[Diagnosis("I10", date(2024, 3, 1), True)],
            fund_checks=[FundCheck(False, datetime(2026, 12, 1, 9), "phone")]), site="T1")
        other_person = save_patient(s, Patient("Ахметов", "Нұрлан", iin="850515300006",
                                               birth_date=date(1985, 5, 15), sex="M"))
    for hour in (10, 11):
        entry = desk.emergency_entry_for_patient(again, operator="nurse", at=datetime(2026, 12, 6, hour))
        entry["id"] = uuid.uuid4().hex  # as the journal numbers it
        with make.begin() as s:
            desk.write_journaled(s, entry)
    yield make, {"known": known, "again": again, "other": other_person}
    engine.dispose()


def test_merge_keeps_everything_of_both_and_leaves_a_tombstone(db):
    make, ids = db
    with make() as s:
        keep, gone = merge.merge_sides(s, ids["known"], ids["again"])
    assert (keep.iin, gone.iin, gone.visits, keep.visits) == ("900101400003", None, 2, 0)
    local_id = gone.local_id
    with make.begin() as s:
        assert merge.merge(acting(s, "admin"), ids["known"], ids["again"]) == ids["known"]
    with make() as s:
        record = load_patient(s, ids["known"])
        assert record.phone == "+7 701 000 00 00" and record.patronymic == "Серікқызы"
        assert [c.code for c in record.conditions] == ["I10"]
        assert sorted(f.source for f in record.fund_checks) == ["fund_service", "phone"]
        assert len(record.documents) == 1 and record.legal_status.status == "citizen"
        assert load_patient(s, ids["again"]) is None
        row = s.get(m.PatientRecord, ids["again"])
        assert row.deleted and row.merged_into_id == ids["known"] and row.local_id == local_id
        visits = s.scalars(select(m.VisitRecord.patient_id)).all()
        assert visits == [ids["known"], ids["known"]]
        events = s.scalars(select(m.AuditEventRecord).where(m.AuditEventRecord.action == "patient.merged")).all()
        assert {e.entity_uuid for e in events} == {record.uuid, row.uuid}
        assert all(e.operator == "admin" and json.loads(e.detail)["visits"] == 2 for e in events)
        # the search finds one person, the one that remains
        found = [h.id for h in desk.search(s, "Сейтова Дана")] + [h.id for h in desk.search(s, "Сейітова")]
        assert ids["again"] not in found and ids["known"] in found


def test_the_iin_of_the_record_that_goes_passes_to_the_one_that_remains(db):
    make, ids = db
    with make.begin() as s:
        merge.merge(s, ids["again"], ids["known"])
    with make() as s:
        record = load_patient(s, ids["again"])
        assert record.iin == "900101400003" and record.local_id  # both numbers kept
        assert desk.patient_id_for_iin(s, "900101400003") == ids["again"]


@pytest.mark.parametrize("pair", [("known", "known"), ("known", "other")])
def test_what_cannot_be_merged_is_refused_and_nothing_changes(db, pair):
    make, ids = db
    with make.begin() as s, pytest.raises(BadInput) as refused:
        merge.merge(s, ids[pair[0]], ids[pair[1]])
    assert refused.value.message.kk and refused.value.message.ru
    with make() as s:
        assert not s.scalars(select(m.PatientRecord).where(m.PatientRecord.deleted.is_(True))).all()
        assert not s.scalars(select(m.AuditEventRecord).where(m.AuditEventRecord.action == "patient.merged")).all()
