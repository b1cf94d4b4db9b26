"""Permissions are enforced by the use cases themselves, not only by the desk's buttons: a
signed-in person whose role lacks the right is refused (Forbidden) and nothing at all is written;
with the right the same call succeeds. Emergency care is never refused. Every row written names
the person who wrote it (`changed_by`), and a command run without the desk names `cli:<user>`.
Real SQLite files, the services called directly as the desk's tasks call them."""

from __future__ import annotations

import getpass
import sqlite3
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from db import models as m
from db.engine import open_database, session_factory
from db.repositories import save_patient
from db.settings import load_settings
from domain import access
from domain.access import DEFAULT_GRANTS, RECEPTIONIST, Actor, Forbidden
from domain.bin import make_bin
from domain.records import Patient
from domain.rulepack import shipped_files, write_pack_file
from services import backups, desk, merge, referrals, register, rulepacks, setup
from tests.helpers import acting, db_dump, run_cli
from tests.reports.sample_clinic import AIGERIM_IIN, CHILD_IIN, FOREIGNER_IIN, fill_clinic
from tests.services.test_referrals import ON, decision

AT = datetime(2026, 11, 22, 10, 30)


def receptionist(login: str = "r1", *, without: str | None = None, plus: str | None = None) -> Actor:
    """A receptionist signed in at the desk, without one permission or with one more."""
    granted = set(DEFAULT_GRANTS[RECEPTIONIST]) - {without} | ({plus} if plus else set())
    return Actor(login=login, role=RECEPTIONIST, permissions=frozenset(granted), signed_in=True)


NOBODY = Actor(login="n1", role=RECEPTIONIST, permissions=frozenset(), signed_in=True)


def pack_variant(version: str) -> bytes:
    import json

    files = shipped_files()
    head = json.loads(files["pack.json"])
    head["version"] = version
    files["pack.json"] = json.dumps(head).encode()
    return write_pack_file(files)


@dataclass
class Clinic:
    url: str
    file: Path
    tmp: Path
    ids: dict
    number: str  # a planned referral
    visit: int  # a visit of Aigerim's
    unknown: int  # an unidentified emergency patient
    again: int  # Aigerim registered a second time, without an IIN
    backup: Path
    pack_file: Path

    def run(self, fn, who: Actor):
        """One unit of work as the desk's task runner does it, acting as `who`."""
        engine = open_database(self.url, create=False)
        try:
            with session_factory(engine).begin() as s:
                return fn(acting(s, who))
        finally:
            engine.dispose()

    def dump(self) -> dict:
        return db_dump(self.file)


@pytest.fixture
def clinic(db_url, tmp_path) -> Clinic:
    ids = fill_clinic(db_url)
    admin = Actor(login="admin", role=access.ADMINISTRATOR, signed_in=True)
    engine = open_database(db_url, create=False)
    make = session_factory(engine)
    with make.begin() as s:
        acting(s, admin)
        referrals.clinic_settings(s)  # the site prefix fixed once, as the desk's first start does
    with make.begin() as s:
        number = referrals.issue_referral(acting(s, admin), AIGERIM_IIN, "specialist_consult",
                                          diagnosis="E11.9", on=ON,
                                          decision=decision("specialist_consult")).number
    with make.begin() as s:
        visit = desk.emergency_for_patient(acting(s, admin), ids[AIGERIM_IIN], at=AT).visit_id
        unknown = desk.emergency_for_unknown(acting(s, admin), sex="F", approx_age=30, known="",
                                             at=AT).patient_id
        again = save_patient(acting(s, admin), Patient("Нұрғалиева", "Әйгерім", sex="F"), site="A")
    with make.begin() as s:
        rulepacks.install_pack(acting(s, admin), pack_variant("2027.01.perm"))
    (tmp_path / "backups").mkdir()
    with make() as s:
        backup = backups.back_up_now(acting(s, admin), tmp_path / "backups").path
    engine.dispose()
    pack_file = tmp_path / "pack.zip"
    pack_file.write_bytes(pack_variant("2027.02.file"))
    return Clinic(db_url, Path(db_url.removeprefix("sqlite:///")), tmp_path, ids, number, visit,
                  unknown, again, Path(backup), pack_file)


