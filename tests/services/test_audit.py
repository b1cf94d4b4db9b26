"""The audit trail through the use cases on a real SQLite file: every kind of event is written,
with the patient it concerns; details hold no IIN or name; reading it needs READ_AUDIT; the
chain of a real day's work verifies."""

from __future__ import annotations

import csv
import io
import json
import uuid
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from db import models as m
from db.engine import open_database, session_factory
from db.visits import record_visit
from domain.access import DEFAULT_GRANTS, DOCTOR, RECEPTIONIST, Actor, Forbidden
from domain.records import Patient
from services import audit, backups, desk, merge, referrals, register, rulepacks
from tests.helpers import acting, run_cli
from tests.reports.sample_clinic import AIGERIM_IIN, CHILD_IIN, fill_clinic
from tests.services.test_referrals import ON, decision
from tests.services.test_rulepacks import variant


@pytest.fixture
def clinic(db_url):
    ids = fill_clinic(db_url)
    engine = open_database(db_url, create=False)
    yield session_factory(engine), ids
    engine.dispose()


def _events(make) -> list[m.AuditEventRecord]:
    with make() as s:
        rows = s.scalars(select(m.AuditEventRecord).order_by(m.AuditEventRecord.id)).all()
        s.expunge_all()
        return rows


def _uuid(make, patient_id: int) -> str:
    with make() as s:
        return s.get(m.PatientRecord, patient_id).uuid


def _day_of_work(make, ids, tmp_path) -> dict:
    """Every action the trail must show, as the desk and the commands make them."""
    aigerim, child = ids[AIGERIM_IIN], ids[CHILD_IIN]
    done = {}
    with make.begin() as s:
        desk.open_card(acting(s, "aigul"), aigerim, ON)
    with make.begin() as s:
        done["registered"] = desk.save_registration(
            acting(s, "aigul"), Patient("Омарова", "Сәуле", birth_date=date(2000, 2, 2), sex="F"),
            today=ON)
    with make.begin() as s:
        issued = referrals.issue_referral(acting(s, "aigul"), AIGERIM_IIN, "planned_inpatient", on=ON,
                                          decision=decision("planned_inpatient"))
    done["number"] = issued.number
    with make.begin() as s:
        referrals.note_printed(s, issued.number, how="printer")
    with make.begin() as s:
        referrals.reprint_referral(acting(s, "aigul"), issued.number)
    with make.begin() as s:
        register.void_referral(acting(s, "aigul"), issued.number, "қате науқас")
    with make.begin() as s:
        visit = record_visit(s, child, "phc_visit", at=datetime(2026, 11, 22, 10), emergency=False,
                             operator="aigul", funding="tmkkk", rule_pack="p")
    with make.begin() as s:
        register.void_visit(acting(s, "aigul"), visit, "басқа науқас")
    entry = desk.emergency_entry_for_patient(child, operator="nurse", at=datetime(2026, 11, 22, 3))
    entry["id"] = uuid.uuid4().hex  # as the journal numbers it
    with make.begin() as s:
        desk.write_journaled(s, entry, replay=True)  # written late, from the journal
    unknown = desk.emergency_entry_for_unknown(sex="M", approx_age=40, known="Серік деп аталды",
                                               operator="nurse", at=datetime(2026, 11, 22, 4))
    unknown["id"] = uuid.uuid4().hex
    with make.begin() as s:
        done["unknown"] = desk.write_journaled(s, unknown).patient_id
    with make.begin() as s:
        done["again"] = desk.save_registration(
            acting(s, "aigul"),
            Patient("Омарова", "Сәуле", birth_date=date(2000, 2, 2), sex="F", phone="+7 701 000 00 01"),
            today=ON)
    with make.begin() as s:
        merge.merge(acting(s, "admin"), done["registered"], done["again"])
    with make.begin() as s:
        settings = referrals.clinic_settings(s)
    with make.begin() as s:
        referrals.update_clinic_settings(s, replace(settings, org_phone="+7 7172 00 00 00"))
    with make.begin() as s:
        rulepacks.install_pack(acting(s, "admin"), variant("2099.01_audit"))
    with make.begin() as s:
        rulepacks.activate(acting(s, "admin"), "2099.01_audit")
    with make.begin() as s:
        done["backup"] = backups.back_up_now(s, tmp_path)
    with make.begin() as s:
        audit.record_export(s, audit.DAY_LIST_EXPORTED, format="csv", day=ON.isoformat(), rows=3)
    with make.begin() as s:
        done["csv"] = audit.export_csv(s, audit.AuditFilter(), "ru")
    return done


