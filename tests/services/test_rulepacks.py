"""Rule packs installed in the database: checked installs, the active pack every desk of the
database uses, roll back to the shipped pack, and the preview of what a new pack changes.
Real SQLite files; two engines on one file stand for two desks."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from db.engine import open_database, session_factory
from db.repositories import save_patient
from domain.messages import BadInput
from domain.records import Diagnosis, LegalStatus, Patient
from domain.rulepack import load_rule_pack, shipped_files, write_pack_file
from services import desk, rulepacks
from services.rulepack_diff import DiffCancelled, diff
from tests.helpers import db_dump

ROOT = Path(__file__).resolve().parents[2]
NARROW = ROOT / "docs" / "examples" / "rulepack-2027-narrow-phc.zip"


@pytest.fixture
def database(db_url):
    engine = open_database(db_url)
    make = session_factory(engine)
    with make.begin() as s:
        ids = {
            "plain": save_patient(s, Patient("Асқаров", "Нұрлан", birth_date=date(1985, 5, 15), sex="M",
                                             legal_status=LegalStatus("citizen"))),
            "tb": save_patient(s, Patient("Бекова", "Айгүл", birth_date=date(1990, 1, 2), sex="F",
                                          legal_status=LegalStatus("citizen"),
                                          conditions=[Diagnosis("A15.0", None, True)])),
        }
    yield engine, make, ids
    engine.dispose()


def phc(make, patient_id: int, on: date) -> str:
    with make() as s:
        cov = desk.coverage_for(s, patient_id, on)
    return next(r.decision.funding for r in cov.rows if r.service == "phc_visit")


def install(make, data: bytes) -> dict:
    with make.begin() as s:
        return rulepacks.install_pack(s, data)


def activate(make, version: str) -> dict:
    with make.begin() as s:
        return rulepacks.activate(s, version)


def variant(version: str, text: str = "Ақылы.") -> bytes:
    files = shipped_files()
    head = json.loads(files["pack.json"])
    head["version"] = version
    files["pack.json"] = json.dumps(head).encode()
    data = json.loads(files["decisions.json"])
    next(r for r in data["decisions"] if r["id"] == "paid.not_covered")["text"]["kk"] = text
    files["decisions.json"] = json.dumps(data, ensure_ascii=False).encode()
    return write_pack_file(files)


def test_the_narrow_example_installs_activates_and_changes_phc_from_2027(database):
    _engine, make, ids = database
    before = (phc(make, ids["plain"], date(2026, 12, 31)), phc(make, ids["plain"], date(2027, 1, 1)))
    assert before == ("tmkkk", "tmkkk")
    answer = install(make, NARROW.read_bytes())
    assert answer["version"] == "2026.12.narrow" and answer["installed"] is True
    assert "mams.phc_visit_2027" in answer["unconfirmed"] and answer["rules"] > 50
    # installed, not active: nothing changes yet
    assert phc(make, ids["plain"], date(2027, 1, 1)) == "tmkkk"
    activate(make, "2026.12.narrow")
    assert phc(make, ids["plain"], date(2026, 12, 31)) == "tmkkk"
    assert phc(make, ids["plain"], date(2027, 1, 1)) == "paid"  # not insured: rule 4 says paid
    assert phc(make, ids["tb"], date(2027, 1, 1)) == "tmkkk"  # a socially significant disease
    with make() as s:
        cov = desk.coverage_for(s, ids["plain"], date(2027, 1, 1))
    assert cov.rule_pack.startswith("2026.12.narrow-")
    # roll back
    assert activate(make, "shipped")["shipped"] is True
    assert phc(make, ids["plain"], date(2027, 1, 1)) == "tmkkk"
    with make() as s:
        assert [a.version for a in rulepacks.history(s)] == ["2026.12.narrow", load_rule_pack().label]


def test_another_desk_sees_an_activation_without_a_restart(db_url, database):
    _engine, make, ids = database
    other = open_database(db_url)
    try:
        other_make = session_factory(other)
        assert phc(other_make, ids["plain"], date(2027, 3, 1)) == "tmkkk"
        install(make, NARROW.read_bytes())
        activate(make, "2026.12.narrow")
        assert phc(other_make, ids["plain"], date(2027, 3, 1)) == "paid"
        with other_make() as s:
            assert desk.desk_status(s).rule_pack.startswith("2026.12.narrow-")
    finally:
        other.dispose()


@pytest.mark.parametrize("data", [b"not a zip", b"PK\x03\x04broken", variant("2026.12.narrow", "")],
                         ids=["not-a-zip", "broken-zip", "empty-text"])
def test_a_refused_pack_changes_nothing(db_url, database, data):
    _engine, make, _ids = database
    before = db_dump(db_url)
    with pytest.raises(BadInput) as info, make.begin() as s:
        rulepacks.install_pack(s, data)
    assert info.value.message.kk and info.value.message.ru
    assert db_dump(db_url) == before


def test_a_version_already_installed_with_other_content_is_refused(db_url, database):
    _engine, make, _ids = database
    first = install(make, variant("2027.02", "Ақылы 1."))
    again = install(make, variant("2027.02", "Ақылы 1."))
    assert again["installed"] is False and again["hash"] == first["hash"]
    before = db_dump(db_url)
    with pytest.raises(BadInput) as info, make.begin() as s:
        rulepacks.install_pack(s, variant("2027.02", "Ақылы 2."))
    assert "2027.02" in info.value.message.ru and first["hash"] in info.value.message.ru
    assert db_dump(db_url) == before


def test_the_shipped_version_with_other_content_is_refused(database):
    _engine, make, _ids = database
    with pytest.raises(BadInput), make.begin() as s:
        rulepacks.install_pack(s, variant(load_rule_pack().label))


def test_list_and_show(database):
    _engine, make, _ids = database
    install(make, NARROW.read_bytes())
    with make() as s:
        lines = [line.as_json() for line in rulepacks.list_packs(s)]
    assert [(x["version"], x["shipped"], x["active"]) for x in lines] == [
        (load_rule_pack().label, True, True), ("2026.12.narrow", False, False)]
    assert lines[1]["range"] == {"from": "2019-01-01", "last_change": "2027-01-01"}
    activate(make, "2026.12.narrow")
    with make() as s:
        shown = rulepacks.show_active(s, date(2027, 1, 1))
    assert shown["version"] == "2026.12.narrow" and not shown["shipped"]
    assert "2027-01-01" in shown["dates"] and shown["first_day"] == "2019-01-01"
    mams = next(u for u in shown["unconfirmed"] if u["id"] == "mams.phc_visit_2027")
    assert mams["kk"] and mams["ru"]
    with make() as s:
        assert "mams.phc_visit_2027" not in [u["id"] for u in rulepacks.show_active(s, date(2026, 6, 1))["unconfirmed"]]


def test_activating_an_unknown_version_is_refused(database):
    _engine, make, _ids = database
    with pytest.raises(BadInput), make.begin() as s:
        rulepacks.activate(s, "2031.01")


def test_diff_counts_the_changed_decisions_with_examples(database):
    _engine, make, ids = database
    new = NARROW.read_bytes()
    with make() as s:
        result = diff(s, None, new, date(2027, 1, 1)).as_json()
        assert diff(s, None, new, date(2026, 12, 31)).as_json()["changes"] == []
    assert result["patients"] == 2 and result["changed_patients"] == 1
    assert result["changes"] == [{"service": "phc_visit", "old": "tmkkk", "new": "paid", "count": 1,
                                  "examples": [{"id": ids["plain"], "iin": None}]}]


def test_diff_in_worker_processes_gives_the_same_answer(database):
    _engine, make, _ids = database
    new = NARROW.read_bytes()
    with make() as s:
        here = diff(s, None, new, date(2027, 1, 1), workers=0).as_json()
        there = diff(s, None, new, date(2027, 1, 1), workers=1).as_json()
    assert here == there


def test_a_cancelled_diff_stops(database):
    _engine, make, _ids = database
    with make() as s, pytest.raises(DiffCancelled):
        diff(s, None, NARROW.read_bytes(), date(2027, 1, 1), cancelled=lambda: True)


def test_a_referral_slip_is_decided_with_the_active_pack(database):
    from services.referrals import issue_referral

    _engine, make, ids = database
    install(make, NARROW.read_bytes())
    activate(make, "2026.12.narrow")
    with make.begin() as s:
        issued = issue_referral(s, ids["plain"], "phc_visit", on=date(2027, 1, 1))
    assert issued.funding == "paid" and issued.slip.rule_pack.startswith("2026.12.narrow-")
    activate(make, "shipped")
    with make.begin() as s:
        issued = issue_referral(s, ids["plain"], "phc_visit", on=date(2027, 1, 1))
    assert issued.funding == "tmkkk" and issued.slip.rule_pack == load_rule_pack().version


@pytest.mark.postgres
def test_desks_on_a_postgresql_server_share_the_active_pack(postgres_url):
    from tests import pg

    with pg.own_database(postgres_url, "packs") as url:
        a, b = open_database(url), open_database(url)
        try:
            make_a, make_b = session_factory(a), session_factory(b)
            with make_a.begin() as s:
                pid = save_patient(s, Patient("Асқаров", "Нұрлан", birth_date=date(1985, 5, 15), sex="M",
                                              legal_status=LegalStatus("citizen")))
            assert phc(make_b, pid, date(2027, 1, 1)) == "tmkkk"
            install(make_a, NARROW.read_bytes())
            with pytest.raises(BadInput), make_a.begin() as s:  # refused, the server unchanged
                rulepacks.install_pack(s, variant("2026.12.narrow"))
            activate(make_a, "2026.12.narrow")
            assert phc(make_b, pid, date(2027, 1, 1)) == "paid"
            with make_b() as s:
                assert [p.version for p in rulepacks.list_packs(s)][1:] == ["2026.12.narrow"]
        finally:
            a.dispose()
            b.dispose()