def _edit(c: Clinic):
    def call(s):
        record = desk.load_for_edit(s, c.ids[CHILD_IIN])
        return desk.save_registration(s, replace(record, phone="+7 777 111 22 33"), today=ON)
    return call


def _answers():
    return setup.SetupAnswers(clinic_kk="Емхана", clinic_ru="Поликлиника", bin=make_bin("04064000123"),
                              site_prefix="ALM01")


CASES = {
    "register a patient": (access.REGISTER_PATIENT, lambda c: lambda s: desk.save_registration(
        s, Patient("Омарова", "Сәуле", sex="F"), today=ON)),
    "edit a patient": (access.EDIT_PATIENT, _edit),
    "record phone evidence": (access.EDIT_PATIENT, lambda c: lambda s: desk.record_phone_evidence(
        s, c.ids[CHILD_IIN], insured=True, channel="egov_mobile", on=ON, today=ON)),
    "identify an emergency patient": (access.EDIT_PATIENT, lambda c: lambda s: desk.link_unidentified(
        s, c.unknown, c.ids[CHILD_IIN])),
    "link a known record (a merge)": (access.MERGE, lambda c: lambda s: desk.link_unidentified(
        s, c.again, c.ids[AIGERIM_IIN])),
    "issue a planned referral": (access.ISSUE_REFERRAL, lambda c: lambda s: referrals.issue_referral(
        s, AIGERIM_IIN, "specialist_consult", diagnosis="E11.9", on=ON,
        decision=decision("specialist_consult"))),
    "reprint a planned referral": (access.ISSUE_REFERRAL, lambda c: lambda s: referrals.reprint_referral(
        s, c.number)),
    "void a referral": (access.VOID, lambda c: lambda s: register.void_referral(s, c.number, "қате")),
    "void a visit": (access.VOID, lambda c: lambda s: register.void_visit(s, c.visit, "қате")),
    "merge records": (access.MERGE, lambda c: lambda s: merge.merge(s, c.ids[AIGERIM_IIN], c.again)),
    "change the clinic settings": (access.CHANGE_SETTINGS, lambda c: lambda s: referrals.update_clinic_settings(
        s, replace(load_settings(s), org_phone="+7 727 000 00 00"))),
    "run the setup again": (access.CHANGE_SETTINGS, lambda c: lambda s: setup.apply_setup(s, _answers(), "d1")),
    "install a rule pack": (access.INSTALL_RULES, lambda c: lambda s: rulepacks.install_pack(
        s, pack_variant("2027.03.bytes"))),
    "install a rule pack file": (access.INSTALL_RULES, lambda c: lambda s: rulepacks.install_pack_file(
        s, str(c.pack_file))),
    "activate a rule pack": (access.INSTALL_RULES, lambda c: lambda s: rulepacks.activate(s, "2027.01.perm")),
    "export the day as CSV": (access.EXPORT_DATA, lambda c: lambda s: desk.day_list_csv(s, ON, "ru")),
    "back up now": (access.BACKUP_RESTORE, lambda c: lambda s: backups.back_up_now(s, c.tmp / "more")),
    "choose the backup folder": (access.BACKUP_RESTORE, lambda c: lambda s: backups.choose_backup_folder(
        s, c.tmp)),
    "restore a backup": (access.BACKUP_RESTORE, lambda c: lambda s: backups.restore_backup(s, c.backup)),
}


def files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if not p.name.startswith("tirkeu.sqlite"))  # the database's own -wal, -shm


@pytest.mark.parametrize("what", list(CASES))
def test_refused_without_the_permission_and_nothing_written_then_done_with_it(clinic, what):
    permission, make_call = CASES[what]
    call = make_call(clinic)
    (clinic.tmp / "more").mkdir(exist_ok=True)
    before = clinic.dump()
    files_before = files(clinic.tmp)
    with pytest.raises(Forbidden) as refused:
        clinic.run(call, receptionist(without=permission))
    assert refused.value.permission == permission
    assert refused.value.field == "permission"
    assert access.PERMISSION_NAMES[permission].ru in refused.value.message.ru
    assert clinic.dump() == before  # not a row, not a counter, not an audit line
    assert files(clinic.tmp) == files_before  # no backup or kept-aside file either
    clinic.run(call, receptionist(plus=permission))  # the same call with the right succeeds


