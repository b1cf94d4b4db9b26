"""One site prefix for every number a desk hands out: referrals, local numbers of patients
without an IIN, unidentified emergencies. Real SQLite files, and a real PostgreSQL server for
two desks fixing the prefix at once."""

from __future__ import annotations

import json
import threading
import time
from datetime import date, datetime

import pytest
from sqlalchemy import delete

from db.engine import open_database, session_factory
from db.models import PatientRecord, SettingRecord
from db.referrals import allocate_number
from db.repositories import save_patient
from db.settings import SITE_PREFIX_RE, ensure_site_prefix, load_settings
from domain.records import Patient
from services import desk
from services.referrals import clinic_settings

TODAY = date(2026, 11, 22)


@pytest.fixture
def make(db_url):
    engine = open_database(db_url)
    yield session_factory(engine)
    engine.dispose()


def _stored(make) -> str | None:
    with make() as s:
        row = s.get(SettingRecord, "site_prefix")
        return None if row is None else json.loads(row.value)


def test_two_fresh_databases_get_different_prefixes(tmp_path):
    prefixes = []
    for name in ("a", "b"):
        engine = open_database(f"sqlite:///{tmp_path / name}.sqlite")
        with session_factory(engine)() as s:
            prefixes.append(ensure_site_prefix(s))
            s.commit()
        engine.dispose()
    assert prefixes[0] != prefixes[1]
    assert all(SITE_PREFIX_RE.match(p) and p != "SITE" for p in prefixes)


def test_patients_emergencies_and_referrals_share_one_stored_prefix(db_url, make):
    with make() as s:
        registered = desk.save_registration(s, Patient("Smith", "John"), today=TODAY)
        s.commit()
    with make() as s:
        emergency = desk.emergency_for_unknown(s, sex=None, approx_age=None, known="",
                                               operator="op", at=datetime(2026, 11, 22, 3, 15))
        status = desk.desk_status(s)
        s.commit()
    with make() as s:
        local_id = s.get(PatientRecord, registered).local_id
        referral = allocate_number(s, ensure_site_prefix(s), 2026)
        s.rollback()
    stored = _stored(make)
    assert stored and SITE_PREFIX_RE.match(stored)
    with make.begin() as s:
        assert clinic_settings(s).site_prefix == stored == status.site
    assert local_id == f"{stored}-2026-000001"
    assert emergency.local_id == f"{stored}-2026-000002"
    assert referral == f"{stored}-2026-000001"
    assert not any(n.startswith("SITE-") for n in (local_id, emergency.local_id, referral))


def test_a_patient_saved_without_a_site_is_numbered_with_the_stored_prefix(make):
    with make() as s:
        rec = Patient("Doe", "Jane")
        save_patient(s, rec)
        s.commit()
    assert rec.local_id == f"{_stored(make)}-{date.today().year}-000001"


@pytest.mark.parametrize("raw", [json.dumps("AST02"), "AST02", json.dumps(" AST02 ")])
def test_a_configured_prefix_is_kept_as_json_or_bare_text(make, raw):
    with make() as s:
        s.add(SettingRecord(key="site_prefix", value=raw))
        s.commit()
    with make() as s:
        assert ensure_site_prefix(s) == "AST02"
        s.commit()
    with make() as s:
        assert s.get(SettingRecord, "site_prefix").value == raw  # nothing rewritten


@pytest.mark.parametrize("raw", [json.dumps(""), "", json.dumps("алм-1"), json.dumps(42), "null"])
def test_an_unusable_stored_prefix_is_replaced_once(make, raw):
    with make() as s:
        s.add(SettingRecord(key="site_prefix", value=raw))
        s.commit()
    with make() as s:
        first = ensure_site_prefix(s)
        # the session's own copy of the row follows the change
        assert load_settings(s).site_prefix == first
        s.commit()
    assert SITE_PREFIX_RE.match(first) and _stored(make) == first
    with make() as s:
        assert ensure_site_prefix(s) == first


@pytest.mark.postgres
def test_two_desks_fixing_the_prefix_at_once_on_postgres(postgres_url):
    engine = open_database(postgres_url)
    make = session_factory(engine)
    with make() as s:
        s.execute(delete(SettingRecord).where(SettingRecord.key == "site_prefix"))
        s.commit()
    first = make()
    got: dict[str, object] = {}

    def second_desk() -> None:
        try:
            with make() as s:
                got["prefix"] = ensure_site_prefix(s)
                s.commit()
        except Exception as exc:  # noqa: BLE001 - the assertion below reports it
            got["error"] = exc

    try:
        mine = ensure_site_prefix(first)  # inserted, not committed yet
        other = threading.Thread(target=second_desk)
        other.start()
        time.sleep(0.5)
        assert other.is_alive()  # waiting on the first desk's row
        first.commit()
        other.join(10)
    finally:
        first.close()
    with make() as s:
        stored = json.loads(s.get(SettingRecord, "site_prefix").value)
    engine.dispose()
    assert "error" not in got, got.get("error")
    assert got["prefix"] == mine == stored