def test_every_kind_is_in_the_trail_with_its_patient_and_no_iin_or_name(clinic, tmp_path, db_url):
    make, ids = clinic
    done = _day_of_work(make, ids, tmp_path)
    events = _events(make)
    by_action: dict[str, list[m.AuditEventRecord]] = {}
    for e in events:
        by_action.setdefault(e.action, []).append(e)
    aigerim, child = _uuid(make, ids[AIGERIM_IIN]), _uuid(make, ids[CHILD_IIN])
    registered, again, unknown = (_uuid(make, done[k]) for k in ("registered", "again", "unknown"))
    expected_patient = {
        "patient.opened": {aigerim}, "patient.saved": {registered, again},
        "referral.issued": {aigerim}, "referral.printed": {aigerim}, "referral.reprinted": {aigerim},
        "referral.voided": {aigerim}, "visit.voided": {child},
        "visit.emergency": {child, unknown}, "visit.emergency_replayed": {child},
        "patient.unidentified_emergency": {unknown}, "patient.merged": {registered, again},
    }
    for action, patients in expected_patient.items():
        assert {e.patient_uuid for e in by_action.get(action, [])} == patients, action
    for action in ("settings.changed", "rules.installed", "rules.activated", "backup.made",
                   "day_list.exported", "audit.exported"):
        assert len(by_action.get(action, [])) == 1, action
    assert json.loads(by_action["settings.changed"][0].detail) == {"keys": ["org_phone"]}
    assert json.loads(by_action["referral.printed"][0].detail) == {"number": done["number"], "how": "printer"}
    assert json.loads(by_action["backup.made"][0].detail)["file"] == done["backup"].path.name
    # only the actions of the journal replay say so: the unknown patient's visit was not late
    assert len(by_action["visit.emergency_replayed"]) == 1
    # the acting person of a command is the operating-system user
    assert by_action["audit.exported"][0].operator.startswith("cli")
    # no IIN and no name in any detail but the issued slip's (kept for its exact reprint)
    with make() as s:
        people = s.execute(select(m.PatientRecord.iin, m.PatientRecord.surname)).all()
    secrets = {x for row in people for x in row if x and not x.startswith("Белгісіз")} | {"Серік"}
    for e in events:
        if e.action != "referral.issued":
            assert not [x for x in secrets if x in e.detail], (e.action, e.detail)
    # what was known of the unidentified patient is still shown on the card
    with make() as s:
        assert desk.visits.unidentified_facts(s, done["unknown"])["known"] == "Серік деп аталды"
    # the export: every event before it, words in Russian, a byte order mark for Excel
    data, count = done["csv"]
    assert data.startswith(b"\xef\xbb\xbf") and count == len(events) - 1
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Время", "Кто", "Событие"] and len(rows) == count + 1
    assert any(r[2] == "Направление аннулировано" and done["number"] in r[5] for r in rows)
    # the day's work leaves one whole chain, as the command checks it
    checked = run_cli("audit", "verify", "--db", db_url)
    assert checked.code == 0 and checked.json == {"ok": True, "events": len(events),
                                                  "chains": {"": len(events)}, "problems": []}