@pytest.mark.parametrize("what", ["register a patient", "issue a planned referral",
                                  "record phone evidence"])
def test_a_receptionist_registers_issues_and_records_evidence_by_default(clinic, what):
    permission, make_call = CASES[what]
    assert permission in DEFAULT_GRANTS[RECEPTIONIST]
    clinic.run(make_call(clinic), receptionist())


def test_without_any_right_the_desk_still_reads(clinic):
    def reads(s):
        hits = desk.search(s, AIGERIM_IIN)
        card = desk.open_card(s, hits[0].id, ON)
        page = register.search_referrals(s, number=clinic.number)
        slip = register.show_referral(s, clinic.number)
        day = desk.day_list_pdf(s, ON, "ru")  # printing the day's list is part of the day
        return hits, card, page, slip, day

    hits, card, page, slip, day = clinic.run(reads, NOBODY)
    assert card.record.iin == AIGERIM_IIN and page.total == 1 and slip.startswith(b"%PDF")
    assert day.startswith(b"%PDF")


def test_demo_data_is_a_registration_of_patients(tmp_path):
    url = f"sqlite:///{tmp_path / 'empty.sqlite'}"
    open_database(url).dispose()
    before = db_dump(tmp_path / "empty.sqlite")
    engine = open_database(url, create=False)
    try:
        with pytest.raises(Forbidden), session_factory(engine)() as s:
            desk.fill_demo(acting(s, receptionist(without=access.REGISTER_PATIENT)), 5, 1)
    finally:
        engine.dispose()
    assert db_dump(tmp_path / "empty.sqlite") == before
    engine = open_database(url, create=False)
    try:
        with session_factory(engine)() as s:
            assert desk.fill_demo(acting(s, receptionist("r9")), 5, 1)["patients"] == 5
    finally:
        engine.dispose()
    con = sqlite3.connect(tmp_path / "empty.sqlite")
    assert set(con.execute("SELECT changed_by FROM patients")) == {("r9",)}
    assert set(con.execute("SELECT changed_by FROM organisations")) == {("r9",)}
    con.close()


# --- emergency care is never refused --------------------------------------------------------------

def test_emergency_care_by_a_person_with_no_permission_at_all(clinic):
    def emergencies(s):
        unknown = desk.emergency_for_unknown(s, sex="M", approx_age=40, known="", at=AT)
        known = desk.emergency_for_patient(s, clinic.ids[FOREIGNER_IIN], at=AT)
        replayed = desk.write_journaled(s, {"id": "e" * 32, **desk.emergency_entry_for_patient(
            clinic.ids[CHILD_IIN], operator="n1", at=AT)})
        slip = referrals.issue_referral(s, FOREIGNER_IIN, "emergency_inpatient", emergency=True, on=ON)
        return unknown, known, replayed, slip

    unknown, known, replayed, slip = clinic.run(emergencies, NOBODY)
    assert unknown.operator == known.operator == replayed.operator == "n1"
    copy = clinic.run(lambda s: referrals.reprint_referral(s, slip.number), NOBODY)
    assert copy.number == slip.number  # an emergency slip lost on the way is printed again
    con = sqlite3.connect(clinic.file)
    visits = con.execute("SELECT operator, changed_by FROM visits WHERE id IN (?, ?, ?)",
                         (unknown.visit_id, known.visit_id, replayed.visit_id)).fetchall()
    assert visits == [("n1", "n1")] * 3
    assert con.execute("SELECT changed_by FROM patients WHERE id = ?", (unknown.patient_id,)).fetchone() == ("n1",)
    assert con.execute("SELECT operator, changed_by, emergency FROM referrals WHERE number = ?",
                       (slip.number,)).fetchone() == ("n1", "n1", 1)
    assert con.execute("SELECT operator FROM referral_prints WHERE copy = 1").fetchall() == [("n1",)]
    con.close()


# --- who changed each row -----------------------------------------------------------------------

