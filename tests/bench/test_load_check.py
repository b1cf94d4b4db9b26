"""The load test's judge: it must see a lost write, a phantom, a duplicate and a wrong answer
(otherwise a load run could pass whatever the desks did)."""

from __future__ import annotations

import random
from datetime import date, datetime

from bench.load import check_database, classify, plan_new_people, snapshot
from db import repositories
from db.engine import ERR_BUSY, open_database, session_factory
from domain.messages import BadInput
from domain.records import LegalStatus, Patient
from services import desk
from tests.helpers import acting

TODAY = date(2026, 12, 7)


def _register(make, iin: str, operator: str) -> int:
    with make.begin() as s:
        return desk.save_registration(acting(s, operator), Patient("Омаров", "Ерлан", iin=iin, sex="M",
                                                                   birth_date=date(1985, 5, 15),
                                                                   legal_status=LegalStatus("citizen")),
                                      today=TODAY)


def test_the_check_sees_what_was_lost_invented_doubled_or_untrue(db_url):
    engine = open_database(db_url)
    make = session_factory(engine)
    try:
        _register(make, "850515300006", "before")
        with engine.connect() as conn:
            before = snapshot(conn)
            new = plan_new_people(conn, 3, random.Random(1))
        assert "850515300006" not in {p.iin for p in new} and len({p.iin for p in new}) == 3
        told = _register(make, new[0].iin, "desk-a")
        untold = _register(make, new[1].iin, "desk-a")  # saved, but no desk was told
        with make.begin() as s:
            visit = desk.write_journaled(s, {"id": "v" * 32, **desk.emergency_entry_for_patient(
                told, operator="desk-a", at=datetime(2026, 12, 7, 3, 0))})
        records = [
            {"desk": 0, "operator": "desk-a", "kind": "register", "status": "ok",
             "patient_id": told, "iin": new[0].iin},
            {"desk": 0, "operator": "desk-a", "kind": "register", "status": "ok",
             "patient_id": 10_000, "iin": new[2].iin},  # told saved, never written
            {"desk": 0, "operator": "desk-a", "kind": "emergency", "status": "ok",
             "patient_id": told, "visit_id": visit.visit_id, "visit_uuid": "v" * 32},
            {"desk": 1, "operator": "desk-b", "kind": "emergency", "status": "ok",
             "patient_id": told, "visit_id": visit.visit_id, "visit_uuid": "v" * 32},
            {"desk": 1, "operator": "desk-b", "kind": "register", "status": "refused",
             "why": "iin_taken", "iin": new[2].iin},  # nobody has it
            {"desk": 1, "operator": "desk-b", "kind": "search_iin", "status": "ok",
             "patient_id": told, "found": False},
        ]
        with engine.connect() as conn:
            check = check_database(conn, before, records, {new[2].iin})
        assert any("patient 10000" in x for x in check.lost)
        assert any(f"patient {untold}" in x for x in check.phantom)
        # desk-b was told of an emergency whose audit line is not there
        assert any("visit.emergency of desk-b" in x for x in check.lost)
        assert any(f"visit id {visit.visit_id}" in x for x in check.duplicate)
        assert any("nobody has it" in x for x in check.wrong)
        assert any("did not find" in x for x in check.wrong)

        # and a clean account passes
        with engine.connect() as conn:
            before = snapshot(conn)
        mine = _register(make, new[2].iin, "desk-c")
        with engine.connect() as conn:
            clean = check_database(conn, before, [
                {"desk": 2, "operator": "desk-c", "kind": "register", "status": "ok",
                 "patient_id": mine, "iin": new[2].iin}], set())
        assert (clean.lost, clean.phantom, clean.duplicate, clean.wrong) == ([], [], [], [])
    finally:
        engine.dispose()


def test_the_desks_answers_are_sorted_into_calm_refusals_and_bugs():
    taken = BadInput(repositories.ERR_IIN_TAKEN.format(iin="850515300006", name="А Б"),
                     field="iin")
    assert classify(taken) == ("refused", "iin_taken")
    assert classify(BadInput(desk.ERR_IIN_TAKEN, field="iin")) == ("refused", "iin_taken")
    assert classify(BadInput(ERR_BUSY.format(where="", seconds=10), field="db")) == (
        "refused", "busy")
    assert classify(BadInput(repositories.ERR_NAME_MISSING, field="surname")) == (
        "refused", "input:surname")
    assert classify(KeyError("x")) == ("unexpected", "KeyError")