def test_filters_by_patient_kind_person_and_dates(clinic, tmp_path):
    make, ids = clinic
    _day_of_work(make, ids, tmp_path)
    with make() as s:
        mine = audit.events(s, audit.AuditFilter(patient_id=ids[AIGERIM_IIN]))
        assert {line.action for line in mine.lines} == {
            "patient.opened", "referral.issued", "referral.printed", "referral.reprinted", "referral.voided"}
        assert all(line.patient_name and "Нұрғалиева" in line.patient_name and line.patient_ident == AIGERIM_IIN for line in mine.lines)
        voids = audit.events(s, audit.AuditFilter(kind="void"))
        assert sorted(line.action for line in voids.lines) == ["referral.voided", "visit.voided"]
        assert voids.lines[0].kind.ru in ("Посещение аннулировано", "Направление аннулировано")
        nurse = audit.events(s, audit.AuditFilter(login="nurse"))
        assert nurse.lines and {line.operator for line in nurse.lines} == {"nurse"}
        today = datetime.now().date()
        assert not audit.events(s, audit.AuditFilter(end=today - timedelta(days=400))).lines
        # keyset pages: two events a page, nothing twice, nothing left out
        every = audit.events(s, limit=1000).lines
        seen, before = [], None
        while True:
            page = audit.events(s, before_id=before, limit=2)
            seen += [line.id for line in page.lines]
            if not page.more:
                break
            before = page.last_id
        assert seen == [line.id for line in every] and seen == sorted(seen, reverse=True)


@pytest.mark.parametrize("role", [RECEPTIONIST, DOCTOR])
def test_reading_the_trail_needs_the_permission(clinic, role):
    make, _ids = clinic
    with make.begin() as s:
        audit.record(s, "patient.opened", "patient")
    with make() as s:
        s.info["actor"] = Actor("aigul", role=role, permissions=DEFAULT_GRANTS[role], signed_in=True)
        for read in (lambda: audit.events(s), lambda: audit.verify_trail(s),
                     lambda: audit.export_csv(s, audit.AuditFilter(), "kk")):
            with pytest.raises(Forbidden) as refused:
                read()
            assert refused.value.permission == "read_audit"
            assert "журнал" in refused.value.message.ru
    assert len(_events(make)) == 1  # a refused export is not recorded either


def test_a_restore_is_recorded_in_the_restored_database(clinic, tmp_path):
    make, ids = clinic
    with make.begin() as s:
        desk.open_card(acting(s, "aigul"), ids[AIGERIM_IIN], ON)
    with make.begin() as s:
        made = backups.back_up_now(s, tmp_path)
    with make.begin() as s:
        desk.open_card(acting(s, "aigul"), ids[CHILD_IIN], ON)  # after the backup: goes back
    with make() as s:
        backups.restore_backup(s, made.path)
        s.commit()
    actions = [e.action for e in _events(make)]
    assert actions == ["patient.opened", "backup.restored"]
    with make() as s:
        assert audit.verify_trail(s).ok


def test_every_action_the_program_records_has_its_words_in_both_languages():
    """The trail's view shows each action in words: an action written anywhere in the program
    (a literal name given to the audit record) without kk/ru words would show as a raw code."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    literal = re.compile(r"""(?:record|_record)\(\s*(?:session|s)?,?\s*["']([a-z_.]+)["']""")
    written = set()
    for folder in ("services", "ui"):
        for path in (root / folder).rglob("*.py"):
            written.update(literal.findall(path.read_text("utf-8")))
    # names chosen by a condition or passed in by the caller (a sign-in, an unlock)
    written.update(("user_activated", "user_deactivated", "login", "unlocked"))
    assert {"login_failed", "account_locked", "screen_locked", "logout", "emergency_without_login"} <= written
    missing = sorted(a for a in written if a not in audit.ACTION_NAMES)
    assert missing == []
    assert all(name.kk and name.ru and name.kk != name.ru for name in audit.ACTION_NAMES.values())