def _rows(file: Path, sql: str, *args) -> list[tuple]:
    con = sqlite3.connect(file)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def test_registering_and_editing_name_the_person_and_raise_the_version_once(clinic):
    from domain.records import IdentityDocument, LegalStatus

    record = Patient("Омарова", "Сәуле", sex="F", legal_status=LegalStatus(
        "citizen", basis=IdentityDocument("id_card", "011223344")))
    pid = clinic.run(lambda s: desk.save_registration(s, record, today=ON), receptionist("r1"))
    assert _rows(clinic.file, "SELECT changed_by, version FROM patients WHERE id = ?", pid) == [("r1", 1)]
    assert set(_rows(clinic.file, "SELECT changed_by, version FROM identity_documents WHERE patient_id = ?",
                     pid)) == {("r1", 1)}

    def edit(s):
        stored = desk.load_for_edit(s, pid)
        return desk.save_registration(s, replace(stored, phone="+7 700 1"), today=ON)

    clinic.run(edit, receptionist("r2"))
    assert _rows(clinic.file, "SELECT changed_by, version, phone FROM patients WHERE id = ?", pid) == [
        ("r2", 2, "+7 700 1")]
    docs = _rows(clinic.file, "SELECT changed_by, version, deleted FROM identity_documents "
                              "WHERE patient_id = ? ORDER BY id", pid)
    assert docs == [("r2", 2, 1), ("r2", 1, 0)]  # the old one a tombstone by the editor, raised once

    clinic.run(lambda s: desk.record_phone_evidence(s, pid, insured=True, channel="qoldau", on=ON,
                                                    today=ON), receptionist("r3"))
    assert _rows(clinic.file, "SELECT changed_by, version, source FROM fund_checks WHERE patient_id = ?",
                 pid) == [("r3", 1, "qoldau")]


def test_voiding_and_merging_name_the_person_on_every_row_they_touch(clinic):
    clinic.run(lambda s: register.void_referral(s, clinic.number, "қате"), receptionist("d1", plus=access.VOID))
    assert _rows(clinic.file, "SELECT voided_by, changed_by, version FROM referrals WHERE number = ?",
                 clinic.number) == [("d1", "d1", 2)]
    clinic.run(lambda s: desk.emergency_for_patient(s, clinic.again, at=AT), receptionist("r1"))
    clinic.run(lambda s: merge.merge(s, clinic.ids[AIGERIM_IIN], clinic.again),
               receptionist("a1", plus=access.MERGE))
    assert _rows(clinic.file, "SELECT changed_by, version, deleted, merged_into_id FROM patients WHERE id = ?",
                 clinic.again) == [("a1", 2, 1, clinic.ids[AIGERIM_IIN])]
    moved = _rows(clinic.file, "SELECT changed_by, version FROM visits WHERE patient_id = ? AND operator = 'r1'",
                  clinic.ids[AIGERIM_IIN])
    assert moved == [("a1", 2)]  # moved by a statement of its own: stamped there


def test_a_row_from_elsewhere_keeps_who_changed_it_and_its_version(clinic):
    engine = open_database(clinic.url, create=False)
    try:
        with session_factory(engine).begin() as s:
            acting(s, receptionist("r1"))
            row = s.get(m.PatientRecord, clinic.ids[CHILD_IIN])
            row.phone, row.changed_by, row.version = "+7 1", "other-desk", 7
        with session_factory(engine)() as s:
            row = s.scalars(select(m.PatientRecord).where(m.PatientRecord.id == clinic.ids[CHILD_IIN])).one()
            assert (row.changed_by, row.version) == ("other-desk", 7)
    finally:
        engine.dispose()


# --- the command line ---------------------------------------------------------------------------

def test_a_command_records_the_operating_system_user(clinic, tmp_path):
    out = tmp_path / "cli.pdf"
    result = run_cli("referral", "--iin", CHILD_IIN, "--service", "specialist_consult",
                     "--out", str(out), "--db", clinic.url)
    assert result.code == 0, result.stderr
    number = result.json["number"]
    me = f"cli:{getpass.getuser()}"
    assert _rows(clinic.file, "SELECT operator, changed_by FROM referrals WHERE number = ?", number) == [(me, me)]
    assert _rows(clinic.file, "SELECT p.operator FROM referral_prints p JOIN referrals r ON r.id = p.referral_id "
                              "WHERE r.number = ?", number) == [(me,)]
    result = run_cli("rules", "install", str(clinic.pack_file), "--db", clinic.url)
    assert result.code == 0, result.stderr
    assert _rows(clinic.file, "SELECT installed_by FROM rule_packs WHERE version = '2027.02.file'") == [(me,)]
