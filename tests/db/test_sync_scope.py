"""What a desk holds on a hub that serves two clinics: its clinic's patients (attached to its
organisation, registered or seen at its sites, fetched by its desks) with their whole record,
everything not bound to a patient, and nothing of the other clinic's patients."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import sessionmaker

from db import models as m
from db.engine import open_database
from db.repositories import find_by_iin, load_patient
from domain import records as r
from services import sync
from services.desk import emergency_for_patient, save_registration
from tests import pg
from tests.helpers import acting
from tests.sync_tools import contents, differences, hub_factory

pytestmark = pytest.mark.postgres

TODAY = date(2026, 12, 7)
CLINIC_A, CLINIC_B = "040640001234", "990340005678"
SITES = {"a1": ("AAA01", CLINIC_A), "a2": ("AAA02", CLINIC_A), "b1": ("BBB01", CLINIC_B),
         "a3": ("AAA03", CLINIC_A)}


@pytest.fixture
def hub(postgres_url):
    with pg.own_database(postgres_url, "scope") as url:
        factory = hub_factory(url)
        with factory() as h:  # each clinic's own organisation, named by its BIN
            h.add_all([m.OrganisationRecord(code="POL-A", name_kk="А емханасы", name_ru="Поликлиника А",
                                            kind="clinic", bin=CLINIC_A),
                       m.OrganisationRecord(code="POL-B", name_kk="Б емханасы", name_ru="Поликлиника Б",
                                            kind="clinic", bin=CLINIC_B)])
            h.commit()
        yield factory
        factory.kw["bind"].dispose()


class Desks(dict):
    def __init__(self, tmp_path):
        super().__init__()
        self.tmp_path = tmp_path

    def __missing__(self, name):
        site, clinic = SITES[name]
        engine = open_database(f"sqlite:///{self.tmp_path / name}.sqlite")
        self[name] = sessionmaker(engine, expire_on_commit=False,
                                  info={"site_prefix": site, "audit_chain": site, "clinic": clinic})
        return self[name]


@pytest.fixture
def desks(tmp_path):
    made = Desks(tmp_path)
    yield made
    for factory in made.values():
        factory.kw["bind"].dispose()


def rnd(desks, hub, *names):
    for name in names:
        site, clinic = SITES[name]
        sync.run_round(desks[name], hub, desk_id=f"desk-{name}", site=site, clinic=clinic)


def everyone(desks, hub, rounds=2):
    for _ in range(rounds):
        rnd(desks, hub, "a1", "a2", "b1")


def register(desk, **facts) -> int:
    facts.setdefault("birth_date", date(1985, 5, 15))
    facts.setdefault("sex", "M")
    with desk() as s:
        pid = save_registration(acting(s, "t"), r.Patient(**facts), today=TODAY)
        s.commit()
    return pid


def holds(desk, iin: str) -> r.Patient | None:
    with desk() as s:
        return find_by_iin(s, iin)


def test_each_clinic_holds_its_own_patients_and_everything_not_bound_to_a_patient(desks, hub):
    from pathlib import Path

    from services import rulepacks

    a1, b1 = desks["a1"], desks["b1"]
    register(a1, surname="Ахметов", given_name="Асқар", iin="850515300006", attached_org="POL-A",
             documents=[r.IdentityDocument("id_card", "111")])
    register(b1, surname="Бекова", given_name="Бота", iin="850515400012", sex="F")
    everyone(desks, hub, rounds=1)  # the organisations reach the desks first
    # registered at the other clinic's desk, but attached to this clinic's organisation
    register(b1, surname="Омаров", given_name="Ерлан", iin="010304500126",
             birth_date=date(2001, 3, 4), attached_org="POL-A")
    pack = Path(__file__).resolve().parents[2] / "docs" / "examples" / "rulepack-2027-narrow-phc.zip"
    with hub() as h:
        rulepacks.install_pack(acting(h, "admin"), pack.read_bytes())
        h.add(m.UserRecord(login="nurse", full_name="Мейірбике", role="receptionist"))
        h.commit()
    everyone(desks, hub)
    a2 = desks["a2"]
    got = holds(a2, "850515300006")
    assert got is not None and got.documents == [r.IdentityDocument("id_card", "111")]
    assert holds(a2, "010304500126") is not None  # by his attachment
    assert holds(a2, "850515400012") is None and holds(a1, "850515400012") is None
    assert holds(b1, "850515300006") is None  # A's patient stays with A's desks
    assert holds(b1, "010304500126") is not None  # registered there: B holds him too
    with hub() as h:
        assert h.scalar(select(m.PatientRecord.id).where(m.PatientRecord.iin == "850515400012"))
    for name in ("a1", "a2", "b1"):  # what hangs on no patient reaches every desk
        with desks[name]() as s:
            assert set(s.scalars(select(m.OrganisationRecord.code))) >= {"POL-A", "POL-B"}
            assert s.scalar(select(m.UserRecord.id).where(m.UserRecord.login == "nurse"))
            assert s.execute(text("SELECT version FROM rule_packs")).scalars().all() == [
                "2026.12.narrow"]
    # a desk of A set up later copies A's part of the hub, not B's
    rnd(desks, hub, "a3")
    a3 = desks["a3"]
    assert holds(a3, "850515300006") is not None and holds(a3, "010304500126") is not None
    assert holds(a3, "850515400012") is None
    assert differences(contents(a2), contents(a3)) == []


def test_a_patient_fetched_by_one_desk_of_a_clinic_follows_every_desk_of_it(desks, hub):
    a1, a2, b1 = desks["a1"], desks["a2"], desks["b1"]
    pid = register(b1, surname="Бекова", given_name="Бота", iin="850515400012", sex="F",
                   documents=[r.IdentityDocument("id_card", "222")],
                   payments=[r.PaymentPeriod("employee", "2024-01", "2026-10")])
    everyone(desks, hub)
    assert holds(a1, "850515400012") is None
    assert sync.fetch_patient(a1, hub, "850515400012") is True
    assert holds(a1, "850515400012").documents == [r.IdentityDocument("id_card", "222")]
    # B's desk changes him later: the change reaches both desks of A
    with b1() as s:
        rec = load_patient(s, pid)
        rec.phone = "+77010000009"
        rec.documents = [*rec.documents, r.IdentityDocument("passport", "N333")]
        save_registration(acting(s, "t"), rec, today=TODAY)
        s.commit()
    everyone(desks, hub)
    for desk in (a1, a2):
        got = holds(desk, "850515400012")
        assert got is not None and got.phone == "+77010000009"
        assert sorted(d.number for d in got.documents) == ["222", "N333"]
        assert got.payments == [r.PaymentPeriod("employee", "2024-01", "2026-10")]
    assert differences(contents(a1), contents(a2)) == []


def test_a_visit_at_a_desk_of_the_clinic_brings_the_whole_history_to_its_other_desks(desks, hub):
    a1, a2, b1 = desks["a1"], desks["a2"], desks["b1"]
    register(b1, surname="Сейітқали", given_name="Нұрлан", iin="010304500126",
             birth_date=date(2001, 3, 4), legal_status=r.LegalStatus("citizen"),
             documents=[r.IdentityDocument("id_card", "333")],
             payments=[r.PaymentPeriod("employee", "2024-01", "2026-11")])
    everyone(desks, hub)
    # A2 fetches him without its clinic noting him: only the visit below puts him in A's part
    assert sync.fetch_patient(a2, hub, "010304500126", clinic="") is True
    everyone(desks, hub)
    assert holds(a1, "010304500126") is None
    with a2() as s:
        pid = holds(a2, "010304500126").id
        emergency_for_patient(acting(s, "t"), pid, operator="t", at=datetime(2026, 12, 7, 9, 0))
        s.commit()
    everyone(desks, hub)
    got = holds(a1, "010304500126")
    assert got is not None
    assert got.documents == [r.IdentityDocument("id_card", "333")]
    assert got.legal_status.status == "citizen"
    assert got.payments == [r.PaymentPeriod("employee", "2024-01", "2026-11")]
    with a1() as s:
        assert s.scalar(select(m.VisitRecord.id).where(m.VisitRecord.patient_id == got.id))
    assert differences(contents(a1), contents(a2)) == []


def test_one_iin_registered_at_two_clinics_is_one_patient_both_clinics_hold(desks, hub):
    a1, a2, b1 = desks["a1"], desks["a2"], desks["b1"]
    register(a1, surname="Нұрғалиева", given_name="Әйгерім", iin="850515400012", sex="F",
             documents=[r.IdentityDocument("id_card", "111")])
    register(b1, surname="Нургалиева", given_name="Айгерим", iin="850515400012", sex="F",
             documents=[r.IdentityDocument("passport", "N222")])
    everyone(desks, hub, rounds=3)
    with hub() as h:
        live = h.scalars(select(m.PatientRecord.uuid).where(
            m.PatientRecord.iin == "850515400012", m.PatientRecord.deleted.is_(False))).all()
    assert len(live) == 1
    for desk in (a1, a2, b1):
        got = holds(desk, "850515400012")
        assert got is not None
        assert sorted(d.number for d in got.documents) == ["111", "N222"]
        with desk() as s:
            assert s.scalar(select(m.PatientRecord.uuid).where(m.PatientRecord.id == got.id)) == live[0]


def test_a_conflict_on_the_other_clinics_patient_stays_with_that_clinics_desks(desks, hub):
    a1, b1 = desks["a1"], desks["b1"]
    pid = register(b1, surname="Бекова", given_name="Бота", iin="850515400012", sex="F")
    everyone(desks, hub)
    with hub() as h:  # the hub's own user changes his phone, B's desk changes it too
        row = h.scalar(select(m.PatientRecord).where(m.PatientRecord.iin == "850515400012"))
        row.phone = "+77010000001"
        h.commit()
    with b1() as s:
        rec = load_patient(s, pid)
        rec.phone = "+77010000002"
        save_registration(acting(s, "t"), rec, today=TODAY)
        s.commit()
    everyone(desks, hub)
    with b1() as s:
        assert [c.field for c in sync.conflicts(s)] == ["phone"]
    with a1() as s:
        assert sync.conflicts(s) == []
    with hub() as h:
        assert h.execute(text("SELECT count(*) FROM sync_conflicts")).scalar() == 1


def test_a_patient_attached_elsewhere_keeps_reaching_the_clinic_he_left(desks, hub):
    """Held by clinic A only through his attachment there; clinic B's desk attaches him to B.
    A's desks must learn it (else they would go on saying "attached here"), and hear of his later
    changes too; clinic B's other patients still stay with B."""
    a1, b1 = desks["a1"], desks["b1"]
    everyone(desks, hub, rounds=1)  # the organisations reach the desks first
    pid = register(b1, surname="Омаров", given_name="Ерлан", iin="010304500126",
                   birth_date=date(2001, 3, 4), attached_org="POL-A")
    register(b1, surname="Бекова", given_name="Бота", iin="850515400012", sex="F", attached_org="POL-B")
    everyone(desks, hub)
    assert holds(a1, "010304500126").attached_org == "POL-A"
    with b1() as s:
        rec = load_patient(s, pid)
        save_registration(acting(s, "t"), replace(rec, attached_org="POL-B", phone="+77010000001"),
                          today=TODAY)
        s.commit()
    everyone(desks, hub)
    got = holds(a1, "010304500126")
    assert got.attached_org == "POL-B" and got.phone == "+77010000001"
    with b1() as s:  # and later changes still follow him to A
        rec = load_patient(s, pid)
        save_registration(acting(s, "t"), replace(rec, phone="+77010000002"), today=TODAY)
        s.commit()
    everyone(desks, hub)
    assert holds(a1, "010304500126").phone == "+77010000002"
    assert holds(desks["a2"], "010304500126").attached_org == "POL-B"
    assert holds(a1, "850515400012") is None  # never A's: stays with B
    with hub() as h:
        assert h.execute(text("SELECT clinic FROM sync_scope WHERE patient_uuid = "
                              "(SELECT uuid FROM patients WHERE iin = '010304500126')")).scalars().all() \
            == [CLINIC_A]
