"""The referral register and clinic settings on a real SQLite file."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import datetime

import pytest

from db.engine import open_database, session_factory
from db.models import ClinicSettingRecord, OrganisationRecord, SettingRecord
from db.referrals import (
    ReferralEntry,
    allocate_number,
    get_referral,
    prints_of,
    record_print,
    record_referral,
    referrals_of_patient,
    slip_snapshot,
)
from db.repositories import save_patient
from db.settings import ClinicSettings, Doctor, ensure_site_prefix, load_settings, save_settings
from domain.messages import BadInput
from domain.records import Patient
from tests.helpers import ROOT


def _patient(session) -> int:
    return save_patient(session, Patient("Нұрғалиева", "Әйгерім", "Сәкенқызы", iin="850515400001"))


def _entry(number: str, patient_id: int, **kw) -> ReferralEntry:
    values = dict(number=number, issued_at=datetime(2026, 11, 22, 9, 30), patient_id=patient_id,
                  service="planned_inpatient", funding="mams",
                  rules=[{"id": "mams.list", "citation": "S2 4(2)"}], rule_pack="2026.11-3f9a2c1b",
                  form_code="001-3/у", pdf_sha256="ab" * 32, diagnosis_icd="K80.1",
                  target_org_code="H7", referring_doctor="Сейітқали Б.Е.")
    values.update(kw)
    return ReferralEntry(**values)


@pytest.fixture
def make(db_url):
    engine = open_database(db_url)
    yield session_factory(engine)
    engine.dispose()


def test_register_stores_what_was_issued_and_every_printing(make):
    with make() as s:
        s.add(OrganisationRecord(code="H7", name_kk="№7 аурухана", name_ru="Больница №7", kind="hospital"))
        pid = _patient(s)
        number = allocate_number(s, "ALM05", 2026)
        assert number == "ALM05-2026-000001"
        record_referral(s, _entry(number, pid), {"patient_name": "Нұрғалиева Әйгерім Сәкенқызы"})
        s.commit()
    with make() as s:
        entry = get_referral(s, "ALM05-2026-000001")
        assert entry is not None
        assert (entry.service, entry.funding, entry.form_code) == ("planned_inpatient", "mams", "001-3/у")
        assert entry.rules == [{"id": "mams.list", "citation": "S2 4(2)"}]
        assert entry.target_org_code == "H7"
        assert entry.diagnosis_icd == "K80.1"
        assert slip_snapshot(s, number) == {"patient_name": "Нұрғалиева Әйгерім Сәкенқызы"}
        record_print(s, number, copy=True, pdf_sha256="cd" * 32, operator="desk1")
        s.commit()
    with make() as s:
        prints = prints_of(s, "ALM05-2026-000001")
        assert [(p.copy, p.pdf_sha256) for p in prints] == [(False, "ab" * 32), (True, "cd" * 32)]
        assert [e.number for e in referrals_of_patient(s, pid)] == ["ALM05-2026-000001"]
        assert get_referral(s, "NOPE") is None
        assert slip_snapshot(s, "NOPE") is None


def test_a_rolled_back_issue_uses_no_number_and_a_committed_one_is_never_reused(make):
    with make() as s:
        pid = _patient(s)
        s.commit()
    with make() as s:
        assert allocate_number(s, "A1", 2026) == "A1-2026-000001"
        s.rollback()  # e.g. the PDF could not be made: nothing was issued
    with make() as s:
        number = allocate_number(s, "A1", 2026)
        assert number == "A1-2026-000001"
        record_referral(s, _entry(number, pid, target_org_code=None), {})
        s.commit()
    with make() as s:
        assert allocate_number(s, "A1", 2026) == "A1-2026-000002"
        assert allocate_number(s, "A1", 2027) == "A1-2027-000001"


def test_settings_default_to_the_self_organisation_then_store_json(make):
    with make() as s:
        s.add(OrganisationRecord(code="ALM05", name_kk="№5 емхана", name_ru="Поликлиника №5",
                                 kind="clinic", bin="123456789012", address="Алматы қ.",
                                 phone="+7 727 000", is_self=True))
        s.commit()
    with make() as s:
        cfg = load_settings(s)
        assert (cfg.org_name_kk, cfg.org_name_ru, cfg.org_bin) == ("№5 емхана", "Поликлиника №5", "123456789012")
        assert cfg.form_code_planned == "001-3/у"
        assert cfg.paper == "A4"
        assert cfg.site_prefix == ""
        cfg.site_prefix = "ALM05"
        cfg.paper = "A5"
        cfg.org_name_ru = "ГП №5"
        cfg.doctors = [Doctor("Сейітқали Бауыржан", "терапевт"), Doctor("Ким Ольга", "педиатр")]
        save_settings(s, cfg)
        s.commit()
    with make() as s:
        cfg = load_settings(s)
        assert (cfg.site_prefix, cfg.paper, cfg.org_name_ru, cfg.org_name_kk) == ("ALM05", "A5", "ГП №5", "№5 емхана")
        assert cfg.default_doctor == Doctor("Сейітқали Бауыржан", "терапевт")
        # the clinic's own settings are kept under its code, its BIN; the prefix is the database's
        assert json.loads(s.get(ClinicSettingRecord, ("123456789012", "paper")).value) == "A5"
        assert json.loads(s.get(ClinicSettingRecord, ("123456789012", "doctors")).value)[1] == {
            "name": "Ким Ольга", "position": "педиатр"}
        assert s.get(SettingRecord, "paper") is None
        assert json.loads(s.get(SettingRecord, "site_prefix").value) == "ALM05"


def test_without_any_organisation_the_slip_still_has_a_name(make):
    with make() as s:
        cfg = load_settings(s)
    assert cfg.org_name_kk and cfg.org_name_ru


@pytest.mark.parametrize(("field", "value"), [
    ("site_prefix", ""), ("site_prefix", "алм"), ("site_prefix", "A-1"), ("org_bin", "12345"),
    ("paper", "Letter"), ("validity_days", 0), ("form_code_planned", " "),
])
def test_bad_settings_are_refused_and_nothing_is_stored(make, field, value):
    cfg = ClinicSettings(org_name_kk="Е", org_name_ru="П", site_prefix="A1")
    setattr(cfg, field, value)
    with make() as s:
        with pytest.raises(BadInput) as err:
            save_settings(s, cfg)
        assert err.value.field == field
        s.rollback()
    with make() as s:
        assert s.get(SettingRecord, "site_prefix") is None


def test_site_prefix_is_fixed_once_from_the_self_org_with_a_random_part(make):
    with make() as s:
        s.add(OrganisationRecord(code="alm-05", name_kk="Е", name_ru="П", kind="clinic", is_self=True))
        first = ensure_site_prefix(s)
        s.commit()
    assert first.startswith("ALM05") and len(first) == 9
    with make() as s:
        assert ensure_site_prefix(s) == first
        assert load_settings(s).site_prefix == first


WORKER = textwrap.dedent("""
    import sys
    from db.engine import open_database, session_factory
    from db.referrals import allocate_number
    engine = open_database(sys.argv[1])
    make = session_factory(engine)
    out = []
    for _ in range(int(sys.argv[2])):
        with make() as s:
            s.connection(execution_options={"sqlite_begin": "BEGIN IMMEDIATE"})
            out.append(allocate_number(s, "D1", 2026))
            s.commit()
    print("\\n".join(out))
""")


def test_two_processes_allocating_at_once_get_distinct_numbers(db_url):
    open_database(db_url).dispose()  # migrate once, before the race
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, db_url, "60"], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1] for o in outputs]
    numbers = [n for out, _ in outputs for n in out.split()]
    assert len(numbers) == 120
    assert sorted(numbers) == [f"D1-2026-{i:06d}" for i in range(1, 121)]


@pytest.mark.postgres
def test_desks_sharing_postgresql_get_distinct_numbers(postgres_url):
    import secrets

    open_database(postgres_url).dispose()
    site = "PG" + secrets.token_hex(3).upper()
    worker = WORKER.replace('"D1"', f'"{site}"')
    procs = [subprocess.Popen([sys.executable, "-c", worker, postgres_url, "40"], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(3)]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [o[1] for o in outputs]
    numbers = [n for out, _ in outputs for n in out.split()]
    assert sorted(numbers) == [f"{site}-2026-{i:06d}" for i in range(1, 121)]
